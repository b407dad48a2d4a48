"""An import killed with SIGKILL at a random moment leaves either no trace or the whole plan (30 times)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.exchange.conftest import seed_plan, without_ids
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange.export import export_plan, plan_document

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

CHILD = """
import sys
from wellbeing_planner.cli import run
from wellbeing_planner.exchange import importer, reading  # the heavy imports happen before 'ready'
from wellbeing_planner.storage import db
print("ready", flush=True)
sys.exit(run(["--data-dir", sys.argv[1], "import", sys.argv[2]]))
"""

KILLS = 30


def _start(data_dir: Path, plan_file: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(plan_file)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _state(data_dir: Path) -> tuple[list[str], int]:
    con = sqlite3.connect(data_dir / "planner.sqlite3")  # a normal open: recovers a hot journal or WAL
    try:
        check = [row[0] for row in con.execute("PRAGMA integrity_check")]
        plans = con.execute("SELECT count(*) FROM plan").fetchone()[0]
    finally:
        con.close()
    return check, int(plans)


def test_a_killed_import_leaves_no_trace_or_the_whole_plan(tmp_path: Path) -> None:
    source = tmp_path / "bron"
    source.mkdir()
    db = open_database(source)
    plan_file = export_plan(db, seed_plan(db, brin="56MN", n_activities=300), tmp_path / "groot.wbplan")
    original = without_ids(plan_document(db, 1))
    db.close()

    base = tmp_path / "basis"
    base.mkdir()
    db = open_database(base)
    seed_plan(db, brin="78PQ", name="IKC Het Anker")  # a database that already holds someone else's plan
    db.close()
    assert sorted(p.name for p in base.iterdir() if p.suffix != ".lock") == ["planner.sqlite3"]

    def fresh(name: str) -> Path:
        target = tmp_path / name
        target.mkdir()
        shutil.copy(base / "planner.sqlite3", target / "planner.sqlite3")
        return target

    # how long a whole import takes here, once without a kill
    timing = fresh("meting")
    child = _start(timing, plan_file)
    started = time.perf_counter()
    child.communicate(timeout=120)
    assert child.returncode == 0
    duration = time.perf_counter() - started

    rng = random.Random(11)
    outcomes: dict[str, int] = {"geen spoor": 0, "heel plan": 0}
    for attempt in range(KILLS):
        data_dir = fresh(f"poging-{attempt}")
        child = _start(data_dir, plan_file)
        time.sleep(rng.uniform(0, duration * 1.2))
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=60)  # also closes the pipes
        check, plan_count = _state(data_dir)
        assert check == ["ok"], (attempt, check)
        if plan_count == 1:  # only the plan that was there before: no trace of the import
            outcomes["geen spoor"] += 1
            db = open_database(data_dir)
            try:
                assert [s.brin for s in _schools(db)] == ["78PQ"]
            finally:
                db.close()
        else:
            assert plan_count == 2, (attempt, plan_count)
            outcomes["heel plan"] += 1
            db = open_database(data_dir)
            try:
                assert without_ids(plan_document(db, 2)) == original
            finally:
                db.close()
    print(f"{KILLS} kills after 0–{duration * 1.2:.2f} s: {outcomes}")
    assert sum(outcomes.values()) == KILLS


def _schools(db: Any) -> list[Any]:
    from wellbeing_planner.core.schools import list_schools

    return list_schools(db)
