"""Bringing a database file up to the current schema, atomically.

Start-up reads the stored Alembic revision with plain ``sqlite3`` (cheap);
Alembic itself is imported only when an upgrade is due.  An upgrade runs in one
SQLite transaction: Python's ``sqlite3`` would commit every ``CREATE``/``ALTER``
on its own, so the migration engine switches the driver's transaction handling
off and emits ``BEGIN IMMEDIATE`` itself.  Foreign keys are off while tables are
recreated (else a recreated ``school`` would cascade-delete its plans) and
``PRAGMA foreign_key_check`` must be clean before the commit.  A failed upgrade
leaves the file exactly as it was; the next start simply tries again.

A new database is built under a temporary name and renamed into place when it
is complete, so an empty or half-made ``planner.sqlite3`` is never ours — and a
file like that is refused rather than adopted.  A database made by a newer
version of the app is refused, never touched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing_planner.errors import DatabaseDamaged, DatabaseTooNew, NotAPlannerFile
from wellbeing_planner.i18n import _
from wellbeing_planner.storage import sqlitefile

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

#: Every revision this version of the app knows, oldest first.  A test checks this
#: list against the migration scripts so it cannot drift.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_first_schema", "0002_assess_details", "0003_plan_adoption",
                                     "0004_team_scoring", "0005_roadmap", "0006_versions_audit")
HEAD_REVISION = KNOWN_REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _not_ours(path: Path) -> NotAPlannerFile:
    return NotAPlannerFile(_("Het bestand '{name}' is geen planbestand van Welbevinden Planner (het is een "
                             "database van een ander programma, of een lege). Het wordt niet gebruikt of "
                             "gewijzigd; verplaats het of kies een andere gegevensmap.").format(name=path.name))


def stored_revision(path: Path) -> str | None:
    """The Alembic revision stored in ``path``; ``None`` when there is no file yet.

    An empty file, another program's database or an empty SQLite file is refused
    (:class:`NotAPlannerFile`); a damaged file raises :class:`DatabaseDamaged`;
    a locked or unreadable one its own problem.
    """
    if not path.exists():
        return None
    sqlitefile.preflight_read(path)
    with sqlitefile.read_only(path) as con:
        row = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if row is None:
            raise _not_ours(path)
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if not version:
        raise DatabaseDamaged(_("Het planbestand '{name}' is onvolledig (de schemaversie ontbreekt); het wordt "
                                "niet gewijzigd. Zet een reservekopie terug.").format(name=path.name))
    return str(version[0])


def check_not_newer(revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(_("Dit planbestand is gemaakt met een nieuwere versie van Welbevinden Planner "
                               "(schema {revision}). Installeer de nieuwste versie; het bestand wordt niet "
                               "gewijzigd.").format(revision=revision))


def needs_upgrade(path: Path) -> bool:
    """True when ``path`` is not at :data:`HEAD_REVISION`; raises for unknown (newer) revisions."""
    revision = stored_revision(path)
    check_not_newer(revision)
    return revision != HEAD_REVISION


def expected_tables() -> dict[str, set[str]]:
    """Table → columns of the current schema (from the models)."""
    from wellbeing_planner.storage.models import Base

    tables = {name: {column.name for column in table.columns} for name, table in Base.metadata.tables.items()}
    tables["alembic_version"] = {"version_num"}
    return tables


def schema_problems(actual: dict[str, set[str]]) -> list[str]:
    """Dutch lines naming each missing table or column of the current schema ([] when complete)."""
    problems: list[str] = []
    for table, columns in sorted(expected_tables().items()):
        if table not in actual:
            problems.append(_("tabel '{table}' ontbreekt").format(table=table))
            continue
        missing = sorted(columns - actual[table])
        if missing:
            problems.append(_("tabel '{table}' mist kolom(men): {columns}").format(
                table=table, columns=", ".join(missing)))
    return problems


_schemas: dict[str, dict[str, set[str]]] = {}


def schema_at(revision: str) -> dict[str, set[str]]:
    """Table → columns exactly as the migrations make them at ``revision`` (built once in a scratch file)."""
    if revision not in _schemas:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="wbp-schema-") as scratch:
            path = Path(scratch) / "schema.sqlite3"
            migrate_file(path, revision)
            con = sqlite3.connect(path)
            try:
                _schemas[revision] = sqlitefile.user_tables(con)
            finally:
                con.close()
    return {table: set(columns) for table, columns in _schemas[revision].items()}


def differences(actual: dict[str, set[str]], expected: dict[str, set[str]]) -> list[str]:
    """Dutch lines for tables or columns that are missing or that should not be there yet."""
    lines: list[str] = []
    for table in sorted(expected):
        if table not in actual:
            lines.append(_("tabel '{table}' ontbreekt").format(table=table))
        elif missing := sorted(expected[table] - actual[table]):
            lines.append(_("tabel '{table}' mist kolom(men): {columns}").format(table=table,
                                                                             columns=", ".join(missing)))
        elif extra := sorted(actual[table] - expected[table]):
            lines.append(_("tabel '{table}' heeft al kolom(men) van een nieuwere versie: {columns}").format(
                table=table, columns=", ".join(extra)))
    for table in sorted(set(actual) - set(expected)):
        lines.append(_("tabel '{table}' hoort nog niet bij deze versie").format(table=table))
    return lines


def half_migrated(path: Path, revision: str | None, problems: list[str]) -> DatabaseDamaged:
    return DatabaseDamaged(_("Het planbestand '{name}' is maar half bijgewerkt (schema {revision}: {what}). Het "
                             "wordt niet gewijzigd. Zet de reservekopie van vóór de upgrade terug (Bestand → "
                             "Back-up terugzetten, of 'restore').").format(
                                 name=path.name, revision=revision, what="; ".join(problems[:3])))


def incomplete(path: Path, problems: list[str]) -> DatabaseDamaged:
    return DatabaseDamaged(_("Het planbestand '{name}' is onvolledig ({what}); het wordt niet gewijzigd. Zet een "
                             "reservekopie terug (Bestand → Back-up terugzetten, of 'restore').").format(
                                 name=path.name, what="; ".join(problems[:3])))


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of an SQLite file with the backup API (safe while it is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        with sqlitefile.read_only(source) as src:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sqlitefile.fsync_dir(target.parent)
    return target


def _migration_engine(path: Path) -> Any:
    """An engine whose transactions are real SQLite transactions (DDL included), foreign keys off."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, hide_parameters=True,
                           connect_args={"timeout": sqlitefile.BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver emits no BEGIN/COMMIT of its own
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def before_commit(connection: Connection) -> None:
    """Called inside the migration transaction just before it commits; tests replace it to fail there."""


def _verify(connection: Connection, path: Path, target: str) -> None:
    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise DatabaseDamaged(_("Het bijwerken van het planbestand is afgebroken: {count} verwijzing(en) naar "
                                "ontbrekende gegevens. Het bestand is niet veranderd.").format(count=len(dangling)))
    if target in ("head", HEAD_REVISION):
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        problems = schema_problems(sqlitefile.user_tables(raw))
        if problems:
            raise incomplete(path, problems)
    before_commit(connection)


def migrate_file(path: Path, target: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or, for tests and repairs, downgrade) ``path`` to ``target`` in one transaction."""
    from alembic import command

    engine = _migration_engine(path)
    try:
        with engine.begin() as connection:
            config = alembic_config(connection)
            if downgrade:
                command.downgrade(config, target)
            else:
                command.upgrade(config, target)
            _verify(connection, path, target)
    except Exception as exc:
        problem = sqlitefile.as_problem(exc, damaged_by_default=False) if _is_storage_error(exc) else None
        if problem is not None:
            raise problem from exc
        raise
    finally:
        engine.dispose()


def _is_storage_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError | sqlite3.Error | OSError)


def create_database(path: Path) -> None:
    """Make a new, complete database at ``path``: built under a temporary name, then renamed into place."""
    partial = path.with_name(path.name + ".nieuw")
    for leftover in (partial, *(sqlitefile.sidecar(partial, s) for s in sqlitefile.SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        migrate_file(partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        if path.exists():  # someone else was quicker: keep theirs
            partial.unlink()
            return
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sqlitefile.fsync_dir(path.parent)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the shipped migrations (no ini file, no logging setup)."""
    import io

    from alembic.config import Config

    # Alembic's default stdout is bound when it is first imported (and is None in a windowed app): give it its own.
    config = Config(stdout=io.StringIO())
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the Alembic upgrade on an open connection."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
