"""Suggestions: advice that starts from the goal, true reasons, evidence notes as cautions, never the same twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_planner.cli import run
from wellbeing_planner.content.catalogue import RECOGNITION_ORDER, Intervention, Recognition, catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, scan, schools
from wellbeing_planner.core.catalogue import mark_in_use
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.suggestions import (
    Suggestion,
    SuggestionContext,
    advice_for_panel,
    advise_for_plan,
    advise_plan,
    goal_themes,
    rank_interventions,
    strengths,
    suggest_for_plan,
)
from wellbeing_planner.core.views import GoalView, ScoreView
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.storage.db import Database

TODAY = dt.date(2026, 11, 30)
ALL = catalogue().interventions
BY_ID = {e.id: e for e in ALL}
INSTRUMENTS = {e.id for e in ALL if e.kind == "signaleringsinstrument"}
THEME_LABELS = dict(catalogue().themes)
EFFECTIVE = {"sterke_aanwijzingen", "goede_aanwijzingen", "eerste_aanwijzingen"}
#: The two goals from the municipal working group's plan (reference seeds) that the issue names.
BALANS = "We realiseren meer balans tussen ontspanning en inspanning voor kinderen."
KENNIS = ("We vergroten kennis en vaardigheden bij ouders en professionals, zodat ze beter toegerust zijn om "
          "kinderen te ondersteunen.")


def scores_for(school_type: str, per_pillar: dict[str, int], priority: str | None = None) -> tuple[ScoreView, ...]:
    return tuple(ScoreView(c.id, per_pillar[c.pillar], False, None, None, priority)
                 for c in framework().criteria_for(school_type) if c.pillar in per_pillar)


def goal(pillars: tuple[str, ...] = (), layer: str | None = "universeel", themes: tuple[str, ...] = (),
         title: str = "Doel", goal_id: int = 1) -> GoalView:
    return GoalView(goal_id, None, title, None, pillars, themes, layer, None, None, None, None, None, None, None,
                    None, None, None, "dit_schooljaar", None, None, None, 0)


def ids(results: list[Suggestion]) -> list[str]:
    return [s.intervention_id for s in results]


_LABEL_TAGS = {label.casefold(): tag for tag, label in THEME_LABELS.items()}
#: Longest labels first, so "seksuele weerbaarheid" is one mention, not also "weerbaarheid".
_LABELS = re.compile(r"(?<!\w)(" + "|".join(re.escape(label) for label in sorted(_LABEL_TAGS, key=len, reverse=True))
                     + r")(?!\w)")


@functools.cache
def mentioned_themes(text: str) -> frozenset[str]:
    """The catalogue themes a reason speaks of; quotations (a criterion, a goal's title, in “ ”) are not claims."""
    folded = re.sub(r"“[^”]*”", "", text).casefold()
    return frozenset(_LABEL_TAGS[match.group(1)] for match in _LABELS.finditer(folded))


# --- golden advice ----------------------------------------------------------------------------------------


def test_a_po_school_weak_on_signaleren_gets_staff_training_or_a_care_route_in_its_top_five() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 0,
                                                          "beleid": 2}), today=TODAY)
    top = rank_interventions(ALL, ctx, limit=5)
    staff = [s for s in top if s.kind == "scholing" or "zorgroute" in BY_ID[s.intervention_id].themes]
    assert staff, ids(top)
    assert any("scholing voor het team" in r for s in staff for r in s.reasons)
    assert len(set(ids(top)) & INSTRUMENTS) == 1, "one instrument is enough; no wall of tied instruments"
    first = top[0]
    assert any("Signaleren" in r for r in first.reasons)
    assert BY_ID[first.intervention_id].verification == "volledig", "a fully verified entry wins a tie"


def test_a_vo_goal_on_bullying_gets_a_recognised_vo_anti_bullying_programme_first_with_its_evidence_note() -> None:
    ctx = SuggestionContext("VO", 1, 6, scores_for("VO", {"educatie": 2, "omgeving": 1, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    top = rank_interventions(ALL, ctx, goal=goal(("omgeving",), title="Minder pesten in de onderbouw"), limit=3)
    first = top[0]
    entry = BY_ID[first.intervention_id]
    assert "VO" in entry.school_types and "anti-pesten" in entry.themes
    assert entry.recognition.level in EFFECTIVE
    assert any("past bij het doel: thema pesten voorkomen en aanpakken" in r for r in first.reasons)
    for suggestion in top:  # every evidence note is a caution, e.g. Kanjertraining: no direct effect on bullying
        assert all(note.rstrip(".") in suggestion.cautions for note in BY_ID[suggestion.intervention_id].cautions)
    kanjer = next(s for s in top if s.intervention_id == "kanjertraining")
    assert any("een direct effect op pesten is niet gevonden" in c for c in kanjer.cautions)
    assert "het bewijs is juist op het thema van dit doel beperkt (pesten voorkomen en aanpakken)" in kanjer.cautions
    assert first.intervention_id != "kanjertraining", "a programme whose own evidence misses bullying is not first"


@pytest.mark.parametrize(("school_type", "title"), [("PO", BALANS), ("PO", KENNIS), ("VO", BALANS),
                                                    ("VO", KENNIS), ("MBO", KENNIS)])
def test_the_seed_goals_get_items_on_their_own_themes_in_the_top_three(school_type: str, title: str) -> None:
    kind = framework().school_type(school_type)
    ctx = SuggestionContext(school_type, kind.grade_min, kind.grade_max,
                            scores_for(school_type, {"educatie": 2, "omgeving": 2, "signaleren": 2, "beleid": 2}),
                            today=TODAY)
    the_goal = goal(("educatie",), title=title)
    wanted = set(goal_themes(the_goal))
    assert wanted, "the goal's words are understood"
    top = rank_interventions(ALL, ctx, goal=the_goal, limit=3)
    assert set(BY_ID[top[0].intervention_id].themes) & wanted, (ids(top), wanted)  # the first one is on topic
    on_topic = [s for s in top if set(BY_ID[s.intervention_id].themes) & wanted]
    assert all(any("past bij het doel: thema" in r for r in s.reasons) for s in on_topic)


def test_the_goals_words_are_read_as_themes() -> None:
    assert goal_themes(goal(title=BALANS)) == ("stress",)
    assert set(goal_themes(goal(title=KENNIS))) == {"ouderbetrokkenheid", "professionalisering"}
    assert "anti-pesten" in goal_themes(goal(title="Minder online pesten"))
    assert goal_themes(goal(title="Zorgen over leerlingen komen eerder op tafel")) == ("zorgroute",)
    assert {"kopp", "scheiding"} <= set(goal_themes(goal(title="Steun voor kinderen in een moeilijke thuissituatie")))
    assert goal_themes(goal(themes=("zorgstructuur",), title="Minder pesten")) == ("zorgroute", "ketensamenwerking")


@pytest.mark.parametrize("school_type", ["PO", "SBO", "SO", "VO", "MBO"])
def test_no_reason_mentions_a_theme_the_intervention_does_not_have(school_type: str) -> None:
    kind = framework().school_type(school_type)
    the_goals = [goal(title=BALANS), goal(title=KENNIS, goal_id=2), goal(("omgeving",), title="Minder pesten",
                                                                          goal_id=3),
                 goal(("signaleren",), "selectief", ("kopp", "scheiding"), title="Steun thuis", goal_id=4)]
    for scores in ({"educatie": 0, "omgeving": 1, "signaleren": 0, "beleid": 1},
                   {"educatie": 1, "omgeving": 0, "signaleren": 1, "beleid": 0}):
        ctx = SuggestionContext(school_type, kind.grade_min, kind.grade_max, scores_for(school_type, scores, "hoog"),
                                today=TODAY)
        runs = [rank_interventions(ALL, ctx, goals=the_goals)] + [rank_interventions(ALL, ctx, goal=g)
                                                                  for g in the_goals]
        for results in runs:
            for suggestion in results:
                own = set(BY_ID[suggestion.intervention_id].themes)
                for reason in suggestion.reasons:
                    assert mentioned_themes(reason) <= own, (suggestion.intervention_id, reason)


def test_the_nonsense_reasons_an_adviser_found_are_gone() -> None:
    for school_type in ("PO", "VO", "MBO"):
        kind = framework().school_type(school_type)
        ctx = SuggestionContext(school_type, kind.grade_min, kind.grade_max,
                                scores_for(school_type, {"educatie": 0, "omgeving": 0, "signaleren": 0,
                                                         "beleid": 0}), today=TODAY)
        for suggestion in rank_interventions(ALL, ctx):
            text = " ".join(suggestion.reasons)
            if suggestion.intervention_id == "vrienden":
                assert "online" not in text
            if suggestion.intervention_id == "mazl":
                assert "sociaal-emotionele ontwikkeling" not in text
            if suggestion.intervention_id == "happyles":
                assert "drie plichten" not in text


def test_topic_beats_evidence_and_ties_are_never_broken_by_the_name_alone() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    ranked = ids(rank_interventions(ALL, ctx, goal=goal(("educatie",), title=BALANS)))
    assert ranked.index("teamup") < ranked.index("kiva") and ranked.index("teamup") < ranked.index("pad")
    base = BY_ID["zien"]
    weaker = dataclasses.replace(base, id="a-weak", name="Aaa", verification="gedeeltelijk", grade_ranges=())
    stronger = dataclasses.replace(base, id="z-strong", name="Zzz")
    results = rank_interventions([weaker, stronger], SuggestionContext("PO", 1, 8, (), today=TODAY))
    assert results[0].score == results[1].score
    assert ids(results) == ["z-strong", "a-weak"], "fully verified and known groups come before the alphabet"


def test_evidence_notes_and_narrow_grades_are_cautions() -> None:
    ctx = SuggestionContext("PO", 1, 8, (), today=TODAY)
    results = {s.intervention_id: s for s in rank_interventions(ALL, ctx)}
    kanjer, kiva = results["kanjertraining"], results["kiva"]
    assert any("een direct effect op pesten is niet gevonden" in c for c in kanjer.cautions)
    assert "erkenning ouder dan vijf jaar — controleer de databank" in kanjer.cautions
    assert "alleen voor groep 5–8" in kiva.cautions and "past bij PO groep 5–8" in kiva.reasons
    assert "datum van de erkenning onbekend — controleer de databank" in kiva.cautions
    assert "effectief volgens sterke aanwijzingen (NJi Databank Effectieve Jeugdinterventies)" in kiva.reasons


# --- hard rules, in use and planned -------------------------------------------------------------------------


def test_a_vo_school_never_gets_po_only_programmes_and_mbo_only_what_fits_mbo() -> None:
    vo = SuggestionContext("VO", 1, 6, scores_for("VO", {"educatie": 2, "omgeving": 0, "signaleren": 2,
                                                         "beleid": 2}), today=TODAY)
    results = rank_interventions(ALL, vo)
    assert results and all("VO" in BY_ID[s.intervention_id].school_types for s in results)
    assert not {"kiva", "vreedzame-school", "kwink", "prima"} & set(ids(results))
    mbo = SuggestionContext("MBO", 1, 4, (), today=TODAY)
    assert all("MBO" in BY_ID[s.intervention_id].school_types for s in rank_interventions(ALL, mbo))
    lower = SuggestionContext("PO", 1, 3, (), today=TODAY)
    assert "kiva" not in ids(rank_interventions(ALL, lower))  # KiVa: groep 5-8


def test_what_is_in_use_is_a_strength_and_its_look_alikes_are_flagged() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 1, "omgeving": 1, "signaleren": 1,
                                                          "beleid": 1}), in_use=frozenset({"kanjertraining"}),
                            today=TODAY)
    results = {s.intervention_id: s for s in rank_interventions(ALL, ctx)}
    assert "kanjertraining" not in results
    assert strengths(ALL, ctx) == ["al in gebruik: Kanjertraining (effectief volgens sterke aanwijzingen)"]
    assert "hoort bij Kanjertraining, dat de school al gebruikt" in results["kanvas"].reasons
    look_alike = "lijkt op Kanjertraining, dat de school al gebruikt — kies het alleen als aanvulling"
    assert look_alike in results["kiva"].cautions and look_alike in results["vreedzame-school"].cautions
    assert not any("Kanjertraining" in c for c in results["kies"].cautions)


def test_what_the_plan_already_has_is_skipped() -> None:
    plain = SuggestionContext("PO", 1, 8, (), today=TODAY)
    planned = dataclasses.replace(plain, planned=frozenset({"kiva", "zien"}))
    assert {"kiva", "zien"} <= set(ids(rank_interventions(ALL, plain)))
    assert not {"kiva", "zien"} & set(ids(rank_interventions(ALL, planned)))


# --- plan-level advice covers the goals ------------------------------------------------------------------


def test_plan_level_advice_follows_the_goals_and_names_what_serves_several() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    the_goals = [goal(("omgeving",), title="Minder pesten", goal_id=11),
                 goal(("educatie",), title="Sterke sociale vaardigheden", goal_id=12)]
    advice = advise_plan(ALL, ctx, the_goals)
    assert [g.goal_id for g in advice.per_goal] == [11, 12]
    assert all(len(g.suggestions) == 3 for g in advice.per_goal)
    bullying = advice.per_goal[0].suggestions[0]
    assert "anti-pesten" in BY_ID[bullying.intervention_id].themes
    assert advice.shared and all(len(s.goal_ids) >= 2 for s in advice.shared)
    assert any(r.startswith("dient ook een ander doel: “") for r in advice.shared[0].reasons)
    overall = rank_interventions(ALL, ctx, goals=the_goals, limit=5)
    assert list(advice.overall[:5]) == overall
    assert all(any("past bij het doel “" in r for r in s.reasons) for s in overall)
    without_goals = ids(rank_interventions(ALL, ctx, limit=5))
    assert without_goals != ids(overall), "the plan's goals change the plan-level advice"


# --- the same input always gives the same answer -------------------------------------------------------------


def test_same_input_same_order_whatever_the_catalogue_order() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 1, "omgeving": 3, "signaleren": 0,
                                                          "beleid": 2}), in_use=frozenset({"kanjertraining", "zien"}),
                            today=TODAY)
    first = rank_interventions(ALL, ctx, goals=[goal(title=BALANS), goal(title=KENNIS, goal_id=2)])
    assert rank_interventions(list(reversed(ALL)), ctx, goals=[goal(title=BALANS), goal(title=KENNIS, goal_id=2)]
                              ) == first


SCHOOL_TYPES = [t.id for t in framework().school_types]
PILLARS = [p.id for p in framework().pillars]
LAYERS = [p.id for p in framework().prevention_layers]
THEMES = [*THEME_LABELS, "onbekend-thema"]
LEVELS = [*RECOGNITION_ORDER, "een-nieuw-niveau"]


@st.composite
def interventions(draw: st.DrawFn, index: int) -> Intervention:
    """A shipped entry as it is, or with its facts shuffled (any school types, grades, themes, evidence)."""
    base = draw(st.sampled_from(ALL))
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
        base, id=f"x-{index}", name=draw(st.sampled_from(["Alpha", "alpha", "Beta", "Kanjertraining", "Ω", ""])),
        kind=draw(st.sampled_from(["interventie", "signaleringsinstrument", "voorziening", "scholing"])),
        school_types=school_types, grade_ranges=tuple(ranges),
        pillars=tuple(draw(st.lists(st.sampled_from(PILLARS), unique=True, max_size=4))),
        pillars_official=draw(st.booleans()),
        themes=tuple(draw(st.lists(st.sampled_from(THEMES), unique=True, max_size=4))),
        prevention_layers=tuple(draw(st.lists(st.sampled_from(LAYERS), unique=True, max_size=3))),
        prevention_layers_official=draw(st.booleans()),
        scope=tuple(draw(st.lists(st.sampled_from(["schoolbreed", "klas", "groep", "individueel", "keten"]),
                                  unique=True, max_size=3))),
        recognition=recognition, gezonde_school=draw(st.sampled_from(["ja", "nee", "unknown"])),
        implementation_effort=draw(st.sampled_from(["laag", "midden", "hoog", "unknown"])),
        training=draw(st.sampled_from([None, "", "Twee jaar; veel", "(alleen haakjes)", "Kanjertraining", ":"])),
        description=draw(st.sampled_from(["", "Werkt samen met Kanjertraining.", "Alpha en Beta"])),
        cautions=tuple(draw(st.lists(st.sampled_from(["Geen effect op pesten.", "Alleen groep 8."]), unique=True))),
        local_example=draw(st.booleans()), local=draw(st.booleans()))


@st.composite
def catalogues(draw: st.DrawFn) -> list[Intervention]:
    return [draw(interventions(index)) for index in range(draw(st.integers(0, 12)))]


@st.composite
def contexts(draw: st.DrawFn, entries: list[Intervention]) -> SuggestionContext:
    school_type = draw(st.sampled_from(SCHOOL_TYPES))
    kind = framework().school_type(school_type)
    lo: int | None = None
    hi: int | None = None
    if draw(st.booleans()):
        lo = draw(st.integers(kind.grade_min, kind.grade_max))
        hi = draw(st.integers(lo, kind.grade_max))
    scores = []
    for criterion in framework().criteria_for(school_type):
        choice: str | int = draw(st.one_of(st.sampled_from(["unscored", "nvt"]), st.integers(0, 3)))
        if choice == "unscored":
            continue
        scores.append(ScoreView(criterion.id, choice if isinstance(choice, int) else None, choice == "nvt",
                                "past niet" if choice == "nvt" else None, None,
                                draw(st.sampled_from([None, "laag", "midden", "hoog"]))))
    pool = [e.id for e in entries] or ["niets"]
    in_use = frozenset(draw(st.lists(st.sampled_from(pool), max_size=4)))
    planned = frozenset(draw(st.lists(st.sampled_from(pool), max_size=3)))
    return SuggestionContext(school_type, lo, hi, tuple(scores), in_use, TODAY, planned)


goal_views = st.builds(
    lambda pillars, themes, layer, title, ident: goal(tuple(pillars), layer, tuple(themes), title, ident),
    st.lists(st.sampled_from(PILLARS), unique=True, max_size=4),
    st.lists(st.sampled_from([*THEMES, "schoolklimaat", "zorgstructuur", "lesprogramma"]), unique=True, max_size=3),
    st.sampled_from([None, *LAYERS]),
    st.sampled_from(["Doel", "Minder pesten", "Zorgen eerder zien", BALANS, KENNIS, "", "   "]),
    st.integers(1, 5))


@settings(max_examples=500, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), entries=catalogues(), one_goal=st.one_of(st.none(), goal_views),
       plan_goals=st.lists(goal_views, max_size=3, unique_by=lambda g: g.id),
       limit=st.one_of(st.none(), st.integers(1, 10)))
def test_random_plans_never_break_the_rules(data: st.DataObject, entries: list[Intervention],
                                            one_goal: GoalView | None, plan_goals: list[GoalView],
                                            limit: int | None) -> None:
    ctx = data.draw(contexts(entries))
    results = rank_interventions(entries, ctx, goal=one_goal, goals=plan_goals, limit=limit)
    by_id = {e.id: e for e in entries}
    allowed = {e.id for e in entries if ctx.school_type in e.school_types
               and e.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max)
               and e.id not in ctx.in_use and e.id not in ctx.planned}
    for suggestion in results:
        entry = by_id[suggestion.intervention_id]
        assert ctx.school_type in entry.school_types  # the school-type rule
        assert entry.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max)  # the grade rule
        assert suggestion.intervention_id not in ctx.in_use | ctx.planned  # in use and planned are skipped
        assert math.isfinite(suggestion.score)
        assert suggestion.reasons, "every suggestion says at least why it fits the school"
        assert all(text and text == text.strip() for text in suggestion.reasons + suggestion.cautions)
        assert len(set(suggestion.reasons)) == len(suggestion.reasons)
        assert all(note.rstrip(".") in suggestion.cautions for note in entry.cautions)
        for reason in suggestion.reasons:
            assert mentioned_themes(reason) <= set(entry.themes), reason
    assert len(results) == (len(allowed) if limit is None else min(limit, len(allowed)))
    if limit is None:
        assert {s.intervention_id for s in results} == allowed
    scores = [s.score for s in results]
    assert scores == sorted(scores, reverse=True)
    shuffled = data.draw(st.permutations(entries))
    assert rank_interventions(shuffled, ctx, goal=one_goal, goals=plan_goals, limit=limit) == results


# --- from the database and on the command line ------------------------------------------------------------


@pytest.fixture
def plan_and_goal(db: Database) -> tuple[int, int]:
    school = schools.create_school(db, "OBS De Linde", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    for criterion in framework().criteria_for("PO"):
        scan.update_score(db, plan.id, criterion.id, score=0 if criterion.pillar == "signaleren" else 2)
    goal_id = goals.add_goal(db, plan.id, "Zorgen eerder zien", pillars=["signaleren"],
                             prevention_layer="universeel")
    mark_in_use(db, plan.id, "kanjertraining")
    return plan.id, goal_id


def test_suggest_for_a_stored_plan_skips_what_is_in_use_and_planned(db: Database,
                                                                    plan_and_goal: tuple[int, int]) -> None:
    plan_id, goal_id = plan_and_goal
    plan_wide = suggest_for_plan(db, plan_id, limit=5)
    for_goal = suggest_for_plan(db, plan_id, goal_id=goal_id, limit=5)
    assert len(plan_wide) == 5 and len(for_goal) == 5
    assert all(s.intervention_id != "kanjertraining" for s in plan_wide + for_goal)
    assert any(s.intervention_id in INSTRUMENTS for s in for_goal)
    first = for_goal[0].intervention_id
    activities.add_activity_for_intervention(db, plan_id, goal_id, first)
    assert first not in ids(suggest_for_plan(db, plan_id, goal_id=goal_id))
    panel = advice_for_panel(db, plan_id, limit=3)
    assert panel.strengths == ("al in gebruik: Kanjertraining (effectief volgens sterke aanwijzingen)",)
    assert len(panel.suggestions) == 3 and all(s.goal_ids in ((goal_id,), ()) for s in panel.suggestions)
    assert [g.goal_id for g in panel.per_goal] == [goal_id] and len(panel.per_goal[0].suggestions) == 3
    assert advice_for_panel(db, plan_id, goal_id=goal_id).per_goal == ()
    advice = advise_for_plan(db, plan_id)
    assert [g.goal_id for g in advice.per_goal] == [goal_id]
    assert first not in ids(list(advice.per_goal[0].suggestions))


def test_suggest_command(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "OBS De Linde", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    goal_id = goals.add_goal(db, plan.id, "Minder pesten", pillars=["omgeving"])
    db.close()
    assert run(["--data-dir", str(data_dir), "suggest", str(plan.id), "--json", "--limit", "5"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert all({"intervention_id", "name", "score", "reasons", "cautions"} <= row.keys() for row in rows)
    assert run(["--data-dir", str(data_dir), "suggest", str(plan.id), "--goal", str(goal_id)]) == 0
    out = capsys.readouterr().out
    assert "1. " in out and "pesten voorkomen en aanpakken" in out
    assert run(["--data-dir", str(data_dir), "suggest", str(plan.id), "--goal", "999"]) == 2
    assert "hoort niet bij plan" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "suggest", "999"]) == 2


def test_the_worked_examples_in_the_docs_hold() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "suggestions.md").read_text(encoding="utf-8")
    vo = SuggestionContext("VO", 1, 6, scores_for("VO", {"educatie": 2, "omgeving": 1, "signaleren": 2,
                                                         "beleid": 2}), today=TODAY)
    bullying = {s.intervention_id: s.score for s in rank_interventions(
        ALL, vo, goal=goal(("omgeving",), title="Minder pesten in de onderbouw"))}
    po = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 2,
                                                         "beleid": 2}), today=TODAY)
    balance = {s.intervention_id: s.score for s in rank_interventions(ALL, po, goal=goal(("educatie",), title=BALANS))}
    for score in (bullying["taakspel"], bullying["kanjertraining"], balance["teamup"], balance["kiva"]):
        assert f"**{score:.1f}**".replace(".", ",") in docs, score
