"""Suggestions: what a Gezonde School adviser would name, hard rules never broken, always the same order."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from wellbeing_planner.content.catalogue import Intervention, catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, goals, plans, scan, schools
from wellbeing_planner.core.catalogue import LocalInterventionInput, create_local_intervention, mark_in_use
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.suggestions import (
    WEIGHTS,
    Suggestion,
    SuggestionContext,
    format_suggestions,
    plan_strengths,
    rank_interventions,
    strengths,
    suggest_for_plan,
)
from wellbeing_planner.core.views import GoalView, ScoreView
from wellbeing_planner.errors import NotFoundError
from wellbeing_planner.storage.db import Database

TODAY = dt.date(2026, 11, 24)
ALL = catalogue().interventions
BY_ID = {e.id: e for e in ALL}
INSTRUMENTS = {e.id for e in ALL if e.kind == "signaleringsinstrument"}
NJI = "NJi Databank Effectieve Jeugdinterventies"


def scores_for(school_type: str, per_pillar: dict[str, int], priority: str | None = None) -> tuple[ScoreView, ...]:
    return tuple(ScoreView(c.id, per_pillar[c.pillar], False, None, None, priority)
                 for c in framework().criteria_for(school_type) if c.pillar in per_pillar)


def goal(pillars: tuple[str, ...], layer: str | None = "universeel", themes: tuple[str, ...] = (),
         title: str = "Doel") -> GoalView:
    return GoalView(1, None, title, None, pillars, themes, layer, None, None, None, None, None, None, None, None,
                    None, None, "dit_schooljaar", None, None, None, 0)


def rank(ctx: SuggestionContext, **kwargs: object) -> list[Suggestion]:
    return rank_interventions(ALL, ctx, **kwargs)  # type: ignore[arg-type]


def ids(results: list[Suggestion]) -> list[str]:
    return [s.intervention_id for s in results]


def assert_fits_the_school(results: list[Suggestion], ctx: SuggestionContext) -> None:
    for suggestion in results:
        entry = BY_ID[suggestion.intervention_id]
        assert ctx.school_type in entry.school_types, suggestion.name
        assert entry.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max), suggestion.name


# --- the golden plans ------------------------------------------------------------------------------------


def test_a_po_school_weak_on_signaleren_gets_signalling_instruments_first_then_po_programmes() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 0,
                                                          "beleid": 2}), today=TODAY)
    results = rank(ctx)
    assert_fits_the_school(results, ctx)
    top5 = ids(results[:5])
    assert len(set(top5) & INSTRUMENTS) >= 4, top5
    assert {"zien", "kanvas", "scol"} <= set(top5), top5
    assert {"prima", "kiva"} & set(ids(results[5:10])), ids(results[:10])
    first = results[0]
    assert "versterkt Signaleren (scan 0%)" in first.reasons
    assert any("Signaleren scoort laag" in reason for reason in first.reasons)


def test_a_vo_school_weak_on_omgeving_gets_vo_schoolwide_programmes_never_po_only_ones() -> None:
    ctx = SuggestionContext("VO", 1, 6, scores_for("VO", {"educatie": 2, "omgeving": 0, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    results = rank(ctx)
    assert_fits_the_school(results, ctx)
    po_only = {e.id for e in ALL if "VO" not in e.school_types}
    assert {"kiva", "vreedzame-school", "kwink", "prima"} <= po_only
    assert not po_only & set(ids(results))
    top6 = ids(results[:6])
    assert len({"kanjertraining", "swpbs", "taakspel"} & set(top6)) >= 2, top6
    assert "versterkt Schoolomgeving (scan 0%)" in results[0].reasons
    kanjer = next(s for s in results if s.intervention_id == "kanjertraining")
    assert "alleen voor leerjaar 1–2" in kanjer.cautions  # VO: Kanjertraining only in the first two years


def test_an_mbo_school_only_gets_what_fits_mbo_and_lessons_for_a_lesson_goal() -> None:
    ctx = SuggestionContext("MBO", 1, 4, scores_for("MBO", {"educatie": 1, "omgeving": 2, "signaleren": 1,
                                                            "beleid": 2}), today=TODAY)
    plan_wide = rank(ctx)
    for_goal = rank(ctx, goal=goal(("educatie",), "universeel", title="Lessen over mentale gezondheid"))
    for results in (plan_wide, for_goal):
        assert results
        assert_fits_the_school(results, ctx)
        assert all("MBO" in BY_ID[i].school_types for i in ids(results))
    assert {"happyles", "mind-young-academy", "think-op-school"} & set(ids(for_goal[:3])), ids(for_goal[:5])
    assert {"mazl", "happyles", "welbevinden-op-school"} & set(ids(plan_wide[:4])), ids(plan_wide[:5])


def test_a_school_running_kanjertraining_is_never_offered_it_again_and_hears_it_as_a_strength() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 1, "omgeving": 1, "signaleren": 1,
                                                          "beleid": 1}), in_use=frozenset({"kanjertraining"}),
                            today=TODAY)
    plan_wide = rank(ctx)
    for_goal = rank(ctx, goal=goal(("educatie", "omgeving"), title="Minder pesten"))
    assert "kanjertraining" not in ids(plan_wide) + ids(for_goal)
    assert strengths(ALL, ctx) == ["Kanjertraining (effectief volgens sterke aanwijzingen)"]
    # KanVAS belongs with Kanjertraining: it comes first and says so.
    assert plan_wide[0].intervention_id == "kanvas"
    assert "sluit aan bij Kanjertraining, dat de school al gebruikt" in plan_wide[0].reasons
    # A second schoolwide programme on the same themes is flagged and costs points.
    kiva = next(s for s in plan_wide if s.intervention_id == "kiva")
    assert "lijkt op Kanjertraining, dat de school al gebruikt — kies het alleen als aanvulling" in kiva.cautions
    without = next(s for s in rank(dataclasses.replace(ctx, in_use=frozenset())) if s.intervention_id == "kiva")
    assert kiva.score == pytest.approx(without.score + WEIGHTS.overlaps_in_use)


# --- hard rules and the words of the reasons -------------------------------------------------------------


def test_grades_are_a_hard_rule_and_a_narrower_range_is_a_caution_that_costs() -> None:
    lower = SuggestionContext("PO", 1, 3, (), today=TODAY)
    assert "kiva" not in ids(rank(lower))  # KiVa: groep 5–8
    assert_fits_the_school(rank(lower), lower)
    whole = SuggestionContext("PO", 1, 8, (), today=TODAY)
    kiva = next(s for s in rank(whole) if s.intervention_id == "kiva")
    assert "past bij PO groep 5–8" in kiva.reasons
    assert "alleen voor groep 5–8" in kiva.cautions
    assert f"effectief volgens sterke aanwijzingen ({NJI})" in kiva.reasons
    upper = next(s for s in rank(SuggestionContext("PO", 5, 8, (), today=TODAY)) if s.intervention_id == "kiva")
    assert "alleen voor groep 5–8" not in upper.cautions
    assert upper.score == pytest.approx(kiva.score - WEIGHTS.partial_grades * 0.5)


def test_reasons_and_cautions_are_built_from_the_catalogue_facts() -> None:
    results = {s.intervention_id: s for s in rank(SuggestionContext("PO", 1, 8, (), today=TODAY))}
    vreedzaam = results["vreedzame-school"]
    assert "erkende Gezonde School-activiteit" in vreedzaam.reasons
    assert any(c.startswith("vraagt een intensieve invoering: tweejarig invoeringstraject") for c in vreedzaam.cautions)
    taakspel = results["taakspel"]  # recognised in 2016: more than five years before TODAY
    assert "erkenning ouder dan vijf jaar — controleer de databank" in taakspel.cautions
    derived = next(e for e in ALL if e.id in results and e.pillars and not e.pillars_official)
    assert "pijlers afgeleid, niet officieel" in results[derived.id].cautions
    rots = results["rots-en-water"]
    assert any(c.startswith("niet erkend") for c in rots.cautions)
    assert rots.score < results["kanjertraining"].score
    lekker_fit = results["lekker-fit"]  # only a healthy lifestyle: honest, and low
    assert any("niet op welbevinden" in c for c in lekker_fit.cautions)
    assert ids(list(results.values())).index("lekker-fit") > 20


def test_a_criterion_the_team_marked_high_priority_is_named() -> None:
    anti_bullying = next(c for c in framework().criteria_for("PO") if "anti-pesten" in c.themes)
    scores = (*scores_for("PO", {"educatie": 3, "omgeving": 3, "signaleren": 3, "beleid": 3}),
              ScoreView(anti_bullying.id, 2, False, None, None, "hoog"))
    results = rank(SuggestionContext("PO", 1, 8, scores, today=TODAY))
    kiva = next(s for s in results if s.intervention_id == "kiva")
    assert any(r.startswith("helpt bij een criterium met hoge prioriteit: " + anti_bullying.statement[:30])
               for r in kiva.reasons), kiva.reasons


def test_the_goal_steers_the_advice() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    selective = rank(ctx, goal=goal(("signaleren",), "selectief", ("scheiding",)))
    assert selective[0].intervention_id == "kies"
    divorce = catalogue().theme_label("scheiding").lower()
    assert f"past bij het doel: Signaleren; thema {divorce}; preventielaag selectief" in selective[0].reasons
    # No themes set: the goal's title says what it is about.
    bullying = rank(ctx, goal=goal(("omgeving",), "universeel", title="Minder pesten op het plein"))
    label = catalogue().theme_label("anti-pesten").lower()
    assert any(r.startswith("past bij het doel: Schoolomgeving; thema ") and label in r for r in bullying[0].reasons)
    assert {"kiva", "taakspel", "prima"} & set(ids(bullying[:3])), ids(bullying[:5])
    grip = [s for s in rank(SuggestionContext("VO", 1, 6, (), today=TODAY), goal=goal(("signaleren",), "universeel"))
            if s.intervention_id == "grip-op-je-dip"]
    assert grip and any(c.endswith("het doel is universeel") for c in grip[0].cautions)


def test_what_is_already_planned_is_not_suggested_again() -> None:
    ctx = SuggestionContext("PO", 1, 8, (), today=TODAY, planned=frozenset({"kiva"}))
    assert "kiva" not in ids(rank(ctx))
    assert strengths(ALL, ctx) == []  # planned is not (yet) a strength


def test_same_input_same_order_whatever_the_catalogue_order() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 1, "omgeving": 3, "signaleren": 0,
                                                          "beleid": 2}), today=TODAY)
    first = rank(ctx)
    assert all(rank(ctx) == first for _ in range(3))
    assert rank_interventions(list(reversed(ALL)), ctx) == first
    keys = [(-s.score, s.name.casefold(), s.intervention_id) for s in first]
    assert keys == sorted(keys)


def test_ties_are_broken_by_name_then_id() -> None:
    base = BY_ID["zien"]
    twins = [dataclasses.replace(base, id="b", name="Gelijk"), dataclasses.replace(base, id="a", name="Gelijk"),
             dataclasses.replace(base, id="c", name="Eerder")]
    results = rank_interventions(twins, SuggestionContext("PO", 1, 8, (), today=TODAY))
    assert [(s.name, s.intervention_id) for s in results] == [("Eerder", "c"), ("Gelijk", "a"), ("Gelijk", "b")]


def test_format_suggestions_prints_plain_dutch_text() -> None:
    ctx = SuggestionContext("PO", 1, 8, (), in_use=frozenset({"kanjertraining"}), today=TODAY)
    results = rank(ctx, limit=2)
    text = format_suggestions(results, strengths(ALL, ctx))
    assert text.startswith("Al in gebruik (sterke punten):\n  * Kanjertraining (effectief volgens sterke aanwijzingen)")
    assert f"1. {results[0].name} ({results[0].score:.0f} punten)" in text
    assert f"   + {results[0].reasons[0]}" in text
    assert format_suggestions([]) == "Geen passende interventies gevonden."


# --- from the database -----------------------------------------------------------------------------------


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


def test_suggest_for_a_stored_plan(db: Database, plan_and_goal: tuple[int, int]) -> None:
    plan_id, goal_id = plan_and_goal
    plan_wide = suggest_for_plan(db, plan_id, limit=5)
    for_goal = suggest_for_plan(db, plan_id, goal_id=goal_id, limit=5)
    assert len(plan_wide) == 5 and len(for_goal) == 5
    assert "kanjertraining" not in ids(plan_wide + for_goal)
    assert for_goal[0].intervention_id == "kanvas"
    assert any(r.startswith("past bij het doel: Signaleren") for r in for_goal[0].reasons)
    assert plan_strengths(db, plan_id) == ["Kanjertraining (effectief volgens sterke aanwijzingen)"]
    activities.add_activity_for_intervention(db, plan_id, goal_id, "kanvas")
    assert "kanvas" not in ids(suggest_for_plan(db, plan_id, goal_id=goal_id, limit=50))


def test_own_interventions_take_part_under_the_same_rules(db: Database, plan_and_goal: tuple[int, int]) -> None:
    plan_id, goal_id = plan_and_goal
    own_po = create_local_intervention(db, LocalInterventionInput(
        name="Onze groepsvormingsweken", school_types=("PO",), pillars=("signaleren",), themes=("monitoring",)))
    own_vo = create_local_intervention(db, LocalInterventionInput(name="Mentoruur plus", school_types=("VO",),
                                                                  pillars=("signaleren",)))
    results = suggest_for_plan(db, plan_id, goal_id=goal_id, limit=100)
    mine = next(s for s in results if s.intervention_id == own_po.id)
    assert mine.local and "eigen interventie van de school" in mine.reasons
    assert own_vo.id not in ids(results)


def test_an_unknown_plan_or_a_goal_of_another_plan_is_refused(db: Database, plan_and_goal: tuple[int, int]) -> None:
    plan_id, _goal_id = plan_and_goal
    with pytest.raises(NotFoundError):
        suggest_for_plan(db, 999)
    with pytest.raises(NotFoundError, match="hoort niet bij plan"):
        suggest_for_plan(db, plan_id, goal_id=999)


def test_an_intervention_for_another_school_type_is_never_offered_even_when_everything_else_fits() -> None:
    perfect = dataclasses.replace(BY_ID["kiva"], id="perfect-vo", name="Perfect maar VO", school_types=("VO",),
                                  grade_ranges=(("VO", 1, 6),))
    entries: list[Intervention] = [perfect, BY_ID["kiva"]]
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"omgeving": 0}), today=TODAY)
    assert ids(rank_interventions(entries, ctx, goal=goal(("omgeving",)))) == ["kiva"]
