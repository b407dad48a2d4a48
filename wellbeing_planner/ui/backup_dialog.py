"""Bestand → Back-up terugzetten…: the list of backups (date, kind, plans, size) and the restore itself."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner import APP_NAME
from wellbeing_planner.core.formatting import format_number
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.storage import backups
from wellbeing_planner.storage.backups import BackupInfo
from wellbeing_planner.ui.errors import show_error

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class BackupModel(QAbstractTableModel):
    """The backups, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("BackupModel", "Gemaakt op"), QT_TRANSLATE_NOOP("BackupModel", "Soort"),
               QT_TRANSLATE_NOOP("BackupModel", "Plannen"), QT_TRANSLATE_NOOP("BackupModel", "Grootte"),
               QT_TRANSLATE_NOOP("BackupModel", "Staat"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return f"{row.made:%d-%m-%Y %H:%M}"
            if column == 1:
                return row.kind_label
            if column == 2:
                return "?" if row.plans is None else str(row.plans)
            if column == 3:
                return f"{format_number(max(1, round(row.size / 1024)))} kB"
            return self.tr("in orde") if row.healthy else self.tr("beschadigd")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        return None


class RestoreDialog(QDialog):
    """Choose a backup (or another file) to put back; the restore happens after the user confirms.

    After ``accepted`` the chosen file is in :attr:`chosen`; the window does the restore.
    """

    def __init__(self, db_path: Path, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.backup_dir = backup_dir
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setMinimumSize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kies de reservekopie die u wilt terugzetten. Het huidige planbestand wordt eerst zelf bewaard, zodat "
            "u dit altijd ongedaan kunt maken. Wijzigingen van na de reservekopie zijn daarna niet meer te zien."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Reservekopieën"))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Er zijn nog geen reservekopieën in {dir}.").format(dir=backup_dir))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Terugzetten"))
        self.restore_button.setObjectName("Primary")
        self.other_button = QPushButton(self.tr("Ander bestand…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._on_restore_clicked())

    def refresh(self) -> None:
        self.model.set_rows(backups.list_backups(self.backup_dir, self.db_path.stem))
        self.empty.setVisible(not self.model.rows)
        self.table.setVisible(bool(self.model.rows))
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        self.restore_button.setEnabled(item is not None and item.healthy)

    def confirm(self, path: Path) -> bool:
        """Ask once more; tests replace this to answer."""
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("'{name}' terugzetten? Het huidige planbestand wordt eerst bewaard in de map backups.").format(
                name=path.name))
        return answer == QMessageBox.StandardButton.Yes

    def choose(self, path: Path) -> bool:
        """Check ``path`` and, once confirmed, accept the dialog with it."""
        try:
            backups.check_restorable(path)
        except PlannerError as exc:
            show_error(self, exc)
            return False
        if not self.confirm(path):
            return False
        self.chosen = path
        self.accept()
        return True

    def _on_restore_clicked(self) -> None:
        item = self.selected()
        if item is not None and item.healthy:
            self.choose(item.path)

    def _on_other_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Reservekopie kiezen"), str(self.backup_dir),
            self.tr("Planbestanden (*.sqlite3 *.db);;Alle bestanden (*)"))
        if name:
            self.choose(Path(name))
