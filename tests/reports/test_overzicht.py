"""The overzicht is one landscape A4 that a person can read: never below 7 pt, the most important first."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from tests.reports.conftest import flat, joined
from wellbeing_planner.core import goals as goal_ops
from wellbeing_planner.core import planning
from wellbeing_planner.core.formatting import format_money
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.reports.export import render_report


def sizes_and_text(data: bytes) -> tuple[int, float, str]:
    """(pages, the smallest font size in points as printed, the text)."""
    reader = PdfReader(io.BytesIO(data))
    smallest = 100.0
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        nonlocal smallest
        if text.strip():
            scale = (abs(tm[3]) or 1.0) * (abs(cm[3]) or 1.0)
            smallest = min(smallest, size * scale)
            parts.append(text)
    page = reader.pages[0]
    page.extract_text(visitor_text=visit)
    assert float(page.mediabox.width) > float(page.mediabox.height)
    return len(reader.pages), smallest, page.extract_text()


def many_activities(view: PlanView, count: int) -> PlanView:
    template = view.activities
    copies = tuple(dataclasses.replace(template[n % len(template)], id=10_000 + n, title=f"Activiteit {n:03d}",
                                       position=n) for n in range(count))
    return dataclasses.replace(view, activities=copies)


def test_the_demo_overzicht_shows_everything_readably(demo_plan: PlanView) -> None:
    pages, smallest, text = sizes_and_text(render_report(demo_plan, "overzicht"))
    assert pages == 1
    assert smallest >= 7
    everything = joined(text)
    for goal in demo_plan.goals:
        if goal.parent_id is None:
            assert joined(goal.title) in everything, goal.title
    for activity in demo_plan.activities:
        assert flat(activity.title)[:25] in everything, activity.title
    assert "meer in het jaarplan" not in everything
    for pillar in ("Educatie", "Schoolomgeving", "Signaleren", "Beleid"):
        assert re.search(pillar + r" \d+%", everything), pillar
    assert format_money(sum((a.budget or 0 for a in demo_plan.activities), start=0)) in everything  # type: ignore
    assert "€ 15.000,00" in everything


def test_a_large_plan_shows_the_most_important_activities_and_counts_the_rest(demo_plan: PlanView) -> None:
    view = many_activities(demo_plan, 150)
    pages, smallest, text = sizes_and_text(render_report(view, "overzicht"))
    assert pages == 1 and smallest >= 7
    everything = flat(text)
    shown = [int(n) for n in re.findall(r"Activiteit (\d{3})", everything)]
    more = [int(n) for n in re.findall(r"\+(\d+) meer in het jaarplan", everything)]
    assert len(shown) >= 25  # the right-hand column is used
    assert more and len(shown) + more[-1] == 150
    in_priority_order = [row.activity.title for row in planning.timeline(view).rows]
    assert [f"Activiteit {n:03d}" for n in sorted(shown, key=lambda n: in_priority_order.index(
        f"Activiteit {n:03d}"))] == in_priority_order[: len(shown)]


@pytest.mark.slow
def test_the_largest_plan_fits_readably_and_counts_what_is_left_out(largest_plan: PlanView) -> None:
    pages, smallest, text = sizes_and_text(render_report(largest_plan, "overzicht"))
    assert pages == 1 and smallest >= 7
    everything = joined(text)
    tops = [g for g in goal_ops.ordered_goals(list(largest_plan.goals)) if g.parent_id is None]
    numbers = sorted({int(n) for n in re.findall(r"(?:^| )(\d{1,2})\. De werkgroep", everything)})
    more = [int(n) for n in re.findall(r"\+(\d+) meer in het jaarplan", everything)]
    assert numbers and numbers == list(range(1, len(numbers) + 1))
    assert len(more) == 2 and max(numbers) + more[0] == len(tops)
    assert "verder in het jaarplan" in everything  # the shortened vision says where the rest is
