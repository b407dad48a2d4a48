"""Organisation and roles: school, kinderopvang or keten (with its members), and 'wie doet wat'.

The roles are the guidance's (regisseur, verbinder, opdrachtgever, organisator, uitvoerder), plus
projectleider, stuurgroep and roles of the group's own naming — several per member or partner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import roadmap as road_ops
from wellbeing_planner.core import schools
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("RolesCard", text)


class RolesModel(QAbstractTableModel):
    """Parties × roles, a tick where a party has a role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties: list[road_ops.PartyRoles] = []
        self.roles: list[str] = []

    def set_parties(self, parties: list[road_ops.PartyRoles]) -> None:
        self.beginResetModel()
        self.parties = parties
        self.roles = road_ops.roles_in_use(parties)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.parties)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.roles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Wie")
        if section == 1:
            return tr("Functie of soort")
        return road_ops.role_name(self.roles[section - 2])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        party = self.parties[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return party.name
            if index.column() == 1:
                return party.detail
            return "✓" if self.roles[index.column() - 2] in party.roles else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() >= 2:
            has = self.roles[index.column() - 2] in party.roles
            return (tr("{who} is {role}") if has else tr("{who} is geen {role}")).format(
                who=party.name, role=road_ops.role_name(self.roles[index.column() - 2]))
        return None


class RolesCard(QFrame):
    """Kind of organisation, keten members, and who does what."""

    def __init__(self, ctx: AppContext, school_id: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.school_id = school_id  # a callable giving the school's id
        self.setObjectName("Card")
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(tr("Organisatie en rollen"))
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Soort organisatie:")))
        self.kind = QComboBox()
        for key, name in road_ops.KINDS.items():
            self.kind.addItem(name, key)
        self.kind.setAccessibleName(tr("Soort organisatie"))
        row.addWidget(self.kind)
        row.addStretch(1)
        layout.addLayout(row)
        self.members_box = QWidget()
        members = QHBoxLayout(self.members_box)
        members.setContentsMargins(0, 0, 0, 0)
        self.member_list = QListWidget()
        self.member_list.setMaximumHeight(90)
        self.member_list.setAccessibleName(tr("Deelnemers van de keten"))
        members.addWidget(self.member_list, 2)
        add_column = QVBoxLayout()
        self.member_choice = QComboBox()
        self.member_choice.setAccessibleName(tr("Organisatie om toe te voegen aan de keten"))
        self.member_add = QPushButton(tr("Deelnemer toevoegen"))
        add_column.addWidget(self.member_choice)
        add_column.addWidget(self.member_add)
        add_column.addStretch(1)
        members.addLayout(add_column, 1)
        layout.addWidget(self.members_box)

        intro = QLabel(tr("Wie doet wat: de rollen uit de handreiking, en eigen rollen. Iemand kan meer rollen "
                          "hebben."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RolesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(160)
        self.table.setAccessibleName(tr("Wie doet wat"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        edit = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for number, item in enumerate(framework().approach_roles):
            box = QCheckBox(item.name)
            box.setToolTip(item.description)
            self.checks[item.id] = box
            edit.addWidget(box, number // 4, number % 4)
        layout.addLayout(edit)
        own = QHBoxLayout()
        self.own_roles = QLineEdit()
        self.own_roles.setPlaceholderText(tr("eigen rollen, gescheiden door komma's (bijvoorbeeld Signaleringsteam)"))
        self.own_roles.setAccessibleName(tr("Eigen rollen"))
        own.addWidget(self.own_roles, 1)
        self.save = QPushButton(tr("Rollen opslaan"))
        own.addWidget(self.save)
        layout.addLayout(own)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_chosen)
        self.member_add.clicked.connect(self.add_member)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.save.clicked.connect(self.save_roles)

    def reload(self) -> None:
        school_id = self.school_id()
        if school_id is None:
            return
        self._loading = True
        try:
            info = schools.get_school(self.ctx.db, school_id)
            self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
            self.members_box.setVisible(info.kind == "keten")
            self.member_list.clear()
            current = road_ops.keten_members(self.ctx.db, school_id) if info.kind == "keten" else []
            for _id, name, kind in current:
                self.member_list.addItem(f"{name} ({road_ops.KINDS.get(kind, kind).lower()})")
            self.member_choice.clear()
            taken = {member_id for member_id, _n, _k in current}
            for other in schools.list_schools(self.ctx.db):
                if other.id != school_id and other.kind != "keten" and other.id not in taken:
                    self.member_choice.addItem(other.name, other.id)
            self.member_add.setEnabled(self.member_choice.count() > 0)
            selected = self._selected()
            self.model.set_parties(road_ops.who_does_what(self.ctx.db, school_id))
            if selected is not None:
                for row, party in enumerate(self.model.parties):
                    if (party.member_id, party.partner_id) == selected:
                        self.table.selectRow(row)
            self._show_selected()
        except PlannerError as exc:
            show_error(self, exc)
        finally:
            self._loading = False

    def _selected(self) -> tuple[int | None, int | None] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.model.parties):
            return None
        party = self.model.parties[rows[0].row()]
        return party.member_id, party.partner_id

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        party = self.model.parties[rows[0].row()] if rows and rows[0].row() < len(self.model.parties) else None
        for role, box in self.checks.items():
            box.setEnabled(party is not None)
            box.setChecked(party is not None and role in party.roles)
        known = set(self.checks)
        self.own_roles.setText(", ".join(r for r in party.roles if r not in known) if party else "")
        self.own_roles.setEnabled(party is not None)
        self.save.setEnabled(party is not None)

    def _on_kind_chosen(self, _index: int) -> None:
        if self._loading:
            return
        school_id, kind = self.school_id(), self.kind.currentData()
        try:
            old = road_ops.set_kind(self.ctx.db, school_id, kind)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.push(tr("Soort organisatie wijzigen"), lambda: road_ops.set_kind(self.ctx.db, school_id, kind),
                      lambda: road_ops.set_kind(self.ctx.db, school_id, old), "school", 0, already_done=True)
        self.ctx.notifier.changed.emit("school", 0)

    def add_member(self) -> None:
        other = self.member_choice.currentData()
        if other is None:
            return
        try:
            road_ops.add_keten_member(self.ctx.db, self.school_id(), int(other))
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.notifier.changed.emit("school", 0)

    def save_roles(self) -> list[str] | None:
        selected = self._selected()
        if selected is None:
            return None
        roles = [role for role, box in self.checks.items() if box.isChecked()]
        roles += [part.strip() for part in self.own_roles.text().split(",") if part.strip()]
        member_id, partner_id = selected
        school_id, db = self.school_id(), self.ctx.db
        try:
            old = road_ops.set_roles(db, school_id, roles, member_id=member_id, partner_id=partner_id)
        except PlannerError as exc:
            show_error(self, exc)
            return None
        self.ctx.push(tr("Rollen wijzigen"),
                      lambda: road_ops.set_roles(db, school_id, roles, member_id=member_id, partner_id=partner_id),
                      lambda: road_ops.set_roles(db, school_id, old, member_id=member_id, partner_id=partner_id),
                      "werkgroep", 0, already_done=True)
        self.ctx.notifier.changed.emit("werkgroep", 0)
        return roles
