"""Interventiecatalogus: search, filter, read the facts, compare, mark what the school uses, add its own."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.catalogue import (
    KIND_LABELS,
    RECOGNITION_LABELS,
    SCOPE_LABELS,
    Intervention,
    catalogue,
    recognition_rank,
)
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import catalogue as cat
from wellbeing_planner.core import navigation, plans
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.i18n import _
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column, RowTableModel, sorting_proxy
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.style import WARNING
from wellbeing_planner.ui.widgets.catalogue_dialogs import CompareDialog, LocalInterventionDialog


class CataloguePage(Page):
    """Interventiecatalogus."""

    page_id = "catalogus"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Interventiecatalogus")
        self.entries: list[Intervention] = []
        self.in_use: set[str] = set()
        self.school_type: str | None = None
        self.current: Intervention | None = None
        self._updating = False
        self._build()
        self._connect_signals()
        self.reload()

    # --- construction ----------------------------------------------------------------------------

    def _combo(self, label: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("{label}: alle").format(label=label), None)
        for key, text in options:
            combo.addItem(text, key)
        combo.setAccessibleName(label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.setToolTip(label)
        return combo

    def _build(self) -> None:
        fw = framework()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 16)
        outer.addWidget(self.heading(self.title, self.tr(
            "Erkende interventies en signaleringsinstrumenten uit de Nederlandse databanken, met hun bronnen. "
            "Alles werkt zonder internet; controleer erkenningen ouder dan vijf jaar in de databank.")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, aanbieder, beschrijving of thema…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in de catalogus"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        outer.addLayout(search_row)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        self.f_school_type = self._combo(self.tr("Schooltype"), [(t.id, f"{t.id} — {t.name}") for t in fw.school_types])
        self.f_grade = self._combo(self.tr("Groep/leerjaar"), [(str(g), str(g)) for g in range(1, 9)])
        self.f_pillar = self._combo(self.tr("Pijler"), [(p.id, p.name) for p in fw.pillars])
        self.f_theme = self._combo(self.tr("Thema"), [(t, _(label)) for t, label in catalogue().themes])
        self.f_layer = self._combo(self.tr("Preventielaag"), [(p.id, p.name) for p in fw.prevention_layers])
        self.f_scope = self._combo(self.tr("Reikwijdte"), list(SCOPE_LABELS.items()))
        self.f_recognition = self._combo(self.tr("Erkenning"), [
            (key, self.tr("minstens: {label}").format(label=label)) for key, label in RECOGNITION_LABELS.items()
            if key not in ("unknown", "niet_beoordeeld", "niet_erkend")])
        self.f_gs = self._combo(self.tr("Gezonde School"), [("ja", self.tr("Gezonde School-activiteit")),
                                                            ("unknown", self.tr("niet bekend als GS-activiteit"))])
        self.f_kind = self._combo(self.tr("Soort"), list(KIND_LABELS.items()))
        self.f_own = QCheckBox(self.tr("Alleen eigen"))
        self.clear_button = QPushButton(self.tr("Wis filters"))
        combos = [self.f_school_type, self.f_grade, self.f_pillar, self.f_theme, self.f_layer, self.f_scope,
                  self.f_recognition, self.f_gs, self.f_kind]
        for index, combo in enumerate(combos):
            filters.addWidget(combo, index // 5, index % 5)
        search_row.addWidget(self.f_own)  # beside the search field: never squeezed between the filters
        search_row.addWidget(self.clear_button)
        for column in range(5):
            filters.setColumnStretch(column, 1)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 6, 0, 0)
        self.count = QLabel()
        self.count.setObjectName("Muted")
        left_layout.addWidget(self.count)
        columns: list[Column[Intervention]] = [
            Column(self.tr("Naam"), lambda e: e.name + (self.tr(" (eigen)") if e.local else ""),
                   sort_key=lambda e: e.name.casefold(), tooltip=lambda e: e.name),
            Column(self.tr("Schooltypen"), lambda e: ", ".join(e.school_types)),
            Column(self.tr("Erkenning"), lambda e: self._short_recognition(e),
                   sort_key=lambda e: -recognition_rank(e.recognition.level)),
            Column(self.tr("In gebruik"), lambda e: self.tr("ja") if e.id in self.in_use else ""),
        ]
        self.model: RowTableModel[Intervention] = RowTableModel(columns, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Gevonden interventies"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in (1, 2, 3):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Vergelijken…"))
        self.compare_button.setToolTip(self.tr("Selecteer twee of drie interventies (Ctrl+klik) om te vergelijken"))
        self.add_button = QPushButton(self.tr("Eigen interventie toevoegen…"))
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Details van de interventie"))
        right_layout.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        self.in_use_box = QCheckBox(self.tr("In gebruik op onze school"))
        self.in_use_box.setToolTip(self.tr("Komt in de inventarisatie van de startfoto van het open plan"))
        self.copy_sources = QPushButton(self.tr("Bronnen kopiëren"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        actions.addWidget(self.in_use_box)
        actions.addStretch(1)
        actions.addWidget(self.copy_sources)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        right_layout.addLayout(actions)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 420])
        left.setMinimumWidth(440)  # room for the names next to the three short columns
        outer.addWidget(splitter, 1)

    def _short_recognition(self, entry: Intervention) -> str:
        short = {
            "sterke_aanwijzingen": self.tr("Sterke aanwijzingen"), "goede_aanwijzingen": self.tr("Goede aanwijzingen"),
            "eerste_aanwijzingen": self.tr("Eerste aanwijzingen"), "goed_onderbouwd": self.tr("Goed onderbouwd"),
            "goed_beschreven": self.tr("Goed beschreven"), "niet_erkend": self.tr("Niet erkend"),
            "niet_beoordeeld": self.tr("Niet beoordeeld"),
        }
        return short.get(entry.recognition.level, self.tr("Onbekend"))

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._apply)
        for combo in (self.f_school_type, self.f_grade, self.f_pillar, self.f_theme, self.f_layer, self.f_scope,
                      self.f_recognition, self.f_gs, self.f_kind):
            combo.currentIndexChanged.connect(self._apply)
        self.f_own.toggled.connect(self._apply)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.compare_button.clicked.connect(self.compare_selected)
        self.add_button.clicked.connect(self.add_own)
        self.edit_button.clicked.connect(self.edit_own)
        self.delete_button.clicked.connect(self.delete_own)
        self.copy_sources.clicked.connect(self._on_copy_sources)
        self.in_use_box.toggled.connect(self._on_in_use_toggled)
        self.ctx.notifier.changed.connect(self._on_changed)

    # --- data --------------------------------------------------------------------------------------

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        school_type = None
        if plan_id is not None:
            try:
                school_type = plans.get_plan(self.ctx.db, plan_id).school_type
            except PlannerError:
                school_type = None
        if school_type != self.school_type:
            self.school_type = school_type
            self._updating = True
            self.f_school_type.setCurrentIndex(max(0, self.f_school_type.findData(school_type)))
            self._updating = False
        self._refresh_in_use()
        self._apply()

    def reload(self) -> None:
        self.entries = cat.all_interventions(self.ctx.db)
        self._apply()

    def _refresh_in_use(self) -> None:
        self.in_use = cat.in_use_ids(self.ctx.db, self.plan_id) if self.plan_id is not None else set()

    def _on_changed(self, topic: str, _plan_id: int) -> None:
        if topic == "catalogue":
            self.reload()
        elif topic == "startfoto":
            self._refresh_in_use()
            self._apply()

    def current_filter(self) -> cat.CatalogueFilter:
        grade = self.f_grade.currentData()
        return cat.CatalogueFilter(
            text=self.search.text(), school_type=self.f_school_type.currentData(),
            grade=int(grade) if grade else None, pillar=self.f_pillar.currentData(),
            theme=self.f_theme.currentData(), prevention_layer=self.f_layer.currentData(),
            scope=self.f_scope.currentData(), recognition=self.f_recognition.currentData(),
            gezonde_school=self.f_gs.currentData(), kind=self.f_kind.currentData(), own_only=self.f_own.isChecked())

    def _apply(self) -> None:
        if self._updating:
            return
        keep = self.current.id if self.current else None
        found = cat.search(self.entries, self.current_filter())
        self.model.set_rows(found)
        self.count.setText(self.tr("{n} van {total} interventies").format(n=len(found), total=len(self.entries)))
        if (keep and not self.select(keep)) or not keep:
            self._show(None)
            if found:  # the detail pane is never empty while there is something to show
                self.table.selectRow(0)

    def clear_filters(self) -> None:
        self._updating = True
        self.search.clear()
        for combo in (self.f_school_type, self.f_grade, self.f_pillar, self.f_theme, self.f_layer, self.f_scope,
                      self.f_recognition, self.f_gs, self.f_kind):
            combo.setCurrentIndex(0)
        self.f_own.setChecked(False)
        self._updating = False
        self._apply()

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(RowTableModel.RowRole).id for r in range(self.proxy.rowCount())]

    def select(self, intervention_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowTableModel.RowRole).id == intervention_id:
                self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def show_intervention(self, intervention_id: str) -> None:
        """Show one intervention's details, clearing filters when they hide it."""
        if not self.select(intervention_id):
            self.clear_filters()
            self.select(intervention_id)

    def selected(self) -> list[Intervention]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(RowTableModel.RowRole) for index in sorted(rows, key=lambda i: i.row())]

    def _on_selection_changed(self) -> None:
        chosen = self.selected()
        self._show(chosen[-1] if chosen else None)
        self.compare_button.setEnabled(2 <= len(chosen) <= 3)

    # --- detail pane ----------------------------------------------------------------------------------

    def _show(self, entry: Intervention | None) -> None:
        self.current = entry
        has = entry is not None
        for widget in (self.copy_sources, self.in_use_box):
            widget.setEnabled(has)
        self.in_use_box.setEnabled(has and self.plan_id is not None)
        self.edit_button.setVisible(bool(entry and entry.local))
        self.delete_button.setVisible(bool(entry and entry.local))
        self.compare_button.setEnabled(2 <= len(self.selected()) <= 3)
        self.in_use_box.blockSignals(True)
        self.in_use_box.setChecked(bool(entry and entry.id in self.in_use))
        self.in_use_box.blockSignals(False)
        if entry is None:
            hint = html.escape(self.tr("Kies een interventie om de details te zien."))
            self.detail.setHtml(f"<p style='color:#5b6b73'>{hint}</p>")
            return
        self.detail.setHtml(self.detail_html(entry))

    def detail_html(self, entry: Intervention, today: dt.date | None = None) -> str:
        fw = framework()
        e = html.escape
        unknown = self.tr("onbekend")

        def row(label: str, value: str | None) -> str:
            text = e(value) if value else f"<i>{e(unknown)}</i>"
            return (f"<tr><td style='color:#5b6b73;padding:3px 12px 3px 0;vertical-align:top'>{e(label)}</td>"
                    f"<td style='padding:3px 0'>{text}</td></tr>")

        rec = entry.recognition
        rec_text = rec.label + (f" · {rec.database_label()}" if rec.database else "")
        rec_text += f" · {rec.date_text}" if rec.date_text else ""
        warning = ""
        if rec.is_possibly_expired(today or dt.date.today()):
            warning = (f"<p style='color:{WARNING};background:#fdf1d8;padding:4px'><b>"
                       f"{e(self.tr('Erkenning mogelijk verlopen — controleer de databank.'))}</b></p>")
        badge = (f"<span style='background:#e3f0ef;color:#2f6f73;padding:2px 6px'>{e(self.tr('Eigen interventie'))}"
                 f"</span> " if entry.local else "")
        gs = {"ja": self.tr("ja"), "nee": self.tr("nee")}.get(entry.gezonde_school, unknown)
        others = "; ".join(r.label for r in entry.other_recognitions) or None
        sources = "".join(f"<li>{e(s.title)}<br><span style='color:#5b6b73'>{e(s.url)}</span></li>"
                          for s in entry.sources) or f"<li><i>{e(unknown)}</i></li>"
        parts = [
            f"<h2 style='margin-bottom:2px'>{e(entry.name)}</h2>",
            f"<p>{badge}<span style='color:#5b6b73'>{e(KIND_LABELS.get(entry.kind, entry.kind))}</span></p>",
            f"<p>{e(entry.description)}</p>", warning, "<table>",
            row(self.tr("Aanbieder"), entry.provider), row(self.tr("Website"), entry.website),
            row(self.tr("Schooltypen"), ", ".join(entry.school_types)),
            row(self.tr("Groepen / leerjaren"), cat.grades_text(entry)),
            row(self.tr("Pijlers"), cat.pillars_text(entry) if entry.pillars else None),
            row(self.tr("Thema's"), ", ".join(catalogue().theme_label(t) for t in entry.themes)),
            row(self.tr("Preventielaag"), ", ".join(fw.name_of("prevention_layers", p)
                                                    for p in entry.prevention_layers)
                + ("" if entry.prevention_layers_official or not entry.prevention_layers
                   else self.tr(" (afgeleid)"))),
            row(self.tr("Reikwijdte"), ", ".join(SCOPE_LABELS.get(s, s) for s in entry.scope)),
            row(self.tr("Erkenning"), rec_text), row(self.tr("Toelichting erkenning"), rec.note),
            row(self.tr("Eerdere oordelen"), others), row(self.tr("Gezonde School-activiteit"), gs),
            row(self.tr("Duur"), entry.duration), row(self.tr("Training"), entry.training),
            row(self.tr("Kosten"), entry.cost), row(self.tr("Bereik"), entry.reach),
            row(self.tr("Over de onderbouwing"), entry.evidence_notes), row(self.tr("Opmerkingen"), entry.notes),
            row(self.tr("Laatst gecontroleerd"), entry.verified_on.isoformat() if entry.verified_on else None),
            "</table>", f"<h3>{e(self.tr('Bronnen'))}</h3><ul>{sources}</ul>",
        ]
        return "".join(parts)

    def sources_text(self, entry: Intervention) -> str:
        lines = [entry.name] + [f"- {s.title}: {s.url}" for s in entry.sources]
        return "\n".join(lines)

    def _on_copy_sources(self) -> None:
        if self.current is not None:
            QApplication.clipboard().setText(self.sources_text(self.current))

    def _on_in_use_toggled(self, checked: bool) -> None:
        if self.current is None or self.plan_id is None:
            return
        plan_id, ident = self.plan_id, self.current.id
        try:
            if checked:
                cat.mark_in_use(self.ctx.db, plan_id, ident)
            else:
                cat.unmark_in_use(self.ctx.db, plan_id, ident)
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.ctx.notifier.changed.emit("startfoto", plan_id)

    # --- compare and own interventions -------------------------------------------------------------

    def compare_selected(self) -> CompareDialog | None:
        chosen = self.selected()
        if not 2 <= len(chosen) <= 3:
            return None
        dialog = CompareDialog(chosen, self)
        dialog.open()
        return dialog

    def add_own(self) -> LocalInterventionDialog:
        dialog = LocalInterventionDialog(self.ctx, self, default_school_type=self.school_type)
        dialog.accepted.connect(lambda: self._after_form(dialog))
        dialog.open()
        return dialog

    def _after_form(self, dialog: LocalInterventionDialog) -> None:
        if dialog.result_entry is not None:
            self.show_intervention(dialog.result_entry.id)

    def edit_own(self) -> LocalInterventionDialog | None:
        if self.current is None or not self.current.local:
            return None
        dialog = LocalInterventionDialog(self.ctx, self, entry=self.current)
        dialog.accepted.connect(lambda: self._after_form(dialog))
        dialog.open()
        return dialog

    def delete_own(self) -> QMessageBox | None:
        entry = self.current
        if entry is None or not entry.local:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Eigen interventie verwijderen"),
                          self.tr("'{name}' verwijderen uit uw catalogus?").format(name=entry.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Verwijderen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuleren"))

        def done(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                try:
                    cat.delete_local_intervention(self.ctx.db, entry.id)
                except PlannerError as exc:
                    show_error(self, exc)
                    return
                self.current = None
                self.ctx.notifier.changed.emit("catalogue", 0)

        box.finished.connect(done)
        box.open()
        return box

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        return navigation.catalogue_label(len(self.in_use))
