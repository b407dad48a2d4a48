"""The command line: exit codes, Dutch messages, JSON contracts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from wellbeing_planner import __version__
from wellbeing_planner.cli import run
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database


def _main(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=env, check=False)


def test_version_through_main_py() -> None:
    result = _main("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Welbevinden Planner {__version__}"


def test_demo_prints_the_plan_id_and_keeps_real_data_apart(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    plan_id = int(capsys.readouterr().out.strip())
    assert (data_dir / "demo.sqlite3").exists()
    assert run(["--data-dir", str(data_dir), "--demo", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert plan_id in [row["id"] for row in listed]
    assert {row["school"] for row in listed} == {"Basisschool De Vlinderboom", "Keten Welbevinden Eemland-Noord"}
    assert {row["kind"] for row in listed} == {"school", "keten"}
    assert next(row for row in listed if row["id"] == plan_id)["school"] == "Basisschool De Vlinderboom"
    # the real database holds none of it
    assert run(["--data-dir", str(data_dir), "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # a second run reuses the demo; --reset recreates it
    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    assert int(capsys.readouterr().out) == plan_id
    db = open_database(data_dir, demo=True)
    schools.update_school(db, plans.get_plan(db, plan_id).school_id, name="Door trainer veranderd")
    db.close()
    assert run(["--data-dir", str(data_dir), "demo", "--reset"]) == 0
    new_id = int(capsys.readouterr().out)
    db = open_database(data_dir, demo=True)
    assert plans.get_plan(db, new_id).school_name == "Basisschool De Vlinderboom"
    db.close()


def test_list_json_has_the_promised_keys(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "SBO De Brug", "SBO")
    plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    assert run(["--data-dir", str(data_dir), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"id": 1, "school": "SBO De Brug", "school_id": 1, "title": "Plan welbevinden 2026-2027",
                     "school_year": "2026-2027", "status": "concept", "kind": "school"}]  # kind: extended
    assert run(["--data-dir", str(data_dir), "list"]) == 0
    assert "SBO De Brug (SBO)" in capsys.readouterr().out


def test_check_reports_a_healthy_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", str(data_dir), "--demo", "check"]) == 0
    out = capsys.readouterr().out
    assert "Integriteit: in orde" in out and "Schema: actueel" in out and "Resultaat: gezond" in out


def test_check_exits_nonzero_for_a_damaged_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "planner.sqlite3").write_bytes(b"kapot" * 500)
    assert run(["--data-dir", str(data_dir), "check"]) == 2
    assert "beschadigd" in capsys.readouterr().out


def test_a_bad_data_dir_is_a_user_error_with_one_dutch_line(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "bestand.txt"
    not_a_dir.write_text("x")
    result = _main("--data-dir", str(not_a_dir), "list")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "is een bestand, geen map" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_plan_and_bad_arguments_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "list", "--onzin"]) == 2
    assert "onbekende argumenten" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "verzin"]) == 2
    assert "ongeldige keuze" in capsys.readouterr().err


def test_a_damaged_database_is_a_clear_message_not_a_traceback(data_dir: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "planner.sqlite3").write_bytes(b"kapot" * 500)
    assert run(["--data-dir", str(data_dir), "list"]) == 2
    err = capsys.readouterr().err
    assert "beschadigd" in err and "Traceback" not in err


def test_startup_check_opens_the_last_plan_and_exits_0(data_dir: Path) -> None:
    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    result = _main("--data-dir", str(data_dir), "--demo", "--startup-check")
    assert result.returncode == 0, result.stderr
    empty = _main("--data-dir", str(data_dir), "--startup-check")
    assert empty.returncode == 0, empty.stderr


def test_the_demo_uses_the_catalogue_and_has_own_interventions(data_dir: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from wellbeing_planner.core import catalogue as cat

    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    plan_id = int(capsys.readouterr().out)
    db = open_database(data_dir, demo=True)
    try:
        in_use = cat.in_use_ids(db, plan_id)
        own = cat.local_interventions(db)
    finally:
        db.close()
    assert {"kanjertraining", "kanvas"} <= in_use
    assert {e.name for e in own} == {"Gouden weken in alle groepen", "Maatjes groep 8 en groep 4"}
    assert own[0].id in in_use or own[1].id in in_use


def test_summary_of_the_demo_plan(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "demo"]) == 0
    plan_id = int(capsys.readouterr().out)
    assert run(["--data-dir", str(data_dir), "--demo", "summary", str(plan_id), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    for key in ("school", "school_type", "school_year", "steps", "pillar_scores", "members", "partners",
                "indicators", "inventory", "stakeholder_input"):
        assert key in summary
    assert summary["school"] == "Basisschool De Vlinderboom" and summary["school_type"] == "PO"
    assert set(summary["pillar_scores"]) == {"educatie", "omgeving", "signaleren", "beleid"}
    # educatie: 3 + 2 + 2 + 1 + 1 = 9 points of 15
    assert summary["pillar_scores"]["educatie"] == 0.6
    assert summary["steps"]["zelfscan"]["label"] == "22 van 22 gescoord"
    assert (summary["members"], summary["partners"], summary["indicators"]) == (7, 6, 8)
    assert summary["inventory"] == 5 and summary["stakeholder_input"] == 4
    assert run(["--data-dir", str(data_dir), "--demo", "summary", str(plan_id)]) == 0
    assert "Educatie: 60%" in capsys.readouterr().out


def test_summary_of_a_fresh_plan_has_null_pillar_scores(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(data_dir)
    school = schools.create_school(db, "Het College", "VO")
    plan = plans.create_plan(db, school.id, SchoolYear(2026))
    db.close()
    assert run(["--data-dir", str(data_dir), "summary", str(plan.id), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["pillar_scores"] == {"educatie": None, "omgeving": None, "signaleren": None, "beleid": None}
    assert run(["--data-dir", str(data_dir), "summary", "999"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
