"""Writing one plan as a plan file (``.wbplan``): UTF-8 JSON, format version 2.

The file is built from the plain plan view (:func:`~wellbeing_planner.core.views.load_plan_view`)
plus the own interventions the plan refers to; version 2 also carries the meerjarenplan the
plan belongs to (with its long-term goals, steps and advice moments) and the roles of the
school's members and partners.  Ids in the file are local to it:
1, 2, 3 … in list order, so the same plan always gives the same file (apart from
``exported_at``).  The file is written next to its target and then moved into
place, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wellbeing_planner import __version__
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import GoalView, PlanView, RoadmapView, load_plan_view
from wellbeing_planner.exchange.reading import FORMAT, FORMAT_VERSION
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import LocalIntervention


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _month(value: dt.date | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m")


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _local_interventions(db: Database, ids: set[int]) -> list[LocalIntervention]:
    if not ids:
        return []
    with db.reading() as session:
        rows = list(session.scalars(select(LocalIntervention).where(LocalIntervention.id.in_(ids))
                                    .order_by(LocalIntervention.id)))
        session.expunge_all()
    return rows


def plan_document(db: Database, plan_id: int, *, exported_at: dt.datetime | None = None) -> dict[str, Any]:
    """The plan file's content for ``plan_id`` as plain JSON-ready data."""
    from wellbeing_planner.content.catalogue import catalogue

    view = load_plan_view(db, plan_id, with_pyramid=False)  # the pyramid is computed, never stored
    local_ids = {i.local_intervention_id for i in view.inventory if i.local_intervention_id is not None}
    local_ids |= {a.local_intervention_id for a in view.activities if a.local_intervention_id is not None}
    locals_ = _local_interventions(db, local_ids)
    own_ids = {row.id: n for n, row in enumerate(locals_, start=1)}
    member_ids = {m.id: n for n, m in enumerate(view.members, start=1)}
    partner_ids = {p.id: n for n, p in enumerate(view.partners, start=1)}
    indicator_ids = {i.id: n for n, i in enumerate(view.indicators, start=1)}
    goal_tree = _goal_tree(view)
    goal_ids: dict[int, int] = {}
    for top, subs in goal_tree:
        goal_ids[top.id] = len(goal_ids) + 1
        for sub in subs:
            goal_ids[sub.id] = len(goal_ids) + 1
    roadmap_goal_ids = {g.id: n for n, g in enumerate(view.roadmap.goals, start=1)} if view.roadmap else {}

    def intervention(catalogue_id: str | None, local_id: int | None) -> dict[str, Any] | None:
        if local_id is not None and local_id in own_ids:
            return {"own_id": own_ids[local_id]}
        if catalogue_id:
            entry = catalogue().get(catalogue_id)
            return {"catalogue_id": catalogue_id, "name": entry.name if entry is not None else catalogue_id}
        return None

    def goal(g: GoalView) -> dict[str, Any]:
        return {
            "id": goal_ids[g.id], "title": g.title, "description": g.description, "pillars": list(g.pillars),
            "themes": list(g.themes), "prevention_layer": g.prevention_layer,
            "indicator_id": indicator_ids.get(g.indicator_id) if g.indicator_id is not None else None,
            "indicator_text": g.indicator_text, "baseline": g.baseline, "target": g.target,
            "deadline": _day(g.deadline),
            "ratings": {"importance": g.importance, "cost": g.cost, "time": g.time, "commitment": g.commitment,
                        "feasibility": g.feasibility},
            "horizon": g.horizon, "measured_value": g.measured_value, "reached": g.reached,
            "attainment_note": g.attainment_note, "layers": list(g.layers),
            "roadmap_goal_id": roadmap_goal_ids.get(g.roadmap_goal_id) if g.roadmap_goal_id is not None else None,
        }

    school = view.school
    logo = None
    if school.logo:
        logo = {"mime_type": school.logo_mime or "image/png", "data": base64.b64encode(school.logo).decode("ascii")}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": (exported_at or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "catalogue_version": catalogue().version,
        "school": {"name": school.name, "brin": school.brin, "school_type": school.school_type,
                   "grade_min": school.grade_min, "grade_max": school.grade_max, "pupils": school.pupils,
                   "gemeente": school.gemeente, "ggd_region": school.ggd_region, "logo": logo,
                   "kind": school.kind},
        "members": [{"id": member_ids[m.id], "name": m.name, "role": m.role, "email": m.email}
                    for m in view.members],
        "partners": [{"id": partner_ids[p.id], "organisation": p.organisation, "kind": p.kind,
                      "contact_person": p.contact_person, "contribution": p.contribution} for p in view.partners],
        "plan": {"title": view.title, "school_year": str(view.school_year), "status": view.status,
                 "vision": view.vision, "budget_total": _amount(view.budget_total),
                 "year_evaluation": view.year_evaluation, "director_name": view.director_name,
                 "director_signed_on": _day(view.director_signed_on), "mr_name": view.mr_name,
                 "mr_signed_on": _day(view.mr_signed_on)},
        "indicators": [{"id": indicator_ids[i.id], "template_id": i.template_id, "name": i.name,
                        "value": _amount(i.value), "unit": i.unit, "source": i.source, "year": i.year,
                        "comparison_value": _amount(i.comparison_value), "comparison_label": i.comparison_label}
                       for i in view.indicators],
        "inventory": [{"name": i.name, "intervention": intervention(i.intervention_id, i.local_intervention_id),
                       "since_year": i.since_year, "grades": i.grades, "assessment": i.assessment,
                       "layers": list(i.layers), "setting": i.setting,
                       "partner_id": partner_ids.get(i.partner_id) if i.partner_id is not None else None}
                      for i in view.inventory],
        "stakeholder_input": [{"group": s.group, "method": s.method, "conclusions": s.conclusions}
                              for s in view.stakeholder_inputs],
        "obligations": [{"obligation_id": o.obligation_id, "status": o.status, "note": o.note}
                        for o in view.obligations],
        "scan": [{"criterion_id": s.criterion_id, "score": s.score, "not_applicable": s.not_applicable,
                  "na_reason": s.na_reason, "evidence": s.evidence, "priority": s.priority,
                  "team_counts": list(s.team_counts) or None} for s in view.scores],
        "goals": [{**goal(top), "sub_goals": [goal(sub) for sub in subs]} for top, subs in goal_tree],
        "activities": [{
            "goal_id": goal_ids.get(a.goal_id) if a.goal_id is not None else None, "title": a.title,
            "description": a.description,
            "owner_id": member_ids.get(a.owner_id) if a.owner_id is not None else None,
            "approach_role": a.approach_role,
            "partner_ids": [partner_ids[p] for p in a.partner_ids if p in partner_ids],
            "start_month": _month(a.start_month), "end_month": _month(a.end_month), "hours": _amount(a.hours),
            "budget": _amount(a.budget), "funding_source": a.funding_source, "status": a.status,
            "progress": a.progress, "reflection": a.reflection,
            "intervention": intervention(a.intervention_id, a.local_intervention_id),
            "layers": list(a.layers), "setting": a.setting,
        } for a in sorted(view.activities, key=lambda a: (a.position, a.id))],
        "evaluations": [{"date": e.date.isoformat(), "kind": e.kind, "title": e.title, "focus": e.focus,
                         "notes": e.notes} for e in sorted(view.evaluations, key=lambda e: (e.date, e.id))],
        "interventions": [{
            "id": own_ids[row.id], "name": row.name, "provider": row.provider, "website": row.website,
            "description": row.description, "kind": row.kind, "school_types": list(row.school_types),
            "grade_min": row.grade_min, "grade_max": row.grade_max, "pillars": list(row.pillars),
            "themes": list(row.themes), "prevention_layers": list(row.prevention_layers),
            "scope": list(row.scope), "recognition_level": row.recognition_level, "duration": row.duration,
            "training": row.training, "cost": row.cost, "sources": list(row.sources), "notes": row.notes,
        } for row in locals_],
        "roadmap": _roadmap(view.roadmap, roadmap_goal_ids) if view.roadmap is not None else None,
        "roles": _roles(view, member_ids, partner_ids),
    }


def _roadmap(roadmap: RoadmapView, goal_ids: dict[int, int]) -> dict[str, Any]:
    return {
        "title": roadmap.title, "first_year": str(SchoolYear(roadmap.first_year)),
        "last_year": str(SchoolYear(roadmap.last_year)), "ambition": roadmap.ambition, "why": roadmap.why,
        "definition": roadmap.definition, "basic_skills": list(roadmap.basic_skills),
        "conclusions": roadmap.conclusions,
        "goals": [{"id": goal_ids[g.id], "title": g.title, "description": g.description, "pillars": list(g.pillars),
                   "layers": list(g.layers),
                   "targets": [{"school_year": str(SchoolYear(year)), "target": target}
                               for year, target in sorted(g.targets)]} for g in roadmap.goals],
        "steps": [{"title": s.title, "date": _day(s.date), "done": s.done, "outcome": s.outcome}
                  for s in roadmap.steps],
        "advice_moments": [{"body": a.body, "date": _day(a.date), "outcome": a.outcome} for a in roadmap.advice],
    }


def _roles(view: PlanView, member_ids: dict[int, int], partner_ids: dict[int, int]) -> list[dict[str, Any]]:
    """The roles of each member, then of each partner, in the order they were given."""
    by_member: dict[int, list[str]] = {}
    by_partner: dict[int, list[str]] = {}
    for role in view.roles:
        if role.member_id is not None:
            by_member.setdefault(role.member_id, []).append(role.role)
        elif role.partner_id is not None:
            by_partner.setdefault(role.partner_id, []).append(role.role)
    return ([{"member_id": member_ids[m], "partner_id": None, "roles": roles}
             for m, roles in sorted(by_member.items(), key=lambda i: member_ids.get(i[0], 0)) if m in member_ids]
            + [{"member_id": None, "partner_id": partner_ids[p], "roles": roles}
               for p, roles in sorted(by_partner.items(), key=lambda i: partner_ids.get(i[0], 0)) if p in partner_ids])


def _goal_tree(view: PlanView) -> list[tuple[GoalView, list[GoalView]]]:
    """Top-level goals in list order, each with its sub-goals (a deeper goal hangs under its top goal)."""
    by_id = {g.id: g for g in view.goals}

    def top_of(g: GoalView) -> GoalView:
        seen = {g.id}
        while g.parent_id is not None and g.parent_id in by_id and g.parent_id not in seen:
            g = by_id[g.parent_id]
            seen.add(g.id)
        return g

    order = sorted(view.goals, key=lambda g: (g.position, g.id))
    tops = [g for g in order if top_of(g) is g]
    return [(top, [g for g in order if g is not top and top_of(g) is top]) for top in tops]


def dumps(document: dict[str, Any]) -> str:
    """The document as the text of a plan file."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def export_plan(db: Database, plan_id: int, path: Path) -> Path:
    """Write plan ``plan_id`` to ``path`` (replacing it only once the whole file is written); return ``path``."""
    return write_document(plan_document(db, plan_id), path)


def write_document(document: dict[str, Any], path: Path) -> Path:
    """Write a plan document to ``path`` atomically (no database needed: the GUI does this off its thread)."""
    from wellbeing_planner.errors import EnvironmentProblem, environment_problem_from
    from wellbeing_planner.i18n import _

    target = path
    text = dumps(document)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")  # same folder: replace is atomic
        try:
            with temp.open("x", encoding="utf-8", newline="\n") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        problem = environment_problem_from(exc)
        if problem is None:
            problem = EnvironmentProblem(_("Het planbestand kan niet worden geschreven: {reason}").format(
                reason=exc.strerror or exc), detail=str(exc))
        raise problem from exc
    return target
