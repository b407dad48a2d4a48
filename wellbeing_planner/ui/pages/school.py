"""Step 0 — School en werkgroep: the school profile (name, BRIN, type, grades, pupils, gemeente)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import plans, schools
from wellbeing_planner.errors import PlannerError, ValidationError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.pages.base import Page


class ProfileForm(QFrame):
    """The school profile; every field is validated and saved when the user leaves it."""

    def __init__(self, page: SchoolPage) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.page = page
        self.school: schools.SchoolInfo | None = None
        self._loading = False
        tr = page.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        title = QLabel(tr("Schoolprofiel"))
        title.setObjectName("SectionTitle")
        outer.addWidget(title)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        outer.addLayout(form)

        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("bijvoorbeeld Basisschool De Regenboog"))
        self.brin = QLineEdit()
        self.brin.setPlaceholderText(tr("bijvoorbeeld 12AB"))
        self.brin.setMaxLength(8)
        self.school_type = QComboBox()
        for kind in framework().school_types:
            self.school_type.addItem(f"{kind.id} — {kind.name}", kind.id)
        self.grade_min = QComboBox()
        self.grade_max = QComboBox()
        grades = QWidget()
        grades_row = QHBoxLayout(grades)
        grades_row.setContentsMargins(0, 0, 0, 0)
        self.grade_label = QLabel()
        grades_row.addWidget(self.grade_label)
        grades_row.addWidget(self.grade_min)
        grades_row.addWidget(QLabel(tr("t/m")))
        grades_row.addWidget(self.grade_max)
        grades_row.addStretch(1)
        self.pupils = QLineEdit()
        self.pupils.setPlaceholderText(tr("aantal"))
        self.pupils.setMaximumWidth(120)
        self.gemeente = QLineEdit()
        self.ggd_region = QLineEdit()
        self.ggd_region.setPlaceholderText(tr("bijvoorbeeld GGD regio Utrecht"))

        rows: list[tuple[str, str, QWidget, QWidget]] = [
            ("name", tr("Naam van de school"), self.name, self.name),
            ("brin", tr("BRIN-code"), self.brin, self.brin),
            ("school_type", tr("Schooltype"), self.school_type, self.school_type),
            ("grade_min", tr("Groepen of leerjaren"), grades, self.grade_min),
            ("pupils", tr("Aantal leerlingen"), self.pupils, self.pupils),
            ("gemeente", tr("Gemeente"), self.gemeente, self.gemeente),
            ("ggd_region", tr("GGD-regio"), self.ggd_region, self.ggd_region),
        ]
        for field, label, widget, editor in rows:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = QLabel()
            error.setObjectName("FieldError")
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            form.addRow(label, holder)
            self.editors[field] = editor
            self.errors[field] = error
            editor.setAccessibleName(label)
        self.errors["grade_max"] = self.errors["grade_min"]
        self.editors["grade_max"] = self.grade_max
        self.grade_max.setAccessibleName(tr("Hoogste groep of leerjaar"))
        self._connect_signals()

    def _connect_signals(self) -> None:
        for field in ("name", "brin", "pupils", "gemeente", "ggd_region"):
            editor = self.editors[field]
            assert isinstance(editor, QLineEdit)
            editor.editingFinished.connect(lambda f=field, e=editor: self._on_edited(f, e.text()))
        self.school_type.currentIndexChanged.connect(
            lambda _i: self._on_edited("school_type", self.school_type.currentData()))
        self.grade_min.currentIndexChanged.connect(
            lambda _i: self._on_edited("grade_min", self.grade_min.currentData()))
        self.grade_max.currentIndexChanged.connect(
            lambda _i: self._on_edited("grade_max", self.grade_max.currentData()))

    def _fill_grades(self, school_type: str) -> None:
        kind = framework().school_type(school_type)
        self.grade_label.setText(kind.grade_label)
        for combo in (self.grade_min, self.grade_max):
            combo.clear()
            for grade in range(kind.grade_min, kind.grade_max + 1):
                combo.addItem(str(grade), grade)

    def show_school(self, school: schools.SchoolInfo | None) -> None:
        self._loading = True
        try:
            self.school = school
            self.setEnabled(school is not None)
            for label in self.errors.values():
                label.hide()
            for editor in self.editors.values():
                editor.setProperty("invalid", False)
                editor.style().polish(editor)
            if school is None:
                return
            self.name.setText(school.name)
            self.brin.setText(school.brin or "")
            self.school_type.setCurrentIndex(max(0, self.school_type.findData(school.school_type)))
            self._fill_grades(school.school_type)
            self.grade_min.setCurrentIndex(max(0, self.grade_min.findData(school.grade_min)))
            self.grade_max.setCurrentIndex(max(0, self.grade_max.findData(school.grade_max)))
            self.pupils.setText("" if school.pupils is None else str(school.pupils))
            self.gemeente.setText(school.gemeente or "")
            self.ggd_region.setText(school.ggd_region or "")
        finally:
            self._loading = False

    def _current(self, field: str) -> Any:
        assert self.school is not None
        return getattr(self.school, field)

    def _on_edited(self, field: str, value: Any) -> None:
        if self._loading or self.school is None:
            return
        old = self._current(field)
        new_text = value.strip() if isinstance(value, str) else value
        if (old if old is not None else "") == (new_text if new_text is not None else "") or str(old) == str(new_text):
            self._set_error(field, None)
            return
        school_id = self.school.id
        ctx = self.page.ctx
        try:
            updated = schools.update_school(ctx.db, school_id, **{field: value})
        except ValidationError as exc:
            self._set_error(exc.field or field, exc.message)
            return
        except PlannerError as exc:
            show_error(self, exc)
            return
        self._set_error(field, None)
        changes_old = {field: old}
        if field == "school_type":  # the grade range follows the type
            changes_old.update(grade_min=self.school.grade_min, grade_max=self.school.grade_max)
        changes_new = {k: getattr(updated, k) for k in changes_old}
        self.school = updated
        label = self.page.tr("Wijziging schoolprofiel")
        ctx.push(label, lambda: schools.update_school(ctx.db, school_id, **changes_new),
                 lambda: schools.update_school(ctx.db, school_id, **changes_old), "school", 0, already_done=True)
        if field == "school_type":
            self.show_school(updated)
        self.page.announce_completeness()

    def _set_error(self, field: str, message: str | None) -> None:
        label = self.errors.get(field)
        editor = self.editors.get(field)
        if label is None or editor is None:
            return
        label.setText(message or "")
        label.setVisible(bool(message))
        editor.setProperty("invalid", bool(message))
        editor.style().polish(editor)


class SchoolPage(Page):
    """School en werkgroep."""

    page_id = "school"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("School en werkgroep")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading(self.title, self.tr(
            "Wie is de school en wie werkt mee? Het schooltype bepaalt welke criteria de zelfscan gebruikt. "
            "Wijzigingen worden meteen opgeslagen.")))
        self.profile = ProfileForm(self)
        self.profile.setMaximumWidth(860)
        layout.addWidget(self.profile)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scrolling(content))
        ctx.notifier.changed.connect(self._on_changed)

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._refresh()

    def _refresh(self) -> None:
        school = None
        if self.plan_id is not None:
            try:
                plan = plans.get_plan(self.ctx.db, self.plan_id)
                school = schools.get_school(self.ctx.db, plan.school_id)
            except PlannerError as exc:
                show_error(self, exc)
        self.profile.show_school(school)
        self.announce_completeness()

    def _on_changed(self, topic: str, _plan_id: int) -> None:
        if topic == "school":
            self._refresh()

    def completeness(self) -> str:
        school = self.profile.school
        if school is None:
            return ""
        filled = sum(1 for value in (school.brin, school.pupils, school.gemeente, school.grade_min) if value)
        return self.tr("profiel {n} van 4").format(n=filled) if filled < 4 else self.tr("profiel compleet")
