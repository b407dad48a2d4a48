"""Step 4 — activities per goal: who, when, hours, money (exact decimals) and status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import records
from wellbeing_planner.core.formatting import parse_decimal, parse_money
from wellbeing_planner.core.plans import load_plan
from wellbeing_planner.core.views import ActivityView, PlanView
from wellbeing_planner.errors import NotFoundError, ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Activity, Goal

STATUSES: dict[str, str] = {"gepland": _("Gepland"), "bezig": _("Bezig"), "afgerond": _("Afgerond"),
                            "uitgesteld": _("Uitgesteld"), "vervallen": _("Vervallen")}
#: Progress shown as a traffic light during the year.
PROGRESS: dict[str, str] = {"op_koers": _("Op koers"), "risico": _("Risico"), "vast": _("Loopt vast"),
                            "klaar": _("Klaar")}
ZERO = Decimal("0.00")


def _money(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    return parse_money(str(value))


def _hours(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    hours = parse_decimal(str(value), field="hours")
    if hours is not None and (hours < 0 or hours > 10000):
        raise ValidationError(_("Het aantal uren ligt tussen 0 en 10.000."), field="hours")
    return hours


def _month(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.replace(day=1)
    try:
        return dt.date.fromisoformat(str(value)).replace(day=1)
    except ValueError:
        raise ValidationError(_("Kies een maand."), field="start_month") from None


def _ids(value: Any) -> list[int]:
    items = value.split(",") if isinstance(value, str) else (value or [])
    try:
        return [int(i) for i in items if str(i).strip()]
    except ValueError:
        raise ValidationError(_("Ongeldige keuze van partners.")) from None


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
    })


def activity_view(a: Activity) -> ActivityView:
    return ActivityView(a.id, a.goal_id, a.title, a.description, a.owner_id, a.approach_role, tuple(a.partner_ids),
                        a.start_month, a.end_month, a.hours, a.budget, a.funding_source, a.status, a.progress,
                        a.reflection, a.intervention_id, a.local_intervention_id, a.position)


def activities(db: Database, plan_id: int) -> list[ActivityView]:
    return [activity_view(a) for a in records.rows(db, ACTIVITY, plan_id)]


def _check_months(db: Database, plan_id: int, start: dt.date | None, end: dt.date | None) -> None:
    with db.reading() as session:
        year = load_plan(session, plan_id).school_year
    first, last = dt.date(year, 8, 1), dt.date(year + 1, 7, 1)
    for month in (start, end):
        if month is not None and not first <= month <= last:
            raise ValidationError(_("Kies een maand binnen het schooljaar (augustus {a} t/m juli {b}).").format(
                a=year, b=year + 1), field="start_month")
    if start is not None and end is not None and end < start:
        raise ValidationError(_("De eindmaand ligt vóór de startmaand."), field="end_month")


def add_activity(db: Database, plan_id: int, title: str, **values: Any) -> int:
    clean = ACTIVITY.clean({"title": title, "status": "gepland", **values})
    _check_months(db, plan_id, clean.get("start_month"), clean.get("end_month"))
    return records.add(db, ACTIVITY, plan_id, clean)


def update_activity(db: Database, activity_id: int, **changes: Any) -> dict[str, Any]:
    clean = ACTIVITY.clean(changes)
    with db.reading() as session:
        row = session.get(Activity, activity_id)
        if row is None:
            raise NotFoundError(_("Deze activiteit bestaat niet (meer)."))
        plan_id, start, end = row.plan_id, row.start_month, row.end_month
    if "start_month" in clean or "end_month" in clean:
        _check_months(db, plan_id, clean.get("start_month", start), clean.get("end_month", end))
    return records.update(db, ACTIVITY, activity_id, clean)


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
    value = _money(amount) if not isinstance(amount, str) or amount.strip() else None
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        old = plan.budget_total
        plan.budget_total = value
        return old
