"""Step 1 — the startfoto: local figures, what the school already does, what people said, legal duties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import records, validation
from wellbeing_planner.core.plans import load_plan
from wellbeing_planner.core.views import IndicatorView, InventoryView, StakeholderView, inventory_from
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Indicator, InventoryItem, ObligationCheck, StakeholderInput

#: The groups whose input the startfoto gathers.
STAKEHOLDER_GROUPS = Labels({
    "ouders": _("Ouders"),
    "leerlingen": _("Leerlingen"),
    "team": _("Team"),
    "professionals": _("Professionals"),
    "kinderopvang": _("Kinderopvang"),
    "kinderen": _("Kinderen"),
})


def _group(value: Any) -> str | None:
    """One of the known groups, or a group of the working group's own naming (e.g. "buurtsportcoaches")."""
    if value in STAKEHOLDER_GROUPS:
        return str(value)
    text = validation.text(value, label=_("De groep"), field="group", max_length=40)
    if text is None:
        raise ValidationError(_("Kies of noem de groep."), field="group")
    lowered = text.casefold()
    for key, label in STAKEHOLDER_GROUPS.items():
        if lowered in (key, label.casefold()):
            return key
    return text


def _number(label: str) -> records.Cleaner:
    def clean(value: Any) -> Decimal | None:
        return validation.number(value, label=label)
    return clean


def _year(value: Any) -> int | None:
    year: int | None = records.whole_number(_("Het jaar"), 2000, dt.date.today().year + 1)(value)
    return year


INDICATOR = records.RecordKind(
    model=Indicator, parent_field="plan_id", required=("name",), label=_("cijfer"),
    fields={
        "name": records.text(_("De naam van het cijfer"), required=True),
        "template_id": records.choice(_("Indicator"), lambda: [i.id for i in framework().indicators],
                                      required=False),
        "value": _number(_("De waarde")),
        "unit": records.text(_("De eenheid"), max_length=40),
        "source": records.text(_("De bron")),
        "year": _year,
        "comparison_value": _number(_("De vergelijkingswaarde")),
        "comparison_label": records.text(_("De vergelijking"), max_length=120),
    })

INVENTORY = records.RecordKind(
    model=InventoryItem, parent_field="plan_id", required=("name",), label=_("activiteit"),
    fields={
        "name": records.text(_("De naam"), required=True),
        "intervention_id": records.text(_("De interventie"), max_length=80),
        "since_year": records.whole_number(_("Het startjaar"), 1980, 2100),
        "grades": records.text(_("De groepen"), max_length=120),
        "assessment": records.long_text(_("Hoe het gaat")),
        "layers": lambda value: _layers(value),
        "setting": records.choice(_("Omgeving"), lambda: [s.id for s in framework().offer_settings],
                                  required=False),
        "partner_id": records.optional_id,
    })


def _layers(value: Any) -> list[str]:
    from wellbeing_planner.core.roadmap import _layers as clean_layers

    return clean_layers(value)

STAKEHOLDER = records.RecordKind(
    model=StakeholderInput, parent_field="plan_id", required=("group",), label=_("inbreng"),
    fields={
        "group": _group,
        "method": records.text(_("De werkwijze")),
        "conclusions": records.long_text(_("De conclusies")),
    })


def check_percentages(view: IndicatorView | dict[str, Any]) -> None:
    """Percentages lie between 0 and 100."""
    unit = view.unit if isinstance(view, IndicatorView) else view.get("unit")
    values = ([view.value, view.comparison_value] if isinstance(view, IndicatorView)
              else [view.get("value"), view.get("comparison_value")])
    if unit and unit.strip() == "%":
        for value in values:
            if value is not None and not Decimal(0) <= Decimal(value) <= Decimal(100):
                raise ValidationError(_("Een percentage ligt tussen 0 en 100."), field="value")


def _indicator_view(row: Indicator) -> IndicatorView:
    return IndicatorView(row.id, row.name, row.value, row.unit, row.source, row.year, row.comparison_value,
                         row.comparison_label, row.template_id)


def indicators(db: Database, plan_id: int) -> list[IndicatorView]:
    return [_indicator_view(r) for r in records.rows(db, INDICATOR, plan_id)]


def add_indicator(db: Database, plan_id: int, **values: Any) -> int:
    clean = INDICATOR.clean(values)
    check_percentages(clean)
    return records.add(db, INDICATOR, plan_id, clean)


def add_indicator_from_template(db: Database, plan_id: int, template_id: str) -> int:
    template = next(t for t in framework().indicators if t.id == template_id)
    with db.reading() as session:
        school_type = load_plan(session, plan_id).school.school_type
    return add_indicator(db, plan_id, name=template.name, template_id=template.id, unit=template.unit,
                         source=template.source_for(school_type))


def update_indicator(db: Database, indicator_id: int, **changes: Any) -> dict[str, Any]:
    with db.reading() as session:
        row = session.get(Indicator, indicator_id)
        current = _indicator_view(row) if row is not None else None
    merged = {"unit": current.unit if current else None, "value": current.value if current else None,
              "comparison_value": current.comparison_value if current else None}
    clean = INDICATOR.clean(changes)
    merged.update({k: v for k, v in clean.items() if k in merged})
    check_percentages(merged)
    return records.update(db, INDICATOR, indicator_id, clean)


def inventory(db: Database, plan_id: int) -> list[InventoryView]:
    return [inventory_from(r) for r in records.rows(db, INVENTORY, plan_id)]


def add_inventory_item(db: Database, plan_id: int, name: str, **values: Any) -> int:
    """Something the school (or a partner in the keten) already does; returns its id."""
    return records.add(db, INVENTORY, plan_id, {"name": name, **values})


def add_stakeholder_input(db: Database, plan_id: int, group: str, **values: Any) -> int:
    """What a group (ouders, leerlingen, kinderopvang, or a group of the team's own naming) said."""
    return records.add(db, STAKEHOLDER, plan_id, {"group": group, **values})


def stakeholder_inputs(db: Database, plan_id: int) -> list[StakeholderView]:
    return [StakeholderView(r.id, r.group, r.method, r.conclusions) for r in records.rows(db, STAKEHOLDER, plan_id)]


def in_use_intervention_ids(db: Database, plan_id: int) -> set[str]:
    from wellbeing_planner.core.catalogue import in_use_ids

    return in_use_ids(db, plan_id)


# --- legal and other obligations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ObligationState:
    obligation_id: str
    name: str
    description: str
    legal_basis: str
    status: str
    note: str | None


def obligations(db: Database, plan_id: int, school_type: str) -> list[ObligationState]:
    """The checklist for the school's type, with what the team recorded (``onbekend`` when nothing yet)."""
    with db.reading() as session:
        stored = {c.obligation_id: (c.status, c.note) for c in session.scalars(
            select(ObligationCheck).where(ObligationCheck.plan_id == plan_id))}
    result = []
    for item in framework().obligations_for(school_type):
        status, note = stored.get(item.id, ("onbekend", None))
        result.append(ObligationState(item.id, item.name, item.description, item.legal_basis, status, note))
    return result


def set_obligation(db: Database, plan_id: int, obligation_id: str, *, status: str | None = None,
                   note: str | None = None) -> tuple[str, str | None]:
    """Record status and/or note of one obligation; return the previous ``(status, note)``."""
    fw = framework()
    if obligation_id not in {o.id for o in fw.obligations}:
        raise ValidationError(_("Onbekende verplichting: {id}").format(id=obligation_id))
    if status is not None and status not in {s.id for s in fw.obligation_statuses}:
        raise ValidationError(_("Onbekende status: {status}").format(status=status), field="status")
    clean_note = validation.long_text(note, label=_("De toelichting"), field="note") if note is not None else None
    with db.unit_of_work() as session:
        check = session.scalar(select(ObligationCheck).where(ObligationCheck.plan_id == plan_id,
                                                             ObligationCheck.obligation_id == obligation_id))
        if check is None:
            check = ObligationCheck(plan_id=plan_id, obligation_id=obligation_id, status="onbekend")
            session.add(check)
        old = (check.status, check.note)
        if status is not None:
            check.status = status
        if note is not None:
            check.note = clean_note
        return old
