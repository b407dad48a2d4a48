"""The app shell as a user meets it: first school, first plan, the profile, a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.ui.dialogs import NewPlanDialog, NewSchoolDialog
from wellbeing_planner.ui.pages.school import SchoolPage


def test_empty_state_then_a_school_and_plan_created_by_typing_and_clicking(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.empty
    assert window.current_plan_id is None

    qtbot.mouseClick(window.empty.new_school, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewSchoolDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "OBS De Klimop")
    dialog.school_type.setCurrentIndex(dialog.school_type.findData("PO"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    # the first plan is offered straight away
    qtbot.waitUntil(lambda: window.findChild(NewPlanDialog) is not None and window.findChild(NewPlanDialog).isVisible())
    plan_dialog = window.findChild(NewPlanDialog)
    assert plan_dialog.school.currentText() == "OBS De Klimop"
    plan_dialog.year.setCurrentIndex(plan_dialog.year.findText("2027-2028"))
    qtbot.keyClicks(plan_dialog.title, "Samen sterk")
    with qtbot.waitSignal(window.plan_shown):
        qtbot.mouseClick(plan_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    db = open_database(data_dir)
    try:
        [school] = schools.list_schools(db)
        [plan] = plans.list_plans(db)
    finally:
        db.close()
    assert (school.name, school.school_type) == ("OBS De Klimop", "PO")
    assert (plan.title, plan.school_year, plan.status) == ("Samen sterk", SchoolYear(2027), "concept")
    assert window.current_plan_id == plan.id
    assert window.plan_switcher.currentText().startswith("OBS De Klimop — 2027-2028")


def test_a_school_without_a_name_is_not_created(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    window = make_window()
    dialog = window.new_school()
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "verplicht" in dialog.error.text()
    db = open_database(data_dir)
    assert schools.list_schools(db) == []
    db.close()


def _seed(data_dir: Path) -> int:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Klimop", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    return plan.id


def test_profile_edits_are_saved_and_survive_a_restart(qtbot: QtBot, make_window: WindowFactory,
                                                       data_dir: Path) -> None:
    plan_id = _seed(data_dir)
    window = make_window()
    page = window.page("school")
    assert isinstance(page, SchoolPage)
    window.show_page("school")
    form = page.profile

    form.brin.clear()
    qtbot.keyClicks(form.brin, "34kl")
    qtbot.keyClick(form.brin, Qt.Key.Key_Return)
    form.pupils.clear()
    qtbot.keyClicks(form.pupils, "287")
    qtbot.keyClick(form.pupils, Qt.Key.Key_Return)
    form.gemeente.setText("Súdwest-Fryslân")  # non-ASCII is set, not typed (pytest-qt pitfall)
    form.gemeente.editingFinished.emit()
    form.grade_min.setCurrentIndex(form.grade_min.findData(3))
    window.close()

    reopened = make_window()
    assert reopened.current_plan_id == plan_id  # the last opened plan comes back
    form2 = reopened.page("school").profile  # type: ignore[attr-defined]
    assert form2.brin.text() == "34KL"
    assert form2.pupils.text() == "287"
    assert form2.gemeente.text() == "Súdwest-Fryslân"
    assert form2.grade_min.currentData() == 3
    db = open_database(data_dir)
    school = schools.get_school(db, plans.get_plan(db, plan_id).school_id)
    db.close()
    assert (school.brin, school.pupils, school.gemeente, school.grade_min) == ("34KL", 287, "Súdwest-Fryslân", 3)


def test_an_invalid_brin_shows_the_message_and_stores_nothing(qtbot: QtBot, make_window: WindowFactory,
                                                             data_dir: Path) -> None:
    plan_id = _seed(data_dir)
    window = make_window()
    window.show_page("school")
    form = window.page("school").profile  # type: ignore[attr-defined]
    qtbot.keyClicks(form.brin, "1234")
    qtbot.keyClick(form.brin, Qt.Key.Key_Return)
    error: QLabel = form.errors["brin"]
    assert error.isVisible()
    assert "2 cijfers en 2 letters" in error.text()
    db = open_database(data_dir)
    assert schools.get_school(db, plans.get_plan(db, plan_id).school_id).brin is None
    db.close()


def test_undo_restores_the_previous_profile_value(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    plan_id = _seed(data_dir)
    window = make_window()
    window.show_page("school")
    form = window.page("school").profile  # type: ignore[attr-defined]
    form.pupils.setText("120")
    form.pupils.editingFinished.emit()
    form.pupils.setText("130")
    form.pupils.editingFinished.emit()
    window.undo_action.trigger()
    db = open_database(data_dir)
    school_id = plans.get_plan(db, plan_id).school_id
    assert schools.get_school(db, school_id).pupils == 120
    window.redo_action.trigger()
    assert schools.get_school(db, school_id).pupils == 130
    db.close()
    assert form.pupils.text() == "130"


def test_navigation_lists_the_cycle_in_dutch(make_window: WindowFactory, data_dir: Path) -> None:
    _seed(data_dir)
    window = make_window()
    titles = [item.title.text() for item in window.nav_items]
    assert titles[:8] == ["0  School en werkgroep", "1  Startfoto", "2  Zelfscan", "3  Visie en doelen",
                          "4  Aanpak en activiteiten", "5  Jaarplanning", "6  Monitoring en evaluatie",
                          "7  Rapporten"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "Bee&ld", "&Instellingen", "&Ga naar", "&Help"]
