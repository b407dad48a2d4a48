"""Month figures of the Jaarplanning: every running activity counts, and money adds up to the cent."""

from __future__ import annotations

from decimal import Decimal

from wellbeing_planner.core import activities, plans, schools
from wellbeing_planner.core.planning import _spread, plan_totals
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.storage.db import Database


def test_money_over_months_adds_up_exactly_and_evenly() -> None:
    assert _spread(Decimal("1250.50"), 4) == [Decimal("312.63"), Decimal("312.63"), Decimal("312.62"),
                                               Decimal("312.62")]
    for amount, parts in ((Decimal("0.01"), 3), (Decimal("100"), 7), (Decimal("99999.99"), 12)):
        pieces = _spread(amount, parts)
        assert sum(pieces) == amount and max(pieces) - min(pieces) <= Decimal("0.01")


def test_a_month_counts_every_activity_running_in_it(db: Database) -> None:
    school = schools.create_school(db, "OBS De Linde", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    activities.add_activity(db, plan.id, "Kanjertraining", start_month="2026-09-01", end_month="2026-12-01",
                            budget="1.250,50")
    activities.add_activity(db, plan.id, "Ouderavond", start_month="2026-11-01", end_month="2026-11-01")
    months = dict(plan_totals(load_plan_view(db, plan.id)).per_month)
    counts = {m.month: row.activities for m, row in months.items() if row.activities}
    assert counts == {9: 1, 10: 1, 11: 2, 12: 1}
    money = [row.budget for m, row in months.items() if row.budget]
    assert money == [Decimal("312.63"), Decimal("312.63"), Decimal("312.62"), Decimal("312.62")]
    assert sum(money) == Decimal("1250.50")
