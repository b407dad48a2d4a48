"""Page images of every report for the demo plan: docs/screenshots/reports/<report>-<n>.png (pdftoppm, 60 dpi)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.core.workspace import open_database
    from wellbeing_planner.reports.export import REPORTS, export_report

    target = ROOT / "docs" / "screenshots" / "reports"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        plan_id = ensure_demo(Path(tmp))
        db = open_database(Path(tmp), demo=True)
        try:
            for report in REPORTS:
                pdf = Path(tmp) / f"{report}.pdf"
                export_report(db, plan_id, pdf, report=report)
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(target / report)], check=True)
        finally:
            db.close()
    print(sorted(p.name for p in target.glob("*.png")))


if __name__ == "__main__":
    main()
