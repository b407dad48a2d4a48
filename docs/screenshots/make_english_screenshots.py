"""Make the English screenshots in docs/screenshots/en/: two pages of the window and one report page.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_english_screenshots.py``
(the same as starting the app with ``--lang en``; the demo school's own data stays Dutch).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "docs" / "screenshots" / "en"

#: page id → file name
PAGES = {"zelfscan": "zelfscan-self-assessment.png", "activiteiten": "activities.png"}
#: the report page shown (1-based): the zelfscan pages of the annual plan
REPORT, REPORT_PAGE = "jaarplan", 8


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wellbeing_planner import i18n
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.core.workspace import open_database
    from wellbeing_planner.reports.export import export_report
    from wellbeing_planner.ui.app import install_qt_translation
    from wellbeing_planner.ui.main_window import MainWindow
    from wellbeing_planner.ui.style import apply_style

    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        data = Path(tmp) / "data"
        plan_id = ensure_demo(data)  # the demo is made in Dutch, as it always is
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        i18n.set_language("en")
        install_qt_translation(app, "en")
        apply_style(app)
        window = MainWindow(data, demo=True)
        window.resize(1366, 768)
        window.show()
        window.open_data()
        for page_id, name in PAGES.items():
            window.show_page(page_id)
            app.processEvents()
            window.grab().save(str(TARGET / name))
            print(TARGET / name)
        window.close()

        db = open_database(data, demo=True)
        try:
            pdf = Path(tmp) / f"{REPORT}.pdf"
            export_report(db, plan_id, pdf, report=REPORT)
        finally:
            db.close()
        stem = TARGET / f"{REPORT}-page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(REPORT_PAGE), "-l",
                        str(REPORT_PAGE), str(pdf), str(stem)], check=True)
        print(stem.with_suffix(".png"))


if __name__ == "__main__":
    main()
