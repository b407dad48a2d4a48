"""Goals, priorities, activities, money, problems, totals, evaluation and carry-over — without Qt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, evaluation, goals, planning, plans, schools, werkgroep
from wellbeing_planner.core.carry_over import carry_over_plan
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import GoalView, load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import UserError, ValidationError
from wellbeing_planner.storage.db import Database


def g(gid: int, *, ratings: tuple[int, int, int, int, int] | None = None, horizon: str = "dit_schooljaar",
      parent: int | None = None, position: int = 0) -> GoalView:
    importance, cost, time, commitment, feasibility = ratings or (None, None, None, None, None)
    return GoalView(gid, parent, f"Doel {gid}", None, (), (), None, None, None, None, None, None, importance, cost,
                    time, commitment, feasibility, horizon, None, None, None, position)


def test_priority_formula_by_hand() -> None:
    # (2×5 + 4 + 4 + (6−2) + (6−3)) / 6 = (10 + 4 + 4 + 4 + 3) / 6 = 25/6 = 4.17 → 4.2
    assert goals.priority_score(g(1, ratings=(5, 2, 3, 4, 4))) == Decimal("4.2")
    # the lowest possible: (2 + 1 + 1 + 1 + 1) / 6 = 1.0; the highest: (10 + 5 + 5 + 5 + 5) / 6 = 5.0
    assert goals.priority_score(g(2, ratings=(1, 5, 5, 1, 1))) == Decimal("1.0")
    assert goals.priority_score(g(3, ratings=(5, 1, 1, 5, 5))) == Decimal("5.0")
    assert goals.priority_score(g(4)) is None


def test_goals_are_ordered_pinned_then_by_priority_with_sub_goals_under_their_parent() -> None:
    items = [g(1, ratings=(2, 3, 3, 3, 3)), g(2, ratings=(5, 1, 1, 5, 5)), g(3, ratings=(5, 1, 1, 5, 5),
                                                                            horizon="later"),
             g(4), g(5, parent=1, ratings=(5, 1, 1, 5, 5)), g(6, parent=1, ratings=(1, 5, 5, 1, 1))]
    assert [x.id for x in goals.ordered_goals(items)] == [2, 1, 5, 6, 4, 3]


@pytest.fixture
def plan_id(db: Database) -> int:
    school = schools.create_school(db, "OBS De Linde", "PO")
    return plans.create_plan(db, school.id, SchoolYear(2026)).id


def test_money_is_exact_and_dutch_input_is_understood(db: Database, plan_id: int) -> None:
    goal = goals.add_goal(db, plan_id, "Veilig plein", pillars=["omgeving"], prevention_layer="universeel")
    activities.set_budget_total(db, plan_id, "€ 1.000,00")
    activities.add_activity(db, plan_id, "Pleinwacht", goal_id=goal, budget="333,33", hours="10,5",
                            start_month="2026-09-01", end_month="2026-11-01")
    activities.add_activity(db, plan_id, "Pleinspelen", goal_id=goal, budget="0.10", start_month="2027-01-01")
    activities.add_activity(db, plan_id, "Geschrapt", goal_id=goal, budget="500", status="vervallen")
    view = load_plan_view(db, plan_id)
    overview = activities.budget_overview(view)
    assert overview.total_planned == Decimal("333.43")
    assert overview.remainder == Decimal("666.57")
    totals = planning.plan_totals(view)
    assert totals.total.budget == Decimal("333.43") and totals.total.hours == Decimal("10.50")
    by_month = {m.month: row for m, row in totals.per_month}
    # 333,33 over three months: 111,11 + 111,11 + 111,11; hours 10,5: 3,50 each
    assert [by_month[m].budget for m in (9, 10, 11)] == [Decimal("111.11")] * 3
    assert sum((row.budget for _m, row in totals.per_month), Decimal(0)) == Decimal("333.43")
    assert totals.per_pillar["omgeving"].activities == 2 and totals.per_pillar["beleid"].activities == 0
    assert totals.per_funding["onbekend"].budget == Decimal("333.43")


def test_month_and_deadline_validation(db: Database, plan_id: int) -> None:
    with pytest.raises(ValidationError, match="binnen het schooljaar"):
        activities.add_activity(db, plan_id, "Te laat", start_month="2027-08-01")
    with pytest.raises(ValidationError, match="vóór de startmaand"):
        activities.add_activity(db, plan_id, "Achterstevoren", start_month="2027-03-01", end_month="2026-10-01")
    with pytest.raises(ValidationError, match="in het schooljaar"):
        goals.add_goal(db, plan_id, "Te ver", deadline="31-12-2027")
    with pytest.raises(ValidationError, match="geen bedrag"):
        activities.add_activity(db, plan_id, "Raar bedrag", budget="veel geld")


def test_every_problem_kind_is_found(db: Database, plan_id: int) -> None:
    goal = goals.add_goal(db, plan_id, "Alleen educatie", pillars=["educatie"], prevention_layer="universeel")
    goals.add_goal(db, plan_id, "Leeg doel", pillars=["educatie"])
    activities.set_budget_total(db, plan_id, "100")
    activities.add_activity(db, plan_id, "Dure les", goal_id=goal, budget="150", start_month="2026-09-01")
    activities.add_activity(db, plan_id, "Nog een les", goal_id=goal, start_month="2026-10-01")
    with db.unit_of_work() as session:  # an activity that slipped outside the year (e.g. an old import)
        from wellbeing_planner.storage.models import Activity

        session.add(Activity(plan_id=plan_id, goal_id=goal, title="Zomerkamp", start_month=dt.date(2027, 8, 1),
                             status="gepland", partner_ids=[]))
    kinds = {p.kind for p in planning.find_problems(load_plan_view(db, plan_id))}
    assert {"buiten_schooljaar", "geen_eigenaar", "doel_zonder_activiteit", "budget_overschreden", "pijler_leeg",
            "een_preventielaag"} <= kinds
    messages = [p.message for p in planning.find_problems(load_plan_view(db, plan_id))]
    assert "Er is € 50,00 meer begroot dan het totale budget." in messages
    assert "Pijler Signaleren heeft geen doel of activiteit." in messages


def test_carry_over_copies_open_goals_and_unfinished_activities(db: Database, plan_id: int) -> None:
    school_id = plans.get_plan(db, plan_id).school_id
    owner = werkgroep.add_member(db, school_id, "Fatima", "ib")
    goals.set_vision(db, plan_id, "Iedereen veilig")
    done = goals.add_goal(db, plan_id, "Gehaald", pillars=["beleid"])
    goals.update_goal(db, done, reached="ja")
    open_goal = goals.add_goal(db, plan_id, "Nog niet gehaald", pillars=["omgeving"], deadline="30-06-2027")
    sub = goals.add_goal(db, plan_id, "Subdoel", parent_id=open_goal)
    activities.add_activity(db, plan_id, "Klaar", goal_id=open_goal, status="afgerond")
    unfinished = activities.add_activity(db, plan_id, "Loopt nog", goal_id=sub, owner_id=owner, status="bezig",
                                         start_month="2026-10-01", end_month="2027-02-01", budget="250")
    activities.update_activity(db, unfinished, progress="risico", reflection="Te weinig tijd")
    evaluation.add_evaluation(db, plan_id, "Monitor", "15-11-2026", "monitor")

    new = carry_over_plan(db, plan_id)
    assert new.school_year == SchoolYear(2027) and new.status == "concept"
    view = load_plan_view(db, new.id)
    assert view.vision == "Iedereen veilig"
    assert [x.title for x in view.goals] == ["Nog niet gehaald", "Subdoel"]
    parent = next(x for x in view.goals if x.title == "Nog niet gehaald")
    assert parent.deadline == dt.date(2028, 6, 30)
    assert next(x for x in view.goals if x.title == "Subdoel").parent_id == parent.id
    [activity] = view.activities
    assert (activity.title, activity.status, activity.progress, activity.reflection) == ("Loopt nog", "gepland",
                                                                                         None, None)
    assert (activity.start_month, activity.end_month) == (dt.date(2027, 10, 1), dt.date(2028, 2, 1))
    assert activity.budget == Decimal("250.00") and activity.owner_id == owner
    assert view.evaluations == ()
    assert view.previous_plan_id == plan_id  # this year's scan is next year's baseline
    with pytest.raises(UserError, match="heeft al een plan voor schooljaar 2027-2028"):
        carry_over_plan(db, plan_id)


def test_carry_over_on_the_command_line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Linde", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    assert run(["--data-dir", str(data_dir), "carry-over", str(plan.id)]) == 0
    new_id = int(capsys.readouterr().out)
    assert new_id != plan.id
    assert run(["--data-dir", str(data_dir), "carry-over", str(plan.id)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "heeft al een plan voor schooljaar 2027-2028" in err[0]


def test_a_plan_is_only_closed_with_a_year_evaluation(db: Database, plan_id: int) -> None:
    with pytest.raises(ValidationError, match="jaarevaluatie"):
        evaluation.set_plan_status(db, plan_id, "afgerond")
    evaluation.set_year_evaluation(db, plan_id, "Goed jaar")
    old, info = evaluation.set_plan_status(db, plan_id, "afgerond")
    assert (old, info.status) == ("concept", "afgerond")
    with pytest.raises(ValidationError, match="schooljaar 2026-2027"):
        evaluation.add_evaluation(db, plan_id, "Te vroeg", "01-07-2026")


def test_the_demo_plan_is_full_and_sound(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    plan_id = int(capsys.readouterr().out)
    assert run(["--data-dir", str(data_dir), "--demo", "summary", str(plan_id), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["goals"] >= 5 and summary["activities"] >= 15
    assert summary["budget_total"] == "11750.00" and summary["budget_available"] == "15000.00"
    assert summary["problems"] == []
    db = open_database(data_dir, demo=True)
    previous = load_plan_view(db, plans.previous_plan_id(db, plan_id) or 0)
    db.close()
    assert previous.status == "afgerond" and previous.year_evaluation
    assert all(a.progress for a in previous.activities)
    assert {goal.reached for goal in previous.goals} == {True, False}


def test_an_own_intervention_becomes_a_linked_activity_in_one_step(db: Database, plan_id: int) -> None:
    from wellbeing_planner.core import catalogue as cat

    own = cat.create_local_intervention(db, cat.LocalInterventionInput(name="Gouden weken", school_types=("PO",)))
    goal = goals.add_goal(db, plan_id, "Goede start")
    new_id = activities.add_activity_for_intervention(db, plan_id, goal, own.id)
    [activity] = activities.activities(db, plan_id)
    assert (activity.id, activity.title, activity.goal_id) == (new_id, "Gouden weken", goal)
    assert activity.local_intervention_id == cat.parse_local_id(own.id) and activity.intervention_id is None
    kiva = activities.add_activity_for_intervention(db, plan_id, goal, "kiva")
    assert next(a for a in activities.activities(db, plan_id) if a.id == kiva).intervention_id == "kiva"
