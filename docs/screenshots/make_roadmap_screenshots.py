"""Screenshots of the demo keten: the meerjarenplan, the Preventiematrix and the pyramid, at 1366×768.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_roadmap_screenshots.py``.
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
    from wellbeing_planner.core import plans
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.core.demo.keten import KETEN_NAME
    from wellbeing_planner.core.workspace import open_database
    from wellbeing_planner.ui.app import install_qt_translation
    from wellbeing_planner.ui.main_window import MainWindow
    from wellbeing_planner.ui.style import apply_style

    install_qt_translation(app)
    apply_style(app)
    ensure_demo(scratch)
    db = open_database(scratch, demo=True)
    keten_plan = max((p for p in plans.list_plans(db) if p.school_name == KETEN_NAME),
                     key=lambda p: p.school_year.start_year)
    db.close()

    def settle() -> None:
        end = time.perf_counter() + 0.6
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    window = MainWindow(scratch, demo=True)
    window.resize(1366, 768)
    window.show()
    window.open_data()
    window.reload_plans(prefer=keten_plan.id)
    from wellbeing_planner.ui.guidance import SWITCH

    SWITCH.set_shown(False)  # the pictures show the content, not the guidance
    for page_id, name, scroll in (("meerjarenplan", "roadmap", 420), ("preventie", "matrix", 0),
                                  ("preventie", "pyramid", 10_000)):
        window.show_page(page_id)
        settle()
        page = window.page(page_id)
        from PySide6.QtWidgets import QScrollArea

        area = page.findChild(QScrollArea)
        if area is not None:
            area.verticalScrollBar().setValue(scroll)
        settle()
        window.grab().save(str(HERE / f"{name}.png"))
    window.show_page("school")
    settle()
    page = window.page("school")
    area = page.findChild(QScrollArea)
    area.ensureWidgetVisible(page.roles)  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(HERE / "roles.png"))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
