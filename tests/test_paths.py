"""Where data and resources are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellbeing_planner import paths
from wellbeing_planner.errors import UserError


def test_resources_are_found_from_the_source_tree() -> None:
    assert (paths.resource_dir() / "framework").is_dir()
    assert paths.resource_path("schemas").is_dir()


def test_default_data_dir_is_the_local_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "app_home", lambda: tmp_path)
    from platformdirs import user_data_path

    assert paths.default_data_dir() == user_data_path("wellbeing-planner", "Welbevinden Planner", roaming=False)


def test_portable_mode_keeps_data_beside_the_program(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "app_home", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    assert paths.default_data_dir() == tmp_path / "data"
    assert paths.resolve_data_dir() == (tmp_path / "data").resolve()


def test_data_dir_override_is_created(tmp_path: Path) -> None:
    target = tmp_path / "nieuw" / "map"
    assert paths.resolve_data_dir(target) == target.resolve()
    assert target.is_dir()


def test_a_file_as_data_dir_is_refused_in_dutch(tmp_path: Path) -> None:
    file = tmp_path / "x"
    file.write_text("")
    with pytest.raises(UserError, match="is een bestand, geen map"):
        paths.resolve_data_dir(file)


def test_local_disk_detection() -> None:
    assert paths.is_local_path(Path("/tmp"))
