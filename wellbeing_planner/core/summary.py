"""The state of a plan at a glance, for ``wellbeing-planner summary PLAN_ID [--json]``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import assess, planning, scan
from wellbeing_planner.core.activities import budget_overview
from wellbeing_planner.core.formatting import format_money, format_percent
from wellbeing_planner.core.prevention import layer_effort
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database


def summary_of(view: PlanView) -> dict[str, Any]:
    """Plain JSON-able summary of a loaded plan (keys are a promise to scripts: extend, never rename)."""
    shares = scan.pillar_scores(view.scores, view.school.school_type)
    return {
        "plan_id": view.id,
        "title": view.title,
        "school": view.school.name,
        "school_type": view.school.school_type,
        "school_year": str(view.school_year),
        "status": view.status,
        "steps": assess.step_completeness(view),
        "pillar_scores": {pillar.id: (None if shares[pillar.id].share is None
                                      else round(shares[pillar.id].share or 0.0, 4))
                          for pillar in framework().pillars},
        "members": len(view.members),
        "partners": len(view.partners),
        "indicators": len(view.indicators),
        "inventory": len(view.inventory),
        "stakeholder_input": len(view.stakeholder_inputs),
        "goals": len(view.goals),
        "activities": len(view.activities),
        "budget_total": str(budget_overview(view).total_planned),
        "budget_available": None if view.budget_total is None else str(view.budget_total),
        "problems": [problem.message for problem in planning.find_problems(view)],
        "roadmap": _roadmap_json(view),
        "layers": {layer: effort.to_json() for layer, effort in layer_effort(view).items()},
    }


def _roadmap_json(view: PlanView) -> dict[str, Any] | None:
    if view.roadmap is None:
        return None
    return {"school_years": [str(year) for year in view.roadmap.school_years],
            "goals": [{"title": goal.title, "targets": {str(SchoolYear(year)): target for year, target in goal.targets}}
                      for goal in view.roadmap.goals]}


def plan_summary(db: Database, plan_id: int) -> dict[str, Any]:
    return summary_of(load_plan_view(db, plan_id))


def _status_name(status: str) -> str:
    """The plan status in words (in Dutch the same as its id: ``afgerond``)."""
    from wellbeing_planner.core.plans import PLAN_STATUSES

    return PLAN_STATUSES[status].lower() if status in PLAN_STATUSES else status


def format_summary(summary: dict[str, Any]) -> str:
    """The summary as readable Dutch text."""
    lines = [
        f"{summary['school']} ({summary['school_type']}) — {summary['school_year']}",
        f"{summary['title']} · {_('status')}: {_status_name(summary['status'])}",
        _("Stappen:"),
    ]
    for step in summary["steps"].values():
        lines.append(f"  - {step['name']}: {step['label']}")
    lines.append(_("Zelfscan per pijler:"))
    for pillar in framework().pillars:
        share = summary["pillar_scores"].get(pillar.id)
        lines.append(f"  - {pillar.name}: {format_percent(share, empty=_('nog niet gescoord'))}")
    lines.append(_("Werkgroep: {m} leden, {p} partners").format(m=summary["members"], p=summary["partners"]))
    lines.append(_("Startfoto: {i} cijfers, {n} lopende activiteiten, {s} keer inbreng van betrokkenen").format(
        i=summary["indicators"], n=summary["inventory"], s=summary["stakeholder_input"]))
    lines.append(_("Plan: {g} doelen, {a} activiteiten, begroot {b}").format(
        g=summary["goals"], a=summary["activities"], b=format_money(Decimal(summary["budget_total"]))))
    if summary["problems"]:
        lines.append(_("Aandachtspunten:"))
        lines.extend(f"  ! {text}" for text in summary["problems"])
    return "\n".join(lines)
