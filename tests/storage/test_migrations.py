"""Schema migrations: models match the scripts, upgrades keep data and leave a copy first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import DatabaseDamaged, DatabaseTooNew
from wellbeing_planner.storage import migrate
from wellbeing_planner.storage.db import Database, integrity_report


def test_models_and_migrations_agree(db: Database) -> None:
    """``alembic check``: no model change is missing a migration."""
    with db.engine.connect() as connection:
        command.check(migrate.alembic_config(connection))


def test_known_revisions_match_the_scripts() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_first_release_database_upgrades_with_data_intact_and_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, migrate.KNOWN_REVISIONS[0])
        connection.exec_driver_sql(
            "INSERT INTO school (id, name, brin, school_type, grade_min, grade_max, pupils, gemeente, created_at, "
            "updated_at) VALUES (1, 'OBS Het Baken', '12AB', 'PO', 1, 8, 240, 'Zwolle', '2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO plan (id, school_id, school_year, title, status, vision, budget_total, created_at, updated_at)"
            " VALUES (7, 1, 2025, 'Plan 2025-2026', 'afgerond', 'Elk kind voelt zich veilig', 1234550, "
            "'2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO scan_score (plan_id, criterion_id, score, not_applicable, evidence, created_at, updated_at) "
            "VALUES (7, 'po-edu-01', 2, 0, 'lessen wekelijks', '2026-01-01', '2026-01-01')")
    engine.dispose()
    assert migrate.stored_revision(path) == migrate.KNOWN_REVISIONS[0]

    db = Database.open(path, backup_dir=tmp_path / "backups")
    try:
        assert migrate.stored_revision(path) == migrate.HEAD_REVISION
        school = schools.get_school(db, 1)
        assert (school.name, school.brin, school.pupils, school.gemeente) == ("OBS Het Baken", "12AB", 240, "Zwolle")
        plan = plans.get_plan(db, 7)
        assert (plan.title, plan.status, plan.school_year) == ("Plan 2025-2026", "afgerond", SchoolYear(2025))
        with db.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT score, evidence, priority FROM scan_score WHERE plan_id = 7").one()
            budget = connection.exec_driver_sql("SELECT budget_total FROM plan WHERE id = 7").scalar()
        assert tuple(row) == (2, "lessen wekelijks", None)
        assert budget == 1234550
    finally:
        db.close()

    copies = list((tmp_path / "backups").glob("planner-voor-upgrade-*.sqlite3"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.KNOWN_REVISIONS[0]
        assert copy.execute("SELECT name FROM school").fetchone()[0] == "OBS Het Baken"
    finally:
        copy.close()


def test_a_new_database_gets_no_upgrade_copy(tmp_path: Path) -> None:
    Database.open(tmp_path / "planner.sqlite3", backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_a_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    Database.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        Database.open(path)
    assert path.read_bytes() == before


def test_a_damaged_file_is_reported_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    path.write_bytes(b"dit is geen database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="beschadigd"):
        Database.open(path)
    assert path.read_bytes() == before
    healthy, lines = integrity_report(path)
    assert not healthy
    assert any("beschadigd" in line for line in lines)


@pytest.mark.sqlite_only
def test_foreign_keys_and_busy_timeout_are_on(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"  # tmp is a local disk
