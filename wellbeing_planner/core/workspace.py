"""Opening the user's data: the data directory, the plan database (or the demo database), the log."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from wellbeing_planner import paths
from wellbeing_planner.storage.db import Database


def open_database(data_dir: Path, *, demo: bool = False) -> Database:
    """Open the plan database in ``data_dir`` (the separate demo database when ``demo``)."""
    return Database.open(paths.database_path(data_dir, demo=demo), backup_dir=paths.backup_dir(data_dir))


def setup_logging(data_dir: Path, *, verbose: bool = False) -> None:
    """Log to a small rotating file in the data directory (never to a console that may not exist)."""
    root = logging.getLogger()
    if any(getattr(h, "_wellbeing_planner", False) for h in root.handlers):
        return
    try:
        directory = paths.log_dir(data_dir)
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / "welbevinden-planner.log", maxBytes=512_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._wellbeing_planner = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
