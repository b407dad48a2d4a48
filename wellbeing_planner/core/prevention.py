"""The prevention pyramid, whole: layers of effort, the Preventiematrix, and the same offer by pillar.

* **Layers** — universeel, selectief, geïndiceerd and zorg (the framework's prevention layers).
  An activity sits on its own layers, else on its goal's; an inventory item on its own, else on
  the catalogue intervention's.  Effort (hours and money) of an activity on several layers is
  shared equally between them, to the cent, so every total still adds up to the plan's.
* **Preventiematrix** — as the national guidance draws it: the offer placed by setting (onderwijs,
  kinderopvang, gemeentelijke voorzieningen en jeugdhulp, ouders en informele zorg) × layer.  Empty
  cells show where nothing is offered; an offer that appears twice on the same layer is marked.
* **Pyramid of effort** — hours and money per layer per school year of a roadmap, and whether the
  base grows, as the ambition "strengthen the base so that less is needed higher up" asks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core.planning import _spread
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import ActivityView, InventoryView, PlanView
from wellbeing_planner.i18n import _

ZERO = Decimal("0.00")
INACTIVE = ("vervallen",)


def layer_ids() -> list[str]:
    return [layer.id for layer in framework().prevention_layers]


def activity_layers(view: PlanView, activity: ActivityView) -> tuple[str, ...]:
    if activity.layers:
        return activity.layers
    goal = view.goal(activity.goal_id)
    return goal.all_layers if goal is not None else ()


def inventory_layers(item: InventoryView) -> tuple[str, ...]:
    if item.layers:
        return item.layers
    entry = catalogue().get(item.intervention_id) if item.intervention_id else None
    return tuple(entry.prevention_layers) if entry is not None else ()


def default_setting(view: PlanView) -> str:
    return "kinderopvang" if view.school.kind == "kinderopvang" else "onderwijs"


@dataclass(frozen=True, slots=True)
class LayerEffort:
    activities: int = 0
    hours: Decimal = ZERO
    budget: Decimal = ZERO

    def to_json(self) -> dict[str, object]:
        return {"activities": self.activities, "hours": str(self.hours), "budget": str(self.budget)}


def layer_effort(view: PlanView) -> dict[str, LayerEffort]:
    """Per layer: the activities on it, and their hours and money shared equally over their layers."""
    totals = {layer: LayerEffort() for layer in layer_ids()}
    for activity in view.activities:
        if activity.status in INACTIVE:
            continue
        layers = [layer for layer in activity_layers(view, activity) if layer in totals]
        if not layers:
            continue
        hours = _spread(activity.hours or ZERO, len(layers))
        money = _spread(activity.budget or ZERO, len(layers))
        for layer, h, b in zip(layers, hours, money, strict=True):
            now = totals[layer]
            totals[layer] = LayerEffort(now.activities + 1, now.hours + h, now.budget + b)
    return totals


@dataclass(frozen=True, slots=True)
class Offer:
    """One thing on offer: an inventory item (what already runs) or a planned activity."""

    name: str
    source: str  # "inventaris" or "activiteit"
    key: str  # intervention id or normalised name: the same offer twice has the same key


@dataclass
class MatrixCell:
    offers: list[Offer] = field(default_factory=list)
    doubled: bool = False  # an offer that appears twice on this layer

    @property
    def empty(self) -> bool:
        return not self.offers


@dataclass(frozen=True)
class Matrix:
    rows: tuple[tuple[str, str], ...]  # (id, name) of the settings or pillars
    layers: tuple[tuple[str, str], ...]  # (id, name)
    cells: dict[tuple[str, str], MatrixCell]
    unplaced: tuple[str, ...]  # offers without a prevention layer

    def cell(self, row: str, layer: str) -> MatrixCell:
        return self.cells[(row, layer)]

    @property
    def empty_cells(self) -> list[tuple[str, str]]:
        return [key for key, cell in self.cells.items() if cell.empty]


def _key(name: str, intervention_id: str | None) -> str:
    if intervention_id:
        return intervention_id
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _offers(view: PlanView) -> list[tuple[Offer, tuple[str, ...], str, tuple[str, ...]]]:
    """Every offer with its layers, its setting and its pillars."""
    setting = default_setting(view)
    found = []
    for item in view.inventory:
        entry = catalogue().get(item.intervention_id) if item.intervention_id else None
        pillars = tuple(entry.pillars) if entry is not None else ()
        found.append((Offer(item.name, "inventaris", _key(item.name, item.intervention_id)), inventory_layers(item),
                      item.setting or setting, pillars))
    for activity in (*view.activities, *view.other_year_activities):
        if activity.status in INACTIVE:
            continue
        goal = view.goal(activity.goal_id)
        pillars = goal.pillars if goal is not None else ()
        found.append((Offer(activity.title, "activiteit", _key(activity.title, activity.intervention_id)),
                      activity_layers(view, activity), activity.setting or setting, pillars))
    return found


def _matrix(view: PlanView, rows: tuple[tuple[str, str], ...], by_pillar: bool) -> Matrix:
    layers = tuple((layer.id, layer.name) for layer in framework().prevention_layers)
    cells = {(row, layer): MatrixCell() for row, _n in rows for layer, _l in layers}
    unplaced: list[str] = []
    for offer, offer_layers, setting, pillars in _offers(view):
        places = [layer for layer in offer_layers if any(layer == known for known, _n in layers)]
        if not places:
            unplaced.append(offer.name)
            continue
        targets = pillars if by_pillar else (setting,)
        for row in targets:
            for layer in places:
                cell = cells.get((row, layer))
                if cell is None:
                    continue
                if offer.source == "inventaris" and any(o.key == offer.key and o.source == "inventaris"
                                                        for o in cell.offers):
                    cell.offers.append(offer)
                    cell.doubled = True  # listed twice in one place's inventory
                elif all(o.key != offer.key or o.source != offer.source for o in cell.offers):
                    cell.offers.append(offer)
    for layer, _n in layers:
        # Double offer: the same offer in two places on one layer (the school and the wijkteam both run it), or
        # the same thing listed twice in the inventory of one place.  An inventory item and the activity that
        # continues it are one offer, not two.
        where: dict[str, set[str]] = {}
        for row, _r in rows:
            for offer in cells[(row, layer)].offers:
                where.setdefault(offer.key, set()).add(row)
        for row, _r in rows:
            cell = cells[(row, layer)]
            cell.doubled = cell.doubled or any(len(where[o.key]) > 1 for o in cell.offers)
    return Matrix(rows, layers, cells, tuple(dict.fromkeys(unplaced)))


def preventiematrix(view: PlanView) -> Matrix:
    """The offer by setting × prevention layer (the national guidance's Preventiematrix)."""
    rows = tuple((s.id, s.name) for s in framework().offer_settings)
    return _matrix(view, rows, by_pillar=False)


def pillar_matrix(view: PlanView) -> Matrix:
    """The same offer by Gezonde School pillar × prevention layer."""
    rows = tuple((p.id, p.name) for p in framework().pillars)
    return _matrix(view, rows, by_pillar=True)


@dataclass(frozen=True, slots=True)
class PyramidYear:
    school_year: SchoolYear
    effort: dict[str, LayerEffort]

    def share(self, layer: str, *, money: bool = False) -> float | None:
        total = sum((e.budget if money else e.hours) for e in self.effort.values())
        if not total:
            return None
        part = self.effort[layer].budget if money else self.effort[layer].hours
        return float(part / total)


@dataclass(frozen=True, slots=True)
class Pyramid:
    years: tuple[PyramidYear, ...]

    @property
    def base_grows(self) -> bool | None:
        """Whether the base (universeel) takes a larger share of the hours in the last year than in the first."""
        shares = [y.share("universeel") for y in self.years if y.share("universeel") is not None]
        if len(shares) < 2:
            return None
        return bool(shares[-1] > shares[0])  # type: ignore[operator]

    def sentence(self) -> str:
        grows = self.base_grows
        if grows is None:
            return _("Nog te weinig schooljaren met uren om te zien of de basis groeit.")
        if grows:
            return _("De basis groeit: een groter deel van de uren gaat naar universele preventie.")
        return _("De basis groeit (nog) niet: een kleiner of gelijk deel van de uren gaat naar universele preventie.")


def pyramid(views: list[PlanView]) -> Pyramid:
    """Effort per layer per school year, for the plans of one roadmap (oldest first)."""
    return Pyramid(tuple(PyramidYear(v.school_year, layer_effort(v))
                         for v in sorted(views, key=lambda v: v.school_year.start_year)))
