"""The suggestions panel on the activities page: fitting interventions with their reasons and cautions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.core import activities, records
from wellbeing_planner.core.suggestions import PanelAdvice, Suggestion, advice_for_panel
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.style import ERROR, MUTED, OK

LIMIT = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionsPanel", text)


class SuggestionCard(QFrame):
    details_clicked = Signal(str)
    add_clicked = Signal(str)

    def __init__(self, rank: int, suggestion: Suggestion, can_add: bool) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        title = QLabel(f"<b>{rank}. {html.escape(suggestion.name)}</b>"
                       f" <span style='color:{MUTED}'>· {suggestion.score:.0f} {tr('punten')}</span>")
        title.setWordWrap(True)
        layout.addWidget(title)
        lines = [f"<span style='color:{OK}'>✓</span> {html.escape(r)}" for r in suggestion.reasons[:5]]
        # Evidence notes come first among the cautions, so they are never cut off.
        lines += [f"<span style='color:{ERROR}'>!</span> {html.escape(c)}" for c in suggestion.cautions[:4]]
        body = QLabel("<br>".join(lines))
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.details = QPushButton(tr("Details"))
        self.add = QPushButton(tr("Toevoegen als activiteit"))
        self.add.setEnabled(can_add)
        if not can_add:
            self.add.setToolTip(tr("Kies eerst een doel; de activiteit komt onder dat doel."))
        buttons.addWidget(self.details)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout.addLayout(buttons)
        # Methods, not lambdas that hold ``self``: no reference cycle keeps a removed card alive until a garbage
        # collection that might run on a worker thread.
        self.details.clicked.connect(self._on_details_clicked)
        self.add.clicked.connect(self._on_add_clicked)

    def _on_details_clicked(self) -> None:
        self.details_clicked.emit(self.suggestion.intervention_id)

    def _on_add_clicked(self) -> None:
        self.add_clicked.emit(self.suggestion.intervention_id)


def goal_overview(advice: PanelAdvice) -> str:
    """Plain text for the whole plan: the best three per goal and what serves several goals."""
    lines = [tr("Per doel — {goal}: {names}").format(goal=goal.title or tr("zonder titel"),
                                                   names=", ".join(s.name for s in goal.suggestions))
             for goal in advice.per_goal if goal.suggestions]
    if advice.shared:
        lines.append(tr("Dient meerdere doelen: {names}").format(names=", ".join(s.name for s in advice.shared[:4])))
    return "\n".join(lines)


class SuggestionsPanel(QFrame):
    """Suggestions for the selected goal (or the whole plan), explained."""

    intervention_requested = Signal(str)
    activity_added = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self.goal_id: int | None = None
        self.suggestions: list[Suggestion] = []
        self.cards: list[SuggestionCard] = []
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(tr("Voorstellen uit de catalogus"))
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        switch = QHBoxLayout()
        self.for_goal = QRadioButton(tr("Voor dit doel"))
        self.for_plan = QRadioButton(tr("Voor het hele plan"))
        self.for_goal.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.for_goal)
        group.addButton(self.for_plan)
        switch.addWidget(self.for_goal)
        switch.addWidget(self.for_plan)
        switch.addStretch(1)
        layout.addLayout(switch)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.strengths = QLabel()
        self.strengths.setTextFormat(Qt.TextFormat.PlainText)
        self.strengths.setWordWrap(True)
        self.strengths.hide()
        layout.addWidget(self.strengths)
        self.goal_overview = QLabel()
        self.goal_overview.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_overview.setWordWrap(True)
        self.goal_overview.hide()
        layout.addWidget(self.goal_overview)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(10)
        layout.addLayout(self.grid)
        how = QLabel(tr("Hoe dit werkt: alleen wat past bij uw schooltype en groepen. Het thema, de pijlers en de "
                        "preventielaag van het doel wegen het zwaarst, daarna zwakke pijlers en criteria uit de "
                        "zelfscan en de erkenning. Voor het hele plan telt elk doel van het plan mee. Wat u al "
                        "gebruikt of al als activiteit heeft, staat er niet bij; wat erop lijkt, krijgt een "
                        "waarschuwing."))
        how.setObjectName("Muted")
        how.setWordWrap(True)
        layout.addWidget(how)
        self.for_goal.toggled.connect(self._on_scope_toggled)

    def _on_scope_toggled(self, _checked: bool) -> None:
        self.refresh()

    def show_for(self, plan_id: int | None, goal_id: int | None) -> None:
        self.plan_id, self.goal_id = plan_id, goal_id
        self.refresh()

    def refresh(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()  # still a child of the panel: Qt deletes it on the GUI thread
        self.cards = []
        if self.plan_id is None:
            return
        goal_id = self.goal_id if self.for_goal.isChecked() else None
        try:
            advice = advice_for_panel(self.ctx.db, self.plan_id, goal_id=goal_id, limit=LIMIT)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.suggestions, in_use = list(advice.suggestions), advice.strengths
        overview = goal_overview(advice)
        self.goal_overview.setText(overview)
        self.goal_overview.setVisible(bool(overview))
        if self.for_goal.isChecked() and self.goal_id is None:
            self.note.setText(tr("Kies links een doel voor gerichte voorstellen; nu voor het hele plan, afgewogen "
                                 "tegen alle doelen."))
        else:
            self.note.setText(tr("Voor het gekozen doel.") if goal_id
                              else tr("Voor het hele plan, afgewogen tegen alle doelen van het plan."))
        self.strengths.setText(tr("Sterke punten, al in gebruik: {items}").format(
            items="; ".join(text.removeprefix("al in gebruik: ") for text in in_use)))
        self.strengths.setVisible(bool(in_use))
        for rank, suggestion in enumerate(self.suggestions, start=1):
            card = SuggestionCard(rank, suggestion, can_add=goal_id is not None)
            card.details_clicked.connect(self.intervention_requested.emit)
            card.add_clicked.connect(self.add_as_activity)
            self.grid.addWidget(card, (rank - 1) // 3, (rank - 1) % 3)
            self.cards.append(card)

    def add_as_activity(self, intervention_id: str) -> int | None:
        if self.plan_id is None or self.goal_id is None:
            return None
        db, plan_id, goal_id = self.ctx.db, self.plan_id, self.goal_id
        try:
            new_id = activities.add_activity_for_intervention(db, plan_id, goal_id, intervention_id)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        stash: dict[str, object] = {}

        def undo() -> None:
            stash.update(records.delete(db, activities.ACTIVITY, new_id))

        def redo() -> None:
            records.restore(db, activities.ACTIVITY, dict(stash))

        self.ctx.push(tr("Voorstel toevoegen"), redo, undo, "activities", plan_id, already_done=True)
        self.ctx.notifier.changed.emit("activities", plan_id)
        self.activity_added.emit(new_id)
        return new_id

