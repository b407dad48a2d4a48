"""No traceback reaches a user, two writers never collide, and what users type stays out of logs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.storage.test_storage_safety import make_plan_db
from wellbeing_planner import cli
from wellbeing_planner.cli import run
from wellbeing_planner.core import schools
from wellbeing_planner.core.workspace import open_database


def _one_dutch_line(err: str) -> None:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "Error:" not in err


def _run(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backups_folder_that_is_a_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_plan_db(data_dir)
    assert not (data_dir / "backups").exists()
    (data_dir / "backups").write_text("toevallig een bestand", encoding="utf-8")
    code, _out, err = _run(data_dir, capsys, "backup")
    assert code == 2
    _one_dutch_line(err)
    assert "map" in err
    code, _out, err = _run(data_dir, capsys, "list")  # the daily backup cannot be made: said, but work goes on
    assert code == 0 and "reservekopie" in err and "Traceback" not in err


def test_a_file_name_that_is_too_long(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_plan_db(data_dir)
    code, _out, err = _run(data_dir, capsys, "backup", "--to", str(data_dir / ("a" * 300 + ".sqlite3")))
    assert code == 2
    _one_dutch_line(err)
    assert "te lang" in err


def test_an_unknown_plan(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_plan_db(data_dir)
    code, _out, err = _run(data_dir, capsys, "carry-over", "999")
    assert code == 2
    _one_dutch_line(err)


def test_a_bug_is_one_line_and_its_details_go_to_the_log_without_user_text(
        data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    make_plan_db(data_dir)
    secret = "Zorgleerling Jantje van groep 5"

    def broken(args: object) -> int:
        raise ValueError(f"invalid literal: '{secret}'")

    monkeypatch.setitem(cli._COMMANDS, "list", broken)
    code, _out, err = _run(data_dir, capsys, "list")
    assert code == 1
    _one_dutch_line(err)
    assert "onverwachte fout" in err and secret not in err
    log = (data_dir / "logs" / "welbevinden-planner.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "broken" in log  # a developer can find the cause ...
    assert secret not in log  # ... but not what the user typed


def test_sql_parameters_never_reach_the_log(data_dir: Path) -> None:
    import logging

    from wellbeing_planner.core.workspace import setup_logging

    setup_logging(data_dir)
    db = open_database(data_dir)
    secret = "Geheime Opmerking over een collega"
    try:
        try:
            with db.unit_of_work() as session:
                session.connection().exec_driver_sql(
                    "INSERT INTO school (id, name, school_type, created_at, updated_at) VALUES (?, ?, 'XX', 1, 1)",
                    (None, None))
        except Exception:
            logging.getLogger("test").exception("write failed for %s", "'" + secret + "'")
    finally:
        db.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = (data_dir / "logs" / "welbevinden-planner.log").read_text(encoding="utf-8")
    assert "IntegrityError" in log
    assert secret not in log


@pytest.mark.skipif(os.name != "posix", reason="file modes are a Linux/macOS matter")
def test_the_data_folder_and_its_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "nieuw"
    run(["--data-dir", str(data_dir), "backup"])  # nothing to back up yet, but the folder is made
    make_plan_db(data_dir)
    run(["--data-dir", str(data_dir), "list"])
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in [data_dir / "planner.sqlite3", *data_dir.glob("backups/*"), *data_dir.glob("logs/*")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (data_dir / "backups", data_dir / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_two_carry_overs_at_once_give_one_plan_and_no_traceback(data_dir: Path) -> None:
    make_plan_db(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "carry-over", "1"]
    children = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(3)]
    results = []
    for child in children:
        out, err = child.communicate(timeout=60)
        results.append((child.returncode, out, err))
    assert sorted(code for code, _o, _e in results) == [0, 2, 2], results
    for code, _out, err in results:
        assert "Traceback" not in err
        if code == 2:
            _one_dutch_line(err)
    db = open_database(data_dir)
    try:
        from wellbeing_planner.core import plans

        assert len(plans.list_plans(db)) == 2
    finally:
        db.close()


def test_a_write_while_the_window_is_open_says_the_file_is_in_use(data_dir: Path) -> None:
    make_plan_db(data_dir)
    window_db = open_database(data_dir, writer=True)  # what the open window holds
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "carry-over",
                                 "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 2
        _one_dutch_line(result.stderr)
        assert "in gebruik" in result.stderr
        reading = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "list"],
                                 cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
        assert reading.returncode == 0 and "OBS De Esch" in reading.stdout  # reading is fine meanwhile
        assert len(schools.list_schools(window_db)) == 1
    finally:
        window_db.close()
