"""Small dialogs: a new school, a new plan, about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner import APP_NAME, __version__
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear, school_year_choices
from wellbeing_planner.errors import PlannerError, ValidationError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Aanmaken"))
        ok.setObjectName("Primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_accept(self) -> None:  # pragma: no cover - overridden
        self.accept()


class NewSchoolDialog(_FormDialog):
    """Name and type of a new school; on success ``school`` holds it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Nieuwe school"))
        self.ctx = ctx
        self.school: schools.SchoolInfo | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Basisschool De Regenboog"))
        self.name.setAccessibleName(self.tr("Naam van de school"))
        self.school_type = QComboBox()
        self.school_type.setAccessibleName(self.tr("Schooltype"))
        for kind in framework().school_types:
            self.school_type.addItem(f"{kind.id} — {kind.name}", kind.id)
        self.form.addRow(self.tr("Naam van de school"), self.name)
        self.form.addRow(self.tr("Schooltype"), self.school_type)

    def _on_accept(self) -> None:
        try:
            self.school = schools.create_school(self.ctx.db, self.name.text(), self.school_type.currentData())
        except ValidationError as exc:
            self.show_error_text(exc.message)
            return
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.accept()


class NewPlanDialog(_FormDialog):
    """School and school year of a new plan; on success ``plan`` holds it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, school_id: int | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Nieuw plan"))
        self.ctx = ctx
        self.plan: plans.PlanInfo | None = None
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        for info in schools.list_schools(ctx.db):
            self.school.addItem(info.name, info.id)
        if school_id is not None:
            self.school.setCurrentIndex(max(0, self.school.findData(school_id)))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Schooljaar"))
        current = SchoolYear.current()
        for year in school_year_choices(current):
            self.year.addItem(str(year), year.start_year)
        self.year.setCurrentIndex(self.year.findData(current.start_year))
        self.title = QLineEdit()
        self.title.setPlaceholderText(plans.default_title(current))
        self.title.setAccessibleName(self.tr("Titel"))
        self.year.currentIndexChanged.connect(
            lambda _i: self.title.setPlaceholderText(plans.default_title(SchoolYear(self.year.currentData()))))
        self.form.addRow(self.tr("School"), self.school)
        self.form.addRow(self.tr("Schooljaar"), self.year)
        self.form.addRow(self.tr("Titel (mag leeg)"), self.title)
        if self.school.count() == 0:
            self.show_error_text(self.tr("Maak eerst een school aan."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _on_accept(self) -> None:
        try:
            self.plan = plans.create_plan(self.ctx.db, int(self.school.currentData()),
                                          SchoolYear(int(self.year.currentData())), self.title.text())
        except PlannerError as exc:
            self.show_error_text(exc.message)
            return
        self.accept()


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("Over {app}").format(app=APP_NAME))
    box.setText(f"<b>{APP_NAME}</b> {__version__}")
    box.setInformativeText(parent.tr(
        "Plan, voer uit en evalueer een schoolbrede aanpak voor welbevinden langs de vier pijlers van "
        "Gezonde School: educatie, schoolomgeving, signaleren en beleid.\n\n"
        "Alles blijft op deze computer; het programma maakt geen verbinding met internet."))
    box.open()
