"""Bestuursoverzicht: all schools of a board side by side (A4 landscape), from :mod:`core.board`.

Sections: plan status per school year; the zelfscan per pillar with the trend against the year before; goals by
pillar and by prevention layer; money and hours; the problems the plan check finds.  Every figure is the latest
plan's, as in ``board --json``.  Takes a plain :class:`~wellbeing_planner.core.board.BoardOverview`, so it can be
rendered off the GUI thread and tested without a database.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wellbeing_planner.core.board import BoardOverview, BoardSchool, counted
from wellbeing_planner.core.formatting import format_money, format_number, format_percent
from wellbeing_planner.i18n import _
from wellbeing_planner.reports.common import (
    Heading,
    ReportDocument,
    markup,
    page_numbers_canvas,
    safe,
    table,
    text,
)

TITLE = _("Bestuursoverzicht")
PAGESIZE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGESIZE[0] - 2 * MARGIN


def _trend(value: float | None) -> str:
    if value is None:
        return ""
    points = round(value * 100)
    return f" (+{points})" if points > 0 else f" ({points})" if points < 0 else " (=)"


def _where(school: BoardSchool) -> str:
    return ", ".join(part for part in (school.gemeente, school.ggd_region) if part)


def _filter_line(overview: BoardOverview) -> str:
    parts = []
    if overview.filter.school_type:
        parts.append(_("schooltype {type}").format(type=overview.filter.school_type))
    if overview.filter.region:
        parts.append(_("regio {region}").format(region=overview.filter.region))
    if overview.filter.name:
        parts.append(_("naam bevat '{name}'").format(name=overview.filter.name))
    return _("Filter: {what}").format(what=", ".join(parts)) if parts else _("Alle scholen")


def story(overview: BoardOverview) -> list[Flowable]:
    totals = overview.totals()
    parts: list[Any] = [Heading(str(TITLE)), text(_filter_line(overview), "muted"),
                        text(_("{counted}. Laatste plannen samen: begroot {planned} van "
                               "{available} beschikbaar, {hours} uur, {problems} aandachtspunt(en).").format(
                                   counted=counted(totals["schools"], totals["plans"]),
                                   planned=format_money(totals["budget_planned"]),
                                   available=format_money(totals["budget_available"]),
                                   hours=format_number(totals["hours"]), problems=totals["problems"]))]
    if not overview.schools:
        parts.append(text(_("Geen scholen gevonden (met dit filter).")))
        return parts
    years = list(overview.school_years)
    name_width, type_width, where_width = 60 * mm, 14 * mm, 40 * mm
    rest = WIDTH - name_width - type_width

    parts.append(Heading(_("Plannen per schooljaar"), 1))
    rows = [[school.name, school.school_type, _where(school),
             *[(plan.status_name if (plan := school.plan_in(year.start_year)) else "—") for year in years]]
            for school in overview.schools]
    year_width = (rest - where_width) / max(1, len(years))
    parts.append(table([_("School"), _("Type"), _("Regio"), *[str(year) for year in years]], rows,
                       [name_width, type_width, where_width, *[year_width] * len(years)]))

    pillars = overview.pillars
    parts.append(Heading(_("Zelfscan per pijler (laatste plan; tussen haakjes: verschil met het jaar ervoor)"), 1))
    rows = []
    for school in overview.schools:
        latest = school.latest
        rows.append([school.name, str(latest.school_year) if latest else "—",
                     *[(format_percent(latest.pillar_scores.get(pid), empty="—") + _trend(school.trend(pid))
                        if latest else "—") for pid, _name in pillars]])
    pillar_width = (rest - 26 * mm + type_width) / max(1, len(pillars))
    parts.append(table([_("School"), _("Schooljaar"), *[name for _pid, name in pillars]], rows,
                       [name_width, 26 * mm, *[pillar_width] * len(pillars)], right=range(2, 2 + len(pillars))))

    layers = overview.layers
    parts.append(Heading(_("Doelen per pijler en preventielaag (laatste plan)"), 1))
    rows = []
    for school in overview.schools:
        latest = school.latest
        rows.append([school.name,
                     *[str(latest.goals_by_pillar.get(pid, 0)) if latest else "—" for pid, _name in pillars],
                     *[str(latest.goals_by_layer.get(lid, 0)) if latest else "—" for lid, _name in layers]])
    count_width = (WIDTH - name_width) / max(1, len(pillars) + len(layers))
    parts.append(table([_("School"), *[name for _pid, name in pillars], *[name for _lid, name in layers]], rows,
                       [name_width, *[count_width] * (len(pillars) + len(layers))],
                       right=range(1, 1 + len(pillars) + len(layers))))

    parts.append(Heading(_("Geld en uren (laatste plan)"), 1))
    rows = []
    for school in overview.schools:
        latest = school.latest
        if latest is None:
            rows.append([school.name, "—", "", "", "", "", ""])
            continue
        rows.append([school.name, str(latest.school_year), str(latest.goals), str(latest.activities),
                     format_number(latest.hours), format_money(latest.budget_planned),
                     format_money(latest.budget_available, empty="—")])
    money_width = (WIDTH - name_width) / 6
    parts.append(table([_("School"), _("Schooljaar"), _("Doelen"), _("Activiteiten"), _("Uren"), _("Begroot"),
                        _("Beschikbaar")], rows, [name_width, *[money_width] * 6], right=range(2, 7)))

    parts.append(Heading(_("Aandachtspunten (laatste plan)"), 1))
    with_problems = [school for school in overview.schools if school.latest and school.latest.problems]
    if not with_problems:
        parts.append(text(_("Geen aandachtspunten: de plancontrole vindt bij geen enkele school iets.")))
    for school in with_problems:
        assert school.latest is not None
        parts.append(markup(f"<b>{safe(school.name)}</b> — {school.latest.school_year}", "small"))
        for problem in school.latest.problems:
            parts.append(text(f"• {problem}", "small"))
        parts.append(Spacer(1, 2 * mm))
    return parts


def render_board(overview: BoardOverview) -> bytes:
    buffer = io.BytesIO()
    years = overview.school_years
    span = f"{years[0]} – {years[-1]}" if years else ""
    document = ReportDocument(buffer, title=str(TITLE), school=_("Schoolbestuur"), school_year=span,
                              subject=_("Welbevinden en sociale veiligheid"), pagesize=PAGESIZE, cover=False,
                              side_margin=MARGIN)
    document.build(story(overview), canvasmaker=page_numbers_canvas())
    return buffer.getvalue()


def export_board_report(overview: BoardOverview, path: Path) -> Path:
    """Write the board report (``.pdf`` added when missing); never half a file."""
    from wellbeing_planner.reports.export import write_pdf

    return write_pdf(path, render_board(overview))
