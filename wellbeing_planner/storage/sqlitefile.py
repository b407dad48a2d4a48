"""Looking at a database file before trusting it: plain ``sqlite3``, read-only, cheap.

Everything here runs before the app writes a single byte, and each finding has
its own Dutch message: a folder or an empty file, another program's database, a
damaged file, a file that is locked or may not be read.  It also settles a
``-wal`` file left beside the database: after a crash it holds committed work
and is replayed; beside a restored backup it belongs to another file and is
moved aside instead of being replayed into it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wellbeing_planner.errors import (
    DAMAGED,
    DatabaseDamaged,
    EnvironmentProblem,
    NoAccess,
    NotAPlannerFile,
    environment_problem_from,
)
from wellbeing_planner.i18n import _
from wellbeing_planner.storage import lock

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 5.0


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def as_problem(exc: BaseException, *, damaged_by_default: bool = True) -> EnvironmentProblem:
    """The Dutch problem for a low-level error; unknown SQLite errors on reading count as damage."""
    problem = environment_problem_from(exc)
    if problem is not None:
        return problem
    if damaged_by_default and isinstance(exc, sqlite3.DatabaseError):
        return DatabaseDamaged(_(DAMAGED), detail=f"{type(exc).__name__}: {exc}")
    raise exc


def preflight_read(path: Path) -> None:
    """Refuse what is clearly not a plan file, before SQLite opens it (which could change it)."""
    if path.is_dir():
        raise NotAPlannerFile(_("'{name}' is een map, geen planbestand. Verplaats de map of kies een andere "
                                "gegevensmap.").format(name=path.name))
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise as_problem(exc) from exc
    if not head:
        raise NotAPlannerFile(_("Het planbestand '{name}' is leeg (0 bytes) en dus geen planbestand van "
                                "Welbevinden Planner. Het wordt niet gebruikt of gewijzigd. Zet een reservekopie "
                                "terug, of verplaats het bestand; dan begint het programma met een nieuw, leeg "
                                "planbestand.").format(name=path.name))
    if not head.startswith(HEADER) or len(head) < 100:
        raise DatabaseDamaged(_("Het bestand '{name}' is beschadigd of geen database; het wordt niet "
                                "gewijzigd. Zet een reservekopie terug (Bestand → Back-up terugzetten, of "
                                "'restore').").format(name=path.name))


def preflight(path: Path) -> None:
    """:func:`preflight_read`, and the file and its folder must be writable (SQLite needs both)."""
    preflight_read(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise NoAccess(_("Het planbestand '{name}' of de map waarin het staat is alleen-lezen. Vraag "
                         "schrijfrechten of kies een andere gegevensmap; er is niets veranderd.").format(
                             name=path.name))


def _uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves no ``-wal``/``-shm`` files behind that were not there before."""
    before = {suffix for suffix in ("-wal", "-shm") if sidecar(path, suffix).exists()}
    try:
        con = sqlite3.connect(_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise as_problem(exc) from exc
    try:
        yield con
    except sqlite3.Error as exc:
        raise as_problem(exc) from exc
    finally:
        con.close()
        _tidy_sidecars(path, before)


def _tidy_sidecars(path: Path, before: set[str]) -> None:
    created = [suffix for suffix in ("-wal", "-shm") if suffix not in before and sidecar(path, suffix).exists()]
    if not created:
        return
    wal = sidecar(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    # Only when no window or command of ours has the file open may the empty files go.
    if not lock.acquire(path, wait_s=0):  # re-entrant: a hold of our own counts
        return
    try:
        for suffix in created:
            try:
                sidecar(path, suffix).unlink()
            except OSError:
                pass
    finally:
        lock.release(path)


def integrity(con: sqlite3.Connection, *, full: bool) -> list[str]:
    """SQLite's own check (``quick_check`` or the full ``integrity_check``): [] when the file is sound."""
    rows = [str(row[0]) for row in con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(con: sqlite3.Connection) -> int:
    return len(con.execute("PRAGMA foreign_key_check").fetchall())


def user_tables(con: sqlite3.Connection) -> dict[str, set[str]]:
    """Table name → column names, without SQLite's own tables."""
    names = [row[0] for row in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {name: {row[1] for row in con.execute(f'PRAGMA table_info("{name}")')} for name in names}


def check_file(path: Path, *, full: bool = False) -> None:
    """Raise :class:`DatabaseDamaged` when SQLite finds damage in ``path`` (read-only, nothing changes)."""
    with read_only(path) as con:
        problems = integrity(con, full=full)
    if problems:
        raise DatabaseDamaged(_(DAMAGED), detail="; ".join(problems[:5]))


# --- a -wal file beside the database -------------------------------------------------------------


def _page_size_of_db(path: Path) -> int | None:
    """The page size in the header, or None when the file is not in WAL mode (then no -wal is its own)."""
    with path.open("rb") as handle:
        head = handle.read(20)
    if len(head) < 20 or head[18:20] != b"\x02\x02":
        return None
    size = int(struct.unpack(">H", head[16:18])[0])
    return 65536 if size == 1 else size


def _page_size_of_wal(wal: Path) -> int | None:
    with wal.open("rb") as handle:
        head = handle.read(12)
    if len(head) < 12 or head[:4] not in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"):
        return None
    return int(struct.unpack(">I", head[8:12])[0])


def _sound(path: Path) -> bool:
    """SQLite finds no damage and every reference resolves."""
    try:
        con = sqlite3.connect(path)
        try:
            return integrity(con, full=False) == [] and foreign_key_problems(con) == 0
        finally:
            con.close()
    except sqlite3.Error:
        return False


def wal_belongs(path: Path) -> bool | None:
    """Whether the ``-wal`` beside ``path`` belongs to it: True, False (stale), or None (file damaged anyway).

    The test replays the journal into a scratch copy and checks the result, so the
    real file is never touched: a journal that turns a sound file into a damaged
    one, or into one whose references no longer resolve, belongs to another file
    (typically: a backup was copied over the database).  A journal written for
    another page size, or beside a file that is not in WAL mode, never belongs.
    """
    wal = sidecar(path, "-wal")
    wal_page, db_page = _page_size_of_wal(wal), _page_size_of_db(path)
    if wal_page is None:
        return False  # not a WAL journal at all (or only a torn header): nothing to replay
    with tempfile.TemporaryDirectory(prefix="wbp-wal-") as scratch:
        copy = Path(scratch) / "copy.sqlite3"
        shutil.copyfile(path, copy)
        alone_ok = _sound(copy)
        if wal_page != db_page:
            return False if alone_ok else None
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, sidecar(copy, "-wal"))
        with_wal_ok = _sound(copy)
    if with_wal_ok:
        return True
    return False if alone_ok else None


def settle_wal(path: Path, quarantine: Path) -> Path | None:
    """Move a stale ``-wal``/``-shm`` pair aside (into ``quarantine``) instead of letting SQLite replay it.

    Call only while holding the writer lock (then no process of ours has the file open).
    Returns the folder the pair went to, or None when there was nothing to do.
    """
    wal = sidecar(path, "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    try:
        belongs = wal_belongs(path)
    except OSError as exc:
        raise as_problem(exc) from exc
    if belongs is not False:
        return None  # after a crash: SQLite replays the committed work (or the file is damaged anyway)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = quarantine / f"{path.name}-losse-journaalbestanden-{stamp}"
    try:
        target.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm"):
            source = sidecar(path, suffix)
            if source.exists():
                shutil.move(str(source), str(target / source.name))
    except OSError as exc:
        raise as_problem(exc) from exc
    log.warning("stale -wal/-shm beside %s moved to %s", path.name, target)
    return target


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where the OS does not support it)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_file(path: Path) -> None:
    """Make a file readable by its owner only (Linux/macOS; Windows keeps it in the user's own profile)."""
    if os.name == "posix" and path.exists():
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
