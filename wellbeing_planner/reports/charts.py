"""Charts for the reports: a radar of the four pillars and a year timeline, readable in black and white."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from wellbeing_planner.core.formatting import format_month
from wellbeing_planner.core.planning import Timeline
from wellbeing_planner.i18n import _
from wellbeing_planner.reports.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GRID,
    INK,
    MUTED,
    ReportParagraph,
    ReportTable,
    register_fonts,
    styles,
    text,
)

#: Colours of the marker lines in the timeline (distinct in grey print by lightness, and named in the legend).
EVALUATION_COLOUR = colors.HexColor("#c07a1c")
MONITOR_COLOUR = colors.HexColor("#6a4c93")
DONE_COLOUR = colors.HexColor("#9bb9b6")


def marker_legend(style: ParagraphStyle | None = None) -> ReportParagraph:
    """What the shades and lines of the timeline mean."""
    def swatch(colour: colors.Color, mark: str) -> str:
        return f"<font color='{colour.hexval().replace('0x', '#')}'>{mark}</font>"

    legend = _("{planned} gepland  {done} afgerond  {evaluation} evaluatiemoment  {monitor} monitormoment").format(
        planned=swatch(ACCENT, "■"), done=swatch(DONE_COLOUR, "■"), evaluation=swatch(EVALUATION_COLOUR, "┃"),
        monitor=swatch(MONITOR_COLOUR, "┃"))
    return ReportParagraph(legend, style or styles()["muted"])


def radar(labels: Sequence[str], current: Sequence[float | None], previous: Sequence[float | None] | None,
          current_label: str, previous_label: str, size: float = 260) -> Drawing:
    """Four axes, shares 0..1; this year solid and filled, last year dashed (distinct in grey print)."""
    register_fonts()
    width, height = size + 150, size + 30
    drawing = Drawing(width, height)
    cx, cy, radius = width / 2, height / 2 + 8, size / 2 - 18
    count = len(labels)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - index * 2 * math.pi / count
        return cx + math.cos(angle) * radius * value, cy + math.sin(angle) * radius * value

    for ring in (0.25, 0.5, 0.75, 1.0):
        points = [c for i in range(count) for c in point(i, ring)]
        drawing.add(Polygon(points, strokeColor=GRID, fillColor=None, strokeWidth=0.5))
    for i in range(count):
        x, y = point(i, 1.0)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
    drawing.add(String(cx + 4, cy + radius * 0.5 - 8, "50%", fontName=FONT, fontSize=6, fillColor=MUTED))
    drawing.add(String(cx + 4, cy + radius - 8, "100%", fontName=FONT, fontSize=6, fillColor=MUTED))
    if previous:
        points = [c for i, v in enumerate(previous) for c in point(i, v or 0.0)]
        drawing.add(Polygon(points, strokeColor=colors.HexColor("#555555"), fillColor=None, strokeWidth=1.2,
                            strokeDashArray=[3, 2]))
    points = [c for i, v in enumerate(current) for c in point(i, v or 0.0)]
    drawing.add(Polygon(points, strokeColor=ACCENT, fillColor=colors.Color(0.18, 0.44, 0.45, alpha=0.25),
                        strokeWidth=1.8))
    for i, label in enumerate(labels):
        x, y = point(i, 1.0)
        value = current[i]
        caption = f"{label} {'—' if value is None else f'{round(value * 100)}%'}"
        anchor = "middle" if abs(x - cx) < 1 else ("start" if x > cx else "end")
        dy = 8 if y > cy + 1 else (-14 if y < cy - 1 else -3)
        dx = 6 if anchor == "start" else (-6 if anchor == "end" else 0)
        drawing.add(String(x + dx, y + dy, caption, fontName=FONT_BOLD, fontSize=8, fillColor=INK,
                           textAnchor=anchor))
    drawing.add(Line(10, 8, 30, 8, strokeColor=ACCENT, strokeWidth=2))
    drawing.add(String(34, 5, current_label, fontName=FONT, fontSize=7, fillColor=INK))
    if previous:
        drawing.add(Line(110, 8, 130, 8, strokeColor=colors.HexColor("#555555"), strokeWidth=1.2,
                         strokeDashArray=[3, 2]))
        drawing.add(String(134, 5, previous_label, fontName=FONT, fontSize=7, fillColor=INK))
    return drawing


def timeline_table(timeline: Timeline, width: float, label_width: float = 160) -> Table:
    """The year as a table: a row per activity, shaded months; splits across pages with the month header."""
    month_width = (width - label_width) / 12
    header = [""] + [text(format_month(m, short=True), "tiny") for m in timeline.months]
    data = [header]
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7), ("LEADING", (0, 0), (-1, -1), 8.6),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK), ("GRID", (1, 1), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (1, 0), (-1, 0), 1), ("RIGHTPADDING", (1, 0), (-1, 0), 1),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    group = None
    for row in timeline.rows:
        if row.group != group:
            group = row.group
            data.append([text(group, "cell", width - 12)] + [""] * 12)
            index = len(data) - 1
            style += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index),
                                                             colors.HexColor("#eef3f3"))]
        data.append([text(row.activity.title, "tiny", label_width - 12)] + [""] * 12)
        index = len(data) - 1
        if row.start is not None:
            end = row.end if row.end is not None else row.start
            shade = DONE_COLOUR if row.activity.status == "afgerond" else ACCENT
            style.append(("BACKGROUND", (1 + row.start, index), (1 + end, index), shade))
    for month_index, moment in timeline.markers:
        style.append(("LINEBEFORE", (1 + month_index, 1), (1 + month_index, -1), 1.2,
                      EVALUATION_COLOUR if moment.kind == "evaluatie" else MONITOR_COLOUR))
    result = ReportTable(data, colWidths=[label_width] + [month_width] * 12, repeatRows=1, splitInRow=0)
    result.setStyle(TableStyle(style))
    return result


#: Darkest at the base of the pyramid (universeel), lightest at the top (zorg): readable in grey print.
LAYER_FILLS = {"universeel": "#2f6f73", "selectief": "#5f9ea0", "geindiceerd": "#9cc5c1", "zorg": "#d7e8e5"}


def pyramid_chart(pyramid: Any, width: float, height: float = 150) -> Drawing:
    """One pyramid per school year: a bar per prevention layer as wide as its share of the hours."""
    from wellbeing_planner.core.prevention import layer_ids

    register_fonts()
    drawing = Drawing(width, height)
    years = list(pyramid.years)
    if not years:
        return drawing
    layers = layer_ids()
    column = width / len(years)
    top, bottom = height - 4, 16
    band = (top - bottom) / len(layers)
    for number, year in enumerate(years):
        left, usable = number * column + 6, column - 12
        for level, layer in enumerate(layers):  # universeel at the bottom
            share = year.share(layer) or 0.0
            bar = max(usable * share, 1.0)
            y = bottom + level * band
            drawing.add(Rect(left + (usable - bar) / 2, y + 1, bar, band - 2, strokeColor=None,
                             fillColor=colors.HexColor(LAYER_FILLS.get(layer, "#2f6f73"))))
            drawing.add(String(left + usable / 2, y + band / 2 - 3, f"{round(share * 100)}%", fontName=FONT,
                               fontSize=6.5, textAnchor="middle",
                               fillColor=colors.white if layer in ("universeel", "selectief") and share > 0.2
                               else INK))
        drawing.add(String(left + usable / 2, 3, str(year.school_year), fontName=FONT_BOLD, fontSize=7.5,
                           textAnchor="middle", fillColor=INK))
    return drawing
