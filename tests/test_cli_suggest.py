"""``wellbeing-planner suggest PLAN_ID [--goal GOAL_ID] [--limit N] [--json]``: the promised JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wellbeing_planner.cli import run
from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals, plans, scan, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database

KEYS = {"intervention_id", "name", "score", "reasons", "cautions"}


@pytest.fixture
def stored_plan(data_dir: Path) -> tuple[int, int]:
    db = open_database(data_dir)
    school = schools.create_school(db, "CSG Het Baken", "VO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    for criterion in framework().criteria_for("VO"):
        scan.update_score(db, plan.id, criterion.id, score=0 if criterion.pillar == "omgeving" else 2)
    goal_id = goals.add_goal(db, plan.id, "Minder pesten in de onderbouw", pillars=["omgeving"],
                             prevention_layer="universeel")
    db.close()
    return plan.id, goal_id


def test_json_is_a_list_with_the_promised_keys(data_dir: Path, stored_plan: tuple[int, int],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    plan_id, _goal_id = stored_plan
    assert run(["--data-dir", str(data_dir), "suggest", str(plan_id), "--json", "--limit", "5"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list) and len(rows) == 5
    for row in rows:
        assert row.keys() >= KEYS
        assert isinstance(row["score"], float) and isinstance(row["reasons"], list) and row["reasons"]
        assert "VO" in catalogue().get(row["intervention_id"]).school_types  # type: ignore[union-attr]
    assert [row["score"] for row in rows] == sorted((row["score"] for row in rows), reverse=True)
    assert "versterkt Schoolomgeving (scan 0%)" in rows[0]["reasons"]


def test_goal_narrows_the_advice_and_text_output_is_plain_dutch(data_dir: Path, stored_plan: tuple[int, int],
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    plan_id, goal_id = stored_plan
    assert run(["--data-dir", str(data_dir), "suggest", str(plan_id), "--goal", str(goal_id), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 10  # the default limit
    assert any(r.startswith("past bij het doel: Schoolomgeving") for r in rows[0]["reasons"])
    assert any(r.startswith("past bij het doel: Schoolomgeving; thema ") for row in rows for r in row["reasons"])
    assert run(["--data-dir", str(data_dir), "suggest", str(plan_id), "--goal", str(goal_id), "--limit", "2"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"1. {rows[0]['name']} (")
    assert f"   + {rows[0]['reasons'][0]}" in text
    assert "\n2. " in text and "\n3. " not in text


@pytest.mark.parametrize("args", [["999"], ["{plan}", "--goal", "999"], ["abc"], ["{plan}", "--limit", "0"]])
def test_a_bad_plan_goal_or_limit_exits_2_with_a_dutch_message(data_dir: Path, stored_plan: tuple[int, int],
                                                                capsys: pytest.CaptureFixture[str],
                                                                args: list[str]) -> None:
    plan_id, _goal_id = stored_plan
    argv = [a.format(plan=plan_id) for a in args]
    assert run(["--data-dir", str(data_dir), "suggest", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip()
