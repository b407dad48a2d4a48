"""Rendering the jaarplan for the demo plan and for a 300-activity plan, against a one-page baseline.

Usage: ``.venv/bin/python benchmarks/bench_reports.py``.  Prints medians (ms) and ratios.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from wellbeing_planner.core import activities, goals, plans, schools
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.reports.common import styles
from wellbeing_planner.reports.export import render_report

RUNS = 5


def median_ms(work: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def baseline() -> None:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph("Eén pagina.", styles()["body"])])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        demo_id = ensure_demo(data)
        db = open_database(data, demo=True)
        demo = load_plan_view(db, demo_id)
        db.close()
        db = open_database(data)
        school = schools.create_school(db, "Basisschool Groot Plan", "PO")
        plan = plans.create_plan(db, school.id, SchoolYear(2026))
        goal_ids = [goals.add_goal(db, plan.id, f"Doel {n}", pillars=["educatie"]) for n in range(10)]
        for n in range(300):
            activities.add_activity(db, plan.id, f"Activiteit {n}", goal_id=goal_ids[n % 10], budget=str(n),
                                    start_month="2026-09-01", end_month="2027-03-01")
        big = load_plan_view(db, plan.id)
        db.close()
    base = median_ms(baseline)
    demo_ms = median_ms(lambda: render_report(demo, "jaarplan"))
    big_ms = median_ms(lambda: render_report(big, "jaarplan"))
    print(f"baseline (one page)         : {base:8.1f} ms")
    print(f"jaarplan, demo plan         : {demo_ms:8.1f} ms  ({demo_ms / base:5.1f}× baseline)")
    print(f"jaarplan, 300 activities    : {big_ms:8.1f} ms  ({big_ms / base:5.1f}× baseline)")


if __name__ == "__main__":
    main()
