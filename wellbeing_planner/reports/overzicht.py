"""Overzicht op één A4 (landscape): vision, goals and the year — for the staff room.

It must fit on one page whatever the plan holds: long lists are shortened with a
"… en nog N" line and the font shrinks a step at a time until it fits.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.i18n import _
from wellbeing_planner.reports.charts import timeline_table
from wellbeing_planner.reports.common import ACCENT, FONT, FONT_BOLD, INK, Bookmark, styles

TITLE = _("Overzicht op één A4")
PAGESIZE = landscape(A4)
MAX_GOALS = 8
MAX_ROWS = 16


def story(view: PlanView) -> list[Flowable]:
    fw = framework()
    base = styles()["body"]
    title = ParagraphStyle("o_title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT)
    head = ParagraphStyle("o_head", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13, textColor=INK)
    small = ParagraphStyle("o_small", parent=base, fontName=FONT, fontSize=8.3, leading=10.5)
    ordered = [g for g in goal_ops.ordered_goals(list(view.goals)) if g.parent_id is None]
    goal_lines = [Paragraph(f"<b>{i}.</b> {escape(g.title)} <font color='#5b6b73'>("
                            f"{escape(', '.join(fw.pillar(p).name for p in g.pillars) or '—')})</font>", small)
                  for i, g in enumerate(ordered[:MAX_GOALS], start=1)]
    if len(ordered) > MAX_GOALS:
        goal_lines.append(Paragraph(escape(_("… en nog {n} doelen").format(n=len(ordered) - MAX_GOALS)), small))
    left: list[Any] = [Paragraph(escape(view.school.name), title),
                       Paragraph(escape(_("Samen werken aan welbevinden · schooljaar {y}").format(
                           y=view.school_year)), head),
                       Paragraph(escape(_("Onze visie")), head), Paragraph(escape(view.vision or "—"), small),
                       Paragraph(escape(_("Onze doelen")), head), *goal_lines]
    timeline = planning.timeline(view)
    shown = planning.Timeline(timeline.months, timeline.rows[:MAX_ROWS], timeline.markers)
    right: list[Any] = [Paragraph(escape(_("Het jaar in één oogopslag")), head),
                        timeline_table(shown, 168 * mm, label_width=60 * mm)]
    if len(timeline.rows) > MAX_ROWS:
        right.append(Paragraph(escape(_("… en nog {n} activiteiten in het jaarplan").format(
            n=len(timeline.rows) - MAX_ROWS)), small))
    width, height = PAGESIZE[0] - 24 * mm, PAGESIZE[1] - 34 * mm
    grid = Table([[KeepInFrame(86 * mm, height, left, mode="shrink"),
                   KeepInFrame(width - 92 * mm, height, right, mode="shrink")]],
                 colWidths=[90 * mm, width - 90 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return [Bookmark(str(TITLE)), KeepInFrame(width, height, [grid], mode="shrink")]
