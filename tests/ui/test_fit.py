"""Fit for the room: scoring by mouse, tabs that take the keys at once, redo on both shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.test_assess_pages import _scores, plan_id  # noqa: F401 - the fixture is used by name
from wellbeing_planner.ui.pages.zelfscan import ZelfscanPage


def _zelfscan(make_window: WindowFactory) -> tuple[object, ZelfscanPage]:
    window = make_window()
    window.show_page("zelfscan")
    page = window.page("zelfscan")
    assert isinstance(page, ZelfscanPage)
    return window, page


def test_a_trainer_scores_by_clicking_a_level_card(qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
                                                   plan_id: int) -> None:  # noqa: F811
    _window, page = _zelfscan(make_window)
    assert page.current is not None and page.current.criterion.id == "po-edu-01"  # selected without a click
    two = next(card for card in page.d_levels if card.level == 2)
    qtbot.mouseClick(two, Qt.MouseButton.LeftButton)
    assert _scores(data_dir, plan_id)["po-edu-01"].score == 2
    assert page.current is not None and page.current.criterion.id == "po-edu-02"  # on to the next one
    nvt = next(card for card in page.d_levels if card.level == "nvt")
    qtbot.mouseClick(nvt, Qt.MouseButton.LeftButton)
    assert _scores(data_dir, plan_id)["po-edu-02"].not_applicable
    active = [card.level for card in page.d_levels if card.property("active")]
    assert active == ["nvt"]


def test_a_tab_opens_on_its_first_criterion_and_digits_work_at_once(qtbot: QtBot, make_window: WindowFactory,
                                                                     data_dir: Path, plan_id: int) -> None:  # noqa: F811
    _window, page = _zelfscan(make_window)
    page.tabs.setCurrentWidget(page.tables["signaleren"])
    assert page.current is not None and page.current.criterion.pillar == "signaleren"
    first = page.current.criterion.id
    qtbot.keyClick(page.tables["signaleren"], Qt.Key.Key_3)
    assert _scores(data_dir, plan_id)[first].score == 3
    page.tabs.setCurrentIndex(page.tabs.count() - 1)  # the focus list
    assert page.current is None and page.d_statement.text() == "Kies een criterium."
    assert page.d_source.text() == ""


def test_redo_answers_ctrl_y_and_ctrl_shift_z(qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
                                              plan_id: int) -> None:  # noqa: F811
    window, page = _zelfscan(make_window)
    window.activateWindow()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.isActiveWindow())  # type: ignore[attr-defined]
    table = page.tables["educatie"]
    qtbot.keyClick(table, Qt.Key.Key_2)
    shortcuts = {s.toString() for s in window.redo_action.shortcuts()}  # type: ignore[attr-defined]
    assert shortcuts == {"Ctrl+Y", "Ctrl+Shift+Z"}
    window.undo_action.trigger()  # type: ignore[attr-defined]
    assert _scores(data_dir, plan_id).get("po-edu-01") is None or _scores(data_dir, plan_id)["po-edu-01"].score is None
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _scores(data_dir, plan_id)["po-edu-01"].score == 2
    window.undo_action.trigger()  # type: ignore[attr-defined]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _scores(data_dir, plan_id)["po-edu-01"].score == 2
