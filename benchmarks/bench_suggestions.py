"""Ranking a 1,000-entry catalogue for a full plan, against a bare baseline measured in the same run.

Usage (from the project root)::

    .venv/bin/python benchmarks/bench_suggestions.py

What it measures (medians of repeated runs, in milliseconds):

* **baseline** — copying and sorting 1,000 small dicts by score and name: the least any
  ranking of 1,000 entries costs in Python on this machine;
* **rank, whole plan** / **rank, one goal** — ``rank_interventions`` over 1,000 entries made
  from the bundled catalogue with varied facts (school types, grades, themes, pillars,
  evidence, effort), for a plan with every criterion scored (some N.v.t., some high
  priority) and a few interventions in use;
* **suggest_for_plan (demo)** — what the suggestions panel does on the GUI thread: load the
  demo plan from SQLite, add own interventions, rank the bundled catalogue.

Target: well under 50 ms per ranking (the panel ranks on the GUI thread).  The ratio to the
baseline shows a regression independent of the machine's speed.  Runs in a few seconds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wellbeing_planner.content.catalogue import RECOGNITION_ORDER, Intervention, catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core.suggestions import SuggestionContext, rank_interventions, suggest_for_plan
from wellbeing_planner.core.views import GoalView, ScoreView

RUNS = 30
SIZE = 1000
TODAY = dt.date(2026, 11, 24)


def big_catalogue(size: int = SIZE) -> list[Intervention]:
    """``size`` entries: the bundled ones, repeated with facts varied deterministically."""
    base = list(catalogue().interventions)
    themes = [tag for tag, _label in catalogue().themes]
    pillars = [p.id for p in framework().pillars]
    types = [t.id for t in framework().school_types]
    entries = []
    for i in range(size):
        entry = base[i % len(base)]
        if i >= len(base):  # the first copy stays as shipped
            kinds = tuple(types[j % len(types)] for j in range(i % 3 + 1 + i % 2, i % 3 + 3 + i % 2))
            lo = 1 + i % 4
            entry = dataclasses.replace(
                entry, school_types=kinds, grade_ranges=tuple((k, lo, lo + 2) for k in kinds if i % 5),
                pillars=tuple(pillars[(i + j) % 4] for j in range(1 + i % 3)),
                themes=tuple(themes[(i * 7 + j) % len(themes)] for j in range(1 + i % 4)),
                recognition=dataclasses.replace(entry.recognition, level=RECOGNITION_ORDER[i % len(RECOGNITION_ORDER)]),
                implementation_effort=("laag", "midden", "hoog", "unknown")[i % 4])
        entries.append(dataclasses.replace(entry, id=f"{entry.id}-{i}", name=f"{entry.name} {i}"))
    return entries


def median_ms(work: Callable[[], Any]) -> float:
    work()  # warm caches (framework, catalogue) outside the measurement
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def full_plan_scores() -> tuple[ScoreView, ...]:
    return tuple(ScoreView(c.id, None if i % 11 == 5 else i % 4, i % 11 == 5, None, None,
                           "hoog" if i % 3 == 0 else None)
                 for i, c in enumerate(framework().criteria_for("PO")))


def demo_median_ms() -> float:
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.core.workspace import open_database

    with tempfile.TemporaryDirectory() as tmp:
        plan_id = ensure_demo(Path(tmp))
        db = open_database(Path(tmp), demo=True)
        try:
            return median_ms(lambda: suggest_for_plan(db, plan_id, limit=6))
        finally:
            db.close()


def main() -> None:
    entries = big_catalogue()
    in_use = frozenset(e.id for e in entries[:3])
    ctx = SuggestionContext("PO", 1, 8, full_plan_scores(), in_use, TODAY)
    goal = GoalView(1, None, "Minder pesten, ook online", None, ("educatie", "omgeving"), (), "universeel", None,
                    None, None, None, None, 4, 2, 3, 4, 4, "dit_schooljaar", None, None, None, 0)
    rows = [{"id": e.id, "name": e.name, "score": float(i % 97)} for i, e in enumerate(entries)]
    baseline = median_ms(lambda: sorted((dict(r) for r in rows), key=lambda r: (-r["score"], r["name"])))
    plan_wide = median_ms(lambda: rank_interventions(entries, ctx))
    for_goal = median_ms(lambda: rank_interventions(entries, ctx, goal=goal))
    demo = demo_median_ms()
    print(f"catalogue entries          : {len(entries)} (medians of {RUNS} runs)")
    print(f"baseline (sort 1,000 dicts): {baseline:7.2f} ms")
    print(f"rank, whole plan           : {plan_wide:7.2f} ms  ({plan_wide / baseline:5.1f}× baseline)")
    print(f"rank, one goal             : {for_goal:7.2f} ms  ({for_goal / baseline:5.1f}× baseline)")
    print(f"suggest_for_plan (demo)    : {demo:7.2f} ms  (database + {len(catalogue().interventions)} entries)")
    print("target                     : well under 50 ms per ranking")


if __name__ == "__main__":
    main()
