"""Use cases for plans: one plan per school per school year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from wellbeing_planner.core import validation
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import NotFoundError, UserError, ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Plan, School

#: Plan statuses in their natural order, with their Dutch names.
PLAN_STATUSES = Labels({
    "concept": _("Concept"),
    "vastgesteld": _("Vastgesteld"),
    "afgerond": _("Afgerond"),
})


@dataclass(frozen=True, slots=True)
class PlanInfo:
    id: int
    school_id: int
    school_name: str
    school_type: str
    title: str
    school_year: SchoolYear
    status: str
    kind: str = "school"  # of the organisation: school, kinderopvang or keten

    @property
    def status_name(self) -> str:
        return PLAN_STATUSES.get(self.status, self.status)

    @property
    def label(self) -> str:
        """Text for a switcher: ``"De Regenboog — 2026-2027"``."""
        return f"{self.school_name} — {self.school_year}"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "school": self.school_name, "school_id": self.school_id, "title": self.title,
                "school_year": str(self.school_year), "status": self.status, "kind": self.kind}


def plan_info(plan: Plan) -> PlanInfo:
    return PlanInfo(id=plan.id, school_id=plan.school_id, school_name=plan.school.name,
                    school_type=plan.school.school_type, title=plan.title, school_year=SchoolYear(plan.school_year),
                    status=plan.status, kind=plan.school.kind or "school")


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


# --- adoption (Vaststelling) ----------------------------------------------------------------------------------

#: The adoption fields of a plan: who signs for the school and for the MR, and on which day.
ADOPTION_FIELDS = ("director_name", "director_signed_on", "mr_name", "mr_signed_on")


@dataclass(frozen=True, slots=True)
class Adoption:
    """Who adopts the plan and when; empty fields are printed as lines to fill in by hand."""

    director_name: str | None = None
    director_signed_on: dt.date | None = None
    mr_name: str | None = None
    mr_signed_on: dt.date | None = None


def _adoption_name(value: Any) -> str | None:
    text = "" if value is None else str(value).strip()
    if len(text) > 200:
        raise ValidationError(_("De naam is te lang (hoogstens 200 tekens)."), field="name")
    return text or None


def _adoption_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(_("'{text}' is geen datum; schrijf bijvoorbeeld 1-10-2026.").format(text=text),
                          field="date")


def clean_adoption(changes: dict[str, Any]) -> dict[str, Any]:
    """Validated adoption values (names stripped, dates parsed); raises :class:`ValidationError`."""
    unknown = set(changes) - set(ADOPTION_FIELDS)
    if unknown:
        raise ValidationError(_("Onbekend veld: {field}").format(field=", ".join(sorted(unknown))))
    return {name: (_adoption_date(value) if name.endswith("_on") else _adoption_name(value))
            for name, value in changes.items()}


def adoption_of(plan: Plan) -> Adoption:
    return Adoption(plan.director_name, plan.director_signed_on, plan.mr_name, plan.mr_signed_on)


def get_adoption(db: Database, plan_id: int) -> Adoption:
    with db.reading() as session:
        return adoption_of(load_plan(session, plan_id))


def set_adoption(db: Database, plan_id: int, **changes: Any) -> Adoption:
    """Store names and dates of the adoption (``director_name``, ``director_signed_on``, ``mr_name``,
    ``mr_signed_on``; dates as ``date`` or ``dd-mm-jjjj``); return the previous values, for undo."""
    clean = clean_adoption(changes)
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        old = adoption_of(plan)
        for name, value in clean.items():
            setattr(plan, name, value)
        return old
