"""Fit for the room: scoring by mouse, tabs that take the keys at once, redo on both shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def test_presentation_mode_hides_private_fields_walks_the_steps_and_restores_the_window(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    from wellbeing_planner.core.demo import ensure_demo

    ensure_demo(data_dir)
    window = make_window(demo=True)
    window.resize(1100, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("school")
    before = (window.geometry(), window.windowState(), window.zoom, window.font().pointSizeF())
    members = window.page("school").members  # type: ignore[attr-defined]
    email_column = next(i for i, c in enumerate(members._columns) if c.private)
    assert not members.table.isColumnHidden(email_column)

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenting and window.isFullScreen()
    assert window.zoom >= 1.5 and window.font().pointSizeF() >= before[3] * 1.5 - 0.01
    assert members.table.isColumnHidden(email_column)  # no e-mail addresses on the projector
    assert not members.form.isRowVisible(members.editors["email"])
    assert not window.statusBar().isVisible()  # it names the data folder
    assert not window.nav.isVisible() and not window.menuBar().isVisible()  # the whole screen for the page
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.nav.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.nav.currentRow() == 1

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and not window.isFullScreen()
    assert (window.geometry(), window.windowState(), window.zoom, window.font().pointSizeF()) == before
    assert not members.table.isColumnHidden(email_column)
    assert window.statusBar().isVisible() and window.nav.isVisible() and window.menuBar().isVisible()


def test_zoom_in_and_out_with_the_keyboard(qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
                                           plan_id: int) -> None:  # noqa: F811
    window = make_window()
    base = window.font().pointSizeF()
    window.action_zoom_in.trigger()
    assert window.zoom > 1 and window.font().pointSizeF() > base
    window.action_zoom_reset.trigger()
    assert window.zoom == 1.0 and window.font().pointSizeF() == base


def test_resetting_the_demo_leaves_real_plans_untouched(qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
                                                        plan_id: int) -> None:  # noqa: F811
    import hashlib

    from wellbeing_planner.core import plans
    from wellbeing_planner.core.workspace import open_database

    window = make_window()
    window.open_demo()
    assert window.demo and window.ctx is not None and window.demo_badge.isVisibleTo(window)
    demo_plan = window.current_plan_id
    assert demo_plan is not None
    plans.update_plan(window.ctx.db, demo_plan, title="Door een cursist veranderd")
    window.open_own_plans()
    window.ctx.tasks.drain()
    real_before = plans.get_plan(window.ctx.db, plan_id).title
    window.ctx.db.close()
    real_file = data_dir / "planner.sqlite3"
    digest = hashlib.sha256(real_file.read_bytes()).hexdigest()
    window.ctx.db = open_database(data_dir, writer=True)

    window.open_demo()
    window.reset_demo()
    assert window.ctx is not None and window.demo
    assert all(p.title != "Door een cursist veranderd" for p in plans.list_plans(window.ctx.db))
    window.open_own_plans()
    assert plans.get_plan(window.ctx.db, plan_id).title == real_before
    window.ctx.db.close()
    assert hashlib.sha256(real_file.read_bytes()).hexdigest() == digest
    window.ctx.db = open_database(data_dir, writer=True)


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, "1"), (1280, 720, "1.5")])
def test_every_page_of_the_demo_fits_a_school_laptop(width: int, height: int, scale: str) -> None:
    """No label, button or check box narrower than its text, no wrapped label cut short — at 1366×768 and at
    150 % scaling (1280×720 logical)."""
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    result = subprocess.run([sys.executable, "-m", "tests.ui.fit_probe", str(width), str(height)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    from wellbeing_planner.ui.pages.registry import PAGES

    assert len(report["pages"]) == len(PAGES)
    assert report["problems"] == []


def test_a_first_run_offers_three_ways_in_and_explains_what_cannot_work_yet(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.empty
    assert not window.new_plan_button.isEnabled() and "eerst een school" in window.new_plan_button.toolTip()
    assert not window.empty.new_plan.isEnabled() and window.empty.new_plan_hint.isVisibleTo(window)
    assert not window.plan_switcher.isEnabled()
    qtbot.mouseClick(window.empty.open_demo, Qt.MouseButton.LeftButton)
    assert window.demo and window.current_plan_id is not None
    assert not (data_dir / "planner.sqlite3").exists() or window.database_path.name == "demo.sqlite3"


def test_the_undo_entry_names_the_field_and_the_row(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    from wellbeing_planner.core.demo import ensure_demo

    ensure_demo(data_dir)
    window = make_window(demo=True)
    window.show_page("activiteiten")
    table = window.page("activiteiten").activities  # type: ignore[attr-defined]
    assert table.current is not None
    name = table._columns[0].text(table.current)
    editor = table.editors["hours"]
    editor.setText("7")
    editor.editingFinished.emit()
    shown = name[:39] + "…" if len(name) > 40 else name
    assert window.undo_action.text().replace("&", "") == f"Ongedaan maken Uren van '{shown}' wijzigen"  # type: ignore[attr-defined]


def test_guidance_per_step_can_be_hidden_for_every_page_and_brought_back(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path, plan_id: int) -> None:  # noqa: F811
    window = make_window()
    window.show_page("zelfscan")
    box = window.page("zelfscan").guidance_box  # type: ignore[attr-defined]
    assert box.isVisibleTo(window) and "Voorbeeld" in box.labels[2].text()
    qtbot.mouseClick(box.hide_button, Qt.MouseButton.LeftButton)
    assert not box.isVisibleTo(window)
    window.show_page("doelen")
    assert not window.page("doelen").guidance_box.isVisibleTo(window)  # type: ignore[attr-defined]
    assert window.settings.guidance_hidden()
    window.action_guidance.trigger()
    assert window.page("doelen").guidance_box.isVisibleTo(window)  # type: ignore[attr-defined]
    assert not window.settings.guidance_hidden()


def test_a_team_round_of_five_stores_the_consensus_and_the_spread(qtbot: QtBot, make_window: WindowFactory,
                                                                   data_dir: Path, plan_id: int) -> None:  # noqa: F811
    _window, page = _zelfscan(make_window)
    dialog = page.open_team_round()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.typed, "3 2 0 2 3")
    assert dialog.counts() == (1, 0, 2, 2)
    assert "lopen twee niveaus of meer uiteen" in dialog.warning.text()
    assert dialog.choice.currentData() == 2  # the median
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    stored = _scores(data_dir, plan_id)["po-edu-01"]
    assert stored.score == 2 and stored.team_counts == (1, 0, 2, 2)
    page.select("po-edu-01")
    assert "5 deelnemers" in page.d_team.text() and "uiteen" in page.d_team.text()


def test_a_long_school_name_never_hides_year_and_status_in_the_plan_switcher(
        make_window: WindowFactory, data_dir: Path) -> None:
    from wellbeing_planner.core import plans, schools
    from wellbeing_planner.core.schoolyear import SchoolYear
    from wellbeing_planner.core.workspace import open_database

    db = open_database(data_dir)
    name = "Stichting Katholiek Primair Onderwijs Kindcentrum De Wonderlijke Regenboog Noordoostpolder"
    school = schools.create_school(db, name, "PO")
    plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    window = make_window()
    text = window.plan_switcher.currentText()
    assert text.endswith("2026-2027  ·  Concept") and "…" in text
    assert window.plan_switcher.itemData(0, Qt.ItemDataRole.ToolTipRole).startswith(name)
