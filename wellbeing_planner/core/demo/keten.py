"""Demo part: the meerjarenplan of De Vlinderboom, and a fictional keten with its plan for 2022 t/m 2026.

The keten is shaped like the plans schools and municipalities really make: a working group on
mentale weerbaarheid agreed a definition and basic skills, gathered input (ouders, kinderen,
professionals, kinderopvang), set goals for five school years and handed its advice to the
governing bodies.  Its pyramid of effort shifts toward the base over the years — the ambition of
the plan — so a trainer can show the matrix and the pyramid at work.  All names are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from wellbeing_planner.core import activities, evaluation, goals, plans, roadmap, schools, startfoto, werkgroep
from wellbeing_planner.core.schoolyear import SchoolYear

if TYPE_CHECKING:
    from wellbeing_planner.core.demo import DemoContext
    from wellbeing_planner.storage.db import Database

KETEN_NAME = "Keten Welbevinden Eemland-Noord"
OPVANG_NAME = "Kinderopvang De Boomhut"
FIRST, LAST = 2022, 2026

# title, pillars, layers, targets per year offset (0 = 2022-2023 ...)
KETEN_GOALS: list[tuple[str, list[str], list[str], dict[int, str]]] = [
    ("Kinderen herkennen en benoemen hun gevoelens", ["educatie"], ["universeel"],
     {1: "In 4 van de 8 scholen lessen", 2: "In alle scholen lessen", 4: "80% kan gevoelens benoemen"}),
    ("Kinderen gaan beter om met tegenslag", ["educatie"], ["universeel", "selectief"],
     {2: "Pilot in 3 scholen", 4: "Aanpak op alle scholen"}),
    ("Ouders versterken weerbaarheid thuis", ["omgeving"], ["universeel"],
     {1: "Twee ouderavonden per jaar", 4: "70% van de ouders kent de tips"}),
    ("Professionals signaleren vroeg en handelen samen", ["signaleren"], ["selectief", "geindiceerd"],
     {1: "Gedeelde taal afgesproken", 3: "Alle IB'ers en pedagogisch medewerkers geschoold"}),
    ("Onderwijs en kinderopvang werken vanuit één lijn", ["beleid"], ["universeel"],
     {2: "Doorlopende lijn beschreven", 4: "In alle kindcentra in gebruik"}),
    ("Minder kinderen hebben zwaardere hulp nodig", ["signaleren"], ["zorg"],
     {4: "15% minder verwijzingen dan in 2022"}),
]

# per school year offset: hours for universeel, selectief, geindiceerd, zorg — the base grows
EFFORT = [(300, 160, 140, 400), (380, 170, 130, 340), (460, 180, 120, 280), (540, 180, 110, 220),
          (620, 190, 100, 160)]
LAYER_ACTIVITIES = {
    "universeel": ("Lessen weerbaarheid in alle groepen", "onderwijs", "gemeente"),
    "selectief": ("Training 'Sterk in je schoenen' voor kinderen met een risico", "gemeente_jeugdhulp", "gemeente"),
    "geindiceerd": ("Groepen voor kinderen met angst of somberheid", "gemeente_jeugdhulp", "gemeente"),
    "zorg": ("Individuele jeugdhulp via het wijkteam", "gemeente_jeugdhulp", "gemeente"),
}

INVENTORY: list[tuple[str, str | None, list[str], str]] = [
    ("Vreedzame School", "vreedzame-school", ["universeel"], "onderwijs"),
    ("Kanjertraining", "kanjertraining", ["universeel"], "onderwijs"),
    ("Weerbaarheid in de bso: 'Sterke kids'", None, ["universeel"], "kinderopvang"),
    ("Vreedzame Wijk in de kinderopvang", None, ["universeel"], "kinderopvang"),
    ("KOPP/KOV-groep voor kinderen van ouders met psychische problemen", "kopp-kov-groepen", ["selectief"],
     "gemeente_jeugdhulp"),
    ("SOOS: ouders ontmoeten ouders", None, ["universeel", "selectief"], "ouders_informeel"),
    ("Kanjertraining", "kanjertraining", ["universeel"], "kinderopvang"),
]


def build_keten(db: Database, ctx: DemoContext) -> None:
    _school_roadmap(db, ctx)
    _keten(db, ctx)


def _school_roadmap(db: Database, ctx: DemoContext) -> None:
    """De Vlinderboom's own meerjarenplan: last year, this year and two more; this year's goals are linked."""
    year = ctx.current_year.start_year
    road = roadmap.create_roadmap(
        db, ctx.school_id, year - 1, year + 2, "Meerjarenplan welbevinden De Vlinderboom",
        ambition="Over drie jaar voelt 95% van onze leerlingen zich veilig en weet elk kind bij wie het terecht "
                 "kan.",
        why="De monitor laat zien dat het plein en online de plekken zijn waar het misgaat, en dat zorgen soms "
            "laat op tafel komen.",
        definition="Welbevinden: een kind voelt zich veilig, gezien en prettig op school, en kan omgaan met wat "
                   "het tegenkomt.",
        basic_skills=["Gevoelens herkennen", "Samenwerken", "Hulp vragen", "Opkomen voor jezelf en een ander"],
        conclusions="Ouders vragen om uitleg over appgroepen; leerlingen noemen het plein; het team wil een "
                    "vaste route voor zorgen.")
    roadmap.add_step(db, road, "Startfoto en monitor besproken met team en MR", date=dt.date(year - 1, 9, 20),
                     done=True)
    roadmap.add_step(db, road, "Inbreng van ouders en leerlingenraad opgehaald", date=dt.date(year - 1, 11, 8),
                     done=True, outcome="Verslag inbreng ouders en leerlingen.pdf")
    roadmap.add_step(db, road, "Meerjarenplan vastgesteld", date=dt.date(year, 7, 3), done=True)
    roadmap.add_advice(db, road, "Medezeggenschapsraad", date=dt.date(year, 6, 18), outcome="Ingestemd")
    for plan_id in (ctx.previous_plan_id, ctx.current_plan_id):
        roadmap.attach_plan(db, plan_id, road)
    for view in goals.goals(db, ctx.current_plan_id):
        if view.parent_id is not None:
            continue
        long_term = roadmap.add_roadmap_goal(db, road, view.title, pillars=list(view.pillars),
                                             layers=list(view.all_layers),
                                             targets={year: view.target or "", year + 2: "Geborgd in het beleid"})
        goals.update_goal(db, view.id, roadmap_goal_id=long_term)
        for sub in goals.goals(db, ctx.current_plan_id):
            if sub.parent_id == view.id:
                goals.update_goal(db, sub.id, roadmap_goal_id=long_term)
    roles = {"ib": ["regisseur"], "directeur": ["opdrachtgever"], "anti_pest": ["organisator"],
             "leerkracht_1": ["uitvoerder"], "ggd": ["verbinder"]}
    for key, member_roles in roles.items():
        if key in ctx.members:
            roadmap.set_roles(db, ctx.school_id, member_roles, member_id=ctx.members[key])
    for key, partner_roles in {"jgz": ["verbinder", "uitvoerder"], "wijkteam": ["uitvoerder"],
                               "sport": ["uitvoerder"]}.items():
        if key in ctx.partners:
            roadmap.set_roles(db, ctx.school_id, partner_roles, partner_id=ctx.partners[key])
    # the activities that reach pupils with a risk, and the route into care, on their own layers
    for activity in activities.activities(db, ctx.current_plan_id):
        if "KOPP" in activity.title:
            activities.update_activity(db, activity.id, layers=["selectief", "geindiceerd"],
                                       setting="gemeente_jeugdhulp")
        elif activity.title.startswith("Vast zorgoverleg"):
            activities.update_activity(db, activity.id, layers=["selectief"])


def _keten(db: Database, ctx: DemoContext) -> None:
    keten = schools.create_school(db, KETEN_NAME, "PO", kind="keten", gemeente="Amersfoort",
                                  ggd_region="GGD regio Utrecht")
    opvang = schools.create_school(db, OPVANG_NAME, "PO", kind="kinderopvang", gemeente="Amersfoort")
    roadmap.add_keten_member(db, keten.id, ctx.school_id)
    roadmap.add_keten_member(db, keten.id, opvang.id)
    lead = werkgroep.add_member(db, keten.id, "Marieke Hoekstra", "gezonde_school_coordinator")
    client = werkgroep.add_member(db, keten.id, "Wethouder Jeugd (gemeente)", "directeur")
    ib = werkgroep.add_member(db, keten.id, "Fatima el Amrani (De Vlinderboom)", "ib")
    pm = werkgroep.add_member(db, keten.id, "Joyce Brink (De Boomhut)", "leerkracht")
    partners: dict[str, int] = {}
    for key, name, kind, contribution in (
            ("ggd", "GGD regio Utrecht — JGZ", "jgz", "Jeugdverpleegkundigen en de Gezonde School-adviseur"),
            ("wijkteam", "Wijkteam Eemland-Noord", "wijkteam", "Toegang tot jeugdhulp en de weerbaarheidsgroepen"),
            ("opvang", OPVANG_NAME, "kinderopvang", "Pedagogisch medewerkers en de bso"),
            ("kopp", "KOPP/KOV-groepen regio Eemland", "ggz", "Groepen voor kinderen van ouders met problemen"),
            ("soos", "SOOS Eemland-Noord", "overig", "Ouders ontmoeten ouders, met vrijwilligers")):
        partners[key] = werkgroep.add_partner(db, keten.id, name, kind, contribution=contribution)
    roadmap.set_roles(db, keten.id, ["projectleider", "regisseur"], member_id=lead)
    roadmap.set_roles(db, keten.id, ["opdrachtgever", "stuurgroep"], member_id=client)
    roadmap.set_roles(db, keten.id, ["uitvoerder", "Aandachtsfunctionaris"], member_id=ib)
    roadmap.set_roles(db, keten.id, ["uitvoerder"], member_id=pm)
    roadmap.set_roles(db, keten.id, ["verbinder", "uitvoerder"], partner_id=partners["ggd"])
    roadmap.set_roles(db, keten.id, ["uitvoerder", "Signaleringsteam"], partner_id=partners["wijkteam"])
    roadmap.set_roles(db, keten.id, ["organisator"], partner_id=partners["opvang"])
    roadmap.set_roles(db, keten.id, ["uitvoerder"], partner_id=partners["kopp"])
    roadmap.set_roles(db, keten.id, ["verbinder"], partner_id=partners["soos"])

    plan_ids = [plans.create_plan(db, keten.id, SchoolYear(year), f"Jaarplan keten {SchoolYear(year)}").id
                for year in range(FIRST, LAST + 1)]
    road = roadmap.create_roadmap(
        db, keten.id, FIRST, LAST, "Meerjarenplan mentale weerbaarheid 2022 t/m 2026",
        ambition="De basis van de preventiepiramide versterken, zodat er op termijn minder nodig is in de hogere "
                 "lagen van de piramide.",
        why="Meer kinderen lopen vast met angst, somberheid en stress; wachtlijsten in de jeugdhulp groeien.",
        definition="Mentale weerbaarheid: het vermogen van een kind om met tegenslag en stress om te gaan, en "
                   "daarvan te herstellen, met steun van de mensen om het heen.",
        basic_skills=["Gevoelens herkennen en benoemen", "Omgaan met tegenslag", "Hulp vragen",
                      "Positief denken over jezelf", "Samenwerken en verbinden"],
        conclusions="Ouders willen praktische tips en herkenning; kinderen noemen druk en ruzie online; "
                    "professionals missen een gedeelde taal; het aanbod van de kinderopvang is bij scholen "
                    "onbekend.")
    steps = [("Werkgroep mentale weerbaarheid gestart", dt.date(2020, 10, 1), True, None),
             ("Definitie en basisvaardigheden afgesproken", dt.date(2021, 2, 15), True,
              "Infographic mentale weerbaarheid.pdf"),
             ("Inbreng van ouders, kinderen, professionals en kinderopvang", dt.date(2021, 6, 1), True,
              "Verslag inbreng.pdf"),
             ("Aanbod in onderwijs en kinderopvang in kaart gebracht", dt.date(2021, 9, 1), True,
              "Preventiematrix 2021.xlsx"),
             ("Doelen 2022 t/m 2026 gesteld en activiteiten geprioriteerd", dt.date(2021, 11, 1), True, None),
             ("Tussenevaluatie met de stuurgroep", dt.date(2024, 11, 15), True, None),
             ("Eindevaluatie en nieuw meerjarenplan", dt.date(2027, 6, 1), False, None)]
    for title, day, done, outcome in steps:
        roadmap.add_step(db, road, title, date=day, done=done, outcome=outcome)
    roadmap.add_advice(db, road, "Sturingsoverleg jeugd", date=dt.date(2021, 11, 25),
                       outcome="Advies overgenomen; uitwerking per jaar.")
    roadmap.add_advice(db, road, "Stuurgroep jeugd", date=dt.date(2021, 12, 14),
                       outcome="Middelen voor 2022 t/m 2026 vrijgemaakt; projectleider aangesteld.")
    goal_ids = []
    for title, pillars, layers, targets in KETEN_GOALS:
        goal_ids.append(roadmap.add_roadmap_goal(db, road, title, pillars=pillars, layers=layers,
                                                 targets={FIRST + k: v for k, v in targets.items()}))
    owners = {"universeel": ib, "selectief": lead, "geindiceerd": lead, "zorg": client, "ouders": pm}
    for offset, plan_id in enumerate(plan_ids):
        _keten_year(db, plan_id, offset, goal_ids, owners)
    for group, method, conclusion in (
            ("ouders", "ouderavonden en een vragenlijst", "Behoefte aan praktische tips en herkenning."),
            ("kinderen", "kindgesprekken en de leerlingenraad", "Druk van buiten, ruzie online, soms eenzaam."),
            ("professionals", "werksessies", "Geen gedeelde taal; wie doet wat is niet altijd helder."),
            ("kinderopvang", "gesprek met pedagogisch medewerkers", "Veel aanbod, maar niet bekend bij scholen.")):
        startfoto.add_stakeholder_input(db, plan_ids[0], group, method=method, conclusions=conclusion)
    for name, intervention, layers, setting in INVENTORY:
        startfoto.add_inventory_item(db, plan_ids[-1], name, intervention_id=intervention, layers=layers,
                                     setting=setting)
    for plan_id in plan_ids[:-1]:
        evaluation.set_year_evaluation(db, plan_id, (
            "Het jaar verliep volgens plan: meer kinderen bereikt met de lessen, en iets minder aanmeldingen voor "
            "zwaardere hulp. Aandachtspunt blijft de samenwerking tussen school en kinderopvang."))
        evaluation.set_plan_status(db, plan_id, "afgerond")
    evaluation.set_plan_status(db, plan_ids[-1], "vastgesteld")


def _keten_year(db: Database, plan_id: int, offset: int, goal_ids: list[int], owners: dict[str, int]) -> None:
    year = FIRST + offset
    linked: dict[int, int] = {}
    for number, goal_id in enumerate(goal_ids):
        if number <= offset + 2:  # the goals come in as the years go by
            linked[number] = roadmap.take_into_plan(db, plan_id, goal_id)
    goal_for_layer = {"universeel": linked.get(0), "selectief": linked.get(3), "geindiceerd": linked.get(3),
                      "zorg": linked.get(5, linked.get(3))}
    for layer, hours in zip(("universeel", "selectief", "geindiceerd", "zorg"), EFFORT[offset], strict=True):
        title, setting, funding = LAYER_ACTIVITIES[layer]
        values: dict[str, Any] = {"goal_id": goal_for_layer[layer], "layers": [layer], "setting": setting,
                                  "owner_id": owners[layer],
                                  "hours": str(hours), "budget": str(hours * 45), "funding_source": funding,
                                  "start_month": f"{year}-09", "end_month": f"{year + 1}-06",
                                  "status": "afgerond" if year < LAST else "bezig"}
        activities.add_activity(db, plan_id, title, **values)
    if year == 2023:  # the pilot runs April 2024 to April 2025: across the school-year boundary
        activities.add_activity(db, plan_id, "Pilot 'Tegenslag? Ik kan het!' in groep 6 van drie scholen",
                                goal_id=linked.get(1), owner_id=owners["universeel"],
                                layers=["universeel", "selectief"], setting="onderwijs",
                                hours="120", budget="6000", funding_source="gemeente", start_month="2024-04",
                                end_month="2025-04", status="afgerond")
    if year >= 2024:
        activities.add_activity(db, plan_id, "Ouderavonden weerbaarheid met SOOS", goal_id=linked.get(2),
                                owner_id=owners["ouders"],
                                layers=["universeel"], setting="ouders_informeel", hours="24", budget="900",
                                funding_source="gemeente", start_month=f"{year}-10", end_month=f"{year + 1}-03",
                                status="afgerond" if year < LAST else "gepland")
    if year >= 2024:  # the goals that came in later get their own work
        activities.add_activity(db, plan_id, "Weerbaarheidstraining 'Tegenslag? Ik kan het!' in groep 5 tot en met 8",
                                goal_id=linked.get(1), owner_id=owners["universeel"], layers=["universeel"],
                                setting="onderwijs", hours="60", budget="2400", funding_source="gemeente",
                                start_month=f"{year}-10", end_month=f"{year + 1}-05",
                                status="afgerond" if year < LAST else "bezig")
        activities.add_activity(db, plan_id, "Doorlopende lijn school en kinderopvang: samen plannen per kindcentrum",
                                goal_id=linked.get(4), owner_id=owners["ouders"], layers=["universeel"],
                                setting="kinderopvang", hours="40", budget="0", funding_source="gemeente",
                                start_month=f"{year}-09", end_month=f"{year + 1}-06",
                                status="afgerond" if year < LAST else "bezig")
