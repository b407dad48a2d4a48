"""The command line around plan files: export --pdf keeps working, --pdf and --plan-file are one choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exchange.conftest import fingerprint
from wellbeing_planner.cli import run


def test_export_wants_exactly_one_of_pdf_and_plan_file(data_dir: Path, seeded: int, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "export", str(seeded)]) == 2
    assert "kies één van --pdf --plan-file" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "export", str(seeded), "--pdf", str(tmp_path / "a.pdf"),
                "--plan-file", str(tmp_path / "a.wbplan")]) == 2
    assert "kan niet samen met" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "a.wbplan").exists()


def test_the_pdf_export_works_as_before(data_dir: Path, seeded: int, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "jaarplan.pdf"
    assert run(["--data-dir", str(data_dir), "export", str(seeded), "--pdf", str(pdf), "--report", "zelfscan"]) == 0
    assert "Rapport opgeslagen" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_writes_the_file_and_import_prints_the_new_plan_id(data_dir: Path, seeded: int, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "naar-de-adviseur.wbplan"
    assert run(["--data-dir", str(data_dir), "export", str(seeded), "--plan-file", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Planbestand opgeslagen: {target}"
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["format_version"]) == ("wellbeing-planner/plan", 2)
    assert [a["budget"] for a in document["activities"]] == ["1234.50"]
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind

    elsewhere = tmp_path / "adviseur"
    elsewhere.mkdir()
    assert run(["--data-dir", str(elsewhere), "import", str(target)]) == 0
    assert capsys.readouterr().out == "1\n"
    before = fingerprint(elsewhere)
    assert run(["--data-dir", str(elsewhere), "import", str(target)]) == 2  # the same school year again
    assert fingerprint(elsewhere) == before


def test_export_of_a_plan_that_does_not_exist_is_a_dutch_line(data_dir: Path, seeded: int, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "export", "99", "--plan-file", str(tmp_path / "x.wbplan")]) == 2
    assert "Plan 99 bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "x.wbplan").exists()
