"""Whatever a user typed, every report renders, and nothing is cut off: the end of each long text is printed."""

from __future__ import annotations

import pytest

from tests.reports.conftest import has_tail, joined, pdf_pages
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.reports.export import render_report

#: the tails of the long texts each report prints (see ``_build_longest``)
EXPECTED = {
    "jaarplan": ["S", "T", "G", "visie", "I", "U", "B", "V", "N", "R", "inventaris", "W", "conclusies",
                 "verplichting", "onderbouwing", "nvt", "doel0", "doel1", "doel2", "beschrijving0", "beschrijving1",
                 "indicator1", "indicator2", "van0", "naar0", "act0", "act3", "E", "focus"],
    "zelfscan": ["S", "onderbouwing", "nvt"],
    "evaluatie": ["S", "jaarevaluatie", "doel0", "doel2", "naar1", "gem0", "toelichting0", "toelichting1", "act0",
                  "act3", "reflectie0", "reflectie1", "E", "focus"],
}


@pytest.mark.parametrize("report", list(EXPECTED))
def test_every_text_at_its_longest_is_printed_to_its_last_word(longest_plan: PlanView, report: str) -> None:
    text = joined(" ".join(pdf_pages(render_report(longest_plan, report))))
    missing = [tag for tag in EXPECTED[report] if not has_tail(text, tag)]
    assert not missing, f"the end of these texts is not in the {report}: {missing}"


def test_the_overzicht_of_the_longest_plan_is_one_page(longest_plan: PlanView) -> None:
    assert len(pdf_pages(render_report(longest_plan, "overzicht"))) == 1


@pytest.mark.slow
@pytest.mark.parametrize("report", ["jaarplan", "zelfscan", "overzicht", "evaluatie"])
def test_the_largest_plan_renders_every_report(largest_plan: PlanView, report: str) -> None:
    pages = pdf_pages(render_report(largest_plan, report))
    text = joined(" ".join(pages))
    if report == "overzicht":
        assert len(pages) == 1
    else:
        assert has_tail(text, "S")
    if report in ("jaarplan", "evaluatie"):
        for n in (0, 150, 299):
            assert has_tail(text, f"act{n}")
        for n in (0, 59):
            assert has_tail(text, f"doel{n}")
