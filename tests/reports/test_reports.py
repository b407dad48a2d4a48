"""Reports: the text a director expects is in the PDF, fonts are embedded, long plans split cleanly."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.conftest import joined
from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, goals, plans, schools
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.formatting import format_money
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.reports.export import REPORTS, export_report, render_report

PILLARS = ("Educatie", "Schoolomgeving", "Signaleren", "Beleid")


@pytest.fixture(scope="module")
def demo_view(tmp_path_factory: pytest.TempPathFactory) -> PlanView:
    data = tmp_path_factory.mktemp("demo")
    plan_id = ensure_demo(data)
    db = open_database(data, demo=True)
    try:
        return load_plan_view(db, plan_id)
    finally:
        db.close()


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("report", list(REPORTS))
def test_every_report_of_the_demo_holds_what_a_reader_looks_for(demo_view: PlanView, report: str) -> None:
    pages = pdf_text(render_report(demo_view, report))
    everything = flat(" ".join(pages))
    assert "Basisschool De Vlinderboom" in everything
    assert f"pagina 1 van {len(pages)}" in flat(pages[0])
    if report in ("jaarplan", "zelfscan", "evaluatie"):
        for pillar in PILLARS:
            assert pillar in everything, pillar
    if report == "overzicht":
        assert len(pages) == 1
        reader = PdfReader(io.BytesIO(render_report(demo_view, report)))
        box = reader.pages[0].mediabox
        assert float(box.width) > float(box.height)  # landscape


def test_the_jaarplan_names_every_goal_activity_and_the_euro_totals(demo_view: PlanView) -> None:
    data = render_report(demo_view, "jaarplan")
    everything = joined("\n".join(pdf_text(data)))
    for goal in demo_view.goals:
        assert flat(goal.title) in everything, goal.title
    for activity in demo_view.activities:
        assert flat(activity.title) in everything, activity.title
    assert "€ 11.750,00" in everything and "€ 15.000,00" in everything
    for section in ("Inhoud", "Samenvatting", "Startfoto", "Zelfscan", "Visie en doelen", "Activiteiten",
                    "Jaarplanning", "Uren en geld", "Evaluatieschema", "Vaststelling"):
        assert section in everything, section
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title.startswith("Jaarplan welbevinden")
    assert "Basisschool De Vlinderboom" in (reader.metadata.author or "")
    assert [item.title for item in reader.outline if not isinstance(item, list)][:5] == [
        "Samenvatting", "Wie doet het", "Meerjarenplan 2025-2026 t/m 2028-2029", "Startfoto", "Zelfscan"]


def test_all_fonts_are_embedded_and_dutch_characters_survive(tmp_path: Path, demo_view: PlanView) -> None:
    view = PlanView(**{**{f: getattr(demo_view, f) for f in demo_view.__dataclass_fields__},
                       "vision": "Ĳverig werken aan € 1.234,50 en een ruïne vol ideeën."})
    data = render_report(view, "jaarplan")
    assert "Ĳverig" in flat(" ".join(pdf_text(data))) or "IJverig" in flat(" ".join(pdf_text(data)))
    assert "€ 1.234,50" in flat(" ".join(pdf_text(data)))
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages[:3]:
        fonts = page["/Resources"]["/Font"]
        for font in fonts.values():
            descendant = font.get_object()
            descriptor = descendant.get("/FontDescriptor") or descendant["/DescendantFonts"][0].get_object()[
                "/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), descendant["/BaseFont"]
    if shutil.which("pdffonts"):
        path = tmp_path / "plan.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.strip().splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), out


def test_a_plan_with_300_activities_and_long_texts_renders_with_repeated_headers(db: object, tmp_path: Path) -> None:
    from wellbeing_planner.storage.db import Database

    assert isinstance(db, Database)
    school = schools.create_school(db, "Openbare Basisschool Het Lange Verhaal", "PO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    long_text = "Een heel lange beschrijving met veel woorden die netjes moet afbreken. " * 40
    goals.set_vision(db, plan.id, long_text)
    goal_ids = [goals.add_goal(db, plan.id, f"Doel {n} " + "met een lange titel " * 5, description=long_text,
                               pillars=["educatie", "omgeving"]) for n in range(1, 11)]
    for n in range(300):
        activities.add_activity(db, plan.id, f"Activiteit {n:03d} " + "met extra woorden " * 4,
                                goal_id=goal_ids[n % 10], budget=str(100 + n), start_month="2026-09-01",
                                end_month="2027-06-01", description=long_text)
    view = load_plan_view(db, plan.id)
    data = render_report(view, "jaarplan")
    pages = pdf_text(data)
    assert len(pages) > 15
    activity_pages = [p for p in pages if re.search(r"Activiteit [0-2]\d\d", p) and "€" in p
                      and "geen eigenaar" not in flat(p) and "Aandachtspunten" not in p  # not the Samenvatting
                      and "Preventie" not in p]  # nor the matrix
    with_header = [p for p in activity_pages if "Eigenaar" in p and "Maanden" in p and "Interventie" in p]
    assert len(activity_pages) >= 4
    assert len(with_header) == len(activity_pages)  # the header repeats on every page of the activities table
    total = sum((Decimal(100 + n) for n in range(300)), Decimal(0))
    assert format_money(total) in flat(" ".join(pages))
    for report in ("zelfscan", "overzicht", "evaluatie"):
        assert render_report(view, report).startswith(b"%PDF")
    assert len(pdf_text(render_report(view, "overzicht"))) == 1


def test_export_writes_atomically_and_keeps_the_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    data_dir: Path) -> None:
    plan_id = ensure_demo(data_dir)
    db = open_database(data_dir, demo=True)
    target = tmp_path / "jaarplan.pdf"
    target.write_bytes(b"oud bestand")
    try:
        def broken(view: PlanView, report: str) -> tuple[bytes, frozenset[str]]:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("wellbeing_planner.reports.export.render", broken)
        with pytest.raises(OSError):
            export_report(db, plan_id, target)
        assert target.read_bytes() == b"oud bestand"
        monkeypatch.undo()
        export_report(db, plan_id, target, report="zelfscan")
    finally:
        db.close()
    assert target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_export_command_for_every_report(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    plan_id = capsys.readouterr().out.strip()
    for report in REPORTS:
        target = tmp_path / f"{report}.pdf"
        assert run(["--data-dir", str(data_dir), "--demo", "export", plan_id, "--pdf", str(target),
                    "--report", report]) == 0
        assert target.read_bytes().startswith(b"%PDF")
    assert "Rapport opgeslagen" in capsys.readouterr().out
    assert run(["--data-dir", str(data_dir), "--demo", "export", plan_id, "--pdf",
                str(tmp_path / "bestaat-niet" / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "bestaat niet" in err and "Traceback" not in err
    assert run(["--data-dir", str(data_dir), "--demo", "export", plan_id, "--pdf", str(tmp_path / "y.pdf"),
                "--report", "roman"]) == 2


def test_dates_in_reports_are_dutch(demo_view: PlanView) -> None:
    text = flat(" ".join(pdf_text(render_report(demo_view, "jaarplan"))))
    assert re.search(r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                     r"december) \d{4}", text)
    assert dt.date.today().strftime("%Y-%m-%d") not in text


def test_the_zelfscan_report_shows_how_the_team_scored(demo_view: PlanView, tmp_path: Path) -> None:
    everything = flat(" ".join(pdf_text(render_report(demo_view, "zelfscan"))))
    # De Vlinderboom's team scored 'signaleren' criteria together; the report keeps the spread, not only the median
    assert "Teamronde: 14 deelnemers (0: 2 · 1: 6 · 2: 4 · 3: 2), mediaan 1." in everything
    assert "Teamronde: 14 deelnemers (0: 3 · 1: 7 · 2: 4 · 3: 0), mediaan 1." in everything
    assert everything.count("De meningen liepen twee niveaus of meer uiteen.") == 2  # po-sig-02 and po-sig-04

    # at the limits: the largest round the app allows next to the longest evidence, and a plan's own score kept
    from wellbeing_planner.core import scan
    data = tmp_path / "data"
    plan_id = ensure_demo(data)
    db = open_database(data, demo=True)
    try:
        scan.update_score(db, plan_id, "po-sig-01", evidence=("Onderbouwing " * 417)[:5000])
        scan.adopt_team_score(db, plan_id, "po-sig-01", [0, 0, scan.MAX_PARTICIPANTS - 1, 1], score=3)
        view = load_plan_view(db, plan_id)
    finally:
        db.close()
    everything = flat(" ".join(pdf_text(render_report(view, "zelfscan"))))
    # the row splits across a page here; both halves are there
    assert "Teamronde: 200 deelnemers (0: 0 · 1: 0 ·" in everything and "199 · 3: 1), mediaan 2." in everything


def test_the_light_list_of_reports_matches_the_report_modules() -> None:
    """The Rapporten page lists the reports from reports.titles (no ReportLab); the titles are the modules' own."""
    from wellbeing_planner.reports.export import REPORTS, report_title
    from wellbeing_planner.reports.titles import TITLES

    assert list(TITLES) == list(REPORTS)
    assert all(TITLES[key] == report_title(key) for key in REPORTS)
