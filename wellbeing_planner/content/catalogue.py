"""The bundled catalogue of interventions and signalling instruments (``resources/catalogue``).

Validated against ``resources/schemas/catalogue.schema.json``; unknown facts stay
``None`` ("onbekend"), never guessed.  Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from wellbeing_planner import paths
from wellbeing_planner.content._loading import load_validated
from wellbeing_planner.errors import ContentError
from wellbeing_planner.i18n import Labels, _

log = logging.getLogger(__name__)

CATALOGUE_FILE = "interventions.yaml"
RECOGNITION_YEARS_VALID = 5

#: Recognition levels from strongest to weakest evidence.
RECOGNITION_ORDER: tuple[str, ...] = (
    "sterke_aanwijzingen", "goede_aanwijzingen", "eerste_aanwijzingen", "goed_onderbouwd", "goed_beschreven",
    "unknown", "niet_beoordeeld", "niet_erkend",
)

RECOGNITION_LABELS = Labels({
    "sterke_aanwijzingen": _("Effectief volgens sterke aanwijzingen"),
    "goede_aanwijzingen": _("Effectief volgens goede aanwijzingen"),
    "eerste_aanwijzingen": _("Effectief volgens eerste aanwijzingen"),
    "goed_onderbouwd": _("Goed onderbouwd"),
    "goed_beschreven": _("Goed beschreven"),
    "unknown": _("Onbekend"),
    "niet_beoordeeld": _("Niet beoordeeld"),
    "niet_erkend": _("Niet erkend"),
})

KIND_LABELS = Labels({
    "interventie": _("Interventie"),
    "signaleringsinstrument": _("Signaleringsinstrument"),
    "voorziening": _("Voorziening om naar te verwijzen"),
    "scholing": _("Scholing of handreiking voor het team"),
})

SCOPE_LABELS = Labels({
    "schoolbreed": _("Schoolbreed"),
    "klas": _("Klas"),
    "groep": _("Groep"),
    "individueel": _("Individueel"),
    "keten": _("Keten en beleid"),
})


def recognition_rank(level: str) -> int:
    """Higher means stronger evidence (``sterke_aanwijzingen`` is highest, ``niet_erkend`` 0)."""
    try:
        return len(RECOGNITION_ORDER) - 1 - RECOGNITION_ORDER.index(level)
    except ValueError:
        return 0


def _parse_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class Recognition:
    level: str
    label: str
    database: str | None
    date: dt.date | None
    date_text: str | None
    note: str | None

    def database_label(self) -> str:
        return {"nji": _("NJi Databank Effectieve Jeugdinterventies"),
                "lgl": _("Interventiedatabank Loket Gezond Leven")}.get(self.database or "", "")

    def is_possibly_expired(self, today: dt.date) -> bool:
        """Recognitions are valid for five years; older ones may have lapsed."""
        if self.date is None or self.level in ("unknown", "niet_beoordeeld"):
            return False
        try:
            limit = self.date.replace(year=self.date.year + RECOGNITION_YEARS_VALID)
        except ValueError:  # 29 February
            limit = self.date.replace(year=self.date.year + RECOGNITION_YEARS_VALID, day=28)
        return limit < today

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "label": self.label, "database": self.database,
                "date": self.date_text, "note": self.note}


@dataclass(frozen=True, slots=True)
class Intervention:
    id: str
    name: str
    provider: str | None
    website: str | None
    description: str
    kind: str
    school_types: tuple[str, ...]
    kinderopvang: bool
    grades_text: str | None
    grade_ranges: tuple[tuple[str, int, int], ...]
    age_min: int | None
    age_max: int | None
    pillars: tuple[str, ...]
    pillars_official: bool
    themes: tuple[str, ...]
    prevention_layers: tuple[str, ...]
    prevention_layers_official: bool
    scope: tuple[str, ...]
    recognition: Recognition
    other_recognitions: tuple[Recognition, ...] = ()
    gezonde_school: str = "unknown"
    duration: str | None = None
    training: str | None = None
    cost: str | None = None
    reach: str | None = None
    implementation_effort: str = "unknown"
    evidence_notes: str | None = None
    #: What limits the intervention (from its evidence), in plain Dutch; shown as cautions with the advice.
    cautions: tuple[str, ...] = ()
    #: Themes on which those cautions say the evidence is limited (e.g. Kanjertraining and bullying).
    limited_themes: tuple[str, ...] = ()
    #: A regional initiative from the sources that a school can take over as its own intervention.
    local_example: bool = False
    notes: str | None = None
    sources: tuple[Source, ...] = field(default=())
    verified_on: dt.date | None = None
    verification: str = "gedeeltelijk"
    local: bool = False

    def grade_range(self, school_type: str) -> tuple[int, int] | None:
        for kind, lo, hi in self.grade_ranges:
            if kind == school_type:
                return lo, hi
        return None

    def fits_grades(self, school_type: str, lo: int | None, hi: int | None) -> bool:
        """True when it is meant for ``school_type`` and its grades overlap ``lo``–``hi`` (or are unknown)."""
        if school_type not in self.school_types:
            return False
        own = self.grade_range(school_type)
        if own is None or lo is None or hi is None:
            return True
        return own[0] <= hi and lo <= own[1]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "provider": self.provider, "website": self.website,
            "kind": self.kind, "school_types": list(self.school_types),
            "grade_ranges": {kind: [lo, hi] for kind, lo, hi in self.grade_ranges},
            "pillars": list(self.pillars), "pillars_official": self.pillars_official, "themes": list(self.themes),
            "prevention_layers": list(self.prevention_layers), "scope": list(self.scope),
            "recognition": self.recognition.to_json(), "gezonde_school_activiteit": self.gezonde_school,
            "sources": [{"url": s.url, "title": s.title} for s in self.sources],
            "verified_on": self.verified_on.isoformat() if self.verified_on else None, "local": self.local,
        }


@dataclass(frozen=True, slots=True)
class Catalogue:
    version: str
    verified_on: dt.date
    themes: tuple[tuple[str, str], ...]
    interventions: tuple[Intervention, ...]

    def get(self, intervention_id: str) -> Intervention | None:
        for entry in self.interventions:
            if entry.id == intervention_id:
                return entry
        return None

    def theme_label(self, tag: str) -> str:
        return _(dict(self.themes).get(tag, tag))  # the labels are in the core catalogue (tools/translations.py)


def recognition_from(raw: dict[str, Any]) -> Recognition:
    return Recognition(level=raw["level"], label=raw["label"], database=raw.get("database"),
                       date=_parse_date(raw.get("date")), date_text=raw.get("date"), note=raw.get("note"))


def _error(path: Path, entry: str, field_name: str, message: str) -> ContentError:
    return ContentError(_("Inhoudsbestand {file}, item '{entry}', veld '{field}': {message}").format(
        file=path.name, entry=entry, field=field_name, message=message), file=path.name, entry=entry,
        field=field_name)


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and validate a catalogue file (default: the shipped one)."""
    file = path or paths.resource_path("catalogue", CATALOGUE_FILE)
    raw = load_validated(file, "catalogue.schema.json")
    themes = tuple((t["id"], t["label"]) for t in raw["themes"])
    theme_ids = {t for t, _label in themes}
    seen: set[str] = set()
    entries: list[Intervention] = []
    for row in raw["interventions"]:
        ident = row["id"]
        if ident in seen:
            raise _error(file, ident, "id", _("dubbel id"))
        seen.add(ident)
        for tag in row["themes"]:
            if tag not in theme_ids:
                raise _error(file, ident, "themes", _("onbekend thema '{tag}'").format(tag=tag))
        for kind, (lo, hi) in row["grade_ranges"].items():
            if kind not in row["school_types"]:
                raise _error(file, ident, "grade_ranges", _("schooltype {kind} staat niet bij school_types").format(
                    kind=kind))
            if lo > hi:
                raise _error(file, ident, "grade_ranges", _("van {lo} tot {hi} loopt achteruit").format(lo=lo, hi=hi))
        try:
            recognition = recognition_from(row["recognition"])
            others = tuple(recognition_from(r) for r in row.get("other_recognitions", []))
            verified = dt.date.fromisoformat(row["verified_on"])
        except ValueError as exc:
            raise _error(file, ident, "recognition.date", _("ongeldige datum ({reason})").format(reason=exc)) from exc
        entries.append(Intervention(
            id=ident, name=row["name"], provider=row["provider"], website=row["website"],
            description=row["description"], kind=row["kind"], school_types=tuple(row["school_types"]),
            kinderopvang=row["kinderopvang"], grades_text=row["grades_text"],
            grade_ranges=tuple((k, v[0], v[1]) for k, v in row["grade_ranges"].items()),
            age_min=row["age_min"], age_max=row["age_max"], pillars=tuple(row["pillars"]),
            pillars_official=row["pillars_source"] == "officieel", themes=tuple(row["themes"]),
            prevention_layers=tuple(row["prevention_layers"]),
            prevention_layers_official=row["prevention_layers_source"] == "officieel", scope=tuple(row["scope"]),
            recognition=recognition, other_recognitions=others, gezonde_school=row["gezonde_school_activiteit"],
            duration=row["duration"], training=row["training"], cost=row["cost"], reach=row["reach"],
            implementation_effort=row["implementation_effort"], evidence_notes=row["evidence_notes"],
            cautions=tuple(row.get("cautions", ())),
            limited_themes=tuple(row.get("limited_themes", ())), local_example=bool(row.get("local_example", False)),
            notes=row["notes"], sources=tuple(Source(s["url"], s["title"]) for s in row["sources"]),
            verified_on=verified, verification=row["verification"]))
    try:
        verified_on = dt.date.fromisoformat(raw["verified_on"])
    except ValueError as exc:
        raise ContentError(_("Inhoudsbestand {file}, veld 'verified_on': ongeldige datum").format(file=file.name),
                           file=file.name, field="verified_on") from exc
    return Catalogue(version=str(raw["catalogue_version"]), verified_on=verified_on, themes=themes,
                     interventions=tuple(entries))


#: Where a data folder keeps an installed catalogue update (``catalogue-update``, *Bestand → Catalogus
#: bijwerken*): the shipped format written as JSON.
UPDATE_PARTS = ("catalogue", "interventions.json")
_update_file: Path | None = None


def update_file(data_dir: Path) -> Path:
    """Where ``data_dir`` keeps its catalogue update (it may not exist)."""
    return data_dir.joinpath(*UPDATE_PARTS)


def use_data_dir(data_dir: Path | None) -> None:
    """Use the catalogue update installed in ``data_dir``, if any (else the shipped catalogue) from now on."""
    found = update_file(data_dir) if data_dir is not None else None
    use_update(found if found is not None and found.is_file() else None)


def use_update(path: Path | None) -> None:
    """Use the catalogue file at ``path`` (``None``: the shipped one) from the next :func:`catalogue` on."""
    global _update_file
    if path != _update_file:
        _update_file = path
        catalogue.cache_clear()


@cache
def catalogue() -> Catalogue:
    """The catalogue in use, loaded and validated once: an installed update, or else the shipped one.

    An update was checked completely when it was installed; should the file be damaged since, the shipped
    catalogue is used (and the log says why) rather than failing every page and report.
    """
    if _update_file is not None:
        try:
            return load_catalogue(_update_file)
        except (ContentError, OSError) as exc:
            log.warning("catalogue update not used (%s): %s", _update_file, exc)
    return load_catalogue()
