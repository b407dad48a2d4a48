"""Test configuration: Qt runs offscreen, settings and data live in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt: GUI tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")

from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.storage.db import Database

ROOT = Path(__file__).resolve().parent.parent

#: Test folders whose ``db`` tests run on both backends (SQLite file and PostgreSQL server).
BOTH_BACKENDS = ("tests/core/", "tests/storage/", "tests/test_cli", "tests/board/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every ``db`` test in the storage, core, CLI and board suites on SQLite and on PostgreSQL."""
    if "backend" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if any("backend" in getattr(mark, "args", ("",))[0] for mark in metafunc.definition.iter_markers("parametrize")):
        return
    relative = Path(str(metafunc.definition.path)).resolve().relative_to(ROOT).as_posix()
    if relative.startswith(BOTH_BACKENDS):
        metafunc.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                             indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` (default) or ``postgresql`` (see :func:`pytest_generate_tests`)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def db(data_dir: Path, backend: str) -> Iterator[Database]:
    if backend == "postgresql":
        from tests import pg

        url, name = pg.new_database()
        database = Database.open_url(url)
        yield database
        database.close()
        pg.drop(name)
        return
    database = open_database(data_dir)
    yield database
    database.close()


def _import_the_core_in_dutch() -> None:
    """Build every module-level label table from its Dutch source before any test switches to English.

    The app chooses its language once, before the window opens; tests switch back and
    forth in one process, and a module first imported while English is active would
    otherwise keep English labels when the next test is Dutch again.
    """
    import importlib
    import pkgutil

    import wellbeing_planner

    for module in pkgutil.walk_packages(wellbeing_planner.__path__, "wellbeing_planner."):
        if not any(part in module.name.split(".") for part in ("ui", "migrations", "__main__")):
            importlib.import_module(module.name)


_import_the_core_in_dutch()


@pytest.fixture(autouse=True)
def _dutch_after_each_test() -> Iterator[None]:
    """Every test starts and ends in Dutch (``cli.run(["--lang", "en", ...])`` switches the whole process)."""
    from wellbeing_planner import i18n

    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def _shipped_catalogue_after_each_test() -> Iterator[None]:
    """A catalogue update installed by one test is not the catalogue in use in the next."""
    from wellbeing_planner.content.catalogue import use_update

    yield
    use_update(None)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[None]:
    """Point QSettings at a temporary folder for tests that use Qt."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QSettings

    settings_dir = tmp_path / "settings"
    settings_dir.mkdir(exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    yield
