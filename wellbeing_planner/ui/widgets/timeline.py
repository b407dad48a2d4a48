"""The school year (augustus → juli) as a timeline: a bar per activity, markers for evaluation and monitor
moments, and a line for today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wellbeing_planner.core.formatting import format_month
from wellbeing_planner.core.planning import Timeline
from wellbeing_planner.ui.style import ACCENT, BORDER, ERROR, MUTED, TEXT, WARNING

ROW_HEIGHT = 24


def tr(text: str) -> str:
    return QCoreApplication.translate("TimelineWidget", text)

GROUP_HEIGHT = 26
LABEL_WIDTH = 330
HEADER = 44  # month names on the first line, the 'vandaag' label on the second


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.today: dt.date | None = dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Jaarplanning"))

    def set_timeline(self, timeline: Timeline, today: dt.date | None = None) -> None:
        self.timeline = timeline
        self.today = today or dt.date.today()
        groups = len({row.group for row in timeline.rows})
        # The text equivalent a screen reader reads: every activity with its months.
        spans = []
        for row in timeline.rows:
            if row.start is None:
                spans.append(tr("{title}: nog niet gepland").format(title=row.activity.title))
                continue
            end = row.end if row.end is not None else row.start
            spans.append(f"{row.activity.title}: {format_month(timeline.months[row.start], short=True)}"
                         f"–{format_month(timeline.months[end], short=True)}")
        self.setAccessibleDescription("; ".join(spans))
        self.setFixedHeight(HEADER + 30 + len(timeline.rows) * ROW_HEIGHT + groups * GROUP_HEIGHT)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.timeline is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - LABEL_WIDTH - 10
        month_width = width / 12
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        painter.setFont(small)
        # month header and grid
        for index, month in enumerate(self.timeline.months):
            x = LABEL_WIDTH + index * month_width
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x, 4, month_width, 20), Qt.AlignmentFlag.AlignCenter,
                             format_month(month, short=True))
            painter.setPen(QPen(QColor(BORDER), 1))
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.height() - 30))
        y = HEADER
        group = None
        for row in self.timeline.rows:
            if row.group != group:
                group = row.group
                bold = QFont(small)
                bold.setBold(True)
                painter.setFont(bold)
                painter.setPen(QColor(TEXT))
                painter.drawText(QRectF(4, y + 4, self.width() - 8, GROUP_HEIGHT - 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 painter.fontMetrics().elidedText(group, Qt.TextElideMode.ElideRight,
                                                                  self.width() - 8))
                painter.setFont(small)
                y += GROUP_HEIGHT
            painter.setPen(QColor(TEXT))
            title = painter.fontMetrics().elidedText(row.activity.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 24)
            painter.drawText(QRectF(16, y, LABEL_WIDTH - 20, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            if row.start is not None:
                end = row.end if row.end is not None else row.start
                colour = QColor(ACCENT)
                if row.activity.status == "afgerond":
                    colour = QColor("#8fb8b2")
                elif row.activity.progress in ("risico", "vast"):
                    colour = QColor(WARNING if row.activity.progress == "risico" else ERROR)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(LABEL_WIDTH + row.start * month_width + 2, y + 5,
                                               (end - row.start + 1) * month_width - 4, ROW_HEIGHT - 10), 4, 4)
            y += ROW_HEIGHT
        # evaluation and monitor moments
        for index, moment in self.timeline.markers:
            day_share = (moment.date.day - 1) / 31
            x = LABEL_WIDTH + (index + day_share) * month_width
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#6a4c93") if moment.kind == "monitor" else QColor("#c07a1c"))
            size = 6
            painter.drawPolygon([QPointF(x, self.height() - 24 - size), QPointF(x + size, self.height() - 24),
                                 QPointF(x, self.height() - 24 + size), QPointF(x - size, self.height() - 24)])
        # today
        if self.today is not None:
            for index, month in enumerate(self.timeline.months):
                if (month.year, month.month) == (self.today.year, self.today.month):
                    x = LABEL_WIDTH + (index + (self.today.day - 1) / 31) * month_width
                    painter.setPen(QPen(QColor(ERROR), 2, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(x, HEADER - 16), QPointF(x, self.height() - 30))
                    label = tr("vandaag")
                    label_width = painter.fontMetrics().horizontalAdvance(label)
                    left = x + 4 if x + 4 + label_width < self.width() else x - 4 - label_width
                    painter.drawText(QPointF(left, HEADER - 6), label)  # below the month names, never on them
        painter.end()


class TimelineLegend(QWidget):
    """What the colours and shapes of the timeline mean, drawn with the same colours, above the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str, str]] = [
            ("bar", ACCENT, tr("gepland of bezig")), ("bar", "#8fb8b2", tr("afgerond")),
            ("bar", WARNING, tr("risico")), ("bar", ERROR, tr("loopt vast")),
            ("diamond", "#c07a1c", tr("evaluatiemoment")), ("diamond", "#6a4c93", tr("monitormoment")),
            ("line", ERROR, tr("vandaag")),
        ]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Legenda"))
        self.setAccessibleDescription(", ".join(text for _kind, _colour, text in self.items))

    def _layout(self, width: int) -> tuple[list[tuple[float, float, str, str, str]], float]:
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        x = y = 0.0
        placed = []
        for kind, colour, text in self.items:
            item_width = 26 + metrics.horizontalAdvance(text) + 18
            if x > 0 and x + item_width > width:
                x, y = 0.0, y + line
            placed.append((x, y, kind, colour, text))
            x += item_width
        return placed, y + line

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(max(1, width))[1]) + 2

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def resizeEvent(self, event: object) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        middle = metrics.height() / 2 + 2
        for x, y, kind, colour, text in self._layout(self.width())[0]:
            centre = y + middle
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            if kind == "bar":
                painter.drawRoundedRect(QRectF(x, centre - 5, 20, 10), 3, 3)
            elif kind == "diamond":
                painter.drawPolygon([QPointF(x + 10, centre - 6), QPointF(x + 16, centre), QPointF(x + 10, centre + 6),
                                     QPointF(x + 4, centre)])
            else:
                painter.setPen(QPen(QColor(colour), 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x + 10, centre - 7), QPointF(x + 10, centre + 7))
            painter.setPen(QColor(TEXT))
            painter.drawText(QPointF(x + 26, y + metrics.ascent() + 2), text)
        painter.end()
