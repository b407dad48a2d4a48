"""Helpers for plan-file tests: a small real plan, its file, and the database's fingerprint."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, roadmap, scan, schools, startfoto, werkgroep
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


def seed_rich_plan(db: Database, *, brin: str | None = "34KL", name: str = "Kindcentrum De Horizon") -> int:
    """:func:`seed_plan` with everything format version 2 adds: a meerjarenplan 2025–2028 (two long-term goals
    with targets, a step, an advice moment) that the plan belongs to, a goal linked to it, roles of a member
    and a partner, the adoption, a team round, layers and settings, an inventory item of a partner and an
    activity that runs on into the next school year."""
    plan_id = seed_plan(db, brin=brin, name=name)
    school_id = plans.get_plan(db, plan_id).school_id
    member = werkgroep.members(db, school_id)[0].id
    partner = werkgroep.partners(db, school_id)[0].id
    road = roadmap.create_roadmap(db, school_id, 2025, 2028, "Meerjarenplan welbevinden 2025 t/m 2028",
                                  ambition="Elk kind voelt zich veilig en gezien.", why="Uit de monitor bleek …",
                                  definition="Welbevinden is …", basic_skills=["Emoties herkennen", "Hulp vragen"],
                                  conclusions="De werkgroep concludeert …")
    safe = roadmap.add_roadmap_goal(db, road, "Iedereen voelt zich veilig op het plein", pillars=["omgeving"],
                                    layers=["universeel", "selectief"],
                                    targets={2025: "80% voelt zich veilig", 2026: "85%", 2027: "90%"})
    roadmap.add_roadmap_goal(db, road, "Ouders doen mee", description="Betrokkenheid van ouders",
                             layers=["universeel"], targets={2028: "Elke groep een ouderavond"})
    roadmap.take_into_plan(db, plan_id, safe)
    roadmap.add_step(db, road, "Inbreng ophalen bij ouders", date="2025-10-01", done=True,
                     outcome="https://example.org/verslag")
    roadmap.add_advice(db, road, "MR", date="2026-06-15", outcome="Positief advies")
    roadmap.set_roles(db, school_id, ["regisseur", "Aandachtsfunctionaris"], member_id=member)
    roadmap.set_roles(db, school_id, ["uitvoerder"], partner_id=partner)
    plans.set_adoption(db, plan_id, director_name="Jan de Boer", director_signed_on="01-10-2026",
                       mr_name="Sanne Visser", mr_signed_on="2026-10-03")
    criterion = framework().criteria_for("PO")[0].id
    scan.adopt_team_score(db, plan_id, criterion, [0, 2, 5, 1])
    startfoto.add_inventory_item(db, plan_id, "Weerbaarheidstraining JGZ", layers=["selectief"],
                                 setting="gemeente_jeugdhulp", partner_id=partner, since_year=2021)
    first = activities.activities(db, plan_id)[0].id
    activities.update_activity(db, first, layers=["universeel", "zorg"], setting="ouders_informeel")
    activities.add_activity(db, plan_id, "Pilot over de jaargrens", start_month="2027-05-01",
                            end_month="2027-10-01", layers=["geindiceerd"], setting="onderwijs")
    return plan_id


@pytest.fixture
def rich_document(tmp_path: Path) -> dict[str, Any]:
    """The version-2 plan file of :func:`seed_rich_plan`, made in another (temporary) database."""
    other = tmp_path / "elders-v2"
    other.mkdir()
    db = open_database(other)
    try:
        return plan_document(db, seed_rich_plan(db))
    finally:
        db.close()


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
