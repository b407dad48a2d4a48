"""Step 4 — Aanpak en activiteiten: activities per goal with owner, role, partners, months, hours and money."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, navigation, plans, records, werkgroep
from wellbeing_planner.core.formatting import format_money, format_number
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import ActivityView, load_plan_view
from wellbeing_planner.errors import PlannerError, ValidationError
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.models import Column
from wellbeing_planner.ui.pages._plan_helpers import month_options, months_text
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.style import ERROR
from wellbeing_planner.ui.widgets.record_table import Field, RecordOps, RecordTable
from wellbeing_planner.ui.widgets.suggestions import SuggestionsPanel


class ActivitiesPage(Page):
    """Aanpak en activiteiten."""

    page_id = "activiteiten"
    #: The selected goal changed (0: all goals) — the suggestions panel follows it.
    goal_selected = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Aanpak en activiteiten")
        self.school_id = 0
        self.year = SchoolYear.current()
        self._filling = False
        layout = self.scroll_layout(spacing=12)
        layout.addWidget(self.heading(self.title, self.tr(
            "Wat gaat de school doen, wie is eigenaar, wanneer, met welke uren en welk geld? Bedragen vult u in "
            "zoals u gewend bent, bijvoorbeeld 1.250,50.")))
        bar = QFrame()
        bar.setObjectName("Card")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(QLabel(self.tr("Doel:")))
        self.goal_filter = QComboBox()
        self.goal_filter.setMinimumWidth(360)
        self.goal_filter.setAccessibleName(self.tr("Doel kiezen"))
        row.addWidget(self.goal_filter, 1)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Totaal budget:")))
        self.budget_total = QLineEdit()
        self.budget_total.setPlaceholderText(self.tr("bijv. 15.000"))
        self.budget_total.setMaximumWidth(140)
        self.budget_total.setAccessibleName(self.tr("Totaal budget van het plan"))
        row.addWidget(self.budget_total)
        self.budget_state = QLabel()
        row.addWidget(self.budget_state)
        layout.addWidget(bar)
        self.budget_error = QLabel()
        self.budget_error.setObjectName("FieldError")
        self.budget_error.hide()
        layout.addWidget(self.budget_error)
        self.activities = self._build_table()
        layout.addWidget(self.activities)
        self.suggestions = SuggestionsPanel(ctx)
        layout.addWidget(self.suggestions)
        layout.addStretch(1)
        self.goal_filter.currentIndexChanged.connect(self._on_goal_chosen)
        self.suggestions.activity_added.connect(lambda new_id: self.activities.reload(new_id))
        self.budget_total.editingFinished.connect(self._on_budget_total)
        ctx.notifier.changed.connect(self._on_changed)

    def _pid(self) -> int:
        return self.plan_id or 0

    def selected_goal(self) -> int | None:
        value = self.goal_filter.currentData()
        return int(value) if value else None

    def _build_table(self) -> RecordTable[ActivityView]:
        db, fw = self.ctx.db, framework()

        def load() -> list[ActivityView]:
            if not self.plan_id:
                return []
            rows = activities.activities(db, self._pid())
            goal = self.selected_goal()
            return [a for a in rows if goal is None or a.goal_id == goal]

        def goal_options() -> list[tuple[str, str]]:
            all_goals = goals.goals(db, self._pid())
            numbers = goals.goal_numbers(all_goals)
            return [("", self.tr("— geen doel —"))] + [(str(g.id), goals.label_with(g, numbers)) for g in all_goals]

        def member_options() -> list[tuple[str, str]]:
            return [("", self.tr("— nog niemand —"))] + [(str(m.id), m.name)
                                                         for m in werkgroep.members(db, self.school_id)]

        def member_name(member_id: int | None) -> str:
            return dict(member_options()).get(str(member_id or ""), "") if member_id else ""

        def interventions() -> list[tuple[str, str]]:
            return [("", "—")] + [(e.id, e.name) for e in sorted(catalogue().interventions, key=lambda e: e.name)]

        ops: RecordOps[ActivityView] = RecordOps(
            load=load, update=lambda rid, ch: activities.update_activity(db, rid, **ch),
            add=lambda: activities.add_activity(db, self._pid(), self.tr("Nieuwe activiteit"),
                                                goal_id=self.selected_goal()),
            delete=lambda rid: records.delete(db, activities.ACTIVITY, rid),
            restore=lambda values: records.restore(db, activities.ACTIVITY, values))
        columns: list[Column[ActivityView]] = [
            Column(self.tr("Activiteit"), lambda a: a.title),
            Column(self.tr("Eigenaar"), lambda a: member_name(a.owner_id)),
            Column(self.tr("Maanden"), lambda a: months_text(a.start_month, a.end_month),
                   sort_key=lambda a: a.start_month.isoformat() if a.start_month else ""),
            Column(self.tr("Budget"), lambda a: format_money(a.budget), sort_key=lambda a: a.budget or Decimal(0),
                   align_right=True),
            Column(self.tr("Status"), lambda a: activities.STATUSES.get(a.status, a.status)),
        ]
        fields = [
            Field("title", self.tr("Activiteit"), lambda a: a.title),
            Field("goal_id", self.tr("Doel"), lambda a: str(a.goal_id or ""), kind="choice", options=goal_options),
            Field("description", self.tr("Beschrijving"), lambda a: a.description or "", kind="multiline"),
            Field("owner_id", self.tr("Eigenaar"), lambda a: str(a.owner_id or ""), kind="choice",
                  options=member_options),
            Field("approach_role", self.tr("Rol in de aanpak"), lambda a: a.approach_role or "", kind="choice",
                  options=lambda: [("", "—")] + [(r.id, r.name) for r in fw.approach_roles]),
            Field("partner_ids", self.tr("Partners"), lambda a: ",".join(str(p) for p in a.partner_ids),
                  kind="checks", options=lambda: [(str(p.id), p.organisation)
                                                  for p in werkgroep.partners(db, self.school_id)]),
            Field("start_month", self.tr("Van"), lambda a: a.start_month.isoformat() if a.start_month else "",
                  kind="choice", options=lambda: month_options(self.year)),
            Field("end_month", self.tr("Tot en met"), lambda a: a.end_month.isoformat() if a.end_month else "",
                  kind="choice", options=lambda: month_options(self.year)),
            Field("hours", self.tr("Uren"), lambda a: format_number(a.hours)),
            Field("budget", self.tr("Budget (€)"), lambda a: format_number(a.budget, decimals=2)
                  if a.budget is not None else "", placeholder="0,00"),
            Field("funding_source", self.tr("Financiering"), lambda a: a.funding_source or "", kind="choice",
                  options=lambda: [("", "—")] + [(f.id, f.name) for f in fw.funding_sources]),
            Field("status", self.tr("Status"), lambda a: a.status, kind="choice",
                  options=lambda: list(activities.STATUSES.items())),
            Field("intervention_id", self.tr("Interventie"), lambda a: a.intervention_id or "",
                  kind="choice", options=interventions),
            Field("layers", self.tr("Lagen"), lambda a: ",".join(a.layers),
                  kind="checks", options=lambda: [(p.id, p.name) for p in framework().prevention_layers]),
            Field("setting", self.tr("Omgeving"), lambda a: a.setting or "", kind="choice",
                  options=lambda: [("", self.tr("— onderwijs —"))] + [(s.id, s.name)
                                                                     for s in framework().offer_settings]),
        ]
        table = RecordTable(self.ctx, self.tr("Activiteiten"), columns, fields, ops, topic="activities",
                            plan_id=self._pid, noun=self.tr("activiteit"), form_width=430)
        table.changed.connect(self._update_budget)
        return table

    # --- loading ------------------------------------------------------------------------------------

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        if plan_id is not None:
            try:
                plan = plans.get_plan(self.ctx.db, plan_id)
                self.school_id, self.year = plan.school_id, plan.school_year
            except PlannerError:
                return
        self._fill_goals()
        self.activities.reload()
        self._update_budget()
        self.suggestions.show_for(plan_id, self.selected_goal())

    def _fill_goals(self) -> None:
        keep = self.goal_filter.currentData()
        self._filling = True
        self.goal_filter.clear()
        self.goal_filter.addItem(self.tr("Alle doelen"), "")
        if self.plan_id:
            all_goals = goals.goals(self.ctx.db, self.plan_id)
            numbers = goals.goal_numbers(all_goals)
            for goal in all_goals:
                self.goal_filter.addItem(goals.label_with(goal, numbers), str(goal.id))
        self.goal_filter.setCurrentIndex(max(0, self.goal_filter.findData(keep)))
        self._filling = False

    def _on_goal_chosen(self, _index: int) -> None:
        if self._filling:
            return
        self.activities.reload()
        self.suggestions.show_for(self.plan_id, self.selected_goal())
        self.goal_selected.emit(self.selected_goal() or 0)

    def select_goal(self, goal_id: int | None) -> None:
        self.goal_filter.setCurrentIndex(max(0, self.goal_filter.findData(str(goal_id) if goal_id else "")))

    def select_activity(self, activity_id: int) -> None:
        """Show one activity (from the problems list of the Jaarplanning)."""
        self.select_goal(None)
        self.activities.select(activity_id)

    def _update_budget(self) -> None:
        if self.plan_id is None:
            return
        overview = activities.budget_overview(load_plan_view(self.ctx.db, self.plan_id))
        if not self.budget_total.hasFocus():
            self.budget_total.setText(format_number(overview.budget_total, decimals=2)
                                      if overview.budget_total is not None else "")
        text = self.tr("begroot {planned}").format(planned=format_money(overview.total_planned))
        style = ""
        if overview.remainder is not None:
            text += self.tr(" · resteert {rest}").format(rest=format_money(overview.remainder))
            if overview.remainder < 0:
                style = f"color: {ERROR}; font-weight: 600;"
        self.budget_state.setText(text)
        self.budget_state.setStyleSheet(style)
        self.announce_completeness()

    def _on_budget_total(self) -> None:
        if self.plan_id is None:
            return
        db, plan_id, text = self.ctx.db, self.plan_id, self.budget_total.text()
        try:
            old = activities.set_budget_total(db, plan_id, text)
        except ValidationError as exc:
            self.budget_error.setText(exc.message)
            self.budget_error.show()
            return
        except PlannerError as exc:
            show_error(self, exc)
            return
        self.budget_error.hide()
        self.ctx.push(self.tr("Totaal budget"), lambda: activities.set_budget_total(db, plan_id, text),
                      lambda: activities.set_budget_total(db, plan_id, old), "activities", plan_id,
                      already_done=True)
        self._update_budget()
        self.ctx.notifier.changed.emit("activities", plan_id)

    def _on_changed(self, topic: str, plan_id: int) -> None:
        if plan_id != self.plan_id:
            if topic in ("werkgroep", "school"):
                self.activities.reload()
            return
        if topic == "goals":
            self._fill_goals()
            self.activities.reload()
        elif topic in ("activities", "evaluation"):
            self.activities.reload()
            self._update_budget()

    def completeness(self) -> str:
        if self.plan_id is None:
            return ""
        count = len(activities.activities(self.ctx.db, self.plan_id))
        return navigation.activities_label(count)
