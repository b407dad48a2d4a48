"""Step 0 — School en werkgroep: the school profile (name, BRIN, type, grades, pupils, gemeente)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import navigation, plans, records, schools, werkgroep
from wellbeing_planner.core.views import MemberView, PartnerView
from wellbeing_planner.errors import PlannerError, ValidationError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.widgets.record_table import Field, RecordOps, RecordTable
from wellbeing_planner.ui.widgets.roles import RolesCard

LOGO_MAX_PX = 400


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
        layout = self.scroll_layout(spacing=14)
        layout.addWidget(self.heading(self.title, self.tr(
            "Wie is de school en wie werkt mee? Het schooltype bepaalt welke criteria de zelfscan gebruikt. "
            "Wijzigingen worden meteen opgeslagen.")))
        top = QHBoxLayout()
        self.profile = ProfileForm(self)
        self.profile.setMaximumWidth(860)
        top.addWidget(self.profile, 3)
        top.addWidget(self._build_logo_card(), 1)
        layout.addLayout(top)
        self.members = self._build_members()
        layout.addWidget(self.members)
        self.partners = self._build_partners()
        layout.addWidget(self.partners)
        self.ecosystem = EcosystemMap(self)
        layout.addWidget(self.ecosystem)
        self.roles = RolesCard(ctx, lambda: self.profile.school.id if self.profile.school else None)
        layout.addWidget(self.roles)
        layout.addStretch(1)
        ctx.notifier.changed.connect(self._on_changed)

    # --- logo, working group, partners -------------------------------------------------------------

    def _build_logo_card(self) -> QWidget:
        card = QFrame()
        card.setObjectName("Card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 14, 16, 14)
        title = QLabel(self.tr("Logo"))
        title.setObjectName("SectionTitle")
        column.addWidget(title)
        self.logo_view = QLabel(self.tr("Nog geen logo"))
        self.logo_view.setObjectName("Muted")
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setMinimumSize(160, 110)
        column.addWidget(self.logo_view, 1)
        row = QHBoxLayout()
        self.logo_button = QPushButton(self.tr("Logo kiezen…"))
        self.logo_remove = QPushButton(self.tr("Weghalen"))
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_remove)
        column.addLayout(row)
        hint = QLabel(self.tr("PNG of JPEG; komt op het scherm en op het jaarplan."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        return card

    def _school_id(self) -> int:
        assert self.profile.school is not None
        return self.profile.school.id

    def _build_members(self) -> RecordTable[MemberView]:
        fw = framework()
        roles = [(r.id, r.name) for r in fw.working_group_roles]

        def add() -> int:
            return werkgroep.add_member(self.ctx.db, self._school_id(), self.tr("Nieuw lid"), roles[0][0])

        ops: RecordOps[MemberView] = RecordOps(
            load=lambda: werkgroep.members(self.ctx.db, self._school_id()) if self.profile.school else [],
            update=lambda rid, ch: records.update(self.ctx.db, werkgroep.MEMBER, rid, ch),
            add=add, delete=lambda rid: records.delete(self.ctx.db, werkgroep.MEMBER, rid),
            restore=lambda values: records.restore(self.ctx.db, werkgroep.MEMBER, values))
        columns: list[Column[MemberView]] = [
            Column(self.tr("Naam"), lambda m: m.name),
            Column(self.tr("Rol"), lambda m: fw.name_of("working_group_roles", m.role)),
            Column(self.tr("E-mail"), lambda m: m.email or "", private=True),
        ]
        fields = [
            Field("name", self.tr("Naam"), lambda m: m.name),
            Field("role", self.tr("Rol"), lambda m: m.role, kind="choice", options=lambda: roles),
            Field("email", self.tr("E-mail (mag leeg)"), lambda m: m.email or "", private=True),
        ]
        return RecordTable(self.ctx, self.tr("Werkgroep"), columns, fields, ops, topic="werkgroep",
                           plan_id=lambda: self.plan_id or 0, noun=self.tr("werkgroeplid"),
                           intro=self.tr("Wie trekt de aanpak? Alleen namen van medewerkers en partners, nooit "
                                         "gegevens van leerlingen."))

    def _build_partners(self) -> RecordTable[PartnerView]:
        fw = framework()
        kinds = [(k.id, k.name) for k in fw.partner_kinds]

        def add() -> int:
            return werkgroep.add_partner(self.ctx.db, self._school_id(), self.tr("Nieuwe partner"), kinds[0][0])

        ops: RecordOps[PartnerView] = RecordOps(
            load=lambda: werkgroep.partners(self.ctx.db, self._school_id()) if self.profile.school else [],
            update=lambda rid, ch: records.update(self.ctx.db, werkgroep.PARTNER, rid, ch),
            add=add, delete=lambda rid: records.delete(self.ctx.db, werkgroep.PARTNER, rid),
            restore=lambda values: records.restore(self.ctx.db, werkgroep.PARTNER, values))
        columns: list[Column[PartnerView]] = [
            Column(self.tr("Organisatie"), lambda p: p.organisation),
            Column(self.tr("Soort"), lambda p: fw.name_of("partner_kinds", p.kind)),
            Column(self.tr("Contactpersoon"), lambda p: p.contact_person or ""),
        ]
        fields = [
            Field("organisation", self.tr("Organisatie"), lambda p: p.organisation),
            Field("kind", self.tr("Soort"), lambda p: p.kind, kind="choice", options=lambda: kinds),
            Field("contact_person", self.tr("Contactpersoon"), lambda p: p.contact_person or ""),
            Field("contribution", self.tr("Wat zij bijdragen"), lambda p: p.contribution or "", kind="multiline"),
        ]
        table = RecordTable(self.ctx, self.tr("Partners rond de school"), columns, fields, ops, topic="werkgroep",
                            plan_id=lambda: self.plan_id or 0, noun=self.tr("partner"))
        table.changed.connect(lambda: self.ecosystem.show_partners(table.rows()))
        return table

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Logo kiezen"), "",
                                                    self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            show_error(self, ValidationError(self.tr("Dit bestand is geen afbeelding die het programma kan lezen. "
                                                     "Kies een PNG- of JPEG-bestand.")))
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PX:
            image = image.scaled(LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        self.set_logo(bytes(data.data()))
        return True

    def set_logo(self, data: bytes | None) -> None:
        if self.profile.school is None:
            return
        school_id = self._school_id()
        old = schools.get_school_logo(self.ctx.db, school_id)
        try:
            schools.set_school_logo(self.ctx.db, school_id, data, "image/png" if data else None)
        except PlannerError as exc:
            show_error(self, exc)
            return
        db = self.ctx.db
        self.ctx.push(self.tr("Logo"), lambda: schools.set_school_logo(db, school_id, data, "image/png" if data
                                                                        else None),
                      lambda: schools.set_school_logo(db, school_id, old[0] if old else None,
                                                      old[1] if old else None),
                      "school", self.plan_id or 0, already_done=True)
        self.ctx.notifier.changed.emit("school", self.plan_id or 0)

    def _show_logo(self) -> None:
        logo = schools.get_school_logo(self.ctx.db, self._school_id()) if self.profile.school else None
        self.logo_remove.setEnabled(logo is not None)
        if logo is None:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("Nog geen logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo[0])
        self.logo_view.setPixmap(pixmap.scaled(200, 110, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

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
        self.members.reload()
        self.partners.reload()
        self.ecosystem.show_partners(self.partners.rows())
        self.roles.setVisible(school is not None)
        if school is not None:
            self.roles.reload()
        self._show_logo()
        self.announce_completeness()

    def _on_changed(self, topic: str, _plan_id: int) -> None:
        if topic in ("school", "werkgroep"):
            self._refresh()

    def completeness(self) -> str:
        school = self.profile.school
        if school is None:
            return ""
        members, partners = len(self.members.rows()), len(self.partners.rows())
        return navigation.school_label(members, partners)


class EcosystemMap(QFrame):
    """The school's ecosystem: partners grouped by kind, as a calm grid of small cards."""

    def __init__(self, page: SchoolPage) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.page = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        title = QLabel(page.tr("Ecosysteem rond de school"))
        title.setObjectName("SectionTitle")
        outer.addWidget(title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(10)
        outer.addLayout(self.grid)
        self.empty = QLabel(page.tr("Voeg partners toe om hier te zien wie rond de school meewerkt."))
        self.empty.setObjectName("Muted")
        outer.addWidget(self.empty)
        self.cards: list[QWidget] = []

    def show_partners(self, partners: list[PartnerView]) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        groups = werkgroep.ecosystem(list(partners))
        self.empty.setVisible(not groups)
        for index, (kind_name, inside) in enumerate(groups):
            card = QFrame()
            card.setStyleSheet("QFrame { background: #f3f8f7; border: 1px solid #d5dedf; border-radius: 6px; }"
                               "QLabel { border: none; background: transparent; }")
            column = QVBoxLayout(card)
            column.setContentsMargins(10, 8, 10, 8)
            head = QLabel(f"<b>{kind_name}</b>")
            head.setWordWrap(True)
            column.addWidget(head)
            for partner in inside:
                who = f" — {partner.contact_person}" if partner.contact_person else ""
                line = QLabel(f"{partner.organisation}{who}")
                line.setWordWrap(True)
                column.addWidget(line)
            column.addStretch(1)
            self.grid.addWidget(card, index // 3, index % 3)
            self.cards.append(card)
