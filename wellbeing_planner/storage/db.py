"""Opening the plan database and running units of work on it.

One place decides transaction boundaries: :meth:`Database.unit_of_work` opens a
session, commits when the block ends normally and rolls back otherwise, and
turns storage failures (disk full, locked, damaged file) into Dutch
:class:`~wellbeing_planner.errors.EnvironmentProblem` messages.

:meth:`Database.open` looks before it writes: a folder, an empty or foreign
file, a damaged, locked, unreadable or too new file each stop with their own
message and the file untouched.  A stale journal is moved aside, an older schema
is upgraded atomically after a verified copy, and a file with missing tables is
refused.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from wellbeing_planner import paths
from wellbeing_planner.errors import (
    DatabaseLocked,
    EditConflict,
    EnvironmentProblem,
    environment_problem_from,
)
from wellbeing_planner.i18n import _
from wellbeing_planner.storage import lock, migrate, sqlitefile

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
#: Files a killed run of ours can leave beside the database; removed at the next start.
LEFTOVER_SUFFIXES = (".nieuw", ".nieuw-journal", ".nieuw-wal", ".nieuw-shm", ".terugzetten", ".terugzetten.part",
                     ".opbouw", ".opbouw-journal", ".opbouw-wal", ".opbouw-shm", ".opbouw.lock")


def _configure_connection(dbapi_connection: sqlite3.Connection, wal: bool) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = " + ("WAL" if wal else "DELETE"))
        cursor.execute("PRAGMA synchronous = " + ("NORMAL" if wal else "FULL"))
    finally:
        cursor.close()


def make_engine(path: Path, *, wal: bool | None = None) -> Engine:
    """An engine on ``path`` with foreign keys on, a busy timeout, and WAL only on local disks.

    SQL parameters never appear in error messages (they hold what users typed).
    """
    use_wal = paths.is_local_path(path.parent) if wal is None else wal
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                           hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _configure_connection(dbapi_connection, use_wal)

    return engine


def _remove_leftovers(path: Path) -> None:
    for suffix in LEFTOVER_SUFFIXES:
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def prepare(path: Path, backup_dir: Path) -> None:
    """Everything before the first write: diagnose, settle the journal, create or upgrade. Raises on any problem."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() and not path.is_symlink():
        with lock.writer(path):
            _remove_leftovers(path)
            if not path.exists():
                migrate.create_database(path)
                log.info("new database created: %s", path.name)
                return
    sqlitefile.preflight(path)
    alone = lock.acquire(path, wait_s=0)
    try:
        if alone:
            _remove_leftovers(path)
            sqlitefile.settle_wal(path, backup_dir)
        revision = migrate.stored_revision(path)
        migrate.check_not_newer(revision)
        sqlitefile.check_file(path, full=False)
        if revision == migrate.HEAD_REVISION:
            with sqlitefile.read_only(path) as con:
                problems = migrate.schema_problems(sqlitefile.user_tables(con))
            if problems:
                raise migrate.incomplete(path, problems)
            return
        if not alone and not lock.acquire(path):
            raise DatabaseLocked(lock.in_use_message())
        alone = True
        from wellbeing_planner.storage import backups

        if revision is not None:
            with sqlitefile.read_only(path) as con:
                found = sqlitefile.user_tables(con)
            problems = migrate.differences(found, migrate.schema_at(revision))
            if problems:  # e.g. left half-way by an earlier version whose upgrades were not atomic
                raise migrate.half_migrated(path, revision, problems)
        copy = backups.pre_upgrade_copy(path, backup_dir, revision)
        log.info("copy before upgrade: %s", copy.name)
        try:
            migrate.migrate_file(path)
        except EnvironmentProblem:
            raise
        except Exception as exc:
            log.exception("upgrade failed; the file is unchanged")
            raise EnvironmentProblem(_("Het planbestand kon niet worden bijgewerkt naar deze versie; het is niet "
                                       "veranderd en de volgende start probeert het opnieuw. Er staat een kopie in "
                                       "de map backups."), detail=type(exc).__name__) from exc
        log.info("database upgraded from %s to %s", revision, migrate.HEAD_REVISION)
    finally:
        if alone:
            lock.release(path)


class Database:
    """The open plan database.  Create it with :meth:`open`."""

    def __init__(self, path: Path | None, engine: Engine, *, writer: bool = False) -> None:
        #: The SQLite file; ``None`` on a PostgreSQL server (see :meth:`open_url`).
        self.path = path
        self.engine = engine
        self.writer = writer
        #: Things the user should hear about but that did not stop the opening (e.g. no daily backup).
        self.notices: list[str] = []
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        from wellbeing_planner.storage import audit

        #: Who works on it (the PostgreSQL role, or the computer's user): the name in the plan's history.
        self.user_name = audit.user_name(engine)
        #: This opening of the database: changes made by other clients (windows) are told apart from ours.
        self.client_id = secrets.token_hex(8)
        audit.install(self._sessions, self.user_name, self.client_id)

    @classmethod
    def open(cls, path: Path, *, backup_dir: Path | None = None, writer: bool = False,
             wait_s: float = lock.DEFAULT_WAIT_S) -> Database:
        """Open (creating when needed) the database at ``path`` and bring it to the current schema.

        Before an existing file is upgraded, a verified copy goes to ``backup_dir``
        (default: ``backups/`` beside the file).  With ``writer`` the writer lock is
        held until :meth:`close` (the window, and command-line writes).
        """
        took_lock = False
        try:
            if writer:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not lock.acquire(path, wait_s=wait_s):
                    raise DatabaseLocked(lock.in_use_message())
                took_lock = True
            prepare(path, backup_dir or paths.backup_dir(path.parent))
            sqlitefile.private_file(path)
            engine = make_engine(path)
            with engine.connect() as connection:  # fail early on a file that is unreadable
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException as exc:
            if took_lock:
                lock.release(path)
            if isinstance(exc, EnvironmentProblem):
                raise
            if isinstance(exc, OSError | DBAPIError | sqlite3.Error):
                problem = environment_problem_from(exc)
                if problem is not None:
                    raise problem from exc
            raise
        return cls(path, engine, writer=writer)

    @classmethod
    def open_url(cls, url: str, **sqlite_options: Any) -> Database:
        """Open the database at a URL: ``postgresql+psycopg://…`` (a board's server) or ``sqlite:///file``.

        A server database is brought to the current schema in one transaction (see
        :mod:`~wellbeing_planner.storage.server`); a SQLite URL takes the careful file path of :meth:`open`
        (``sqlite_options`` are its keyword arguments).
        """
        from wellbeing_planner.storage import server

        if not server.is_server_url(url):
            from sqlalchemy.engine import make_url

            if url.startswith("sqlite") and make_url(url).database not in (None, "", ":memory:"):
                return cls.open(Path(str(make_url(url).database)), **sqlite_options)
            server.parse(url)  # raises the Dutch message for anything else
        engine = server.make_engine(server.parse(url))
        try:
            server.prepare(engine)
        except BaseException as exc:
            engine.dispose()
            if isinstance(exc, EnvironmentProblem):
                raise
            if isinstance(exc, DBAPIError):
                problem = environment_problem_from(exc)
                if problem is not None:
                    raise problem from exc
            raise
        return cls(None, engine)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return str(self.engine.dialect.name)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session that commits at the end of the block and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:  # someone else changed or deleted the row between our read and our write
            session.rollback()
            raise EditConflict(detail=type(exc).__name__) from exc
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            problem = environment_problem_from(exc)
            if problem is None:
                raise
            raise problem from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        session = self._sessions()
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            problem = environment_problem_from(exc)
            if problem is None:
                raise
            raise problem from exc
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        """Release all connections (the file stays as it is) and, for a writer, the writer lock."""
        self.engine.dispose()
        if self.writer and self.path is not None:
            self.writer = False
            lock.release(self.path)


def integrity_report(path: Path) -> tuple[bool, list[str]]:
    """The full health check behind ``check``: file, schema version, tables, integrity and references.

    Read-only: nothing is changed and no journal files are left behind.
    Returns ``(healthy, lines)`` with Dutch lines describing the state.
    """
    lines = [_("Planbestand: {path}").format(path=path)]
    if not path.exists():
        return False, [_("Er is nog geen planbestand in deze map: {path}").format(path=path)]
    try:
        revision = migrate.stored_revision(path)
        migrate.check_not_newer(revision)
    except EnvironmentProblem as exc:
        return False, [*lines, exc.message]
    if revision == migrate.HEAD_REVISION:
        lines.append(_("Schema: actueel ({revision})").format(revision=revision))
    else:
        lines.append(_("Schema: {revision}, wordt bij het openen bijgewerkt naar {head}").format(
            revision=revision, head=migrate.HEAD_REVISION))
    healthy = True
    try:
        with sqlitefile.read_only(path) as con:
            problems = sqlitefile.integrity(con, full=True)
            dangling = sqlitefile.foreign_key_problems(con) if not problems else 0
            tables = sqlitefile.user_tables(con)
    except EnvironmentProblem as exc:
        return False, [*lines, exc.message]
    if revision == migrate.HEAD_REVISION:
        missing = migrate.schema_problems(tables)
    else:
        missing = migrate.differences(tables, migrate.schema_at(revision)) if revision else []
    if missing:
        healthy = False
        lines.append(_("Tabellen: onvolledig of half bijgewerkt — {what}").format(what="; ".join(missing)))
    else:
        lines.append(_("Tabellen: compleet"))
    if problems:
        healthy = False
        lines.append(_("Integriteit: {count} probleem/problemen gevonden; het bestand is beschadigd").format(
            count=len(problems)))
        lines.extend(f"  {line}" for line in problems[:10])
    else:
        lines.append(_("Integriteit: in orde"))
    if dangling:
        healthy = False
        lines.append(_("Verwijzingen: {count} verwijzing(en) naar ontbrekende gegevens").format(count=dangling))
    elif not problems:
        lines.append(_("Verwijzingen: in orde"))
    if not healthy:
        lines.append(_("Advies: zet een reservekopie terug (Bestand → Back-up terugzetten, of 'restore'); het "
                       "bestand zelf is niet veranderd."))
    return healthy, lines
