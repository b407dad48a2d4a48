"""Property test: random plans, goals and catalogues never break the hard rules, the scores or the order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_planner.content.catalogue import RECOGNITION_ORDER, Intervention, Recognition, catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core.suggestions import SuggestionContext, rank_interventions
from wellbeing_planner.core.views import GoalView, ScoreView

BUNDLED = catalogue().interventions
SCHOOL_TYPES = [t.id for t in framework().school_types]
PILLARS = [p.id for p in framework().pillars]
LAYERS = [p.id for p in framework().prevention_layers]
THEMES = [tag for tag, _label in catalogue().themes] + ["onbekend-thema", "leefstijl"]
LEVELS = [*RECOGNITION_ORDER, "een-nieuw-niveau"]


@st.composite
def interventions(draw: st.DrawFn, index: int) -> Intervention:
    """A bundled entry as it is, or with its facts shuffled (any school types, grades, themes, evidence)."""
    base = draw(st.sampled_from(BUNDLED))
    if draw(st.booleans()):
        return dataclasses.replace(base, id=f"{base.id}-{index}")
    school_types = tuple(draw(st.lists(st.sampled_from(SCHOOL_TYPES), unique=True, max_size=3)))
    ranges = []
    for kind in school_types:
        if draw(st.booleans()):
            top = framework().school_type(kind).grade_max
            lo = draw(st.integers(1, top))
            ranges.append((kind, lo, draw(st.integers(lo, top))))
    date = draw(st.one_of(st.none(), st.dates(dt.date(2005, 1, 1), dt.date(2026, 12, 31))))
    recognition = Recognition(draw(st.sampled_from(LEVELS)), draw(st.sampled_from(["Label", "Goed onderbouwd", ""])),
                              draw(st.sampled_from([None, "nji", "lgl"])), date,
                              date.isoformat() if date else None, None)
    return dataclasses.replace(
        base, id=f"x-{index}", name=draw(st.sampled_from(["Alpha", "alpha", "Beta", "Kanjertraining", "Ω"])),
        kind=draw(st.sampled_from(["interventie", "signaleringsinstrument", "voorziening"])),
        school_types=school_types, grade_ranges=tuple(ranges),
        pillars=tuple(draw(st.lists(st.sampled_from(PILLARS), unique=True, max_size=4))),
        pillars_official=draw(st.booleans()),
        themes=tuple(draw(st.lists(st.sampled_from(THEMES), unique=True, max_size=4))),
        prevention_layers=tuple(draw(st.lists(st.sampled_from(LAYERS), unique=True, max_size=3))),
        scope=tuple(draw(st.lists(st.sampled_from(["schoolbreed", "klas", "groep", "individueel", "keten"]),
                                  unique=True, max_size=3))),
        recognition=recognition, gezonde_school=draw(st.sampled_from(["ja", "nee", "unknown"])),
        implementation_effort=draw(st.sampled_from(["laag", "midden", "hoog", "unknown"])),
        training=draw(st.sampled_from([None, "", "Tweejarig traject; veel", "(alleen haakjes)", "Kanjertraining"])),
        local=draw(st.booleans()))


@st.composite
def catalogues(draw: st.DrawFn) -> list[Intervention]:
    size = draw(st.integers(0, 40))
    return [draw(interventions(index)) for index in range(size)]


@st.composite
def contexts(draw: st.DrawFn, entries: list[Intervention]) -> SuggestionContext:
    school_type = draw(st.sampled_from(SCHOOL_TYPES))
    kind = framework().school_type(school_type)
    if draw(st.booleans()):
        lo: int | None = draw(st.integers(kind.grade_min, kind.grade_max))
        hi: int | None = draw(st.integers(lo or kind.grade_min, kind.grade_max))
    else:
        lo = hi = None
    scores = []
    for criterion in framework().criteria_for(school_type):
        choice: str | int = draw(st.one_of(st.sampled_from(["unscored", "nvt"]), st.integers(0, 3)))
        if choice == "unscored":
            continue
        scores.append(ScoreView(criterion.id, choice if isinstance(choice, int) else None, choice == "nvt",
                                "past niet" if choice == "nvt" else None, None,
                                draw(st.sampled_from([None, "laag", "midden", "hoog"]))))
    ids = [e.id for e in entries] or ["niets"]
    in_use = frozenset(draw(st.lists(st.sampled_from(ids), max_size=4)))
    planned = frozenset(draw(st.lists(st.sampled_from(ids), max_size=3)))
    return SuggestionContext(school_type, lo, hi, tuple(scores), in_use, dt.date(2026, 11, 24), planned)


goals = st.builds(
    lambda pillars, themes, layer, title: GoalView(
        7, None, title, None, tuple(pillars), tuple(themes), layer, None, None, None, None, None, None, None,
        None, None, None, "dit_schooljaar", None, None, None, 0),
    st.lists(st.sampled_from(PILLARS), unique=True, max_size=4),
    st.lists(st.sampled_from([*THEMES, "schoolklimaat", "zorgstructuur"]), unique=True, max_size=3),
    st.sampled_from([None, *LAYERS]),
    st.sampled_from(["Doel", "Minder pesten", "Zorgen eerder zien", "Steun bij scheiding en thuissituatie", ""]))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), entries=catalogues(), goal=st.one_of(st.none(), goals), limit=st.one_of(st.none(),
                                                                                              st.integers(1, 10)))
def test_random_plans_never_break_the_rules(data: st.DataObject, entries: list[Intervention],
                                            goal: GoalView | None, limit: int | None) -> None:
    ctx = data.draw(contexts(entries))
    results = rank_interventions(entries, ctx, goal=goal, limit=limit)
    by_id = {e.id: e for e in entries}
    allowed = {e.id for e in entries if ctx.school_type in e.school_types
               and e.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max)
               and e.id not in ctx.in_use and e.id not in ctx.planned}
    for suggestion in results:
        entry = by_id[suggestion.intervention_id]
        assert ctx.school_type in entry.school_types  # the school-type rule
        assert entry.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max)  # the grade rule
        assert suggestion.intervention_id not in ctx.in_use | ctx.planned
        assert math.isfinite(suggestion.score)
        assert suggestion.reasons, "every suggestion says at least why it fits the school"
        assert all(text and text == text.strip() for text in suggestion.reasons + suggestion.cautions)
    assert len(results) == (len(allowed) if limit is None else min(limit, len(allowed)))
    if limit is None:
        assert {s.intervention_id for s in results} == allowed
    keys = [(-s.score, s.name.casefold(), s.intervention_id) for s in results]
    assert keys == sorted(keys)
    shuffled = data.draw(st.permutations(entries))
    assert rank_interventions(shuffled, ctx, goal=goal, limit=limit) == results  # deterministic
