"""The report follows the plan's state: Vaststelling per status, who signs, problems, last year's total, focus."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tests.reports.conftest import joined
from tests.reports.test_links import outline
from wellbeing_planner.core import planning, plans, scan, summary
from wellbeing_planner.core.formatting import format_percent
from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.reports.export import render_report
from wellbeing_planner.reports.sections import FOCUS_MAX


def section(data: bytes, title: str) -> str:
    """The text of the pages from the heading ``title`` up to the next top-level heading."""
    reader = PdfReader(io.BytesIO(data))
    pages = {e.title: reader.get_destination_page_number(e) for e in outline(reader)}
    start = pages[title]
    later = sorted(p for p in pages.values() if p > start)
    end = later[0] if later else len(reader.pages)
    return joined("\n".join(reader.pages[i].extract_text() for i in range(start, max(end, start + 1))))


@pytest.mark.parametrize(("status", "says", "never"), [
    ("concept", "nog niet vastgesteld", "besproken en vastgesteld"),
    ("vastgesteld", "met het team besproken en vastgesteld op 2 oktober 2026", "concept"),
    ("afgerond", "uitgevoerd", "concept"),
])
def test_the_vaststelling_follows_the_status(demo_plan: PlanView, status: str, says: str, never: str) -> None:
    view = dataclasses.replace(demo_plan, status=status, director_signed_on=dt.date(2026, 10, 2))
    text = section(render_report(view, "jaarplan"), "Vaststelling")
    assert says in text
    assert never not in text


def test_names_and_dates_of_the_adoption_are_stored_and_printed(demo_data: tuple[object, int]) -> None:
    data, plan_id = demo_data
    db = open_database(data, demo=True)  # type: ignore[arg-type]
    try:
        old = plans.set_adoption(db, plan_id, director_name="Marieke de Boer", director_signed_on="2-10-2026",
                                 mr_name="Henk Jansen", mr_signed_on=None)
        view = load_plan_view(db, plan_id)
        plans.set_adoption(db, plan_id, **dataclasses.asdict(old))  # the demo stays as it was for other tests
        assert plans.get_adoption(db, plan_id) == old
    finally:
        db.close()
    assert (view.director_name, view.director_signed_on, view.mr_name, view.mr_signed_on) == (
        "Marieke de Boer", dt.date(2026, 10, 2), "Henk Jansen", None)
    text = section(render_report(view, "jaarplan"), "Vaststelling")
    assert "Marieke de Boer" in text and "2 oktober 2026" in text and "Henk Jansen" in text
    assert "—" not in text  # an empty field is a line to write on, not a dash


def test_an_unsigned_plan_prints_empty_lines_not_dashes(demo_plan: PlanView) -> None:
    view = dataclasses.replace(demo_plan, director_name=None, director_signed_on=None, mr_name=None,
                               mr_signed_on=None)
    text = section(render_report(view, "jaarplan"), "Vaststelling")
    assert "Directeur" in text and "Namens de MR" in text
    assert "—" not in text


def test_a_wrong_date_is_refused_in_dutch(demo_data: tuple[object, int]) -> None:
    data, plan_id = demo_data
    db = open_database(data, demo=True)  # type: ignore[arg-type]
    try:
        with pytest.raises(plans.ValidationError, match="geen datum"):
            plans.set_adoption(db, plan_id, mr_signed_on="morgen")
    finally:
        db.close()


def test_every_problem_summary_lists_is_in_the_samenvatting(demo_plan: PlanView) -> None:
    view = dataclasses.replace(demo_plan, budget_total=Decimal("5000"))
    problems = summary.summary_of(view)["problems"]
    assert any("meer begroot" in p for p in problems)
    text = section(render_report(view, "jaarplan"), "Samenvatting")
    for problem in problems:
        assert joined(problem) in text, problem


def test_many_problems_of_one_kind_are_listed_together_with_every_title(demo_plan: PlanView) -> None:
    view = dataclasses.replace(demo_plan, activities=tuple(dataclasses.replace(a, owner_id=None)
                                                           for a in demo_plan.activities))
    problems = planning.find_problems(view)
    without_owner = [p for p in problems if p.kind == "geen_eigenaar"]
    assert len(without_owner) > 10
    text = section(render_report(view, "jaarplan"), "Samenvatting")
    assert f"Activiteiten zonder eigenaar ({len(without_owner)}):" in text
    for activity in view.activities:
        if any(p.activity_id == activity.id for p in without_owner):
            assert joined(f"'{activity.title}'") in text, activity.title
    for problem in problems:
        if problem.kind != "geen_eigenaar":
            assert joined(problem.message) in text


def test_last_years_total_is_shown(demo_plan: PlanView) -> None:
    assert demo_plan.previous_scores
    before = scan.total_score(demo_plan.previous_scores, demo_plan.school.school_type)
    assert before.share is not None
    text = section(render_report(demo_plan, "zelfscan"), "Zelfscan")
    now = scan.total_score(demo_plan.scores, demo_plan.school.school_type)
    assert f"Totaal {format_percent(now.share)} {format_percent(before.share)}" in text


def test_the_focus_list_holds_only_the_focus(demo_plan: PlanView) -> None:
    everything = scan.focus_list(demo_plan.scores, demo_plan.school.school_type)
    assert len(everything) > FOCUS_MAX
    text = section(render_report(demo_plan, "zelfscan"), "Focus: lage score, hoge prioriteit")
    listed = [item for item in everything if joined(item.criterion.statement)[:40] in text]
    assert 0 < len(listed) <= FOCUS_MAX
    assert all(item.score <= 1 and item.priority in ("midden", "hoog") for item in listed)
