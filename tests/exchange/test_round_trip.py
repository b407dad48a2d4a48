"""Export → import → export gives the same file: the demo plans, a 300-activity plan, texts at their limits."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.exchange.conftest import seed_plan, without_ids
from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, goals, plans, schools
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange.export import export_plan, plan_document
from wellbeing_planner.exchange.importer import import_plan_file


def test_every_demo_plan_survives_a_move_to_another_pc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    here, there = tmp_path / "school-pc", tmp_path / "kantoor-pc"
    here.mkdir()
    there.mkdir()
    ensure_demo(here)
    demo = open_database(here, demo=True)
    all_plans = plans.list_plans(demo)
    originals = {p.id: plan_document(demo, p.id) for p in all_plans}
    demo.close()
    assert len(originals) == 7  # De Vlinderboom 2025 and 2026, the keten 2022 t/m 2026

    moved: dict[int, int] = {}
    for plan_id in sorted(originals):
        path = tmp_path / f"plan-{plan_id}.wbplan"
        assert run(["--data-dir", str(here), "--demo", "export", str(plan_id), "--plan-file", str(path)]) == 0
        assert run(["--data-dir", str(there), "import", str(path)]) == 0
        moved[plan_id] = int(capsys.readouterr().out.strip().splitlines()[-1])

    db = open_database(there)
    try:
        # one school: the second plan was added to the school with the same BRIN code; the keten has no BRIN
        # code, so each of its plans arrives as an organisation of its own
        assert sorted(str(s.brin) for s in schools.list_schools(db)) == ["99VB", *["None"] * 5]
        for old_id, new_id in moved.items():
            assert without_ids(plan_document(db, new_id)) == without_ids(originals[old_id])
        newest = max((pid for pid, doc in originals.items() if doc["school"]["brin"] == "99VB"),
                     key=lambda pid: originals[pid]["plan"]["school_year"])
        view = load_plan_view(db, moved[newest])  # De Vlinderboom's newest plan
        assert view.school.logo is not None and len(view.activities) > 10
        assert view.previous_school_year is not None  # last year's plan is found again as the baseline
    finally:
        db.close()


def test_a_300_activity_plan_round_trips_and_the_times_are_reasonable(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.mkdir()
    target.mkdir()
    db = open_database(source)
    plan_id = seed_plan(db, n_activities=300)
    db.close()
    db = open_database(source)
    started = time.perf_counter()
    path = export_plan(db, plan_id, tmp_path / "groot.wbplan")
    export_seconds = time.perf_counter() - started
    original = plan_document(db, plan_id)
    db.close()
    other = open_database(target)
    started = time.perf_counter()
    result = import_plan_file(other, path)
    import_seconds = time.perf_counter() - started
    try:
        assert len(load_plan_view(other, result.plan_id).activities) == 300
        assert without_ids(plan_document(other, result.plan_id)) == without_ids(original)
    finally:
        other.close()
    print(f"300 activities: export {export_seconds:.2f} s, import {import_seconds:.2f} s, "
          f"{path.stat().st_size / 1024:.0f} KB")
    assert export_seconds < 10 and import_seconds < 10


def test_texts_at_their_maximum_length_and_unusual_letters_come_back_unchanged(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.mkdir()
    target.mkdir()
    db = open_database(source)
    plan_id = seed_plan(db)
    vision = ("Wij zien elk kind. Ĳsselmonde, Ærø, Zoë en 李 doen mee.\n\tTweede alinea. " * 400)[:20000]
    goals.set_vision(db, plan_id, vision)
    activity = activities.activities(db, plan_id)[0].id
    activities.update_activity(db, activity, title="T" * 300, description="ö" * 20000, budget="10.000.000",
                               hours="10.000")
    original = plan_document(db, plan_id)
    path = export_plan(db, plan_id, tmp_path / "lang.wbplan")
    db.close()
    assert json.loads(path.read_text(encoding="utf-8"))["plan"]["vision"] == vision.strip()
    other = open_database(target)
    try:
        new_id = import_plan_file(other, path).plan_id
        again = plan_document(other, new_id)
    finally:
        other.close()
    assert without_ids(again) == without_ids(original)
    assert again["activities"][0]["budget"] == "10000000.00" and again["activities"][0]["title"] == "T" * 300
