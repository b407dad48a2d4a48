"""Overzicht op één A4 (landscape): vision, goals, scores, budget and the year — for the staff room.

It is one page that a person can read from a metre away: the type never gets smaller than 7 pt. When not
everything fits, it shows what matters most and says how much more the jaarplan holds:

* goals in the documented priority order (core.goals.ordered_goals: the priority formula, then position);
  top-level goals only, sub-goals are in the jaarplan;
* activities in the same order (grouped under their goal, most important goal first), as many as fit;
* a vision longer than the space is shortened at a word with "…" and a pointer to the jaarplan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities as activity_ops
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning, scan
from wellbeing_planner.core.formatting import format_money, format_percent
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _
from wellbeing_planner.reports.charts import marker_legend, timeline_table
from wellbeing_planner.reports.common import ACCENT, FONT, FONT_BOLD, INK, MUTED, Bookmark, safe, styles

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


def _fit_paragraph(raw: str, style: ParagraphStyle, width: float, height: float, tail: str) -> Paragraph:
    """``raw`` as a paragraph no taller than ``height``: shortened at a word with ``tail`` when needed."""
    paragraph = Paragraph(safe(raw), style)
    if _height([paragraph], width) <= height:
        return paragraph
    # a line holds at most width / 2 pt characters of 7 pt type or larger: more than that is never needed
    words = raw[: int(width / 2 * height / MIN_FONT_SIZE)].split()
    low, high = 0, len(words)
    while low < high:  # the most words that fit, with the tail
        middle = (low + high + 1) // 2
        candidate = Paragraph(safe(" ".join(words[:middle])) + "… " + escape(tail), style)
        if _height([candidate], width) <= height:
            low = middle
        else:
            high = middle - 1
    return Paragraph(safe(" ".join(words[:low])) + "… " + escape(tail), style)


def _left_column(view: PlanView, width: float, height: float) -> list[Flowable]:
    fw = framework()
    st = _styles()
    top = [Paragraph(safe(shorten(view.school.name, 80)), st["title"]),
           Paragraph(escape(_("Samen werken aan welbevinden · schooljaar {y}").format(y=view.school_year)),
                     st["head"])]
    # the fixed part at the bottom: pillar scores and the budget
    shares = scan.pillar_scores(view.scores, view.school.school_type)
    scores = " · ".join(f"{p.name} {format_percent(shares[p.id].share, empty='—')}" for p in fw.pillars)
    budget = activity_ops.budget_overview(view)
    money = _("{planned} begroot").format(planned=format_money(budget.total_planned))
    if budget.budget_total is not None:
        money += _(" van {total} budget").format(total=format_money(budget.budget_total))
    bottom = [Paragraph(escape(_("Zelfscan per pijler")), st["head"]), Paragraph(escape(scores), st["text"]),
              Paragraph(escape(_("Begroting")), st["head"]), Paragraph(escape(money), st["text"])]
    goals = [g for g in goal_ops.ordered_goals(list(view.goals)) if g.parent_id is None]
    vision_head = Paragraph(escape(_("Onze visie")), st["head"])
    goals_head = Paragraph(escape(_("Onze doelen")), st["head"])
    fixed = _height([*top, *bottom, vision_head, goals_head], width)
    room = height - fixed
    # the vision gets at most 40 % of what is left; the goals the rest
    from wellbeing_planner.reports.sections import NO_VISION

    vision = _fit_paragraph(view.vision or NO_VISION, st["text"], width, max(room * 0.4, 30),
                            _("(verder in het jaarplan)"))
    room -= _height([vision], width)
    lines: list[Flowable] = []
    for index, goal in enumerate(goals, start=1):
        pillars = ", ".join(fw.pillar(p).name for p in goal.pillars) or "—"
        line = Paragraph(f"<b>{index}.</b> {safe(shorten(goal.title, TITLE_CHARS))} "
                         f"<font color='#5b6b73'>({safe(pillars)})</font>", st["text"])
        rest = len(goals) - index
        more = Paragraph(escape(_("+{n} meer in het jaarplan").format(n=rest)), st["more"]) if rest else None
        if _height([*lines, line] + ([more] if more else []), width) > room:
            lines.append(Paragraph(escape(_("+{n} meer in het jaarplan").format(n=len(goals) - index + 1)),
                                   st["more"]))
            break
        lines.append(line)
    if not goals:
        lines.append(Paragraph(escape(_("Er zijn nog geen doelen vastgelegd.")), st["text"]))
    return [*top, vision_head, vision, goals_head, *lines, *bottom]


def _right_column(view: PlanView, width: float, height: float) -> list[Flowable]:
    st = _styles()
    timeline = planning.timeline(view)
    rows = [planning.TimelineRow(shorten(r.group, TITLE_CHARS), _short_activity(r.activity), r.start, r.end)
            for r in timeline.rows]
    head = Paragraph(escape(_("Het jaar in één oogopslag")), st["head"])
    legend = marker_legend(st["more"])
    label_width = 62 * mm

    def build(count: int) -> list[Flowable]:
        shown = planning.Timeline(timeline.months, rows[:count], timeline.markers)
        parts: list[Flowable] = [head, timeline_table(shown, width, label_width=label_width), legend]
        if count < len(rows):
            parts.append(Paragraph(escape(_("+{n} meer in het jaarplan").format(n=len(rows) - count)), st["more"]))
        return parts

    # No row is lower than one line of 7 pt type: more rows than this can never fit, so only these are measured.
    candidates = min(len(rows), int(height // (MIN_FONT_SIZE + 2)) + 1)
    full = build(candidates)
    if candidates == len(rows) and _height(full, width) <= height:
        return full
    table = full[1]
    table.wrap(width, 10_000)
    heights = list(table._rowHeights)
    # the table row of each activity (group rows sit between them)
    activity_rows = [index for index, row in enumerate(table._cellvalues) if index and row[1] == ""
                     and not _is_group_row(table, index)]
    fixed = _height([head, legend, Paragraph("+", st["more"])], width) + heights[0]
    count = 0
    for shown, last_row in enumerate(activity_rows, start=1):
        if fixed + sum(heights[1:last_row + 1]) > height:
            break
        count = shown
    result = build(count)
    while count and _height(result, width) > height:  # rounding: one fewer
        count -= 1
        result = build(count)
    return result


def _is_group_row(table: Any, index: int) -> bool:
    return any(command[0] == "SPAN" and command[1][1] == index for command in getattr(table, "_spanCmds", []))


def _short_activity(activity: Any) -> Any:
    import dataclasses

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
    return [Bookmark(str(TITLE)), KeepInFrame(width, height, [grid], mode="shrink")]
