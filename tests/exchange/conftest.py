"""Helpers for plan-file tests: a small real plan, its file, and the database's fingerprint."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wellbeing_planner.core import activities, goals, plans, schools, startfoto, werkgroep
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange.export import plan_document
from wellbeing_planner.storage.db import Database

YEAR = SchoolYear(2026)


def seed_plan(db: Database, *, brin: str | None = "12AB", name: str = "OBS De Klimop", n_activities: int = 1) -> int:
    """A small complete plan: a member, a partner, a figure, a goal with a sub-goal and ``n_activities``."""
    school = schools.create_school(db, name, "PO", brin=brin, pupils="240", gemeente="Zwolle")
    member = werkgroep.add_member(db, school.id, "Fatima el Amrani", "ib", "f.elamrani@klimop.nl")
    partner = werkgroep.add_partner(db, school.id, "JGZ IJsselland", "jgz", "Anouk de Vries")
    plan = plans.create_plan(db, school.id, YEAR, "Jaarplan welbevinden 2026-2027")
    figure = startfoto.add_indicator(db, plan.id, name="Leerlingen die zich veilig voelen", unit="%", value="86,5")
    goal = goals.add_goal(db, plan.id, "Meer leerlingen voelen zich veilig", pillars=["omgeving"],
                          themes=["sociale-veiligheid"], indicator_id=figure, importance="4", cost="2", time="3",
                          commitment="4", feasibility="4", deadline="30-06-2027")
    goals.add_goal(db, plan.id, "Pleinafspraken", parent_id=goal)
    for number in range(1, n_activities + 1):
        activities.add_activity(db, plan.id, f"Activiteit {number}", goal_id=goal, owner_id=member,
                                partner_ids=[partner], start_month="2026-09-01", end_month="2026-12-01",
                                hours="12,5", budget="1.234,50", funding_source="eigen_middelen")
    return plan.id


@pytest.fixture
def seeded(data_dir: Path) -> int:
    """The plan id of :func:`seed_plan` in the regular database of ``data_dir``."""
    db = open_database(data_dir)
    try:
        return seed_plan(db)
    finally:
        db.close()


@pytest.fixture
def base_document(tmp_path: Path) -> dict[str, Any]:
    """The plan file of a small plan made in another (temporary) database: a valid file to break."""
    other = tmp_path / "elders"
    other.mkdir()
    db = open_database(other)
    try:
        return plan_document(db, seed_plan(db, brin="34KL", name="Kindcentrum De Horizon"))
    finally:
        db.close()


def write_document(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def changed(document: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    change(result)
    return result


def fingerprint(data_dir: Path) -> dict[str, str]:
    """SHA-256 of every database file in ``data_dir`` (main file and any journal)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data_dir.glob("planner.sqlite3*"))}


def without_ids(document: dict[str, Any]) -> dict[str, Any]:
    """The document with the export moment left out (ids in files are positional, so they stay)."""
    result = copy.deepcopy(document)
    result.pop("exported_at", None)
    return result
