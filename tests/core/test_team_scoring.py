"""A team round: the spread of five colleagues' scores, the consensus adopted with it, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from wellbeing_planner.core import plans, scan, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.storage import migrate
from wellbeing_planner.storage.db import Database


def test_five_colleagues_spread_median_and_a_warning_when_views_differ() -> None:
    spread = scan.team_spread(list(scan.counts_from_scores("2 3 2 2 1")))
    assert spread.counts == (0, 1, 3, 1) and spread.participants == 5 and spread.median == 2
    assert spread.differs_widely  # from 1 to 3: two levels apart
    assert not scan.team_spread(list(scan.counts_from_scores("2,3,2,2,3"))).differs_widely
    wide = scan.team_spread([1, 0, 2, 2])  # someone says 0, others 2 and 3
    assert wide.differs_widely and wide.median == 2 and (wide.lowest, wide.highest) == (0, 3)
    assert scan.team_spread([0, 2, 2, 0]).median == 1  # an even number: the lower middle, a cautious consensus


@pytest.mark.parametrize(("value", "message"), [
    ([0, 0, 0, 0], "minstens één deelnemer"),
    ([1, -1, 0, 0], "heel getal van 0 of meer"),
    ([1, 2, 3], "voor elk niveau"),
    ([150, 60, 0, 0], "hoogstens 200"),
])
def test_a_bad_team_round_gets_a_dutch_message(value: list[int], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        scan.clean_team_counts(value)


def test_typed_scores_must_be_digits_0_to_3() -> None:
    with pytest.raises(ValidationError, match="0, 1, 2 of 3"):
        scan.counts_from_scores("2 4 1")


def test_adopting_stores_the_consensus_with_the_spread_and_undo_removes_both(db: Database) -> None:
    school = schools.create_school(db, "OBS Het Team", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    old = scan.adopt_team_score(db, plan.id, "po-sig-01", [1, 0, 2, 2])
    stored = scan.scan_scores(db, plan.id)["po-sig-01"]
    assert stored.score == 2 and stored.team_counts == (1, 0, 2, 2)
    scan.adopt_team_score(db, plan.id, "po-sig-01", [1, 0, 2, 2], score=1)  # the team settles lower
    assert scan.scan_scores(db, plan.id)["po-sig-01"].score == 1
    scan.restore_score(db, plan.id, old)
    restored = scan.scan_scores(db, plan.id)["po-sig-01"]
    assert restored.score is None and restored.team_counts == ()


def test_a_database_of_the_previous_release_gets_the_team_column_with_its_scores_intact(tmp_path: Path) -> None:
    """The previous release's head was 0003 (plan adoption); its data must survive 0004."""
    path = tmp_path / "planner.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0003_plan_adoption")
        connection.exec_driver_sql(
            "INSERT INTO school (id, name, school_type, created_at, updated_at) VALUES (1, 'OBS Oud', 'PO', "
            "'2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO plan (id, school_id, school_year, title, status, director_name, created_at, updated_at) "
            "VALUES (3, 1, 2026, 'Plan', 'vastgesteld', 'J. de Vries', '2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO scan_score (plan_id, criterion_id, score, not_applicable, evidence, created_at, updated_at)"
            " VALUES (3, 'po-edu-01', 3, 0, 'wekelijkse lessen', '2026-01-01', '2026-01-01')")
    engine.dispose()
    db = Database.open(path, backup_dir=tmp_path / "backups")
    try:
        assert migrate.stored_revision(path) == migrate.HEAD_REVISION
        score = scan.scan_scores(db, 3)["po-edu-01"]
        assert (score.score, score.evidence, score.team_counts) == (3, "wekelijkse lessen", ())
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT director_name FROM plan").scalar() == "J. de Vries"
    finally:
        db.close()
    assert len(list((tmp_path / "backups").glob("planner-voor-upgrade-0003_plan_adoption-*"))) == 1
