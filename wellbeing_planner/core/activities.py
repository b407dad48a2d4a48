"""Step 4 — activities per goal: who, when, hours, money (exact decimals) and status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import records, validation
from wellbeing_planner.core.plans import load_plan
from wellbeing_planner.core.views import ActivityView, PlanView, activity_from
from wellbeing_planner.errors import NotFoundError, ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Activity, Goal, LocalIntervention, Member, Partner

STATUSES = Labels({"gepland": _("Gepland"), "bezig": _("Bezig"), "afgerond": _("Afgerond"),
                            "uitgesteld": _("Uitgesteld"), "vervallen": _("Vervallen")})
#: Progress shown as a traffic light during the year.
PROGRESS = Labels({"op_koers": _("Op koers"), "risico": _("Risico"), "vast": _("Loopt vast"),
                            "klaar": _("Klaar")})
ZERO = Decimal("0.00")


def _money(value: Any) -> Decimal | None:
    return validation.money(value, field="budget")


def _hours(value: Any) -> Decimal | None:
    return validation.hours(value, field="hours")


def _month(value: Any) -> dt.date | None:
    return validation.month(value)


def _ids(value: Any) -> list[int]:
    items = value.split(",") if isinstance(value, str) else (value or [])
    if not isinstance(items, (list, tuple)):
        raise ValidationError(_("Ongeldige keuze van partners."), field="partner_ids")
    try:
        return list(dict.fromkeys(int(i) for i in items if str(i).strip()))
    except (TypeError, ValueError):
        raise ValidationError(_("Ongeldige keuze van partners."), field="partner_ids") from None


ACTIVITY = records.RecordKind(
    model=Activity, parent_field="plan_id", required=("title",), label=_("activiteit"),
    fields={
        "title": records.text(_("De titel van de activiteit"), required=True, max_length=300),
        "description": records.long_text(_("De beschrijving")),
        "goal_id": records.optional_id,
        "owner_id": records.optional_id,
        "approach_role": records.choice(_("Rol"), lambda: [r.id for r in framework().approach_roles],
                                        required=False),
        "partner_ids": _ids,
        "start_month": _month,
        "end_month": _month,
        "hours": _hours,
        "budget": _money,
        "funding_source": records.choice(_("Financiering"), lambda: [f.id for f in framework().funding_sources],
                                         required=False),
        "status": records.choice(_("Status"), lambda: list(STATUSES)),
        "progress": records.choice(_("Voortgang"), lambda: list(PROGRESS), required=False),
        "reflection": records.long_text(_("De reflectie")),
        "intervention_id": records.text(_("De interventie"), max_length=80),
        "local_intervention_id": records.optional_id,
        "layers": lambda value: _layers(value),
        "setting": records.choice(_("Omgeving"), lambda: [s.id for s in framework().offer_settings],
                                  required=False),
    })


def _layers(value: Any) -> list[str]:
    from wellbeing_planner.core.roadmap import _layers as clean_layers

    return clean_layers(value)


def activity_view(a: Activity) -> ActivityView:
    return activity_from(a)


def activities(db: Database, plan_id: int) -> list[ActivityView]:
    return [activity_view(a) for a in records.rows(db, ACTIVITY, plan_id)]


def _check_months(db: Database, plan_id: int, start: dt.date | None, end: dt.date | None) -> None:
    """Inside the school year; a plan in a meerjarenplan may run an activity on into its later years."""
    from wellbeing_planner.core.roadmap import span_of_plan

    with db.reading() as session:
        plan = load_plan(session, plan_id)
        first, last = span_of_plan(session, plan)
        year = plan.school_year
    check_months(start, end, year, first, last)


def check_months(start: dt.date | None, end: dt.date | None, year: int, first: int, last: int) -> None:
    """The months of an activity of the plan for ``year`` whose dates may fall in school years first…last."""
    if first != last and start is not None and start < dt.date(year, 8, 1):
        validation.months_in_year(start, None, year)  # it starts in this plan's own year
    validation.months_in_year(start, end, year if first == last else max(first, year), last)


def _check_references(db: Database, plan_id: int, clean: dict[str, Any]) -> None:
    """Goal, owner, partners and intervention must exist: in this plan, at this school, in the catalogue."""
    wanted = ("goal_id", "owner_id", "partner_ids", "intervention_id", "local_intervention_id")
    if not any(clean.get(name) for name in wanted):
        return
    with db.reading() as session:
        plan = load_plan(session, plan_id)
        goal_ids = list(session.scalars(select(Goal.id).where(Goal.plan_id == plan_id)))
        member_ids = list(session.scalars(select(Member.id).where(Member.school_id == plan.school_id)))
        partner_ids = list(session.scalars(select(Partner.id).where(Partner.school_id == plan.school_id)))
        local_ids = list(session.scalars(select(LocalIntervention.id))) if clean.get("local_intervention_id") else []
    validation.reference(clean.get("goal_id"), goal_ids, label=_("Het doel"), field="goal_id")
    validation.reference(clean.get("owner_id"), member_ids, label=_("De eigenaar"), field="owner_id")
    for partner in clean.get("partner_ids") or []:
        validation.reference(partner, partner_ids, label=_("De partner"), field="partner_ids")
    validation.reference(clean.get("local_intervention_id"), local_ids, label=_("De eigen interventie"),
                         field="local_intervention_id")
    check_intervention_id(clean.get("intervention_id"))


def check_intervention_id(intervention_id: str | None) -> None:
    """A catalogue intervention id must be in this version's catalogue."""
    from wellbeing_planner.content.catalogue import catalogue

    if intervention_id and catalogue().get(intervention_id) is None:
        raise ValidationError(_("Interventie {id} staat niet in de catalogus.").format(id=intervention_id),
                              field="intervention_id")


def add_activity(db: Database, plan_id: int, title: str, **values: Any) -> int:
    clean = ACTIVITY.clean({"title": title, "status": "gepland", **values})
    _check_months(db, plan_id, clean.get("start_month"), clean.get("end_month"))
    _check_references(db, plan_id, clean)
    return records.add(db, ACTIVITY, plan_id, clean)


def update_activity(db: Database, activity_id: int, *, expected_version: int | None = None,
                    **changes: Any) -> dict[str, Any]:
    clean = ACTIVITY.clean(changes)
    with db.reading() as session:
        row = session.get(Activity, activity_id)
        if row is None:
            raise NotFoundError(_("Deze activiteit bestaat niet (meer)."))
        plan_id, start, end = row.plan_id, row.start_month, row.end_month
    if "start_month" in clean or "end_month" in clean:
        _check_months(db, plan_id, clean.get("start_month", start), clean.get("end_month", end))
    _check_references(db, plan_id, clean)
    return records.update(db, ACTIVITY, activity_id, clean, expected_version=expected_version)


def add_activity_for_intervention(db: Database, plan_id: int, goal_id: int | None, intervention_id: str) -> int:
    """A new activity under ``goal_id`` linked to a catalogue intervention (from the suggestions panel)."""
    from wellbeing_planner.core.catalogue import find_intervention, parse_local_id

    entry = find_intervention(db, intervention_id)
    if entry is None:
        raise NotFoundError(_("Interventie {id} bestaat niet.").format(id=intervention_id))
    if goal_id is not None:
        with db.reading() as session:
            goal = session.get(Goal, goal_id)
            if goal is None or goal.plan_id != plan_id:
                raise NotFoundError(_("Dit doel bestaat niet (meer)."))
    local = parse_local_id(intervention_id)
    clean = ACTIVITY.clean({"title": entry.name, "status": "gepland", "goal_id": goal_id,
                            "description": entry.description,
                            "intervention_id": None if local is not None else intervention_id})
    clean["local_intervention_id"] = local
    return records.add(db, ACTIVITY, plan_id, clean)  # one transaction: the link is never lost halfway


# --- budget ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetOverview:
    total_planned: Decimal
    budget_total: Decimal | None
    remainder: Decimal | None


def budget_overview(view: PlanView) -> BudgetOverview:
    """Planned money (activities that are not cancelled) against the plan's total budget, exactly."""
    planned = sum((a.budget or ZERO for a in view.activities if a.status != "vervallen"), ZERO)
    remainder = None if view.budget_total is None else view.budget_total - planned
    return BudgetOverview(planned, view.budget_total, remainder)


def set_budget_total(db: Database, plan_id: int, amount: Any) -> Decimal | None:
    """Set (or clear) the plan's total budget; Dutch input such as ``"€ 12.500"``; return the old value."""
    value = _money(amount)
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        old = plan.budget_total
        plan.budget_total = value
        return old
