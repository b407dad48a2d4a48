"""Backups of the plan database: made, verified, rotated, listed, restored — and rescue of a damaged file.

Every copy is written with SQLite's online backup API (consistent even while the
window is open), under a temporary name, checked with ``integrity_check`` and
only then given its real name, readable by the owner only.  No copy is made of
a file that fails its own integrity check, so a damaged database can never push
the good backups out of the rotation.

Kinds (part of the file name, e.g. ``planner-dagelijks-20261130-081500.sqlite3``):

* ``dagelijks`` — at the first start of each day; 7 days and 4 weeks are kept;
* ``voor-upgrade`` — before a schema upgrade (kept: newest 5; a retry reuses an identical copy);
* ``voor-terugzetten`` — before a restore (kept: newest 5);
* ``handmatig`` — made on request (``backup``), never removed by the app.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from wellbeing_planner.errors import DatabaseDamaged, EnvironmentProblem, NotAPlannerFile, UserError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage import lock, migrate, sqlitefile

log = logging.getLogger(__name__)

DAILY, BEFORE_UPGRADE, BEFORE_RESTORE, MANUAL = "dagelijks", "voor-upgrade", "voor-terugzetten", "handmatig"
KINDS = (DAILY, BEFORE_UPGRADE, BEFORE_RESTORE, MANUAL)
KIND_LABELS = Labels({DAILY: _("dagelijks"), BEFORE_UPGRADE: _("voor een upgrade"),
                      BEFORE_RESTORE: _("voor terugzetten"), MANUAL: _("handmatig")})
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OTHER = 5
SUFFIX = ".sqlite3"

_NAME = re.compile(r"^(?P<stem>.+?)-(?P<kind>dagelijks|voor-upgrade|voor-terugzetten|handmatig)"
                   r"(?:-(?P<rev>[0-9]{4}_[a-z0-9_]+))?-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore list shows it."""

    path: Path
    kind: str
    made: dt.datetime
    size: int
    revision: str | None
    schools: int | None
    plans: int | None
    healthy: bool

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "kind": self.kind, "made": self.made.isoformat(timespec="seconds"),
                "size": self.size, "schema": self.revision, "schools": self.schools, "plans": self.plans,
                "healthy": self.healthy}


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _free_name(directory: Path, base: str) -> Path:
    target = directory / f"{base}{SUFFIX}"
    counter = 2
    while target.exists():
        target = directory / f"{base}-{counter}{SUFFIX}"
        counter += 1
    return target


def _ensure_dir(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(directory, 0o700)
    except OSError as exc:
        raise sqlitefile.as_problem(exc) from exc


def verify_copy(path: Path) -> None:
    """A copy is only kept when SQLite's full integrity check passes on it."""
    try:
        with sqlitefile.read_only(path) as con:
            problems = sqlitefile.integrity(con, full=True)
    except EnvironmentProblem as exc:
        problems = [exc.message]
    if problems:
        raise EnvironmentProblem(_("De reservekopie kon niet goed worden geschreven (controle mislukt). Controleer "
                                   "de schijf; het planbestand zelf is niet veranderd."),
                                 detail="; ".join(problems[:3]))


def make_backup(db_path: Path, target: Path) -> Path:
    """Copy ``db_path`` to ``target``: only from a sound file, verified before it gets its name."""
    try:
        with sqlitefile.read_only(db_path) as con:
            problems = sqlitefile.integrity(con, full=True)
    except DatabaseDamaged as exc:
        problems = [exc.detail or exc.message]
    if problems:
        raise DatabaseDamaged(_("Er is geen reservekopie gemaakt: het planbestand zelf is beschadigd. De "
                                "bestaande reservekopieën blijven bewaard."), detail="; ".join(problems[:3]))
    try:
        migrate.copy_database(db_path, target)
        verify_copy(target)
    except EnvironmentProblem:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise sqlitefile.as_problem(exc, damaged_by_default=False) from exc
    sqlitefile.private_file(target)
    return target


def backup(db_path: Path, backup_dir: Path, kind: str = MANUAL, *, now: dt.datetime | None = None,
           revision: str | None = None) -> Path:
    """Make a backup of ``kind`` in ``backup_dir`` and return its path."""
    _ensure_dir(backup_dir)
    parts = [db_path.stem, kind] + ([revision] if revision else []) + [_stamp(now or dt.datetime.now())]
    return make_backup(db_path, _free_name(backup_dir, "-".join(parts)))


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def pre_upgrade_copy(db_path: Path, backup_dir: Path, revision: str | None) -> Path:
    """The copy before an upgrade; a retry after a failed upgrade reuses an identical earlier copy."""
    made = backup(db_path, backup_dir, BEFORE_UPGRADE, revision=revision or "leeg")
    digest = _digest(made)
    for other in _own_files(backup_dir, db_path.stem):
        match = _NAME.match(other.name)
        if other == made or match is None or match["kind"] != BEFORE_UPGRADE or match["rev"] != revision:
            continue
        if other.stat().st_size == made.stat().st_size and _digest(other) == digest:
            made.unlink()
            log.info("upgrade retry: reusing %s", other.name)
            return other
    _prune(backup_dir, db_path.stem, BEFORE_UPGRADE, KEEP_OTHER)
    return made


def _own_files(backup_dir: Path, stem: str) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    return [p for p in backup_dir.iterdir() if p.is_file() and p.name.startswith(stem + "-") and p.suffix == SUFFIX]


def _made(path: Path) -> dt.datetime:
    match = _NAME.match(path.name)
    if match:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _of_kind(backup_dir: Path, stem: str, kind: str) -> list[Path]:
    """Backups of one kind, newest first."""
    found = [p for p in _own_files(backup_dir, stem) if (m := _NAME.match(p.name)) and m["kind"] == kind]
    return sorted(found, key=_made, reverse=True)


def _prune(backup_dir: Path, stem: str, kind: str, keep: int) -> None:
    for old in _of_kind(backup_dir, stem, kind)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def rotate(backup_dir: Path, stem: str) -> list[Path]:
    """Keep the newest daily backup of each of the last 7 days and of each of the last 4 weeks; return removed."""
    daily = _of_kind(backup_dir, stem, DAILY)
    keep: set[Path] = set()
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for path in daily:  # newest first, so the first of each day or week is its newest
        made = _made(path)
        days.setdefault(made.date(), path)
        iso = made.isocalendar()
        weeks.setdefault((iso.year, iso.week), path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    removed = [p for p in daily if p not in keep]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def daily_backup(db_path: Path, backup_dir: Path, *, now: dt.datetime | None = None) -> Path | None:
    """At the first start of a day: a verified backup, then rotation. None when today's exists already."""
    now = now or dt.datetime.now()
    if any(_made(p).date() == now.date() for p in _of_kind(backup_dir, db_path.stem, DAILY)):
        return None
    made = backup(db_path, backup_dir, DAILY, now=now)
    rotate(backup_dir, db_path.stem)
    return made


def describe(path: Path) -> BackupInfo:
    """What a backup file holds (read-only; a file that cannot be read is listed as not healthy)."""
    match = _NAME.match(path.name)
    kind = match["kind"] if match else MANUAL
    size = path.stat().st_size
    revision: str | None = None
    schools = plans = None
    healthy = False
    try:
        revision = migrate.stored_revision(path)
        with sqlitefile.read_only(path) as con:
            healthy = sqlitefile.integrity(con, full=False) == []
            schools = int(con.execute("SELECT count(*) FROM school").fetchone()[0])
            plans = int(con.execute("SELECT count(*) FROM plan").fetchone()[0])
    except (EnvironmentProblem, sqlite3.Error):
        healthy = False
    return BackupInfo(path=path, kind=kind, made=_made(path), size=size, revision=revision, schools=schools,
                      plans=plans, healthy=healthy)


def list_backups(backup_dir: Path, stem: str) -> list[BackupInfo]:
    """All backups of the database named ``stem``, newest first."""
    return sorted((describe(p) for p in _own_files(backup_dir, stem)), key=lambda b: b.made, reverse=True)


# --- restore ---------------------------------------------------------------------------------------


def check_restorable(source: Path) -> BackupInfo:
    """Everything a file must be before it may replace the plan database; raises with a Dutch reason."""
    if not source.exists():
        raise UserError(_("Het bestand '{name}' bestaat niet.").format(name=source.name))
    sqlitefile.preflight_read(source)
    revision = migrate.stored_revision(source)
    migrate.check_not_newer(revision)
    with sqlitefile.read_only(source) as con:
        problems = sqlitefile.integrity(con, full=True)
        if problems:
            raise DatabaseDamaged(_("De reservekopie '{name}' is zelf beschadigd en wordt niet teruggezet; het "
                                    "huidige planbestand is niet veranderd.").format(name=source.name),
                                  detail="; ".join(problems[:3]))
        tables = sqlitefile.user_tables(con)
        dangling = sqlitefile.foreign_key_problems(con)
    if revision == migrate.HEAD_REVISION:
        missing = migrate.schema_problems(tables)
    else:
        missing = [t for t in ("school", "plan", "goal", "activity") if t not in tables]
    if missing or dangling:
        raise DatabaseDamaged(_("De reservekopie '{name}' is onvolledig en wordt niet teruggezet; het huidige "
                                "planbestand is niet veranderd.").format(name=source.name),
                              detail="; ".join(missing[:3]) or f"{dangling} foreign key problems")
    return describe(source)


def _copy_damaged_aside(db_path: Path, backup_dir: Path) -> Path:
    """Keep a damaged database (and its journal) byte for byte before it is replaced."""
    target = backup_dir / f"{db_path.stem}-beschadigd-{_stamp(dt.datetime.now())}"
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = sqlitefile.sidecar(db_path, suffix)
        if source.exists():
            shutil.copy2(source, target / source.name)
    return target


def restore(db_path: Path, source: Path, backup_dir: Path) -> Path | None:
    """Replace the plan database by ``source`` (after checking it); return the copy of what was there.

    The current database is first backed up (``voor-terugzetten``; a damaged one is
    kept byte for byte).  The new file is written beside the database and renamed
    over it, so a crash leaves either the old or the new database, never a mix.
    """
    source = source.resolve()
    if db_path.exists() and source == db_path.resolve():
        raise UserError(_("Dit is het planbestand zelf; kies een reservekopie."))
    check_restorable(source)
    _ensure_dir(backup_dir)
    with lock.writer(db_path):
        saved: Path | None = None
        try:
            if db_path.exists():
                try:
                    saved = backup(db_path, backup_dir, BEFORE_RESTORE)
                    _prune(backup_dir, db_path.stem, BEFORE_RESTORE, KEEP_OTHER)
                    _checkpoint(db_path)
                except (DatabaseDamaged, NotAPlannerFile):
                    saved = _copy_damaged_aside(db_path, backup_dir)
            incoming = db_path.with_name(db_path.name + ".terugzetten")
            migrate.copy_database(source, incoming)
            verify_copy(incoming)
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    sqlitefile.sidecar(db_path, suffix).unlink()
            incoming.replace(db_path)
            sqlitefile.fsync_dir(db_path.parent)
        except (OSError, sqlite3.Error) as exc:
            raise sqlitefile.as_problem(exc, damaged_by_default=False) from exc
    log.info("database restored from %s (previous kept in %s)", source.name, saved)
    return saved


def _checkpoint(db_path: Path) -> None:
    """Fold the ``-wal`` journal into the database so that nothing lives only in it."""
    con = sqlite3.connect(db_path, timeout=sqlitefile.BUSY_TIMEOUT_S)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


# --- rescue ----------------------------------------------------------------------------------------


def salvage(db_path: Path, target: Path) -> dict[str, int]:
    """Copy every row that can still be read from a damaged database into a new, sound one at ``target``.

    The damaged file is only read.  Returns rows rescued per table.  Rows whose
    parent could not be read are left out, so the result passes every check and can
    be restored like any backup.
    """
    from wellbeing_planner.storage.models import Base

    if target.exists():
        raise UserError(_("Het bestand '{name}' bestaat al; kies een andere naam.").format(name=target.name))
    building = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        building.unlink()
    migrate.create_database(building)
    counts: dict[str, int] = {}
    try:
        old = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        new = sqlite3.connect(building)
        try:
            new.execute("PRAGMA foreign_keys = OFF")
            for table in Base.metadata.sorted_tables:
                columns = [c.name for c in table.columns]
                counts[table.name] = _copy_rows(old, new, table.name, columns)
            new.commit()
            _drop_orphans(new)
            new.commit()
            for table in Base.metadata.sorted_tables:
                counts[table.name] = int(new.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0])
        finally:
            old.close()
            new.close()
        verify_copy(building)
        building.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            building.unlink()
        raise
    sqlitefile.private_file(target)
    return counts


def _copy_rows(old: sqlite3.Connection, new: sqlite3.Connection, table: str, columns: list[str]) -> int:
    """Copy the readable rows of one table; a value that cannot be read (e.g. a logo) becomes empty."""
    try:
        present = {row[1] for row in old.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        return 0
    usable = [c for c in columns if c in present]
    if not usable:
        return 0
    names = ", ".join(f'"{c}"' for c in usable)
    marks = ", ".join("?" for _ in usable)
    rowids: list[int] = []
    try:
        cursor = old.execute(f'SELECT rowid FROM "{table}"')
        while (found := cursor.fetchone()) is not None:
            rowids.append(int(found[0]))
    except sqlite3.DatabaseError:
        pass  # the rest of this table cannot be reached
    copied = 0
    for rowid in rowids:
        try:
            row = tuple(old.execute(f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone())
        except sqlite3.DatabaseError:
            values: list[object] = []
            for column in usable:
                try:
                    values.append(old.execute(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?',
                                              (rowid,)).fetchone()[0])
                except sqlite3.DatabaseError:
                    values.append(None)
            row = tuple(values)
        try:
            new.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', row)
            copied += 1
        except sqlite3.Error:
            continue
    return copied


def _drop_orphans(con: sqlite3.Connection) -> None:
    for _round in range(10):
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, _parent, _fk in problems:
            con.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
