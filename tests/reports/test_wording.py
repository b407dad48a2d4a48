"""Who does it, metadata, characters the font lacks, and consistent Dutch wording."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.conftest import flat, joined, pdf_pages
from wellbeing_planner.cli import run
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import goals
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.reports.export import REPORTS, render_report
from wellbeing_planner.reports.sections import NO_VISION


def squeeze(text: str) -> str:
    """Text without white space and hyphens: what remains whatever the line breaks."""
    return re.sub(r"[\s\-\xad]", "", text)


def test_the_jaarplan_names_the_working_group_with_roles_and_the_partners_by_kind(demo_plan: PlanView) -> None:
    text = squeeze("\n".join(pdf_pages(render_report(demo_plan, "jaarplan"))))
    fw = framework()
    roles = {r.id: r.name for r in fw.working_group_roles}
    kinds = {k.id: k.name for k in fw.partner_kinds}
    assert "Wiedoethet" in text
    for member in demo_plan.members:
        assert squeeze(f"{member.name} {roles[member.role]}") in text, member.name
    for partner in demo_plan.partners:
        assert squeeze(partner.organisation) in text and squeeze(kinds[partner.kind]) in text
        if partner.contribution:
            assert squeeze(partner.contribution) in text


@pytest.mark.parametrize("report", list(REPORTS))
def test_metadata_names_report_school_and_year_in_dutch(demo_plan: PlanView, report: str) -> None:
    reader = PdfReader(io.BytesIO(render_report(demo_plan, report)))
    title = reader.metadata.title or ""
    assert str(REPORTS[report].TITLE) in title
    assert demo_plan.school.name in title and str(demo_plan.school_year) in title
    assert reader.metadata.author == demo_plan.school.name
    assert reader.metadata.subject
    assert reader.trailer["/Root"].get("/Lang") == "nl-NL"


def test_a_character_the_font_lacks_is_replaced_visibly_and_named(demo_data: tuple[Path, int], tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data, plan_id = demo_data
    db = open_database(data, demo=True)
    try:
        old = goals.set_vision(db, plan_id, "Samen bouwen we aan een regenboog 🌈 van veiligheid.")
        try:
            capsys.readouterr()
            assert run(["--data-dir", str(data), "--demo", "export", str(plan_id), "--pdf",
                        str(tmp_path / "plan.pdf")]) == 0
        finally:
            goals.set_vision(db, plan_id, old)
    finally:
        db.close()
    err = capsys.readouterr().err
    assert "U+1F308" in err and "\n" not in err.strip()
    text = flat(" ".join(pdf_pages((tmp_path / "plan.pdf").read_bytes())))
    assert "regenboog \ufffd van veiligheid" in text


def test_wording_is_consistent(demo_plan: PlanView) -> None:
    text = joined("\n".join(pdf_pages(render_report(demo_plan, "jaarplan"))))
    assert "Deadline" not in text
    assert "Prioriteit: prioriteit" not in text
    assert not re.search(r"\d %", text), "a percentage is written as 86%, without a space"
    assert "Streefdatum" in text
    assert "samen tellen de pijlers op tot meer dan het totaal" in text


def test_a_plan_without_goals_or_vision_says_so_the_same_way_everywhere(demo_plan: PlanView) -> None:
    view = dataclasses.replace(demo_plan, goals=(), vision=None,
                               activities=tuple(dataclasses.replace(a, goal_id=None) for a in demo_plan.activities))
    text = joined("\n".join(pdf_pages(render_report(view, "jaarplan"))))
    assert text.count(NO_VISION) == 2  # Samenvatting and Visie en doelen
    assert text.count("Er zijn nog geen doelen vastgelegd.") == 2
