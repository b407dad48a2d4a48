"""Ranking a 1,000-entry catalogue for a full plan, against a bare baseline on the same run.

Usage: ``.venv/bin/python benchmarks/bench_suggestions.py``.  Prints medians (ms) and the ratio.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core.suggestions import SuggestionContext, rank_interventions
from wellbeing_planner.core.views import GoalView, ScoreView

RUNS = 25


def big_catalogue(size: int = 1000) -> list:  # type: ignore[type-arg]
    base = list(catalogue().interventions)
    return [dataclasses.replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}",
                                name=f"{base[i % len(base)].name} {i}") for i in range(size)]


def median_ms(work: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    entries = big_catalogue()
    scores = tuple(ScoreView(c.id, i % 4, False, None, None, "hoog" if i % 3 == 0 else None)
                   for i, c in enumerate(framework().criteria_for("PO")))
    ctx = SuggestionContext("PO", 1, 8, scores, frozenset({entries[0].id}), dt.date(2026, 11, 24))
    goal = GoalView(1, None, "Doel", None, ("signaleren",), ("anti-pesten",), "universeel", None, None, None, None,
                    None, 4, 2, 3, 4, 4, "dit_schooljaar", None, None, None, 0)
    rows = [{"id": e.id, "name": e.name, "score": float(i % 97)} for i, e in enumerate(entries)]
    baseline = median_ms(lambda: sorted((dict(r) for r in rows), key=lambda r: (-r["score"], r["name"])))
    plan_wide = median_ms(lambda: rank_interventions(entries, ctx))
    for_goal = median_ms(lambda: rank_interventions(entries, ctx, goal=goal))
    print(f"catalogue entries      : {len(entries)}")
    print(f"baseline (sort dicts)  : {baseline:7.2f} ms")
    print(f"rank, whole plan       : {plan_wide:7.2f} ms  ({plan_wide / baseline:5.1f}× baseline)")
    print(f"rank, one goal         : {for_goal:7.2f} ms  ({for_goal / baseline:5.1f}× baseline)")
    print("target                 : well under 50 ms")


if __name__ == "__main__":
    main()
