"""Step 5 — the year planning: timeline rows, the problems a team should look at, and totals.

Money per pillar: an activity counts in full under *each* pillar of its goal (a
director asks "what do we spend on Signaleren?"), so pillar rows can add up to more
than the plan total; the ``total`` row counts every activity once.  Per month, hours
and money are spread evenly over the activity's months in exact cents, the rest on
the last month.  Cancelled activities (*vervallen*) are left out of all totals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core.activities import budget_overview
from wellbeing_planner.core.views import ActivityView, EvaluationView, GoalView, PlanView
from wellbeing_planner.i18n import _

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    message: str
    activity_id: int | None = None
    goal_id: int | None = None
    pillar: str | None = None


@dataclass(frozen=True, slots=True)
class TotalRow:
    hours: Decimal = ZERO
    budget: Decimal = ZERO
    activities: int = 0

    def plus(self, hours: Decimal, budget: Decimal, count: int = 1) -> TotalRow:
        return TotalRow(self.hours + hours, self.budget + budget, self.activities + count)


@dataclass(frozen=True, slots=True)
class PlanTotals:
    total: TotalRow
    per_pillar: dict[str, TotalRow]
    per_funding: dict[str, TotalRow]
    per_month: list[tuple[dt.date, TotalRow]]


@dataclass(frozen=True, slots=True)
class TimelineRow:
    group: str
    activity: ActivityView
    start: int | None  # month index 0 (augustus) .. 11 (juli); None when unplanned
    end: int | None


@dataclass(frozen=True, slots=True)
class Timeline:
    months: list[dt.date]
    rows: list[TimelineRow]
    markers: list[tuple[int, EvaluationView]] = field(default_factory=list)


def _active(view: PlanView) -> list[ActivityView]:
    return [a for a in view.activities if a.status != "vervallen"]


def _goal_pillars(view: PlanView, goal_id: int | None) -> tuple[str, ...]:
    goal = view.goal(goal_id)
    if goal is None:
        return ()
    if not goal.pillars and goal.parent_id is not None:
        parent = view.goal(goal.parent_id)
        return parent.pillars if parent else ()
    return goal.pillars


def _goal_layer(view: PlanView, goal: GoalView | None) -> str | None:
    if goal is None:
        return None
    if goal.prevention_layer is None and goal.parent_id is not None:
        return _goal_layer(view, view.goal(goal.parent_id))
    return goal.prevention_layer


def month_index(view: PlanView, month: dt.date | None) -> int | None:
    return view.school_year.month_index(month) if month else None


def span_in_year(view: PlanView, activity: ActivityView) -> tuple[int | None, int | None]:
    """The months of this school year an activity runs in (0 = August … 11 = July), also when it started in
    an earlier year or runs on into a later one; (None, None) when it does not touch this year."""
    if activity.start_month is None:
        return None, None
    end = activity.end_month or activity.start_month
    first, last = view.school_year.first_day, view.school_year.last_day
    if end < first or activity.start_month > last:
        return None, None
    start_index = month_index(view, max(activity.start_month, first.replace(day=1)))
    end_index = month_index(view, min(end, dt.date(last.year, last.month, 1)))
    return start_index, end_index


def _in_span(view: PlanView, month: dt.date) -> bool:
    """Inside the plan's school year, or inside its roadmap's years."""
    if view.roadmap is not None:
        return dt.date(view.roadmap.first_year, 8, 1) <= month <= dt.date(view.roadmap.last_year + 1, 7, 31)
    return view.school_year.month_index(month) is not None


def timeline(view: PlanView, group_by: str = "goal") -> Timeline:
    """One row per activity, grouped by goal (priority order) or by pillar."""
    from wellbeing_planner.core.goals import goal_numbers, label_with, ordered_goals

    fw = framework()
    rows: list[TimelineRow] = []

    def row(group: str, activity: ActivityView) -> TimelineRow:
        start, end = span_in_year(view, activity)
        return TimelineRow(group, activity, start, end)

    if group_by == "pillar":
        for pillar in fw.pillars:
            for activity in view.activities:
                if pillar.id in _goal_pillars(view, activity.goal_id):
                    rows.append(row(pillar.name, activity))
    else:
        numbers = goal_numbers(view.goals)
        for goal in ordered_goals(list(view.goals)):
            for activity in view.activities_of(goal.id):
                rows.append(row(label_with(goal, numbers), activity))
        for activity in view.activities:
            if activity.goal_id is None or view.goal(activity.goal_id) is None:
                rows.append(row(_("Zonder doel"), activity))
    for activity in view.other_year_activities:  # running on from (or into) another school year
        rows.append(row(_("Loopt door uit een ander schooljaar"), activity))
    markers = [(index, e) for e in view.evaluations
               if (index := view.school_year.month_index(e.date)) is not None]
    return Timeline(view.school_year.months(), rows, markers)


def find_problems(view: PlanView) -> list[Problem]:
    """What a team should look at before the plan is adopted, in a fixed order."""
    fw = framework()
    problems: list[Problem] = []
    year = view.school_year
    for activity in view.activities:
        for month in (activity.start_month, activity.end_month):
            if month is not None and not _in_span(view, month):
                problems.append(Problem("buiten_schooljaar", _("'{a}' valt (deels) buiten schooljaar {y}.").format(
                    a=activity.title, y=year), activity_id=activity.id))
                break
        if activity.owner_id is None and activity.status not in ("vervallen", "afgerond"):
            problems.append(Problem("geen_eigenaar", _("'{a}' heeft geen eigenaar.").format(a=activity.title),
                                    activity_id=activity.id))
        if activity.start_month is None and activity.status not in ("vervallen",):
            problems.append(Problem("niet_gepland", _("'{a}' heeft nog geen maanden.").format(a=activity.title),
                                    activity_id=activity.id))
    for goal in view.goals:
        children = [g.id for g in view.goals if g.parent_id == goal.id]
        if not view.activities_of(goal.id) and not any(view.activities_of(c) for c in children):
            problems.append(Problem("doel_zonder_activiteit", _("Doel '{g}' heeft nog geen activiteiten.").format(
                g=goal.title), goal_id=goal.id))
        if goal.deadline is not None and goal.deadline > year.last_day:
            problems.append(Problem("deadline_na_periode", _("De deadline van '{g}' ligt na dit schooljaar.").format(
                g=goal.title), goal_id=goal.id))
    budget = budget_overview(view)
    if budget.remainder is not None and budget.remainder < 0:
        from wellbeing_planner.core.formatting import format_money

        problems.append(Problem("budget_overschreden", _("Er is {over} meer begroot dan het totale budget.").format(
            over=format_money(-budget.remainder))))
    covered = {p for a in _active(view) for p in _goal_pillars(view, a.goal_id)}
    covered |= {p for g in view.goals for p in g.pillars}
    for pillar in fw.pillars:
        if pillar.id not in covered:
            problems.append(Problem("pijler_leeg", _("Pijler {p} heeft geen doel of activiteit.").format(
                p=pillar.name), pillar=pillar.id))
    layers = {_goal_layer(view, view.goal(a.goal_id)) for a in _active(view)} - {None}
    if len(_active(view)) >= 2 and len(layers) == 1:
        layer = fw.name_of("prevention_layers", next(iter(layers)))
        problems.append(Problem("een_preventielaag", _(
            "Alle activiteiten zitten op één preventielaag ({layer}); een schoolbrede aanpak heeft een brede basis "
            "én iets voor leerlingen met een risico.").format(layer=layer.lower())))
    return problems


def _spread(amount: Decimal, parts: int) -> list[Decimal]:
    """``amount`` over ``parts`` months in whole cents that add up exactly (largest remainder: the
    leftover cents go one each to the first months), e.g. € 1.250,50 over 4 → 312,63 312,63 312,62 312,62."""
    cents = int((amount / CENT).to_integral_value(rounding=ROUND_DOWN))
    rest = amount - cents * CENT  # below a cent (only for odd inputs): kept in the first month
    base, extra = divmod(cents, parts)
    result = [(base + (1 if index < extra else 0)) * CENT for index in range(parts)]
    result[0] += rest
    return result


def _months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    months: list[dt.date] = []
    month = start.replace(day=1)
    while month <= end and len(months) < 72:
        months.append(month)
        month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return months


def plan_totals(view: PlanView) -> PlanTotals:
    fw = framework()
    total = TotalRow()
    per_pillar = {p.id: TotalRow() for p in fw.pillars}
    per_funding: dict[str, TotalRow] = {}
    months = view.school_year.months()
    per_month = {m: TotalRow() for m in months}
    for activity in _active(view):
        hours, budget = activity.hours or ZERO, activity.budget or ZERO
        total = total.plus(hours, budget)
        for pillar in _goal_pillars(view, activity.goal_id):
            per_pillar[pillar] = per_pillar[pillar].plus(hours, budget)
        source = activity.funding_source or "onbekend"
        per_funding[source] = per_funding.get(source, TotalRow()).plus(hours, budget)
        if activity.start_month is None:
            continue
        span = _months_between(activity.start_month, activity.end_month or activity.start_month)
        if not span:
            continue
        for month, h, b in zip(span, _spread(hours, len(span)), _spread(budget, len(span)), strict=True):
            if month in per_month:  # months in another school year belong to that year's figures
                per_month[month] = per_month[month].plus(h, b, 1)  # counts every activity running that month
    return PlanTotals(total, per_pillar, per_funding, [(m, per_month[m]) for m in months])
