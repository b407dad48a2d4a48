"""Open every page of the demo at one window size and report text that does not fit (run in its own process).

Usage: ``python -m tests.ui.fit_probe WIDTH HEIGHT [SCREENSHOT_DIR]`` with ``QT_SCALE_FACTOR`` set for a
scaled screen (and ``FIT_PROBE_LANG=en`` for the English window).  Prints one JSON object:
``{"problems": [...], "pages": [...]}``.  A problem is a visible label, button or check box that is narrower
than its text needs (size hint against geometry), or a word-wrapped label shorter than the height its text
needs at its width.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

    width, height = int(sys.argv[1]), int(sys.argv[2])
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    scratch = Path(tempfile.mkdtemp(prefix="wbp-fit-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication(sys.argv[:1])
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.ui.app import install_qt_translation
    from wellbeing_planner.ui.main_window import MainWindow
    from wellbeing_planner.ui.pages.registry import PAGES
    from wellbeing_planner.ui.style import apply_style

    language = os.environ.get("FIT_PROBE_LANG", "nl")  # the English window must fit as well
    from wellbeing_planner import i18n

    i18n.set_language(language)
    install_qt_translation(app, language)
    apply_style(app)
    ensure_demo(scratch)
    window = MainWindow(scratch, demo=True)
    window.resize(width, height)
    window.show()
    window.open_data()

    def settle() -> None:
        end = time.perf_counter() + 0.6
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def visible_in(widget: QWidget, page: QWidget) -> bool:
        return widget.isVisibleTo(window) and (widget is page or page.isAncestorOf(widget))

    problems: list[str] = []
    pages: list[str] = []
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    for entry in PAGES:
        window.show_page(entry.page_id)
        settle()
        page = window.page(entry.page_id)
        pages.append(entry.page_id)
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            suffix = f"{width}x{height}" + (f"@{scale}" if scale != "1" else "")
            window.grab().save(str(shots / f"{entry.page_id}-{suffix}.png"))
        for widget in page.findChildren(QWidget):
            if not visible_in(widget, page) or widget.width() <= 0:
                continue
            if isinstance(widget, QLabel):
                if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                    continue
                if widget.wordWrap():
                    need = widget.heightForWidth(widget.width())
                    if need > widget.height() + 2:
                        problems.append(f"{entry.page_id}: label {widget.text()[:40]!r} needs {need} px high, "
                                        f"has {widget.height()}")
                elif widget.sizeHint().width() > widget.width() + 2:
                    problems.append(f"{entry.page_id}: label {widget.text()[:40]!r} needs {widget.sizeHint().width()}"
                                    f" px, has {widget.width()}")
            elif (isinstance(widget, QAbstractButton) and widget.text()
                  and widget.sizeHint().width() > widget.width() + 2):
                problems.append(f"{entry.page_id}: button {widget.text()[:40]!r} needs "
                                    f"{widget.sizeHint().width()} px, has {widget.width()}")
    print(json.dumps({"problems": problems, "pages": pages}))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
