"""The short state of each step in the navigation ("7 van 21 gescoord"), from one loaded plan.

The window shows these for pages it has not built yet; a built page announces
the same texts itself as the user works.
"""

from __future__ import annotations

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning, scan
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _


def step_labels(view: PlanView) -> dict[str, str]:
    """Page id → the short Dutch state under its name in the navigation."""
    obligations = framework().obligations_for(view.school.school_type)
    checked = sum(1 for o in view.obligations if o.status != "onbekend")
    done, total = scan.progress(view.scores, view.school.school_type)
    rated = sum(1 for g in view.goals if goal_ops.priority_score(g) is not None)
    problems = len(planning.find_problems(view))
    in_use = {i.intervention_id or f"local-{i.local_intervention_id}" for i in view.inventory
              if i.intervention_id or i.local_intervention_id is not None}
    return {
        "school": _("{m} leden, {p} partners").format(m=len(view.members), p=len(view.partners)),
        "startfoto": _("{i} cijfers · {d}/{n} plichten").format(i=len(view.indicators), d=checked,
                                                               n=len(obligations)),
        "zelfscan": _("{done} van {total} gescoord").format(done=done, total=total),
        "doelen": (_("{n} doelen, {r} beoordeeld").format(n=len(view.goals), r=rated) if view.goals
                   else _("nog geen doelen")),
        "activiteiten": _("{n} activiteiten").format(n=len(view.activities)),
        "jaarplanning": (_("{n} aandachtspunten").format(n=problems) if problems
                         else _("geen aandachtspunten")),
        "evaluatie": _("{n} momenten").format(n=len(view.evaluations)),
        "rapporten": "",
        "catalogus": _("{n} in gebruik").format(n=len(in_use)) if in_use else "",
    }
