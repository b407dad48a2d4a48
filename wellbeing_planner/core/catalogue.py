"""The catalogue as the school sees it: bundled entries plus its own interventions, search and filters.

Own interventions live in the database (``LocalIntervention``) and are never written
into the shipped files.  Searching and filtering are pure functions over
:class:`~wellbeing_planner.content.catalogue.Intervention` objects.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from wellbeing_planner.content.catalogue import (
    KIND_LABELS,
    RECOGNITION_LABELS,
    SCOPE_LABELS,
    Intervention,
    Recognition,
    Source,
    catalogue,
    recognition_rank,
)
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import validation
from wellbeing_planner.errors import NotFoundError, ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import InventoryItem, LocalIntervention

LOCAL_PREFIX = "eigen-"
UNKNOWN = _("onbekend")


# --- own interventions ---------------------------------------------------------------------------


def local_id(row_id: int) -> str:
    return f"{LOCAL_PREFIX}{row_id}"


def parse_local_id(intervention_id: str) -> int | None:
    """The database id of an own intervention (``"eigen-3"`` → 3), else ``None``."""
    if intervention_id.startswith(LOCAL_PREFIX) and intervention_id[len(LOCAL_PREFIX):].isdigit():
        return int(intervention_id[len(LOCAL_PREFIX):])
    return None


def _as_intervention(row: LocalIntervention) -> Intervention:
    ranges: tuple[tuple[str, int, int], ...] = ()
    if row.grade_min is not None and row.grade_max is not None:
        ranges = tuple((kind, row.grade_min, row.grade_max) for kind in row.school_types)
    level = row.recognition_level or "unknown"
    return Intervention(
        id=local_id(row.id), name=row.name, provider=row.provider, website=row.website,
        description=row.description or "", kind=row.kind, school_types=tuple(row.school_types), kinderopvang=False,
        grades_text=None, grade_ranges=ranges, age_min=None, age_max=None, pillars=tuple(row.pillars),
        pillars_official=False, themes=tuple(row.themes), prevention_layers=tuple(row.prevention_layers),
        prevention_layers_official=False, scope=tuple(row.scope) or ("groep",),
        recognition=Recognition(level, RECOGNITION_LABELS.get(level, level), None, None, None, None),
        duration=row.duration, training=row.training, cost=row.cost, notes=row.notes,
        sources=tuple(Source(url, url) for url in row.sources),
        verified_on=row.updated_at.date() if row.updated_at else None, verification="eigen", local=True)


@dataclass(frozen=True, slots=True)
class LocalInterventionInput:
    """What the form for an own intervention sends."""

    name: str
    description: str = ""
    provider: str = ""
    website: str = ""
    kind: str = "interventie"
    school_types: tuple[str, ...] = ()
    grade_min: int | None = None
    grade_max: int | None = None
    pillars: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    prevention_layers: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    recognition_level: str = "unknown"
    duration: str = ""
    training: str = ""
    cost: str = ""
    sources: tuple[str, ...] = ()
    notes: str = ""


def clean_local_input(data: LocalInterventionInput) -> dict[str, Any]:
    """Check an own intervention (every door: the form, the plan-file importer); return the values to store."""
    fw = framework()
    name = validation.text(data.name, label=_("De naam"), field="name")
    if not name:
        raise ValidationError(_("Geef de interventie een naam."), field="name")
    types = list(dict.fromkeys(data.school_types))
    if not types:
        raise ValidationError(_("Kies ten minste één schooltype."), field="school_types")
    validation.id_list(types, [t.id for t in fw.school_types], message=_("Onbekend schooltype: {value}"),
                       field="school_types")
    pillars = validation.id_list(list(data.pillars), [p.id for p in fw.pillars],
                                 message=_("Onbekende pijler: {value}"), field="pillars")
    layers = validation.id_list(list(data.prevention_layers), [p.id for p in fw.prevention_layers],
                                message=_("Onbekende preventielaag: {value}"), field="prevention_layers")
    scope = validation.id_list(list(data.scope), list(SCOPE_LABELS), message=_("Onbekende reikwijdte: {value}"),
                               field="scope")
    themes = validation.themes(list(data.themes))
    if data.kind not in KIND_LABELS:
        raise ValidationError(_("Onbekende soort."), field="kind")
    if data.recognition_level not in RECOGNITION_LABELS:
        raise ValidationError(_("Onbekend erkenningsniveau."), field="recognition_level")
    if (data.grade_min is None) != (data.grade_max is None):
        raise ValidationError(_("Vul van en tot met groep of leerjaar in, of laat beide leeg."), field="grade_min")
    grade_min = validation.whole_number(data.grade_min, label=_("De laagste groep"), minimum=-1000, maximum=1000,
                                        field="grade_min")
    grade_max = validation.whole_number(data.grade_max, label=_("De hoogste groep"), minimum=-1000, maximum=1000,
                                        field="grade_max")
    validation.grade_range(grade_min, grade_max, types)
    website = validation.web_link(data.website, label=_("De website"), field="website")

    def opt(value: str, label: str) -> str | None:
        return validation.long_text(value, label=label)

    return {"name": name, "description": opt(data.description, _("De beschrijving")),
            "provider": validation.text(data.provider, label=_("De aanbieder"), field="provider"),
            "website": website, "kind": data.kind, "school_types": types, "grade_min": grade_min,
            "grade_max": grade_max, "pillars": pillars, "themes": themes, "prevention_layers": layers,
            "scope": scope, "recognition_level": data.recognition_level,
            "duration": opt(data.duration, _("De duur")), "training": opt(data.training, _("De training")),
            "cost": opt(data.cost, _("De kosten")), "sources": validation.web_links(list(data.sources)),
            "notes": opt(data.notes, _("De notities"))}


_clean = clean_local_input


def create_local_intervention(db: Database, data: LocalInterventionInput) -> Intervention:
    values = _clean(data)
    with db.unit_of_work() as session:
        row = LocalIntervention(**values)
        session.add(row)
        session.flush()
        return _as_intervention(row)


def update_local_intervention(db: Database, intervention_id: str, data: LocalInterventionInput) -> Intervention:
    values = _clean(data)
    with db.unit_of_work() as session:
        row = _load_local(session, intervention_id)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        return _as_intervention(row)


def delete_local_intervention(db: Database, intervention_id: str) -> None:
    with db.unit_of_work() as session:
        session.delete(_load_local(session, intervention_id))


def local_input_of(entry: Intervention) -> LocalInterventionInput:
    """The form values of an own intervention (for editing)."""
    rng = entry.grade_ranges[0] if entry.grade_ranges else None
    return LocalInterventionInput(
        name=entry.name, description=entry.description, provider=entry.provider or "", website=entry.website or "",
        kind=entry.kind, school_types=entry.school_types, grade_min=rng[1] if rng else None,
        grade_max=rng[2] if rng else None, pillars=entry.pillars, themes=entry.themes,
        prevention_layers=entry.prevention_layers, scope=entry.scope, recognition_level=entry.recognition.level,
        duration=entry.duration or "", training=entry.training or "", cost=entry.cost or "",
        sources=tuple(s.url for s in entry.sources), notes=entry.notes or "")


def _load_local(session: Any, intervention_id: str) -> LocalIntervention:
    row_id = parse_local_id(intervention_id)
    row = session.get(LocalIntervention, row_id) if row_id is not None else None
    if row is None:
        raise NotFoundError(_("Eigen interventie {id} bestaat niet (meer).").format(id=intervention_id))
    return row  # type: ignore[no-any-return]


def local_interventions(db: Database) -> list[Intervention]:
    with db.reading() as session:
        rows = session.scalars(select(LocalIntervention).order_by(LocalIntervention.name, LocalIntervention.id))
        return [_as_intervention(row) for row in rows]


def all_interventions(db: Database) -> list[Intervention]:
    """The bundled catalogue followed by the school's own interventions."""
    return [*catalogue().interventions, *local_interventions(db)]


def find_intervention(db: Database, intervention_id: str) -> Intervention | None:
    if parse_local_id(intervention_id) is not None:
        return next((e for e in local_interventions(db) if e.id == intervention_id), None)
    return catalogue().get(intervention_id)


# --- in use at our school (feeds the startfoto inventory) ---------------------------------------------


def in_use_ids(db: Database, plan_id: int) -> set[str]:
    """Ids of catalogue and own interventions in the plan's inventory."""
    with db.reading() as session:
        rows = session.execute(select(InventoryItem.intervention_id, InventoryItem.local_intervention_id)
                               .where(InventoryItem.plan_id == plan_id)).all()
    ids = {r[0] for r in rows if r[0]}
    ids |= {local_id(r[1]) for r in rows if r[1] is not None}
    return ids


def mark_in_use(db: Database, plan_id: int, intervention_id: str) -> bool:
    """Add the intervention to the plan's inventory; ``False`` when it was there already."""
    entry = find_intervention(db, intervention_id)
    if entry is None:
        raise NotFoundError(_("Interventie {id} bestaat niet.").format(id=intervention_id))
    if intervention_id in in_use_ids(db, plan_id):
        return False
    local = parse_local_id(intervention_id)
    with db.unit_of_work() as session:
        from wellbeing_planner.core.plans import load_plan

        plan = load_plan(session, plan_id)
        session.add(InventoryItem(plan_id=plan.id, name=entry.name, position=len(plan.inventory),
                                  intervention_id=None if local is not None else intervention_id,
                                  local_intervention_id=local))
    return True


def unmark_in_use(db: Database, plan_id: int, intervention_id: str) -> None:
    local = parse_local_id(intervention_id)
    with db.unit_of_work() as session:
        query = delete(InventoryItem).where(InventoryItem.plan_id == plan_id)
        if local is not None:
            query = query.where(InventoryItem.local_intervention_id == local)
        else:
            query = query.where(InventoryItem.intervention_id == intervention_id)
        session.execute(query)


# --- search and filters ---------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case without accents: 'Geïndiceerd' → 'geindiceerd'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class CatalogueFilter:
    """All filters of the catalogue page; ``None`` means "any".  Filters combine with AND.

    ``recognition`` is a *minimum* level: "goede_aanwijzingen" also shows "sterke_aanwijzingen".
    ``grade`` is a group or year within ``school_type`` and only applies together with it.
    """

    text: str = ""
    school_type: str | None = None
    grade: int | None = None
    pillar: str | None = None
    theme: str | None = None
    prevention_layer: str | None = None
    scope: str | None = None
    recognition: str | None = None
    gezonde_school: str | None = None
    kind: str | None = None
    own_only: bool = False


def matches(entry: Intervention, flt: CatalogueFilter) -> bool:
    if flt.text:
        haystack = _fold(" ".join([entry.name, entry.provider or "", entry.description,
                                   *entry.themes, *(catalogue().theme_label(t) for t in entry.themes)]))
        if not all(word in haystack for word in _fold(flt.text).split()):
            return False
    if flt.school_type and flt.school_type not in entry.school_types:
        return False
    if flt.school_type and flt.grade is not None and not entry.fits_grades(flt.school_type, flt.grade, flt.grade):
        return False
    if flt.pillar and flt.pillar not in entry.pillars:
        return False
    if flt.theme and flt.theme not in entry.themes:
        return False
    if flt.prevention_layer and flt.prevention_layer not in entry.prevention_layers:
        return False
    if flt.scope and flt.scope not in entry.scope:
        return False
    if flt.recognition and recognition_rank(entry.recognition.level) < recognition_rank(flt.recognition):
        return False
    if flt.gezonde_school and entry.gezonde_school != flt.gezonde_school:
        return False
    if flt.kind and entry.kind != flt.kind:
        return False
    return not (flt.own_only and not entry.local)


def search(interventions: Iterable[Intervention], flt: CatalogueFilter) -> list[Intervention]:
    """The entries that pass every filter, by name (then id)."""
    return sorted((e for e in interventions if matches(e, flt)), key=lambda e: (_fold(e.name), e.id))


# --- showing facts ---------------------------------------------------------------------------------


def grades_text(entry: Intervention) -> str:
    if entry.grade_ranges:
        fw = framework()
        parts = []
        for kind, lo, hi in entry.grade_ranges:
            label = fw.school_type(kind).grade_label
            parts.append(f"{kind} {label} {lo}" + (f"–{hi}" if hi != lo else ""))
        return "; ".join(parts)
    if entry.grades_text:
        return entry.grades_text
    if entry.age_min is not None and entry.age_max is not None:
        return _("{lo}–{hi} jaar").format(lo=entry.age_min, hi=entry.age_max)
    return _(UNKNOWN)


def pillars_text(entry: Intervention) -> str:
    if not entry.pillars:
        return _(UNKNOWN)
    fw = framework()
    names = ", ".join(fw.pillar(p).name for p in entry.pillars)
    origin = _("officieel (Gezonde School)") if entry.pillars_official else _("afgeleid, niet officieel")
    return f"{names} — {origin}"


def recognition_text(entry: Intervention, today: dt.date | None = None) -> str:
    rec = entry.recognition
    parts = [rec.label]
    if rec.database:
        parts.append(rec.database_label())
    if rec.date_text:
        parts.append(rec.date_text)
    text = " · ".join(parts)
    if rec.is_possibly_expired(today or dt.date.today()):
        text += " — " + _("mogelijk verlopen — controleer de databank")
    return text


def compare_rows(entries: Sequence[Intervention], today: dt.date | None = None) -> list[tuple[str, list[str]]]:
    """Rows for a side-by-side comparison: a label and one text per intervention."""
    fw = framework()

    def known(text: str | None) -> str:
        return text or _(UNKNOWN)

    return [
        (_("Soort"), [KIND_LABELS.get(e.kind, e.kind) + (_(" (eigen)") if e.local else "") for e in entries]),
        (_("Schooltypen"), [", ".join(e.school_types) for e in entries]),
        (_("Groepen / leerjaren"), [grades_text(e) for e in entries]),
        (_("Pijlers"), [pillars_text(e) for e in entries]),
        (_("Preventielaag"), [", ".join(fw.name_of("prevention_layers", p) for p in e.prevention_layers) or _(UNKNOWN)
                              for e in entries]),
        (_("Reikwijdte"), [", ".join(SCOPE_LABELS.get(s, s) for s in e.scope) for e in entries]),
        (_("Erkenning"), [recognition_text(e, today) for e in entries]),
        (_("Gezonde School-activiteit"), [{"ja": _("ja"), "nee": _("nee")}.get(e.gezonde_school, _(UNKNOWN))
                                          for e in entries]),
        (_("Training"), [known(e.training) for e in entries]),
        (_("Duur"), [known(e.duration) for e in entries]),
        (_("Kosten"), [known(e.cost) for e in entries]),
    ]
