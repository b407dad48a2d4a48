"""The demo school: a complete, realistic example for trainers and first-time users.

It lives in its own database (``demo.sqlite3``) and is never mixed with real plans.
Each part of the app adds its share in a module of this package; :func:`build_demo`
runs them in order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_planner import paths
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import EnvironmentProblem
from wellbeing_planner.i18n import _
from wellbeing_planner.storage import lock, sqlitefile
from wellbeing_planner.storage.db import Database

if TYPE_CHECKING:
    from wellbeing_planner.core.demo.parts import Builder


@dataclass
class DemoContext:
    """Ids of what the demo builder made so far, handed from part to part."""

    school_id: int
    current_plan_id: int
    previous_plan_id: int
    current_year: SchoolYear
    members: dict[str, int] = field(default_factory=dict)
    partners: dict[str, int] = field(default_factory=dict)
    goals: dict[str, int] = field(default_factory=dict)
    indicators: dict[str, int] = field(default_factory=dict)


DEMO_SCHOOL_NAME = "Basisschool De Vlinderboom"


def demo_school_year(today: dt.date | None = None) -> SchoolYear:
    return SchoolYear.containing(today or dt.date.today())


def build_demo(db: Database, *, today: dt.date | None = None) -> DemoContext:
    """Fill an empty database with the demo school and its plans; return what was made."""
    year = demo_school_year(today)
    school = schools.create_school(db, DEMO_SCHOOL_NAME, "PO", brin="99VB", pupils="312",
                                   gemeente="Amersfoort", ggd_region="GGD regio Utrecht")
    previous = plans.create_plan(db, school.id, year.previous(),
                                 f"Jaarplan welbevinden {year.previous()}")
    current = plans.create_plan(db, school.id, year, f"Jaarplan welbevinden {year}")
    ctx = DemoContext(school_id=school.id, current_plan_id=current.id, previous_plan_id=previous.id,
                      current_year=year)
    for part in _parts():
        part(db, ctx)
    return ctx


def _parts() -> list[Builder]:
    """The builders of each part of the app, in order (foundation first)."""
    from wellbeing_planner.core.demo import parts

    return list(parts.BUILDERS)


def ensure_demo(data_dir: Path, *, reset: bool = False) -> int:
    """Create the demo database when missing (or recreate it when ``reset``); return the demo plan's id.

    The demo is built under a temporary name and renamed into place when complete,
    so a killed build or reset leaves either the old demo or the new one — never
    half a demo.  While the demo is open in a window it cannot be reset.
    """
    path = paths.database_path(data_dir, demo=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    with lock.writer(path):
        if reset or not path.exists():
            _build_atomically(data_dir, path)
        db = open_database(data_dir, demo=True)
        try:
            existing = plans.list_plans(db)
            year = demo_school_year()
            for plan in existing:
                if plan.school_year == year:
                    return plan.id
            if existing:
                return existing[0].id
        finally:
            db.close()
    raise EnvironmentProblem(_("De demoschool kon niet worden gemaakt."))  # pragma: no cover - defensive


def _build_atomically(data_dir: Path, path: Path) -> None:
    building = path.with_name(path.name + ".opbouw")
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            building.with_name(building.name + suffix).unlink()
    try:
        db = Database.open(building, backup_dir=paths.backup_dir(data_dir))
        try:
            build_demo(db)
        finally:
            db.close()
        con = sqlite3.connect(building)  # fold the journal in: the file must be complete on its own
        try:
            con.execute("PRAGMA journal_mode = DELETE")
        finally:
            con.close()
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        building.replace(path)
        sqlitefile.fsync_dir(path.parent)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                building.with_name(building.name + suffix).unlink()
        raise
