"""Step 6 — Monitoring en evaluatie: moments, progress per activity, goal attainment, the year review,
and carrying the plan over to the next school year."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from wellbeing_planner.core import activities, evaluation, goals, navigation, plans, records
from wellbeing_planner.core.carry_over import carry_over_plan
from wellbeing_planner.core.formatting import format_date
from wellbeing_planner.core.views import ActivityView, EvaluationView, GoalView
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column
from wellbeing_planner.ui.pages._plan_helpers import SavingText
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.widgets.record_table import Field, RecordOps, RecordTable

LIGHTS = {"op_koers": "●", "risico": "▲", "vast": "■", "klaar": "✔"}
LIGHT_COLOURS = {"op_koers": "#2e7d4f", "risico": "#b26a00", "vast": "#a3322a", "klaar": "#2f6f73"}
REACHED = [("", QT_TRANSLATE_NOOP("EvaluationPage", "nog niet bekend")),
           ("ja", QT_TRANSLATE_NOOP("EvaluationPage", "ja, gehaald")),
           ("nee", QT_TRANSLATE_NOOP("EvaluationPage", "nee, niet gehaald"))]


class EvaluationPage(Page):
    """Monitoring en evaluatie."""

    page_id = "evaluatie"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Monitoring en evaluatie")
        self._review_text = ""
        self.status = "concept"
        layout = self.scroll_layout(spacing=12)
        layout.addWidget(self.heading(self.title, self.tr(
            "Volg in de loop van het jaar hoe het gaat, leg vast wat de doelen opleverden en sluit het jaar af. "
            "Met 'Doorzetten' begint u het volgende schooljaar met de open doelen en activiteiten.")))
        bar = QFrame()
        bar.setObjectName("Card")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 10)
        self.status_label = QLabel()
        row.addWidget(self.status_label, 1)
        self.adopt_button = QPushButton(self.tr("Plan vaststellen"))
        self.close_button = QPushButton(self.tr("Plan afronden"))
        self.carry_button = QPushButton(self.tr("Doorzetten naar volgend schooljaar…"))
        self.carry_button.setObjectName("Primary")
        for button in (self.adopt_button, self.close_button, self.carry_button):
            row.addWidget(button)
        layout.addWidget(bar)
        self.moments = self._build_moments()
        layout.addWidget(self.moments)
        self.progress = self._build_progress()
        layout.addWidget(self.progress)
        self.attainment = self._build_attainment()
        layout.addWidget(self.attainment)
        review = QFrame()
        review.setObjectName("Card")
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(16, 12, 16, 12)
        review_title = QLabel(self.tr("Jaarevaluatie"))
        review_title.setObjectName("SectionTitle")
        review_layout.addWidget(review_title)
        self.review = SavingText(self._on_review_left)
        self.review.setPlaceholderText(self.tr("Wat ging goed, wat niet, en wat neemt u mee naar volgend jaar?"))
        self.review.setAccessibleName(self.tr("Jaarevaluatie"))
        self.review.setFixedHeight(100)
        review_layout.addWidget(self.review)
        layout.addWidget(review)
        layout.addStretch(1)
        self.adopt_button.clicked.connect(lambda: self.set_status("vastgesteld"))
        self.close_button.clicked.connect(lambda: self.set_status("afgerond"))
        self.carry_button.clicked.connect(self.ask_carry_over)
        ctx.notifier.changed.connect(self._on_changed)

    def _pid(self) -> int:
        return self.plan_id or 0

    # --- sections -----------------------------------------------------------------------------------

    def _build_moments(self) -> RecordTable[EvaluationView]:
        db = self.ctx.db

        def add() -> int:
            plan = plans.get_plan(db, self._pid())
            return evaluation.add_evaluation(db, self._pid(), self.tr("Nieuw moment"), plan.school_year.first_day
                                             .replace(month=10, day=1))

        ops: RecordOps[EvaluationView] = RecordOps(
            load=lambda: evaluation.evaluations(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: evaluation.update_evaluation(db, rid, **ch), add=add,
            delete=lambda rid: records.delete(db, evaluation.EVALUATION, rid),
            restore=lambda values: records.restore(db, evaluation.EVALUATION, values))
        columns: list[Column[EvaluationView]] = [
            Column(self.tr("Moment"), lambda e: e.title),
            Column(self.tr("Datum"), lambda e: format_date(e.date), sort_key=lambda e: e.date),
            Column(self.tr("Soort"), lambda e: evaluation.KINDS.get(e.kind, e.kind)),
        ]
        fields = [
            Field("title", self.tr("Moment"), lambda e: e.title),
            Field("date", self.tr("Datum"), lambda e: e.date.strftime("%d-%m-%Y"), placeholder=self.tr("dd-mm-jjjj")),
            Field("kind", self.tr("Soort"), lambda e: e.kind, kind="choice",
                  options=lambda: list(evaluation.KINDS.items())),
            Field("focus", self.tr("Waar kijken we naar?"), lambda e: e.focus or "", kind="multiline"),
            Field("notes", self.tr("Bevindingen"), lambda e: e.notes or "", kind="multiline"),
        ]
        return RecordTable(self.ctx, self.tr("Evaluatie- en monitormomenten"), columns, fields, ops,
                           topic="evaluation", plan_id=self._pid, noun=self.tr("moment"))

    def _build_progress(self) -> RecordTable[ActivityView]:
        db = self.ctx.db
        ops: RecordOps[ActivityView] = RecordOps(
            load=lambda: activities.activities(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: activities.update_activity(db, rid, **ch))
        columns: list[Column[ActivityView]] = [
            Column(self.tr("Activiteit"), lambda a: a.title),
            Column(self.tr("Voortgang"), lambda a: (LIGHTS.get(a.progress or "", "") + " " +
                                                    activities.PROGRESS.get(a.progress or "", "—")).strip(),
                   colour=lambda a: LIGHT_COLOURS.get(a.progress or "")),
            Column(self.tr("Status"), lambda a: activities.STATUSES.get(a.status, a.status)),
        ]
        fields = [
            Field("progress", self.tr("Voortgang"), lambda a: a.progress or "", kind="choice",
                  options=lambda: [("", "—")] + [(k, f"{LIGHTS[k]} {v}") for k, v in activities.PROGRESS.items()]),
            Field("status", self.tr("Status"), lambda a: a.status, kind="choice",
                  options=lambda: list(activities.STATUSES.items())),
            Field("reflection", self.tr("Reflectie"), lambda a: a.reflection or "", kind="multiline"),
        ]
        return RecordTable(self.ctx, self.tr("Voortgang per activiteit"), columns, fields, ops,
                           topic="evaluation", plan_id=self._pid, noun=self.tr("activiteit"))

    def _build_attainment(self) -> RecordTable[GoalView]:
        db = self.ctx.db
        ops: RecordOps[GoalView] = RecordOps(
            load=lambda: goals.goals(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: goals.update_goal(db, rid, **ch))
        reached_text = {None: self.tr("nog niet bekend"), True: self.tr("ja"), False: self.tr("nee")}
        columns: list[Column[GoalView]] = [
            Column(self.tr("Doel"), lambda g: g.title),
            Column(self.tr("Streefwaarde"), lambda g: g.target or ""),
            Column(self.tr("Gemeten"), lambda g: g.measured_value or ""),
            Column(self.tr("Gehaald"), lambda g: reached_text[g.reached]),
        ]
        fields = [
            Field("measured_value", self.tr("Gemeten waarde"), lambda g: g.measured_value or ""),
            Field("reached", self.tr("Gehaald?"), lambda g: "" if g.reached is None else ("ja" if g.reached else "nee"),
                  kind="choice", options=lambda: [(k, self.tr(str(v))) for k, v in REACHED]),
            Field("attainment_note", self.tr("Toelichting"), lambda g: g.attainment_note or "", kind="multiline"),
        ]
        return RecordTable(self.ctx, self.tr("Doelrealisatie"), columns, fields, ops, topic="evaluation",
                           plan_id=self._pid, noun=self.tr("doel"))

    # --- status, review, carry-over ------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        if self.plan_id is None:
            return
        db, plan_id = self.ctx.db, self.plan_id
        if status == "afgerond" and self.review.toPlainText().strip() != self._review_text.strip():
            self._on_review_left(self.review.toPlainText())
        try:
            old, _info = evaluation.set_plan_status(db, plan_id, status)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.push(self.tr("Status van het plan"), lambda: evaluation.set_plan_status(db, plan_id, status),
                      lambda: evaluation.set_plan_status(db, plan_id, old), "plan", plan_id, already_done=True)
        self.ctx.notifier.changed.emit("plan", plan_id)
        self._show_status()

    def _on_review_left(self, text: str) -> None:
        if self.plan_id is None or text.strip() == self._review_text.strip():
            return
        db, plan_id = self.ctx.db, self.plan_id
        try:
            old = evaluation.set_year_evaluation(db, plan_id, text)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self._review_text = text
        self.ctx.push(self.tr("Jaarevaluatie"), lambda: evaluation.set_year_evaluation(db, plan_id, text),
                      lambda: evaluation.set_year_evaluation(db, plan_id, old), "plan", plan_id, already_done=True)

    def ask_carry_over(self) -> QMessageBox | None:
        if self.plan_id is None:
            return None
        plan = plans.get_plan(self.ctx.db, self.plan_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Doorzetten naar volgend schooljaar"), self.tr(
            "Een nieuw plan voor {year} maken met de visie, de doelen die nog niet gehaald zijn en de activiteiten "
            "die nog niet klaar zijn? Dit plan blijft zoals het is.").format(year=plan.school_year.next()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Doorzetten"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuleren"))
        box.finished.connect(lambda result: self._carry_over() if result == QMessageBox.StandardButton.Yes
                             else None)
        box.open()
        self.confirmation = box
        return box

    def _carry_over(self) -> None:
        try:
            new_plan = carry_over_plan(self.ctx.db, self._pid())
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.notifier.plans_changed.emit()
        window = self.window()
        reload_plans = getattr(window, "reload_plans", None)
        if reload_plans is not None:
            reload_plans(prefer=new_plan.id)

    def _show_status(self) -> None:
        if self.plan_id is None:
            return
        plan = plans.get_plan(self.ctx.db, self.plan_id)
        self.status = plan.status
        self.status_label.setText(self.tr("Status van het plan: <b>{status}</b>").format(status=plan.status_name))
        self.adopt_button.setEnabled(plan.status == "concept")
        self.close_button.setEnabled(plan.status != "afgerond")

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        if plan_id is None:
            return
        view_text = ""
        try:
            from wellbeing_planner.core.views import load_plan_view

            view_text = load_plan_view(self.ctx.db, plan_id).year_evaluation or ""
        except PlannerError:
            pass
        self._review_text = view_text
        self.review.setPlainText(view_text)
        for table in (self.moments, self.progress, self.attainment):
            table.reload()
        self._show_status()
        self.announce_completeness()

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if plan_id != self.plan_id:
            return
        if topic in ("goals", "activities"):
            self.progress.reload()
            self.attainment.reload()
        elif topic == "evaluation":
            self.announce_completeness()
        elif topic == "plan":
            self._show_status()

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        return navigation.evaluation_label(len(self.moments.rows()))
