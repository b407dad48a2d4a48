"""The suggestions panel: explained suggestions for a goal or the plan; 'Toevoegen als activiteit' in one click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, records, scan, schools
from wellbeing_planner.core.catalogue import mark_in_use
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.storage.db import Database
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.activities import ActivitiesPage
from wellbeing_planner.ui.widgets.suggestions import SuggestionsPanel


def _plan_weak_on_signaleren(db: Database) -> tuple[int, int]:
    school = schools.create_school(db, "OBS De Klimop", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    for criterion in framework().criteria_for("PO"):
        scan.update_score(db, plan.id, criterion.id, score=0 if criterion.pillar == "signaleren" else 2)
    goal_id = goals.add_goal(db, plan.id, "Zorgen eerder zien", pillars=["signaleren"], prevention_layer="universeel")
    return plan.id, goal_id


@pytest.fixture
def panel(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[SuggestionsPanel, AppContext]]:
    db = open_database(data_dir)
    ctx = AppContext(db, data_dir, demo=False)
    widget = SuggestionsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    yield widget, ctx
    widget.close()
    db.close()


def test_a_goal_shows_explained_suggestions_and_one_click_adds_the_linked_activity(
        qtbot: QtBot, panel: tuple[SuggestionsPanel, AppContext]) -> None:
    widget, ctx = panel
    plan_id, goal_id = _plan_weak_on_signaleren(ctx.db)
    mark_in_use(ctx.db, plan_id, "kanjertraining")
    widget.show_for(plan_id, goal_id)

    assert len(widget.cards) == 6
    first = widget.cards[0]
    assert first.title.text().startswith(f"<b>1. {first.suggestion.name}")
    shown = first.body.text()
    assert "✓" in shown and "versterkt Signaleren (scan 0%)" in shown
    assert "Kanjertraining" in widget.strengths.text()  # what is in use is named as a strength …
    assert all(card.suggestion.intervention_id != "kanjertraining" for card in widget.cards)  # … not offered
    assert first.bar.value() == 100 and all(card.bar.value() <= 100 for card in widget.cards)
    assert all(card.add.isEnabled() for card in widget.cards)

    with qtbot.waitSignal(widget.activity_added) as added, \
            qtbot.waitSignal(ctx.notifier.changed, check_params_cb=lambda topic, pid: topic == "activities"):
        qtbot.mouseClick(first.add, Qt.MouseButton.LeftButton)
    [activity] = activities.activities(ctx.db, plan_id)
    assert added.args == [activity.id]
    assert activity.goal_id == goal_id
    assert activity.intervention_id == first.suggestion.intervention_id
    assert activity.title == first.suggestion.name
    # The panel follows the change: what is now planned is not offered again.
    qtbot.waitUntil(lambda: all(c.suggestion.intervention_id != activity.intervention_id for c in widget.cards))

    ctx.undo_stack.undo()
    assert activities.activities(ctx.db, plan_id) == []
    qtbot.waitUntil(lambda: any(c.suggestion.intervention_id == activity.intervention_id for c in widget.cards))


def test_without_a_goal_the_advice_is_plan_wide_and_adding_waits_for_a_goal(
        qtbot: QtBot, panel: tuple[SuggestionsPanel, AppContext]) -> None:
    widget, ctx = panel
    plan_id, goal_id = _plan_weak_on_signaleren(ctx.db)
    widget.show_for(plan_id, None)
    assert widget.cards
    assert "hele plan" in widget.note.text()
    assert all(not card.add.isEnabled() for card in widget.cards)
    assert "Kies eerst een doel" in widget.cards[0].add.toolTip()

    widget.show_for(plan_id, goal_id)
    assert all(card.add.isEnabled() for card in widget.cards)
    assert any(r.startswith("past bij het doel") for r in widget.cards[0].suggestion.reasons)
    qtbot.mouseClick(widget.for_plan, Qt.MouseButton.LeftButton)  # the toggle: for the whole plan
    assert widget.for_plan.isChecked() and "hele plan" in widget.note.text()
    assert widget.cards and all(not card.add.isEnabled() for card in widget.cards)
    assert not any(r.startswith("past bij het doel") for c in widget.cards for r in c.suggestion.reasons)

    with qtbot.waitSignal(widget.intervention_requested) as requested:
        qtbot.mouseClick(widget.cards[0].details, Qt.MouseButton.LeftButton)
    assert requested.args == [widget.cards[0].suggestion.intervention_id]


def test_a_deleted_goal_gives_a_message_in_the_panel_not_a_crash(panel: tuple[SuggestionsPanel, AppContext]) -> None:
    widget, ctx = panel
    plan_id, goal_id = _plan_weak_on_signaleren(ctx.db)
    records.delete(ctx.db, goals.GOAL, goal_id)
    widget.show_for(plan_id, goal_id)
    assert widget.cards == []
    assert "hoort niet bij plan" in widget.note.text()


def test_on_the_activities_page_choosing_a_goal_shows_suggestions_and_details_opens_the_catalogue(
        qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    db = open_database(data_dir)
    plan_id, goal_id = _plan_weak_on_signaleren(db)
    db.close()
    window = make_window()
    window.show_page("activiteiten")
    page = window.page("activiteiten")
    assert isinstance(page, ActivitiesPage)
    panel = page.suggestions
    assert all(not card.add.isEnabled() for card in panel.cards)  # no goal chosen yet
    page.goal_filter.setCurrentIndex(page.goal_filter.findData(str(goal_id)))
    assert panel.cards and all(card.add.isEnabled() for card in panel.cards)
    first = panel.cards[0]
    qtbot.mouseClick(first.add, Qt.MouseButton.LeftButton)
    db = open_database(data_dir)
    [activity] = activities.activities(db, plan_id)
    db.close()
    assert (activity.goal_id, activity.intervention_id) == (goal_id, first.suggestion.intervention_id)
    assert [page.activities.model.index(r, 0).data() for r in range(page.activities.model.rowCount())] == [
        first.suggestion.name]

    chosen = panel.cards[0].suggestion.intervention_id
    qtbot.mouseClick(panel.cards[0].details, Qt.MouseButton.LeftButton)
    catalogue_page = window.page("catalogus")
    assert window.stack.currentWidget() is catalogue_page
    assert catalogue_page.current is not None  # type: ignore[attr-defined]
    assert catalogue_page.current.id == chosen  # type: ignore[attr-defined]
