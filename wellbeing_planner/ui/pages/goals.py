"""Step 3 — Visie en doelen: the vision, SMART goals with sub-goals, ratings and the priority order."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals, navigation, records, startfoto
from wellbeing_planner.core.views import GoalView
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.i18n import _
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column
from wellbeing_planner.ui.pages._plan_helpers import SavingText
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.widgets.record_table import Field, RecordOps, RecordTable


class GoalsPage(Page):
    """Visie en doelen."""

    page_id = "doelen"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Visie en doelen")
        self._vision_text = ""
        layout = self.scroll_layout(spacing=14)
        layout.addWidget(self.heading(self.title, self.tr(
            "Waar wil de school naartoe? Schrijf de ambitie op en maak doelen SMART. Beoordeel elk doel op belang, "
            "kosten, tijd, draagvlak en haalbaarheid: zo ontstaat een zichtbare volgorde.")))
        card = QFrame()
        card.setObjectName("Card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Visie en ambitie"))
        title.setObjectName("SectionTitle")
        card_layout.addWidget(title)
        self.vision = SavingText(self._on_vision_left)
        self.vision.setPlaceholderText(self.tr("Wat wil de school over een paar jaar bereikt hebben?"))
        self.vision.setAccessibleName(self.tr("Visie en ambitie"))
        self.vision.setFixedHeight(90)
        card_layout.addWidget(self.vision)
        layout.addWidget(card)
        self.goals = self._build_goals()
        layout.addWidget(self.goals)
        formula = QLabel(self.tr("Hoe de prioriteit wordt berekend: {formula}. Alle beoordelingen lopen van 1 tot 5; "
                                 "doelen voor dit schooljaar staan bovenaan.").format(formula=_(goals.FORMULA_TEXT)))
        formula.setObjectName("Muted")
        formula.setWordWrap(True)
        layout.addWidget(formula)
        layout.addStretch(1)
        ctx.notifier.changed.connect(self._on_changed)

    def _pid(self) -> int:
        return self.plan_id or 0

    def _build_goals(self) -> RecordTable[GoalView]:
        db, fw = self.ctx.db, framework()

        def parent_options() -> list[tuple[str, str]]:
            tops = [g for g in self.goals.rows() if g.parent_id is None]
            return [("", self.tr("— hoofddoel —"))] + [(str(g.id), g.title) for g in tops]

        def indicator_options() -> list[tuple[str, str]]:
            return [("", "—")] + [(str(i.id), i.name) for i in startfoto.indicators(db, self._pid())]

        def rating_field(name: str) -> Field:
            label, levels = goals.RATINGS[name]
            label = _(label)
            options = [("", self.tr("nog niet beoordeeld"))] + [(str(n + 1), _(text)) for n, text in enumerate(levels)]
            return Field(name, label, lambda g: str(getattr(g, name) or ""), kind="choice",
                         options=lambda: options)

        def number(goal: GoalView) -> str:
            return goals.goal_label(goal, self.goals.rows()).split(" ")[0]

        ops: RecordOps[GoalView] = RecordOps(
            load=lambda: goals.goals(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: goals.update_goal(db, rid, **ch),
            add=lambda: goals.add_goal(db, self._pid(), self.tr("Nieuw doel")),
            delete=lambda rid: records.delete(db, goals.GOAL, rid),
            restore=lambda values: records.restore(db, goals.GOAL, values))
        columns: list[Column[GoalView]] = [
            Column(self.tr("Doel"), lambda g: ("      " if g.parent_id else "") + g.title),
            Column("#", number),
            Column(self.tr("Prioriteit"), lambda g: str(goals.priority_score(g) or "—").replace(".", ","),
                   align_right=True),
            Column(self.tr("Pijlers"), lambda g: ", ".join(fw.pillar(p).name for p in g.pillars)),
            Column(self.tr("Planning"), lambda g: goals.HORIZONS.get(g.horizon, g.horizon)),
        ]
        fields = [
            Field("title", self.tr("Doel"), lambda g: g.title),
            Field("parent_id", self.tr("Subdoel van"), lambda g: str(g.parent_id or ""), kind="choice",
                  options=parent_options),
            Field("description", self.tr("Beschrijving"), lambda g: g.description or "", kind="multiline"),
            Field("pillars", self.tr("Pijlers"), lambda g: ",".join(g.pillars), kind="checks",
                  options=lambda: [(p.id, p.name) for p in fw.pillars]),
            Field("layers", self.tr("Preventielagen"), lambda g: ",".join(g.all_layers), kind="checks",
                  options=lambda: [(p.id, p.name) for p in fw.prevention_layers]),
            Field("indicator_id", self.tr("Indicator"), lambda g: str(g.indicator_id or ""),
                  kind="choice", options=indicator_options),
            Field("indicator_text", self.tr("Eigen indicator"), lambda g: g.indicator_text or ""),
            Field("baseline", self.tr("Beginwaarde"), lambda g: g.baseline or ""),
            Field("target", self.tr("Streefwaarde"), lambda g: g.target or ""),
            Field("deadline", self.tr("Deadline"), lambda g: g.deadline.strftime("%d-%m-%Y") if g.deadline else "",
                  placeholder=self.tr("dd-mm-jjjj")),
            *(rating_field(name) for name in goals.RATINGS),
            Field("horizon", self.tr("Planning"), lambda g: g.horizon, kind="choice",
                  options=lambda: list(goals.HORIZONS.items())),
        ]
        return RecordTable(self.ctx, self.tr("Doelen in volgorde van prioriteit"), columns, fields, ops,
                           topic="goals", plan_id=self._pid, noun=self.tr("doel"), form_width=430)

    def _on_vision_left(self, text: str) -> None:
        if self.plan_id is None or text.strip() == self._vision_text.strip():
            return
        db, plan_id = self.ctx.db, self.plan_id
        try:
            old = goals.set_vision(db, plan_id, text)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self._vision_text = text
        self.ctx.push(self.tr("Visie"), lambda: goals.set_vision(db, plan_id, text),
                      lambda: goals.set_vision(db, plan_id, old), "plan", plan_id, already_done=True)

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._refresh()

    def _refresh(self) -> None:
        if self.plan_id is not None:
            try:
                self._vision_text = goals.get_vision(self.ctx.db, self.plan_id) or ""
            except PlannerError:
                self._vision_text = ""
            self.vision.setPlainText(self._vision_text)
        self.goals.reload()
        self.announce_completeness()

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if plan_id == self.plan_id and topic in ("goals", "plan", "activities", "evaluation"):
            if topic == "plan":
                self._refresh()
            else:
                self.goals.reload()
                self.announce_completeness()

    def completeness(self) -> str:
        rows = self.goals.rows()
        if self.plan_id is None or not rows:
            return self.tr("nog geen doelen") if self.plan_id else ""
        rated = sum(1 for g in rows if goals.priority_score(g) is not None)
        return navigation.goals_label(len(rows), rated)
