"""The history of a plan: who added, changed or deleted what, and when (from core.history)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from wellbeing_planner.core.history import HistoryEntry, plan_history
from wellbeing_planner.storage.db import Database
from wellbeing_planner.ui.models import Column, RowTableModel


def _local(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d-%m-%Y %H:%M")


class HistoryDialog(QDialog):
    """Newest first; the values themselves are never shown (the history names fields only)."""

    def __init__(self, db: Database, plan_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis — {plan}").format(plan=title))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.entries = plan_history(db, plan_id)
        intro = QLabel(self.tr("Wie heeft wat wanneer veranderd in dit plan en bij de school (nieuwste eerst)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[HistoryEntry] = RowTableModel([
            Column(self.tr("Wanneer"), lambda e: _local(e.at), sort_key=lambda e: e.at),
            Column(self.tr("Wie"), lambda e: e.user),
            Column(self.tr("Wat"), lambda e: f"{e.thing} {e.action}"),
            Column(self.tr("Welke"), lambda e: e.label or ""),
            Column(self.tr("Velden"), lambda e: ", ".join(e.fields)),
        ], self)
        self.model.set_rows(self.entries)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Geschiedenis van het plan"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        if not self.entries:
            layout.addWidget(QLabel(self.tr("Nog geen wijzigingen vastgelegd.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
