"""Explainable, deterministic intervention advice that starts from the plan's goals.

How the advice is formed (for users and advisers: ``docs/suggestions.md``):

1. **Hard rules.** Only interventions meant for the school's type whose groups or years
   overlap the school's; never what the school already uses (named as a strength instead)
   and never what the plan already has as an activity.
2. **Points**, every weight in :class:`Weights`; each point given or taken comes with a
   reason or a caution in plain Dutch that is true of this intervention:

   * *goal* — the goal's themes (set on the goal, or read from its title and description),
     its pillars and its prevention layer.  Together these weigh more than the strongest
     evidence, so a well-proven programme on another topic never beats one on the topic;
   * *need* — the largest gap among the intervention's pillars in the zelfscan, and low
     scoring criteria whose themes the intervention really has;
   * *evidence* — the recognition level in the Dutch databases, Gezonde School status, age;
   * *fit* — the share of the school's groups it reaches, schoolwide or targeted scope,
     one signalling instrument while Signaleren is weak, what belongs with or looks like
     what the school already uses, effort, referral provisions.

   Evidence notes stored with an intervention (its ``cautions``) are always shown.
3. **Plan-level advice** ranks against every goal of the plan: an intervention counts the
   goal it fits best, plus a little for every further goal it also serves
   (:func:`advise_plan` also gives the top suggestions per goal).
4. **Order.** Highest score first; ties by fit (goal, then need), then evidence quality,
   then a known decision date; the name and id only when all of that is equal.  The same
   input gives the same order, whatever the order of the catalogue.

:func:`rank_interventions` is a pure function over plain values; :func:`suggest_for_plan`
loads those values from the database.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from wellbeing_planner.content.catalogue import (
    RECOGNITION_LABELS,
    RECOGNITION_ORDER,
    Intervention,
    catalogue,
    recognition_rank,
)
from wellbeing_planner.content.framework import Criterion, framework
from wellbeing_planner.core import scan
from wellbeing_planner.core.formatting import format_percent
from wellbeing_planner.core.views import GoalView, PlanView, ScoreView, load_plan_view
from wellbeing_planner.errors import NotFoundError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database

# --- every weight and word list of the advice ------------------------------------------------------------


@dataclass(frozen=True)
class Weights:
    """Every weight of the advice in one place (points; a negative weight is a caution that costs)."""

    # The goal.  A first shared theme, the goal's pillars and its layer together (30 + 12 + 12 = 54) weigh more
    # than the best evidence (25 + 8 Gezonde School = 33): the topic comes first.
    goal_theme: float = 30.0  # the first theme shared with the goal
    goal_theme_more: float = 8.0  # each further shared theme (at most two more)
    goal_theme_limited: float = -15.0  # the evidence notes say the evidence is limited on the goal's theme
    goal_off_theme: float = -20.0  # the goal names themes and the intervention has none (on/off topic: 50 apart)
    goal_pillar: float = 12.0  # × the share of the goal's pillars the intervention serves
    goal_layer: float = 12.0  # the goal's prevention layer is one of the intervention's (selectief ↔ geïndiceerd: half)
    layer_mismatch: float = -10.0  # only other prevention layers than the goal's (half when the layers are derived)
    targeted_scope: float = 6.0  # groups or individual pupils, for a selective or indicated goal
    more_goals: float = 5.0  # plan-level advice: per further goal of the plan the intervention also fits …
    more_goals_count: int = 3  # … counting at most this many, so a broad programme does not drown the rest
    # Need from the zelfscan.
    pillar_need: float = 20.0  # × the largest gap (1 − share) among the intervention's pillars
    extra_pillar: float = 2.0  # per further pillar it serves
    unscored_gap: float = 0.5  # the gap assumed for a pillar with nothing scored yet
    weak_share: float = 0.6  # a pillar below this share is named in the reasons ("versterkt Educatie (scan 33%)")
    low_criterion: float = 6.0  # per matching criterion × its need (score 0 → 1, score 1 → ⅔; × priority factor)
    low_criterion_count: int = 3  # at most this many criteria count
    priority_factor: Mapping[str | None, float] = field(default_factory=lambda: MappingProxyType(
        {"hoog": 1.5, "midden": 1.0, None: 1.0, "laag": 0.5}))
    supporting_theme: float = 0.5  # a match only on a supporting theme (parents, team training) counts half
    # Evidence.
    evidence: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({
        "sterke_aanwijzingen": 25.0, "goede_aanwijzingen": 20.0, "eerste_aanwijzingen": 14.0,
        "goed_onderbouwd": 8.0, "goed_beschreven": 4.0, "unknown": 0.0, "niet_beoordeeld": 0.0,
        "niet_erkend": -15.0}))
    gezonde_school: float = 8.0  # a recognised Gezonde School-activiteit
    expired: float = -5.0  # the recognition is older than five years
    # Fit with the school.
    partial_grades: float = -10.0  # × the share of the school's groups or years it does not reach
    schoolwide: float = 6.0  # a schoolwide approach, for the whole plan or a universal goal
    instrument_for_weak_signaleren: float = 30.0  # the best signalling instrument while Signaleren is weak …
    signaleren_weak_below: float = 0.5  # … i.e. below this share, and no instrument is in use yet
    training_for_weak_signaleren: float = 10.0  # team training in signalling and care routes while Signaleren is weak
    builds_on_in_use: float = 10.0  # belongs with something the school already uses (the one names the other)
    overlaps_in_use: float = -15.0  # a second schoolwide programme on the same themes, or a second instrument
    light_effort: float = 2.0  # little effort to introduce
    intensive: float = -4.0  # an intensive introduction
    provision: float = -12.0  # a provision to refer pupils to, for the whole plan or a universal goal
    off_topic: float = -25.0  # no wellbeing theme at all (e.g. only a healthy lifestyle)


WEIGHTS = Weights()

#: Framework criterion themes → the catalogue themes that really serve them.  Tags about form rather than
#: content (``lesprogramma``, ``borging``, ``visie``, ``evaluatie``) serve nothing on their own.
CRITERION_THEMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "schoolklimaat": ("klassenklimaat", "sociale-veiligheid"),
    "sociale-veiligheid": ("sociale-veiligheid", "anti-pesten"),
    "anti-pesten": ("anti-pesten",),
    "sociaal-emotioneel": ("sociaal-emotioneel",),
    "ouderbetrokkenheid": ("ouderbetrokkenheid",),
    "monitoring": ("monitoring",),
    "professionalisering": ("professionalisering",),
    "personeel": ("personeel",),
    "mentale-gezondheid": ("mentale-gezondheid", "depressie", "angst", "stress"),
    "zorgstructuur": ("zorgroute", "ketensamenwerking"),
    "samenwerking": ("ketensamenwerking",),
    "leerlingparticipatie": ("burgerschap", "peer-support"),
    "kansengelijkheid": ("armoede", "nieuwkomers", "trauma"),
    "lesprogramma": (), "borging": (), "visie": (), "evaluatie": (),
})

#: Themes that support almost any programme; a criterion match on only these counts for less.
SUPPORTING_THEMES: frozenset[str] = frozenset({"ouderbetrokkenheid", "professionalisering"})

#: Themes outside wellbeing: an intervention with only these (and supporting) themes is off topic.
OFF_TOPIC_THEMES: frozenset[str] = frozenset({"leefstijl", "criminaliteitspreventie"})

#: Word starts in a goal's title or description → the catalogue themes the goal is about (used when the goal
#: has no themes of its own).  Matched at the start of a word, case-insensitive.
GOAL_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "pest": ("anti-pesten",), "gepest": ("anti-pesten",), "veilig": ("sociale-veiligheid",),
    "klimaat": ("klassenklimaat",), "groepsvorming": ("klassenklimaat",), "sfeer": ("klassenklimaat",),
    "gedrag": ("gedrag",), "weerbaar": ("weerbaarheid",), "veerkracht": ("weerbaarheid",),
    "eigen kracht": ("weerbaarheid", "zelfbeeld"), "somber": ("depressie",), "depress": ("depressie",),
    "angst": ("angst",), "faalangst": ("angst",), "stress": ("stress",), "spanning": ("stress",),
    "ontspanning": ("stress",), "inspanning": ("stress",), "druk": ("stress",), "prestatiedruk": ("stress",),
    "mentale": ("mentale-gezondheid",), "mentaal": ("mentale-gezondheid",), "psychisch": ("mentale-gezondheid",),
    "scheiding": ("scheiding",), "gescheiden": ("scheiding",), "kopp": ("kopp",), "kov": ("kopp",),
    "verslaving": ("kopp",), "verzuim": ("verzuim",), "thuiszit": ("verzuim",), "uitval": ("verzuim",),
    "trauma": ("trauma",), "ingrijpend": ("trauma",), "nieuwkomer": ("nieuwkomers",), "gevlucht": ("nieuwkomers",),
    "burgerschap": ("burgerschap",), "conflict": ("conflicthantering",), "ruzie": ("conflicthantering",),
    "ouder": ("ouderbetrokkenheid",), "gezin": ("ouderbetrokkenheid",),
    "professional": ("professionalisering",), "leerkracht": ("professionalisering",),
    "docent": ("professionalisering",), "medewerker": ("professionalisering",), "scholing": ("professionalisering",),
    "deskundig": ("professionalisering",), "team": ("professionalisering",),
    "signal": ("zorgroute", "monitoring"), "monitor": ("monitoring",), "volgen": ("monitoring",),
    "vroegsignal": ("zorgroute", "monitoring"), "zorgen over": ("zorgroute",), "zorgroute": ("zorgroute",),
    "thuissituatie": ("kopp", "scheiding", "huiselijk-geweld"),
    "doorverwijz": ("zorgroute",), "meldcode": ("huiselijk-geweld", "zorgroute"),
    "online": ("mediawijsheid",), "sociale media": ("mediawijsheid",), "mediawijs": ("mediawijsheid",),
    "geluk": ("geluk",), "zelfbeeld": ("zelfbeeld",), "zelfvertrouwen": ("zelfbeeld",),
    "kwaliteiten": ("zelfbeeld",), "brugklas": ("overgang-po-vo",), "overstap": ("overgang-po-vo",),
    "huiselijk": ("huiselijk-geweld",), "mishandel": ("huiselijk-geweld",), "mantelzorg": ("mantelzorg",),
    "armoede": ("armoede",), "werkdruk": ("personeel",), "welzijn van het team": ("personeel",),
    "sociaal-emotione": ("sociaal-emotioneel",), "sociale vaardig": ("sociaal-emotioneel",),
    "emotie": ("sociaal-emotioneel",), "basisvaardig": ("sociaal-emotioneel",),
    "samenwerk": ("ketensamenwerking",), "keten": ("ketensamenwerking",), "jeugdhulp": ("ketensamenwerking",),
    "seksue": ("seksuele-weerbaarheid",), "grenzen": ("seksuele-weerbaarheid", "weerbaarheid"),
    "leeftijdgeno": ("peer-support",),
})
_GOAL_PATTERN = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, GOAL_WORDS), key=len, reverse=True)) + ")")

RECOGNISED_LEVELS: frozenset[str] = frozenset({
    "sterke_aanwijzingen", "goede_aanwijzingen", "eerste_aanwijzingen", "goed_onderbouwd", "goed_beschreven"})
SELECTIVE_LAYERS: frozenset[str] = frozenset({"selectief", "geindiceerd"})
_EVIDENCE_RANK: Mapping[str, int] = MappingProxyType({level: recognition_rank(level) for level in RECOGNITION_ORDER})
_STATEMENT_LENGTH = 80
_CLAUSE_LENGTH = 90


# --- values ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SuggestionContext:
    """What the advice looks at, as plain values (so tests and benchmarks can build it by hand).

    ``in_use``: ids the school already uses (startfoto inventory); ``planned``: ids already linked
    to an activity in this plan.  ``grade_min``/``grade_max`` ``None`` means the school type's range.
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
    local: bool = False
    kind: str = "interventie"
    #: Ids of the plan's goals this intervention fits (plan-level advice), best first.
    goal_ids: tuple[int, ...] = ()
    #: The tie-breaking key after the score (higher is better): fit, evidence level, a known decision date,
    #: fully verified facts, known groups or years.
    quality: tuple[float, int, int, int, int] = (0.0, 0, 0, 0, 0)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for ``suggest --json`` (keys are a promise to scripts: extend, never rename)."""
        return {"intervention_id": self.intervention_id, "name": self.name, "score": self.score,
                "reasons": list(self.reasons), "cautions": list(self.cautions), "pillars": list(self.pillars),
                "recognition": self.recognition_label, "local": self.local, "kind": self.kind,
                "goal_ids": list(self.goal_ids)}


@dataclass(frozen=True, slots=True)
class GoalAdvice:
    """The top suggestions for one goal of the plan."""

    goal_id: int
    title: str
    themes: tuple[str, ...]
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True, slots=True)
class PlanAdvice:
    """Advice for a whole plan: per goal, what serves several goals, and the overall ranking."""

    per_goal: tuple[GoalAdvice, ...]
    shared: tuple[Suggestion, ...]
    overall: tuple[Suggestion, ...]


@dataclass(frozen=True, slots=True)
class _Need:
    """A criterion that needs attention, with how much (0..1.5) and the catalogue themes serving it."""

    criterion: Criterion
    need: float
    priority: str | None
    themes: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Goal:
    goal: GoalView
    themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Setting:
    """Everything that is the same for every entry of one ranking, worked out once."""

    context: SuggestionContext
    goals: tuple[_Goal, ...]
    plan_level: bool
    shares: Mapping[str, scan.PillarScore]
    pillar_names: Mapping[str, str]
    layer_names: Mapping[str, str]
    theme_labels: Mapping[str, str]
    needs: tuple[_Need, ...]
    in_use: tuple[Intervention, ...]  # sorted by id, so the order of the catalogue never matters
    in_use_words: tuple[tuple[str, str], ...]  # per entry in use: (short name, own text), case-folded
    instrument_in_use: bool
    signaleren_weak: bool
    grade_label: str
    school_grades: tuple[int, int]
    weights: Weights
    #: Work that depends only on a few facts of an entry, done once per distinct value in this ranking.
    memo: dict[Any, Any] = field(default_factory=dict)


# --- small text helpers ----------------------------------------------------------------------------------


def _span(lo: int, hi: int) -> str:
    return f"{lo}–{hi}" if lo != hi else str(lo)


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    text = text.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut or text[:limit]) + "…"


def _first_clause(text: str | None) -> str | None:
    """The first clause of a free-text field, starting lower case: "Twee jaar invoering; …" → "twee jaar invoering"."""
    if not text:
        return None
    clause = re.split(r";|:|\(|\. ", text, maxsplit=1)[0].strip().rstrip(".,")
    if not clause:
        return None
    if len(clause) > 1 and clause[0].isupper() and clause[1].islower():
        clause = clause[0].lower() + clause[1:]
    return _shorten(clause, _CLAUSE_LENGTH)


def _short_name(entry: Intervention) -> str:
    """The name without its explanation: "KanVAS (Kanjer Volg- en Adviessysteem)" → "KanVAS"."""
    name = entry.name
    for separator in (" (", " / ", " - "):
        cut = name.find(separator)
        if cut >= 0:
            name = name[:cut]
    return name.strip() or entry.name.strip() or entry.id


def _own_text(entry: Intervention) -> str:
    """The free texts of an entry, case-folded, to look for names of other interventions in."""
    return " ".join(t for t in (entry.description, entry.training, entry.duration, entry.notes) if t).casefold()


def _names(name: str, text: str) -> bool:
    """``text`` names ``name`` (case-folded) as a word; names shorter than four letters never count."""
    return len(name) >= 4 and name in text and re.search(
        r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def _labels(themes: Iterable[str], labels: Mapping[str, str]) -> str:
    return ", ".join(labels.get(t, t).lower() for t in themes)


def goal_themes(goal: GoalView) -> tuple[str, ...]:
    """The catalogue themes a goal is about: its own themes, or those its title and description speak of.

    ``"We realiseren meer balans tussen ontspanning en inspanning"`` → ``("stress",)``.
    """
    if goal.themes:
        return tuple(dict.fromkeys(t for tag in goal.themes for t in CRITERION_THEMES.get(tag, (tag,))))
    text = f"{goal.title} {goal.description or ''}".casefold()
    found = [t for match in _GOAL_PATTERN.finditer(text) for t in GOAL_WORDS[match.group(1)]]
    return tuple(dict.fromkeys(found))


# --- the pure ranking --------------------------------------------------------------------------------------


def allowed(entry: Intervention, context: SuggestionContext) -> bool:
    """The hard rules: right school type, overlapping grades, not in use, not yet planned."""
    return (context.school_type in entry.school_types
            and entry.fits_grades(context.school_type, context.grade_min, context.grade_max)
            and entry.id not in context.in_use and entry.id not in context.planned)


def _needs(context: SuggestionContext, weights: Weights) -> tuple[_Need, ...]:
    known = {c.id: c for c in framework().criteria_for(context.school_type)}
    latest = {score.criterion_id: score for score in context.scores}  # one score per criterion, as in the scan
    needs = []
    for score in latest.values():
        criterion = known.get(score.criterion_id)
        if criterion is None or score.not_applicable or score.score is None:
            continue
        if score.score > 1 and not (score.priority == "hoog" and score.score < scan.MAX_SCORE):
            continue
        need = (scan.MAX_SCORE - score.score) / scan.MAX_SCORE * weights.priority_factor.get(score.priority, 1.0)
        themes = frozenset(t for tag in criterion.themes for t in CRITERION_THEMES.get(tag, (tag,)))
        if themes:
            needs.append(_Need(criterion, need, score.priority, themes))
    order = {c: i for i, c in enumerate(known)}
    return tuple(sorted(needs, key=lambda n: (-n.need, order[n.criterion.id])))


def _setting(entries: Sequence[Intervention], context: SuggestionContext, goals: Sequence[GoalView],
             plan_level: bool, weights: Weights) -> _Setting:
    fw = framework()
    kind = fw.school_type(context.school_type)
    in_use = tuple(sorted((e for e in entries if e.id in context.in_use), key=lambda e: e.id))
    shares = scan.pillar_scores(context.scores, context.school_type)
    signaleren = shares.get("signaleren")
    lo = kind.grade_min if context.grade_min is None else context.grade_min
    hi = kind.grade_max if context.grade_max is None else context.grade_max
    return _Setting(
        context=context, goals=tuple(_Goal(g, goal_themes(g)) for g in goals), plan_level=plan_level,
        shares=shares, pillar_names={p.id: p.name for p in fw.pillars},
        layer_names={p.id: p.name.lower() for p in fw.prevention_layers},
        theme_labels={tag: catalogue().theme_label(tag) for tag, _label in catalogue().themes},
        needs=_needs(context, weights), in_use=in_use,
        in_use_words=tuple((_short_name(e).casefold(), _own_text(e)) for e in in_use),
        instrument_in_use=any(e.kind == "signaleringsinstrument" for e in in_use),
        signaleren_weak=signaleren is not None and signaleren.share is not None
        and signaleren.share < weights.signaleren_weak_below,
        grade_label=kind.grade_label, school_grades=(lo, hi), weights=weights)


class _Tally:
    """Points with their reasons and cautions; ``order`` sorts them for display.

    Reasons: 0 grades, 5 goal, 10 need, 15 what is in use, 20 evidence, 30 criteria, 50+ fit.
    Cautions: 0 evidence notes, 5 grades, 10 goal, 12–14 evidence and overlap, 30–40 effort, 55–80 to check.
    """

    def __init__(self) -> None:
        self.points = 0.0
        self.fit = 0.0  # the part of the points that is about fit (goal, need, criteria, grades)
        self.reasons: list[tuple[int, str]] = []
        self.cautions: list[tuple[int, str]] = []

    def reason(self, order: int, text: str, points: float = 0.0, *, fit: bool = False) -> None:
        self.points += points
        if fit:
            self.fit += points
        self.reasons.append((order, text))

    def caution(self, order: int, text: str, points: float = 0.0, *, fit: bool = False) -> None:
        self.points += points
        if fit:
            self.fit += points
        self.cautions.append((order, text))


def _grades(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    school_type = s.context.school_type
    own = entry.grade_range(school_type)
    if own is None:
        tally.reason(0, _("past bij {type}").format(type=school_type))
        return
    span = _span(*own)
    tally.reason(0, _("past bij {type} {label} {span}").format(type=school_type, label=s.grade_label, span=span))
    lo, hi = s.school_grades
    if (own[0] > lo or own[1] < hi) and hi >= lo:
        reached = max(0, min(own[1], hi) - max(own[0], lo) + 1)
        missed = 1.0 - reached / (hi - lo + 1)
        tally.caution(5, _("alleen voor {label} {span}").format(label=s.grade_label, span=span),
                      s.weights.partial_grades * missed, fit=True)


def _score_need(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    w = s.weights
    gaps = []
    for pillar in entry.pillars:
        result = s.shares.get(pillar)
        if result is not None:
            gaps.append(w.unscored_gap if result.share is None else 1.0 - result.share)
    if gaps:
        points = w.pillar_need * max(gaps) + w.extra_pillar * (len(gaps) - 1)
        tally.points += points
        tally.fit += points
    weak = sorted((s.shares[p] for p in entry.pillars if p in s.shares and s.shares[p].share is not None
                   and (s.shares[p].share or 0.0) < w.weak_share), key=lambda r: (r.share or 0.0, r.pillar))
    if weak:
        named = [_("{pillar} (scan {share})").format(pillar=s.pillar_names.get(r.pillar, r.pillar),
                                                     share=format_percent(r.share)) for r in weak[:2]]
        tally.reason(10, _("versterkt {pillars}").format(pillars=_(" en ").join(named)))
    if not s.needs:
        return
    key = ("criteria", entry.themes)
    found = s.memo.get(key)
    if found is None:
        found = s.memo[key] = _criteria_match(entry.themes, s)
    if found[1]:
        tally.reason(30, found[1], found[0], fit=True)


def _criteria_match(themes: tuple[str, ...], s: _Setting) -> tuple[float, str]:
    """Points and the reason for the low-scoring criteria that ``themes`` serve ("" when none)."""
    w = s.weights
    matched: list[tuple[float, _Need, tuple[str, ...]]] = []
    for need in s.needs:
        common = tuple(t for t in themes if t in need.themes)
        if common:
            factor = 1.0 if set(common) - SUPPORTING_THEMES else w.supporting_theme
            matched.append((need.need * factor, need, common))
    if not matched:
        return 0.0, ""
    matched.sort(key=lambda m: -m[0])  # stable: keeps the criteria order for equal weights
    _weight, best, common = matched[0]
    statement = _shorten(best.criterion.statement, _STATEMENT_LENGTH)
    text = (_("helpt bij een criterium met hoge prioriteit ({themes}): “{c}”") if best.priority == "hoog"
            else _("helpt bij een laag scorend criterium ({themes}): “{c}”")).format(
        themes=_labels(common, s.theme_labels), c=statement)
    if len(matched) > 1:
        text += " " + (_("(en nog 1 criterium)") if len(matched) == 2 else _("(en nog {n} criteria)").format(
            n=len(matched) - 1))
    return w.low_criterion * sum(m[0] for m in matched[:w.low_criterion_count]), text


def _goal_fit(entry: Intervention, goal: _Goal, s: _Setting) -> tuple[float, list[str], list[tuple[int, str, float]]]:
    """Points, reason parts and cautions (order, text, points) for how ``entry`` fits one goal."""
    w, view = s.weights, goal.goal
    points = 0.0
    parts: list[str] = []
    cautions: list[tuple[int, str, float]] = []
    shared_themes = [t for t in goal.themes if t in entry.themes]
    if shared_themes:
        points += w.goal_theme + w.goal_theme_more * min(2, len(shared_themes) - 1)
        parts.append(_("thema {themes}").format(themes=_labels(shared_themes[:3], s.theme_labels)))
        limited = [t for t in shared_themes if t in entry.limited_themes]
        if limited:
            cautions.append((1, _("het bewijs is juist op het thema van dit doel beperkt ({themes})").format(
                themes=_labels(limited, s.theme_labels)), w.goal_theme_limited))
    elif goal.themes and entry.themes:
        cautions.append((10, _("gaat niet over het thema van het doel ({themes})").format(
            themes=_labels(goal.themes[:3], s.theme_labels)), w.goal_off_theme))
    shared_pillars = [p for p in view.pillars if p in entry.pillars]
    if shared_pillars:
        points += w.goal_pillar * len(shared_pillars) / len(view.pillars)
        parts.append(_("pijler {pillars}").format(pillars=", ".join(s.pillar_names.get(p, p) for p in shared_pillars)))
    layer = view.prevention_layer
    if layer and entry.prevention_layers:
        near = [p for p in entry.prevention_layers if p in SELECTIVE_LAYERS] if layer in SELECTIVE_LAYERS else []
        if layer in entry.prevention_layers:
            points += w.goal_layer
            parts.append(_("preventielaag {layer}").format(layer=s.layer_names.get(layer, layer)))
        elif near:
            points += w.goal_layer / 2
            parts.append(_("preventielaag {layers} (het doel: {layer})").format(
                layers=_(" of ").join(s.layer_names.get(p, p) for p in near), layer=s.layer_names.get(layer, layer)))
        else:
            cost = w.layer_mismatch * (1.0 if entry.prevention_layers_official else 0.5)
            cautions.append((10, _("werkt {layers}, het doel is {layer}").format(
                layers=_(" of ").join(s.layer_names.get(p, p) for p in entry.prevention_layers),
                layer=s.layer_names.get(layer, layer)), cost))
    if layer in SELECTIVE_LAYERS and {"groep", "individueel"} & set(entry.scope):
        points += w.targeted_scope
        parts.append(_("werkt met groepjes of met leerlingen apart"))
    return points, parts, cautions


def _score_goals(entry: Intervention, s: _Setting, tally: _Tally) -> tuple[int, ...]:
    """The goal part: one goal (or, for the whole plan, the goal it fits best plus a little per further goal)."""
    if not s.goals:
        return ()
    fits = []
    facts = (entry.themes, entry.pillars, entry.prevention_layers, entry.prevention_layers_official, entry.scope,
             entry.limited_themes)
    for index, goal in enumerate(s.goals):
        key = ("goal", index, facts)
        found = s.memo.get(key)
        if found is None:
            found = s.memo[key] = _goal_fit(entry, goal, s)
        points, parts, cautions = found
        fits.append((points + sum(c[2] for c in cautions), index, points, parts, cautions))
    if not s.plan_level:
        total, _index, points, parts, cautions = fits[0]
        if parts:
            tally.reason(5, _("past bij het doel: {parts}").format(parts="; ".join(parts)), points, fit=True)
        else:
            tally.points += points
            tally.fit += points
        for order, text, cost in cautions:
            tally.caution(order, text, cost, fit=True)
        return (s.goals[0].goal.id,) if total > 0 else ()
    ranked = sorted(fits, key=lambda f: (-f[0], f[1]))
    serving = [f for f in ranked if f[0] > 0 and f[3]]
    best = ranked[0]
    title = _shorten(s.goals[best[1]].goal.title, 60) or _("zonder titel")
    if best[3]:
        tally.reason(5, _("past bij het doel “{goal}”: {parts}").format(goal=title, parts="; ".join(best[3])),
                     best[2], fit=True)
    else:
        tally.points += best[2]
        tally.fit += best[2]
    for order, text, cost in best[4]:
        tally.caution(order, text, cost, fit=True)
    others = [f for f in serving if f is not best]
    if others:
        names = [_shorten(s.goals[f[1]].goal.title, 40) or _("zonder titel") for f in others[:3]]
        quoted = "; ".join(f"“{n}”" for n in names)
        text = (_("dient ook een ander doel: {goals}").format(goals=quoted) if len(others) == 1
                else _("dient ook {n} andere doelen: {goals}").format(n=len(others), goals=quoted))
        tally.reason(6, text, s.weights.more_goals * min(len(others), s.weights.more_goals_count), fit=True)
    return tuple(s.goals[f[1]].goal.id for f in serving)


def _score_evidence(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    w, rec = s.weights, entry.recognition
    points = w.evidence.get(rec.level, 0.0)
    where = rec.database_label()
    if rec.level in RECOGNISED_LEVELS:
        label = (_(rec.label) if rec.label else RECOGNITION_LABELS.get(rec.level, rec.level)).lower()
        when = f", {rec.date_text}" if rec.date_text else ""
        tally.reason(20, label + (f" ({where}{when})" if where else ""), points)
        if rec.date is None:
            tally.caution(60, _("datum van de erkenning onbekend — controleer de databank"))
    elif rec.level == "niet_erkend":
        tally.caution(12, _("niet erkend") + (f" ({where})" if where else ""), points)
    else:
        tally.points += points
        if entry.kind not in ("signaleringsinstrument", "scholing"):
            tally.caution(70, _("geen erkenning als effectief bekend"))
    if rec.is_possibly_expired(s.context.today):
        tally.caution(55, _("erkenning ouder dan vijf jaar — controleer de databank"), w.expired)
    if entry.gezonde_school == "ja":
        tally.reason(21, _("erkende Gezonde School-activiteit"), w.gezonde_school)
    for note in entry.cautions:  # evidence notes that limit the intervention, always shown
        tally.caution(0, note.rstrip("."))


def _score_fit(entry: Intervention, s: _Setting, tally: _Tally, instrument_boost: bool) -> None:
    w = s.weights
    layers = {g.goal.prevention_layer for g in s.goals}
    targeted = bool(layers) and layers <= SELECTIVE_LAYERS
    if "schoolbreed" in entry.scope and not targeted:
        tally.reason(50, _("schoolbrede aanpak"), w.schoolwide)
    if entry.kind == "signaleringsinstrument" and s.signaleren_weak and not s.instrument_in_use:
        if instrument_boost:
            tally.reason(11, _("een instrument om signalen vast te leggen en te volgen; Signaleren scoort laag"),
                         w.instrument_for_weak_signaleren, fit=True)
        else:
            tally.caution(14, _("nog een signaleringsinstrument; één instrument is genoeg"))
    if entry.kind == "scholing" and "signaleren" in entry.pillars and s.signaleren_weak:
        tally.reason(11, _("scholing voor het team om signalen te herkennen en op te pakken; Signaleren scoort laag"),
                     w.training_for_weak_signaleren, fit=True)
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
    if entry.themes and set(entry.themes) <= OFF_TOPIC_THEMES | SUPPORTING_THEMES and \
            set(entry.themes) & OFF_TOPIC_THEMES:
        tally.caution(13, _("vooral gericht op {themes}, niet op welbevinden").format(
            themes=_labels([t for t in entry.themes if t in OFF_TOPIC_THEMES], s.theme_labels)), w.off_topic)
    if entry.local_example:
        tally.reason(53, _("een regionaal voorbeeld dat de school als eigen interventie kan overnemen"))
    if entry.pillars and not entry.pillars_official and not entry.local:
        tally.caution(80, _("pijlers afgeleid, niet officieel"))
    if entry.local:
        tally.reason(53, _("eigen interventie van de school"))


def _score_in_use(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    """Belongs with something in use (the one names the other), or looks like it (a look-alike is flagged)."""
    text = _own_text(entry)
    name: str | None = None
    for other, (other_name, other_text) in zip(s.in_use, s.in_use_words, strict=True):
        if other.id == entry.id:
            continue
        if _names(other_name, text):
            tally.reason(15, _("hoort bij {name}, dat de school al gebruikt").format(name=_short_name(other)),
                         s.weights.builds_on_in_use)
            return
        if name is None:
            name = _short_name(entry).casefold()
        if _names(name, other_text):
            tally.reason(15, _("hoort bij {name}, dat de school al gebruikt").format(name=_short_name(other)),
                         s.weights.builds_on_in_use)
            return
    for other in s.in_use:
        if other.id != entry.id and _overlaps(entry, other):
            tally.caution(14, _("lijkt op {name}, dat de school al gebruikt — kies het alleen als aanvulling").format(
                name=_short_name(other)), s.weights.overlaps_in_use)
            return


def _overlaps(entry: Intervention, other: Intervention) -> bool:
    """A second instrument, or a second schoolwide programme on the same themes, beside one in use."""
    if entry.kind != other.kind or entry.kind not in ("interventie", "signaleringsinstrument"):
        return False
    if entry.kind == "signaleringsinstrument":
        return True
    shared = (set(entry.themes) & set(other.themes)) - SUPPORTING_THEMES
    return "schoolbreed" in entry.scope and "schoolbreed" in other.scope and len(shared) >= 2


def _memo(s: _Setting, key: tuple[Any, ...], compute: Callable[[Intervention, _Setting, _Tally], Any],
          entry: Intervention) -> tuple[_Tally, Any]:
    """A part of the score that depends only on the facts in ``key``, worked out once per ranking."""
    found = s.memo.get(key)
    if found is None:
        tally = _Tally()
        found = s.memo[key] = (tally, compute(entry, s, tally))
    return found


def _merge(parts: Sequence[tuple[_Tally, Any]]) -> tuple[float, float, tuple[str, ...], tuple[str, ...]]:
    """Points, fit, and the reasons and cautions of ``parts`` in display order, each text once."""
    points = sum(part.points for part, _extra in parts)
    fit = sum(part.fit for part, _extra in parts)
    reasons = sorted((r for part, _extra in parts for r in part.reasons), key=lambda r: r[0])
    cautions = sorted((c for part, _extra in parts for c in part.cautions), key=lambda c: c[0])
    return (round(points, 1) if math.isfinite(points) else 0.0, round(fit, 1) if math.isfinite(fit) else 0.0,
            tuple(dict.fromkeys(t for _o, t in reasons if t)), tuple(dict.fromkeys(t for _o, t in cautions if t)))


def _score_one(entry: Intervention, s: _Setting, instrument_boost: bool) -> Suggestion:
    rec = entry.recognition
    own_range = entry.grade_range(s.context.school_type)
    parts = [
        _memo(s, ("grades", own_range), _grades, entry),
        _memo(s, ("goals", entry.themes, entry.pillars, entry.prevention_layers, entry.prevention_layers_official,
                  entry.scope, entry.limited_themes), _score_goals, entry),
        _memo(s, ("need", entry.pillars, entry.themes), _score_need, entry),
        _memo(s, ("evidence", rec.level, rec.label, rec.database, rec.date, rec.date_text, entry.gezonde_school,
                  entry.cautions, entry.kind), _score_evidence, entry),
        _memo(s, ("fit", entry.scope, entry.kind, entry.pillars, entry.implementation_effort, entry.training,
                  entry.duration, entry.themes, entry.local_example, entry.pillars_official, entry.local,
                  instrument_boost), _score_fit_boosted if instrument_boost else _score_fit_plain, entry),
    ]
    in_use: tuple[Any, ...] = ()
    if s.in_use:
        tally = _Tally()
        _score_in_use(entry, s, tally)
        if tally.reasons or tally.cautions:
            parts.append((tally, None))
            in_use = (tuple(tally.reasons), tuple(tally.cautions), tally.points, tally.fit)
    key = ("merge", *(id(part) for part in parts[:5]), in_use)  # entries with the same facts share the merge
    merged = s.memo.get(key)
    if merged is None:
        merged = s.memo[key] = _merge(parts)
    score, fit, reasons, cautions = merged
    quality = (fit, _EVIDENCE_RANK.get(rec.level, 0), int(rec.date is not None),
               int(entry.verification == "volledig"), int(own_range is not None))
    return Suggestion(entry.id, entry.name, score, reasons, cautions, entry.pillars, rec.label, entry.local,
                      entry.kind, parts[1][1], quality)


def _score_fit_boosted(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    _score_fit(entry, s, tally, True)


def _score_fit_plain(entry: Intervention, s: _Setting, tally: _Tally) -> None:
    _score_fit(entry, s, tally, False)


def _order(suggestion: Suggestion) -> tuple[float, float, int, int, int, int, str, str]:
    """Score, then fit and evidence quality (level, known date, verified facts, known grades); the name and id
    only when all of that is equal."""
    fit, evidence, dated, verified, grades = suggestion.quality
    return (-suggestion.score, -fit, -evidence, -dated, -verified, -grades, suggestion.name.casefold(),
            suggestion.intervention_id)


def _rank(entries: Sequence[Intervention], context: SuggestionContext, goals: Sequence[GoalView],
          plan_level: bool, weights: Weights) -> list[Suggestion]:
    setting = _setting(entries, context, goals, plan_level, weights)
    candidates = [e for e in entries if allowed(e, context)]
    results = [_score_one(e, setting, instrument_boost=True) for e in candidates]
    boosted = setting.signaleren_weak and not setting.instrument_in_use
    if boosted:  # only the best signalling instrument keeps its boost: one instrument is enough
        instruments = sorted((r for r in results if r.kind == "signaleringsinstrument"), key=_order)
        if len(instruments) > 1:
            by_id = {e.id: e for e in candidates}
            again = {r.intervention_id: _score_one(by_id[r.intervention_id], setting, instrument_boost=False)
                     for r in instruments[1:]}
            results = [again.get(r.intervention_id, r) for r in results]
    return sorted(results, key=_order)


def rank_interventions(interventions: Iterable[Intervention], context: SuggestionContext, *,
                       goal: GoalView | None = None, goals: Sequence[GoalView] = (), limit: int | None = None,
                       weights: Weights = WEIGHTS) -> list[Suggestion]:
    """Rank what may be suggested for one ``goal``, or for the whole plan with its ``goals``.

    Pure and deterministic: the same input gives the same list, whatever the order of ``interventions``.
    """
    entries = list(interventions)
    if goal is not None:
        results = _rank(entries, context, (goal,), False, weights)
    else:
        results = _rank(entries, context, tuple(goals), True, weights)
    return results[:limit] if limit is not None else results


def advise_plan(interventions: Iterable[Intervention], context: SuggestionContext, goals: Sequence[GoalView], *,
                per_goal: int = 3, weights: Weights = WEIGHTS) -> PlanAdvice:
    """Plan-level advice: the top ``per_goal`` suggestions for every goal, what serves several goals, and the
    overall ranking against all goals."""
    entries = list(interventions)
    advice = []
    tops: dict[str, list[int]] = {}
    for view in goals:
        ranked = _rank(entries, context, (view,), False, weights)
        top = tuple(ranked[:per_goal])
        advice.append(GoalAdvice(view.id, view.title, goal_themes(view), top))
        for suggestion in ranked[:max(per_goal, 5)]:
            if view.id in suggestion.goal_ids:
                tops.setdefault(suggestion.intervention_id, []).append(view.id)
    overall = _rank(entries, context, tuple(goals), True, weights)
    shared = tuple(s for s in overall if len(tops.get(s.intervention_id, ())) >= 2)
    return PlanAdvice(tuple(advice), shared, tuple(overall))


def strengths(interventions: Iterable[Intervention], context: SuggestionContext) -> list[str]:
    """What the school already uses, named as a strength with its evidence (in the order of the catalogue)."""
    result = []
    for entry in interventions:
        if entry.id in context.in_use:
            rec = entry.recognition
            label = (_(rec.label) if rec.label else RECOGNITION_LABELS.get(rec.level, rec.level)).lower()
            result.append(_("al in gebruik: {name} ({level})").format(name=entry.name, level=label))
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
    """Suggestions for one goal of a plan, or for the whole plan against all its goals.

    Raises :class:`NotFoundError` for an unknown plan or a goal of another plan.
    """
    return list(advice_for_panel(db, plan_id, goal_id=goal_id, limit=limit).suggestions)


@dataclass(frozen=True, slots=True)
class PanelAdvice:
    """What the suggestions panel shows: the ranking, the strengths and, for the whole plan, advice per goal."""

    suggestions: tuple[Suggestion, ...]
    strengths: tuple[str, ...]
    per_goal: tuple[GoalAdvice, ...] = ()
    shared: tuple[Suggestion, ...] = ()


def advice_for_panel(db: Database, plan_id: int, *, goal_id: int | None = None, limit: int = 10,
                     per_goal: int = 3) -> PanelAdvice:
    """:func:`suggest_for_plan`, the strengths and (for the whole plan) :func:`advise_plan`, from one load."""
    view, entries, context = _load(db, plan_id)
    if goal_id is None:
        advice = advise_plan(entries, context, view.goals, per_goal=per_goal)
        return PanelAdvice(advice.overall[:limit], tuple(strengths(entries, context)), advice.per_goal,
                           advice.shared)
    goal = view.goal(goal_id)
    if goal is None:
        raise NotFoundError(_("Doel {id} hoort niet bij plan {plan}.").format(id=goal_id, plan=plan_id))
    return PanelAdvice(tuple(rank_interventions(entries, context, goal=goal, limit=limit)),
                       tuple(strengths(entries, context)))


def advise_for_plan(db: Database, plan_id: int, *, per_goal: int = 3) -> PlanAdvice:
    """:func:`advise_plan` for a stored plan."""
    view, entries, context = _load(db, plan_id)
    return advise_plan(entries, context, view.goals, per_goal=per_goal)


def plan_strengths(db: Database, plan_id: int) -> list[str]:
    """What the school already uses, named as strengths (for the panel and the command line)."""
    _view, entries, context = _load(db, plan_id)
    return strengths(entries, context)


def format_suggestions(suggestions: Sequence[Suggestion]) -> str:
    """Plain Dutch text for the command line: rank, name, points, then ``+`` reasons and ``!`` cautions."""
    if not suggestions:
        return _("Geen passende interventies gevonden.")
    lines = []
    for rank, suggestion in enumerate(suggestions, start=1):
        lines.append(f"{rank}. {suggestion.name}  ({suggestion.score:.1f})")
        lines.extend(f"   + {reason}" for reason in suggestion.reasons)
        lines.extend(f"   ! {caution}" for caution in suggestion.cautions)
    return "\n".join(lines)
