"""The Gezonde School framework for the theme Welbevinden: pillars, criteria, scales and pick lists.

Loaded from ``resources/framework/*.yaml``, validated against JSON Schemas, and
handed out as immutable dataclasses.  Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from wellbeing_planner import paths
from wellbeing_planner.content._loading import load_validated
from wellbeing_planner.errors import ContentError
from wellbeing_planner.i18n import _, language

FRAMEWORK_FILE = "framework.yaml"
CRITERIA_FILE = "criteria.yaml"
#: The translated texts of a file, keyed by id: ``framework.en.yaml`` beside ``framework.yaml``.
OVERLAY_SCHEMA = "framework-overlay.schema.json"
#: The fields of each section that are shown to the user and so are translated (sources, ids and laws are not).
TRANSLATED_FIELDS: dict[str, tuple[str, ...]] = {
    "school_types": ("name", "grade_label"),
    "pillars": ("name", "long_name", "description"),
    "scale": ("label", "description"),
    **{section: ("name", "description") for section in (
        "prevention_layers", "offer_settings", "working_group_roles", "partner_kinds", "approach_roles",
        "funding_sources", "obligation_statuses")},
    "indicators": ("name", "unit", "typical_source", "typical_sources", "description"),
    "obligations": ("name", "description", "legal_basis"),
    "criteria": ("statement", "levels"),
}


@dataclass(frozen=True, slots=True)
class SchoolType:
    id: str
    name: str
    grade_label: str
    grade_min: int
    grade_max: int
    criteria_from: str


@dataclass(frozen=True, slots=True)
class Pillar:
    id: str
    name: str
    long_name: str
    description: str
    source: str


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    value: int
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class ListItem:
    id: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class IndicatorTemplate:
    id: str
    name: str
    unit: str
    percentage: bool
    typical_source: str
    school_types: tuple[str, ...]
    description: str
    #: The usual source per school type where it differs from ``typical_source``.
    typical_sources: tuple[tuple[str, str], ...] = ()

    def source_for(self, school_type: str) -> str:
        """Where a school of ``school_type`` usually finds this figure."""
        return dict(self.typical_sources).get(school_type, self.typical_source)


@dataclass(frozen=True, slots=True)
class Obligation:
    id: str
    name: str
    description: str
    legal_basis: str
    school_types: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Criterion:
    """A zelfscan criterion.  ``school_types`` are the types its source names; a school type whose
    ``criteria_from`` is another type takes over that type's other criteria (see :meth:`Framework.is_inherited`)."""

    id: str
    pillar: str
    school_types: tuple[str, ...]
    statement: str
    levels: tuple[str, str, str, str]
    source: str
    status: str
    certificate: bool
    themes: tuple[str, ...]
    #: The items of the research reference it rests on (e.g. ``("PO-B3",)``); empty when none was found.
    refs: tuple[str, ...] = ()
    #: Why the status is what it is, when that is not obvious (e.g. where an unconfirmed criterion comes from).
    note: str | None = None


_LISTS = ("prevention_layers", "working_group_roles", "partner_kinds", "approach_roles", "funding_sources",
          "offer_settings",
          "obligation_statuses")


@dataclass(frozen=True, slots=True)
class Framework:
    version: str
    verified_on: dt.date
    pillars: tuple[Pillar, ...]
    scale: tuple[ScaleLevel, ...]
    school_types: tuple[SchoolType, ...]
    prevention_layers: tuple[ListItem, ...]
    working_group_roles: tuple[ListItem, ...]
    partner_kinds: tuple[ListItem, ...]
    approach_roles: tuple[ListItem, ...]
    offer_settings: tuple[ListItem, ...]  # where an offer sits in the Preventiematrix
    funding_sources: tuple[ListItem, ...]
    indicators: tuple[IndicatorTemplate, ...]
    obligations: tuple[Obligation, ...]
    obligation_statuses: tuple[ListItem, ...]
    criteria: tuple[Criterion, ...]

    def pillar(self, pillar_id: str) -> Pillar:
        for pillar in self.pillars:
            if pillar.id == pillar_id:
                return pillar
        raise KeyError(pillar_id)

    def school_type(self, school_type: str) -> SchoolType:
        for kind in self.school_types:
            if kind.id == school_type:
                return kind
        raise KeyError(school_type)

    def criteria_for(self, school_type: str) -> tuple[Criterion, ...]:
        """The criteria that apply to ``school_type``, in file order: those its sources name for it, and for a
        type that takes criteria from another (SBO and SO from PO) the other criteria of that type too."""
        base = self._base_type(school_type)
        return tuple(c for c in self.criteria if school_type in c.school_types or base in c.school_types)

    def is_inherited(self, criterion: Criterion, school_type: str) -> bool:
        """True when ``school_type`` uses ``criterion`` only because it takes over the criteria of another
        school type: the sources do not confirm it for ``school_type`` itself."""
        return school_type not in criterion.school_types and self._base_type(school_type) in criterion.school_types

    def inherited_note(self, criterion: Criterion, school_type: str) -> str | None:
        """A short Dutch note for the screen when ``criterion`` is inherited, else ``None``."""
        if not self.is_inherited(criterion, school_type):
            return None
        base = self.school_type(self._base_type(school_type))
        return _("Overgenomen van {base}: de bronnen bevestigen dit criterium niet voor {kind}.").format(
            base=base.name.lower(), kind=self.school_type(school_type).name.lower())

    def _base_type(self, school_type: str) -> str:
        for kind in self.school_types:
            if kind.id == school_type:
                return kind.criteria_from
        return school_type

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def name_of(self, list_name: str, item_id: str | None) -> str:
        """The Dutch name of an item in a pick list (``""`` for ``None``, the id itself when unknown)."""
        if item_id is None:
            return ""
        items: tuple[Any, ...] = getattr(self, list_name)
        for item in items:
            if item.id == item_id:
                return str(item.name)
        return item_id

    def indicators_for(self, school_type: str) -> tuple[IndicatorTemplate, ...]:
        return tuple(i for i in self.indicators if school_type in i.school_types)

    def obligations_for(self, school_type: str) -> tuple[Obligation, ...]:
        return tuple(o for o in self.obligations if school_type in o.school_types)


def _items(raw: list[dict[str, Any]]) -> tuple[ListItem, ...]:
    return tuple(ListItem(r["id"], r["name"], r["description"]) for r in raw)


def _check_unique(path: Path, section: str, rows: list[dict[str, Any]], key: str = "id") -> None:
    seen: set[Any] = set()
    for row in rows:
        if row[key] in seen:
            raise ContentError(_("Inhoudsbestand {file}, item '{entry}', veld '{field}': dubbel id").format(
                file=path.name, entry=row[key], field=key), file=path.name, entry=str(row[key]), field=key)
        seen.add(row[key])


def overlay_path(path: Path, lang: str) -> Path:
    """``framework.yaml`` → ``framework.en.yaml``."""
    return path.with_name(f"{path.stem}.{lang}{path.suffix}")


def _row_key(section: str, row: dict[str, Any]) -> str:
    return str(row["value"] if section == "scale" else row["id"])


def _translate(raw: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with the texts of ``overlay`` (section → id → field → text) laid over it; the rest stays Dutch."""
    if not overlay:
        return raw  # Dutch: the source itself
    result = dict(raw)
    for section, fields in TRANSLATED_FIELDS.items():
        if section not in raw:
            continue
        texts: dict[str, Any] = overlay.get(section) or {}
        rows = []
        for row in raw[section]:
            new = dict(row)
            for name, value in (texts.get(_row_key(section, row)) or {}).items():
                if name in fields and name in row and value:
                    # a text per school type (typical_sources): translated per key, the rest stays Dutch
                    new[name] = {**row[name], **value} if isinstance(row[name], dict) else value
            rows.append(new)
        result[section] = rows
    return result


def _overlay(path: Path, lang: str) -> dict[str, Any]:
    """The translated texts for ``path`` in ``lang`` (empty for Dutch or when there is no overlay)."""
    if lang == "nl":
        return {}
    target = overlay_path(path, lang)
    if not target.exists():
        return {}
    data: dict[str, Any] = load_validated(target, OVERLAY_SCHEMA)
    return data


def untranslated(lang: str, base_dir: Path | None = None) -> list[str]:
    """``file: section/id/field`` for every text that ``lang`` does not translate yet (it is shown in Dutch)."""
    base = base_dir or paths.resource_path("framework")
    missing: list[str] = []
    for name, schema in ((FRAMEWORK_FILE, "framework.schema.json"), (CRITERIA_FILE, "criteria.schema.json")):
        path = base / name
        raw = load_validated(path, schema)
        overlay = _overlay(path, lang)
        for section, fields in TRANSLATED_FIELDS.items():
            for row in raw.get(section, ()):
                texts = (overlay.get(section) or {}).get(_row_key(section, row)) or {}
                missing += [f"{overlay_path(path, lang).name}: {section}/{_row_key(section, row)}/{field}"
                            for field in fields if _has_words(row.get(field)) and not texts.get(field)]
                missing += [f"{overlay_path(path, lang).name}: {section}/{_row_key(section, row)}/{field}/{key}"
                            for field in fields if isinstance(row.get(field), dict) and texts.get(field)
                            for key, value in row[field].items()
                            if _has_words(value) and not texts[field].get(key)]
    return missing


def _has_words(value: Any) -> bool:
    """A text worth translating (``"%"`` is not)."""
    texts = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else [value]
    return any(isinstance(text, str) and any(c.isalpha() for c in text) for text in texts)


def load_framework(base_dir: Path | None = None, lang: str = "nl") -> Framework:
    """Read and validate the framework files in ``base_dir`` (default: the shipped ones).

    For another language than Dutch the texts of ``framework.<lang>.yaml`` and
    ``criteria.<lang>.yaml`` are laid over the Dutch ones by id; what they miss stays Dutch.
    """
    base = base_dir or paths.resource_path("framework")
    fw_path, crit_path = base / FRAMEWORK_FILE, base / CRITERIA_FILE
    raw = _translate(load_validated(fw_path, "framework.schema.json"), _overlay(fw_path, lang))
    raw_criteria = _translate(load_validated(crit_path, "criteria.schema.json"), _overlay(crit_path, lang))
    for section in ("school_types", "pillars", "indicators", "obligations", *_LISTS):
        _check_unique(fw_path, section, raw[section])
    _check_unique(fw_path, "scale", raw["scale"], key="value")
    _check_unique(crit_path, "criteria", raw_criteria["criteria"])
    type_ids = [t["id"] for t in raw["school_types"]]
    pillar_ids = [p["id"] for p in raw["pillars"]]
    criteria = tuple(Criterion(c["id"], c["pillar"], tuple(c["school_types"]), c["statement"],
                               (c["levels"][0], c["levels"][1], c["levels"][2], c["levels"][3]), c["source"],
                               c["status"], bool(c.get("certificate", False)), tuple(c.get("themes", ())),
                               tuple(c.get("refs", ())), c.get("note"))
                     for c in raw_criteria["criteria"])
    for criterion in criteria:
        if len(set(criterion.levels)) != 4:
            raise ContentError(_("Inhoudsbestand {file}, item '{entry}', veld 'levels': de vier niveaus moeten "
                                 "van elkaar verschillen").format(file=crit_path.name, entry=criterion.id),
                               file=crit_path.name, entry=criterion.id, field="levels")
    bases = {t["id"]: t["criteria_from"] for t in raw["school_types"]}
    for school_type in type_ids:
        for pillar in pillar_ids:
            if not any(c.pillar == pillar and {school_type, bases[school_type]} & set(c.school_types)
                       for c in criteria):
                raise ContentError(_("Inhoudsbestand {file}: geen criterium voor schooltype {st} en pijler "
                                     "{pillar}").format(file=crit_path.name, st=school_type, pillar=pillar),
                                   file=crit_path.name, field="school_types")
    return Framework(
        version=str(raw["version"]),
        verified_on=dt.date.fromisoformat(raw["verified_on"]),
        pillars=tuple(Pillar(p["id"], p["name"], p["long_name"], p["description"], p["source"])
                      for p in raw["pillars"]),
        scale=tuple(ScaleLevel(s["value"], s["label"], s["description"]) for s in raw["scale"]),
        school_types=tuple(SchoolType(t["id"], t["name"], t["grade_label"], t["grade_min"], t["grade_max"],
                                      t["criteria_from"]) for t in raw["school_types"]),
        prevention_layers=_items(raw["prevention_layers"]),
        working_group_roles=_items(raw["working_group_roles"]),
        partner_kinds=_items(raw["partner_kinds"]),
        approach_roles=_items(raw["approach_roles"]),
        offer_settings=_items(raw["offer_settings"]),
        funding_sources=_items(raw["funding_sources"]),
        indicators=tuple(IndicatorTemplate(i["id"], i["name"], i["unit"], i["percentage"], i["typical_source"],
                                           tuple(i["school_types"]), i["description"],
                                           tuple(i.get("typical_sources", {}).items())) for i in raw["indicators"]),
        obligations=tuple(Obligation(o["id"], o["name"], o["description"], o["legal_basis"],
                                     tuple(o["school_types"]), o["source"]) for o in raw["obligations"]),
        obligation_statuses=_items(raw["obligation_statuses"]),
        criteria=criteria,
    )


def framework() -> Framework:
    """The shipped framework in the active language, loaded and validated once per language."""
    return _shipped(language())


@cache
def _shipped(lang: str) -> Framework:
    return load_framework(lang=lang)
