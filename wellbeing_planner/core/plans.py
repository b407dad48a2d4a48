"""Use cases for plans: one plan per school per school year."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from wellbeing_planner.core import validation
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import NotFoundError, UserError, ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Plan, School

#: Plan statuses in their natural order, with their Dutch names.
PLAN_STATUSES: dict[str, str] = {
    "concept": _("Concept"),
    "vastgesteld": _("Vastgesteld"),
    "afgerond": _("Afgerond"),
}


@dataclass(frozen=True, slots=True)
class PlanInfo:
    id: int
    school_id: int
    school_name: str
    school_type: str
    title: str
    school_year: SchoolYear
    status: str

    @property
    def status_name(self) -> str:
        return PLAN_STATUSES.get(self.status, self.status)

    @property
    def label(self) -> str:
        """Text for a switcher: ``"De Regenboog — 2026-2027"``."""
        return f"{self.school_name} — {self.school_year}"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "school": self.school_name, "school_id": self.school_id, "title": self.title,
                "school_year": str(self.school_year), "status": self.status}


def plan_info(plan: Plan) -> PlanInfo:
    return PlanInfo(id=plan.id, school_id=plan.school_id, school_name=plan.school.name,
                    school_type=plan.school.school_type, title=plan.title, school_year=SchoolYear(plan.school_year),
                    status=plan.status)


def default_title(school_year: SchoolYear) -> str:
    return _("Plan welbevinden {year}").format(year=school_year)


def load_plan(session: Any, plan_id: int) -> Plan:
    """The ORM plan inside an open session, or :class:`NotFoundError`."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFoundError(_("Plan {id} bestaat niet (meer).").format(id=plan_id))
    return plan  # type: ignore[no-any-return]


def create_plan(db: Database, school_id: int, school_year: SchoolYear, title: str | None = None) -> PlanInfo:
    """Create the plan of ``school_id`` for ``school_year``; a second plan for the same year is refused."""
    clean_title = validation.text(title, label=_("De titel"), field="title") or default_title(school_year)
    with db.unit_of_work() as session:
        school = session.get(School, school_id)
        if school is None:
            raise NotFoundError(_("School {id} bestaat niet (meer).").format(id=school_id))
        exists = session.scalar(select(Plan.id).where(Plan.school_id == school_id,
                                                      Plan.school_year == school_year.start_year))
        if exists is not None:
            raise UserError(_("{school} heeft al een plan voor schooljaar {year}.").format(
                school=school.name, year=school_year))
        plan = Plan(school=school, school_year=school_year.start_year, title=clean_title, status="concept")
        session.add(plan)
        session.flush()
        return plan_info(plan)


def get_plan(db: Database, plan_id: int) -> PlanInfo:
    with db.reading() as session:
        return plan_info(load_plan(session, plan_id))


def list_plans(db: Database) -> list[PlanInfo]:
    """All plans, by school name and then newest school year first."""
    with db.reading() as session:
        rows = session.scalars(select(Plan).join(Plan.school).options(contains_eager(Plan.school))
                               .order_by(School.name, School.id, Plan.school_year.desc()))
        return [plan_info(plan) for plan in rows]


def plans_of_school(db: Database, school_id: int) -> list[PlanInfo]:
    with db.reading() as session:
        rows = session.scalars(select(Plan).where(Plan.school_id == school_id).order_by(Plan.school_year.desc()))
        return [plan_info(plan) for plan in rows]


def update_plan(db: Database, plan_id: int, **changes: Any) -> PlanInfo:
    """Change a plan's title or status."""
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        if "title" in changes:
            title = validation.text(changes.pop("title"), label=_("De titel van het plan"), field="title",
                                    required=True)
            plan.title = title or plan.title
        if "status" in changes:
            status = changes.pop("status")
            if status not in PLAN_STATUSES:
                raise ValidationError(_("Onbekende status: {status}").format(status=status), field="status")
            plan.status = status
        if changes:
            raise ValidationError(_("Onbekend veld: {field}").format(field=", ".join(changes)))
        session.flush()
        return plan_info(plan)


def previous_plan_id(db: Database, plan_id: int) -> int | None:
    """The plan of the same school for the school year before, if any."""
    with db.reading() as session:
        plan = load_plan(session, plan_id)
        if plan.baseline_plan_id is not None:
            return plan.baseline_plan_id
        return session.scalar(select(Plan.id).where(Plan.school_id == plan.school_id,
                                                    Plan.school_year == plan.school_year - 1))
