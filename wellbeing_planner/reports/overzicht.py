"""Overzicht op één A4 (landscape): vision, goals, scores, budget and the year — for the staff room.

It is one page that a person can read from a metre away: the type never gets smaller than 7 pt. When not
everything fits, it shows what matters most and says how much more the jaarplan holds:

* goals in the documented priority order (core.goals.ordered_goals: the priority formula, then position);
  top-level goals only, sub-goals are in the jaarplan;
* activities in the same order (grouped under their goal, most important goal first), as many as fit;
* a vision longer than the space is shortened at a word with "…" and a pointer to the jaarplan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Table, TableStyle

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities as activity_ops
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning, scan
from wellbeing_planner.core.formatting import format_money, format_percent
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _
from wellbeing_planner.reports.charts import marker_legend, timeline_table
from wellbeing_planner.reports.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    Bookmark,
    ReportParagraph,
    safe,
    styles,
    text,
)

TITLE = _("Overzicht op één A4")
PAGESIZE = landscape(A4)
MARGIN = 12 * mm
#: The smallest type on the page; the overzicht never shrinks below it.
MIN_FONT_SIZE = 7
LEFT_WIDTH = 92 * mm
GUTTER = 8 * mm
TITLE_CHARS = 110  # a goal or activity title longer than this is shortened with "…" (the jaarplan has it all)


def frame_size() -> tuple[float, float]:
    """Width and height of the body frame on the landscape page (see export.render_report)."""
    return PAGESIZE[0] - 2 * MARGIN, PAGESIZE[1] - 22 * mm - 18 * mm - 12


def shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0] if " " in value[:limit] else value[:limit]
    return cut.rstrip(",.;:") + "…"


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    return {
        "title": ParagraphStyle("o_title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=19, textColor=ACCENT,
                                spaceAfter=2),
        "head": ParagraphStyle("o_head", parent=base, fontName=FONT_BOLD, fontSize=10, leading=12.5, textColor=INK,
                               spaceBefore=5, spaceAfter=2),
        "text": ParagraphStyle("o_text", parent=base, fontSize=8, leading=10, spaceAfter=1.5),
        "more": ParagraphStyle("o_more", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=1),
    }


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _fit_paragraph(raw: str, style: ParagraphStyle, width: float, height: float, tail: str) -> ReportParagraph:
    """``raw`` as a paragraph no taller than ``height``: shortened at a word with ``tail`` when needed."""
    paragraph = ReportParagraph(safe(raw, width, style.fontSize), style)
    if _height([paragraph], width) <= height:
        return paragraph
    # a line holds at most width / 2 pt characters of 7 pt type or larger: more than that is never needed
    words = raw[: int(width / 2 * height / MIN_FONT_SIZE)].split()
    low, high = 0, len(words)
    while low < high:  # the most words that fit, with the tail
        middle = (low + high + 1) // 2
        candidate = ReportParagraph(safe(" ".join(words[:middle]), width, style.fontSize) + "… " + escape(tail), style)
        if _height([candidate], width) <= height:
            low = middle
        else:
            high = middle - 1
    return ReportParagraph(safe(" ".join(words[:low]), width, style.fontSize) + "… " + escape(tail), style)


def _left_column(view: PlanView, width: float, height: float) -> list[Flowable]:
    fw = framework()
    st = _styles()
    top = [ReportParagraph(safe(shorten(view.school.name, 80), width, st["title"].fontSize), st["title"]),
           ReportParagraph(escape(_("Samen werken aan welbevinden · schooljaar {y}").format(y=view.school_year)),
                     st["head"])]
    # the fixed part at the bottom: pillar scores and the budget
    shares = scan.pillar_scores(view.scores, view.school.school_type)
    scores = " · ".join(f"{p.name} {format_percent(shares[p.id].share, empty='—')}" for p in fw.pillars)
    budget = activity_ops.budget_overview(view)
    money = _("{planned} begroot").format(planned=format_money(budget.total_planned))
    if budget.budget_total is not None:
        money += _(" van {total} budget").format(total=format_money(budget.budget_total))
    bottom = [ReportParagraph(escape(_("Zelfscan per pijler")), st["head"]),
              ReportParagraph(escape(scores), st["text"]),
              ReportParagraph(escape(_("Begroting")), st["head"]), ReportParagraph(escape(money), st["text"])]
    goals = [g for g in goal_ops.ordered_goals(list(view.goals)) if g.parent_id is None]
    vision_head = ReportParagraph(escape(_("Onze visie")), st["head"])
    goals_head = ReportParagraph(escape(_("Onze doelen")), st["head"])
    fixed = _height([*top, *bottom, vision_head, goals_head], width)
    room = height - fixed
    # the vision gets at most 40 % of what is left; the goals the rest
    from wellbeing_planner.reports.sections import NO_VISION

    vision = _fit_paragraph(view.vision or NO_VISION, st["text"], width, max(room * 0.4, 30),
                            _("(verder in het jaarplan)"))
    room -= _height([vision], width)
    lines: list[Flowable] = []
    more_height = _height([ReportParagraph("+", st["more"])], width)
    used = 0.0
    for index, goal in enumerate(goals, start=1):
        pillars = ", ".join(fw.pillar(p).name for p in goal.pillars) or "—"
        line = ReportParagraph(f"<b>{index}.</b> {safe(shorten(goal.title, TITLE_CHARS), width, 8)} "
                         f"<font color='#5b6b73'>({safe(pillars, width, 8)})</font>", st["text"])
        needed = _height([line], width)
        if used + needed + (more_height if index < len(goals) else 0) > room:
            lines.append(ReportParagraph(escape(_("+{n} meer in het jaarplan").format(n=len(goals) - index + 1)),
                                   st["more"]))
            break
        lines.append(line)
        used += needed
    if not goals:
        lines.append(ReportParagraph(escape(_("Er zijn nog geen doelen vastgelegd.")), st["text"]))
    return [*top, vision_head, vision, goals_head, *lines, *bottom]


def _right_column(view: PlanView, width: float, height: float) -> list[Flowable]:
    st = _styles()
    head = ReportParagraph(escape(_("Het jaar in één oogopslag")), st["head"])
    legend = marker_legend(st["more"])
    label_width = 62 * mm
    # No row is lower than one line of 7 pt type: more rows than this can never fit, so only these are prepared.
    candidates = int(height // (MIN_FONT_SIZE + 2)) + 1
    # the timeline of just the first activities in its own order (goals by priority, then those without a goal):
    # a plan of 300 activities shows about 40, and laying out the rest would be work for nothing
    total = len(view.activities)
    first: list[int] = []
    for goal in goal_ops.ordered_goals(list(view.goals)):
        first += [a.id for a in view.activities_of(goal.id)][: candidates - len(first)]
    first += [a.id for a in view.activities if a.goal_id is None or view.goal(a.goal_id) is None]
    keep = set(first[:candidates])
    timeline = planning.timeline(dataclasses.replace(view, activities=tuple(
        a for a in view.activities if a.id in keep)))
    rows = [planning.TimelineRow(shorten(r.group, TITLE_CHARS), _short_activity(r.activity), r.start, r.end)
            for r in timeline.rows]

    def build(count: int) -> list[Flowable]:
        shown = planning.Timeline(timeline.months, rows[:count], timeline.markers)
        parts: list[Flowable] = [head, timeline_table(shown, width, label_width=label_width), legend]
        if count < total:
            parts.append(ReportParagraph(escape(_("+{n} meer in het jaarplan").format(n=total - count)), st["more"]))
        return parts

    # the height each activity adds (its row, and the row of its goal when that starts): as timeline_table lays out
    used = _height([head, legend, ReportParagraph("+", st["more"])], width) + _height([text("mrt", "tiny")], width) + 3
    count, group = 0, None
    tiny = styles()["tiny"]
    for row in rows:
        if stringWidth(row.activity.title, tiny.fontName, tiny.fontSize) < label_width - 14:
            needed = tiny.leading + 3  # one line: no need to lay it out
        else:
            needed = _height([text(row.activity.title, "tiny", label_width - 12)], label_width - 12) + 3
        if row.group != group:
            needed += _height([text(row.group, "cell", width - 12)], width - 12) + 3
        if used + needed > height:
            break
        used += needed
        count, group = count + 1, row.group
    result = build(count)
    while count and _height(result, width) > height:  # rounding: one fewer
        count -= 1
        result = build(count)
    return result


def _short_activity(activity: Any) -> Any:
    return dataclasses.replace(activity, title=shorten(activity.title, TITLE_CHARS))


def story(view: PlanView) -> list[Flowable]:
    width, height = frame_size()
    right_width = width - LEFT_WIDTH - GUTTER
    left = _left_column(view, LEFT_WIDTH, height)
    right = _right_column(view, right_width, height)
    grid = Table([[left, right]], colWidths=[LEFT_WIDTH + GUTTER, right_width])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)]
                             + [(side, (0, 0), (-1, -1), 0) for side in
                                ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
                             + [("RIGHTPADDING", (0, 0), (0, 0), GUTTER)]))
    # Measured to fit; the shrinking frame is only a safety net so that an overview can never fail to print.
    return [Bookmark(_(str(TITLE))), KeepInFrame(width, height, [grid], mode="shrink")]
