"""A radar chart of the four pillars (share of the maximum), with last year drawn beside it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from wellbeing_planner.ui.style import ACCENT, MUTED, TEXT


class RadarChart(QWidget):
    """Shares 0..1 per axis; ``None`` (not scored) is drawn at the centre and marked with a dash."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.current: list[float | None] = []
        self.previous: list[float | None] | None = None
        self.current_label = ""
        self.previous_label = ""
        self.setMinimumSize(QSize(300, 260))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Radargrafiek van de vier pijlers"))

    def set_data(self, labels: list[str], current: list[float | None], current_label: str,
                 previous: list[float | None] | None = None, previous_label: str = "") -> None:
        self.labels, self.current, self.previous = labels, current, previous
        self.current_label, self.previous_label = current_label, previous_label
        parts = [f"{label}: {'—' if v is None else f'{round(v * 100)}%'}" for label, v in zip(labels, current,
                                                                                              strict=False)]
        self.setAccessibleDescription(", ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def _label_parts(self, index: int) -> tuple[str, str]:
        value = self.current[index] if index < len(self.current) else None
        return self.labels[index], "—" if value is None else f"{round(value * 100)}%"

    def _label_width(self, metrics: QFontMetrics, index: int) -> int:
        return max(metrics.horizontalAdvance(part) for part in self._label_parts(index))

    def _angle(self, index: int) -> float:
        return -math.pi / 2 + index * 2 * math.pi / max(1, len(self.labels))

    def _point(self, centre: QPointF, radius: float, index: int, value: float) -> QPointF:
        angle = self._angle(index)
        return QPointF(centre.x() + math.cos(angle) * radius * value, centre.y() + math.sin(angle) * radius * value)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.labels:
            return
        label_font = QFont(self.font())
        label_font.setBold(True)
        metrics = QFontMetrics(label_font)
        line = metrics.height()
        count = len(self.labels)
        # Side labels (left and right of the chart) take two lines, name over value, so that a long pillar
        # name never pushes the chart into a dot; the chart gets what is left, and no label is ever cut off.
        sides = {i: ("right" if math.cos(self._angle(i)) > 0.3 else "left" if math.cos(self._angle(i)) < -0.3
                     else "") for i in range(count)}
        right_w = max([self._label_width(metrics, i) for i in range(count) if sides[i] == "right"], default=0)
        left_w = max([self._label_width(metrics, i) for i in range(count) if sides[i] == "left"], default=0)
        rect = QRectF(self.rect()).adjusted(8 + left_w + 12, line + 10, -(8 + right_w + 12), -(line + 30))
        centre = rect.center()
        radius = min(rect.width() / 2, rect.height() / 2)
        if radius <= 10:
            return
        grid = QPen(QColor("#c9d3d5"), 1)
        painter.setPen(grid)
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([self._point(centre, radius, i, ring) for i in range(len(self.labels))]))
        for i in range(len(self.labels)):
            painter.drawLine(centre, self._point(centre, radius, i, 1.0))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        for ring in (0.5, 1.0):
            painter.drawText(self._point(centre, radius, 0, ring) + QPointF(4, 10), f"{int(ring * 100)}%")
        if self.previous:
            pen = QPen(QColor("#7a8a90"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([self._point(centre, radius, i, v or 0.0)
                                           for i, v in enumerate(self.previous)]))
        painter.setPen(QPen(QColor(ACCENT), 2.5))
        fill = QColor(ACCENT)
        fill.setAlpha(70)
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF([self._point(centre, radius, i, v or 0.0) for i, v in enumerate(self.current)]))
        painter.setBrush(QColor(ACCENT))
        for i, value in enumerate(self.current):
            painter.drawEllipse(self._point(centre, radius, i, value or 0.0), 3.5, 3.5)
        painter.setFont(label_font)
        painter.setPen(QColor(TEXT))
        for i in range(count):
            name, shown = self._label_parts(i)
            anchor = self._point(centre, radius + 10, i, 1.0)
            if sides[i]:
                width = max(metrics.horizontalAdvance(name), metrics.horizontalAdvance(shown))
                x = anchor.x() if sides[i] == "right" else anchor.x() - width
                painter.drawText(QPointF(x, anchor.y() - 2), name)
                painter.drawText(QPointF(x, anchor.y() - 2 + line), shown)
                continue
            text = f"{name} {shown}"
            x = anchor.x() - metrics.horizontalAdvance(text) / 2
            y = anchor.y() + (line - 2 if anchor.y() > centre.y() else -4)
            painter.drawText(QPointF(x, y), text)
        painter.setFont(small)
        legend_y = self.height() - 6
        painter.setPen(QPen(QColor(ACCENT), 3))
        painter.drawLine(QPointF(14, legend_y - 4), QPointF(34, legend_y - 4))
        painter.setPen(QColor(TEXT))
        painter.drawText(QPointF(40, legend_y), self.current_label)
        if self.previous:
            x = 60 + painter.fontMetrics().horizontalAdvance(self.current_label)
            painter.setPen(QPen(QColor("#7a8a90"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, legend_y - 4), QPointF(x + 20, legend_y - 4))
            painter.setPen(QColor(TEXT))
            painter.drawText(QPointF(x + 26, legend_y), self.previous_label)
        painter.end()
