"""Bestand → Plan exporteren / Plan importeren: file choice, the work off the GUI thread, the BRIN question.

Reading and checking a plan file and writing one run on the task runner; the
database write of an import runs there too, in one unit of work.  Dialogs are
opened with ``open()`` (never ``exec()``), so tests can answer them.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellbeing_planner import APP_NAME
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error

log = logging.getLogger(__name__)

FILTER = QT_TRANSLATE_NOOP("PlanFileFlow", "Planbestanden (*.wbplan)")


class PlanFileFlow(QObject):
    """Export and import of plan files for the main window."""

    #: A plan file was written (its path).
    exported = Signal(str)
    #: A plan was imported (its new id).
    imported = Signal(int)
    #: The user saw a message why nothing happened.
    refused = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx: AppContext | None = None
        self.dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None

    # --- export ----------------------------------------------------------------------------------

    def ask_export(self, plan_id: int | None) -> QFileDialog | None:
        """Ask where to save the plan ``plan_id``; then write it."""
        if self.ctx is None:
            return None
        if plan_id is None:
            self._status(self.tr("Er is nog geen plan om te exporteren. Maak een plan of importeer er een."))
            return None
        from wellbeing_planner.core.plans import get_plan

        try:
            plan = get_plan(self.ctx.db, plan_id)
        except PlannerError as exc:
            show_error(self.parent_widget, exc)
            return None
        name = f"{plan.school_name} {plan.school_year}".replace("/", "-") + ".wbplan"
        dialog = self._file_dialog(self.tr("Plan exporteren"), QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(Path.home() / name))
        dialog.fileSelected.connect(lambda path: self.export_to(plan_id, Path(path)))
        dialog.open()
        return dialog

    def export_to(self, plan_id: int, path: Path) -> None:
        """Write plan ``plan_id`` as a plan file (the database is read here, the file written in the background)."""
        if self.ctx is None:
            return
        from wellbeing_planner.exchange.export import plan_document, write_document

        if not path.suffix:
            path = path.with_suffix(".wbplan")
        try:
            document = plan_document(self.ctx.db, plan_id)
        except PlannerError as exc:
            self._refuse(exc)
            return

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                self._fail(result)
                return
            self._status(self.tr("Plan opgeslagen als {path}").format(path=result))
            self.exported.emit(str(result))

        self.ctx.tasks.run(lambda: write_document(document, path), done, done)

    # --- import ----------------------------------------------------------------------------------

    def ask_import(self) -> QFileDialog | None:
        """Ask for a plan file; then check and import it."""
        if self.ctx is None:
            return None
        dialog = self._file_dialog(self.tr("Plan importeren"), QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        dialog.open()
        return dialog

    def import_from(self, path: Path) -> None:
        """Read and check ``path`` in the background; ask about an existing school; then write."""
        if self.ctx is None:
            return
        from wellbeing_planner.exchange.importer import read_plan_file

        self._status(self.tr("Planbestand wordt gecontroleerd…"))

        def checked(result: Any) -> None:
            if isinstance(result, BaseException):
                self._fail(result)
                return
            self._after_check(result)

        self.ctx.tasks.run(lambda: read_plan_file(path), checked, checked)

    def _after_check(self, prepared: Any) -> None:
        assert self.ctx is not None
        from wellbeing_planner.exchange.importer import existing_school

        try:
            school = existing_school(self.ctx.db, prepared)
        except PlannerError as exc:
            self._refuse(exc)
            return
        if school is None:
            self._write(prepared)
            return
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("Er is al een school met BRIN-code {brin}: {school}.").format(
            brin=school.brin, school=school.name))
        box.setInformativeText(self.tr("Wilt u het plan voor schooljaar {year} aan deze school toevoegen? De "
                                       "gegevens van de school zelf blijven zoals ze zijn.").format(
            year=prepared.school_year))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Toevoegen aan deze school"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Niet importeren"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(button: int) -> None:
            self.question = None
            if button == QMessageBox.StandardButton.Yes:
                self._write(prepared)
            else:
                self._status(self.tr("Het plan is niet geïmporteerd."))
                self.refused.emit(self.tr("Het plan is niet geïmporteerd."))

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _write(self, prepared: Any) -> None:
        assert self.ctx is not None
        from wellbeing_planner.exchange.importer import import_prepared

        db = self.ctx.db

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                self._fail(result)
                return
            text = self.tr("Plan geïmporteerd: {school}, schooljaar {year}.").format(
                school=result.school_name, year=prepared.school_year)
            if result.kept_as_own:
                text += " " + self.tr("Niet in deze catalogus, bewaard als eigen interventie: {names}.").format(
                    names=", ".join(result.kept_as_own))
            self._status(text)
            assert self.ctx is not None
            self.ctx.notifier.changed.emit("catalogue", 0)
            self.imported.emit(result.plan_id)

        self.ctx.tasks.run(lambda: import_prepared(db, prepared, add_to_existing=True), done, done)

    # --- helpers ---------------------------------------------------------------------------------

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self.parent_widget, title)
        dialog.setAcceptMode(mode)
        dialog.setNameFilter(self.tr(str(FILTER)))
        dialog.setDefaultSuffix("wbplan")
        self.dialog = dialog
        return dialog

    def _status(self, text: str) -> None:
        status = getattr(self.parent_widget, "statusBar", None)
        if status is not None:
            status().showMessage(text)

    def _refuse(self, exc: PlannerError) -> None:
        self._status(exc.message)
        show_error(self.parent_widget, exc)
        self.refused.emit(exc.message)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, PlannerError):
            self._refuse(exc)
            return
        log.error("plan file work failed", exc_info=exc)
        sys.excepthook(type(exc), exc, exc.__traceback__)
