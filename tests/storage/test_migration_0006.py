"""Migration 0006 (versions and history) on a database made at 0005 with data, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from wellbeing_planner.core import activities, history, records
from wellbeing_planner.core.activities import ACTIVITY
from wellbeing_planner.errors import EditConflict
from wellbeing_planner.storage import migrate
from wellbeing_planner.storage.db import Database

DATA_AT_0005 = (
    "INSERT INTO school (id, name, school_type, kind, gemeente, created_at, updated_at) "
    "VALUES (1, 'OBS Het Baken', 'PO', 'school', 'Zwolle', '2026-01-01', '2026-01-01')",
    "INSERT INTO roadmap (id, school_id, title, first_year, last_year, basic_skills, created_at, updated_at) "
    "VALUES (2, 1, 'Meerjarenplan', 2025, 2027, '[]', '2026-01-01', '2026-01-01')",
    "INSERT INTO plan (id, school_id, school_year, title, status, budget_total, roadmap_id, created_at, updated_at) "
    "VALUES (7, 1, 2026, 'Plan 2026-2027', 'concept', 500000, 2, '2026-01-01', '2026-01-01')",
    "INSERT INTO activity (id, plan_id, title, partner_ids, hours, budget, status, layers, position, created_at, "
    "updated_at) VALUES (11, 7, 'Pestprotocol herzien', '[]', 1200, 35050, 'gepland', '[\"universeel\"]', 0, "
    "'2026-01-01', '2026-01-01')",
)


@contextmanager
def _database_at_0005(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL of a database at 0005_roadmap holding a school, a roadmap, a plan and an activity."""
    if backend == "postgresql":
        from tests import pg

        with pg.database(empty=True) as url:
            _fill(url)
            yield url
    else:
        path = tmp_path / "planner.sqlite3"
        migrate.migrate_file(path, "0004_team_scoring")
        _fill(f"sqlite:///{path}")
        yield f"sqlite:///{path}"


def _fill(url: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, "0005_roadmap")
            for statement in DATA_AT_0005:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_0006_keeps_the_data_and_starts_every_row_at_version_1(backend: str, tmp_path: Path) -> None:
    with _database_at_0005(backend, tmp_path) as url:
        db = Database.open_url(url, backup_dir=tmp_path / "backups")
        try:
            with db.engine.connect() as connection:
                assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
                    "0006_versions_audit"
                assert connection.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar() == 0
                for table in ("school", "plan", "roadmap", "activity"):
                    assert connection.exec_driver_sql(f"SELECT version FROM {table}").scalar() == 1
            (activity,) = activities.activities(db, 7)
            assert (activity.title, activity.hours, activity.budget, activity.layers) == (
                "Pestprotocol herzien", Decimal("12.00"), Decimal("350.50"), ("universeel",))
            activities.update_activity(db, 11, expected_version=1, hours="14")
            assert records.version(db, ACTIVITY, 11) == 2
            with pytest.raises(EditConflict):
                activities.update_activity(db, 11, expected_version=1, hours="99")
            assert [e.action for e in history.plan_history(db, 7)] == ["gewijzigd"]
        finally:
            db.close()
        if backend == "sqlite":
            assert list((tmp_path / "backups").glob("planner-voor-upgrade-*.sqlite3"))  # the copy before it
