"""The plan pages as a working group uses them: goals, ratings, activities with money, problems, evaluation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.core import activities, goals, plans, schools, werkgroep
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.ui.pages.activities import ActivitiesPage
from wellbeing_planner.ui.pages.evaluation import EvaluationPage
from wellbeing_planner.ui.pages.goals import GoalsPage
from wellbeing_planner.ui.pages.planning import PlanningPage
from wellbeing_planner.ui.widgets.record_table import RecordTable


@pytest.fixture
def plan_id(data_dir: Path) -> int:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Klimop", "PO")
    werkgroep.add_member(db, school.id, "Fatima el Amrani", "ib")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    return plan.id


def _type(table: RecordTable, name: str, text: str) -> None:  # type: ignore[type-arg]
    editor = table.editors[name]
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    editor.editingFinished.emit()


def _choose(table: RecordTable, name: str, value: str) -> None:  # type: ignore[type-arg]
    editor = table.editors[name]
    assert isinstance(editor, QComboBox)
    index = editor.findData(value)
    assert index >= 0, (name, value)
    editor.setCurrentIndex(index)


def test_goals_with_a_sub_goal_are_rated_and_ordered_by_priority(make_window: WindowFactory, data_dir: Path,
                                                                 plan_id: int) -> None:
    window = make_window()
    page = window.page("doelen")
    assert isinstance(page, GoalsPage)
    table = page.goals
    first = table.add_row()
    _type(table, "title", "Veilig plein")
    for name, value in (("importance", "3"), ("cost", "3"), ("time", "3"), ("commitment", "3"),
                        ("feasibility", "3")):
        _choose(table, name, value)
    table.editors["pillars"].boxes["omgeving"].setChecked(True)  # type: ignore[attr-defined]
    second = table.add_row()
    _type(table, "title", "Minder pesten")
    for name, value in (("importance", "5"), ("cost", "2"), ("time", "3"), ("commitment", "4"),
                        ("feasibility", "4")):
        _choose(table, name, value)
    _type(table, "deadline", "30-06-2027")
    sub = table.add_row()
    _type(table, "title", "Pleinafspraken")
    _choose(table, "parent_id", str(first))

    db = open_database(data_dir)
    stored = {g.id: g for g in goals.goals(db, plan_id)}
    db.close()
    assert stored[second].importance == 5 and stored[second].deadline == dt.date(2027, 6, 30)
    assert stored[first].pillars == ("omgeving",)
    assert stored[sub].parent_id == first
    # priority: (2×5 + 4 + 4 + 4 + 3)/6 = 4,2 for 'Minder pesten'; (6+3+3+3+3)/6 = 3,0 for 'Veilig plein'
    shown = [(table.model.index(r, 0).data().strip(), table.model.index(r, 2).data())
             for r in range(table.model.rowCount())]
    assert shown == [("Minder pesten", "4,2"), ("Veilig plein", "3,0"), ("Pleinafspraken", "—")]
    _type(table, "deadline", "31-12-2027")
    assert "in het schooljaar" in table.error.text()


def test_activities_with_budget_and_months_show_the_dutch_totals(make_window: WindowFactory, data_dir: Path,
                                                                 plan_id: int) -> None:
    db = open_database(data_dir)
    goal = goals.add_goal(db, plan_id, "Veilig plein", pillars=["omgeving"], prevention_layer="universeel")
    db.close()
    window = make_window()
    page = window.page("activiteiten")
    assert isinstance(page, ActivitiesPage)
    page.budget_total.setText("2.000")
    page.budget_total.editingFinished.emit()
    table = page.activities
    table.add_row()
    _type(table, "title", "Pleinwacht")
    _choose(table, "goal_id", str(goal))
    _choose(table, "start_month", "2026-09-01")
    _choose(table, "end_month", "2026-12-01")
    _type(table, "budget", "1.234,50")
    _type(table, "hours", "12,5")
    table.add_row()
    _type(table, "title", "Pleinspelen")
    _type(table, "budget", "800")
    db = open_database(data_dir)
    view = load_plan_view(db, plan_id)
    db.close()
    stored = {a.title: a for a in view.activities}
    assert stored["Pleinwacht"].budget == Decimal("1234.50") and stored["Pleinwacht"].hours == Decimal("12.50")
    assert (stored["Pleinwacht"].start_month, stored["Pleinwacht"].end_month) == (dt.date(2026, 9, 1),
                                                                                dt.date(2026, 12, 1))
    assert view.budget_total == Decimal("2000.00")
    assert page.budget_state.text() == "begroot € 2.034,50 · resteert € -34,50"
    budgets = [table.model.index(r, 3).data() for r in range(table.model.rowCount())]
    assert budgets == ["€ 1.234,50", "€ 800,00"]
    _type(table, "budget", "heel veel")
    assert "geen bedrag" in table.error.text()


def test_clicking_a_problem_lands_on_the_activity(qtbot: QtBot, make_window: WindowFactory, data_dir: Path,
                                                  plan_id: int) -> None:
    db = open_database(data_dir)
    goal = goals.add_goal(db, plan_id, "Veilig plein", pillars=["omgeving"], prevention_layer="universeel")
    loose = activities.add_activity(db, plan_id, "Pleinwacht zonder eigenaar", goal_id=goal,
                                    start_month="2026-09-01")
    db.close()
    window = make_window()
    window.show_page("jaarplanning")
    page = window.page("jaarplanning")
    assert isinstance(page, PlanningPage)
    messages = [p.message for p in page.problem_rows()]
    assert "'Pleinwacht zonder eigenaar' heeft geen eigenaar." in messages
    row = messages.index("'Pleinwacht zonder eigenaar' heeft geen eigenaar.")
    rect = page.problems.visualRect(page.problems_model.index(row, 0))
    qtbot.mouseClick(page.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    activities_page = window.page("activiteiten")
    assert isinstance(activities_page, ActivitiesPage)
    assert window.stack.currentWidget() is activities_page
    assert activities_page.activities.current is not None
    assert activities_page.activities.current.id == loose


def test_traffic_light_and_carry_over_from_the_evaluation_page(qtbot: QtBot, make_window: WindowFactory,
                                                               data_dir: Path, plan_id: int) -> None:
    db = open_database(data_dir)
    goal = goals.add_goal(db, plan_id, "Veilig plein", pillars=["omgeving"])
    activity = activities.add_activity(db, plan_id, "Pleinwacht", goal_id=goal, status="bezig")
    db.close()
    window = make_window()
    page = window.page("evaluatie")
    assert isinstance(page, EvaluationPage)
    page.progress.select(activity)
    _choose(page.progress, "progress", "risico")
    page.close_button.click()  # no year evaluation yet: refused with a message
    db = open_database(data_dir)
    assert plans.get_plan(db, plan_id).status == "concept"
    assert activities.activities(db, plan_id)[0].progress == "risico"
    db.close()
    box = page.ask_carry_over()
    assert box is not None
    with qtbot.waitSignal(window.plan_shown):
        box.button(QMessageBox.StandardButton.Yes).click()
    db = open_database(data_dir)
    all_plans = plans.list_plans(db)
    db.close()
    assert [str(p.school_year) for p in all_plans] == ["2027-2028", "2026-2027"]
    assert window.current_plan_id == all_plans[0].id
