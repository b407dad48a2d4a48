"""Step 6 — monitoring and evaluation: moments in the year, progress, goal attainment, the year-end review."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wellbeing_planner.core import records, validation
from wellbeing_planner.core.goals import parse_date
from wellbeing_planner.core.plans import PLAN_STATUSES, PlanInfo, load_plan, plan_info
from wellbeing_planner.core.views import EvaluationView
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Evaluation

KINDS = Labels({"evaluatie": _("Evaluatiemoment"), "monitor": _("Monitormoment")})


def _date(value: Any) -> dt.date:
    day = parse_date(value)
    if day is None:
        raise ValidationError(_("Vul een datum in, bijvoorbeeld 15-01-2027."), field="date")
    return day


EVALUATION = records.RecordKind(
    model=Evaluation, parent_field="plan_id", required=("title", "date"), label=_("moment"),
    fields={
        "date": _date,
        "kind": records.choice(_("Soort"), lambda: list(KINDS)),
        "title": records.text(_("De titel"), required=True),
        "focus": records.long_text(_("Waar gekeken wordt")),
        "notes": records.long_text(_("De bevindingen")),
    })


def evaluations(db: Database, plan_id: int) -> list[EvaluationView]:
    rows = records.rows(db, EVALUATION, plan_id)
    return sorted((EvaluationView(e.id, e.date, e.kind, e.title, e.focus, e.notes) for e in rows),
                  key=lambda e: (e.date, e.id))


def _check_in_year(db: Database, plan_id: int, day: dt.date) -> None:
    with db.reading() as session:
        year = load_plan(session, plan_id).school_year
    check_in_year(day, year)


def check_in_year(day: dt.date, start_year: int) -> None:
    """An evaluation moment lies inside the plan's school year."""
    validation.day_in_year(day, start_year, field="date", message=_("Kies een datum in schooljaar {a}-{b}."))


def add_evaluation(db: Database, plan_id: int, title: str, date: Any, kind: str = "evaluatie",
                   focus: str | None = None) -> int:
    day = _date(date)
    _check_in_year(db, plan_id, day)
    return records.add(db, EVALUATION, plan_id, {"title": title, "date": day, "kind": kind, "focus": focus})


def update_evaluation(db: Database, evaluation_id: int, **changes: Any) -> dict[str, Any]:
    if "date" in changes:
        with db.reading() as session:
            row = session.get(Evaluation, evaluation_id)
            plan_id = row.plan_id if row is not None else 0
        _check_in_year(db, plan_id, _date(changes["date"]))
    return records.update(db, EVALUATION, evaluation_id, changes)


def set_year_evaluation(db: Database, plan_id: int, text: str | None) -> str | None:
    clean = validation.long_text(text, label=_("De jaarevaluatie"), field="year_evaluation")
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        old = plan.year_evaluation
        plan.year_evaluation = clean
        return old


def set_plan_status(db: Database, plan_id: int, status: str) -> tuple[str, PlanInfo]:
    """Move a plan to ``status``; *afgerond* needs a year-end evaluation.  Return the old status and the plan."""
    if status not in PLAN_STATUSES:
        raise ValidationError(_("Onbekende status: {status}").format(status=status))
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        if status == "afgerond" and not (plan.year_evaluation or "").strip():
            raise ValidationError(_("Schrijf eerst de jaarevaluatie; daarna kan het plan worden afgerond."),
                                  field="year_evaluation")
        old = plan.status
        plan.status = status
        session.flush()
        return old, plan_info(plan)
