"""The board overview: every school side by side, the same figures as each plan's own summary."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.board.build import build_board
from wellbeing_planner.cli import run
from wellbeing_planner.core import activities, board, goals, plans, scan, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.reports.bestuur import export_board_report
from wellbeing_planner.storage.db import Database


def cli_args(db: Database, data_dir: Path) -> list[str]:
    """Where the command line finds the same database as ``db`` (a data folder, or the server's URL)."""
    if db.backend == "postgresql":
        return ["--database-url", db.engine.url.render_as_string(hide_password=False)]
    return ["--data-dir", str(data_dir)]


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert run(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_board_of_20_schools_by_3_years_matches_every_plan_summary(db: Database, data_dir: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    plan_ids = build_board(db, schools_count=20, years=3)
    where = cli_args(db, data_dir)
    entries = _json(capsys, "board", "--json", *where)
    assert isinstance(entries, list) and len(entries) == 20
    summaries = {plan_id: _json(capsys, "summary", str(plan_id), "--json", *where) for plan_id in plan_ids}
    by_school: dict[str, list[dict[str, object]]] = {}
    for summary in summaries.values():
        assert isinstance(summary, dict)
        by_school.setdefault(str(summary["school"]), []).append(summary)
    assert sorted(entry["school"] for entry in entries) == sorted(by_school)
    for entry in entries:
        own = sorted(by_school[entry["school"]], key=lambda s: str(s["school_year"]))
        latest = own[-1]
        assert entry["school_type"] == latest["school_type"]
        assert entry["plans"] == [{"plan_id": s["plan_id"], "school_year": s["school_year"], "status": s["status"]}
                                  for s in own]
        assert entry["pillar_scores"] == latest["pillar_scores"]
        assert entry["budget_total"] == latest["budget_total"]
        assert entry["budget_available"] == latest["budget_available"]
        assert entry["problems"] == latest["problems"]
        # hours and goals are counted here on their own, from the plan's activities and goals
        active = [a for a in activities.activities(db, int(latest["plan_id"])) if a.status != "vervallen"]
        assert Decimal(entry["hours"]) == sum((a.hours or Decimal(0) for a in active), Decimal(0))
        top_goals = [g for g in goals.goals(db, int(latest["plan_id"])) if g.parent_id is None]
        assert sum(entry["goals_by_pillar"].values()) == sum(len(g.pillars) for g in top_goals)
        assert sum(entry["goals_by_layer"].values()) == sum(len(g.all_layers) for g in top_goals)
        for pillar, share in entry["pillar_scores"].items():
            # against the most recent earlier year in which that pillar was scored
            earlier = [s["pillar_scores"][pillar] for s in own[:-1] if s["pillar_scores"][pillar] is not None]
            previous = earlier[-1] if earlier else None
            expected = None if share is None or previous is None else round(share - previous, 4)
            assert entry["pillar_trend"][pillar] == expected

    # filters: a school type, and a region as a gemeente or a GGD-regio, in any case
    vo = _json(capsys, "board", "--json", "--school-type", "VO", *where)
    assert [e["school"] for e in vo] == [e["school"] for e in entries if e["school_type"] == "VO"] and vo
    zwolle = _json(capsys, "board", "--json", "--region", "zWOLLE", *where)
    assert {e["gemeente"] for e in zwolle} == {"Zwolle"} and len(zwolle) == 5
    ijssel = _json(capsys, "board", "--json", "--region", "ijsselland", *where)
    assert len(ijssel) == 15

    # CSV: one row per school per school year, Dutch numbers, the same money as the summaries
    target = data_dir / "bestuur.csv"
    assert run(["board", "--csv", str(target), *where]) == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel shows € and ë
    lines = raw.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + 60
    header = lines[0].split(";")
    planned = header.index("Begroot (€)")
    for line in lines[1:]:
        cells = line.split(";")
        assert "." not in cells[planned] and "," in cells[planned]
    first = next(s for s in summaries.values() if isinstance(s, dict))
    row = next(line.split(";") for line in lines[1:]
               if line.startswith(str(first["school"])) and f";{first['school_year']};" in line)
    assert row[planned] == str(first["budget_total"]).replace(".", ",")


def test_board_text_trend_and_an_empty_filter(db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    school = schools.create_school(db, "OBS De Klimop", "PO", gemeente="Utrecht", ggd_region="Regio Utrecht")
    criteria = [c.id for c in __import__("wellbeing_planner.content.framework", fromlist=["framework"])
                .framework().criteria_for("PO") if c.pillar == "educatie"]
    for year, score in ((2024, 1), (2025, 3)):
        plan = plans.create_plan(db, school.id, SchoolYear(year))
        for criterion in criteria:
            scan.update_score(db, plan.id, criterion, score=score)
    schools.create_school(db, "Nog Geen Plan", "SO")
    overview = board.board_overview(db)
    klimop = next(s for s in overview.schools if s.name == "OBS De Klimop")
    assert klimop.latest is not None and klimop.latest.pillar_scores["educatie"] == 1.0
    assert klimop.trend("educatie") == pytest.approx(2 / 3, abs=1e-3)
    text = board.format_board(overview)
    assert "OBS De Klimop (PO) — Utrecht, Regio Utrecht" in text and "↑" in text
    assert "Nog Geen Plan (SO)" in text and "(nog geen plan)" in text
    assert "Totaal: 2 scholen, 2 plannen" in text
    assert board.counted(1, 1) == "1 school, 1 plan"
    assert run(["board", "--region", "Groningen", *cli_args(db, data_dir)]) == 0
    assert "Geen scholen gevonden" in capsys.readouterr().out


def test_board_report_and_csv_keep_names_safe(db: Database, tmp_path: Path) -> None:
    build_board(db, schools_count=3, years=2)
    schools.create_school(db, "=HYPERLINK(\"http://x\") & Zn", "PO", gemeente="Zwolle")
    overview = board.board_overview(db)
    text = board.csv_text(overview)
    assert "'=HYPERLINK" in text  # a spreadsheet shows it as text, never runs it
    pdf = export_board_report(overview, tmp_path / "bestuur")
    assert pdf.name == "bestuur.pdf"
    words = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Bestuursoverzicht" in words and "Brede School 02 De Horizon" in words
    assert "Plannen per schooljaar" in words and "Geld en uren" in words
    assert "2024-2025" in words and "2025-2026" in words
