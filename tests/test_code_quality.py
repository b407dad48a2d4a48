"""ruff and mypy stay clean: part of the test command, so CI runs them too."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _tool(name: str) -> list[str]:
    return [sys.executable, "-m", name]


@pytest.mark.slow
def test_ruff_is_clean() -> None:
    result = subprocess.run([*_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    if shutil.which("mypy") is None and subprocess.run([*_tool("mypy"), "--version"], capture_output=True,
                                                       check=False).returncode != 0:
        pytest.fail("mypy is not installed; install the test extra")
    result = subprocess.run([*_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
