"""Preventie: the whole pyramid — the Preventiematrix, the offer by pillar, and the effort per layer per year.

The matrix places everything on offer (what already runs, and the plan's activities) by setting
(onderwijs, kinderopvang, gemeentelijke voorzieningen en jeugdhulp, ouders en informele zorg) ×
prevention layer: empty cells show gaps, a marked cell an offer that appears twice on a layer.
The pyramid shows hours and money per layer for each school year of the meerjarenplan, and says
whether the base grows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import navigation, plans, prevention
from wellbeing_planner.core.formatting import format_money, format_number
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.style import ACCENT, MUTED, TEXT, WARNING

_Index = QModelIndex | QPersistentModelIndex
MAX_NAMES = 5  # per matrix cell; the tooltip lists all
#: Lightest at the top of the pyramid, darkest at its base.
LAYER_COLOURS = {"universeel": "#2f6f73", "selectief": "#5f9ea0", "geindiceerd": "#9cc5c1", "zorg": "#d7e8e5"}


class MatrixModel(QAbstractTableModel):
    """Rows: settings (or pillars); columns: prevention layers; a cell lists the offers placed there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: prevention.Matrix | None = None

    def set_matrix(self, matrix: prevention.Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.layers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.matrix.layers[section][1]
        return self.matrix.rows[section][1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        cell = self.matrix.cell(self.matrix.rows[index.row()][0], self.matrix.layers[index.column()][0])
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.empty:
                return self.tr("— leeg —")
            names = [offer.name for offer in cell.offers[:MAX_NAMES]]
            if len(cell.offers) > MAX_NAMES:
                names.append(self.tr("+{n} meer").format(n=len(cell.offers) - MAX_NAMES))
            return "\n".join(names) + (f"\n{self.tr('⚠ dubbel aanbod')}" if cell.doubled else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.empty:
                return QColor("#f3f3f0")
            return QColor("#fdf1d8") if cell.doubled else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(MUTED) if cell.empty else QColor(TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and not cell.empty:
            return "\n".join(f"{o.name} ({self._source_label(o.source)})" for o in cell.offers)
        return None

    def _source_label(self, source: str) -> str:
        """Where an offer comes from, in the language of the window (``inventaris`` or ``activiteit``)."""
        return self.tr("inventaris") if source == "inventaris" else self.tr("activiteit")


class PyramidChart(QWidget):
    """One pyramid per school year: a bar per layer, as wide as its share of the hours, base at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pyramid: prevention.Pyramid | None = None
        self.setMinimumSize(QSize(360, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Piramide van inzet per schooljaar"))

    def set_pyramid(self, pyramid: prevention.Pyramid) -> None:
        self.pyramid = pyramid
        parts = []
        for year in pyramid.years:
            shares = [self.tr("{layer} {hours} uur").format(layer=framework().name_of("prevention_layers", layer),
                                                             hours=format_number(year.effort[layer].hours))
                      for layer in year.effort]
            parts.append(f"{year.school_year}: " + ", ".join(shares))
        self.setAccessibleDescription("; ".join(parts) + ". " + pyramid.sentence())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pyramid is None or not self.pyramid.years:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        layers = prevention.layer_ids()
        years = self.pyramid.years
        width = self.width() / len(years)
        top, bottom = 6, self.height() - line - 10
        band = (bottom - top) / len(layers)
        for number, year in enumerate(years):
            left = number * width + 8
            usable = width - 16
            for level, layer in enumerate(reversed(layers)):  # zorg on top, universeel at the base
                share = year.share(layer) or 0.0
                bar = max(usable * share, 2.0)
                y = top + level * band
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(LAYER_COLOURS.get(layer, ACCENT)))
                painter.drawRect(QRectF(left + (usable - bar) / 2, y + 2, bar, band - 4))
                label = f"{round(share * 100)}%"
                inside = bar > metrics.horizontalAdvance(label) + 6  # else the text sits on the light background
                dark_bar = layer in ("universeel", "selectief")
                painter.setPen(QColor("white") if inside and dark_bar else QColor(TEXT))
                painter.drawText(QRectF(left, y, usable, band), Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(left, bottom + 4, usable, line + 2), Qt.AlignmentFlag.AlignCenter,
                             str(year.school_year))
        painter.end()


class PreventionPage(Page):
    """Preventie: matrix en piramide."""

    page_id = "preventie"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Preventie")
        layout = self.scroll_layout(spacing=12)
        layout.addWidget(self.heading(self.title, self.tr(
            "Waar zit het aanbod in de preventiepiramide, en groeit de basis? Plaats activiteiten en wat al loopt op "
            "een of meer lagen (universeel, selectief, geïndiceerd, zorg) en in een omgeving.")))
        card = QFrame()
        card.setObjectName("Card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Preventiematrix"))
        title.setObjectName("SectionTitle")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Indeling:")))
        self.rows_choice = QComboBox()
        self.rows_choice.addItem(self.tr("per omgeving"), "setting")
        self.rows_choice.addItem(self.tr("per pijler"), "pillar")
        self.rows_choice.setAccessibleName(self.tr("Indeling van de matrix"))
        head.addWidget(self.rows_choice)
        column.addLayout(head)
        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setWordWrap(True)
        self.matrix.setMinimumHeight(380)
        self.matrix.setAccessibleName(self.tr("Preventiematrix"))
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.matrix)
        self.unplaced = QLabel()
        self.unplaced.setWordWrap(True)
        self.unplaced.setStyleSheet(f"color: {WARNING};")
        column.addWidget(self.unplaced)
        layout.addWidget(card)

        pyramid_card = QFrame()
        pyramid_card.setObjectName("Card")
        pyramid_column = QVBoxLayout(pyramid_card)
        pyramid_column.setContentsMargins(16, 12, 16, 12)
        pyramid_title = QLabel(self.tr("Piramide van inzet (uren per laag, per schooljaar)"))
        pyramid_title.setObjectName("SectionTitle")
        pyramid_column.addWidget(pyramid_title)
        self.pyramid = PyramidChart()
        pyramid_column.addWidget(self.pyramid, 1)
        self.pyramid_text = QLabel()
        self.pyramid_text.setWordWrap(True)
        pyramid_column.addWidget(self.pyramid_text)
        self.layer_totals = QLabel()
        self.layer_totals.setObjectName("Muted")
        self.layer_totals.setWordWrap(True)
        pyramid_column.addWidget(self.layer_totals)
        layout.addWidget(pyramid_card)
        layout.addStretch(1)
        self.rows_choice.currentIndexChanged.connect(lambda _i: self._reload())
        ctx.notifier.changed.connect(self._on_changed)

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._reload()

    def _reload(self) -> None:
        if self.plan_id is None:
            return
        try:
            view = load_plan_view(self.ctx.db, self.plan_id)
            if view.roadmap is not None:
                others = [p for p in plans.plans_of_school(self.ctx.db, view.school.id)
                          if view.roadmap.first_year <= p.school_year.start_year <= view.roadmap.last_year]
                views = [view if p.id == view.id else load_plan_view(self.ctx.db, p.id) for p in others]
            else:
                views = [view]
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.view = view
        matrix = (prevention.pillar_matrix(view) if self.rows_choice.currentData() == "pillar"
                  else prevention.preventiematrix(view))
        self.matrix_model.set_matrix(matrix)
        self.matrix.resizeRowsToContents()
        self.unplaced.setText(self.tr("Nog op geen laag geplaatst: {names}").format(names=", ".join(matrix.unplaced))
                              if matrix.unplaced else "")
        pyramid = prevention.pyramid(views)
        self.pyramid.set_pyramid(pyramid)
        self.pyramid_text.setText(pyramid.sentence())
        effort = prevention.layer_effort(view)
        fw = framework()
        self.layer_totals.setText(self.tr("Dit schooljaar: ") + " · ".join(
            f"{fw.name_of('prevention_layers', layer)} {format_number(e.hours)} uur, {format_money(e.budget)}"
            for layer, e in effort.items()))
        self.announce_completeness()

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if topic in ("goals", "activities", "startfoto", "roadmap") and plan_id == self.plan_id:
            self._reload()

    def completeness(self) -> str:
        matrix = self.matrix_model.matrix
        if self.plan_id is None or matrix is None:
            return ""
        return navigation.prevention_label(len(matrix.empty_cells))
