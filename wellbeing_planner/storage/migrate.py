"""Bringing a database file up to the current schema, safely.

Start-up checks the stored Alembic revision with plain ``sqlite3`` (cheap);
Alembic itself is imported only when an upgrade is due.  Before any upgrade a
copy of the file is written to ``backups/``.  A database made by a newer version
of the app is refused, never touched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_planner.errors import DatabaseDamaged, DatabaseTooNew
from wellbeing_planner.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

#: Every revision this version of the app knows, oldest first.  A test checks this
#: list against the migration scripts so it cannot drift.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_first_schema", "0002_assess_details", "0003_plan_adoption")
HEAD_REVISION = KNOWN_REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def stored_revision(path: Path) -> str | None:
    """Return the Alembic revision stored in ``path`` (``None`` for a new or empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if row is None:
                tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
                if tables:
                    raise DatabaseDamaged(_("Het bestand '{name}' is geen planbestand van Welbevinden Planner; "
                                            "het wordt niet gewijzigd.").format(name=path.name))
                return None
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(version[0]) if version else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(_("Het planbestand '{name}' is beschadigd of geen database; het wordt niet "
                                "gewijzigd. Zet een reservekopie terug.").format(name=path.name),
                              detail=str(exc)) from exc


def needs_upgrade(path: Path) -> bool:
    """True when ``path`` is not at :data:`HEAD_REVISION`; raises for unknown (newer) revisions."""
    revision = stored_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(_("Dit planbestand is gemaakt met een nieuwere versie van Welbevinden Planner "
                               "(schema {revision}). Installeer de nieuwste versie; het bestand wordt niet "
                               "gewijzigd.").format(revision=revision))
    return revision != HEAD_REVISION


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of an SQLite file with the backup API (safe while it is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def pre_upgrade_copy(path: Path, backup_dir: Path) -> Path:
    """Copy ``path`` into ``backup_dir`` before an upgrade; return the copy's path."""
    revision = stored_revision(path) or "leeg"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-voor-upgrade-{revision}-{stamp}{path.suffix}"
    return copy_database(path, target)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the shipped migrations (no ini file, no logging setup)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the Alembic upgrade on an open connection."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
