"""The board overview (bestuursoverzicht): every school of a school board or samenwerkingsverband side by side.

Per school: the status of its plan in each school year, the zelfscan per pillar with the trend against the
year before, goals by pillar and by prevention layer, money and hours, and the problems the plan check finds.
Filterable by school type and region (gemeente or GGD-regio), exportable as CSV, and printed by
``wellbeing-planner board [--json]``.

Every figure of a plan comes from the same functions as ``summary --json`` (:func:`summary_of` on the plan's
view), so the overview can never tell a board something else than the plan itself does.  Qt-free.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import planning
from wellbeing_planner.core.plans import PLAN_STATUSES
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.summary import summary_of
from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Plan, School

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class BoardPlan:
    """One school year's plan of one school, as the board sees it."""

    plan_id: int
    school_year: SchoolYear
    status: str
    pillar_scores: dict[str, float | None]
    goals: int
    activities: int
    goals_by_pillar: dict[str, int]
    goals_by_layer: dict[str, int]
    budget_planned: Decimal  # the activities' money (not cancelled); ``budget_total`` of summary --json
    budget_available: Decimal | None
    hours: Decimal
    problems: tuple[str, ...]

    @property
    def status_name(self) -> str:
        return PLAN_STATUSES.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class BoardSchool:
    school_id: int
    name: str
    school_type: str
    kind: str
    gemeente: str | None
    ggd_region: str | None
    plans: tuple[BoardPlan, ...]  # oldest school year first

    @property
    def latest(self) -> BoardPlan | None:
        return self.plans[-1] if self.plans else None

    def plan_in(self, school_year: int) -> BoardPlan | None:
        for plan in self.plans:
            if plan.school_year.start_year == school_year:
                return plan
        return None

    def trend(self, pillar: str) -> float | None:
        """The latest scored share of ``pillar`` minus the share of the plan before it (None without both)."""
        scored = [share for plan in self.plans if (share := plan.pillar_scores.get(pillar)) is not None]
        if len(scored) < 2 or self.latest is None or self.latest.pillar_scores.get(pillar) is None:
            return None
        return round(scored[-1] - scored[-2], 4)

    def to_json(self) -> dict[str, Any]:
        """The promised keys of ``board --json``: extend, never rename."""
        latest = self.latest
        return {
            "school_id": self.school_id,
            "school": self.name,
            "school_type": self.school_type,
            "gemeente": self.gemeente,
            "ggd_region": self.ggd_region,
            "plans": [{"plan_id": plan.plan_id, "school_year": str(plan.school_year), "status": plan.status}
                      for plan in self.plans],
            "pillar_scores": dict(latest.pillar_scores) if latest else {},
            "pillar_trend": {pillar: self.trend(pillar) for pillar in (latest.pillar_scores if latest else {})},
            "budget_total": str(latest.budget_planned) if latest else None,
            "budget_available": (None if latest is None or latest.budget_available is None
                                 else str(latest.budget_available)),
            "hours": str(latest.hours) if latest else None,
            "goals_by_pillar": dict(latest.goals_by_pillar) if latest else {},
            "goals_by_layer": dict(latest.goals_by_layer) if latest else {},
            "problems": list(latest.problems) if latest else [],
        }


@dataclass(frozen=True, slots=True)
class BoardFilter:
    school_type: str | None = None
    region: str | None = None  # matches the gemeente or the GGD-regio, without regard to case
    name: str | None = None  # part of the school's name, without regard to case

    def admits(self, school: School) -> bool:
        if self.school_type and school.school_type != self.school_type:
            return False
        if self.region:
            wanted = _fold(self.region)
            if wanted not in (_fold(school.gemeente), _fold(school.ggd_region)):
                return False
        return not (self.name and _fold(self.name) not in _fold(school.name))


@dataclass(frozen=True, slots=True)
class BoardOverview:
    schools: tuple[BoardSchool, ...]
    school_years: tuple[SchoolYear, ...]  # every school year some school has a plan for, oldest first
    filter: BoardFilter = field(default_factory=BoardFilter)

    @property
    def pillars(self) -> list[tuple[str, str]]:
        return [(pillar.id, pillar.name) for pillar in framework().pillars]

    @property
    def layers(self) -> list[tuple[str, str]]:
        return [(layer.id, layer.name) for layer in framework().prevention_layers]

    def totals(self) -> dict[str, Any]:
        """Sums over the latest plan of each school shown."""
        latest = [school.latest for school in self.schools if school.latest is not None]
        return {
            "schools": len(self.schools),
            "plans": sum(len(school.plans) for school in self.schools),
            "budget_planned": sum((plan.budget_planned for plan in latest), ZERO),
            "budget_available": sum((plan.budget_available or ZERO for plan in latest), ZERO),
            "hours": sum((plan.hours for plan in latest), ZERO),
            "problems": sum(len(plan.problems) for plan in latest),
            "by_status": {status: sum(1 for plan in latest if plan.status == status) for status in PLAN_STATUSES},
        }

    def to_json(self) -> list[dict[str, Any]]:
        return [school.to_json() for school in self.schools]


def counted(schools: int, plans: int) -> str:
    """``"1 school, 3 plannen"``: Dutch singular and plural."""
    return (_("1 school") if schools == 1 else _("{n} scholen").format(n=schools)) + ", " + \
        (_("1 plan") if plans == 1 else _("{n} plannen").format(n=plans))


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def board_plan(view: PlanView) -> BoardPlan:
    """The board's figures of one plan, from the same functions as ``summary --json``."""
    summary = summary_of(view)
    fw = framework()
    by_pillar = {pillar.id: 0 for pillar in fw.pillars}
    by_layer = {layer.id: 0 for layer in fw.prevention_layers}
    for goal in view.goals:
        if goal.parent_id is not None:
            continue  # sub-goals belong to their goal
        for pillar in goal.pillars:
            if pillar in by_pillar:
                by_pillar[pillar] += 1
        for layer in goal.all_layers:
            if layer in by_layer:
                by_layer[layer] += 1
    return BoardPlan(
        plan_id=view.id, school_year=view.school_year, status=view.status,
        pillar_scores=dict(summary["pillar_scores"]), goals=int(summary["goals"]),
        activities=int(summary["activities"]), goals_by_pillar=by_pillar, goals_by_layer=by_layer,
        budget_planned=Decimal(summary["budget_total"]),
        budget_available=None if summary["budget_available"] is None else Decimal(summary["budget_available"]),
        hours=planning.plan_totals(view).total.hours, problems=tuple(summary["problems"]))


def board_overview(db: Database, board_filter: BoardFilter | None = None) -> BoardOverview:
    """Every school (that passes the filter) with all its plans, ordered by school name."""
    chosen = board_filter or BoardFilter()
    result = []
    years: set[SchoolYear] = set()
    with db.reading() as session:
        rows = session.execute(select(School, Plan.id).outerjoin(Plan, Plan.school_id == School.id)
                               .order_by(School.name, School.id, Plan.school_year)).all()
        schools: dict[int, tuple[dict[str, Any], list[int]]] = {}
        for school, plan_id in rows:
            if school.kind == "keten" or not chosen.admits(school):
                continue
            entry = schools.setdefault(school.id, ({
                "school_id": school.id, "name": school.name, "school_type": school.school_type,
                "kind": school.kind or "school", "gemeente": school.gemeente, "ggd_region": school.ggd_region,
            }, []))
            if plan_id is not None:
                entry[1].append(int(plan_id))
        preloaded = _preload(session, [plan_id for _info, ids in schools.values() for plan_id in ids])
        for info, plan_ids in sorted(schools.values(), key=lambda item: (_fold(item[0]["name"]),
                                                                         item[0]["school_id"])):
            board_plans = tuple(board_plan(load_plan_view(preloaded, plan_id)) for plan_id in plan_ids)
            years.update(plan.school_year for plan in board_plans)
            result.append(BoardSchool(plans=board_plans, **info))
    return BoardOverview(tuple(result), tuple(sorted(years)), chosen)


class _Preloaded:
    """Stands in for the :class:`Database` in :func:`load_plan_view`: one read-only session in which every
    plan of the board was loaded with all its parts at once (a few queries instead of ~17 per plan), so the
    overview is built by the very function that builds a single plan's view and summary."""

    def __init__(self, session: Session) -> None:
        self._session = session
        #: Strong references: the session's identity map forgets objects nobody holds.
        self.loaded: list[Any] = []

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._session


def _preload(session: Session, plan_ids: list[int]) -> Database:
    from sqlalchemy.orm import selectinload

    from wellbeing_planner.storage.models import Roadmap, RoadmapGoal

    preloaded = _Preloaded(session)
    for chunk in range(0, len(plan_ids), 500):
        preloaded.loaded += session.scalars(select(Plan).where(Plan.id.in_(plan_ids[chunk:chunk + 500])).options(
            selectinload(Plan.school).undefer(School.logo),
            selectinload(Plan.school).selectinload(School.members),
            selectinload(Plan.school).selectinload(School.partners),
            *(selectinload(getattr(Plan, part)) for part in (
                "indicators", "inventory", "stakeholder_inputs", "obligation_checks", "scan_scores", "goals",
                "activities", "evaluations")))).all()
    roadmap_ids = list(session.scalars(select(Plan.roadmap_id).where(Plan.id.in_(plan_ids),
                                                                     Plan.roadmap_id.is_not(None)).distinct()))
    if roadmap_ids:
        preloaded.loaded += session.scalars(select(Roadmap).where(Roadmap.id.in_(roadmap_ids)).options(
            selectinload(Roadmap.goals).selectinload(RoadmapGoal.targets), selectinload(Roadmap.steps),
            selectinload(Roadmap.advice_moments))).all()
    return cast(Database, preloaded)


def regions(db: Database) -> list[str]:
    """Every gemeente and GGD-regio named by a school, for the filter's pick list."""
    with db.reading() as session:
        found = {value for row in session.execute(select(School.gemeente, School.ggd_region)) for value in row
                 if value}
    return sorted(found, key=_fold)


# --- CSV --------------------------------------------------------------------------------------------


def _number(value: Decimal | float | None, places: int = 2) -> str:
    """A number as Dutch spreadsheets read it: decimal comma, no thousands separator."""
    if value is None:
        return ""
    return f"{value:.{places}f}".replace(".", ",")


def csv_rows(overview: BoardOverview) -> list[list[str]]:
    """Header and one row per school per school year."""
    fw = framework()
    header = [_("School"), _("Schooltype"), _("Gemeente"), _("GGD-regio"), _("Schooljaar"), _("Status")]
    header += [_("Zelfscan {pillar} (%)").format(pillar=pillar.name) for pillar in fw.pillars]
    header += [_("Doelen {pillar}").format(pillar=pillar.name) for pillar in fw.pillars]
    header += [_("Doelen {layer}").format(layer=layer.name) for layer in fw.prevention_layers]
    header += [_("Doelen"), _("Activiteiten"), _("Uren"), _("Begroot (€)"), _("Beschikbaar (€)"),
               _("Aandachtspunten")]
    rows = [header]
    for school in overview.schools:
        if not school.plans:  # still listed: the board sees which school has no plan yet
            rows.append([school.name, school.school_type, school.gemeente or "", school.ggd_region or "", "",
                         _("nog geen plan")] + [""] * (len(header) - 6))
        for plan in school.plans:
            row = [school.name, school.school_type, school.gemeente or "", school.ggd_region or "",
                   str(plan.school_year), plan.status_name]
            row += [_number(None if (share := plan.pillar_scores.get(p.id)) is None else share * 100, 1)
                    for p in fw.pillars]
            row += [str(plan.goals_by_pillar.get(p.id, 0)) for p in fw.pillars]
            row += [str(plan.goals_by_layer.get(layer.id, 0)) for layer in fw.prevention_layers]
            row += [str(plan.goals), str(plan.activities), _number(plan.hours), _number(plan.budget_planned),
                    _number(plan.budget_available), " | ".join(plan.problems)]
            rows.append(row)
    return rows


def csv_text(overview: BoardOverview) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(_safe(row) for row in csv_rows(overview))
    return buffer.getvalue()


def _safe(row: Iterable[str]) -> list[str]:
    """Cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection)."""
    return ["'" + cell if cell[:1] in ("=", "+", "-", "@") and not _is_number(cell) else cell for cell in row]


def _is_number(cell: str) -> bool:
    try:
        Decimal(cell.replace(",", "."))
    except ArithmeticError:
        return False
    return True


def export_csv(overview: BoardOverview, target: Path) -> Path:
    """Write the overview as CSV (semicolons, UTF-8 with BOM so Excel shows ë and €); never half a file."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            handle.write(csv_text(overview))
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


# --- text ---------------------------------------------------------------------------------------------


def format_board(overview: BoardOverview) -> str:
    """The overview as readable Dutch text for the terminal."""
    from wellbeing_planner.core.formatting import format_money, format_percent

    if not overview.schools:
        return _("Geen scholen gevonden (met dit filter).")
    lines: list[str] = []
    pillars = overview.pillars
    for school in overview.schools:
        where = ", ".join(part for part in (school.gemeente, school.ggd_region) if part)
        lines.append(f"{school.name} ({school.school_type})" + (f" — {where}" if where else ""))
        if not school.plans:
            lines.append("  " + _("(nog geen plan)"))
            continue
        lines.append("  " + "  ".join(f"{plan.school_year}: {plan.status_name}" for plan in school.plans))
        latest = school.latest
        assert latest is not None
        scores = []
        for pillar_id, name in pillars:
            trend = school.trend(pillar_id)
            arrow = "" if trend is None else (" ↑" if trend > 0 else " ↓" if trend < 0 else " =")
            scores.append(f"{name} {format_percent(latest.pillar_scores.get(pillar_id), empty='–')}{arrow}")
        lines.append("  " + _("Zelfscan {year}: {scores}").format(year=latest.school_year, scores="; ".join(scores)))
        lines.append("  " + _("{goals} doelen, {activities} activiteiten, {hours} uur, begroot {money}").format(
            goals=latest.goals, activities=latest.activities, hours=_number(latest.hours),
            money=format_money(latest.budget_planned)))
        if latest.problems:
            lines.append("  " + _("{count} aandachtspunt(en)").format(count=len(latest.problems)))
    totals = overview.totals()
    lines.append("")
    lines.append(_("Totaal: {counted}, begroot {money} (laatste plannen)").format(
        counted=counted(totals["schools"], totals["plans"]), money=format_money(totals["budget_planned"])))
    return "\n".join(lines)



def change_marker(db: Database) -> int:
    """A number that grows with every change anyone makes (the newest history line): cheap to poll."""
    from wellbeing_planner.core.history import latest_change

    return latest_change(db)
