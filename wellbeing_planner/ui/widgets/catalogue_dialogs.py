"""Dialogs of the catalogue page: an own intervention's form, and comparing interventions side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.catalogue import KIND_LABELS, RECOGNITION_LABELS, SCOPE_LABELS, Intervention, catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import catalogue as cat
from wellbeing_planner.errors import PlannerError, ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column, RowTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueDialogs", text)


class _Checks(QWidget):
    """A row (or grid) of checkboxes for a multiple choice."""

    def __init__(self, options: list[tuple[str, str]], columns: int = 5) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(options):
            box = QCheckBox(label)
            self.boxes[key] = box
            grid.addWidget(box, index // columns, index % columns)

    def values(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def set_values(self, values: tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in values)


class LocalInterventionDialog(QDialog):
    """Add or edit an own intervention; on success ``result_entry`` holds it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, entry: Intervention | None = None,
                 default_school_type: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.result_entry: Intervention | None = None
        self.setWindowTitle(tr("Eigen interventie bewerken") if entry else tr("Eigen interventie toevoegen"))
        self.resize(720, 640)
        fw = framework()
        outer = QVBoxLayout(self)
        intro = QLabel(tr("Eigen interventies worden alleen in uw planbestand bewaard en altijd als "
                          "'eigen' getoond, nooit als erkend aanbod."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        outer.addWidget(intro)
        body = QWidget()
        form = QFormLayout(body)
        self.name = QLineEdit()
        self.provider = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.kind = QComboBox()
        for key, label in KIND_LABELS.items():
            self.kind.addItem(label, key)
        self.school_types = _Checks([(t.id, t.id) for t in fw.school_types])
        grades = QWidget()
        row = QHBoxLayout(grades)
        row.setContentsMargins(0, 0, 0, 0)
        self.grade_min = QSpinBox()
        self.grade_max = QSpinBox()
        for spin in (self.grade_min, self.grade_max):
            spin.setRange(0, 8)
            spin.setSpecialValueText("—")
        row.addWidget(QLabel(tr("van")))
        row.addWidget(self.grade_min)
        row.addWidget(QLabel(tr("t/m")))
        row.addWidget(self.grade_max)
        row.addStretch(1)
        self.pillars = _Checks([(p.id, p.name) for p in fw.pillars], columns=4)
        self.layers = _Checks([(p.id, p.name) for p in fw.prevention_layers], columns=3)
        self.scope = _Checks(list(SCOPE_LABELS.items()))
        self.themes = QListWidget()
        self.themes.setFixedHeight(110)
        for tag, label in catalogue().themes:
            item = QListWidgetItem(_(label))
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        self.recognition = QComboBox()
        for key, label in RECOGNITION_LABELS.items():
            self.recognition.addItem(label, key)
        self.recognition.setCurrentIndex(self.recognition.findData("unknown"))
        self.duration = QLineEdit()
        self.training = QLineEdit()
        self.cost = QLineEdit()
        self.sources = QPlainTextEdit()
        self.sources.setPlaceholderText(tr("één bron per regel, bijvoorbeeld een webadres"))
        self.sources.setFixedHeight(54)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        for label, widget in [(tr("Naam"), self.name), (tr("Aanbieder"), self.provider),
                              (tr("Website"), self.website), (tr("Beschrijving"), self.description),
                              (tr("Soort"), self.kind), (tr("Schooltypen"), self.school_types),
                              (tr("Groepen / leerjaren"), grades), (tr("Pijlers"), self.pillars),
                              (tr("Preventielaag"), self.layers), (tr("Reikwijdte"), self.scope),
                              (tr("Thema's"), self.themes), (tr("Erkenning"), self.recognition),
                              (tr("Duur"), self.duration), (tr("Training"), self.training),
                              (tr("Kosten"), self.cost), (tr("Bronnen"), self.sources), (tr("Notities"), self.notes)]:
            form.addRow(label, widget)
            widget.setAccessibleName(label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        if entry is not None:
            self._fill(cat.local_input_of(entry))
        elif default_school_type:
            self.school_types.set_values((default_school_type,))

    def _fill(self, data: cat.LocalInterventionInput) -> None:
        self.name.setText(data.name)
        self.provider.setText(data.provider)
        self.website.setText(data.website)
        self.description.setPlainText(data.description)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.school_types.set_values(data.school_types)
        self.grade_min.setValue(data.grade_min or 0)
        self.grade_max.setValue(data.grade_max or 0)
        self.pillars.set_values(data.pillars)
        self.layers.set_values(data.prevention_layers)
        self.scope.set_values(data.scope)
        for index in range(self.themes.count()):
            item = self.themes.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.recognition.setCurrentIndex(max(0, self.recognition.findData(data.recognition_level)))
        self.duration.setText(data.duration)
        self.training.setText(data.training)
        self.cost.setText(data.cost)
        self.sources.setPlainText("\n".join(data.sources))
        self.notes.setPlainText(data.notes)

    def values(self) -> cat.LocalInterventionInput:
        themes = tuple(self.themes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.themes.count())
                       if self.themes.item(i).checkState() == Qt.CheckState.Checked)
        return cat.LocalInterventionInput(
            name=self.name.text(), description=self.description.toPlainText(), provider=self.provider.text(),
            website=self.website.text(), kind=str(self.kind.currentData()), school_types=self.school_types.values(),
            grade_min=self.grade_min.value() or None, grade_max=self.grade_max.value() or None,
            pillars=self.pillars.values(), themes=themes, prevention_layers=self.layers.values(),
            scope=self.scope.values(), recognition_level=str(self.recognition.currentData()),
            duration=self.duration.text(), training=self.training.text(), cost=self.cost.text(),
            sources=tuple(self.sources.toPlainText().splitlines()), notes=self.notes.toPlainText())

    def _on_save(self) -> None:
        try:
            if self.entry is None:
                self.result_entry = cat.create_local_intervention(self.ctx.db, self.values())
            else:
                self.result_entry = cat.update_local_intervention(self.ctx.db, self.entry.id, self.values())
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.notifier.changed.emit("catalogue", 0)
        self.accept()


def _cell(index: int) -> Callable[[tuple[str, list[str]]], str]:
    return lambda row: row[1][index]


class CompareDialog(QDialog):
    """Two or three interventions side by side."""

    def __init__(self, entries: list[Intervention], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Interventies vergelijken"))
        self.resize(980, 560)
        rows = cat.compare_rows(entries)
        columns: list[Column[tuple[str, list[str]]]] = [Column(tr("Kenmerk"), lambda r: r[0])]
        for index, entry in enumerate(entries):
            columns.append(Column(entry.name, _cell(index)))
        self.model: RowTableModel[tuple[str, list[str]]] = RowTableModel(columns, self)
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for index in range(1, len(columns)):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()
