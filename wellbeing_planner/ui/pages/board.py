"""Bestuursoverzicht: every school of the board side by side, filterable, exportable as CSV and PDF.

The figures come from :mod:`wellbeing_planner.core.board` (off the GUI thread).  On a shared database the page
looks every 30 seconds whether anyone changed anything (the newest line of the history) and then reloads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import board
from wellbeing_planner.core.formatting import format_money, format_number, format_percent
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column, RowTableModel, sorting_proxy
from wellbeing_planner.ui.pages.base import Page

POLL_MS = 30_000


def _status_text(year: int) -> Callable[[board.BoardSchool], str]:
    def text(school: board.BoardSchool) -> str:
        plan = school.plan_in(year)
        return plan.status_name if plan else "—"
    return text


def _score_text(pillar: str) -> Callable[[board.BoardSchool], str]:
    def text(school: board.BoardSchool) -> str:
        if school.latest is None:
            return ""
        trend = school.trend(pillar)
        arrow = "" if trend is None else " ↑" if trend > 0 else " ↓" if trend < 0 else " ="
        return format_percent(school.latest.pillar_scores.get(pillar), empty="—") + arrow
    return text


def _score_key(pillar: str) -> Callable[[board.BoardSchool], float]:
    def key(school: board.BoardSchool) -> float:
        share = school.latest.pillar_scores.get(pillar) if school.latest else None
        return -1.0 if share is None else share
    return key


class BoardPage(Page):
    """Bestuursoverzicht."""

    page_id = "bestuur"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Bestuursoverzicht")
        self.overview: board.BoardOverview | None = None
        self._marker: int | None = None
        self._loading = False
        self._build()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._check_for_changes)
        self.ctx.notifier.changed.connect(lambda _topic, _plan: self.reload())
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.heading(self.tr("Bestuursoverzicht"), self.tr(
            "Alle scholen naast elkaar: de status van het plan per schooljaar, de zelfscan per pijler (met het "
            "verschil met het vorige gescoorde jaar), uren, geld en aandachtspunten van het laatste plan.")))
        filters = QHBoxLayout()
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Schooltype"))
        self.type_combo.addItem(self.tr("Schooltype: alle"), None)
        for kind in framework().school_types:
            self.type_combo.addItem(kind.id, kind.id)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Regio"))
        self.region_combo.addItem(self.tr("Regio: alle"), None)
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.csv_button = QPushButton(self.tr("CSV exporteren…"))
        self.pdf_button = QPushButton(self.tr("PDF maken…"))
        self.history_button = QPushButton(self.tr("Geschiedenis…"))
        self.history_button.setToolTip(self.tr("Wie wat wanneer veranderde in het laatste plan van de gekozen school"))
        self.server_button = QPushButton(self.tr("Gedeelde database…"))
        self.server_button.setToolTip(self.tr("De PostgreSQL-server van het schoolbestuur instellen"))
        for widget in (self.type_combo, self.region_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        for button in (self.refresh_button, self.history_button, self.csv_button, self.pdf_button,
                       self.server_button):
            filters.addWidget(button)
        layout.addLayout(filters)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)
        self.model: RowTableModel[board.BoardSchool] = RowTableModel(self._columns([]), self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Scholen van het bestuur"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.type_combo.currentIndexChanged.connect(self.reload)
        self.region_combo.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button.clicked.connect(self._export_pdf)
        self.server_button.clicked.connect(self.ask_server)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(lambda _index: self.show_history())

    def _columns(self, years: list[Any]) -> list[Column[board.BoardSchool]]:
        columns: list[Column[board.BoardSchool]] = [
            Column(self.tr("School"), lambda s: s.name),
            Column(self.tr("Type"), lambda s: s.school_type),
            Column(self.tr("Regio"), lambda s: ", ".join(p for p in (s.gemeente, s.ggd_region) if p)),
        ]
        for year in years:
            columns.append(Column(str(year), _status_text(year.start_year)))
        for pillar in framework().pillars:
            columns.append(Column(pillar.name, _score_text(pillar.id), align_right=True,
                                  sort_key=_score_key(pillar.id)))
        columns += [
            Column(self.tr("Uren"), lambda s: format_number(s.latest.hours) if s.latest else "", align_right=True,
                   sort_key=lambda s: s.latest.hours if s.latest else -1),
            Column(self.tr("Begroot"), lambda s: format_money(s.latest.budget_planned) if s.latest else "",
                   align_right=True, sort_key=lambda s: s.latest.budget_planned if s.latest else -1),
            Column(self.tr("Aandachtspunten"), lambda s: str(len(s.latest.problems)) if s.latest else "",
                   align_right=True, tooltip=lambda s: "\n".join(s.latest.problems) if s.latest else "",
                   sort_key=lambda s: len(s.latest.problems) if s.latest else -1),
        ]
        return columns


    # --- loading ---------------------------------------------------------------------------------

    def current_filter(self) -> board.BoardFilter:
        return board.BoardFilter(school_type=self.type_combo.currentData(), region=self.region_combo.currentData())

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        chosen = self.current_filter()
        db = self.ctx.db

        def work() -> tuple[board.BoardOverview, list[str], int]:
            return board.board_overview(db, chosen), board.regions(db), board.change_marker(db)

        self.ctx.tasks.run(work, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._report(error)

    def _report(self, error: BaseException) -> None:
        """A known problem (server gone, no rights, disk full) as a Dutch message; anything else is a bug."""
        from wellbeing_planner.errors import environment_problem_from

        problem = error if isinstance(error, PlannerError) else environment_problem_from(error)
        if problem is not None:
            show_error(self, problem)
            return
        sys.excepthook(type(error), error, error.__traceback__)

    def _show(self, result: tuple[board.BoardOverview, list[str], int]) -> None:
        self._loading = False
        overview, regions, marker = result
        self.overview, self._marker = overview, marker
        chosen = self.region_combo.currentData()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("Regio: alle"), None)
        for region in regions:
            self.region_combo.addItem(region, region)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(chosen)) if chosen else 0)
        self.region_combo.blockSignals(False)
        self.model = RowTableModel(self._columns(list(overview.school_years)), self)
        self.model.set_rows(overview.schools)
        self.proxy.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        totals = overview.totals()
        self.totals_label.setText(self.tr(
            "{counted}. Laatste plannen samen: begroot {planned}, {hours} uur, "
            "{problems} aandachtspunt(en).").format(
                counted=board.counted(totals["schools"], totals["plans"]),
                planned=format_money(totals["budget_planned"]),
                hours=format_number(totals["hours"]), problems=totals["problems"]))
        if not overview.schools:
            self.totals_label.setText(self.tr("Geen scholen gevonden (met dit filter)."))

    def _check_for_changes(self) -> None:
        """Someone else changed something (the history grew): show the new state."""
        if self._loading or not self.isVisible():
            return
        db = self.ctx.db
        self.ctx.tasks.run(lambda: board.change_marker(db),
                           lambda marker: self.reload() if marker != self._marker else None, lambda _exc: None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.poll.start()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.poll.stop()

    # --- export ----------------------------------------------------------------------------------

    def _export_csv(self) -> None:
        if self.overview is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Bestuursoverzicht als CSV"),
                                                    str(Path.home() / "bestuursoverzicht.csv"), "CSV (*.csv)")
        if name:
            overview = self.overview
            self.ctx.tasks.run(lambda: board.export_csv(overview, Path(name)), lambda _path: None,
                               self._report)

    def _export_pdf(self) -> None:
        if self.overview is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Bestuursoverzicht als PDF"),
                                                    str(Path.home() / "bestuursoverzicht.pdf"), "PDF (*.pdf)")
        if name:
            from wellbeing_planner.reports.bestuur import export_board_report

            overview = self.overview
            self.ctx.tasks.run(lambda: export_board_report(overview, Path(name)), lambda _path: None,
                               self._report)

    # --- history ---------------------------------------------------------------------------------

    def selected_school(self) -> board.BoardSchool | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.row_at(row)

    def show_history(self) -> QWidget | None:
        """The history of the chosen school's latest plan (or of the open plan when no school is chosen)."""
        from wellbeing_planner.ui.history_dialog import HistoryDialog

        school = self.selected_school()
        if school is not None and school.latest is not None:
            plan_id, title = school.latest.plan_id, f"{school.name} {school.latest.school_year}"
        elif self.plan_id is not None:
            plan_id, title = self.plan_id, self.tr("het open plan")
        else:
            return None
        try:
            dialog = HistoryDialog(self.ctx.db, plan_id, title, self)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        dialog.open()
        return dialog

    # --- the shared database -----------------------------------------------------------------------

    def ask_server(self) -> QInputDialog:
        """Ask for the board's database address; it is remembered without a password (that goes in ~/.pgpass)."""
        from wellbeing_planner.ui.settings import Settings

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Gedeelde database"))
        dialog.setLabelText(self.tr(
            "Adres van de PostgreSQL-database van het schoolbestuur, bijvoorbeeld\n"
            "postgresql+psycopg://naam@server.bestuur.nl/welbevinden\n"
            "Leeg: het planbestand op deze pc. Het wachtwoord hoort in ~/.pgpass en wordt nooit bewaard."))
        dialog.setTextValue(Settings().database_url() or "")
        dialog.textValueSelected.connect(self.save_server)
        dialog.open()
        return dialog

    def save_server(self, text: str) -> str:
        """Check and remember the address; returns the Dutch line shown to the user."""
        from wellbeing_planner.storage import server
        from wellbeing_planner.ui.settings import Settings

        text = text.strip()
        if not text:
            Settings().set_database_url(None)
            message = self.tr("Bij de volgende start gebruikt de app weer het planbestand op deze pc.")
        else:
            try:
                parsed = server.parse(text)
            except PlannerError as exc:
                show_error(self, exc)
                return exc.message
            Settings().set_database_url(text)
            message = self.tr("Bij de volgende start gebruikt de app de gedeelde database {url}.").format(
                url=server.display(parsed))
            if parsed.password:
                message += " " + self.tr("Het wachtwoord is niet bewaard: zet het in ~/.pgpass (zie docs/board.md).")
        QMessageBox.information(self, self.tr("Gedeelde database"), message)
        return message
