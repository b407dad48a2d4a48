"""Exporting to files as people expect: one Dutch line and exit 2 for every file problem, the old file untouched,
no temporary files left, ``.pdf`` added, permissions from the umask."""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wellbeing_planner.cli import run

OLD = b"%PDF-1.4 het rapport van vorige week"
ENGLISH = ("Error", "error", "Permission", "denied", "directory", "Traceback", "such file")


@pytest.fixture
def export(demo_data: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> Iterator[Any]:
    data, plan_id = demo_data

    def do(target: Path | str, report: str = "overzicht") -> tuple[int, str]:
        capsys.readouterr()
        code = run(["--data-dir", str(data), "--demo", "export", str(plan_id), "--pdf", str(target),
                    "--report", report])
        return code, capsys.readouterr().err.strip()
    yield do


def assert_one_dutch_line(message: str, *words: str) -> None:
    assert message and "\n" not in message, message
    assert not any(word in message for word in ENGLISH), message
    for word in words:
        assert word in message, message


def parts(folder: Path) -> list[Path]:
    return list(folder.glob(".*.part"))


def test_a_read_only_folder(export: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    (folder / "jaarplan.pdf").write_bytes(OLD)
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: let the system refuse as it would for a user
        real_open = os.open

        def refusing_open(path: Any, *args: Any, **kwargs: Any) -> int:
            if Path(path).parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)
        monkeypatch.setattr(os, "open", refusing_open)
    try:
        code, message = export(folder / "jaarplan.pdf")
    finally:
        folder.chmod(0o755)
    assert code == 2
    assert_one_dutch_line(message, "geen toegang", "jaarplan.pdf")
    assert (folder / "jaarplan.pdf").read_bytes() == OLD
    assert parts(folder) == []


def test_a_folder_as_target(export: Any, tmp_path: Path) -> None:
    folder = tmp_path / "rapporten"
    folder.mkdir()
    code, message = export(folder)
    assert code == 2
    assert_one_dutch_line(message, "is een map")
    assert export(tmp_path / "rapporten.pdf")[0] == 0  # a file beside it is fine


def test_a_folder_named_like_the_pdf(export: Any, tmp_path: Path) -> None:
    (tmp_path / "jaarplan.pdf").mkdir()
    code, message = export(tmp_path / "jaarplan.pdf")
    assert code == 2
    assert_one_dutch_line(message, "is een map")


def test_a_missing_folder(export: Any, tmp_path: Path) -> None:
    code, message = export(tmp_path / "bestaat-niet" / "jaarplan.pdf")
    assert code == 2
    assert_one_dutch_line(message, "bestaat niet")
    assert not (tmp_path / "bestaat-niet").exists()


def test_a_read_only_existing_file_is_left_alone(export: Any, tmp_path: Path) -> None:
    target = tmp_path / "jaarplan.pdf"
    target.write_bytes(OLD)
    target.chmod(0o444)
    code, message = export(target)
    assert code == 2
    assert_one_dutch_line(message, "alleen-lezen")
    assert target.read_bytes() == OLD
    assert parts(tmp_path) == []


def test_a_file_locked_by_another_program(export: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "jaarplan.pdf"
    target.write_bytes(OLD)

    def locked(source: Any, destination: Any) -> None:  # what Windows does while a PDF reader holds the file
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(destination))
    monkeypatch.setattr(os, "replace", locked)
    code, message = export(target)
    assert code == 2
    assert_one_dutch_line(message, "ander programma")
    assert target.read_bytes() == OLD
    assert parts(tmp_path) == []


def test_a_stale_temporary_file_from_a_killed_export_is_removed(export: Any, tmp_path: Path) -> None:
    stale = tmp_path / ".jaarplan.pdf.4242-deadbeef.part"
    stale.write_bytes(b"%PDF-1.4 half")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    running = tmp_path / ".jaarplan.pdf.4343-cafebabe.part"  # another export busy right now: not touched
    running.write_bytes(b"%PDF-1.4 bezig")
    other = tmp_path / ".ander.pdf.4242-deadbeef.part"
    other.write_bytes(b"")
    os.utime(other, (hour_ago, hour_ago))
    assert export(tmp_path / "jaarplan.pdf")[0] == 0
    assert not stale.exists()
    assert running.exists() and other.exists()


def test_pdf_is_added_to_a_name_without_it(export: Any, tmp_path: Path) -> None:
    code, _message = export(tmp_path / "jaarplan-2026")
    assert code == 0
    assert (tmp_path / "jaarplan-2026.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "jaarplan-2026").exists()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o007, 0o660)])
def test_permissions_follow_the_umask(export: Any, tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        assert export(tmp_path / "jaarplan.pdf")[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "jaarplan.pdf").stat().st_mode) == mode
