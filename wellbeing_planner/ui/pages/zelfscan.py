"""Step 2 — Zelfscan: score the criteria per pillar 0–3, by mouse or fully by keyboard.

Keys in a criteria table: ↑/↓ move, 0–3 score, N niet van toepassing, Delete clears the
score, H/M/L priority hoog/midden/laag.  With the mouse: click one of the four level
cards (or N.v.t.) beside the list.  Every tab opens on its first criterion, a score moves
on to the next criterion and, after the last one, to the next pillar.  Every change is
saved at once and can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import Criterion, framework
from wellbeing_planner.core import navigation, plans, scan
from wellbeing_planner.core.formatting import format_percent
from wellbeing_planner.core.views import ScoreView
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column, RowTableModel
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.style import ACCENT, ACCENT_LIGHT
from wellbeing_planner.ui.widgets.radar import RadarChart
from wellbeing_planner.ui.widgets.team_round import TeamRoundDialog


@dataclass(frozen=True)
class CriterionRow:
    criterion: Criterion
    score: ScoreView


class ScanTable(QTableView):
    """Criteria of one pillar; number keys score the selected row."""

    score_pressed = Signal(object)  # int 0..3 or None to clear
    na_pressed = Signal()
    priority_pressed = Signal(str)

    _PRIORITY_KEYS: ClassVar[dict[Qt.Key, str]] = {Qt.Key.Key_H: "hoog", Qt.Key.Key_M: "midden", Qt.Key.Key_L: "laag"}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_3:
            self.score_pressed.emit(int(key) - int(Qt.Key.Key_0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.score_pressed.emit(None)
        elif key == Qt.Key.Key_N:
            self.na_pressed.emit()
        elif key in self._PRIORITY_KEYS:
            self.priority_pressed.emit(self._PRIORITY_KEYS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)


class LevelCard(QFrame):
    """One level of a criterion (0–3, or n.v.t.) as a card that scores when clicked, or with Space/Enter."""

    chosen = Signal(object)  # the level (int) or "nvt"

    def __init__(self, level: int | str) -> None:
        super().__init__()
        self.level = level
        self.setObjectName("LevelCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        layout.addWidget(self.label)
        self.set_active(False)

    def set_text(self, text: str, accessible: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(accessible)
        self.setToolTip(accessible)

    def set_active(self, active: bool) -> None:
        self.setProperty("active", active)
        self.setStyleSheet(
            f"QFrame#LevelCard {{ border: 1px solid {ACCENT if active else '#c9d3d5'}; border-radius: 4px; "
            f"background: {ACCENT_LIGHT if active else 'white'}; }}"
            f"QFrame#LevelCard:focus {{ border: 2px solid {ACCENT}; }}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.chosen.emit(self.level)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.level)
        else:
            super().keyPressEvent(event)


class ZelfscanPage(Page):
    """Zelfscan per pijler."""

    page_id = "zelfscan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Zelfscan")
        self.school_type = "PO"
        self.scores: dict[str, ScoreView] = {}
        self.previous: list[ScoreView] = []
        self.previous_year = ""
        self.current_year = ""
        self.tables: dict[str, ScanTable] = {}
        self.models: dict[str, RowTableModel[CriterionRow]] = {}
        self.current: CriterionRow | None = None
        self._loading = False
        self._own_change = False
        self._build()
        ctx.notifier.changed.connect(self._on_changed)

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        fw = framework()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 12)
        outer.addWidget(self.heading(self.title, self.tr(
            "Scoor per pijler hoe ver de school is (0 niet aanwezig · 1 in ontwikkeling · 2 grotendeels aanwezig · "
            "3 volledig en geborgd). Toetsen: ↑↓ kiezen, 0–3 scoren, N niet van toepassing, H/M/L prioriteit. "
            "Niet gescoorde criteria tellen niet mee.")))
        top = QHBoxLayout()
        scores_box = QGridLayout()
        scores_box.setSpacing(8)
        self.score_labels: dict[str, QLabel] = {}
        self.score_details: dict[str, QLabel] = {}
        for key in [p.id for p in fw.pillars] + ["totaal"]:
            name = fw.pillar(key).name if key != "totaal" else self.tr("Totaal")
            card = QFrame()
            card.setObjectName("Card")
            column = QVBoxLayout(card)
            column.setContentsMargins(10, 6, 10, 6)
            column.setSpacing(0)
            caption = QLabel(name)
            caption.setObjectName("Muted")
            value = QLabel("—")
            value.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {ACCENT};")
            value.setAccessibleName(self.tr("Score {name}").format(name=name))
            detail = QLabel()
            detail.setObjectName("Muted")
            column.addWidget(caption)
            column.addWidget(value)
            column.addWidget(detail)
            self.score_labels[key] = value
            self.score_details[key] = detail
            index = len(self.score_details) - 1
            scores_box.addWidget(card, index // 3, index % 3)
        scores_box.setRowStretch(2, 1)
        top.addLayout(scores_box, 3)
        self.radar = RadarChart()
        self.radar.setMinimumSize(340, 230)
        self.radar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top.addWidget(self.radar, 2)
        outer.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        columns: list[Column[CriterionRow]] = [
            Column(self.tr("Criterium"), lambda r: r.criterion.statement, sort_key=lambda r: r.criterion.id),
            Column(self.tr("Score"), lambda r: self._score_text(r.score), align_right=True),
            Column(self.tr("Prioriteit"), lambda r: scan.PRIORITIES.get(r.score.priority or "", "")),
        ]
        for pillar in fw.pillars:
            model: RowTableModel[CriterionRow] = RowTableModel(columns, self)
            table = ScanTable()
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setWordWrap(True)
            table.verticalHeader().hide()
            table.setAlternatingRowColors(True)
            table.setAccessibleName(self.tr("Criteria {pillar}").format(pillar=pillar.name))
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            table.selectionModel().selectionChanged.connect(lambda *_a, t=table: self._on_selected(t))
            table.score_pressed.connect(self.set_score)
            table.na_pressed.connect(self.toggle_na)
            table.priority_pressed.connect(self.set_priority)
            self.tables[pillar.id] = table
            self.models[pillar.id] = model
            self.tabs.addTab(table, pillar.name)
        focus_columns: list[Column[scan.FocusItem]] = [
            Column(self.tr("Criterium"), lambda f: f.criterion.statement),
            Column(self.tr("Pijler"), lambda f: framework().pillar(f.criterion.pillar).name),
            Column(self.tr("Score"), lambda f: str(f.score), align_right=True),
            Column(self.tr("Prioriteit"), lambda f: scan.PRIORITIES.get(f.priority or "", "—")),
        ]
        self.focus_model: RowTableModel[scan.FocusItem] = RowTableModel(focus_columns, self)
        self.focus_table = QTableView()
        self.focus_table.setModel(self.focus_model)
        self.focus_table.setWordWrap(True)
        self.focus_table.verticalHeader().hide()
        self.focus_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.focus_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in (1, 2, 3):
            self.focus_table.horizontalHeader().setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.focus_table.doubleClicked.connect(self._on_focus_clicked)
        focus_box = QWidget()
        focus_layout = QVBoxLayout(focus_box)
        focus_intro = QLabel(self.tr("Lage score en hoge prioriteit eerst: de brug naar de doelen. "
                                     "Dubbelklik om het criterium te openen."))
        focus_intro.setObjectName("Muted")
        focus_intro.setWordWrap(True)
        focus_layout.addWidget(focus_intro)
        focus_layout.addWidget(self.focus_table)
        self.tabs.addTab(focus_box, self.tr("Focus"))
        self.tabs.setAccessibleName(self.tr("Criteria per pijler"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        splitter.addWidget(self.tabs)
        detail_area = QScrollArea()  # at 150 % or on a small screen the detail scrolls rather than squeezes
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QFrame.Shape.NoFrame)
        detail_area.setWidget(self._build_detail())
        detail_area.setMinimumWidth(300)
        detail_area.setAccessibleName(self.tr("Het gekozen criterium"))
        splitter.addWidget(detail_area)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        outer.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        box = QFrame()
        box.setObjectName("Card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 10)
        self.d_statement = QLabel()
        self.d_statement.setWordWrap(True)
        self.d_statement.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.d_statement)
        hint = QLabel(self.tr("Klik op een niveau om te scoren (of druk 0–3)."))
        hint.setObjectName("Muted")
        layout.addWidget(hint)
        self.d_levels: list[LevelCard] = []
        for value in (0, 1, 2, 3, "nvt"):
            card = LevelCard(value)
            card.chosen.connect(self._on_level_chosen)
            self.d_levels.append(card)
            layout.addWidget(card)
        row = QHBoxLayout()
        self.d_priority = QComboBox()
        self.d_priority.addItem(self.tr("geen prioriteit"), None)
        for key, name in scan.PRIORITIES.items():
            self.d_priority.addItem(self.tr("prioriteit {p}").format(p=name), key)
        self.d_priority.setAccessibleName(self.tr("Prioriteit"))
        self.d_na = QCheckBox(self.tr("Niet van toepassing"))
        self.d_na.hide()  # the N.v.t. card does this; the box stays for its toggled state
        row.addWidget(self.d_priority)
        self.team_button = QPushButton(self.tr("Teamronde…"))
        self.team_button.setToolTip(self.tr("Laat het team samen scoren en zie de spreiding"))
        self.team_button.clicked.connect(self.open_team_round)
        row.addWidget(self.team_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.d_reason = QLineEdit()
        self.d_reason.setPlaceholderText(self.tr("Waarom niet van toepassing?"))
        self.d_reason.setAccessibleName(self.tr("Reden niet van toepassing"))
        layout.addWidget(self.d_reason)
        self.d_evidence = QPlainTextEdit()
        self.d_evidence.setPlaceholderText(self.tr("Onderbouwing: waar blijkt dit uit?"))
        self.d_evidence.setAccessibleName(self.tr("Onderbouwing"))
        self.d_evidence.setMinimumHeight(56)
        self.d_evidence.setMaximumHeight(90)
        layout.addWidget(self.d_evidence)
        self.d_team = QLabel()
        self.d_team.setObjectName("Muted")
        self.d_team.setWordWrap(True)
        layout.addWidget(self.d_team)
        self.d_source = QLabel()
        self.d_source.setObjectName("Muted")
        self.d_source.setWordWrap(True)
        layout.addWidget(self.d_source)
        layout.addStretch(1)
        self.d_priority.currentIndexChanged.connect(self._on_priority_chosen)
        self.d_na.toggled.connect(self._on_na_toggled)
        self.d_reason.editingFinished.connect(self._on_reason_edited)
        self.d_evidence.installEventFilter(self)
        return box

    @staticmethod
    def _team_text(score: ScoreView) -> str:
        if not score.team_counts:
            return ""
        spread = scan.team_spread(list(score.team_counts))
        counts = " · ".join(f"{level}: {n}" for level, n in enumerate(spread.counts))
        text = QCoreApplication.translate("ZelfscanPage", "Teamronde: {n} deelnemers ({counts}), mediaan {median}")
        warning = (QCoreApplication.translate("ZelfscanPage", " — de meningen liepen uiteen")
                   if spread.differs_widely else "")
        return text.format(n=spread.participants, counts=counts, median=spread.median) + warning

    def open_team_round(self) -> TeamRoundDialog | None:
        """A team round for the selected criterion; the adopted score is stored with its spread (undoable)."""
        if self.current is None or self.plan_id is None:
            return None
        dialog = TeamRoundDialog(self.current.criterion, self.current.score.team_counts, self)
        plan_id, criterion_id, db = self.plan_id, self.current.criterion.id, self.ctx.db

        def adopted(counts: tuple[int, ...], score: int) -> None:
            try:
                old = scan.adopt_team_score(db, plan_id, criterion_id, list(counts), score)
            except PlannerError as exc:
                show_error(self, exc)
                return
            self.ctx.push(self.tr("Teamscore van {id} overnemen").format(id=criterion_id),
                          lambda: scan.adopt_team_score(db, plan_id, criterion_id, list(counts), score),
                          lambda: scan.restore_score(db, plan_id, old), "scan", plan_id, already_done=True)
            self._reload(criterion_id)
            self.ctx.notifier.changed.emit("scan", plan_id)

        dialog.adopted.connect(adopted)
        self.last_team_round = dialog
        dialog.open()
        return dialog

    def take_focus(self) -> None:
        """The keys score at once: the criteria list of the open pillar gets the keyboard."""
        table = self.active_table()
        if table is not None:
            table.setFocus()
        else:
            super().take_focus()

    def _on_level_chosen(self, level: object) -> None:
        if self.current is None or self._loading:
            return
        if level == "nvt":
            self._change(not_applicable=not self.current.score.not_applicable)
        else:
            self.set_score(int(level))  # type: ignore[call-overload]
        table = self.active_table()
        if table is not None:
            table.setFocus()

    def _on_tab_changed(self, _index: int) -> None:
        """A pillar tab opens on its first criterion (or the one chosen before) and takes the keys at once."""
        table = self.active_table()
        if table is None:
            self._show_detail(None)  # the focus list: nothing of another tab lingers in the detail
            return
        if not table.selectionModel().selectedRows() and table.model().rowCount():
            table.selectRow(0)
        self._on_selected(table)
        table.setFocus()

    def _on_priority_chosen(self, _index: int) -> None:
        if not self._loading:
            self.set_priority(self.d_priority.currentData())

    def _on_na_toggled(self, checked: bool) -> None:
        if not self._loading:
            self._change(not_applicable=checked, na_reason=self.d_reason.text() if checked else None)

    def _on_reason_edited(self) -> None:
        if not self._loading:
            self._text_changed("na_reason", self.d_reason.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.d_evidence and event.type() == QEvent.Type.FocusOut:
            self._text_changed("evidence", self.d_evidence.toPlainText())
        return False

    # --- data ---------------------------------------------------------------------------------------

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._reload()

    def _reload(self, keep: str | None = None) -> None:
        keep = keep or (self.current.criterion.id if self.current else None)
        if self.plan_id is None:
            return
        try:
            plan = plans.get_plan(self.ctx.db, self.plan_id)
            self.school_type = plan.school_type
            self.current_year = str(plan.school_year)
            self.scores = scan.scan_scores(self.ctx.db, self.plan_id)
            previous_id = plans.previous_plan_id(self.ctx.db, self.plan_id)
            self.previous = list(scan.scan_scores(self.ctx.db, previous_id).values()) if previous_id else []
            self.previous_year = str(plans.get_plan(self.ctx.db, previous_id).school_year) if previous_id else ""
        except PlannerError as exc:
            show_error(self, exc)
            return
        fw = framework()
        for pillar in fw.pillars:
            rows = [CriterionRow(c, self.scores.get(c.id, ScoreView(c.id, None, False, None, None, None)))
                    for c in fw.criteria_for(self.school_type) if c.pillar == pillar.id]
            self.models[pillar.id].set_rows(rows)
            self.tables[pillar.id].resizeRowsToContents()
        self.focus_model.set_rows(scan.focus_list(self.scores.values(), self.school_type))
        self.focus_table.resizeRowsToContents()
        self._update_scores()
        if keep and self.select(keep):
            return
        table = self.active_table()
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        else:
            self._show_detail(None)

    def _update_scores(self) -> None:
        fw = framework()
        results = scan.pillar_scores(self.scores.values(), self.school_type)
        total = scan.total_score(self.scores.values(), self.school_type)
        for key, result in [*results.items(), ("totaal", total)]:
            self.score_labels[key].setText(format_percent(result.share))
            self.score_details[key].setText(self.tr("{s} van {n} gescoord").format(
                s=result.scored + result.not_applicable, n=result.criteria))
        previous = scan.pillar_scores(self.previous, self.school_type) if self.previous else None
        self.radar.set_data([p.name for p in fw.pillars], [results[p.id].share for p in fw.pillars],
                            self.current_year,
                            [previous[p.id].share for p in fw.pillars] if previous else None, self.previous_year)
        self.announce_completeness()

    def pillar_percentage(self, pillar: str) -> str:
        return self.score_labels[pillar].text()

    def active_table(self) -> ScanTable | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ScanTable) else None

    def select(self, criterion_id: str) -> bool:
        for pillar, model in self.models.items():
            for row in range(model.rowCount()):
                if model.row_at(row).criterion.id == criterion_id:
                    table = self.tables[pillar]
                    self.tabs.setCurrentWidget(table)
                    table.selectionModel().select(model.index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)
                    table.setCurrentIndex(model.index(row, 0))
                    return True
        return False

    def _on_selected(self, table: ScanTable | None) -> None:
        if table is None:
            return
        rows = table.selectionModel().selectedRows()
        model = table.model()
        assert isinstance(model, RowTableModel)
        self._show_detail(model.row_at(rows[0].row()) if rows else None)

    def _on_focus_clicked(self) -> None:
        rows = self.focus_table.selectionModel().selectedRows()
        if rows:
            self.select(self.focus_model.row_at(rows[0].row()).criterion.id)
            table = self.active_table()
            if table is not None:
                table.setFocus()

    def _show_detail(self, row: CriterionRow | None) -> None:
        self.current = row
        self._loading = True
        try:
            for widget in (self.d_priority, self.d_na, self.d_reason, self.d_evidence, self.team_button):
                widget.setEnabled(row is not None)
            self.d_team.setText(self._team_text(row.score) if row is not None else "")
            for card in self.d_levels:
                card.setEnabled(row is not None)
            if row is None:
                self.d_statement.setText(self.tr("Kies een criterium."))
                for card in self.d_levels:
                    card.set_text("", "")
                    card.set_active(False)
                self.d_source.setText("")
                self.d_evidence.setPlainText("")
                self.d_priority.setCurrentIndex(0)
                return
            fw = framework()
            self.d_statement.setText(row.criterion.statement)
            for card in self.d_levels:
                if card.level == "nvt":
                    active = row.score.not_applicable
                    card.set_text(f"<b>{self.tr('N.v.t.')}</b> — {self.tr('dit criterium past niet bij onze school')}",
                                  self.tr("Niet van toepassing"))
                else:
                    value = int(card.level)
                    active = row.score.score == value and not row.score.not_applicable
                    card.set_text(f"<b>{value} · {fw.scale[value].label}</b> — {row.criterion.levels[value]}",
                                  self.tr("Score {value}: {label}").format(value=value, label=fw.scale[value].label))
                card.set_active(active)
            self.d_priority.setCurrentIndex(max(0, self.d_priority.findData(row.score.priority)))
            self.d_na.setChecked(row.score.not_applicable)
            self.d_reason.setText(row.score.na_reason or "")
            self.d_reason.setVisible(row.score.not_applicable)
            self.d_evidence.setPlainText(row.score.evidence or "")
            source = self.tr("Bron: {source}").format(source=row.criterion.source)
            inherited = fw.inherited_note(row.criterion, self.school_type)
            self.d_source.setText(f"{source}\n{inherited}" if inherited else source)
        finally:
            self._loading = False

    @staticmethod
    def _score_text(score: ScoreView) -> str:
        if score.not_applicable:
            return QCoreApplication.translate("ZelfscanPage", "n.v.t.")
        return "—" if score.score is None else str(score.score)

    # --- changes ------------------------------------------------------------------------------------

    def set_score(self, value: int | None) -> None:
        if self.current is not None:
            self._change(score=value)

    def toggle_na(self) -> None:
        if self.current is not None:
            self._change(not_applicable=not self.current.score.not_applicable)

    def set_priority(self, priority: str | None) -> None:
        if self.current is not None and self.current.score.priority != priority:
            self._change(priority=priority)

    def _text_changed(self, field: str, text: str) -> None:
        if self.current is None or self._loading:
            return
        if (getattr(self.current.score, field) or "") != text.strip():
            self._change(**{field: text})

    def _change(self, **changes: object) -> None:
        if self.current is None or self.plan_id is None:
            return
        plan_id, criterion_id, db = self.plan_id, self.current.criterion.id, self.ctx.db
        try:
            old = scan.update_score(db, plan_id, criterion_id, **changes)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.push(self.tr("Score {id}").format(id=criterion_id),
                      lambda: scan.update_score(db, plan_id, criterion_id, **changes),
                      lambda: scan.restore_score(db, plan_id, old), "scan", plan_id, already_done=True)
        self._own_change = True
        self._reload(criterion_id)
        if "score" in changes and changes["score"] is not None:
            self._move_on()
        self.ctx.notifier.changed.emit("scan", plan_id)

    def _move_on(self) -> None:
        """After a score: the next criterion, or the first of the next pillar after the last one."""
        table = self.active_table()
        if table is None:
            return
        current = table.currentIndex().row()
        if current + 1 < table.model().rowCount():
            table.selectRow(current + 1)
            return
        tables = list(self.tables.values())
        position = tables.index(table)
        if position + 1 < len(tables):
            following = tables[position + 1]
            following.clearSelection()
            self.tabs.setCurrentWidget(following)  # selects its first criterion and takes the keys

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if (topic == "scan" and plan_id == self.plan_id and not self._loading) or topic == "school":
            self._reload()

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        done, total = scan.progress(self.scores.values(), self.school_type)
        return navigation.zelfscan_label(done, total)
