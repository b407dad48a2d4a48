"""Explainable, deterministic intervention advice for a plan or for one of its goals.

How the advice is formed (for users and advisers: ``docs/suggestions.md``):

1. **Hard rules.** Only interventions meant for the school's type whose groups or years
   overlap the school's; never what the school already uses (that is named as a strength
   instead) and never what the plan already has as an activity.
2. **Points.** Every weight is in :class:`Weights` (the block right below); each point
   that is given or taken comes with a reason (✓) or a caution (!) in plain Dutch, built
   from the catalogue, the framework and the plan:

   * *need* — the largest gap (1 − share of the maximum) among the intervention's pillars;
   * *criteria* — criteria scored 0 or 1 (or marked high priority) whose themes match;
   * *goal* — the goal's pillars, themes (set, or read from its title) and prevention layer;
   * *evidence* — the recognition level in the Dutch databases, Gezonde School status;
   * *fit* — scope, a signalling instrument while Signaleren is weak, what builds on or
     overlaps with what the school already does, effort, referral provisions.
3. **Order.** Highest score first; ties by name, then id: the same input always gives
   the same order, whatever the order of the catalogue.

:func:`rank_interventions` is a pure function over plain values; :func:`suggest_for_plan`
loads those values from the database.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from wellbeing_planner.content.catalogue import RECOGNITION_LABELS, Intervention, catalogue
from wellbeing_planner.content.framework import Criterion, framework
from wellbeing_planner.core import scan
from wellbeing_planner.core.formatting import format_percent
from wellbeing_planner.core.views import GoalView, PlanView, ScoreView, load_plan_view
from wellbeing_planner.errors import NotFoundError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database

# --- every weight and word list of the advice ------------------------------------------------------


@dataclass(frozen=True)
class Weights:
    """Every weight of the advice in one place (points; a negative weight is a caution that costs)."""

    # Need from the zelfscan.
    pillar_need: float = 30.0  # × the largest gap (1 − share) among the intervention's pillars
    extra_pillar: float = 2.0  # per further pillar it serves
    unscored_gap: float = 0.5  # the gap assumed for a pillar with nothing scored yet
    weak_share: float = 0.6  # a pillar below this share is named in the reasons ("versterkt Educatie (scan 33%)")
    low_criterion: float = 8.0  # per matching criterion × its need (score 0 → 1, score 1 → ⅔; × priority factor)
    low_criterion_count: int = 3  # at most this many criteria count
    priority_factor: Mapping[str | None, float] = field(default_factory=lambda: MappingProxyType(
        {"hoog": 1.5, "midden": 1.0, None: 1.0, "laag": 0.5}))
    supporting_theme: float = 0.5  # a match only on a supporting theme (parents, training) counts half
    # The goal (only when asking for one goal).
    goal_pillar: float = 15.0  # × the share of the goal's pillars the intervention serves
    goal_theme: float = 12.0  # per theme shared with the goal (at most two count)
    goal_layer: float = 10.0  # the goal's prevention layer is one of the intervention's (selectief ↔ geïndiceerd: half)
    layer_mismatch: float = -8.0  # the intervention only works on other prevention layers than the goal's
    targeted_scope: float = 6.0  # groups or individual pupils, for a selective or indicated goal
    # Evidence.
    evidence: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({
        "sterke_aanwijzingen": 25.0, "goede_aanwijzingen": 20.0, "eerste_aanwijzingen": 14.0,
        "goed_onderbouwd": 8.0, "goed_beschreven": 4.0, "unknown": 0.0, "niet_beoordeeld": 0.0,
        "niet_erkend": -15.0}))
    gezonde_school: float = 8.0  # a recognised Gezonde School-activiteit
    expired: float = -5.0  # the recognition is older than five years
    # Fit with the school.
    schoolwide: float = 6.0  # a schoolwide approach, for the whole plan or a universal goal
    partial_grades: float = -10.0  # × the share of the school's groups or years it does not reach
    instrument_for_weak_signaleren: float = 30.0  # a signalling instrument while Signaleren is weak …
    signaleren_weak_below: float = 0.5  # … i.e. below this share, and no instrument is in use yet
    builds_on_in_use: float = 10.0  # belongs with something the school already uses (named in either's text)
    overlaps_in_use: float = -15.0  # a second schoolwide programme or instrument beside one in use
    light_effort: float = 2.0  # little effort to introduce
    intensive: float = -4.0  # an intensive introduction
    provision: float = -12.0  # a provision to refer pupils to, for the whole plan or a universal goal
    off_topic: float = -25.0  # no wellbeing theme at all (e.g. only a healthy lifestyle)


WEIGHTS = Weights()

#: Framework criterion themes → the catalogue themes that serve them (a tag not listed serves itself).
#: Covers both catalogue vocabularies in use (e.g. ``depressie`` and ``depressiepreventie``).
CRITERION_THEMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "schoolklimaat": ("klassenklimaat", "sociale-veiligheid", "gedrag", "conflicthantering"),
    "sociale-veiligheid": ("sociale-veiligheid", "anti-pesten"),
    "anti-pesten": ("anti-pesten",),
    "sociaal-emotioneel": ("sociaal-emotioneel", "weerbaarheid"),
    "lesprogramma": ("sociaal-emotioneel", "weerbaarheid", "mentale-gezondheid"),
    "mentale-gezondheid": ("mentale-gezondheid", "depressie", "depressiepreventie", "angst", "stress",
                           "suicidepreventie"),
    "zorgstructuur": ("ketensamenwerking", "samenwerking", "monitoring", "verzuim", "ziekteverzuim"),
    "samenwerking": ("ketensamenwerking", "samenwerking"),
    "leerlingparticipatie": ("burgerschap", "peer-support"),
    "kansengelijkheid": ("armoede", "nieuwkomers", "trauma"),
})

#: Themes that support almost any programme; a match on only these counts for less.
SUPPORTING_THEMES: frozenset[str] = frozenset({"ouderbetrokkenheid", "professionalisering"})

#: Themes outside wellbeing: an intervention with only these (and supporting) themes is off topic.
OFF_TOPIC_THEMES: frozenset[str] = frozenset({"leefstijl", "criminaliteitspreventie"})

#: Word starts in a goal's title or description → the catalogue themes the goal is about
#: (used when the goal has no themes of its own).
GOAL_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "pest": ("anti-pesten",), "veilig": ("sociale-veiligheid",), "klimaat": ("klassenklimaat",),
    "groepsvorming": ("klassenklimaat",), "gedrag": ("gedrag",), "weerbaar": ("weerbaarheid",),
    "veerkracht": ("weerbaarheid",), "somber": ("depressie", "depressiepreventie"),
    "depress": ("depressie", "depressiepreventie"), "angst": ("angst",), "faalangst": ("angst",),
    "stress": ("stress", "mentale-gezondheid"), "mentale": ("mentale-gezondheid",),
    "psychisch": ("mentale-gezondheid",), "scheiding": ("scheiding",), "gescheiden": ("scheiding",),
    "thuissituatie": ("kopp", "psychische-problemen-ouders", "scheiding", "huiselijk-geweld"),
    "verzuim": ("verzuim", "ziekteverzuim"), "thuiszit": ("verzuim", "ziekteverzuim"),
    "trauma": ("trauma",), "nieuwkomer": ("nieuwkomers",), "burgerschap": ("burgerschap",),
    "conflict": ("conflicthantering",), "ruzie": ("conflicthantering",), "ouders": ("ouderbetrokkenheid",),
    "signaleren": ("monitoring",), "monitor": ("monitoring",), "zorgen": ("monitoring",),
    "online": ("mediawijsheid",), "social media": ("mediawijsheid",), "geluk": ("geluk",),
    "zelfbeeld": ("zelfbeeld",), "zelfvertrouwen": ("zelfbeeld",), "brugklas": ("overgang-po-vo",),
    "overstap": ("overgang-po-vo",), "huiselijk": ("huiselijk-geweld",), "mishandel": ("huiselijk-geweld",),
    "mantelzorg": ("mantelzorg",), "armoede": ("armoede",), "werkdruk": ("personeel",),
    "team": ("personeel", "professionalisering"), "sociaal-emotione": ("sociaal-emotioneel",),
    "emoties": ("sociaal-emotioneel",), "samenwerk": ("ketensamenwerking", "samenwerking"),
})

RECOGNISED_LEVELS: frozenset[str] = frozenset({
    "sterke_aanwijzingen", "goede_aanwijzingen", "eerste_aanwijzingen", "goed_onderbouwd", "goed_beschreven"})
SELECTIVE_LAYERS: frozenset[str] = frozenset({"selectief", "geindiceerd"})
_STATEMENT_LENGTH = 80
_CLAUSE_LENGTH = 100


# --- values ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SuggestionContext:
    """What the advice looks at, as plain values (so tests and benchmarks can build it by hand).

    ``in_use``: ids the school already uses (startfoto inventory); ``planned``: ids already
    linked to an activity in this plan.  ``grade_min``/``grade_max`` ``None`` means the
    whole range of the school type.
    """

    school_type: str
    grade_min: int | None
    grade_max: int | None
    scores: tuple[ScoreView, ...] = ()
    in_use: frozenset[str] = frozenset()
    today: dt.date = field(default_factory=dt.date.today)
    planned: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One ranked intervention with why it fits (``reasons``) and what argues against it (``cautions``)."""

    intervention_id: str
    name: str
    score: float
    reasons: tuple[str, ...]
    cautions: tuple[str, ...]
    pillars: tuple[str, ...]
    recognition_label: str
    kind: str = "interventie"
    local: bool = False

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for ``suggest --json`` (keys are a promise to scripts: extend, never rename)."""
        return {"intervention_id": self.intervention_id, "name": self.name, "score": self.score,
                "reasons": list(self.reasons), "cautions": list(self.cautions), "pillars": list(self.pillars),
                "recognition": self.recognition_label, "kind": self.kind, "local": self.local}


@dataclass(frozen=True, slots=True)
class _Need:
    """A criterion that needs attention, with how much (0..1.5) and the catalogue themes serving it."""

    criterion: Criterion
    need: float
    priority: str | None
    themes: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Setting:
    """Everything that is the same for every entry of one ranking, worked out once."""

    context: SuggestionContext
    goal: GoalView | None
    goal_themes: tuple[str, ...]
    shares: Mapping[str, scan.PillarScore]
    pillar_names: Mapping[str, str]
    layer_names: Mapping[str, str]
    needs: tuple[_Need, ...]
    in_use: tuple[Intervention, ...]
    in_use_words: tuple[tuple[str, str], ...]  # per entry in use: (short name, own text), case-folded
    instrument_in_use: bool
    grade_label: str
    school_grades: tuple[int, int]
    weights: Weights


# --- small text helpers ------------------------------------------------------------------------------


def _span(lo: int, hi: int) -> str:
    return f"{lo}–{hi}" if lo != hi else str(lo)


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    text = text.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _first_clause(text: str | None) -> str | None:
    """The first clause of a free-text field, starting lower case: "Tweejarig traject; …" → "tweejarig traject"."""
    if not text:
        return None
    clause = re.split(r";|\(|\. | - ", text, maxsplit=1)[0].strip().rstrip(".,:")
    if not clause:
        return None
    if len(clause) > 1 and clause[0].isupper() and clause[1].islower():
        clause = clause[0].lower() + clause[1:]
    return _shorten(clause, _CLAUSE_LENGTH)


def _short_name(entry: Intervention) -> str:
    """The name without its explanation: "KanVAS (Kanjer Volg- en Adviessysteem)" → "KanVAS"."""
    return re.split(r" \(| / | - ", entry.name, maxsplit=1)[0].strip()


def _own_text(entry: Intervention) -> str:
    """The free texts of an entry, case-folded, to look for names of other interventions in."""
    return " ".join(t for t in (entry.description, entry.training, entry.duration, entry.notes) if t).casefold()


def _names(name: str, text: str) -> bool:
    """``text`` names ``name`` (case-folded) as a word; names shorter than four letters never count."""
    return len(name) >= 4 and name in text and re.search(
        r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def _goal_themes(goal: GoalView) -> tuple[str, ...]:
    """The goal's own themes, or the themes its title and description speak of."""
    if goal.themes:
        return tuple(dict.fromkeys(t for tag in goal.themes for t in CRITERION_THEMES.get(tag, (tag,))))
    text = f" {goal.title} {goal.description or ''} ".casefold()
    found: list[str] = []
    for word, tags in GOAL_WORDS.items():
        if re.search(r"(?<!\w)" + re.escape(word), text):
            found.extend(tags)
    return tuple(dict.fromkeys(found))


# --- the pure ranking ----------------------------------------------------------------------------------


def allowed(entry: Intervention, context: SuggestionContext) -> bool:
    """The hard rules: right school type, overlapping grades, not in use, not yet planned."""
    return (context.school_type in entry.school_types
            and entry.fits_grades(context.school_type, context.grade_min, context.grade_max)
            and entry.id not in context.in_use and entry.id not in context.planned)


def _needs(context: SuggestionContext, weights: Weights) -> tuple[_Need, ...]:
    fw = framework()
    known = {c.id: c for c in fw.criteria_for(context.school_type)}
    needs = []
    latest = {score.criterion_id: score for score in context.scores}  # one score per criterion, as in the scan
    for score in latest.values():
        criterion = known.get(score.criterion_id)
        if criterion is None or score.not_applicable or score.score is None:
            continue
        if score.score > 1 and not (score.priority == "hoog" and score.score < scan.MAX_SCORE):
            continue
        need = (scan.MAX_SCORE - score.score) / scan.MAX_SCORE * weights.priority_factor.get(score.priority, 1.0)
        themes = frozenset(t for tag in criterion.themes for t in CRITERION_THEMES.get(tag, (tag,)))
        needs.append(_Need(criterion, need, score.priority, themes))
    order = {c.id: i for i, c in enumerate(known.values())}
    return tuple(sorted(needs, key=lambda n: (-n.need, order[n.criterion.id])))


def _setting(entries: Sequence[Intervention], context: SuggestionContext, goal: GoalView | None,
             weights: Weights) -> _Setting:
    fw = framework()
    kind = fw.school_type(context.school_type)
    in_use = tuple(e for e in entries if e.id in context.in_use)
    return _Setting(
        context=context, goal=goal, goal_themes=_goal_themes(goal) if goal is not None else (),
        shares=scan.pillar_scores(context.scores, context.school_type),
        pillar_names={p.id: p.name for p in fw.pillars},
        layer_names={p.id: p.name.lower() for p in fw.prevention_layers},
        needs=_needs(context, weights), in_use=in_use,
        in_use_words=tuple((_short_name(e).casefold(), _own_text(e)) for e in in_use),
        instrument_in_use=any(e.kind == "signaleringsinstrument" for e in in_use),
        grade_label=kind.grade_label,
        school_grades=(kind.grade_min if context.grade_min is None else context.grade_min,
                       kind.grade_max if context.grade_max is None else context.grade_max),
        weights=weights)


class _Tally:
    """Points with their reasons and cautions; ``order`` sorts them for display.

    Reasons: 0 grades, 10–15 need and what is in use, 20 goal, 25–26 evidence, 30 criteria, 50+ fit.
    Cautions: 0 grades, 12–14 evidence and overlap, 22 goal, 30–40 effort, 55–80 facts to check.
    """

    def __init__(self) -> None:
        self.points = 0.0
        self.reasons: list[tuple[int, str]] = []
        self.cautions: list[tuple[int, str]] = []

    def reason(self, order: int, text: str, points: float = 0.0) -> None:
        self.points += points
        self.reasons.append((order, text))

    def caution(self, order: int, text: str, points: float = 0.0) -> None:
        self.points += points
        self.cautions.append((order, text))


def _score_need(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    w = s.weights
    gaps = []
    for pillar in entry.pillars:
        result = s.shares.get(pillar)
        if result is not None:
            gaps.append(w.unscored_gap if result.share is None else 1.0 - result.share)
    if gaps:
        tally.points += w.pillar_need * max(gaps) + w.extra_pillar * (len(gaps) - 1)
    weak = sorted((s.shares[p] for p in entry.pillars if p in s.shares and s.shares[p].share is not None
                   and (s.shares[p].share or 0.0) < w.weak_share), key=lambda r: (r.share or 0.0, r.pillar))
    if weak:
        named = [_("{pillar} (scan {share})").format(pillar=s.pillar_names.get(r.pillar, r.pillar),
                                                     share=format_percent(r.share)) for r in weak[:2]]
        tally.reason(10, _("versterkt {pillars}").format(pillars=_(" en ").join(named)))
    themes = set(entry.themes)
    matched: list[tuple[float, _Need]] = []
    for need in s.needs:
        common = need.themes & themes
        if common:
            factor = 1.0 if common - SUPPORTING_THEMES else w.supporting_theme
            matched.append((need.need * factor, need))
    if matched:
        matched.sort(key=lambda m: -m[0])  # stable: keeps the criteria order for equal weights
        tally.points += w.low_criterion * sum(m[0] for m in matched[:w.low_criterion_count])
        best = matched[0][1]
        statement = _shorten(best.criterion.statement, _STATEMENT_LENGTH)
        text = (_("helpt bij een criterium met hoge prioriteit: {c}") if best.priority == "hoog"
                else _("helpt bij een laag scorend criterium: {c}")).format(c=statement)
        if len(matched) > 1:
            text += " " + (_("(en nog 1 criterium)") if len(matched) == 2 else _("(en nog {n} criteria)").format(
                n=len(matched) - 1))
        tally.reason(30, text)


def _score_goal(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    """One reason for what the intervention shares with the goal: "past bij het doel: Signaleren; thema …"."""
    goal, w = s.goal, s.weights
    if goal is None:
        return
    parts: list[str] = []
    points = 0.0
    shared = [p for p in goal.pillars if p in entry.pillars]
    if shared:
        parts.append(", ".join(s.pillar_names.get(p, p) for p in shared))
        points += w.goal_pillar * len(shared) / len(goal.pillars)
    themes = [t for t in s.goal_themes if t in entry.themes][:2]
    if themes:
        parts.append(_("thema {themes}").format(themes=", ".join(catalogue().theme_label(t).lower() for t in themes)))
        points += w.goal_theme * len(themes)
    layer = goal.prevention_layer
    if layer and entry.prevention_layers:
        near = [p for p in entry.prevention_layers if p in SELECTIVE_LAYERS] if layer in SELECTIVE_LAYERS else []
        if layer in entry.prevention_layers:
            parts.append(_("preventielaag {layer}").format(layer=s.layer_names.get(layer, layer)))
            points += w.goal_layer
        elif near:
            parts.append(_("preventielaag {layers} (het doel: {layer})").format(
                layers=_(" of ").join(s.layer_names.get(p, p) for p in near), layer=s.layer_names.get(layer, layer)))
            points += w.goal_layer / 2
        else:
            tally.caution(22, _("werkt {layers}, het doel is {layer}").format(
                layers=_(" of ").join(s.layer_names.get(p, p) for p in entry.prevention_layers),
                layer=s.layer_names.get(layer, layer)), w.layer_mismatch)
    if parts:
        tally.reason(20, _("past bij het doel: {parts}").format(parts="; ".join(parts)), points)


def _score_evidence(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    w, rec = s.weights, entry.recognition
    points = w.evidence.get(rec.level, 0.0)
    where = rec.database_label()
    if rec.level in RECOGNISED_LEVELS:
        label = (rec.label or RECOGNITION_LABELS.get(rec.level, rec.level)).lower()
        tally.reason(25, label + (f" ({where})" if where else ""), points)
        if rec.date is None:
            tally.caution(60, _("datum van de erkenning onbekend — controleer de databank"))
    elif rec.level == "niet_erkend":
        tally.caution(12, _("niet erkend") + (f" ({where})" if where else ""), points)
    else:
        tally.points += points
        if entry.kind != "signaleringsinstrument":
            tally.caution(70, _("geen erkenning als effectief bekend"))
    if rec.is_possibly_expired(s.context.today):
        tally.caution(55, _("erkenning ouder dan vijf jaar — controleer de databank"), w.expired)
    if entry.gezonde_school == "ja":
        tally.reason(26, _("erkende Gezonde School-activiteit"), w.gezonde_school)


def _score_fit(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    w, goal = s.weights, s.goal
    targeted = goal is not None and goal.prevention_layer in SELECTIVE_LAYERS
    if "schoolbreed" in entry.scope and not targeted:
        tally.reason(50, _("schoolbrede aanpak"), w.schoolwide)
    if targeted and {"groep", "individueel"} & set(entry.scope):
        tally.reason(50, _("werkt met groepjes of met leerlingen apart"), w.targeted_scope)
    if entry.kind == "signaleringsinstrument":
        signaleren = s.shares.get("signaleren")
        weak = signaleren is not None and signaleren.share is not None and \
            signaleren.share < w.signaleren_weak_below
        if weak and not s.instrument_in_use:
            tally.reason(11, _("een instrument om signalen vast te leggen en te volgen; Signaleren scoort laag"),
                         w.instrument_for_weak_signaleren)
    text, name = (_own_text(entry), _short_name(entry).casefold()) if s.in_use else ("", "")
    for other, (other_name, other_text) in zip(s.in_use, s.in_use_words, strict=True):
        if _names(other_name, text) or _names(name, other_text):
            tally.reason(15, _("sluit aan bij {name}, dat de school al gebruikt").format(name=_short_name(other)),
                         w.builds_on_in_use)
            break
    else:
        for other in s.in_use:
            if _overlaps(entry, other):
                tally.caution(14, _("lijkt op {name}, dat de school al gebruikt — kies het alleen als aanvulling")
                              .format(name=_short_name(other)), w.overlaps_in_use)
                break
    if entry.kind == "voorziening":
        if targeted:
            tally.reason(51, _("een voorziening om leerlingen naar te verwijzen"))
        else:
            tally.caution(30, _("een voorziening om naar te verwijzen, geen programma voor de school zelf"),
                          w.provision)
    if entry.implementation_effort == "hoog":
        clause = _first_clause(entry.training) or _first_clause(entry.duration)
        tally.caution(40, _("vraagt een intensieve invoering") + (f": {clause}" if clause else ""), w.intensive)
    elif entry.implementation_effort == "laag" and entry.kind != "voorziening":
        tally.reason(52, _("eenvoudig in te voeren"), w.light_effort)
    if entry.themes and set(entry.themes) <= OFF_TOPIC_THEMES | SUPPORTING_THEMES:
        tally.caution(13, _("vooral gericht op {themes}, niet op welbevinden").format(
            themes=", ".join(catalogue().theme_label(t).lower() for t in entry.themes if t in OFF_TOPIC_THEMES)),
            w.off_topic)
    if entry.pillars and not entry.pillars_official and not entry.local:
        tally.caution(80, _("pijlers afgeleid, niet officieel"))
    if entry.local:
        tally.reason(53, _("eigen interventie van de school"))


def _overlaps(entry: Intervention, other: Intervention) -> bool:
    """A second instrument, or a second schoolwide programme on the same themes, beside one in use."""
    if entry.kind != other.kind or entry.kind not in ("interventie", "signaleringsinstrument"):
        return False
    if entry.kind == "signaleringsinstrument":
        return True
    shared = (set(entry.themes) & set(other.themes)) - SUPPORTING_THEMES
    return "schoolbreed" in entry.scope and "schoolbreed" in other.scope and len(shared) >= 2


def _grades(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    school_type = s.context.school_type
    own = entry.grade_range(school_type)
    if own is None:
        tally.reason(0, _("past bij {type}").format(type=school_type))
        return
    span = _span(*own)
    tally.reason(0, _("past bij {type} {label} {span}").format(type=school_type, label=s.grade_label, span=span))
    lo, hi = s.school_grades
    if own[0] > lo or own[1] < hi:
        reached = max(0, min(own[1], hi) - max(own[0], lo) + 1)
        missed = 1.0 - reached / (hi - lo + 1) if hi >= lo else 0.0
        tally.caution(0, _("alleen voor {label} {span}").format(label=s.grade_label, span=span),
                      s.weights.partial_grades * missed)


def _score_one(entry: Intervention, s: _Setting) -> Suggestion:
    tally = _Tally()
    _grades(entry, s, tally)
    _score_need(entry, s, tally)
    _score_goal(entry, s, tally)
    _score_evidence(entry, s, tally)
    _score_fit(entry, s, tally)
    score = round(tally.points, 1) if math.isfinite(tally.points) else 0.0
    reasons = tuple(text for _order, text in sorted(tally.reasons, key=lambda r: r[0]))
    cautions = tuple(text for _order, text in sorted(tally.cautions, key=lambda c: c[0]))
    return Suggestion(entry.id, entry.name, score, reasons, cautions, entry.pillars, entry.recognition.label,
                      entry.kind, entry.local)


def _order(suggestion: Suggestion) -> tuple[float, str, str]:
    return -suggestion.score, suggestion.name.casefold(), suggestion.intervention_id


def rank_interventions(interventions: Iterable[Intervention], context: SuggestionContext, *,
                       goal: GoalView | None = None, limit: int | None = None,
                       weights: Weights = WEIGHTS) -> list[Suggestion]:
    """Rank what may be suggested (see the module docstring); the same input always gives the same list."""
    entries = list(interventions)
    setting = _setting(entries, context, goal, weights)
    results = sorted((_score_one(e, setting) for e in entries if allowed(e, context)), key=_order)
    return results[:limit] if limit is not None else results


def strengths(interventions: Iterable[Intervention], context: SuggestionContext) -> list[str]:
    """What the school already uses, named as a strength with its evidence (in the order of the catalogue).

    E.g. ``"Kanjertraining (effectief volgens sterke aanwijzingen)"``.
    """
    result = []
    for entry in interventions:
        if entry.id not in context.in_use:
            continue
        level = entry.recognition.level
        if level in RECOGNISED_LEVELS:
            result.append(f"{entry.name} ({(entry.recognition.label or RECOGNITION_LABELS.get(level, level)).lower()})")
        else:
            result.append(entry.name)
    return result


# --- loading from the database -----------------------------------------------------------------------------


def planned_ids(view: PlanView) -> frozenset[str]:
    """Catalogue and own interventions already linked to an activity of the plan."""
    from wellbeing_planner.core.catalogue import local_id

    ids = {a.intervention_id for a in view.activities if a.intervention_id}
    ids |= {local_id(a.local_intervention_id) for a in view.activities if a.local_intervention_id is not None}
    return frozenset(ids)


def context_for(view: PlanView, in_use: Iterable[str], today: dt.date | None = None) -> SuggestionContext:
    """The advice context of a loaded plan."""
    return SuggestionContext(view.school.school_type, view.school.grade_min, view.school.grade_max, view.scores,
                             frozenset(in_use), today or dt.date.today(), planned_ids(view))


def _load(db: Database, plan_id: int) -> tuple[PlanView, list[Intervention], SuggestionContext]:
    from wellbeing_planner.core.catalogue import all_interventions, in_use_ids

    view = load_plan_view(db, plan_id)
    return view, all_interventions(db), context_for(view, in_use_ids(db, plan_id))


def suggest_for_plan(db: Database, plan_id: int, *, goal_id: int | None = None, limit: int = 10) -> list[Suggestion]:
    """Suggestions for a plan (or one of its goals) from the bundled catalogue and the school's own entries.

    Raises :class:`NotFoundError` for an unknown plan or a goal of another plan.
    """
    view, entries, context = _load(db, plan_id)
    goal = None
    if goal_id is not None:
        goal = view.goal(goal_id)
        if goal is None:
            raise NotFoundError(_("Doel {id} hoort niet bij plan {plan}.").format(id=goal_id, plan=plan_id))
    return rank_interventions(entries, context, goal=goal, limit=limit)


def plan_strengths(db: Database, plan_id: int) -> list[str]:
    """What the school already uses, named as strengths (for the panel and the command line)."""
    _view, entries, context = _load(db, plan_id)
    return strengths(entries, context)


def format_suggestions(suggestions: Sequence[Suggestion], strengths: Sequence[str] = ()) -> str:
    """Plain Dutch text for the command line: rank, name, points, then ``+`` reasons and ``!`` cautions.

    Plain characters on purpose: a Windows console may not print a check mark.
    """
    lines = []
    if strengths:
        lines.append(_("Al in gebruik (sterke punten):"))
        lines.extend(f"  * {text}" for text in strengths)
        lines.append("")
    if not suggestions:
        lines.append(_("Geen passende interventies gevonden."))
    for rank, suggestion in enumerate(suggestions, start=1):
        lines.append(_("{rank}. {name} ({points} punten)").format(
            rank=rank, name=suggestion.name, points=f"{suggestion.score:.0f}"))
        lines.extend(f"   + {reason}" for reason in suggestion.reasons)
        lines.extend(f"   ! {caution}" for caution in suggestion.cautions)
    return "\n".join(lines)
