"""Opening the user's data: the data directory, the plan database (or the demo database), the log."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_planner import paths
from wellbeing_planner.errors import EnvironmentProblem, redact
from wellbeing_planner.i18n import _

if TYPE_CHECKING:
    from wellbeing_planner.storage.db import Database

log = logging.getLogger(__name__)


def open_database(data_dir: Path, *, demo: bool = False, writer: bool = False,
                  wait_s: float | None = None, url: str | None = None) -> Database:
    """Open the plan database in ``data_dir`` (the separate demo database when ``demo``).

    With ``url`` (``postgresql+psycopg://…``) the board's server database is opened instead: no file, no
    writer lock and no daily copy (the server's own backups, see ``docs/board.md``).

    With ``writer`` the writer lock is held until the database is closed (the window
    holds it while open; command-line writes for their length).  The real plan
    database gets its daily backup at the first opening of the day; a failed
    backup does not stop the work but is reported in ``db.notices``.
    """
    from wellbeing_planner.content.catalogue import use_data_dir
    from wellbeing_planner.storage import backups
    from wellbeing_planner.storage import lock as storage_lock
    from wellbeing_planner.storage.db import Database

    use_data_dir(data_dir)  # a catalogue update installed on this PC is the catalogue in use
    if url and not demo:
        return Database.open_url(url)
    path = paths.database_path(data_dir, demo=demo)
    existed = path.exists()
    db = Database.open(path, backup_dir=paths.backup_dir(data_dir), writer=writer,
                       wait_s=storage_lock.DEFAULT_WAIT_S if wait_s is None else wait_s)
    if not demo and existed:  # a file made just now holds nothing to keep yet
        try:
            made = backups.daily_backup(path, paths.backup_dir(data_dir))
            if made is not None:
                log.info("daily backup written: %s", made.name)
        except EnvironmentProblem as exc:
            log.warning("no daily backup: %s", type(exc).__name__)
            db.notices.append(_("Er kon vandaag geen reservekopie worden gemaakt: {reason}").format(
                reason=exc.message))
    return db


class _RedactingFormatter(logging.Formatter):
    """Log lines without what users typed: quoted values and SQL parameters are taken out."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner may read (logs can name files and folders)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
        return stream


def setup_logging(data_dir: Path, *, verbose: bool = False) -> None:
    """Log to a small rotating file in the data directory (never to a console that may not exist)."""
    root = logging.getLogger()
    directory = paths.log_dir(data_dir)
    for existing in list(root.handlers):
        if getattr(existing, "_wellbeing_planner", None) is not None:
            if existing._wellbeing_planner == directory:  # type: ignore[attr-defined]
                return
            root.removeHandler(existing)  # another data folder (tests, or --data-dir in one process)
            existing.close()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(directory, 0o700)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            directory / "welbevinden-planner.log", maxBytes=512_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._wellbeing_planner = directory  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
