"""A year's work is never lost: each bad situation gets its own message, and the file stays as it was.

Every damaged, locked or foreign file is made inside the test; the CLI is used as a
school's administrator would, and the original file is compared byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from wellbeing_planner.cli import run
from wellbeing_planner.core import plans, schools
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    EnvironmentProblem,
    NoAccess,
    NotAPlannerFile,
)
from wellbeing_planner.storage import backups, lock, migrate, sqlitefile
from wellbeing_planner.storage.db import Database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_plan_db(data_dir: Path, school: str = "OBS De Esch") -> Path:
    db = open_database(data_dir)
    try:
        made = schools.create_school(db, school, "PO", brin="12AB")
        plans.create_plan(db, made.id, SchoolYear(2026))
    finally:
        db.close()
    return data_dir / "planner.sqlite3"


def check(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(["--data-dir", str(data_dir), "check"])
    out = capsys.readouterr()
    return code, out.out + out.err


def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def overwrite_a_page(path: Path, page: int = 3) -> None:
    """Damage one page in the middle of the file, as a failing disk or a bad copy would."""
    size = sqlitefile._page_size_of_db(path) or 4096
    with path.open("r+b") as handle:
        handle.seek(size * (page - 1))
        handle.write(b"\xde\xad\xbe\xef" * (size // 4))


def checkpointed(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()


# --- each situation its own message, exit code 2, the file untouched ------------------------------


def test_a_damaged_page_is_found_on_open_and_by_check(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_plan_db(data_dir)
    checkpointed(path)
    overwrite_a_page(path)
    before = digest(path)
    with pytest.raises(DatabaseDamaged, match="beschadigd"):
        Database.open(path)
    code, out = check(data_dir, capsys)
    assert code == 2
    assert "beschadigd" in out and "Resultaat: problemen gevonden" in out
    code, _out, err = cli(data_dir, capsys, "carry-over", "1")
    assert code == 2 and "beschadigd" in err and "Traceback" not in err
    assert digest(path) == before


def test_a_truncated_file_is_damaged_not_new(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_plan_db(data_dir)
    checkpointed(path)
    path.write_bytes(path.read_bytes()[:5000])
    before = digest(path)
    code, _out, err = cli(data_dir, capsys, "list")
    assert code == 2 and "beschadigd" in err
    assert digest(path) == before


def test_an_empty_file_is_refused_and_stays_empty(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_dir / "planner.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(NotAPlannerFile, match="leeg"):
        Database.open(path)
    code, out = check(data_dir, capsys)
    assert code == 2 and "leeg" in out and "nieuwere versie" not in out
    assert path.read_bytes() == b""


def test_another_programs_database_is_not_adopted(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_dir / "planner.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    code, _out, err = cli(data_dir, capsys, "list")
    assert code == 2 and "geen planbestand" in err
    assert digest(path) == before


def test_an_empty_sqlite_file_of_another_program_is_not_adopted(data_dir: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = data_dir / "planner.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 7")
    con.commit()
    con.close()
    assert path.stat().st_size > 0
    before = digest(path)
    with pytest.raises(NotAPlannerFile):
        Database.open(path)
    code, out = check(data_dir, capsys)
    assert code == 2 and "geen planbestand" in out
    assert digest(path) == before


def test_a_file_from_a_newer_version(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_plan_db(data_dir)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    checkpointed(path)
    before = digest(path)
    code, _out, err = cli(data_dir, capsys, "list")
    assert code == 2 and "nieuwere versie" in err
    code, out = check(data_dir, capsys)
    assert code == 2 and "nieuwere versie" in out
    assert digest(path) == before


def test_a_locked_file_is_in_use_not_damaged(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_plan_db(data_dir)
    checkpointed(path)
    monkeypatch.setattr(sqlitefile, "BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(path, isolation_level=None)  # another program holds an exclusive lock
    other.execute("BEGIN EXCLUSIVE")
    try:
        before = digest(path)
        with pytest.raises(DatabaseLocked, match="in gebruik"):
            Database.open(path)
        code, _out, err = cli(data_dir, capsys, "list")
        assert code == 2 and "in gebruik" in err and "beschadigd" not in err
        assert digest(path) == before
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_an_unreadable_file_is_a_permission_problem(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_plan_db(data_dir)
    before = digest(path)
    if os.geteuid() == 0:  # root reads everything: make the operating system answer as it would for a user
        real_open = Path.open

        def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refusing_open)
    else:
        path.chmod(0)
    try:
        with pytest.raises(NoAccess, match="toegang"):
            Database.open(path)
        code, _out, err = cli(data_dir, capsys, "list")
        assert code == 2 and "toegang" in err and "beschadigd" not in err
    finally:
        path.chmod(0o600)
        monkeypatch.undo()
    assert digest(path) == before


@pytest.mark.sqlite_only
def test_a_full_disk_is_called_a_full_disk(db: Database) -> None:
    """A write that finds no room ("database or disk is full") gets the disk message; saved data stays."""
    school = schools.create_school(db, "OBS Vol", "PO")
    with pytest.raises(DiskFull, match="schijf is vol"), db.unit_of_work() as session:
        connection = session.connection()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {int(pages or 1)}")  # the disk is full now
        for number in range(400):
            connection.exec_driver_sql(
                "INSERT INTO member (school_id, name, role, position, created_at, updated_at) "
                "VALUES (?, ?, 'leerkracht', 0, '2026-01-01', '2026-01-01')", (school.id, f"lid {number} " + "x" * 500))
    assert schools.get_school(db, school.id).name == "OBS Vol"
    with db.unit_of_work() as session:
        session.connection().exec_driver_sql("PRAGMA max_page_count = 1073741823")


def test_a_missing_table_is_found_by_check_and_refused_on_open(data_dir: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = make_plan_db(data_dir)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DROP TABLE activity")
    con.commit()
    con.close()
    checkpointed(path)
    before = digest(path)
    code, out = check(data_dir, capsys)
    assert code == 2 and "tabel 'activity' ontbreekt" in out
    with pytest.raises(DatabaseDamaged, match="onvolledig"):
        Database.open(path)
    assert digest(path) == before


def first_release_db(path: Path, *, plans_count: int = 2) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, migrate.KNOWN_REVISIONS[0])
        connection.exec_driver_sql(
            "INSERT INTO school (id, name, brin, school_type, grade_min, grade_max, pupils, gemeente, created_at, "
            "updated_at) VALUES (1, 'OBS Het Baken', '12AB', 'PO', 1, 8, 240, 'Zwolle', '2026-01-01', '2026-01-01')")
        for number in range(plans_count):
            connection.exec_driver_sql(
                "INSERT INTO plan (school_id, school_year, title, status, created_at, updated_at) "
                f"VALUES (1, {2024 + number}, 'Plan {number}', 'concept', '2026-01-01', '2026-01-01')")
    engine.dispose()


def test_a_half_migrated_file_from_an_older_release_is_named_as_such(data_dir: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The first release committed each CREATE on its own: new tables with the old version number."""
    path = data_dir / "planner.sqlite3"
    first_release_db(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE obligation_check (id INTEGER PRIMARY KEY, plan_id INTEGER, obligation_id TEXT, "
                "status TEXT, note TEXT, created_at DATETIME, updated_at DATETIME)")
    con.commit()
    con.close()
    before = digest(path)
    code, out = check(data_dir, capsys)
    assert code == 2 and "obligation_check" in out and "half bijgewerkt" in out
    code, _out, err = cli(data_dir, capsys, "list")
    assert code == 2 and "half bijgewerkt" in err and "Traceback" not in err
    assert digest(path) == before


def test_check_leaves_no_journal_files_behind(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_plan_db(data_dir)
    assert not (data_dir / "planner.sqlite3-wal").exists()
    code, _out = check(data_dir, capsys)
    assert code == 0
    assert not (data_dir / "planner.sqlite3-wal").exists()
    assert not (data_dir / "planner.sqlite3-shm").exists()


# --- journals beside the database --------------------------------------------------------------------


CRASHING_WRITER = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA wal_autocheckpoint = 0")
con.execute("UPDATE plan SET title = 'Na de crash'")
con.commit()
os._exit(0)  # the power goes out: the journal is never folded into the file
"""


def test_committed_work_in_a_journal_after_a_crash_is_kept(data_dir: Path) -> None:
    import subprocess
    import sys

    path = make_plan_db(data_dir)
    subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(path)], check=True)
    assert sqlitefile.sidecar(path, "-wal").stat().st_size > 0
    assert sqlitefile.wal_belongs(path) is True
    db = Database.open(path)
    try:
        assert [p.title for p in plans.list_plans(db)] == ["Na de crash"]
    finally:
        db.close()


def test_a_stale_journal_beside_a_restored_backup_is_moved_aside_not_replayed(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_plan_db(data_dir)
    checkpointed(path)
    old_copy = data_dir / "handmatige-kopie.sqlite3"
    old_copy.write_bytes(path.read_bytes())  # the user copies the file away, as a backup
    for number in range(3):  # months of work later ...
        db = open_database(data_dir)
        try:
            made = schools.create_school(db, f"School {number}", "VO")
            plans.create_plan(db, made.id, SchoolYear(2027))
        finally:
            db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for number in range(40):
        con.execute("INSERT INTO member (school_id, name, role, position, created_at, updated_at) "
                    "VALUES (2, ?, 'ouder', 0, '2026-01-01', '2026-01-01')", (f"lid {number} " + "z" * 900,))
    con.commit()
    stale_wal = sqlitefile.sidecar(path, "-wal").read_bytes()
    con.close()
    # ... a crash left the journal, and the user copies the old file back by hand.
    path.write_bytes(old_copy.read_bytes())
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    sqlitefile.sidecar(path, "-wal").write_bytes(stale_wal)
    assert sqlitefile.wal_belongs(path) is False

    db = Database.open(path, backup_dir=data_dir / "backups")
    try:
        assert [s.name for s in schools.list_schools(db)] == ["OBS De Esch"]
    finally:
        db.close()
    aside = list((data_dir / "backups").glob("planner.sqlite3-losse-journaalbestanden-*"))
    assert len(aside) == 1 and (aside[0] / "planner.sqlite3-wal").read_bytes() == stale_wal
    code, out = check(data_dir, capsys)
    assert code == 0, out


# --- atomic upgrades -----------------------------------------------------------------------------------


def test_a_failed_upgrade_leaves_the_file_unchanged_and_the_next_start_succeeds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "planner.sqlite3"
    first_release_db(path)
    before = digest(path)

    def fail_in_the_last_step(connection: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "before_commit", fail_in_the_last_step)
    for _attempt in range(2):
        with pytest.raises(EnvironmentProblem, match="schijf is vol"):
            Database.open(path, backup_dir=tmp_path / "backups")
        assert digest(path) == before
        assert migrate.stored_revision(path) == migrate.KNOWN_REVISIONS[0]
    monkeypatch.undo()

    db = Database.open(path, backup_dir=tmp_path / "backups")
    try:
        assert migrate.stored_revision(path) == migrate.HEAD_REVISION
        assert [p.title for p in plans.list_plans(db)] == ["Plan 1", "Plan 0"]
    finally:
        db.close()
    copies = list((tmp_path / "backups").glob("planner-voor-upgrade-*"))
    assert len(copies) == 1, "a retry must not write another identical copy"


def test_an_upgrade_that_fails_on_an_existing_column_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    first_release_db(path)
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE school ADD COLUMN logo BLOB")  # the last step of 0002 adds this column
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseDamaged, match="half bijgewerkt"):
        Database.open(path, backup_dir=tmp_path / "backups")
    assert digest(path) == before

    # Even past the diagnosis, the migration itself is one transaction:
    with pytest.raises(Exception, match="duplicate column"):
        migrate.migrate_file(path)
    assert digest(path) == before


def test_recreating_school_and_plan_in_a_migration_deletes_no_rows(tmp_path: Path) -> None:
    """The 0002 downgrade rebuilds ``school`` (batch mode); with foreign keys on, that cascaded to every plan."""
    ensure_demo(tmp_path)
    path = tmp_path / "demo.sqlite3"

    def counts() -> tuple[int, ...]:
        con = sqlite3.connect(path)
        try:
            return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                         for t in ("school", "plan", "goal", "activity", "scan_score", "member"))
        finally:
            con.close()

    before = counts()
    assert before[1] >= 2 and before[2] > 0
    migrate.migrate_file(path, migrate.KNOWN_REVISIONS[0], downgrade=True)
    assert counts() == before
    migrate.migrate_file(path)
    assert counts() == before
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


# --- backups and restore -------------------------------------------------------------------------------


def test_daily_backups_keep_seven_days_and_four_weeks(data_dir: Path) -> None:
    import datetime as dt

    path = make_plan_db(data_dir)
    backup_dir = data_dir / "rotatie"
    start = dt.datetime(2026, 9, 1, 8, 30)
    for day in range(60):
        now = start + dt.timedelta(days=day)
        assert backups.daily_backup(path, backup_dir, now=now) is not None
        assert backups.daily_backup(path, backup_dir, now=now + dt.timedelta(hours=3)) is None  # once a day
    kept = sorted(backups._made(p) for p in backup_dir.glob("planner-dagelijks-*.sqlite3"))
    last = start + dt.timedelta(days=59)
    days = [k.date() for k in kept]
    assert [(last - dt.timedelta(days=n)).date() for n in range(7)] == sorted(days, reverse=True)[:7]
    weeks = {k.isocalendar()[:2] for k in kept}
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4
    for copy in backup_dir.iterdir():
        assert copy.stat().st_mode & 0o777 == 0o600


def test_no_backup_is_made_of_a_damaged_file_and_the_good_ones_stay(data_dir: Path) -> None:
    import datetime as dt

    path = make_plan_db(data_dir)
    backup_dir = data_dir / "rotatie"
    for day in range(3):
        backups.daily_backup(path, backup_dir, now=dt.datetime(2026, 9, 1 + day))
    good = sorted(backup_dir.iterdir())
    checkpointed(path)
    overwrite_a_page(path)
    with pytest.raises(DatabaseDamaged, match="geen reservekopie"):
        backups.daily_backup(path, backup_dir, now=dt.datetime(2026, 9, 10))
    assert sorted(backup_dir.iterdir()) == good


def test_first_start_of_the_day_makes_a_verified_backup(data_dir: Path) -> None:
    make_plan_db(data_dir)
    assert not list((data_dir / "backups").glob("planner-dagelijks-*")), "a brand-new file holds nothing yet"
    open_database(data_dir).close()
    open_database(data_dir).close()
    made = list((data_dir / "backups").glob("planner-dagelijks-*.sqlite3"))
    assert len(made) == 1
    info = backups.describe(made[0])
    assert info.healthy and info.revision == migrate.HEAD_REVISION


def test_backup_and_restore_on_the_command_line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_plan_db(data_dir)
    target = data_dir.parent / "kopie-voor-de-directeur.sqlite3"
    code, out, _err = cli(data_dir, capsys, "backup", "--to", str(target))
    assert code == 0 and "gecontroleerd" in out
    db = open_database(data_dir)
    try:
        plans.update_plan(db, 1, title="Na de kopie gewijzigd")
    finally:
        db.close()

    code, out, err = cli(data_dir, capsys, "restore", str(target))
    assert code == 0, err
    db = open_database(data_dir)
    try:
        assert plans.get_plan(db, 1).title != "Na de kopie gewijzigd"
    finally:
        db.close()
    saved = list((data_dir / "backups").glob("planner-voor-terugzetten-*.sqlite3"))
    assert len(saved) == 1
    con = sqlite3.connect(saved[0])
    try:
        assert con.execute("SELECT title FROM plan").fetchone()[0] == "Na de kopie gewijzigd"
    finally:
        con.close()
    code, out, _err = cli(data_dir, capsys, "backups", "--json")
    assert code == 0 and '"kind": "voor-terugzetten"' in out
    assert path.exists()


@pytest.mark.parametrize("case", ["damaged", "foreign", "newer", "missing", "empty", "text"])
def test_restore_refuses_a_bad_file_and_changes_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                                        case: str) -> None:
    path = make_plan_db(data_dir)
    checkpointed(path)
    before = digest(path)
    bad = data_dir.parent / f"{case}.sqlite3"
    if case == "damaged":
        bad.write_bytes(path.read_bytes())
        overwrite_a_page(bad)
    elif case == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE recipes (name TEXT)")
        con.commit()
        con.close()
    elif case == "newer":
        bad.write_bytes(path.read_bytes())
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num = '0099_future'")
        con.commit()
        con.close()
    elif case == "empty":
        bad.write_bytes(b"")
    elif case == "text":
        bad.write_text("Dit is een boodschappenlijst.\n" * 20, encoding="utf-8")
    code, out, err = cli(data_dir, capsys, "restore", str(bad))
    assert code == 2, out + err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert digest(path) == before
    assert not list((data_dir / "backups").glob("planner-voor-terugzetten-*"))


def test_rescue_copies_what_can_be_read_into_a_sound_file(data_dir: Path) -> None:
    ensure_demo(data_dir)
    path = data_dir / "demo.sqlite3"
    checkpointed(path)
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'activity'").fetchone()[0]
    con.close()
    overwrite_a_page(path, page=root)  # the activities are lost; the rest of the year's work must be saved
    before = digest(path)
    target = data_dir / "gered.sqlite3"
    counts = backups.salvage(path, target)
    assert digest(path) == before
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    schools_in_demo, plans_in_demo = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("school",
                                                                                                        "plan"))
    con.close()
    assert counts["school"] == schools_in_demo and counts["plan"] == plans_in_demo
    assert counts["goal"] > 0 and counts["scan_score"] > 0
    assert counts["activity"] == 0
    assert backups.check_restorable(target).healthy


# --- one writer at a time --------------------------------------------------------------------------------


def test_a_command_line_write_waits_then_says_the_file_is_in_use(data_dir: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    make_plan_db(data_dir)
    monkeypatch.setattr(lock, "DEFAULT_WAIT_S", 0.3)
    holder = threading.Event()
    release = threading.Event()

    def window() -> None:  # the app window holds the writer lock while it is open
        import fcntl

        handle = open(lock.lock_path(data_dir / "planner.sqlite3"), "a+b")  # noqa: SIM115
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        holder.set()
        release.wait(10)
        handle.close()

    thread = threading.Thread(target=window)
    thread.start()
    holder.wait(5)
    try:
        db = open_database(data_dir, writer=True, wait_s=0.3)
        db.close()
        pytest.fail("a second writer got in")
    except DatabaseLocked as exc:
        assert "in gebruik" in exc.message
    finally:
        release.set()
        thread.join()
    open_database(data_dir, writer=True).close()  # once the window is closed, the command goes ahead
