"""The core knows nothing of Qt: importing every Qt-free module loads no PySide6."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

QT_FREE = ("core", "storage", "content", "reports", "exchange")


def test_qt_free_packages_do_not_import_pyside6() -> None:
    code = f"""
import importlib, pkgutil, sys
import wellbeing_planner
names = []
for top in {QT_FREE!r}:
    package = importlib.import_module("wellbeing_planner." + top)
    names.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations.versions." in info.name or info.name.endswith("migrations.env"):
            continue
        importlib.import_module(info.name)
        names.append(info.name)
for extra in ("wellbeing_planner.paths", "wellbeing_planner.errors", "wellbeing_planner.cli"):
    importlib.import_module(extra)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not loaded, loaded
assert len(names) > 10, names
print(len(names))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_window_paints_before_anything_heavy_is_imported() -> None:
    """Importing the main window (and the app start-up module) loads Qt, but no database, PDF or schema library."""
    code = """
import sys
import wellbeing_planner.ui.app, wellbeing_planner.ui.main_window
heavy = ("sqlalchemy", "alembic", "reportlab", "jsonschema", "yaml", "babel", "pypdfium2")
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(heavy))
assert not loaded, loaded
assert "PySide6.QtWidgets" in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_visiting_the_reports_page_loads_no_pdf_library_on_the_gui_thread() -> None:
    """The Rapporten page module is light: ReportLab and the PDF renderer load on the worker, with the first preview."""
    code = """
import sys
import wellbeing_planner.ui.pages.reports
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "pypdfium2"})
assert not loaded, loaded
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
