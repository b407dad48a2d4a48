"""Suggestions: what a Gezonde School adviser would name, hard rules never broken, always the same order."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_planner.cli import run
from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals, plans, scan, schools
from wellbeing_planner.core.catalogue import mark_in_use
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.suggestions import SuggestionContext, rank_interventions, strengths, suggest_for_plan
from wellbeing_planner.core.views import GoalView, ScoreView
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.storage.db import Database

TODAY = dt.date(2026, 11, 24)
ALL = catalogue().interventions
INSTRUMENTS = {"zien", "kanvas", "scol", "viseon-cito", "eigenwijzr"}


def scores_for(school_type: str, per_pillar: dict[str, int]) -> tuple[ScoreView, ...]:
    return tuple(ScoreView(c.id, per_pillar[c.pillar], False, None, None, None)
                 for c in framework().criteria_for(school_type) if c.pillar in per_pillar)


def goal(pillars: tuple[str, ...], layer: str | None = "universeel", themes: tuple[str, ...] = ()) -> GoalView:
    return GoalView(1, None, "Doel", None, pillars, themes, layer, None, None, None, None, None, None, None, None,
                    None, None, "dit_schooljaar", None, None, None, 0)


def top_ids(ctx: SuggestionContext, n: int, **kwargs: object) -> list[str]:
    return [s.intervention_id for s in rank_interventions(ALL, ctx, limit=n, **kwargs)]  # type: ignore[arg-type]


def test_a_po_school_weak_on_signaleren_gets_signalling_instruments_and_anti_bullying_programmes() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 0,
                                                          "beleid": 2}), today=TODAY)
    top = top_ids(ctx, 6)
    assert len(set(top) & INSTRUMENTS) >= 2, top
    assert {"kiva", "prima"} & set(top_ids(ctx, 10)), top_ids(ctx, 10)
    first = rank_interventions(ALL, ctx, limit=1)[0]
    assert any("Signaleren" in reason for reason in first.reasons)


def test_a_vo_school_weak_on_omgeving_never_gets_po_only_programmes() -> None:
    ctx = SuggestionContext("VO", 1, 6, scores_for("VO", {"educatie": 2, "omgeving": 0, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    results = rank_interventions(ALL, ctx)
    assert results and all("VO" in catalogue().get(s.intervention_id).school_types for s in results)  # type: ignore[union-attr]
    top = [s.intervention_id for s in results[:6]]
    assert {"kanjertraining", "swpbs", "taakspel"} & set(top), top
    for po_only in ("kiva", "vreedzame-school", "kwink", "prima"):
        assert po_only not in {s.intervention_id for s in results}


def test_an_mbo_school_only_gets_what_fits_mbo() -> None:
    ctx = SuggestionContext("MBO", 1, 4, scores_for("MBO", {"educatie": 1, "omgeving": 2, "signaleren": 1,
                                                            "beleid": 2}), today=TODAY)
    results = rank_interventions(ALL, ctx, goal=goal(("educatie",), "universeel"))
    assert results
    assert all("MBO" in catalogue().get(s.intervention_id).school_types for s in results)  # type: ignore[union-attr]
    top = [s.intervention_id for s in results[:5]]
    assert {"happyles", "mind-young-academy", "think-op-school"} & set(top), top


def test_what_is_in_use_is_never_suggested_but_named_as_a_strength() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 1, "omgeving": 1, "signaleren": 1,
                                                          "beleid": 1}), in_use=frozenset({"kanjertraining"}),
                            today=TODAY)
    ids = [s.intervention_id for s in rank_interventions(ALL, ctx)]
    assert "kanjertraining" not in ids
    assert strengths(ALL, ctx) == ["al in gebruik: Kanjertraining (effectief volgens sterke aanwijzingen)"]


def test_grades_are_a_hard_rule_and_narrower_ranges_are_a_caution() -> None:
    lower = SuggestionContext("PO", 1, 3, (), today=TODAY)
    assert "kiva" not in top_ids(lower, 60)  # KiVa: groep 5-8
    whole = SuggestionContext("PO", 1, 8, (), today=TODAY)
    kiva = next(s for s in rank_interventions(ALL, whole) if s.intervention_id == "kiva")
    assert "alleen voor groep 5–8" in kiva.cautions
    assert "past bij PO groep 5–8" in kiva.reasons
    assert "effectief volgens sterke aanwijzingen (NJi Databank Effectieve Jeugdinterventies)" in kiva.reasons


def test_the_goal_steers_the_advice() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 2, "omgeving": 2, "signaleren": 2,
                                                          "beleid": 2}), today=TODAY)
    selective = top_ids(ctx, 5, goal=goal(("signaleren",), "selectief", ("scheiding",)))
    assert "kies" in selective


def test_same_input_same_order() -> None:
    ctx = SuggestionContext("PO", 1, 8, scores_for("PO", {"educatie": 1, "omgeving": 3, "signaleren": 0,
                                                          "beleid": 2}), today=TODAY)
    first = rank_interventions(ALL, ctx)
    assert all(rank_interventions(ALL, ctx) == first for _ in range(3))
    assert rank_interventions(list(reversed(ALL)), ctx) == first


SCHOOL_TYPES = [t.id for t in framework().school_types]


@st.composite
def contexts(draw: st.DrawFn) -> SuggestionContext:
    school_type = draw(st.sampled_from(SCHOOL_TYPES))
    kind = framework().school_type(school_type)
    lo = draw(st.integers(kind.grade_min, kind.grade_max))
    hi = draw(st.integers(lo, kind.grade_max))
    scores = []
    for criterion in framework().criteria_for(school_type):
        choice = draw(st.sampled_from(["none", "na", 0, 1, 2, 3]))
        if choice == "none":
            continue
        scores.append(ScoreView(criterion.id, None if choice == "na" else int(choice), choice == "na", None, None,
                                draw(st.sampled_from([None, "laag", "midden", "hoog"]))))
    in_use = frozenset(draw(st.lists(st.sampled_from([e.id for e in ALL]), max_size=5)))
    return SuggestionContext(school_type, lo, hi, tuple(scores), in_use, TODAY)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ctx=contexts(), subset=st.lists(st.sampled_from(ALL), unique_by=lambda e: e.id, max_size=50),
       pillars=st.lists(st.sampled_from(["educatie", "omgeving", "signaleren", "beleid"]), unique=True),
       layer=st.sampled_from([None, "universeel", "selectief", "geindiceerd"]))
def test_property_school_type_rule_never_broken_and_scores_finite(
        ctx: SuggestionContext, subset: list, pillars: list[str], layer: str | None) -> None:  # type: ignore[type-arg]
    for the_goal in (None, goal(tuple(pillars), layer)):
        results = rank_interventions(subset, ctx, goal=the_goal)
        by_id = {e.id: e for e in subset}
        for suggestion in results:
            entry = by_id[suggestion.intervention_id]
            assert ctx.school_type in entry.school_types
            assert entry.fits_grades(ctx.school_type, ctx.grade_min, ctx.grade_max)
            assert suggestion.intervention_id not in ctx.in_use
            assert math.isfinite(suggestion.score)
        assert results == rank_interventions(list(reversed(subset)), ctx, goal=the_goal)
        assert [s.score for s in results] == sorted((s.score for s in results), reverse=True)


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
    assert all(s.intervention_id != "kanjertraining" for s in plan_wide + for_goal)
    assert any(s.intervention_id in INSTRUMENTS for s in for_goal)


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
    assert "1. " in capsys.readouterr().out
    assert run(["--data-dir", str(data_dir), "suggest", str(plan.id), "--goal", "999"]) == 2
    assert "hoort niet bij plan" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "suggest", "999"]) == 2
