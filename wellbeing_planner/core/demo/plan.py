"""Demo part: last year's completed and evaluated plan and this year's plan with goals and activities."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from wellbeing_planner.core import activities, evaluation, goals, plans
from wellbeing_planner.core.schoolyear import SchoolYear

if TYPE_CHECKING:
    from wellbeing_planner.core.demo import DemoContext
    from wellbeing_planner.storage.db import Database

VISION = ("Op De Vlinderboom voelt elk kind zich veilig en gezien. We leren kinderen samen te werken, hun "
          "gevoelens te herkennen en problemen op te lossen. Team, ouders en partners trekken samen op, zodat "
          "zorgen vroeg op tafel komen en niemand tussen wal en schip valt.")

# goal key, parent key, title, pillars, layer, indicator key, baseline, target, deadline (month, day),
# ratings (importance, cost, time, commitment, feasibility), horizon
GOALS: list[tuple[Any, ...]] = [
    ("veilig", None, "Meer leerlingen voelen zich veilig op het plein", ["omgeving", "beleid"], "universeel",
     "veilig_voelen", "86%", "92%", (6, 30), (5, 2, 3, 5, 4), "dit_schooljaar"),
    ("plein", "veilig", "Heldere pleinafspraken met vaste pleinwacht", ["omgeving"], "universeel", None,
     None, "Afspraken in alle groepen besproken", (11, 30), (4, 1, 2, 5, 5), "dit_schooljaar"),
    ("signaleren", None, "Zorgen over leerlingen komen eerder op tafel", ["signaleren"], "selectief",
     "psychosociaal", "12%", "10%", (6, 30), (5, 2, 4, 4, 4), "dit_schooljaar"),
    ("pesten", None, "Minder pesten, ook online", ["educatie", "omgeving"], "universeel", "gepest", "14%",
     "10%", (6, 30), (5, 3, 3, 4, 3), "dit_schooljaar"),
    ("team", None, "Het hele team is geschoold in signaleren en Kanjertraining", ["educatie", "signaleren"],
     "universeel", None, "3 nieuwe collega's ongeschoold", "Iedereen geschoold", (3, 31), (4, 3, 3, 4, 4),
     "dit_schooljaar"),
    ("ouders", None, "Ouders weten wat we doen en doen thuis mee", ["educatie", "omgeving"], "universeel",
     "ouders", "78%", "85%", (6, 30), (3, 1, 2, 4, 5), "dit_schooljaar"),
    ("beleid", None, "Een actueel veiligheidsplan met pestprotocol", ["beleid"], "universeel", None,
     "Plan uit 2021", "Vastgesteld door MR", (4, 30), (4, 1, 2, 4, 5), "dit_schooljaar"),
    ("kopp", None, "Steun voor kinderen in een moeilijke thuissituatie", ["signaleren"], "geindiceerd", None,
     None, "Elk signaal binnen 2 weken besproken", (6, 30), (4, 3, 3, 3, 3), "later"),
]

# title, goal key, owner key, role, partners, start month, end month, hours, budget, funding, status,
# intervention id
ACTIVITIES: list[tuple[Any, ...]] = [
    ("Pleinafspraken maken met de leerlingenraad", "plein", "anti_pest", "organisator", [], 9, 10, "12", "0",
     "eigen_middelen", "afgerond", None),
    ("Vaste pleinwacht met hesjes en rooster", "plein", "directeur", "opdrachtgever", [], 9, 7, "80", "350",
     "eigen_middelen", "bezig", None),
    ("Pleinspelen met de buurtsportcoach", "veilig", "leerkracht_2", "uitvoerder", ["sport"], 10, 6, "40",
     "1500", "gemeente", "bezig", None),
    ("Kanjertraining borgen: terugkomdag voor het team", "team", "ib", "organisator", [], 11, 11, "30", "2400",
     "werkdrukmiddelen", "gepland", "kanjertraining"),
    ("Kanjertraining voor drie nieuwe collega's", "team", "ib", "regisseur", [], 10, 3, "48", "3600", "npo",
     "bezig", "kanjertraining"),
    ("Scholing signaleren van angst en somberheid", "team", "ib", "organisator", ["jgz"], 1, 2, "24", "1800",
     "ggd", "gepland", None),
    ("KanVAS afnemen en per groep bespreken", "signaleren", "ib", "regisseur", [], 10, 11, "32", "0",
     "eigen_middelen", "bezig", "kanvas"),
    ("Tweede meting KanVAS en groepsbesprekingen", "signaleren", "ib", "regisseur", [], 3, 4, "32", "0",
     "eigen_middelen", "gepland", "kanvas"),
    ("Vast zorgoverleg met JGZ en schoolmaatschappelijk werk", "signaleren", "ib", "verbinder",
     ["jgz", "smw"], 9, 6, "40", "0", "eigen_middelen", "bezig", None),
    ("Kindgesprekken in groep 3 tot en met 8", "signaleren", "leerkracht_1", "uitvoerder", [], 10, 3, "60",
     "0", "eigen_middelen", "bezig", None),
    ("Lessen over online pesten in groep 6 tot en met 8", "pesten", "leerkracht_2", "uitvoerder", [], 1, 3,
     "18", "450", "eigen_middelen", "gepland", None),
    ("Week tegen het Pesten: schoolbrede activiteiten", "pesten", "anti_pest", "organisator", [], 9, 9, "20",
     "600", "eigen_middelen", "afgerond", None),
    ("Ouderavond over appgroepen en social media", "ouders", "anti_pest", "organisator", ["wijkteam"], 11, 11,
     "10", "750", "gemeente", "gepland", None),
    ("Kanjer-ouderbijeenkomst per bouw", "ouders", "leerkracht_1", "uitvoerder", [], 2, 2, "12", "300", "npo",
     "gepland", "kanjertraining"),
    ("Nieuwsbrief-rubriek 'Zo doen we het hier'", "ouders", "directeur", "verbinder", [], 9, 6, "12", "0",
     "eigen_middelen", "bezig", None),
    ("Veiligheidsplan en pestprotocol herschrijven", "beleid", "directeur", "regisseur", [], 1, 4, "30", "0",
     "eigen_middelen", "gepland", None),
    ("Draaiboek ingrijpende gebeurtenissen opstellen", "beleid", "ib", "organisator", ["smw"], 2, 5, "16",
     "0", "eigen_middelen", "gepland", None),
    ("Verwijsroute KOPP-groepen met het wijkteam", "kopp", "ib", "verbinder", ["wijkteam", "jgz"], 3, 6, "10",
     "0", "gemeente", "gepland", "kopp-kov-groepen"),
]

PREVIOUS_GOALS: list[tuple[Any, ...]] = [
    ("Kanjertraining in alle groepen", ["educatie"], "universeel", "Kanjertraining in 6 van 8 groepen",
     "Alle groepen", True, "Alle groepen werken wekelijks met de Kanjerlessen."),
    ("Monitor sociale veiligheid op orde", ["signaleren", "beleid"], "universeel", "Alleen groep 7-8",
     "Groep 5-8 twee keer per jaar", True, "KanVAS in groep 5-8 in oktober en maart afgenomen."),
    ("Minder gepest worden", ["omgeving"], "universeel", "17% gepest", "12% gepest", False,
     "Gedaald naar 14%: op de goede weg, nog niet op het doel. Dit jaar verder met pleinafspraken."),
    ("Zorgoverleg met partners", ["signaleren"], "selectief", "Geen vast overleg", "Zes keer per jaar", False,
     "Drie keer gelukt; JGZ kon vaak niet. Nieuwe afspraak voor dit schooljaar."),
]


def _month(year: SchoolYear, month: int) -> str:
    return dt.date(year.start_year if month >= 8 else year.start_year + 1, month, 1).isoformat()


def build_plan(db: Database, ctx: DemoContext) -> None:
    _build_current(db, ctx)
    _build_previous(db, ctx)


def _build_current(db: Database, ctx: DemoContext) -> None:
    year, plan_id = ctx.current_year, ctx.current_plan_id
    goals.set_vision(db, plan_id, VISION)
    activities.set_budget_total(db, plan_id, "15000")
    for key, parent, title, pillars, layer, indicator, baseline, target, (month, day), ratings, horizon in GOALS:
        deadline = dt.date(year.start_year if month >= 8 else year.start_year + 1, month, day)
        importance, cost, time, commitment, feasibility = ratings
        ctx.goals[key] = goals.add_goal(
            db, plan_id, title, parent_id=ctx.goals.get(parent) if parent else None, pillars=pillars,
            prevention_layer=layer, indicator_id=ctx.indicators.get(indicator) if indicator else None,
            baseline=baseline, target=target, deadline=deadline, importance=importance, cost=cost, time=time,
            commitment=commitment, feasibility=feasibility, horizon=horizon)
    for (title, goal, owner, role, partner_keys, start, end, hours, budget, funding, status,
         intervention) in ACTIVITIES:
        activities.add_activity(
            db, plan_id, title, goal_id=ctx.goals.get(goal), owner_id=ctx.members.get(owner), approach_role=role,
            partner_ids=[ctx.partners[p] for p in partner_keys if p in ctx.partners],
            start_month=_month(year, start), end_month=_month(year, end), hours=hours, budget=budget,
            funding_source=funding, status=status, intervention_id=intervention,
            progress={"afgerond": "klaar", "bezig": "op_koers"}.get(status))
    ids = {a.title: a.id for a in activities.activities(db, plan_id)}
    activities.update_activity(db, ids["Kindgesprekken in groep 3 tot en met 8"], progress="risico",
                               reflection="In groep 5 en 6 lukt het nog niet door vervanging.")
    moments = [("Monitor sociale veiligheid (KanVAS)", 11, 15, "monitor", "Eerste meting groep 5-8"),
               ("Tussenevaluatie werkgroep", 1, 20, "evaluatie", "Voortgang activiteiten en budget"),
               ("Monitor sociale veiligheid (KanVAS)", 3, 15, "monitor", "Tweede meting; aanlevering inspectie"),
               ("Jaarevaluatie met team en MR", 6, 24, "evaluatie", "Doelen, tevredenheid, plan volgend jaar")]
    for title, month, day, kind, focus in moments:
        evaluation.add_evaluation(db, plan_id, title, dt.date(year.start_year if month >= 8 else
                                                              year.start_year + 1, month, day), kind, focus)
    evaluation.set_plan_status(db, plan_id, "vastgesteld")
    # adopted after the first team meeting of the year; the MR gave its consent a week later
    plans.set_adoption(db, plan_id, director_name="Joost de Vries", director_signed_on=dt.date(year.start_year, 9, 29),
                       mr_name="Lotte Visser", mr_signed_on=dt.date(year.start_year, 10, 6))


def _build_previous(db: Database, ctx: DemoContext) -> None:
    year, plan_id = ctx.current_year.previous(), ctx.previous_plan_id
    goals.set_vision(db, plan_id, VISION)
    activities.set_budget_total(db, plan_id, "12000")
    owners: list[int | None] = list(ctx.members.values()) or [None]
    for index, (title, pillars, layer, baseline, target, reached, note) in enumerate(PREVIOUS_GOALS):
        goal_id = goals.add_goal(db, plan_id, title, pillars=pillars, prevention_layer=layer, baseline=baseline,
                                 target=target, deadline=dt.date(year.start_year + 1, 6, 30), importance=4, cost=2,
                                 time=3, commitment=4, feasibility=4)
        goals.update_goal(db, goal_id, measured_value=target if reached else baseline, reached=reached,
                          attainment_note=note)
        for step, (start, end) in enumerate(((9, 12), (1, 6))):
            status = "afgerond" if reached or step == 0 else "bezig"
            new_id = activities.add_activity(
                db, plan_id, f"{title}: {'start' if step == 0 else 'vervolg'}", goal_id=goal_id,
                owner_id=owners[(index + step) % len(owners)], approach_role="uitvoerder",
                start_month=_month(year, start), end_month=_month(year, end), hours="20", budget="1200",
                funding_source="npo" if index % 2 else "eigen_middelen", status=status)
            activities.update_activity(db, new_id, progress="klaar" if status == "afgerond" else "vast",
                                       reflection="Uitgevoerd zoals gepland." if status == "afgerond" else
                                       "Liep vast op roosters; loopt door naar volgend jaar.")
    evaluation.add_evaluation(db, plan_id, "Monitor sociale veiligheid", dt.date(year.start_year + 1, 3, 10),
                              "monitor", "Meting groep 5-8")
    evaluation.add_evaluation(db, plan_id, "Jaarevaluatie", dt.date(year.start_year + 1, 6, 25), "evaluatie",
                              "Doelen en vervolg")
    evaluation.set_year_evaluation(db, plan_id, (
        "Een goed jaar: de Kanjertraining staat in alle groepen en de monitor is op orde. Pesten daalde, maar "
        "minder dan we wilden; het plein blijft de plek waar het misgaat. Het zorgoverleg met partners kwam "
        "niet goed van de grond. Volgend jaar: pleinafspraken, vast zorgoverleg en scholing in signaleren."))
    evaluation.set_plan_status(db, plan_id, "afgerond")
