"""A plain, fully loaded view of one plan: what reports, suggestions and summaries read.

No ORM object leaves :func:`load_plan_view`; everything is frozen dataclasses, so a
view can cross threads (PDF export in a worker) and be built by hand in tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Activity, PartyRole, Plan, Roadmap


@dataclass(frozen=True, slots=True)
class SchoolView:
    id: int
    name: str
    brin: str | None
    school_type: str
    grade_min: int | None
    grade_max: int | None
    pupils: int | None
    gemeente: str | None
    ggd_region: str | None
    logo: bytes | None = None
    logo_mime: str | None = None
    kind: str = "school"  # school, kinderopvang or keten


@dataclass(frozen=True, slots=True)
class MemberView:
    id: int
    name: str
    role: str
    email: str | None = None


@dataclass(frozen=True, slots=True)
class PartnerView:
    id: int
    organisation: str
    kind: str
    contact_person: str | None = None
    contribution: str | None = None


@dataclass(frozen=True, slots=True)
class IndicatorView:
    id: int
    name: str
    value: Decimal | None
    unit: str | None
    source: str | None
    year: int | None
    comparison_value: Decimal | None = None
    comparison_label: str | None = None
    template_id: str | None = None


@dataclass(frozen=True, slots=True)
class InventoryView:
    id: int
    name: str
    intervention_id: str | None
    local_intervention_id: int | None
    since_year: int | None
    grades: str | None
    assessment: str | None
    layers: tuple[str, ...] = ()
    setting: str | None = None
    partner_id: int | None = None


@dataclass(frozen=True, slots=True)
class StakeholderView:
    id: int
    group: str
    method: str | None
    conclusions: str | None


@dataclass(frozen=True, slots=True)
class ObligationView:
    obligation_id: str
    status: str
    note: str | None


@dataclass(frozen=True, slots=True)
class ScoreView:
    criterion_id: str
    score: int | None
    not_applicable: bool
    na_reason: str | None
    evidence: str | None
    priority: str | None
    team_counts: tuple[int, ...] = ()  # a team round: participants per level 0..3 (empty: scored alone)


@dataclass(frozen=True, slots=True)
class GoalView:
    id: int
    parent_id: int | None
    title: str
    description: str | None
    pillars: tuple[str, ...]
    themes: tuple[str, ...]
    prevention_layer: str | None
    indicator_id: int | None
    indicator_text: str | None
    baseline: str | None
    target: str | None
    deadline: dt.date | None
    importance: int | None
    cost: int | None
    time: int | None
    commitment: int | None
    feasibility: int | None
    horizon: str
    measured_value: str | None
    reached: bool | None
    attainment_note: str | None
    position: int
    layers: tuple[str, ...] = ()  # prevention layers (empty: only ``prevention_layer``, from before roadmaps)
    roadmap_goal_id: int | None = None

    @property
    def all_layers(self) -> tuple[str, ...]:
        return self.layers or ((self.prevention_layer,) if self.prevention_layer else ())


@dataclass(frozen=True, slots=True)
class ActivityView:
    id: int
    goal_id: int | None
    title: str
    description: str | None
    owner_id: int | None
    approach_role: str | None
    partner_ids: tuple[int, ...]
    start_month: dt.date | None
    end_month: dt.date | None
    hours: Decimal | None
    budget: Decimal | None
    funding_source: str | None
    status: str
    progress: str | None
    reflection: str | None
    intervention_id: str | None
    local_intervention_id: int | None
    position: int
    layers: tuple[str, ...] = ()  # empty: the goal's layers
    setting: str | None = None  # where the offer sits (empty: onderwijs)
    plan_id: int | None = None  # set for an activity of another school year that runs into this one


@dataclass(frozen=True, slots=True)
class RoadmapGoalView:
    id: int
    title: str
    description: str | None
    pillars: tuple[str, ...]
    layers: tuple[str, ...]
    targets: tuple[tuple[int, str], ...]  # (school year, target)
    position: int

    def target_for(self, school_year: int) -> str | None:
        return next((target for year, target in self.targets if year == school_year), None)


@dataclass(frozen=True, slots=True)
class WorkStepView:
    id: int
    title: str
    date: dt.date | None
    done: bool
    outcome: str | None


@dataclass(frozen=True, slots=True)
class AdviceView:
    id: int
    body: str
    date: dt.date | None
    outcome: str | None


@dataclass(frozen=True, slots=True)
class RoadmapView:
    id: int
    title: str
    first_year: int
    last_year: int
    ambition: str | None
    why: str | None
    definition: str | None
    basic_skills: tuple[str, ...]
    conclusions: str | None
    goals: tuple[RoadmapGoalView, ...] = ()
    steps: tuple[WorkStepView, ...] = ()
    advice: tuple[AdviceView, ...] = ()

    @property
    def school_years(self) -> tuple[SchoolYear, ...]:
        return tuple(SchoolYear(year) for year in range(self.first_year, self.last_year + 1))


@dataclass(frozen=True, slots=True)
class PartyRoleView:
    id: int
    member_id: int | None
    partner_id: int | None
    role: str


@dataclass(frozen=True, slots=True)
class EvaluationView:
    id: int
    date: dt.date
    kind: str
    title: str
    focus: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class PlanView:
    """Everything of one plan; ``previous_scores`` is last school year's scan (empty when none)."""

    id: int
    title: str
    school_year: SchoolYear
    status: str
    vision: str | None
    budget_total: Decimal | None
    year_evaluation: str | None
    school: SchoolView
    members: tuple[MemberView, ...] = ()
    partners: tuple[PartnerView, ...] = ()
    indicators: tuple[IndicatorView, ...] = ()
    inventory: tuple[InventoryView, ...] = ()
    stakeholder_inputs: tuple[StakeholderView, ...] = ()
    obligations: tuple[ObligationView, ...] = ()
    scores: tuple[ScoreView, ...] = ()
    goals: tuple[GoalView, ...] = ()
    activities: tuple[ActivityView, ...] = ()
    evaluations: tuple[EvaluationView, ...] = ()
    previous_plan_id: int | None = None
    previous_school_year: SchoolYear | None = None
    previous_scores: tuple[ScoreView, ...] = field(default=())
    updated_at: dt.datetime | None = None
    roadmap: RoadmapView | None = None
    roles: tuple[PartyRoleView, ...] = ()
    #: Activities of the organisation's other plans that run into this school year (shown in its timeline).
    other_year_activities: tuple[ActivityView, ...] = ()
    #: The pyramid of effort over the roadmap's school years (``core.prevention.Pyramid``), when there is one.
    pyramid: Any = None
    # adoption (Vaststelling): who signs, and when
    director_name: str | None = None
    director_signed_on: dt.date | None = None
    mr_name: str | None = None
    mr_signed_on: dt.date | None = None

    def member_name(self, member_id: int | None) -> str:
        for member in self.members:
            if member.id == member_id:
                return member.name
        return ""

    def goal(self, goal_id: int | None) -> GoalView | None:
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        return None

    def activities_of(self, goal_id: int) -> tuple[ActivityView, ...]:
        return tuple(a for a in self.activities if a.goal_id == goal_id)


def school_from(school: Any) -> SchoolView:
    return SchoolView(school.id, school.name, school.brin, school.school_type, school.grade_min, school.grade_max,
                      school.pupils, school.gemeente, school.ggd_region, school.logo, school.logo_mime,
                      school.kind or "school")


def goal_from(g: Any) -> GoalView:
    return GoalView(g.id, g.parent_id, g.title, g.description, tuple(g.pillars), tuple(g.themes), g.prevention_layer,
                    g.indicator_id, g.indicator_text, g.baseline, g.target, g.deadline, g.importance, g.cost, g.time,
                    g.commitment, g.feasibility, g.horizon, g.measured_value, g.reached, g.attainment_note,
                    g.position, tuple(g.layers or ()), g.roadmap_goal_id)


def activity_from(a: Any, *, other_plan: bool = False) -> ActivityView:
    return ActivityView(a.id, a.goal_id, a.title, a.description, a.owner_id, a.approach_role, tuple(a.partner_ids),
                        a.start_month, a.end_month, a.hours, a.budget, a.funding_source, a.status, a.progress,
                        a.reflection, a.intervention_id, a.local_intervention_id, a.position,
                        tuple(a.layers or ()), a.setting, a.plan_id if other_plan else None)


def inventory_from(i: Any) -> InventoryView:
    return InventoryView(i.id, i.name, i.intervention_id, i.local_intervention_id, i.since_year, i.grades,
                         i.assessment, tuple(i.layers or ()), i.setting, i.partner_id)


def roadmap_from(r: Any) -> RoadmapView:
    return RoadmapView(
        r.id, r.title, r.first_year, r.last_year, r.ambition, r.why, r.definition, tuple(r.basic_skills or ()),
        r.conclusions,
        goals=tuple(RoadmapGoalView(g.id, g.title, g.description, tuple(g.pillars or ()), tuple(g.layers or ()),
                                    tuple((t.school_year, t.target) for t in g.targets), g.position)
                    for g in r.goals),
        steps=tuple(WorkStepView(s.id, s.title, s.date, bool(s.done), s.outcome) for s in r.steps),
        advice=tuple(AdviceView(a.id, a.body, a.date, a.outcome) for a in r.advice_moments))


def _scores(plan: Plan) -> tuple[ScoreView, ...]:
    return tuple(ScoreView(s.criterion_id, s.score, s.not_applicable, s.na_reason, s.evidence, s.priority,
                           tuple(s.team_counts or ()))
                 for s in sorted(plan.scan_scores, key=lambda s: s.criterion_id))


def load_plan_view(db: Database, plan_id: int, *, with_pyramid: bool = True) -> PlanView:
    """Load every part of a plan into plain data (one read-only unit of work).

    A plan in a meerjarenplan also carries the pyramid of effort over the roadmap's
    school years (the other years' plans are read for it).
    """
    import dataclasses

    view = _load_plan_view(db, plan_id)
    if with_pyramid and view.roadmap is not None and view.roadmap.first_year != view.roadmap.last_year:
        from wellbeing_planner.core.prevention import pyramid

        with db.reading() as session:
            others = list(session.scalars(select(Plan.id).where(Plan.roadmap_id == view.roadmap.id,
                                                                 Plan.id != view.id)))
        views = [view, *(_load_plan_view(db, other) for other in others)]
        view = dataclasses.replace(view, pyramid=pyramid(views))
    return view


def _load_plan_view(db: Database, plan_id: int) -> PlanView:
    from wellbeing_planner.core.plans import load_plan

    with db.reading() as session:
        plan = load_plan(session, plan_id)
        school = plan.school
        previous: Plan | None = None
        if plan.baseline_plan_id is not None:
            previous = session.get(Plan, plan.baseline_plan_id)
        if previous is None:
            previous = session.scalar(select(Plan).where(Plan.school_id == plan.school_id,
                                                         Plan.school_year == plan.school_year - 1))
        roadmap = session.get(Roadmap, plan.roadmap_id) if plan.roadmap_id is not None else None
        roles = session.scalars(select(PartyRole).where(PartyRole.school_id == school.id).order_by(PartyRole.id))
        first_month, last_month = dt.date(plan.school_year, 8, 1), dt.date(plan.school_year + 1, 7, 1)
        others = session.scalars(select(Activity).join(Plan, Plan.id == Activity.plan_id).where(
            Plan.school_id == school.id, Plan.id != plan.id, Activity.start_month.is_not(None),
            Activity.start_month <= last_month,
            func.coalesce(Activity.end_month, Activity.start_month) >= first_month))
        return PlanView(
            id=plan.id, title=plan.title, school_year=SchoolYear(plan.school_year), status=plan.status,
            vision=plan.vision, budget_total=plan.budget_total, year_evaluation=plan.year_evaluation,
            school=school_from(school),
            members=tuple(MemberView(m.id, m.name, m.role, m.email) for m in school.members),
            partners=tuple(PartnerView(p.id, p.organisation, p.kind, p.contact_person, p.contribution)
                           for p in school.partners),
            indicators=tuple(IndicatorView(i.id, i.name, i.value, i.unit, i.source, i.year, i.comparison_value,
                                           i.comparison_label, i.template_id) for i in plan.indicators),
            inventory=tuple(inventory_from(i) for i in plan.inventory),
            stakeholder_inputs=tuple(StakeholderView(s.id, s.group, s.method, s.conclusions)
                                     for s in plan.stakeholder_inputs),
            obligations=tuple(ObligationView(o.obligation_id, o.status, o.note)
                              for o in sorted(plan.obligation_checks, key=lambda o: o.obligation_id)),
            scores=_scores(plan),
            goals=tuple(goal_from(g) for g in plan.goals),
            activities=tuple(activity_from(a) for a in plan.activities),
            evaluations=tuple(EvaluationView(e.id, e.date, e.kind, e.title, e.focus, e.notes)
                              for e in plan.evaluations),
            previous_plan_id=previous.id if previous is not None else None,
            previous_school_year=SchoolYear(previous.school_year) if previous is not None else None,
            previous_scores=_scores(previous) if previous is not None else (),
            roadmap=roadmap_from(roadmap) if roadmap is not None else None,
            roles=tuple(PartyRoleView(r.id, r.member_id, r.partner_id, r.role) for r in roles),
            other_year_activities=tuple(activity_from(a, other_plan=True) for a in others),
            updated_at=plan.updated_at,
            director_name=plan.director_name, director_signed_on=plan.director_signed_on, mr_name=plan.mr_name,
            mr_signed_on=plan.mr_signed_on,
        )
