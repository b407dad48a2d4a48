"""Selecting a goal shows explained suggestions; 'Toevoegen als activiteit' creates the linked activity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, scan, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.ui.pages.activities import ActivitiesPage


def test_selecting_a_goal_shows_suggestions_and_adds_one_as_activity(qtbot: QtBot, make_window: WindowFactory,
                                                                     data_dir: Path) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Klimop", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    for criterion in framework().criteria_for("PO"):
        scan.update_score(db, plan.id, criterion.id, score=0 if criterion.pillar == "signaleren" else 2)
    goal_id = goals.add_goal(db, plan.id, "Zorgen eerder zien", pillars=["signaleren"], prevention_layer="universeel")
    db.close()

    window = make_window()
    window.show_page("activiteiten")
    page = window.page("activiteiten")
    assert isinstance(page, ActivitiesPage)
    panel = page.suggestions
    assert all(not card.add.isEnabled() for card in panel.cards)  # no goal chosen yet
    page.goal_filter.setCurrentIndex(page.goal_filter.findData(str(goal_id)))
    assert panel.cards, "suggestions appear for the goal"
    first = panel.cards[0]
    assert first.suggestion.reasons and any("Signaleren" in r for s in panel.suggestions for r in s.reasons)
    qtbot.mouseClick(first.add, Qt.MouseButton.LeftButton)
    db = open_database(data_dir)
    [activity] = activities.activities(db, plan.id)
    db.close()
    assert activity.goal_id == goal_id
    assert activity.intervention_id == first.suggestion.intervention_id
    assert activity.title == first.suggestion.name
    assert [page.activities.model.index(r, 0).data() for r in range(page.activities.model.rowCount())] == [
        first.suggestion.name]

    details = panel.cards[0].details
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    catalogue_page = window.page("catalogus")
    assert window.stack.currentWidget() is catalogue_page
    assert catalogue_page.current is not None  # type: ignore[attr-defined]
    assert catalogue_page.current.id == panel.cards[0].suggestion.intervention_id  # type: ignore[attr-defined]
