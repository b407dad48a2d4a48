"""Step 5 — Jaarplanning: the school year as a timeline, the problems to look at, and the totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import navigation, planning
from wellbeing_planner.core.formatting import format_money, format_month, format_number
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column, RowTableModel
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.widgets.timeline import TimelineLegend, TimelineWidget

TotalLine = tuple[str, planning.TotalRow]


class PlanningPage(Page):
    """Jaarplanning."""

    page_id = "jaarplanning"
    activity_requested = Signal(int)
    goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Jaarplanning")
        layout = self.scroll_layout(spacing=12)
        layout.addWidget(self.heading(self.title, self.tr(
            "Het schooljaar van augustus tot en met juli: wanneer gebeurt wat, wat vraagt nog aandacht, en wat "
            "kost het aan uren en geld.")))
        card = QFrame()
        card.setObjectName("Card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Tijdlijn"))
        title.setObjectName("SectionTitle")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Groeperen per")))
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("doel"), "goal")
        self.group_by.addItem(self.tr("pijler"), "pillar")
        self.group_by.setAccessibleName(self.tr("Groeperen per"))
        head.addWidget(self.group_by)
        card_layout.addLayout(head)
        self.legend = TimelineLegend()
        card_layout.addWidget(self.legend)
        self.timeline = TimelineWidget()
        card_layout.addWidget(self.timeline)
        layout.addWidget(card)

        problems_card = QFrame()
        problems_card.setObjectName("Card")
        problems_layout = QVBoxLayout(problems_card)
        problems_layout.setContentsMargins(16, 12, 16, 12)
        self.problems_title = QLabel(self.tr("Aandachtspunten"))
        self.problems_title.setObjectName("SectionTitle")
        problems_layout.addWidget(self.problems_title)
        hint = QLabel(self.tr("Klik op een aandachtspunt om naar de activiteit of het doel te gaan."))
        hint.setObjectName("Muted")
        problems_layout.addWidget(hint)
        self.problems_model: RowTableModel[planning.Problem] = RowTableModel(
            [Column(self.tr("Aandachtspunt"), lambda p: p.message)], self)
        self.problems = QTableView()
        self.problems.setModel(self.problems_model)
        self.problems.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problems.horizontalHeader().hide()
        self.problems.verticalHeader().hide()
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setMaximumHeight(170)
        self.problems.setAccessibleName(self.tr("Aandachtspunten"))
        problems_layout.addWidget(self.problems)
        layout.addWidget(problems_card)

        totals = QHBoxLayout()
        self.pillar_model = self._totals_table(totals, self.tr("Per pijler"))
        self.funding_model = self._totals_table(totals, self.tr("Per financieringsbron"))
        self.month_model = self._totals_table(totals, self.tr("Per maand"))
        layout.addLayout(totals)
        self.total_label = QLabel()
        self.total_label.setObjectName("Muted")
        layout.addWidget(self.total_label)
        layout.addStretch(1)
        self.group_by.currentIndexChanged.connect(lambda _i: self._refresh())
        self.problems.clicked.connect(self._on_problem_clicked)
        self.problems.activated.connect(self._on_problem_clicked)
        ctx.notifier.changed.connect(self._on_changed)

    def _totals_table(self, row: QHBoxLayout, title: str) -> RowTableModel[TotalLine]:
        card = QFrame()
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 10, 12, 10)
        label = QLabel(title)
        label.setObjectName("SectionTitle")
        layout.addWidget(label)
        model: RowTableModel[TotalLine] = RowTableModel([
            Column("", lambda r: r[0]),
            Column(self.tr("Uren"), lambda r: format_number(r[1].hours), align_right=True),
            Column(self.tr("Budget"), lambda r: format_money(r[1].budget), align_right=True),
            Column(self.tr("Lopende activiteiten"), lambda r: str(r[1].activities), align_right=True),
        ], self)
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(200)
        table.setAccessibleName(title)
        layout.addWidget(table)
        row.addWidget(card)
        return model

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._refresh()

    def _refresh(self) -> None:
        if self.plan_id is None:
            return
        try:
            view = load_plan_view(self.ctx.db, self.plan_id)
        except PlannerError as exc:
            show_error(self, exc)
            return
        fw = framework()
        self.timeline.set_timeline(planning.timeline(view, self.group_by.currentData()))
        problems = planning.find_problems(view)
        self.problems_model.set_rows(problems)
        self.problems_title.setText(self.tr("Aandachtspunten ({n})").format(n=len(problems)) if problems
                                    else self.tr("Aandachtspunten: geen — het plan is compleet"))
        totals = planning.plan_totals(view)
        self.pillar_model.set_rows([(fw.pillar(p).name, row) for p, row in totals.per_pillar.items()])
        self.funding_model.set_rows([(fw.name_of("funding_sources", key) if key != "onbekend"
                                      else self.tr("(niet ingevuld)"), row)
                                     for key, row in sorted(totals.per_funding.items(), key=lambda kv: -kv[1].budget)])
        self.month_model.set_rows([(format_month(m), row) for m, row in totals.per_month
                                   if row.budget or row.hours or row.activities])
        budget = f" · {self.tr('budget')} {format_money(view.budget_total)}" if view.budget_total else ""
        self.total_label.setText(self.tr("Totaal: {n} activiteiten, {h} uur, {b}{budget}. Een activiteit telt mee "
                                         "bij elke pijler van haar doel.").format(
            n=totals.total.activities, h=format_number(totals.total.hours or Decimal(0)),
            b=format_money(totals.total.budget), budget=budget))
        self.announce_completeness()

    def problem_rows(self) -> list[planning.Problem]:
        return self.problems_model.rows()

    def _on_problem_clicked(self, index: object) -> None:
        from PySide6.QtCore import QModelIndex

        if not isinstance(index, QModelIndex) or not index.isValid():
            return
        problem = self.problems_model.row_at(index.row())
        if problem.activity_id is not None:
            self.activity_requested.emit(problem.activity_id)
        elif problem.goal_id is not None:
            self.goal_requested.emit(problem.goal_id)

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if plan_id == self.plan_id and topic in ("goals", "activities", "evaluation", "plan"):
            self._refresh()

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        count = self.problems_model.rowCount()
        return navigation.planning_label(count)
