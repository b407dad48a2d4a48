"""A table of simple records with an edit form beside it: add, edit on leave, delete with confirmation, undo.

Used for the working group, partners, indicators, inventory, stakeholder input and
obligations.  The widget only calls the functions it is given (core operations)
and announces changes through the notifier; it never touches the database itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.errors import PlannerError, ValidationError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column, RowTableModel, sorting_proxy

R = TypeVar("R")


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTable", text)


@dataclass
class Field:
    """One editable field of the form: how it is shown and how its text is read from a row."""

    name: str
    label: str
    value: Callable[[Any], str]
    kind: str = "text"  # text | multiline | choice | checks (several choices; value is "a,b")
    options: Callable[[], list[tuple[str, str]]] | None = None  # (value, label) for choices
    placeholder: str = ""
    private: bool = False  # hidden in presentation mode


@dataclass
class RecordOps(Generic[R]):
    """The core operations behind a table."""

    load: Callable[[], Sequence[R]]
    update: Callable[[Any, dict[str, Any]], dict[str, Any]]  # returns old values
    add: Callable[[], Any] | None = None  # returns the new id
    delete: Callable[[Any], dict[str, Any]] | None = None  # returns values for restore
    restore: Callable[[dict[str, Any]], None] | None = None
    row_id: Callable[[R], Any] = field(default=lambda row: row.id)


class _Table(QTableView):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectionModel().hasSelection():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class RecordTable(QFrame, Generic[R]):
    """Title, table (sortable) and a form for the selected row."""

    changed = Signal()

    def __init__(self, ctx: AppContext, title: str, columns: Sequence[Column[R]], fields: Sequence[Field],
                 ops: RecordOps[R], *, topic: str, plan_id: Callable[[], int], noun: str,
                 intro: str = "", form_width: int = 380) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.ctx = ctx
        self.ops = ops
        self.fields = list(fields)
        self.topic = topic
        self.plan_id = plan_id
        self.noun = noun
        self._loading = False
        self.current: R | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        heading = QLabel(title)
        heading.setObjectName("SectionTitle")
        head.addWidget(heading)
        head.addStretch(1)
        self.add_button = QPushButton(tr("Toevoegen"))
        self.delete_button = QPushButton(tr("Verwijderen…"))
        if ops.add is not None:
            head.addWidget(self.add_button)
        if ops.delete is not None:
            head.addWidget(self.delete_button)
        outer.addLayout(head)
        if intro:
            text = QLabel(intro)
            text.setObjectName("Muted")
            text.setWordWrap(True)
            outer.addWidget(text)

        body = QHBoxLayout()
        self.model: RowTableModel[R] = RowTableModel(columns, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = _Table()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # list order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(title)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what is left
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)  # between list and form; the user may move it
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        body.addWidget(self.splitter, 1)

        form_box = QWidget()
        form_box.setMaximumWidth(round(form_width * 1.6))
        form_box.setMinimumWidth(min(form_width, 280))
        column = QVBoxLayout(form_box)
        column.setContentsMargins(8, 0, 0, 0)
        self.form = QFormLayout()
        column.addLayout(self.form)
        self.editors: dict[str, QWidget] = {}
        for spec in self.fields:
            editor: QWidget
            if spec.kind == "checks":
                checks = _Checks([])
                checks.toggled.connect(lambda n=spec.name: self._on_edited(n))
                editor = checks
            elif spec.kind == "choice":
                combo = QComboBox()
                combo.currentIndexChanged.connect(lambda _i, n=spec.name: self._on_edited(n))
                editor = combo
            elif spec.kind == "multiline":
                area = _PlainText()
                area.setFixedHeight(70)
                area.setPlaceholderText(spec.placeholder)
                area.focus_lost.connect(lambda n=spec.name: self._on_edited(n))
                editor = area
            else:
                line = QLineEdit()
                line.setPlaceholderText(spec.placeholder)
                line.editingFinished.connect(lambda n=spec.name: self._on_edited(n))
                editor = line
            editor.setAccessibleName(spec.label)
            self.editors[spec.name] = editor
            self.form.addRow(spec.label, editor)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        column.addStretch(1)
        self.splitter.addWidget(form_box)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the list, not the form
        self.splitter.setStretchFactor(1, 0)
        self._form_width = form_width
        self._sized = False
        outer.addLayout(body)

        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.delete_pressed.connect(self.ask_delete)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._columns = list(columns)
        ctx.notifier.presentation_changed.connect(self.set_presenting)
        self._show(None)
        self.set_presenting(ctx.presentation)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized and self.splitter.width() > 0:  # first showing: the form at its own width
            self._sized = True
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([max(200, total - self._form_width), self._form_width])

    def set_presenting(self, presenting: bool) -> None:
        """Keep private columns and fields (e-mail addresses) off a projector."""
        for index, column in enumerate(self._columns):
            if column.private:
                self.table.setColumnHidden(index, presenting)
        for spec in self.fields:
            if spec.private:
                self.form.setRowVisible(self.editors[spec.name], not presenting)

    # --- data ----------------------------------------------------------------------------------------

    def reload(self, select_id: Any = None) -> None:
        keep = select_id if select_id is not None else (self.ops.row_id(self.current) if self.current else None)
        try:
            rows = list(self.ops.load())
        except PlannerError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self._fit_columns()
        if keep is None or not self.select(keep):
            self._show(None)
            if rows and self.current is None:
                self.select(self.ops.row_id(self.proxy.index(0, 0).data(RowTableModel.RowRole)))

    def _fit_columns(self) -> None:
        """The other columns as wide as their contents (and header); the first (the name) takes the rest."""
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(max(header.sectionSize(column), header.sectionSizeHint(column)), 240))

    def rows(self) -> list[R]:
        return self.model.rows()

    def select(self, row_id: Any) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.ops.row_id(index.data(RowTableModel.RowRole)) == row_id:
                self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
                self.table.setCurrentIndex(index)
                self._show(index.data(RowTableModel.RowRole))
                return True
        return False

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show(rows[0].data(RowTableModel.RowRole) if rows else None)

    def _show(self, row: R | None) -> None:
        self.current = row
        self._loading = True
        try:
            self.error.hide()
            for spec in self.fields:
                editor = self.editors[spec.name]
                editor.setEnabled(row is not None)
                text = spec.value(row) if row is not None else ""
                if isinstance(editor, QComboBox):
                    editor.clear()
                    for value, label in (spec.options() if spec.options and row is not None else []):
                        editor.addItem(label, value)
                    if row is not None and text and editor.findData(text) < 0:
                        # e.g. an intervention a catalogue update removed: the reference is kept, and shown
                        editor.addItem(tr("{value} (niet meer in de lijst)").format(value=text), text)
                    editor.setCurrentIndex(max(0, editor.findData(text)) if row is not None else -1)
                elif isinstance(editor, _Checks):
                    options = spec.options() if spec.options is not None and row is not None else []
                    editor.set_values(options, text.split(",") if text else [])
                elif isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(text)
                elif isinstance(editor, QLineEdit):
                    editor.setText(text)
                    editor.setCursorPosition(0)
            self.delete_button.setEnabled(row is not None)
        finally:
            self._loading = False

    def editor_value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, _Checks):
            return editor.values()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def _announce(self) -> None:
        self.ctx.notifier.changed.emit(self.topic, self.plan_id())
        self.changed.emit()

    # --- edits ----------------------------------------------------------------------------------------

    def _undo_text(self, spec: Field, row: R) -> str:
        """What the Edit menu says: "Budget van 'Week tegen het Pesten' wijzigen"."""
        field = spec.label.split(" (")[0].strip().rstrip(":")
        name = self._columns[0].text(row) if self._columns else ""
        if len(name) > 40:
            name = name[:39] + "…"
        if not name:
            return tr("{field} van een {noun} wijzigen").format(field=field, noun=self.noun)
        return tr("{field} van '{name}' wijzigen").format(field=field, name=name)

    def _on_edited(self, name: str) -> None:
        if self._loading or self.current is None:
            return
        spec = next(f for f in self.fields if f.name == name)
        new = self.editor_value(name)
        compare = ",".join(new) if isinstance(new, list) else new
        if (spec.value(self.current) or "") == (compare or ""):
            self.error.hide()
            return
        row_id = self.ops.row_id(self.current)
        try:
            old = self.ops.update(row_id, {name: new})
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.error.hide()
        ops = self.ops
        what = self._undo_text(spec, self.current)

        def redo() -> None:
            ops.update(row_id, {name: new})
            self.reload(row_id)

        def undo() -> None:
            ops.update(row_id, old)
            self.reload(row_id)

        self.ctx.push(what, redo, undo, self.topic, self.plan_id(), already_done=True)
        self.reload(row_id)
        self._announce()

    def add_row(self) -> Any:
        if self.ops.add is None:
            return None
        try:
            new_id = self.ops.add()
        except PlannerError as exc:
            show_error(self, exc)
            return None
        stash: dict[str, Any] = {}
        ops = self.ops

        def undo() -> None:
            if ops.delete is not None:
                stash.update(ops.delete(new_id))
            self.reload()

        def redo() -> None:
            if ops.restore is not None and stash:
                ops.restore(dict(stash))
            self.reload(new_id)

        self.ctx.push(tr("Nieuw {noun}").format(noun=self.noun), redo, undo, self.topic, self.plan_id(),
                      already_done=True)
        self.reload(new_id)
        self._announce()
        first = self.editors[self.fields[0].name]
        first.setFocus()
        if isinstance(first, QLineEdit):
            first.selectAll()
        return new_id

    def ask_delete(self) -> QMessageBox | None:
        if self.current is None or self.ops.delete is None:
            return None
        row_id = self.ops.row_id(self.current)
        label = self.fields[0].value(self.current) if self.fields else ""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Verwijderen"),
                          tr("{noun} '{label}' verwijderen?").format(noun=self.noun.capitalize(), label=label),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Verwijderen"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def done(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self.delete_row(row_id)

        box.finished.connect(done)
        box.open()
        self.confirmation = box
        return box

    def delete_row(self, row_id: Any) -> None:
        assert self.ops.delete is not None
        try:
            values = self.ops.delete(row_id)
        except PlannerError as exc:
            show_error(self, exc)
            return
        ops = self.ops

        def redo() -> None:
            if ops.delete is not None:
                ops.delete(row_id)
            self.reload()

        def undo() -> None:
            if ops.restore is not None:
                ops.restore(dict(values))
            self.reload(row_id)

        self.ctx.push(tr("Verwijderen {noun}").format(noun=self.noun), redo, undo, self.topic, self.plan_id(),
                      already_done=True)
        self.reload()
        self._announce()


class _PlainText(QPlainTextEdit):
    """A multi-line editor that reports when the user leaves it (then the text is saved)."""

    focus_lost = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class _Checks(QWidget):
    """Checkboxes for a field with several choices (pillars, partners)."""

    toggled = Signal()

    def __init__(self, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self._quiet = False
        self.set_values(options, [])

    def set_values(self, options: list[tuple[str, str]], values: list[str]) -> None:
        self._quiet = True
        if [key for key, _label in options] != list(self.boxes):
            for box in self.boxes.values():
                self._layout.removeWidget(box)
                box.hide()
                box.setParent(None)
                box.deleteLater()
            self.boxes = {}
            for index, (key, label) in enumerate(options):
                box = QCheckBox(label)
                box.toggled.connect(self._on_toggled)
                self.boxes[key] = box
                columns = 2 if len(options) <= 4 else 1
                self._layout.addWidget(box, index // columns, index % columns)
        for key, box in self.boxes.items():
            box.setChecked(key in values)
        self._quiet = False

    def values(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def _on_toggled(self) -> None:
        if not self._quiet:
            self.toggled.emit()
