"""The source plan, entered as its working group would: a keten with a meerjarenplan 2022 t/m 2026.

The working group on mentale weerbaarheid agreed a definition and basic skills, gathered input from
parents, children, professionals and kinderopvang, set six goals for 2022–2026, gave every party its
roles, and runs a pilot from April 2024 to April 2025 — across the school-year boundary.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, goals, plans, prevention, roadmap, schools, startfoto, werkgroep
from wellbeing_planner.core.carry_over import carry_over_plan
from wellbeing_planner.core.planning import timeline
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.storage.db import Database

GOALS = (
    "Kinderen kennen hun emoties en kunnen ze benoemen",
    "Kinderen kunnen omgaan met tegenslag",
    "Ouders weten hoe zij weerbaarheid thuis versterken",
    "Professionals signaleren zorgen vroeg en handelen samen",
    "Het aanbod in onderwijs en kinderopvang sluit op elkaar aan",
    "Minder kinderen hebben zwaardere hulp nodig",
)


def build_keten(db: Database) -> dict[str, int]:
    keten = schools.create_school(db, "Keten Mentale Weerbaarheid Eemdal", "PO", kind="keten", gemeente="Eemdal")
    school = schools.create_school(db, "Basisschool De Regenboog", "PO", brin="45RB", gemeente="Eemdal")
    opvang = schools.create_school(db, "Kinderopvang Het Kasteel", "PO", kind="kinderopvang", gemeente="Eemdal")
    roadmap.add_keten_member(db, keten.id, school.id)
    roadmap.add_keten_member(db, keten.id, opvang.id)
    plan_2324 = plans.create_plan(db, keten.id, SchoolYear(2023), "Jaarplan keten 2023-2024")
    road = roadmap.create_roadmap(
        db, keten.id, 2022, 2026, "Meerjarenplan mentale weerbaarheid",
        ambition="De basis van de preventiepiramide versterken, zodat op termijn minder nodig is in de hogere lagen.",
        why="Steeds meer kinderen lopen vast; vroeg investeren in weerbaarheid voorkomt zwaardere hulp.",
        definition="Mentale weerbaarheid is het vermogen om met tegenslag om te gaan en daarvan te herstellen.",
        basic_skills=["Emoties herkennen", "Hulp vragen", "Omgaan met tegenslag", "Samenwerken"])
    goal_ids = []
    for number, title in enumerate(GOALS):
        goal_ids.append(roadmap.add_roadmap_goal(
            db, road, title, pillars=["educatie" if number < 3 else "signaleren"],
            layers=["universeel"] if number < 5 else ["geindiceerd", "zorg"],
            targets={2023: f"Stap 1 van doel {number + 1}", 2024: f"Stap 2 van doel {number + 1}",
                     2026: f"Doel {number + 1} bereikt"}))
    roadmap.add_step(db, road, "Definitie en basisvaardigheden afgesproken", date="2021-03-15", done=True,
                     outcome="Infographic mentale weerbaarheid.pdf")
    roadmap.add_step(db, road, "Inbreng van ouders, kinderen en professionals opgehaald", date="2021-06-01",
                     done=True)
    roadmap.add_step(db, road, "Advies aan sturingsoverleg en stuurgroep jeugd", date="2021-11-01", done=False)
    roadmap.update_roadmap(db, road, conclusions="Ouders willen praktische tips; professionals missen een "
                                                 "gedeelde taal; het aanbod in de kinderopvang is onbekend bij "
                                                 "scholen.")
    roadmap.add_advice(db, road, "Sturingsoverleg jeugd", date="2021-11-15", outcome="Advies overgenomen")
    roadmap.add_advice(db, road, "Stuurgroep jeugd", date="2021-12-10", outcome="Middelen voor 2022–2026")
    for group in ("ouders", "kinderen", "professionals", "kinderopvang"):
        startfoto.add_stakeholder_input(db, plan_2324.id, group, method="gesprekken",
                                        conclusions=f"Conclusie van {group}")
    lead = werkgroep.add_member(db, keten.id, "Anouk Verbeek", "gezonde_school_coordinator")
    alderman = werkgroep.add_member(db, keten.id, "Wethouder De Boer", "directeur")
    ggd = werkgroep.add_partner(db, keten.id, "GGD regio Eemdal", "ggd", contribution="JGZ-verpleegkundigen")
    wijkteam = werkgroep.add_partner(db, keten.id, "Wijkteam Eemdal", "wijkteam")
    roadmap.set_roles(db, keten.id, ["projectleider", "regisseur"], member_id=lead)
    roadmap.set_roles(db, keten.id, ["opdrachtgever", "Stuurgroep"], member_id=alderman)
    roadmap.set_roles(db, keten.id, ["verbinder", "uitvoerder"], partner_id=ggd)
    roadmap.set_roles(db, keten.id, ["uitvoerder", "Signaleringsteam"], partner_id=wijkteam)
    jaar_goal = roadmap.take_into_plan(db, plan_2324.id, goal_ids[1])
    pilot = activities.add_activity(db, plan_2324.id, "Pilot weerbaarheidstraining in groep 6", goal_id=jaar_goal,
                                    start_month="2024-04", end_month="2025-04", hours="120", budget="6.000,00",
                                    setting="onderwijs")
    startfoto.add_inventory_item(db, plan_2324.id, "Vreedzame School", layers=["universeel"], setting="onderwijs")
    startfoto.add_inventory_item(db, plan_2324.id, "Kanjertraining in de BSO", layers=["universeel"],
                                 setting="kinderopvang")
    startfoto.add_inventory_item(db, plan_2324.id, "KOPP-groep", layers=["selectief"],
                                 setting="gemeente_jeugdhulp")
    startfoto.add_inventory_item(db, plan_2324.id, "Vreedzame School", layers=["universeel"],
                                 setting="gemeente_jeugdhulp")
    return {"keten": keten.id, "roadmap": road, "plan": plan_2324.id, "pilot": pilot, "goal": goal_ids[1],
            "jaar_goal": jaar_goal}


def test_the_source_plan_fits_roadmap_timelines_matrix_and_summary(data_dir: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir)
    try:
        ids = build_keten(db)
        # a goal may aim at 2026 now that the plan belongs to a meerjarenplan
        goals.update_goal(db, ids["jaar_goal"], deadline="2026-06-30")
        next_plan = carry_over_plan(db, ids["plan"])
        view_2324, view_2425 = load_plan_view(db, ids["plan"]), load_plan_view(db, next_plan.id)
    finally:
        db.close()

    # one goal across the years: both jaarplannen link the same roadmap goal, no copies in the roadmap
    assert view_2324.roadmap is not None and len(view_2324.roadmap.goals) == 6
    assert [str(y) for y in view_2324.roadmap.school_years] == ["2022-2023", "2023-2024", "2024-2025",
                                                               "2025-2026", "2026-2027"]
    linked = [g for g in view_2425.goals if g.roadmap_goal_id == ids["goal"]]
    assert len(linked) == 1 and linked[0].target == "Stap 2 van doel 2"
    db = open_database(data_dir)
    try:
        rows = roadmap.overview(db, ids["roadmap"])
        assert [c.status for c in rows[1].cells][1:3] == ["loopt", "loopt"] and rows[0].cells[1].status == \
            "niet in dit jaarplan"
        parties = roadmap.who_does_what(db, ids["keten"])
    finally:
        db.close()
    lead = next(p for p in parties if p.name == "Anouk Verbeek")
    assert lead.roles == ("projectleider", "regisseur")
    assert "Signaleringsteam" in roadmap.roles_in_use(parties) and "stuurgroep" in roadmap.roles_in_use(parties)

    # the pilot runs April 2024 – April 2025: in both school years' timelines, not cut in two
    first = next(r for r in timeline(view_2324).rows if r.activity.id == ids["pilot"])
    assert (first.start, first.end) == (8, 11)  # april … juli 2024
    second = next(r for r in timeline(view_2425).rows if r.activity.id == ids["pilot"])
    assert (second.start, second.end) == (0, 8)  # augustus 2024 … april 2025
    assert all(a.title != "Pilot weerbaarheidstraining in groep 6" for a in view_2425.activities)  # not copied

    matrix = prevention.preventiematrix(view_2324)
    assert [o.name for o in matrix.cell("kinderopvang", "universeel").offers] == ["Kanjertraining in de BSO"]
    assert matrix.cell("ouders_informeel", "universeel").empty
    assert matrix.cell("onderwijs", "universeel").doubled  # Vreedzame School twice on one layer
    assert "Pilot weerbaarheidstraining in groep 6" in [o.name for o in matrix.cell("onderwijs",
                                                                                     "universeel").offers]

    assert run(["--data-dir", str(data_dir), "summary", str(ids["plan"]), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["roadmap"]["school_years"][0] == "2022-2023"
    assert summary["roadmap"]["goals"][1] == {"title": GOALS[1], "targets": {
        "2023-2024": "Stap 1 van doel 2", "2024-2025": "Stap 2 van doel 2", "2026-2027": "Doel 2 bereikt"}}
    assert summary["layers"]["universeel"] == {"activities": 1, "hours": "120.00", "budget": "6000.00"}
    assert set(summary["layers"]) == {"universeel", "selectief", "geindiceerd", "zorg"}
    assert run(["--data-dir", str(data_dir), "list", "--json"]) == 0
    kinds = {row["school"]: row["kind"] for row in json.loads(capsys.readouterr().out)}
    assert kinds["Keten Mentale Weerbaarheid Eemdal"] == "keten"


def test_dates_outside_the_roadmap_are_still_refused(db: Database) -> None:
    ids = build_keten(db)
    with pytest.raises(ValidationError, match="binnen het meerjarenplan"):
        goals.update_goal(db, ids["jaar_goal"], deadline="2028-01-01")
    with pytest.raises(ValidationError, match="binnen het meerjarenplan"):
        activities.update_activity(db, ids["pilot"], end_month="2027-09")
    with pytest.raises(ValidationError, match="hoogstens 5"):
        roadmap.create_roadmap(db, ids["keten"], 2022, 2027)


def test_the_pyramid_shows_whether_the_base_grows(db: Database) -> None:
    school = schools.create_school(db, "OBS Het Fundament", "PO")
    road = roadmap.create_roadmap(db, school.id, 2024, 2025)
    views = []
    for year, universeel, zorg in ((2024, "40", "60"), (2025, "70", "30")):
        plan = plans.create_plan(db, school.id, SchoolYear(year))
        roadmap.attach_plan(db, plan.id, road)
        activities.add_activity(db, plan.id, "Lessen", hours=universeel, layers=["universeel"],
                                start_month=f"{year}-09")
        activities.add_activity(db, plan.id, "Behandeling", hours=zorg, layers=["zorg"], start_month=f"{year}-10")
        activities.add_activity(db, plan.id, "Groepstraining", hours="10", budget="100,01",
                                layers=["selectief", "geindiceerd"], start_month=f"{year}-11")
        views.append(load_plan_view(db, plan.id))
    pyramid = prevention.pyramid(views)
    assert pyramid.base_grows is True and "groeit" in pyramid.sentence()
    effort = pyramid.years[0].effort
    assert effort["selectief"].budget + effort["geindiceerd"].budget == Decimal("100.01")  # shared to the cent
    assert effort["universeel"].hours == Decimal("40.00")


def test_an_existing_database_carries_its_goals_into_one_year_roadmap_goals(tmp_path: Path) -> None:
    """The migration on a database made with the previous schema (0004): goals become roadmap goals."""
    from sqlalchemy import create_engine

    from wellbeing_planner.storage import migrate

    path = tmp_path / "planner.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0004_team_scoring")
        connection.exec_driver_sql("INSERT INTO school (id, name, school_type, created_at, updated_at) VALUES "
                                   "(1, 'OBS Oud', 'PO', '2026-01-01', '2026-01-01')")
        for plan_id, year in ((1, 2025), (2, 2026)):
            connection.exec_driver_sql(
                "INSERT INTO plan (id, school_id, school_year, title, status, created_at, updated_at) VALUES "
                f"({plan_id}, 1, {year}, 'Plan {year}', 'concept', '2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO goal (id, plan_id, title, pillars, themes, prevention_layer, target, horizon, position, "
            "created_at, updated_at) VALUES (10, 2, 'Veilig plein', '[\"omgeving\"]', '[]', 'selectief', '90%', "
            "'dit_schooljaar', 0, '2026-01-01', '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO goal (id, plan_id, parent_id, title, pillars, themes, horizon, position, created_at, "
            "updated_at) VALUES (11, 2, 10, 'Pleinafspraken', '[]', '[]', 'dit_schooljaar', 1, '2026-01-01', "
            "'2026-01-01')")
    engine.dispose()
    db = Database.open(path, backup_dir=tmp_path / "backups")
    try:
        view = load_plan_view(db, 2)
        assert view.roadmap is not None and (view.roadmap.first_year, view.roadmap.last_year) == (2025, 2026)
        goal = next(g for g in view.goals if g.id == 10)
        sub = next(g for g in view.goals if g.id == 11)
        assert goal.layers == ("selectief",) and goal.roadmap_goal_id is not None
        assert sub.roadmap_goal_id == goal.roadmap_goal_id
        (rg,) = view.roadmap.goals
        assert (rg.title, rg.layers, rg.targets) == ("Veilig plein", ("selectief",), ((2026, "90%"),))
        assert load_plan_view(db, 1).roadmap == view.roadmap
    finally:
        db.close()
