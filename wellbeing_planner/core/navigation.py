"""The short state of each step in the navigation ("7 van 21 gescoord"), from one loaded plan.

The window shows these for pages it has not built yet; a built page announces the
same texts itself as the user works — both through the label functions below, so
the wording (and singular or plural) is the same everywhere.
"""

from __future__ import annotations

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning, scan
from wellbeing_planner.core.prevention import preventiematrix
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _, count


def school_label(members: int, partners: int) -> str:
    return f"{count(members, 'lid', 'leden')}, {count(partners, 'partner', 'partners')}"


def startfoto_label(indicators: int, checked: int, obligations: int) -> str:
    return _("{figures} · {d}/{n} plichten").format(figures=count(indicators, "cijfer", "cijfers"), d=checked,
                                                    n=obligations)


def zelfscan_label(done: int, total: int) -> str:
    return _("{done} van {total} gescoord").format(done=done, total=total)


def goals_label(goals: int, rated: int) -> str:
    if not goals:
        return _("nog geen doelen")
    return _("{goals}, {r} beoordeeld").format(goals=count(goals, "doel", "doelen"), r=rated)


def activities_label(activities: int) -> str:
    return count(activities, "activiteit", "activiteiten")


def planning_label(problems: int) -> str:
    return count(problems, "aandachtspunt", "aandachtspunten") if problems else _("geen aandachtspunten")


def evaluation_label(moments: int) -> str:
    return count(moments, "moment", "momenten")


def catalogue_label(in_use: int) -> str:
    return _("{n} in gebruik").format(n=in_use) if in_use else ""


def roadmap_label(first_year: int | None, last_year: int | None) -> str:
    if first_year is None or last_year is None:
        return _("nog geen meerjarenplan")
    from wellbeing_planner.core.schoolyear import SchoolYear

    return _("{a} t/m {b}").format(a=SchoolYear(first_year), b=SchoolYear(last_year))


def prevention_label(empty_cells: int) -> str:
    return count(empty_cells, "leeg vak", "lege vakken") + _(" in de matrix") if empty_cells else _("matrix gevuld")


def step_labels(view: PlanView) -> dict[str, str]:
    """Page id → the short Dutch state under its name in the navigation."""
    obligations = framework().obligations_for(view.school.school_type)
    checked = sum(1 for o in view.obligations if o.status != "onbekend")
    done, total = scan.progress(view.scores, view.school.school_type)
    rated = sum(1 for g in view.goals if goal_ops.priority_score(g) is not None)
    in_use = {i.intervention_id or f"local-{i.local_intervention_id}" for i in view.inventory
              if i.intervention_id or i.local_intervention_id is not None}
    return {
        "school": school_label(len(view.members), len(view.partners)),
        "startfoto": startfoto_label(len(view.indicators), checked, len(obligations)),
        "zelfscan": zelfscan_label(done, total),
        "doelen": goals_label(len(view.goals), rated),
        "activiteiten": activities_label(len(view.activities)),
        "jaarplanning": planning_label(len(planning.find_problems(view))),
        "evaluatie": evaluation_label(len(view.evaluations)),
        "rapporten": "",
        "meerjarenplan": roadmap_label(view.roadmap.first_year if view.roadmap else None,
                                       view.roadmap.last_year if view.roadmap else None),
        "preventie": prevention_label(len(preventiematrix(view).empty_cells)),
        "catalogus": catalogue_label(len(in_use)),
    }
