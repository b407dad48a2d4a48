"""Meerjarenplan: the long view over 2–5 school years, and how the working group got there.

The plan on screen belongs to a roadmap (or gets one here): ambition, why it matters, the agreed
definition and basic skills; long-term goals with a target per school year, shown as goals × years
with each year's status and result; the steps the working group took, its conclusions and the advice
moments to governing bodies.  A long-term goal is taken into this year's jaarplan as a linked goal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import navigation, plans, records
from wellbeing_planner.core import roadmap as road_ops
from wellbeing_planner.core.formatting import format_date
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import AdviceView, RoadmapGoalView, RoadmapView, WorkStepView
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column
from wellbeing_planner.ui.pages._plan_helpers import SavingText
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.widgets.record_table import Field, RecordOps, RecordTable

_Index = QModelIndex | QPersistentModelIndex


class OverviewModel(QAbstractTableModel):
    """Long-term goals × school years: each cell the year's target and how it went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[road_ops.RoadmapRow] = []
        self.years: list[SchoolYear] = []

    def set_rows(self, rows: list[road_ops.RoadmapRow], years: list[SchoolYear]) -> None:
        self.beginResetModel()
        self.rows, self.years = rows, years
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.years)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Doel") if section == 0 else str(self.years[section - 1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.title if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        cell = row.cells[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [cell.target or "—", cell.status]
            if cell.measured:
                lines.append(self.tr("gemeten: {m}").format(m=cell.measured))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and cell.reached is not None:
            from PySide6.QtGui import QColor

            return QColor("#2e7d4f" if cell.reached else "#a3322a")
        return None


def _target_of(year: int) -> Any:
    def target(goal: RoadmapGoalView) -> str:
        return goal.target_for(year) or ""
    return target


class RoadmapPage(Page):
    """Meerjarenplan."""

    page_id = "meerjarenplan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Meerjarenplan")
        self.roadmap: RoadmapView | None = None
        self._loading = False
        layout = self.scroll_layout(spacing=12)
        layout.addWidget(self.heading(self.title, self.tr(
            "De lange lijn over twee tot vijf schooljaren: ambitie, definitie en basisvaardigheden, doelen met "
            "een streefwaarde per jaar, en hoe de werkgroep tot dit plan kwam. Elk jaarplan neemt zijn doelen "
            "hieruit over.")))
        self.none_card = self._build_none_card()
        layout.addWidget(self.none_card)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self._build_texts())
        body.addWidget(self._build_overview())
        self.goals_holder = QVBoxLayout()
        body.addLayout(self.goals_holder)
        self.goals_table: RecordTable[RoadmapGoalView] | None = None
        self._goal_years: list[int] = []
        self.steps = self._build_steps()
        body.addWidget(self.steps)
        body.addWidget(self._build_conclusions())
        self.advice = self._build_advice()
        body.addWidget(self.advice)
        layout.addWidget(self.body)
        layout.addStretch(1)
        ctx.notifier.changed.connect(self._on_changed)

    # --- construction ---------------------------------------------------------------------------------

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("Card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        label = QLabel(title)
        label.setObjectName("SectionTitle")
        column.addWidget(label)
        return card, column

    def _build_none_card(self) -> QFrame:
        card, column = self._card(self.tr("Nog geen meerjarenplan"))
        text = QLabel(self.tr("Dit plan hoort nog niet bij een meerjarenplan. Maak er een voor dit en de komende "
                              "schooljaren; de doelen van het jaarplan worden er doelen voor de langere termijn."))
        text.setWordWrap(True)
        column.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Aantal schooljaren:")))
        self.new_years = QSpinBox()
        self.new_years.setRange(2, road_ops.MAX_YEARS)
        self.new_years.setValue(4)
        self.new_years.setAccessibleName(self.tr("Aantal schooljaren van het meerjarenplan"))
        inner = self.new_years.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(self.tr("Aantal schooljaren van het meerjarenplan"))
        row.addWidget(self.new_years)
        self.create_button = QPushButton(self.tr("Meerjarenplan maken"))
        self.create_button.setObjectName("Primary")
        self.create_button.clicked.connect(self.create_roadmap)
        row.addWidget(self.create_button)
        row.addStretch(1)
        column.addLayout(row)
        return card

    def _build_texts(self) -> QFrame:
        card, column = self._card(self.tr("Ambitie en uitgangspunten"))
        form = QFormLayout()
        self.f_title = QLineEdit()
        self.f_title.editingFinished.connect(lambda: self._save("title", self.f_title.text()))
        form.addRow(self.tr("Titel"), self.f_title)
        years = QHBoxLayout()
        self.f_first = QSpinBox()
        self.f_last = QSpinBox()
        for spin, name in ((self.f_first, "first_year"), (self.f_last, "last_year")):
            spin.setRange(2000, 2100)
            spin_name = self.tr("Eerste schooljaar") if name == "first_year" else self.tr("Laatste schooljaar")
            spin.setAccessibleName(spin_name)
            inner = spin.findChild(QLineEdit)
            if inner is not None:  # the spin box's own edit field takes the keyboard focus
                inner.setAccessibleName(spin_name)
            spin.editingFinished.connect(lambda n=name, s=spin: self._save(n, s.value()))
            years.addWidget(spin)
        self.f_years = QLabel()
        self.f_years.setObjectName("Muted")
        years.addWidget(self.f_years)
        years.addStretch(1)
        form.addRow(self.tr("Schooljaren (beginjaar)"), years)
        self.texts: dict[str, SavingText] = {}
        for name, label, hint in (
                ("ambition", self.tr("Ambitie"), self.tr("Waar wil de keten of school over een paar jaar staan?")),
                ("why", self.tr("Waarom"), self.tr("Waarom is dit nodig? Wat zien jullie nu?")),
                ("definition", self.tr("Definitie"), self.tr("De afgesproken definitie, bijvoorbeeld van mentale "
                                                             "weerbaarheid")),
                ("basic_skills", self.tr("Basisvaardigheden"), self.tr("Eén per regel"))):
            text = SavingText(self._saver(name))
            text.setPlaceholderText(hint)
            text.setAccessibleName(label)
            text.setFixedHeight(64)
            self.texts[name] = text
            form.addRow(label, text)
        column.addLayout(form)
        return card

    def _build_overview(self) -> QFrame:
        card, column = self._card(self.tr("Doelen per schooljaar"))
        intro = QLabel(self.tr("Per doel de streefwaarde van elk schooljaar en hoe het dat jaar ging."))
        intro.setObjectName("Muted")
        column.addWidget(intro)
        self.overview_model = OverviewModel(self)
        self.overview = QTableView()
        self.overview.setModel(self.overview_model)
        self.overview.setWordWrap(True)
        self.overview.verticalHeader().hide()
        self.overview.setMinimumHeight(160)
        self.overview.setAccessibleName(self.tr("Doelen per schooljaar"))
        self.overview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.overview)
        return card

    def _make_goals_table(self, years: list[int]) -> RecordTable[RoadmapGoalView]:
        db = self.ctx.db
        fw = framework()

        def add() -> int:
            assert self.roadmap is not None
            return road_ops.add_roadmap_goal(db, self.roadmap.id, self.tr("Nieuw doel"))

        def update(goal_id: int, changes: dict[str, Any]) -> dict[str, Any]:
            old: dict[str, Any] = {}
            plain = {k: v for k, v in changes.items() if not k.startswith("target:")}
            if plain:
                old.update(road_ops.update_roadmap_goal(db, goal_id, **plain))
            for key, value in changes.items():
                if key.startswith("target:"):
                    old[key] = road_ops.set_target(db, goal_id, int(key.split(":")[1]), value)
            return old

        ops: RecordOps[RoadmapGoalView] = RecordOps(
            load=lambda: list(self.roadmap.goals) if self.roadmap is not None else [],
            update=update, add=add, delete=lambda gid: road_ops.delete_roadmap_goal(db, gid),
            restore=lambda values: records.restore(db, road_ops.ROADMAP_GOAL, values))
        columns: list[Column[RoadmapGoalView]] = [
            Column(self.tr("Doel"), lambda g: g.title),
            Column(self.tr("Pijlers"), lambda g: ", ".join(fw.pillar(p).name for p in g.pillars)),
            Column(self.tr("Lagen"), lambda g: ", ".join(fw.name_of("prevention_layers", lay) for lay in g.layers)),
        ]
        fields = [
            Field("title", self.tr("Doel"), lambda g: g.title),
            Field("description", self.tr("Toelichting"), lambda g: g.description or "", kind="multiline"),
            Field("pillars", self.tr("Pijlers"), lambda g: ",".join(g.pillars), kind="checks",
                  options=lambda: [(p.id, p.name) for p in fw.pillars]),
            Field("layers", self.tr("Preventielagen"), lambda g: ",".join(g.layers), kind="checks",
                  options=lambda: [(lay.id, lay.name) for lay in fw.prevention_layers]),
        ]
        for year in years:
            fields.append(Field(f"target:{year}", self.tr("Streefwaarde {y}").format(y=SchoolYear(year)),
                                _target_of(year)))
        table = RecordTable(self.ctx, self.tr("Doelen voor de langere termijn"), columns, fields, ops,
                            topic="roadmap", plan_id=lambda: self.plan_id or 0, noun=self.tr("doel"),
                            form_width=460)
        self.take_button = QPushButton(self.tr("Opnemen in dit jaarplan"))
        self.take_button.setToolTip(self.tr("Het gekozen doel wordt een doel van het jaarplan van dit schooljaar, "
                                            "gekoppeld aan dit meerjarenplan"))
        self.take_button.clicked.connect(self.take_selected_into_plan)
        table.layout().addWidget(self.take_button)  # type: ignore[union-attr]
        return table

    def _build_steps(self) -> RecordTable[WorkStepView]:
        db = self.ctx.db

        def add() -> int:
            assert self.roadmap is not None
            return road_ops.add_step(db, self.roadmap.id, self.tr("Nieuwe stap"))

        ops: RecordOps[WorkStepView] = RecordOps(
            load=lambda: list(self.roadmap.steps) if self.roadmap is not None else [],
            update=lambda rid, ch: records.update(db, road_ops.WORK_STEP, rid, ch), add=add,
            delete=lambda rid: records.delete(db, road_ops.WORK_STEP, rid),
            restore=lambda values: records.restore(db, road_ops.WORK_STEP, values))
        columns: list[Column[WorkStepView]] = [
            Column(self.tr("Stap"), lambda s: s.title),
            Column(self.tr("Datum"), lambda s: format_date(s.date)),
            Column(self.tr("Klaar"), lambda s: self.tr("ja") if s.done else self.tr("nee")),
            Column(self.tr("Wat eruit kwam"), lambda s: s.outcome or ""),
        ]
        fields = [
            Field("title", self.tr("Stap"), lambda s: s.title),
            Field("date", self.tr("Datum"), lambda s: s.date.isoformat() if s.date else "", placeholder="jjjj-mm-dd"),
            Field("done", self.tr("Klaar?"), lambda s: "1" if s.done else "", kind="choice",
                  options=lambda: [("", self.tr("nee")), ("1", self.tr("ja"))]),
            Field("outcome", self.tr("Wat eruit kwam"), lambda s: s.outcome or "",
                  placeholder=self.tr("een link of bestandsnaam, bijvoorbeeld een infographic")),
        ]
        return RecordTable(self.ctx, self.tr("Hoe we hier kwamen: de stappen"), columns, fields, ops,
                           topic="roadmap", plan_id=lambda: self.plan_id or 0, noun=self.tr("stap"))

    def _build_conclusions(self) -> QFrame:
        card, column = self._card(self.tr("Conclusies uit de inbreng"))
        self.conclusions = SavingText(lambda value: self._save("conclusions", value))
        self.conclusions.setPlaceholderText(self.tr("Wat concludeert de werkgroep uit wat ouders, kinderen, "
                                                    "professionals en kinderopvang inbrachten?"))
        self.conclusions.setAccessibleName(self.tr("Conclusies uit de inbreng"))
        self.conclusions.setFixedHeight(80)
        column.addWidget(self.conclusions)
        return card

    def _build_advice(self) -> RecordTable[AdviceView]:
        db = self.ctx.db

        def add() -> int:
            assert self.roadmap is not None
            return road_ops.add_advice(db, self.roadmap.id, self.tr("Stuurgroep"))

        ops: RecordOps[AdviceView] = RecordOps(
            load=lambda: list(self.roadmap.advice) if self.roadmap is not None else [],
            update=lambda rid, ch: records.update(db, road_ops.ADVICE, rid, ch), add=add,
            delete=lambda rid: records.delete(db, road_ops.ADVICE, rid),
            restore=lambda values: records.restore(db, road_ops.ADVICE, values))
        columns: list[Column[AdviceView]] = [
            Column(self.tr("Aan"), lambda a: a.body),
            Column(self.tr("Datum"), lambda a: format_date(a.date)),
            Column(self.tr("Uitkomst"), lambda a: a.outcome or ""),
        ]
        fields = [
            Field("body", self.tr("Aan (orgaan)"), lambda a: a.body),
            Field("date", self.tr("Datum"), lambda a: a.date.isoformat() if a.date else "", placeholder="jjjj-mm-dd"),
            Field("outcome", self.tr("Uitkomst"), lambda a: a.outcome or "", kind="multiline"),
        ]
        return RecordTable(self.ctx, self.tr("Adviesmomenten"), columns, fields, ops, topic="roadmap",
                           plan_id=lambda: self.plan_id or 0, noun=self.tr("adviesmoment"))

    # --- data -------------------------------------------------------------------------------------------

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._reload()

    def _reload(self) -> None:
        if self.plan_id is None:
            return
        try:
            self.roadmap = road_ops.roadmap_of_plan(self.ctx.db, self.plan_id)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.none_card.setVisible(self.roadmap is None)
        self.body.setVisible(self.roadmap is not None)
        if self.roadmap is None:
            self.announce_completeness()
            return
        roadmap = self.roadmap
        self._loading = True
        try:
            self.f_title.setText(roadmap.title)
            self.f_first.setValue(roadmap.first_year)
            self.f_last.setValue(roadmap.last_year)
            self.f_years.setText(self.tr("{a} t/m {b}").format(a=SchoolYear(roadmap.first_year),
                                                              b=SchoolYear(roadmap.last_year)))
            for name, widget in self.texts.items():
                value = "\n".join(roadmap.basic_skills) if name == "basic_skills" else getattr(roadmap, name) or ""
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            if self.conclusions.toPlainText() != (roadmap.conclusions or ""):
                self.conclusions.setPlainText(roadmap.conclusions or "")
        finally:
            self._loading = False
        years = list(range(roadmap.first_year, roadmap.last_year + 1))
        if years != self._goal_years or self.goals_table is None:
            if self.goals_table is not None:
                self.goals_holder.removeWidget(self.goals_table)
                self.goals_table.deleteLater()
            self.goals_table = self._make_goals_table(years)
            self.goals_holder.addWidget(self.goals_table)
            self._goal_years = years
        self.goals_table.reload()
        self.steps.reload()
        self.advice.reload()
        self.overview_model.set_rows(road_ops.overview(self.ctx.db, roadmap.id), [SchoolYear(y) for y in years])
        self.overview.resizeRowsToContents()
        self.announce_completeness()

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if topic in ("roadmap", "goals", "evaluation", "plan") and not self._loading:
            self._reload()

    def _saver(self, name: str) -> Any:
        def save(value: str) -> None:
            self._save(name, value)
        return save

    def _save(self, name: str, value: Any) -> None:
        if self._loading or self.roadmap is None or self.plan_id is None:
            return
        current = ("\n".join(self.roadmap.basic_skills) if name == "basic_skills"
                   else getattr(self.roadmap, name))
        if (current or "") == (value or "") or (isinstance(value, int) and current == value):
            return
        db, roadmap_id, plan_id = self.ctx.db, self.roadmap.id, self.plan_id
        try:
            old = road_ops.update_roadmap(db, roadmap_id, **{name: value})
        except PlannerError as exc:
            show_error(self, exc)
            self._reload()
            return
        self.ctx.push(self.tr("Meerjarenplan wijzigen"), lambda: road_ops.update_roadmap(db, roadmap_id,
                                                                                        **{name: value}),
                      lambda: road_ops.update_roadmap(db, roadmap_id, **old), "roadmap", plan_id, already_done=True)
        self.ctx.notifier.changed.emit("roadmap", plan_id)

    # --- actions ----------------------------------------------------------------------------------------

    def create_roadmap(self) -> int | None:
        """A roadmap from this plan's school year on, for the chosen number of years."""
        if self.plan_id is None:
            return None
        try:
            plan = plans.get_plan(self.ctx.db, self.plan_id)
            first = plan.school_year.start_year
            roadmap_id = road_ops.create_roadmap(self.ctx.db, plan.school_id, first,
                                                 first + self.new_years.value() - 1)
            road_ops.attach_plan(self.ctx.db, self.plan_id, roadmap_id)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        self.ctx.notifier.changed.emit("roadmap", self.plan_id)
        return roadmap_id

    def take_selected_into_plan(self) -> int | None:
        if self.goals_table is None or self.goals_table.current is None or self.plan_id is None:
            return None
        try:
            goal_id = road_ops.take_into_plan(self.ctx.db, self.plan_id, self.goals_table.current.id)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        self.ctx.notifier.changed.emit("goals", self.plan_id)
        return goal_id

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        roadmap = self.roadmap
        return navigation.roadmap_label(roadmap.first_year if roadmap else None, roadmap.last_year if roadmap else None)
