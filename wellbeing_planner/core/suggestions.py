"""Explainable, deterministic intervention advice for a plan or one goal.

How the advice is formed (also in ``docs/suggestions.md``):

1. **Hard rules.** Only interventions for the school's type whose grade range overlaps
   the school's groups or years; never what the school already uses (that is named as
   a strength instead).
2. **Points**, all in :data:`WEIGHTS` below:
   * *need* — for each pillar of the intervention, the gap of that pillar in the scan
     (1 − share of the maximum) × ``pillar_need``; an unscored pillar counts as half a gap;
   * *low criteria* — criteria scored 0 or 1 whose themes match the intervention's themes;
   * *goal* — the goal's pillars, themes and prevention layer (only when asking for one goal);
   * *evidence* — the recognition level in the Dutch databases, and Gezonde School status;
   * *fit* — a schoolwide scope for a universal goal; a signalling instrument when
     Signaleren is weak and no instrument is in use;
   * *cautions cost a little*: an intensive trajectory, a recognition older than five
     years, a provision to refer to rather than a school programme.
3. **Order.** Highest score first; ties by name, then id — the same input always
   gives the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wellbeing_planner.content.catalogue import Intervention
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import scan
from wellbeing_planner.core.formatting import format_percent
from wellbeing_planner.core.views import GoalView, PlanView, ScoreView, load_plan_view
from wellbeing_planner.errors import NotFoundError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database


@dataclass(frozen=True)
class Weights:
    """Every weight of the advice in one place."""

    pillar_need: float = 30.0  # × the largest gap (1 − share) among the intervention's pillars
    extra_pillar: float = 3.0  # per further pillar it serves
    off_topic: float = -25.0  # no wellbeing theme at all (e.g. a nutrition and exercise programme)
    wellbeing_themes: tuple[str, ...] = (
        "sociaal-emotioneel", "anti-pesten", "sociale-veiligheid", "klassenklimaat", "gedrag", "weerbaarheid",
        "mentale-gezondheid", "depressie", "angst", "scheiding", "kopp", "verzuim", "trauma", "nieuwkomers",
        "burgerschap", "conflicthantering", "monitoring", "seksuele-weerbaarheid", "geluk", "zelfbeeld",
        "peer-support", "huiselijk-geweld", "mantelzorg", "overgang-po-vo", "personeel", "armoede")
    unscored_gap: float = 0.5  # the gap assumed for a pillar that is not scored yet
    weak_share: float = 0.67  # below this share a pillar counts as "weak" in the reasons
    low_criterion: float = 6.0  # per low-scoring criterion whose themes match (at most 3 count)
    goal_pillar: float = 15.0  # per pillar shared with the goal
    goal_theme: float = 8.0  # per theme shared with the goal
    goal_layer: float = 10.0  # the goal's prevention layer is one of the intervention's layers
    evidence: dict[str, float] = field(default_factory=lambda: {
        "sterke_aanwijzingen": 25.0, "goede_aanwijzingen": 20.0, "eerste_aanwijzingen": 14.0,
        "goed_onderbouwd": 8.0, "goed_beschreven": 4.0, "unknown": 0.0, "niet_beoordeeld": 0.0,
        "niet_erkend": -15.0})
    gezonde_school: float = 8.0
    schoolwide: float = 6.0
    instrument_for_weak_signaleren: float = 30.0
    signaleren_weak_below: float = 0.5
    provision: float = -12.0  # a provision to refer to, not a school programme
    expired: float = -5.0
    intensive: float = -4.0


WEIGHTS = Weights()

#: Criterion theme tags (framework) → catalogue theme tags that serve them.
CRITERION_THEMES: dict[str, tuple[str, ...]] = {
    "schoolklimaat": ("klassenklimaat", "sociale-veiligheid", "gedrag"),
    "sociale-veiligheid": ("sociale-veiligheid", "anti-pesten"),
    "anti-pesten": ("anti-pesten",),
    "sociaal-emotioneel": ("sociaal-emotioneel",),
    "lesprogramma": ("sociaal-emotioneel", "weerbaarheid"),
    "ouderbetrokkenheid": ("ouderbetrokkenheid",),
    "monitoring": ("monitoring",),
    "professionalisering": ("professionalisering",),
    "personeel": ("personeel",),
    "mentale-gezondheid": ("mentale-gezondheid", "depressie", "angst"),
    "zorgstructuur": ("ketensamenwerking", "monitoring"),
    "samenwerking": ("ketensamenwerking",),
    "leerlingparticipatie": ("burgerschap",),
    "kansengelijkheid": ("armoede", "nieuwkomers", "trauma"),
}


@dataclass(frozen=True, slots=True)
class SuggestionContext:
    """What the advice looks at, in plain values (so it can be built by hand in tests)."""

    school_type: str
    grade_min: int | None
    grade_max: int | None
    scores: tuple[ScoreView, ...] = ()
    in_use: frozenset[str] = frozenset()
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True, slots=True)
class Suggestion:
    intervention_id: str
    name: str
    score: float
    reasons: tuple[str, ...]
    cautions: tuple[str, ...]
    pillars: tuple[str, ...]
    recognition_label: str
    local: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"intervention_id": self.intervention_id, "name": self.name, "score": self.score,
                "reasons": list(self.reasons), "cautions": list(self.cautions), "pillars": list(self.pillars),
                "recognition": self.recognition_label, "local": self.local}


def allowed(entry: Intervention, ctx: SuggestionContext) -> bool:
    """The hard rules: right school type, overlapping grades, not in use."""
    return (ctx.school_type in entry.school_types and entry.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max)
            and entry.id not in ctx.in_use)


def _grades_reason(entry: Intervention, ctx: SuggestionContext) -> tuple[str, str | None]:
    fw = framework()
    kind = fw.school_type(ctx.school_type)
    own = entry.grade_range(ctx.school_type)
    school = (ctx.grade_min or kind.grade_min, ctx.grade_max or kind.grade_max)
    if own is None:
        return _("past bij {type}").format(type=ctx.school_type), None
    span = f"{own[0]}–{own[1]}" if own[0] != own[1] else str(own[0])
    reason = _("past bij {type} {label} {span}").format(type=ctx.school_type, label=kind.grade_label, span=span)
    caution = None
    if own[0] > school[0] or own[1] < school[1]:
        caution = _("alleen voor {label} {span}").format(label=kind.grade_label, span=span)
    return reason, caution


def _score_one(entry: Intervention, ctx: SuggestionContext, shares: dict[str, scan.PillarScore],
               low_criteria: list[Any], goal: GoalView | None, instrument_in_use: bool,
               weights: Weights) -> Suggestion:
    fw = framework()
    points = 0.0
    reasons: list[str] = []
    cautions: list[str] = []
    grade_reason, grade_caution = _grades_reason(entry, ctx)
    reasons.append(grade_reason)
    if grade_caution:
        cautions.append(grade_caution)
    gaps = []
    for pillar in entry.pillars:
        result = shares.get(pillar)
        if result is None:
            continue
        gaps.append(weights.unscored_gap if result.share is None else 1.0 - result.share)
    if gaps:
        points += weights.pillar_need * max(gaps) + weights.extra_pillar * (len(gaps) - 1)
    weak = sorted((shares[p] for p in entry.pillars if p in shares and shares[p].share is not None
                   and (shares[p].share or 0) < weights.weak_share), key=lambda r: r.share or 0)
    for result in weak[:2]:
        reasons.append(_("versterkt {pillar} (scan {share})").format(pillar=fw.pillar(result.pillar).name,
                                                                     share=format_percent(result.share)))
    if entry.themes and not any(t in weights.wellbeing_themes for t in entry.themes):
        points += weights.off_topic
        cautions.append(_("vooral gericht op een gezonde leefstijl, minder op welbevinden"))
    matched = [c for c in low_criteria if any(t in entry.themes for tag in c.themes
                                              for t in CRITERION_THEMES.get(tag, (tag,)))]
    if matched:
        points += weights.low_criterion * min(3, len(matched))
        statement = matched[0].statement.rstrip(".")
        reasons.append(_("helpt bij een laag scorend criterium: {c}").format(
            c=statement[:90] + ("…" if len(statement) > 90 else "")))
    if goal is not None:
        shared = [p for p in entry.pillars if p in goal.pillars]
        points += weights.goal_pillar * len(shared)
        if shared:
            reasons.append(_("sluit aan bij het doel ({pillars})").format(
                pillars=", ".join(fw.pillar(p).name for p in shared)))
        themes = [t for t in goal.themes if t in entry.themes]
        points += weights.goal_theme * len(themes)
        if goal.prevention_layer and goal.prevention_layer in entry.prevention_layers:
            points += weights.goal_layer
            reasons.append(_("op de preventielaag van het doel: {layer}").format(
                layer=fw.name_of("prevention_layers", goal.prevention_layer).lower()))
    rec = entry.recognition
    points += weights.evidence.get(rec.level, 0.0)
    if rec.level in ("sterke_aanwijzingen", "goede_aanwijzingen", "eerste_aanwijzingen", "goed_onderbouwd",
                     "goed_beschreven"):
        reasons.append(_(rec.label).lower() + (f" ({rec.database_label()})" if rec.database else ""))
    elif rec.level == "niet_erkend":
        cautions.append(_("niet erkend door de erkenningscommissie"))
    elif entry.kind != "signaleringsinstrument":
        cautions.append(_("geen erkenning bekend"))
    if rec.is_possibly_expired(ctx.today):
        points += weights.expired
        cautions.append(_("erkenning ouder dan vijf jaar — controleer de databank"))
    if entry.gezonde_school == "ja":
        points += weights.gezonde_school
        reasons.append(_("erkende Gezonde School-activiteit"))
    if "schoolbreed" in entry.scope and (goal is None or goal.prevention_layer in (None, "universeel")):
        points += weights.schoolwide
        reasons.append(_("schoolbrede aanpak"))
    signaleren = shares.get("signaleren")
    if entry.kind == "signaleringsinstrument":
        signaleren_weak = signaleren is not None and signaleren.share is not None and \
            signaleren.share < weights.signaleren_weak_below
        if signaleren_weak and not instrument_in_use:
            points += weights.instrument_for_weak_signaleren
            reasons.append(_("instrument om signalen te volgen; Signaleren scoort laag"))
    if entry.kind == "voorziening":
        points += weights.provision
        cautions.append(_("een voorziening om naar te verwijzen, geen programma voor de school zelf"))
    if entry.implementation_effort == "hoog":
        points += weights.intensive
        cautions.append(_("vraagt een intensief invoeringstraject") + (
            f": {entry.training[:110]}{'…' if len(entry.training) > 110 else ''}" if entry.training else ""))
    if entry.pillars and not entry.pillars_official and not entry.local:
        cautions.append(_("pijlers afgeleid, niet officieel vastgesteld"))
    if entry.cost is None:
        cautions.append(_("kosten onbekend"))
    if entry.local:
        reasons.append(_("eigen interventie van de school"))
    return Suggestion(entry.id, entry.name, round(points, 1), tuple(reasons), tuple(cautions), entry.pillars,
                      rec.label, entry.local)


def rank_interventions(interventions: Iterable[Intervention], ctx: SuggestionContext, *,
                       goal: GoalView | None = None, limit: int | None = None,
                       weights: Weights = WEIGHTS) -> list[Suggestion]:
    """Rank what fits (see the module docstring); deterministic for the same input."""
    entries = list(interventions)
    shares = scan.pillar_scores(ctx.scores, ctx.school_type)
    low = [framework().criterion(s.criterion_id) for s in ctx.scores
           if s.score is not None and s.score <= 1 and not s.not_applicable
           and s.criterion_id in {c.id for c in framework().criteria_for(ctx.school_type)}]
    instrument_in_use = any(e.kind == "signaleringsinstrument" and e.id in ctx.in_use for e in entries)
    results = [_score_one(e, ctx, shares, low, goal, instrument_in_use, weights) for e in entries if allowed(e, ctx)]
    results.sort(key=lambda s: (-s.score, s.name.casefold(), s.intervention_id))
    return results[:limit] if limit is not None else results


def strengths(interventions: Iterable[Intervention], ctx: SuggestionContext) -> list[str]:
    """What the school already uses, named as a strength."""
    return [_("al in gebruik: {name} ({level})").format(name=e.name, level=_(e.recognition.label).lower())
            for e in interventions if e.id in ctx.in_use]


def context_for(view: PlanView, in_use: Iterable[str], today: dt.date | None = None) -> SuggestionContext:
    return SuggestionContext(view.school.school_type, view.school.grade_min, view.school.grade_max, view.scores,
                             frozenset(in_use), today or dt.date.today())


def suggest_for_plan(db: Database, plan_id: int, *, goal_id: int | None = None, limit: int = 10) -> list[Suggestion]:
    """Suggestions for a plan (or one of its goals) from the bundled catalogue and the school's own entries."""
    from wellbeing_planner.core.catalogue import all_interventions, in_use_ids

    view = load_plan_view(db, plan_id)
    goal = None
    if goal_id is not None:
        goal = view.goal(goal_id)
        if goal is None:
            raise NotFoundError(_("Doel {id} hoort niet bij plan {plan}.").format(id=goal_id, plan=plan_id))
    return rank_interventions(all_interventions(db), context_for(view, in_use_ids(db, plan_id)), goal=goal,
                              limit=limit)


def format_suggestions(suggestions: Sequence[Suggestion]) -> str:
    if not suggestions:
        return _("Geen passende interventies gevonden.")
    lines = []
    for rank, suggestion in enumerate(suggestions, start=1):
        lines.append(f"{rank}. {suggestion.name}  ({suggestion.score:.1f})")
        lines.extend(f"   + {reason}" for reason in suggestion.reasons)
        lines.extend(f"   ! {caution}" for caution in suggestion.cautions)
    return "\n".join(lines)
