"""A school board of N schools × M school years, made through the app's own operations (tests and benchmarks).

Every figure varies with the school and the year (type, region, status, scores, goals, layers, money, hours,
cancelled activities), so an overview that mixes up schools or years shows it.
"""

from __future__ import annotations

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, scan, schools
from wellbeing_planner.core.activities import set_budget_total
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.storage.db import Database

GEMEENTEN = (("Zwolle", "IJsselland"), ("Deventer", "IJsselland"), ("Kampen", "IJsselland"),
             ("Apeldoorn", "Noord- en Oost-Gelderland"))
STATUSES = ("afgerond", "vastgesteld", "concept")


def build_board(db: Database, *, schools_count: int = 20, years: int = 3, first_year: int = 2024) -> list[int]:
    """Make the board; return the plan ids."""
    fw = framework()
    types = [kind.id for kind in fw.school_types]
    pillars = [pillar.id for pillar in fw.pillars]
    layers = [layer.id for layer in fw.prevention_layers]
    plan_ids: list[int] = []
    for number in range(schools_count):
        school_type = types[number % len(types)]
        gemeente, region = GEMEENTEN[number % len(GEMEENTEN)]
        school = schools.create_school(db, f"Brede School {number:02d} De Horizon", school_type,
                                       gemeente=gemeente, ggd_region=region)
        criteria = fw.criteria_for(school_type)
        for offset in range(years):
            plan = plans.create_plan(db, school.id, SchoolYear(first_year + offset))
            plan_ids.append(plan.id)
            status = STATUSES[-1] if offset == years - 1 else STATUSES[(number + offset) % 2]
            plans.update_plan(db, plan.id, status=status)
            if (number + offset) % 3:
                set_budget_total(db, plan.id, f"{2000 + 250 * number + 100 * offset},00")
            for k, criterion in enumerate(criteria[: 4 + (number + 2 * offset) % 8]):
                scan.update_score(db, plan.id, criterion.id, score=(number + offset + k) % 4)
            for g in range(1 + (number + offset) % 3):
                goal_id = goals.add_goal(db, plan.id, f"Doel {g + 1} van school {number}",
                                         pillars=[pillars[(number + g) % len(pillars)]],
                                         layers=[layers[(number + g + offset) % len(layers)]])
                if g == 0:
                    goals.add_goal(db, plan.id, "Deeldoel", parent_id=goal_id, pillars=[pillars[0]])
                for a in range(2):
                    activities.add_activity(
                        db, plan.id, f"Activiteit {a + 1}", goal_id=goal_id,
                        budget=f"{100 * (number + 1) + 10 * g + offset},{25 * a:02d}", hours=f"{2 + a},5",
                        status="vervallen" if (number + g + a + offset) % 7 == 0 else "gepland")
    return plan_ids
