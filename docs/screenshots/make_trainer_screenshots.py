"""Screenshots for trainers: presentation mode on the zelfscan and a team round, at 1280×720.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_trainer_screenshots.py``.
Writes ``present-zelfscan.png`` and ``team-round.png`` beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    scratch = Path(tempfile.mkdtemp(prefix="wbp-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication(sys.argv[:1])
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.ui.app import install_qt_translation
    from wellbeing_planner.ui.main_window import MainWindow
    from wellbeing_planner.ui.style import apply_style

    install_qt_translation(app)
    apply_style(app)
    ensure_demo(scratch)

    def settle() -> None:
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    window = MainWindow(scratch, demo=True)
    window.resize(1280, 720)
    window.show()
    window.open_data()
    window.show_page("zelfscan")
    window.set_presentation(True)
    window.showNormal()  # offscreen has no real screen: show what a 1280×720 projector shows full screen
    window.resize(1280, 720)
    settle()
    window.grab().save(str(HERE / "present-zelfscan.png"))
    window.set_presentation(False)
    page = window.page("zelfscan")
    dialog = page.open_team_round()  # type: ignore[attr-defined]
    dialog.typed.setText("3 2 0 2 3 2 2 1")
    dialog.typed.textEdited.emit(dialog.typed.text())
    dialog.resize(640, 620)
    settle()
    dialog.grab().save(str(HERE / "team-round.png"))
    dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
