"""How complete the first steps of the cycle are, for the navigation and the summary."""

from __future__ import annotations

from typing import Any

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import scan
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _


def step_completeness(view: PlanView) -> dict[str, dict[str, Any]]:
    """Per step: ``name``, ``done``, ``total`` and a short Dutch ``label``."""
    school = view.school
    profile_fields = [school.brin, school.pupils, school.gemeente, school.grade_min]
    profile_done = sum(1 for v in profile_fields if v not in (None, ""))
    school_total = len(profile_fields) + 2
    school_done = profile_done + (1 if view.members else 0) + (1 if view.partners else 0)

    obligations = framework().obligations_for(school.school_type)
    checked = sum(1 for o in view.obligations if o.status != "onbekend")
    startfoto_parts = [bool(view.indicators), bool(view.inventory), bool(view.stakeholder_inputs),
                       checked == len(obligations) and bool(obligations)]
    done, total = scan.progress(view.scores, school.school_type)
    return {
        "school": {"name": _("School en werkgroep"), "done": school_done, "total": school_total,
                   "label": _("{m} leden, {p} partners").format(m=len(view.members), p=len(view.partners))},
        "startfoto": {"name": _("Startfoto"), "done": sum(startfoto_parts), "total": len(startfoto_parts),
                      "label": _("{i} cijfers, {c} van {n} verplichtingen nagelopen").format(
                          i=len(view.indicators), c=checked, n=len(obligations))},
        "zelfscan": {"name": _("Zelfscan"), "done": done, "total": total,
                     "label": _("{done} van {total} gescoord").format(done=done, total=total)},
    }
