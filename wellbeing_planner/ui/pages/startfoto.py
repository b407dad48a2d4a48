"""Step 1 — Startfoto: local figures, what the school already does, what people said, legal duties."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import catalogue as catalogue_ops
from wellbeing_planner.core import navigation, plans, records, startfoto
from wellbeing_planner.core.formatting import format_number
from wellbeing_planner.core.views import IndicatorView, InventoryView, StakeholderView
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.widgets.record_table import Field, RecordOps, RecordTable


class StartfotoPage(Page):
    """Startfoto."""

    page_id = "startfoto"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Startfoto")
        self.school_type = "PO"
        layout = self.scroll_layout(spacing=14)
        layout.addWidget(self.heading(self.title, self.tr(
            "Waar staat de school nu? Cijfers uit de monitor sociale veiligheid en de GGD-jeugdmonitor, wat de "
            "school al doet, wat ouders, leerlingen, team en professionals zeggen, en de wettelijke plichten. "
            "Alleen cijfers over groepen, nooit over een leerling.")))
        self.indicators = self._build_indicators()
        layout.addWidget(self.indicators)
        self.inventory = self._build_inventory()
        layout.addWidget(self.inventory)
        self.stakeholders = self._build_stakeholders()
        layout.addWidget(self.stakeholders)
        self.obligations = self._build_obligations()
        layout.addWidget(self.obligations)
        layout.addStretch(1)
        ctx.notifier.changed.connect(self._on_changed)

    def _pid(self) -> int:
        return self.plan_id or 0

    # --- sections --------------------------------------------------------------------------------------

    def _build_indicators(self) -> RecordTable[IndicatorView]:
        db = self.ctx.db

        def value_text(i: IndicatorView) -> str:
            if i.value is None:
                return ""
            return format_number(i.value) + (" %" if (i.unit or "").strip() == "%" else f" {i.unit or ''}".rstrip())

        ops: RecordOps[IndicatorView] = RecordOps(
            load=lambda: startfoto.indicators(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: startfoto.update_indicator(db, rid, **ch),
            add=lambda: startfoto.add_indicator(db, self._pid(), name=self.tr("Nieuw cijfer")),
            delete=lambda rid: records.delete(db, startfoto.INDICATOR, rid),
            restore=lambda values: records.restore(db, startfoto.INDICATOR, values))
        columns: list[Column[IndicatorView]] = [
            Column(self.tr("Cijfer"), lambda i: i.name),
            Column(self.tr("Waarde"), value_text, sort_key=lambda i: i.value, align_right=True),
            Column(self.tr("Vergelijking"), lambda i: (format_number(i.comparison_value) + (
                f" ({i.comparison_label})" if i.comparison_label else "")) if i.comparison_value is not None
                else ""),
            Column(self.tr("Bron"), lambda i: i.source or ""),
            Column(self.tr("Jaar"), lambda i: str(i.year or ""), sort_key=lambda i: i.year or 0),
        ]
        fields = [
            Field("name", self.tr("Cijfer"), lambda i: i.name),
            Field("value", self.tr("Waarde"), lambda i: format_number(i.value), placeholder=self.tr("bijv. 87,5")),
            Field("unit", self.tr("Eenheid"), lambda i: i.unit or "", placeholder="%"),
            Field("source", self.tr("Bron"), lambda i: i.source or ""),
            Field("year", self.tr("Jaar"), lambda i: str(i.year or "")),
            Field("comparison_value", self.tr("Vergelijkingswaarde"), lambda i: format_number(i.comparison_value)),
            Field("comparison_label", self.tr("Vergeleken met"), lambda i: i.comparison_label or "",
                  placeholder=self.tr("bijv. landelijk PO")),
        ]
        table = RecordTable(self.ctx, self.tr("Cijfers"), columns, fields, ops, topic="startfoto",
                            plan_id=self._pid, noun=self.tr("cijfer"))
        picker_row = QHBoxLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Veelgebruikt cijfer kiezen"))
        picker_row.addWidget(QLabel(self.tr("Veelgebruikt cijfer:")))
        picker_row.addWidget(self.template, 1)
        self.add_template = QPushButton(self.tr("Toevoegen uit lijst"))
        picker_row.addWidget(self.add_template)
        layout = table.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, picker_row)
        self.add_template.clicked.connect(self.add_from_template)
        return table

    def add_from_template(self) -> None:
        template_id = self.template.currentData()
        if not template_id or self.plan_id is None:
            return
        db, plan_id = self.ctx.db, self.plan_id
        try:
            new_id = startfoto.add_indicator_from_template(db, plan_id, template_id)
        except PlannerError as exc:
            show_error(self, exc)
            return
        stash: dict[str, object] = {}

        def undo() -> None:
            stash.update(records.delete(db, startfoto.INDICATOR, new_id))

        def redo() -> None:
            records.restore(db, startfoto.INDICATOR, dict(stash))

        self.ctx.push(self.tr("Cijfer toevoegen"), redo, undo, "startfoto", plan_id, already_done=True)
        self.indicators.reload(new_id)
        self.ctx.notifier.changed.emit("startfoto", plan_id)

    def _build_inventory(self) -> RecordTable[InventoryView]:
        db = self.ctx.db
        ops: RecordOps[InventoryView] = RecordOps(
            load=lambda: startfoto.inventory(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: records.update(db, startfoto.INVENTORY, rid, ch),
            add=lambda: records.add(db, startfoto.INVENTORY, self._pid(), {"name": self.tr("Eigen activiteit")}),
            delete=lambda rid: records.delete(db, startfoto.INVENTORY, rid),
            restore=lambda values: records.restore(db, startfoto.INVENTORY, values))
        columns: list[Column[InventoryView]] = [
            Column(self.tr("Wat de school al doet"), lambda i: i.name),
            Column(self.tr("Soort"), lambda i: self.tr("catalogus") if i.intervention_id else (
                self.tr("eigen interventie") if i.local_intervention_id else self.tr("eigen activiteit"))),
            Column(self.tr("Sinds"), lambda i: str(i.since_year or ""), sort_key=lambda i: i.since_year or 0),
            Column(self.tr("Groepen"), lambda i: i.grades or ""),
        ]
        fields = [
            Field("name", self.tr("Naam"), lambda i: i.name),
            Field("since_year", self.tr("Sinds (jaar)"), lambda i: str(i.since_year or "")),
            Field("grades", self.tr("Groepen"), lambda i: i.grades or "", placeholder=self.tr("bijv. groep 1-8")),
            Field("assessment", self.tr("Hoe gaat het?"), lambda i: i.assessment or "", kind="multiline"),
            Field("layers", self.tr("Preventielagen"), lambda i: ",".join(i.layers), kind="checks",
                  options=lambda: [(p.id, p.name) for p in framework().prevention_layers]),
            Field("setting", self.tr("Omgeving"), lambda i: i.setting or "", kind="choice",
                  options=lambda: [("", self.tr("— onderwijs —"))] + [(s.id, s.name)
                                                                     for s in framework().offer_settings]),
        ]
        table = RecordTable(self.ctx, self.tr("Wat de school al doet"), columns, fields, ops, topic="startfoto",
                            plan_id=self._pid, noun=self.tr("activiteit"), intro=self.tr(
                                "Kies een interventie uit de catalogus of voeg met 'Toevoegen' een eigen activiteit "
                                "toe. Wat hier staat, telt als 'in gebruik' en wordt niet opnieuw voorgesteld."))
        picker_row = QHBoxLayout()
        self.catalogue_pick = QComboBox()
        self.catalogue_pick.setAccessibleName(self.tr("Interventie uit de catalogus kiezen"))
        picker_row.addWidget(QLabel(self.tr("Uit de catalogus:")))
        picker_row.addWidget(self.catalogue_pick, 1)
        self.add_from_catalogue = QPushButton(self.tr("In gebruik zetten"))
        picker_row.addWidget(self.add_from_catalogue)
        layout = table.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, picker_row)
        self.add_from_catalogue.clicked.connect(self.mark_catalogue_in_use)
        return table

    def mark_catalogue_in_use(self) -> None:
        intervention_id = self.catalogue_pick.currentData()
        if not intervention_id or self.plan_id is None:
            return
        db, plan_id = self.ctx.db, self.plan_id
        try:
            added = catalogue_ops.mark_in_use(db, plan_id, intervention_id)
        except PlannerError as exc:
            show_error(self, exc)
            return
        if added:
            self.ctx.push(self.tr("In gebruik zetten"), lambda: catalogue_ops.mark_in_use(db, plan_id, intervention_id),
                          lambda: catalogue_ops.unmark_in_use(db, plan_id, intervention_id), "startfoto", plan_id,
                          already_done=True)
        self.inventory.reload()
        self.ctx.notifier.changed.emit("startfoto", plan_id)

    def _fill_catalogue_pick(self) -> None:
        self.catalogue_pick.clear()
        for entry in sorted(catalogue_ops.all_interventions(self.ctx.db), key=lambda e: e.name.casefold()):
            if self.school_type in entry.school_types:
                self.catalogue_pick.addItem(entry.name + (self.tr(" (eigen)") if entry.local else ""), entry.id)

    def _build_stakeholders(self) -> RecordTable[StakeholderView]:
        db = self.ctx.db
        groups = list(startfoto.STAKEHOLDER_GROUPS.items())
        ops: RecordOps[StakeholderView] = RecordOps(
            load=lambda: startfoto.stakeholder_inputs(db, self._pid()) if self.plan_id else [],
            update=lambda rid, ch: records.update(db, startfoto.STAKEHOLDER, rid, ch),
            add=lambda: records.add(db, startfoto.STAKEHOLDER, self._pid(), {"group": self._next_group()}),
            delete=lambda rid: records.delete(db, startfoto.STAKEHOLDER, rid),
            restore=lambda values: records.restore(db, startfoto.STAKEHOLDER, values))
        columns: list[Column[StakeholderView]] = [
            Column(self.tr("Groep"), lambda s: startfoto.STAKEHOLDER_GROUPS.get(s.group, s.group)),
            Column(self.tr("Werkwijze"), lambda s: s.method or ""),
            Column(self.tr("Conclusies"), lambda s: (s.conclusions or "").split("\n")[0][:90],
                   tooltip=lambda s: s.conclusions or ""),
        ]
        fields = [
            Field("group", self.tr("Groep"), lambda s: s.group, kind="choice", options=lambda: groups),
            Field("method", self.tr("Werkwijze"), lambda s: s.method or "",
                  placeholder=self.tr("bijv. vragenlijst, panel, gesprek")),
            Field("conclusions", self.tr("Conclusies"), lambda s: s.conclusions or "", kind="multiline"),
        ]
        return RecordTable(self.ctx, self.tr("Wat betrokkenen zeggen"), columns, fields, ops, topic="startfoto",
                           plan_id=self._pid, noun=self.tr("inbreng"))

    def _next_group(self) -> str:
        present = {s.group for s in self.stakeholders.rows()}
        return next((g for g in startfoto.STAKEHOLDER_GROUPS if g not in present), "ouders")

    def _build_obligations(self) -> RecordTable[startfoto.ObligationState]:
        db = self.ctx.db
        statuses = [(s.id, s.name) for s in framework().obligation_statuses]

        def update(obligation_id: str, changes: dict[str, object]) -> dict[str, object]:
            old = startfoto.set_obligation(db, self._pid(), obligation_id, status=changes.get("status"),  # type: ignore[arg-type]
                                           note=changes.get("note"))  # type: ignore[arg-type]
            return {"status": old[0], "note": old[1] or ""}

        ops: RecordOps[startfoto.ObligationState] = RecordOps(
            load=lambda: startfoto.obligations(db, self._pid(), self.school_type) if self.plan_id else [],
            update=update, row_id=lambda o: o.obligation_id)
        fw = framework()
        columns: list[Column[startfoto.ObligationState]] = [
            Column(self.tr("Verplichting"), lambda o: o.name, tooltip=lambda o: o.description),
            Column(self.tr("Status"), lambda o: fw.name_of("obligation_statuses", o.status)),
            Column(self.tr("Grondslag"), lambda o: o.legal_basis),
        ]
        fields = [
            Field("status", self.tr("Status"), lambda o: o.status, kind="choice", options=lambda: statuses),
            Field("note", self.tr("Toelichting"), lambda o: o.note or "", kind="multiline"),
        ]
        return RecordTable(self.ctx, self.tr("Wettelijke en andere verplichtingen"), columns, fields, ops,
                           topic="startfoto", plan_id=self._pid, noun=self.tr("verplichting"))

    # --- loading -------------------------------------------------------------------------------------------

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        if plan_id is not None:
            try:
                self.school_type = plans.get_plan(self.ctx.db, plan_id).school_type
            except PlannerError:
                self.school_type = "PO"
        self.template.clear()
        for template in framework().indicators_for(self.school_type):
            self.template.addItem(template.name, template.id)
        self._fill_catalogue_pick()
        self._refresh()

    def _refresh(self) -> None:
        for table in (self.indicators, self.inventory, self.stakeholders, self.obligations):
            table.reload()
        self.announce_completeness()

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if topic == "startfoto" and plan_id == self.plan_id:
            self.inventory.reload()
            self.announce_completeness()
        elif topic == "school":
            self.load(self.plan_id)

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        done = sum(1 for o in self.obligations.rows() if o.status != "onbekend")
        return navigation.startfoto_label(len(self.indicators.rows()), done, len(self.obligations.rows()))
