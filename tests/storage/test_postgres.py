"""The PostgreSQL backend: every migration on a server, one transaction, the same values, no stored passwords."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from tests import pg
from wellbeing_planner.cli import run
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import DatabaseTooNew, EnvironmentProblem, NoAccess, NotAPlannerFile, UserError
from wellbeing_planner.storage import migrate, server
from wellbeing_planner.storage.db import Database

pytestmark = pytest.mark.postgres


def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql(sql).scalar()
    finally:
        engine.dispose()


def _database_at(url: str, revision: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, revision)
    finally:
        engine.dispose()


_OLD_DATA = (
    "INSERT INTO school (id, name, brin, school_type, grade_min, grade_max, pupils, gemeente, created_at, updated_at) "
    "VALUES (1, 'OBS Het Baken', '12AB', 'PO', 1, 8, 240, 'Zwolle', '2026-01-01', '2026-01-01')",
    "INSERT INTO plan (id, school_id, school_year, title, status, vision, budget_total, created_at, updated_at) "
    "VALUES (7, 1, 2025, 'Plan 2025-2026', 'afgerond', 'Elk kind voelt zich veilig', 1234550, '2026-01-01', "
    "'2026-01-01')",
    "INSERT INTO goal (id, plan_id, title, pillars, themes, prevention_layer, target, horizon, position, created_at, "
    "updated_at) VALUES (3, 7, 'Minder pesten', '[\"sociaal\"]', '[]', 'universeel', '80 procent voelt zich veilig', "
    "'dit_schooljaar', 0, '2026-01-01', '2026-01-01')",
)


def test_every_migration_runs_on_postgresql_with_data_carried_forward() -> None:
    """0001 → 0004 with data, then the app opens it: 0005's carry-forward (RETURNING, ||) runs on the server."""
    with pg.database(empty=True) as url:
        _database_at(url, "0004_team_scoring")
        _execute(url, *_OLD_DATA)
        db = Database.open_url(url)
        try:
            assert db.backend == "postgresql"
            assert _scalar(url, "SELECT version_num FROM alembic_version") == migrate.HEAD_REVISION
            plan = plans.get_plan(db, 7)
            assert (plan.title, plan.status, plan.school_year) == ("Plan 2025-2026", "afgerond", SchoolYear(2025))
            assert _scalar(url, "SELECT layers FROM goal WHERE id = 3") == '["universeel"]'
            assert _scalar(url, "SELECT count(*) FROM roadmap WHERE school_id = 1") == 1
            assert _scalar(url, "SELECT target FROM roadmap_target") == "80 procent voelt zich veilig"
            assert _scalar(url, "SELECT budget_total FROM plan WHERE id = 7") == 1234550
        finally:
            db.close()


def test_every_downgrade_runs_on_postgresql_too() -> None:
    with pg.database(empty=True) as url:
        engine = create_engine(url, poolclass=NullPool)
        try:
            for revision in migrate.KNOWN_REVISIONS:
                with engine.begin() as connection:
                    migrate.upgrade(connection, revision)
            for revision in reversed(("base", *migrate.KNOWN_REVISIONS[:-1])):
                with engine.begin() as connection:
                    command.downgrade(migrate.alembic_config(connection), revision)
            with engine.connect() as connection:
                assert set(server.user_tables(connection)) == {"alembic_version"}
        finally:
            engine.dispose()
        Database.open_url(url).close()
        assert _scalar(url, "SELECT version_num FROM alembic_version") == migrate.HEAD_REVISION


def test_a_failed_upgrade_leaves_the_server_database_exactly_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    with pg.database(empty=True) as url:
        _database_at(url, "0004_team_scoring")
        _execute(url, *_OLD_DATA)

        def fail(_connection: object) -> None:
            raise RuntimeError("power cut")

        monkeypatch.setattr(server, "before_commit", fail)
        with pytest.raises(RuntimeError):
            Database.open_url(url)
        assert _scalar(url, "SELECT version_num FROM alembic_version") == "0004_team_scoring"
        assert _scalar(url, "SELECT to_regclass('roadmap')") is None  # the DDL was rolled back too
        assert _scalar(url, "SELECT count(*) FROM goal") == 1
        monkeypatch.undo()
        Database.open_url(url).close()
        assert _scalar(url, "SELECT version_num FROM alembic_version") == migrate.HEAD_REVISION


def test_two_clients_starting_at_once_upgrade_once() -> None:
    with pg.database(empty=True) as url:
        _database_at(url, "0004_team_scoring")
        _execute(url, *_OLD_DATA)
        errors: list[BaseException] = []

        def open_and_close() -> None:
            try:
                Database.open_url(url).close()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=open_and_close) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert _scalar(url, "SELECT count(*) FROM roadmap") == 1  # the carry-forward ran once


def test_someone_elses_database_and_a_newer_schema_are_refused_untouched() -> None:
    with pg.database(empty=True) as url:
        _execute(url, "CREATE TABLE leerlingen (id int)")
        with pytest.raises(NotAPlannerFile, match="ander programma"):
            Database.open_url(url)
        assert _scalar(url, "SELECT to_regclass('alembic_version')") is None
    with pg.database() as url:
        _execute(url, "UPDATE alembic_version SET version_num = '9999_future'")
        with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
            Database.open_url(url)
        assert _scalar(url, "SELECT version_num FROM alembic_version") == "9999_future"


PILLARS = [pillar.id for pillar in framework().pillars][:2]


def test_money_dates_and_lists_come_back_the_same_as_on_sqlite(tmp_path: Path) -> None:
    """Cents as integers, dates as dates, JSON lists as lists: on both backends the same values."""
    results = []
    with pg.database() as url:
        for database in (Database.open_url(url), Database.open(tmp_path / "planner.sqlite3")):
            try:
                school = schools.create_school(database, "OBS De Linde", "PO")
                plan = plans.create_plan(database, school.id, SchoolYear(2026))
                goal_id = goals.add_goal(database, plan.id, "Iedereen hoort erbij", pillars=PILLARS)
                activities.add_activity(database, plan.id, "Kanjertraining", goal_id=goal_id, budget="1.234,56",
                                        hours="12,5", start_month="2026-10", end_month="2027-03")
                (activity,) = activities.activities(database, plan.id)
                (goal,) = goals.goals(database, plan.id)
                results.append((activity.budget, activity.hours, activity.start_month, activity.end_month,
                                goal.pillars))
            finally:
                database.close()
        assert _scalar(url, "SELECT budget FROM activity") == 123456  # exact integer cents on the server too
    assert results[0] == results[1]
    assert results[0] == (Decimal("1234.56"), Decimal("12.50"), dt.date(2026, 10, 1), dt.date(2027, 3, 1),
                          tuple(PILLARS))


def test_the_password_comes_from_pgpass_and_is_never_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pg.database() as url:
        parsed = make_url(url)
        password = str(parsed.password)
        bare = server.without_password(url)
        assert password not in bare and "@" in bare
        assert password not in server.display(url)
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"{parsed.host}:{parsed.port}:{parsed.database}:{parsed.username}:{password}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        database = Database.open_url(bare)
        database.close()

        pgpass.write_text(f"{parsed.host}:{parsed.port}:*:{parsed.username}:fout-wachtwoord\n")
        with pytest.raises(NoAccess, match="pgpass") as refused:
            Database.open_url(bare)
        assert "fout-wachtwoord" not in str(refused.value)


def test_an_unreachable_server_and_a_wrong_url_get_a_dutch_message(capsys: pytest.CaptureFixture[str]) -> None:
    pg.server_url()  # the message itself needs no server, but keep it with its siblings
    with pytest.raises(EnvironmentProblem, match="niet bereikbaar"):
        Database.open_url("postgresql+psycopg://iemand:geheim123@127.0.0.1:1/planner")
    with pytest.raises(UserError, match="PostgreSQL"):
        Database.open_url("mysql://iemand@server/planner")
    assert run(["list", "--database-url", "postgresql+psycopg://iemand:geheim123@127.0.0.1:1/planner"]) == 2
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and "geheim123" not in err


def test_the_command_line_works_on_the_server_and_refuses_file_backups(data_dir: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import json

    with pg.database() as url:
        database = Database.open_url(url)
        school = schools.create_school(database, "CBS De Wegwijzer", "PO")
        plan = plans.create_plan(database, school.id, SchoolYear(2026))
        database.close()
        common = ["--data-dir", str(data_dir), "--database-url", url]
        assert run(["list", "--json", *common]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert [row["id"] for row in listed] == [plan.id]
        assert run(["summary", str(plan.id), "--json", *common]) == 0
        assert json.loads(capsys.readouterr().out)["school"] == "CBS De Wegwijzer"
        assert run(["check", *common]) == 0
        assert "Resultaat: gezond" in capsys.readouterr().out
        assert run(["backup", *common]) == 2
        assert "pg_dump" in capsys.readouterr().err
        assert not (data_dir / "planner.sqlite3").exists()  # nothing was written to the local file


def test_a_least_privilege_application_role_works_and_cannot_change_the_schema_or_the_history() -> None:
    """The set-up of docs/board.md: the owner migrates; the app's role only reads and writes rows."""
    from sqlalchemy.exc import ProgrammingError

    from wellbeing_planner.core import history

    with pg.database(empty=True) as owner_url:
        name = make_url(owner_url).database
        role = f"{name}_app"
        _database_at(owner_url, "0005_roadmap")
        _execute(owner_url, f"DROP ROLE IF EXISTS {role}", f"CREATE ROLE {role} LOGIN PASSWORD 'app-geheim'",
                 f"GRANT CONNECT ON DATABASE {name} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
                 f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                 f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
        app_url = make_url(owner_url).set(username=role, password="app-geheim").render_as_string(
            hide_password=False)
        try:
            with pytest.raises(NoAccess, match="geen rechten"):  # 0006 is due: only the owner may run it
                Database.open_url(app_url)
            assert _scalar(owner_url, "SELECT version_num FROM alembic_version") == "0005_roadmap"
            Database.open_url(owner_url).close()  # the owner brings it up to date (docs/board.md)
            _execute(owner_url,
                     f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                     f"REVOKE UPDATE, DELETE ON audit_entry FROM {role}",
                     f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
            db = Database.open_url(app_url)
            try:
                assert db.user_name == role
                school = schools.create_school(db, "SO De Berkel", "SO")
                plan = plans.create_plan(db, school.id, SchoolYear(2026))
                (entry,) = [e for e in history.plan_history(db, plan.id) if e.table == "plan"]
                assert entry.user == role
                with pytest.raises(ProgrammingError), db.engine.begin() as connection:
                    connection.exec_driver_sql("DELETE FROM audit_entry")  # the history is append-only
                with pytest.raises(ProgrammingError), db.engine.begin() as connection:
                    connection.exec_driver_sql("DROP TABLE plan")
            finally:
                db.close()
        finally:
            _execute(owner_url, f"REASSIGN OWNED BY {role} TO CURRENT_USER", f"DROP OWNED BY {role}")
            pg.drop(str(name))
            _execute(pg.server_url(), f"DROP ROLE IF EXISTS {role}")


def test_the_window_opens_on_the_server_and_leaves_no_local_plan_file(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    with pg.database() as url:
        database = Database.open_url(url)
        school = schools.create_school(database, "OBS De Server", "PO")
        plans.create_plan(database, school.id, SchoolYear(2026))
        database.close()
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path),
                                 "--database-url", url, "--startup-check"], cwd=ROOT, capture_output=True, text=True,
                                timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=False)
        assert result.returncode == 0, result.stderr[-2000:]
        assert not (tmp_path / "planner.sqlite3").exists()


def test_a_schools_plans_move_into_the_board_database_and_back(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Plan files: from a school's own PC into the board's server, and from there back to a fresh local file."""
    from tests.exchange.conftest import without_ids
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.core.workspace import open_database
    from wellbeing_planner.exchange.export import plan_document

    school_pc, back_home = tmp_path / "school-pc", tmp_path / "terug"
    school_pc.mkdir()
    back_home.mkdir()
    ensure_demo(school_pc)
    demo = open_database(school_pc, demo=True)
    originals = {p.id: plan_document(demo, p.id) for p in plans.list_plans(demo)}
    demo.close()
    with pg.database() as url:
        for plan_id in sorted(originals):
            up = tmp_path / f"naar-bestuur-{plan_id}.wbplan"
            assert run(["--data-dir", str(school_pc), "--demo", "export", str(plan_id), "--plan-file", str(up)]) == 0
            assert run(["import", str(up), "--database-url", url]) == 0
            on_server = int(capsys.readouterr().out.strip().splitlines()[-1])
            down = tmp_path / f"terug-{plan_id}.wbplan"
            assert run(["export", str(on_server), "--plan-file", str(down), "--database-url", url]) == 0
            assert run(["--data-dir", str(back_home), "import", str(down)]) == 0
            home_id = int(capsys.readouterr().out.strip().splitlines()[-1])
            server_db = Database.open_url(url)
            try:
                assert without_ids(plan_document(server_db, on_server)) == without_ids(originals[plan_id])
            finally:
                server_db.close()
            local = open_database(back_home)
            try:
                assert without_ids(plan_document(local, home_id)) == without_ids(originals[plan_id])
            finally:
                local.close()
