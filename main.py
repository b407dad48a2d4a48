"""Start Welbevinden Planner: ``python main.py`` behaves exactly like ``wellbeing-planner``."""

import sys

from wellbeing_planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
