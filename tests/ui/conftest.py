"""Helpers for GUI tests: a main window on a temporary data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wellbeing_planner.ui.main_window import MainWindow
from wellbeing_planner.ui.style import apply_style

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: object, data_dir: Path) -> Iterator[WindowFactory]:
    """Open a main window on ``data_dir`` (``demo=True`` for the demo database) and wait until ready."""
    windows: list[MainWindow] = []
    apply_style(qapp)  # type: ignore[arg-type]

    def factory(*, demo: bool = False, directory: Path | None = None) -> MainWindow:
        window = MainWindow(directory or data_dir, demo=demo)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.open_data()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        if window.isVisible():
            window.close()
