"""Pulling the plug: a writer killed with SIGKILL at random moments leaves a sound file and whole operations.

The child process edits a plan (two fields in one operation), carries plans over,
resets the demo and makes backups, in a loop.  After every kill the database must
pass SQLite's integrity check and ``check``, and every operation must be all or
nothing: an edit has both fields or neither, a carried-over plan has all its
goals, the demo is complete, every backup under its final name is sound.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from wellbeing_planner.cli import run
from wellbeing_planner.core import goals, plans, schools
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database

KILLS = 50
STATUSES = ("concept", "vastgesteld", "afgerond")

WRITER = r"""
import random, sys
from pathlib import Path
from wellbeing_planner.core import plans
from wellbeing_planner.core.carry_over import carry_over_plan
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.storage import backups

STATUSES = ("concept", "vastgesteld", "afgerond")
data = Path(sys.argv[1])
rng = random.Random(int(sys.argv[2]))
print("ready", flush=True)
step = int(sys.argv[2]) * 1000
while True:
    step += 1
    what = rng.choice(["edit", "edit", "carry", "demo", "backup"])
    try:
        if what == "demo":
            ensure_demo(data, reset=True)
            continue
        db = open_database(data, writer=True)
        try:
            if what == "edit":
                plan = rng.choice(plans.list_plans(db))
                plans.update_plan(db, plan.id, title=f"Plan stap {step}", status=STATUSES[step % 3])
            elif what == "carry":
                newest = plans.list_plans(db)[0]
                carry_over_plan(db, newest.id)
            else:
                backups.backup(db.path, data / "backups", backups.MANUAL)
        finally:
            db.close()
    except PlannerError:
        pass
"""


def _prepare(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        school = schools.create_school(db, "OBS De Stroom", "PO", brin="34CD")
        plan = plans.create_plan(db, school.id, SchoolYear(2025))
        for number in range(6):
            goal_id = goals.add_goal(db, plan.id, f"Doel {number}")
            if number % 3 == 0:
                goals.update_goal(db, goal_id, reached=True)
    finally:
        db.close()


def _assert_whole(data_dir: Path, demo_goals: int, capsys: pytest.CaptureFixture[str]) -> None:
    for args in ([], ["--demo"]):
        if args and not (data_dir / "demo.sqlite3").exists():
            continue
        code = run(["--data-dir", str(data_dir), *args, "check"])
        out = capsys.readouterr()
        assert code == 0, out.out + out.err
    con = sqlite3.connect(data_dir / "planner.sqlite3")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for title, status in con.execute("SELECT title, status FROM plan"):
            if title.startswith("Plan stap "):
                assert status == STATUSES[int(title.rsplit(" ", 1)[1]) % 3], "an edit was half saved"
        for new_id, source_id in con.execute("SELECT id, baseline_plan_id FROM plan WHERE baseline_plan_id IS "
                                             "NOT NULL"):
            copied = con.execute("SELECT count(*) FROM goal WHERE plan_id = ?", (new_id,)).fetchone()[0]
            still_open = con.execute("SELECT count(*) FROM goal WHERE plan_id = ? AND (reached IS NULL OR "
                                     "reached = 0)", (source_id,)).fetchone()[0]
            assert copied == still_open, "a carry-over was half saved"
    finally:
        con.close()
    demo = data_dir / "demo.sqlite3"
    if demo.exists():
        con = sqlite3.connect(demo)
        try:
            assert con.execute("SELECT count(*) FROM plan").fetchone()[0] == 2
            assert con.execute("SELECT count(*) FROM goal").fetchone()[0] == demo_goals, "half a demo"
        finally:
            con.close()
    for copy in (data_dir / "backups").glob("*.sqlite3"):
        con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", copy.name
        finally:
            con.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_never_leaves_half_an_operation(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    reference = tmp_path / "reference"
    ensure_demo(reference)
    con = sqlite3.connect(reference / "demo.sqlite3")
    demo_goals = con.execute("SELECT count(*) FROM goal").fetchone()[0]
    con.close()

    data_dir = tmp_path / "data"
    _prepare(data_dir)
    rng = random.Random(20261130)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for kill in range(KILLS):
        with subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(kill)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None and child.stderr is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.02, 0.6))
            child.send_signal(signal.SIGKILL)
            child.wait(10)
            errors = child.stderr.read()
        assert "Traceback" not in errors, errors
        _assert_whole(data_dir, demo_goals, capsys)
    db = open_database(data_dir)
    try:
        assert len(plans.list_plans(db)) >= 2, "the writer never got anything done"
    finally:
        db.close()
