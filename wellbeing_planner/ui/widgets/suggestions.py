"""The suggestions panel on the activities page: fitting interventions, each with its reasons and cautions.

The ranking itself lives in :mod:`wellbeing_planner.core.suggestions` (Qt-free); it takes a few
milliseconds for the bundled catalogue, so it runs on the GUI thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.core import activities, records
from wellbeing_planner.core.suggestions import Suggestion, plan_strengths, suggest_for_plan
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.style import ACCENT, BORDER, ERROR, MUTED, OK

#: How many suggestions the panel shows.
LIMIT = 6
#: At most this many reasons and cautions on a card (the rest is in the card's tooltip); rarely reached.
SHOWN_REASONS = 9
SHOWN_CAUTIONS = 5
COLUMNS = 2
#: Changes that can change the advice.
TOPICS = frozenset({"school", "startfoto", "scan", "goals", "activities", "catalogue"})


def tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionsPanel", text)


def _lines(suggestion: Suggestion, reasons: int, cautions: int) -> str:
    shown = [f"<span style='color:{OK}'>✓</span>&nbsp;{html.escape(r)}" for r in suggestion.reasons[:reasons]]
    shown += [f"<span style='color:{ERROR}'><b>!</b></span>&nbsp;{html.escape(c)}"
              for c in suggestion.cautions[:cautions]]
    return "<br>".join(shown)


class SuggestionCard(QFrame):
    """One suggestion: rank, name, a bar for its points against the best one, reasons (✓) and cautions (!)."""

    details_clicked = Signal(str)
    add_clicked = Signal(str)

    def __init__(self, rank: int, suggestion: Suggestion, best: float, can_add: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = QLabel(f"<b>{rank}. {html.escape(suggestion.name)}</b>")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        bar_row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(100 * max(0.0, suggestion.score) / best) if best > 0 else 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setStyleSheet(f"QProgressBar {{ background: {BORDER}; border: none; border-radius: 3px; }}"
                               f"QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}")
        self.bar.setAccessibleName(tr("Passendheid"))
        bar_row.addWidget(self.bar, 1)
        points = QLabel(tr("{n} punten").format(n=f"{suggestion.score:.0f}"))
        points.setStyleSheet(f"color: {MUTED};")
        bar_row.addWidget(points)
        layout.addLayout(bar_row)
        self.body = QLabel(_lines(suggestion, SHOWN_REASONS, SHOWN_CAUTIONS))
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.body)
        if len(suggestion.reasons) > SHOWN_REASONS or len(suggestion.cautions) > SHOWN_CAUTIONS:
            self.setToolTip(_lines(suggestion, len(suggestion.reasons), len(suggestion.cautions)))
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.details = QPushButton(tr("Details"))
        self.details.setAccessibleName(tr("Details van {name}").format(name=suggestion.name))
        self.add = QPushButton(tr("Toevoegen als activiteit"))
        self.add.setAccessibleName(tr("{name} toevoegen als activiteit").format(name=suggestion.name))
        self.add.setEnabled(can_add)
        if not can_add:
            self.add.setToolTip(tr("Kies eerst een doel: de activiteit komt onder dat doel."))
        buttons.addWidget(self.details)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.details.clicked.connect(lambda: self.details_clicked.emit(self.suggestion.intervention_id))
        self.add.clicked.connect(lambda: self.add_clicked.emit(self.suggestion.intervention_id))


class SuggestionsPanel(QFrame):
    """Suggestions for the selected goal (or the whole plan), explained; add one as an activity in one click."""

    #: "Details" was clicked: open this intervention in the catalogue.
    intervention_requested = Signal(str)
    #: A suggestion became an activity (its id).
    activity_added = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self.goal_id: int | None = None
        self.suggestions: list[Suggestion] = []
        self.cards: list[SuggestionCard] = []
        self._dirty = False
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        title = QLabel(tr("Voorstellen uit de catalogus"))
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        switch = QHBoxLayout()
        self.for_goal = QRadioButton(tr("Voor dit doel"))
        self.for_plan = QRadioButton(tr("Voor het hele plan"))
        self.for_goal.setChecked(True)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.for_goal)
        self.scope_group.addButton(self.for_plan)
        switch.addWidget(self.for_goal)
        switch.addWidget(self.for_plan)
        switch.addStretch(1)
        layout.addLayout(switch)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.strengths = QLabel()
        self.strengths.setWordWrap(True)
        self.strengths.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.strengths)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(10)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        layout.addLayout(self.grid)
        self.empty = QLabel(tr("Geen passende interventies gevonden voor het schooltype en de groepen van de school."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        how = QLabel(tr("Hoe dit werkt: alleen interventies die passen bij uw schooltype en groepen; punten voor "
                        "zwakke pijlers en laag scorende criteria in de zelfscan, voor het doel en voor de "
                        "erkenning als effectief. Wat de school al gebruikt of al gepland heeft, staat er niet bij. "
                        "Zie docs/suggestions.md."))
        how.setObjectName("Muted")
        how.setWordWrap(True)
        layout.addWidget(how)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.for_goal.toggled.connect(self._on_scope_toggled)
        self.ctx.notifier.changed.connect(self._on_changed)

    # --- showing ---------------------------------------------------------------------------------------

    def show_for(self, plan_id: int | None, goal_id: int | None) -> None:
        """Suggestions for ``goal_id`` of ``plan_id`` (for the whole plan when ``goal_id`` is ``None``)."""
        self.plan_id, self.goal_id = plan_id, goal_id
        self.refresh()

    def effective_goal(self) -> int | None:
        """The goal the advice is for: ``None`` for the whole plan."""
        return self.goal_id if self.for_goal.isChecked() else None

    def refresh(self) -> None:
        self._dirty = False
        self._clear()
        self.strengths.clear()
        self.empty.hide()
        if self.plan_id is None:
            self.note.setText(tr("Kies of maak eerst een plan."))
            return
        goal_id = self.effective_goal()
        try:
            self.suggestions = suggest_for_plan(self.ctx.db, self.plan_id, goal_id=goal_id, limit=LIMIT)
            strengths = plan_strengths(self.ctx.db, self.plan_id)
        except PlannerError as exc:  # e.g. the goal was just deleted: say so here, no dialog on a refresh
            self.suggestions = []
            self.note.setText(str(exc))
            return
        if goal_id is not None:
            self.note.setText(tr("Voor het gekozen doel: de pijlers, thema's en preventielaag van het doel tellen "
                                 "mee."))
        elif self.for_goal.isChecked():
            self.note.setText(tr("Kies boven de tabel een doel voor gerichte voorstellen; nu voor het hele plan."))
        else:
            self.note.setText(tr("Voor het hele plan: wat de zelfscan het meest nodig maakt."))
        if strengths:
            items = "; ".join(html.escape(text) for text in strengths)
            self.strengths.setText(f"<span style='color:{OK}'>✓</span>&nbsp;<b>{tr('Sterk punt, al in gebruik:')}"
                                   f"</b> {items}")
        best = max((s.score for s in self.suggestions), default=0.0)
        for rank, suggestion in enumerate(self.suggestions, start=1):
            card = SuggestionCard(rank, suggestion, best, can_add=goal_id is not None)
            card.details_clicked.connect(self.intervention_requested.emit)
            card.add_clicked.connect(self.add_as_activity)
            self.grid.addWidget(card, (rank - 1) // COLUMNS, (rank - 1) % COLUMNS)
            self.cards.append(card)
        self.empty.setVisible(not self.suggestions)

    def _clear(self) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []

    # --- gestures -------------------------------------------------------------------------------------

    def add_as_activity(self, intervention_id: str) -> int | None:
        """Create an activity under the selected goal, linked to ``intervention_id`` (undoable)."""
        goal_id = self.effective_goal()
        if self.plan_id is None or goal_id is None:
            return None
        db, plan_id = self.ctx.db, self.plan_id
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

        self.ctx.push(tr("Voorstel als activiteit toevoegen"), redo, undo, "activities", plan_id, already_done=True)
        self.ctx.notifier.changed.emit("activities", plan_id)
        self.activity_added.emit(new_id)
        return new_id

    def _on_scope_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if topic not in TOPICS or self.plan_id is None or plan_id not in (0, self.plan_id):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
