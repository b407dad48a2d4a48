"""Many users on one database: outdated edits are refused, nothing is lost, and every change has its history."""

from __future__ import annotations

import os
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, history, plans, records, schools
from wellbeing_planner.core.activities import ACTIVITY
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import EditConflict, UserError
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Activity

#: How long the ten clients edit (the issue asks for 60 s; .ci/run sets it, a developer's run is shorter).
SOAK_SECONDS = float(os.environ.get("WBP_SOAK_SECONDS", "6"))


def another_client(db: Database) -> Database:
    """A second, independent connection to the same database (another user's app)."""
    if db.backend == "postgresql":
        return Database.open_url(db.engine.url.render_as_string(hide_password=False))
    assert db.path is not None
    return Database.open(db.path)


def _plan_with_activity(db: Database, name: str = "OBS De Esch") -> tuple[int, int]:
    school = schools.create_school(db, name, "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    return plan.id, activities.add_activity(db, plan.id, "Kanjertraining groep 5", hours="4")


def test_the_second_of_two_edits_on_the_same_activity_gets_the_conflict(db: Database) -> None:
    plan_id, activity_id = _plan_with_activity(db)
    other = another_client(db)
    try:
        seen_by_first = records.version(db, ACTIVITY, activity_id)
        seen_by_second = records.version(other, ACTIVITY, activity_id)
        activities.update_activity(db, activity_id, expected_version=seen_by_first, hours="6")
        with pytest.raises(EditConflict) as refused:
            activities.update_activity(other, activity_id, expected_version=seen_by_second, hours="9",
                                       title="Kanjertraining hele school")
        assert "gewijzigd door een ander — opnieuw laden" in refused.value.message
        # nothing lost: the refused values stay with the message, to enter again after reloading
        assert refused.value.attempted == {"hours": Decimal("9.00"), "title": "Kanjertraining hele school"}
        (kept,) = activities.activities(other, plan_id)
        assert (kept.hours, kept.title) == (Decimal("6.00"), "Kanjertraining groep 5")  # the first's change
        # after reloading, the second client's edit goes through
        activities.update_activity(other, activity_id, expected_version=records.version(other, ACTIVITY, activity_id),
                                   hours="9")
        assert activities.activities(db, plan_id)[0].hours == Decimal("9.00")
    finally:
        other.close()


def test_a_goal_edited_on_an_outdated_screen_is_refused_too(db: Database) -> None:
    from wellbeing_planner.core import goals
    from wellbeing_planner.core.goals import GOAL

    plan_id, _activity = _plan_with_activity(db)
    goal_id = goals.add_goal(db, plan_id, "Minder pesten")
    seen = records.version(db, GOAL, goal_id)
    other = another_client(db)
    try:
        goals.update_goal(other, goal_id, expected_version=seen, target="90 procent voelt zich veilig")
    finally:
        other.close()
    with pytest.raises(EditConflict, match="opnieuw laden"):
        goals.update_goal(db, goal_id, expected_version=seen, target="80 procent")
    assert [g.target for g in goals.goals(db, plan_id)] == ["90 procent voelt zich veilig"]


def test_an_edit_racing_another_inside_its_own_transaction_is_refused_too(db: Database) -> None:
    """Read, then someone else commits, then write: the row's version no longer matches, so nothing is written."""
    plan_id, activity_id = _plan_with_activity(db)
    other = another_client(db)
    try:
        with pytest.raises(EditConflict, match="opnieuw laden"), db.unit_of_work() as session:
            row = session.get(Activity, activity_id)
            assert row is not None
            activities.update_activity(other, activity_id, hours="7")  # commits in between
            row.hours = Decimal("3")
        assert activities.activities(db, plan_id)[0].hours == Decimal("7.00")
    finally:
        other.close()


def test_every_change_is_in_the_plan_history_with_user_and_time(db: Database, data_dir: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    plan_id, activity_id = _plan_with_activity(db)
    activities.update_activity(db, activity_id, hours="5", budget="250")
    records.delete(db, ACTIVITY, activity_id)
    entries = history.plan_history(db, plan_id)
    assert [(e.action, e.table) for e in entries[:3]] == [("verwijderd", "activity"), ("gewijzigd", "activity"),
                                                          ("toegevoegd", "activity")]
    assert set(entries[1].fields) == {"hours", "budget"}
    assert all(e.user == db.user_name and e.user for e in entries)
    assert any(e.table == "plan" and e.action == "toegevoegd" for e in entries)
    assert "activiteit 'Kanjertraining groep 5' gewijzigd (hours, budget)" in entries[1].sentence \
        or "activiteit 'Kanjertraining groep 5' gewijzigd (budget, hours)" in entries[1].sentence
    if db.backend == "postgresql":
        where = ["--database-url", db.engine.url.render_as_string(hide_password=False)]
    else:
        where = ["--data-dir", str(data_dir)]
    assert run(["history", str(plan_id), *where]) == 0
    out = capsys.readouterr().out
    assert f"{db.user_name} heeft activiteit 'Kanjertraining groep 5' verwijderd" in out


def test_a_failed_change_leaves_no_history_line(db: Database) -> None:
    plan_id, activity_id = _plan_with_activity(db)
    before = len(history.plan_history(db, plan_id))
    with pytest.raises(UserError):
        activities.update_activity(db, activity_id, start_month="2030-01")  # outside the school year
    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        row = session.get(Activity, activity_id)
        assert row is not None
        row.title = "half"
        session.flush()
        raise RuntimeError("stroomstoring")
    assert len(history.plan_history(db, plan_id)) == before


@pytest.mark.slow
def test_ten_clients_editing_different_plans_lose_nothing(db: Database) -> None:
    """Ten users, each on their own plan, add and change activities as fast as they can; every write is there."""
    plans_and_activities = [_plan_with_activity(db, f"School {n}") for n in range(10)]
    writes: list[tuple[int, int, int]] = []  # (client, added, updated)
    problems: list[BaseException] = []
    stop = time.monotonic() + SOAK_SECONDS

    def client(number: int) -> None:
        plan_id, activity_id = plans_and_activities[number]
        mine = another_client(db)
        added = updated = 0
        try:
            while time.monotonic() < stop:
                activities.add_activity(mine, plan_id, f"client {number} activiteit {added}")
                added += 1
                seen = records.version(mine, ACTIVITY, activity_id)
                activities.update_activity(mine, activity_id, expected_version=seen, hours=str(updated + 1))
                updated += 1
        except BaseException as exc:  # reported below, with the client's number
            problems.append(exc)
        finally:
            mine.close()
            writes.append((number, added, updated))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(SOAK_SECONDS + 120)
    assert problems == []
    assert len(writes) == 10
    for number, added, updated in writes:
        plan_id, activity_id = plans_and_activities[number]
        titles = {a.title for a in activities.activities(db, plan_id)}
        assert {f"client {number} activiteit {k}" for k in range(added)} <= titles
        assert len(titles) == added + 1
        assert next(a for a in activities.activities(db, plan_id) if a.id == activity_id).hours == Decimal(updated)
        assert records.version(db, ACTIVITY, activity_id) == updated + 1
    total = sum(added + updated for _n, added, updated in writes)
    print(f"\n{db.backend}: {total} writes by 10 clients in {SOAK_SECONDS:.0f} s, none lost")
    assert total >= 10
