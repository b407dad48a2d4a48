"""Zelfscan scoring without Qt: unscored, n.v.t., school types, focus order, last year."""

from __future__ import annotations

import pytest

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import plans, scan, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import ScoreView
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.storage.db import Database


def s(cid: str, score: int | None = None, na: bool = False, priority: str | None = None) -> ScoreView:
    return ScoreView(cid, score, na, None, None, priority)


def test_unscored_criteria_are_not_counted_as_zero() -> None:
    scores = [s("po-edu-01", 3), s("po-edu-02", 1)]  # three more educatie criteria unscored
    result = scan.pillar_scores(scores, "PO")
    edu = result["educatie"]
    assert (edu.criteria, edu.scored, edu.points, edu.maximum, edu.unscored) == (5, 2, 4, 6, 3)
    assert edu.share == pytest.approx(4 / 6)
    assert result["beleid"].share is None  # nothing scored yet: no score, not 0 %


def test_not_applicable_leaves_the_maximum() -> None:
    scores = [s("po-sig-01", 2), s("po-sig-02", None, na=True), s("po-sig-03", 1)]
    sig = scan.pillar_scores(scores, "PO")["signaleren"]
    assert (sig.scored, sig.not_applicable, sig.maximum) == (2, 1, 6)
    assert sig.share == pytest.approx(0.5)
    total = scan.total_score(scores, "PO")
    assert total.points == 3 and total.maximum == 6
    assert scan.progress(scores, "PO") == (3, len(framework().criteria_for("PO")))


def test_school_types_pick_their_own_criteria() -> None:
    assert scan.pillar_scores([s("vo-edu-01", 3)], "PO")["educatie"].scored == 0  # a VO criterion in a PO scan
    assert scan.pillar_scores([s("vo-edu-01", 3)], "VO")["educatie"].share == 1.0
    assert scan.pillar_scores([s("po-edu-01", 2)], "SBO")["educatie"].share == pytest.approx(2 / 3)
    mbo = scan.pillar_scores([], "MBO")
    assert mbo["signaleren"].criteria == 6


def test_focus_list_puts_low_scores_with_high_priority_first() -> None:
    scores = [s("po-edu-01", 2, priority="hoog"),   # gap 1 × 3 = 3
              s("po-edu-02", 0, priority="laag"),   # gap 3 × 1 = 3, lower priority → after edu-01
              s("po-omg-01", 1, priority="hoog"),   # gap 2 × 3 = 6 → first
              s("po-omg-02", 3, priority="hoog"),   # top score: not in focus
              s("po-sig-01", None, priority="hoog"),  # unscored: not in focus
              s("po-sig-02", 1)]                    # gap 2 × 1 = 2
    order = [item.criterion.id for item in scan.focus_list(scores, "PO")]
    assert order == ["po-omg-01", "po-edu-01", "po-edu-02", "po-sig-02"]


def test_comparison_with_last_year() -> None:
    now = [s("po-edu-01", 3), s("po-edu-02", 2)]
    before = [s("po-edu-01", 1), s("po-edu-02", 1)]
    rows = {c.pillar: c for c in scan.compare_with_previous(now, before, "PO")}
    assert rows["educatie"].current == pytest.approx(5 / 6)
    assert rows["educatie"].previous == pytest.approx(2 / 6)
    assert rows["educatie"].change == pytest.approx(0.5)
    assert rows["beleid"].change is None


def test_scores_are_stored_and_undo_restores(db: Database) -> None:
    school = schools.create_school(db, "OBS De Linde", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    old = scan.update_score(db, plan.id, "po-edu-01", score=2, evidence="Lessen wekelijks")
    assert old.score is None
    before = scan.update_score(db, plan.id, "po-edu-01", not_applicable=True, na_reason="Geen groep 1-2")
    stored = scan.scan_scores(db, plan.id)["po-edu-01"]
    assert (stored.score, stored.not_applicable, stored.na_reason) == (None, True, "Geen groep 1-2")
    scan.restore_score(db, plan.id, before)
    assert scan.scan_scores(db, plan.id)["po-edu-01"].score == 2
    with pytest.raises(ValidationError, match="0, 1, 2 of 3"):
        scan.update_score(db, plan.id, "po-edu-01", score=4)
    with pytest.raises(ValidationError, match="schooltype"):
        scan.update_score(db, plan.id, "vo-edu-01", score=1)
