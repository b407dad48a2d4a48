"""Plans of realistic size for the benchmarks, made through the app's own operations.

* :func:`large_plan` — one school year with 60 goals and N activities whose texts have the length real
  working groups write (a title of a line, a description and a reflection of a paragraph or two).
* :func:`board_database` — 10 schools × 5 school years of full plans (the plan list benchmark).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wellbeing_planner.core import activities, goals, plans, schools, werkgroep
from wellbeing_planner.core.carry_over import carry_over_plan
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database

PILLARS = ("educatie", "omgeving", "signaleren", "beleid")
SENTENCE = ("In de bouwvergadering bespreken de leerkrachten wat zij in hun groep zien, en de werkgroep vertaalt "
            "dat naar afspraken die voor de hele school gelden. ")
WORDS = ("Leerlingenraad", "ouderavond", "Kanjertraining", "pleinwacht", "groepsvorming", "NPO-middelen",
         "verslavingsproblematiek", "schoolmaatschappelijk", "welbevinden", "pestprotocol")


def _paragraph(number: int, sentences: int) -> str:
    extra = " ".join(WORDS[(number + k) % len(WORDS)] for k in range(4))
    return (SENTENCE * sentences + extra + ".").strip()


def large_plan(data_dir: Path, *, goals_count: int = 60, activities_count: int = 300, year: int = 2026) -> int:
    """Make the plan and return its id."""
    db = open_database(data_dir)
    try:
        school = schools.create_school(db, f"Kindcentrum De Brede Horizon {activities_count}", "PO",
                                       brin=f"{activities_count % 100:02d}BH", pupils="640", gemeente="Utrecht")
        owners = [werkgroep.add_member(db, school.id, name, role) for name, role in (
            ("Fatima el Amrani", "ib"), ("Joost de Vries", "directeur"), ("Sanne Bakker", "leerkracht"),
            ("Mehmet Yilmaz", "anti_pestcoordinator"))]
        plan = plans.create_plan(db, school.id, SchoolYear(year))
        goal_ids = []
        for number in range(goals_count):
            goal_ids.append(goals.add_goal(
                db, plan.id, f"Doel {number + 1}: leerlingen voelen zich veilig en gezien in groep {number % 8 + 1}",
                description=_paragraph(number, 4), pillars=[PILLARS[number % 4]], prevention_layer="universeel",
                importance=1 + number % 5, cost=1 + (number * 3) % 5, time=1 + (number * 2) % 5,
                commitment=1 + (number + 1) % 5, feasibility=1 + (number + 2) % 5))
        for number in range(activities_count):
            start = 8 + number % 10
            activities.add_activity(
                db, plan.id, f"Activiteit {number + 1}: {WORDS[number % len(WORDS)]} in de bovenbouw",
                goal_id=goal_ids[number % goals_count], owner_id=owners[number % len(owners)],
                description=_paragraph(number, 3), reflection=_paragraph(number + 3, 2),
                start_month=f"{year + (start - 1) // 12}-{(start - 1) % 12 + 1:02d}-01",
                end_month=f"{year + 1}-06-01", hours=str(4 + number % 30), budget=f"{150 + number * 7},50",
                funding_source=("npo", "werkdrukmiddelen", "gemeente")[number % 3], status="gepland")
        return plan.id
    finally:
        db.close()


def board_database(data_dir: Path, *, schools_count: int = 10, years: int = 5) -> int:
    """10 schools, each with a full plan carried over year after year; returns the number of plans."""
    first_year = 2022
    for number in range(schools_count):
        plan_id = large_plan(data_dir, goals_count=8, activities_count=20 + number, year=first_year)
        db = open_database(data_dir)
        try:
            for _year in range(years - 1):
                plan_id = carry_over_plan(db, plan_id).id
        finally:
            db.close()
    con = sqlite3.connect(data_dir / "planner.sqlite3")
    try:
        return int(con.execute("SELECT count(*) FROM plan").fetchone()[0])
    finally:
        con.close()
