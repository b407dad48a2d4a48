"""Opening the plan database and running units of work on it.

One place decides transaction boundaries: :meth:`Database.unit_of_work` opens a
session, commits when the block ends normally and rolls back otherwise, and
turns storage failures (disk full, locked, damaged file) into Dutch
:class:`~wellbeing_planner.errors.EnvironmentProblem` messages.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from wellbeing_planner import paths
from wellbeing_planner.errors import EnvironmentProblem, environment_problem_from
from wellbeing_planner.i18n import _
from wellbeing_planner.storage import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


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
    """An engine on ``path`` with foreign keys on, a busy timeout, and WAL only on local disks."""
    use_wal = paths.is_local_path(path.parent) if wal is None else wal
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _configure_connection(dbapi_connection, use_wal)

    return engine


class Database:
    """The open plan database.  Create it with :meth:`open`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, *, backup_dir: Path | None = None) -> Database:
        """Open (creating when needed) the database at ``path`` and bring it to the current schema.

        Before an existing file is upgraded, a copy goes to ``backup_dir``
        (default: ``backups/`` beside the file).
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            existed = path.exists() and path.stat().st_size > 0
            if migrate.needs_upgrade(path):
                if existed:
                    copy = migrate.pre_upgrade_copy(path, backup_dir or paths.backup_dir(path.parent))
                    log.info("copy before upgrade written to %s", copy)
                engine = make_engine(path)
                with engine.begin() as connection:
                    migrate.upgrade(connection)
            else:
                engine = make_engine(path)
            with engine.connect() as connection:  # fail early on a file that is unreadable
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except (OSError, DBAPIError, sqlite3.Error) as exc:
            problem = environment_problem_from(exc)
            if problem is None:
                raise
            raise problem from exc
        return cls(path, engine)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session that commits at the end of the block and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
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
        """Release all connections (the file stays as it is)."""
        self.engine.dispose()


def integrity_report(path: Path) -> tuple[bool, list[str]]:
    """Run SQLite's integrity and foreign-key checks plus the migration check.

    Returns ``(healthy, lines)`` with Dutch lines describing the state.
    """
    lines: list[str] = []
    healthy = True
    if not path.exists():
        return False, [_("Er is nog geen planbestand in deze map: {path}").format(path=path)]
    try:
        revision = migrate.stored_revision(path)
    except EnvironmentProblem as exc:
        return False, [exc.message]
    lines.append(_("Planbestand: {path}").format(path=path))
    if revision == migrate.HEAD_REVISION:
        lines.append(_("Schema: actueel ({revision})").format(revision=revision))
    elif revision in migrate.KNOWN_REVISIONS:
        lines.append(_("Schema: {revision}, wordt bij het openen bijgewerkt naar {head}").format(
            revision=revision, head=migrate.HEAD_REVISION))
    else:
        healthy = False
        lines.append(_("Schema: onbekend ({revision}); gemaakt met een nieuwere versie?").format(revision=revision))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in con.execute("PRAGMA integrity_check").fetchall()]
            fk_problems = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return False, [*lines, _("Het bestand is beschadigd: {reason}").format(reason=exc)]
    if result == ["ok"]:
        lines.append(_("Integriteit: in orde"))
    else:
        healthy = False
        lines.append(_("Integriteit: {count} probleem/problemen gevonden").format(count=len(result)))
        lines.extend(f"  {line}" for line in result[:10])
    if fk_problems:
        healthy = False
        lines.append(_("Verwijzingen: {count} verwijzing(en) naar ontbrekende gegevens").format(
            count=len(fk_problems)))
    else:
        lines.append(_("Verwijzingen: in orde"))
    return healthy, lines
