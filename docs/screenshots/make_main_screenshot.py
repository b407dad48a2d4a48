"""Make docs/screenshots/main-window.png: the main window on the demo school at 1366×768.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_main_screenshot.py``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.ui.main_window import MainWindow
    from wellbeing_planner.ui.style import apply_style

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        data = Path(tmp) / "data"
        ensure_demo(data)
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        apply_style(app)
        window = MainWindow(data, demo=True)
        window.resize(1366, 768)
        window.show()
        window.open_data()
        page_id = sys.argv[1] if len(sys.argv) > 1 else "school"
        window.show_page(page_id)
        if len(sys.argv) > 3 and page_id == "catalogus":  # an intervention to open in the catalogue
            window.page(page_id).show_intervention(sys.argv[3])  # type: ignore[attr-defined]
        elif len(sys.argv) > 3 and page_id == "activiteiten":  # the n-th goal in the goal filter
            window.page(page_id).goal_filter.setCurrentIndex(int(sys.argv[3]))  # type: ignore[attr-defined]
        app.processEvents()
        if page_id == "rapporten":  # wait for the background render
            import time

            deadline = time.time() + 30
            while window.page(page_id).pdf is None and time.time() < deadline:  # type: ignore[attr-defined]
                app.processEvents()
                time.sleep(0.02)
            app.processEvents()
        if len(sys.argv) > 4:  # scroll a part of the page into view, e.g. "suggestions"
            from PySide6.QtWidgets import QScrollArea

            page = window.page(page_id)
            area = page.findChild(QScrollArea)
            if area is not None:
                target = getattr(page, sys.argv[4])
                area.verticalScrollBar().setValue(target.mapTo(area.widget(), target.rect().topLeft()).y() - 8)
                app.processEvents()
        target = ROOT / "docs" / "screenshots" / (sys.argv[2] if len(sys.argv) > 2 else "main-window.png")
        window.grab().save(str(target))
        window.close()
        print(target)


if __name__ == "__main__":
    main()
