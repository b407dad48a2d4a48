"""Usable without a mouse or good eyes: every control in the focus chain has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.ui.pages.registry import PAGES


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_the_focus_chain_of_every_page_reaches_only_named_controls(qtbot: QtBot, make_window: WindowFactory,
                                                                   data_dir: Path) -> None:
    ensure_demo(data_dir)
    window = make_window(demo=True)
    window.resize(1366, 768)
    unnamed: list[str] = []
    for entry in PAGES:
        window.show_page(entry.page_id)
        page = window.page(entry.page_id)
        qtbot.wait(20)
        first = page.nextInFocusChain()
        widget, seen, reached = first, set(), 0
        while widget is not None and id(widget) not in seen:  # one full turn of Tab through the window
            seen.add(id(widget))
            focusable = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
            if focusable and widget.isVisibleTo(window) and (widget is page or page.isAncestorOf(widget)):
                reached += 1
                if not _name(widget):
                    unnamed.append(f"{entry.page_id}: {type(widget).__name__} {widget.objectName()!r}")
            widget = widget.nextInFocusChain()
        assert reached >= 2, f"{entry.page_id}: nothing to reach with Tab"
    assert unnamed == []


def test_the_zelfscan_works_from_the_keyboard_alone(qtbot: QtBot, make_window: WindowFactory,
                                                    data_dir: Path) -> None:
    from wellbeing_planner.core import plans, schools
    from wellbeing_planner.core.schoolyear import SchoolYear
    from wellbeing_planner.core.workspace import open_database

    db = open_database(data_dir)
    school = schools.create_school(db, "OBS Toetsenbord", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Ga naar → Zelfscan
    page = window.page("zelfscan")
    assert window.stack.currentWidget() is page
    table = page.tables["educatie"]  # type: ignore[attr-defined]
    qtbot.waitUntil(table.hasFocus, timeout=2000)  # the keys go to the criteria at once
    qtbot.keyClick(table, Qt.Key.Key_2)
    db = open_database(data_dir)
    try:
        from wellbeing_planner.core import scan

        assert scan.scan_scores(db, plan.id)["po-edu-01"].score == 2
    finally:
        db.close()
    assert page.radar.accessibleDescription().startswith("Educatie")  # type: ignore[attr-defined]
