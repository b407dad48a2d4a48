"""Plans for the report tests: the demo, and a plan that fills every text field to the length the app allows."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import activities, evaluation, goals, plans, records, scan, schools, startfoto, werkgroep
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.core.workspace import open_database

LONG = 20000  # records.long_text
EVIDENCE = 5000  # scan evidence / reason for n.v.t.
#: Vision, year evaluation and the note on a legal duty have no limit of their own; the app's text fields
#: for long texts accept 20,000 characters, so that is what we test with.

WORDS = ["De", "werkgroep", "bespreekt", "elke", "maand", "hoe", "het", "gaat", "met", "de", "leerlingondersteuning",
         "en", "het", "samenwerkingsverband,", "kijkt", "naar", "de", "monitorgegevens", "en", "spreekt", "af", "wie",
         "wat", "doet."]


def filled(length: int, tag: str) -> str:
    """Dutch-looking text of exactly ``length`` characters ending in a recognisable tail ``(einde TAG)``."""
    tail = f" (einde {tag})"
    words: list[str] = []
    size = 0
    index = 0
    while size < length - len(tail):
        word = WORDS[index % len(WORDS)]
        words.append(word)
        size += len(word) + 1
        index += 1
    body = " ".join(words)[: length - len(tail)].rstrip()
    body += "x" * (length - len(tail) - len(body))
    result = body + tail
    assert len(result) == length
    return result


def tail(tag: str) -> str:
    return f"(einde {tag})"


def has_tail(text: str, tag: str) -> bool:
    """The end of a long text is printed: ``(einde TAG)``, possibly with a page break (running header, repeated
    table header) between its two words."""
    return tail(tag) in text or re.search(r"\(einde [^()]{0,800}? " + re.escape(tag) + r"\)", text) is not None


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def joined(text: str) -> str:
    """The text with words hyphenated at a line end joined again, and all white space as single spaces."""
    return flat(re.sub(r"(\w)-\n(\w)", r"\1\2", text))


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    data = tmp_path_factory.mktemp("demo")
    return data, ensure_demo(data)


@pytest.fixture(scope="session")
def demo_plan(demo_data: tuple[Path, int]) -> PlanView:
    data, plan_id = demo_data
    db = open_database(data, demo=True)
    try:
        return load_plan_view(db, plan_id)
    finally:
        db.close()


def _build_longest(data: Path, *, goal_count: int, activity_count: int) -> PlanView:
    """A plan where every text the app stores is as long as the app accepts."""
    db = open_database(data)
    try:
        fw = framework()
        school = schools.create_school(db, filled(200, "S"), "PO", gemeente=filled(120, "G"), brin="12AB")
        plan = plans.create_plan(db, school.id, SchoolYear(2026), title=filled(200, "T"))
        goals.set_vision(db, plan.id, filled(LONG, "visie"))
        evaluation.set_year_evaluation(db, plan.id, filled(LONG, "jaarevaluatie"))
        member = werkgroep.add_member(db, school.id, filled(200, "M"), fw.working_group_roles[0].id,
                                      "iemand@example.org")
        werkgroep.add_partner(db, school.id, filled(200, "P"), fw.partner_kinds[0].id, filled(200, "C"),
                              filled(LONG, "bijdrage"))
        indicator = startfoto.add_indicator(db, plan.id, name=filled(200, "I"), value="12", unit=filled(40, "U"),
                                            source=filled(200, "B"), year=2025, comparison_value="10",
                                            comparison_label=filled(120, "V"))
        records.add(db, startfoto.INVENTORY, plan.id, {"name": filled(200, "N"), "grades": filled(120, "R"),
                                                       "assessment": filled(LONG, "inventaris")})
        records.add(db, startfoto.STAKEHOLDER, plan.id, {"group": "ouders", "method": filled(200, "W"),
                                                         "conclusions": filled(LONG, "conclusies")})
        duty = fw.obligations_for("PO")[0]
        startfoto.set_obligation(db, plan.id, duty.id, status=fw.obligation_statuses[0].id,
                                 note=filled(LONG, "verplichting"))
        criteria = fw.criteria_for("PO")
        scan.update_score(db, plan.id, criteria[0].id, score=1, priority="hoog",
                          evidence=filled(EVIDENCE, "onderbouwing"))
        scan.update_score(db, plan.id, criteria[1].id, not_applicable=True, na_reason=filled(EVIDENCE, "nvt"))
        goal_ids = []
        for n in range(goal_count):
            goal_ids.append(goals.add_goal(
                db, plan.id, filled(300, f"doel{n}"), description=filled(LONG, f"beschrijving{n}") if n < 2 else None,
                pillars=[p.id for p in fw.pillars], indicator_text=filled(300, f"indicator{n}"),
                baseline=filled(120, f"van{n}"), target=filled(120, f"naar{n}"), measured_value=filled(120, f"gem{n}"),
                attainment_note=filled(LONG, f"toelichting{n}") if n < 2 else None,
                indicator_id=indicator if n == 0 else None))
        for n in range(activity_count):
            activities.add_activity(
                db, plan.id, filled(300, f"act{n}"), goal_id=goal_ids[n % len(goal_ids)], owner_id=member,
                budget=str(100 + n), hours="4", start_month="2026-09-01", end_month="2027-06-01",
                funding_source=fw.funding_sources[0].id,
                description=filled(LONG, f"omschrijving{n}") if n < 2 else None,
                reflection=filled(LONG, f"reflectie{n}") if n < 2 else None)
        evaluation.add_evaluation(db, plan.id, filled(200, "E"), dt.date(2027, 3, 1), focus=filled(LONG, "focus"))
        return load_plan_view(db, plan.id)
    finally:
        db.close()


@pytest.fixture(scope="session")
def longest_plan(tmp_path_factory: pytest.TempPathFactory) -> PlanView:
    """Every text at its maximum length, a few goals and activities."""
    return _build_longest(tmp_path_factory.mktemp("longest"), goal_count=3, activity_count=4)


@pytest.fixture(scope="session")
def largest_plan(tmp_path_factory: pytest.TempPathFactory) -> PlanView:
    """Long texts and the largest counts we plan for: 60 goals, 300 activities."""
    return _build_longest(tmp_path_factory.mktemp("largest"), goal_count=60, activity_count=300)
