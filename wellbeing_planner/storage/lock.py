"""One writer at a time: an operating-system lock on a small file beside the database.

The app window holds the lock for as long as it is open; a command-line write
takes it for the length of the command.  A second writer waits a few seconds
and then hears, in Dutch, that the plan file is in use — nobody writes over
somebody else's work, and two windows never show each other stale data.

The lock is released by the operating system when the process ends, also after
a crash or ``kill -9``, so a stale lock never blocks the next start.  Within
one process the lock is re-entrant.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from wellbeing_planner.errors import DatabaseLocked, environment_problem_from
from wellbeing_planner.i18n import _

#: How long a command-line write waits for the window (or another command) to finish.
DEFAULT_WAIT_S = 3.0
_POLL_S = 0.05

_guard = threading.Lock()
_held: dict[Path, tuple[IO[bytes], int]] = {}


def lock_path(db_path: Path) -> Path:
    """The lock file that guards ``db_path`` (``planner.sqlite3.lock``)."""
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> IO[bytes]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        problem = environment_problem_from(exc)
        if problem is None:
            raise
        raise problem from exc
    return os.fdopen(fd, "r+b")


def acquire(db_path: Path, *, wait_s: float = DEFAULT_WAIT_S) -> bool:
    """Take the writer lock of ``db_path``, waiting up to ``wait_s`` seconds; False when it stays taken."""
    key = lock_path(db_path).resolve()
    with _guard:
        if key in _held:
            handle, count = _held[key]
            _held[key] = (handle, count + 1)
            return True
    handle = _open_lock_file(key)
    deadline = time.monotonic() + wait_s
    while True:
        if _try_lock(handle):
            with _guard:
                _held[key] = (handle, 1)
            return True
        if time.monotonic() >= deadline:
            handle.close()
            return False
        time.sleep(_POLL_S)


def release(db_path: Path) -> None:
    """Give back one hold of the writer lock (the last one unlocks the file)."""
    key = lock_path(db_path).resolve()
    with _guard:
        if key not in _held:
            return
        handle, count = _held[key]
        if count > 1:
            _held[key] = (handle, count - 1)
            return
        del _held[key]
    try:
        _unlock(handle)
    finally:
        handle.close()


def is_held_here(db_path: Path) -> bool:
    """True when this process holds the writer lock of ``db_path``."""
    with _guard:
        return lock_path(db_path).resolve() in _held


def in_use_message() -> str:
    return _("Het planbestand is in gebruik: Welbevinden Planner is geopend of een andere opdracht is nog "
             "bezig. Sluit het venster of wacht tot de opdracht klaar is en probeer het opnieuw; er is niets "
             "veranderd.")


@contextmanager
def writer(db_path: Path, *, wait_s: float = DEFAULT_WAIT_S) -> Iterator[None]:
    """Hold the writer lock for a block; raise :class:`DatabaseLocked` when another writer keeps it."""
    if not acquire(db_path, wait_s=wait_s):
        raise DatabaseLocked(in_use_message())
    try:
        yield
    finally:
        release(db_path)
