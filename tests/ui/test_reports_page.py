"""Exporting from the Rapporten page writes the PDF while the window stays responsive."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from wellbeing_planner.core import plans
from wellbeing_planner.core.demo import ensure_demo
from wellbeing_planner.ui.pages.reports import ReportsPage


def test_export_from_the_reports_page(qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    ensure_demo(data_dir)
    window = make_window(demo=True)
    page = window.page("rapporten")
    assert isinstance(page, ReportsPage)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    window.show_page("rapporten")  # showing the page starts rendering in the background
    assert page.progress.isVisible()  # busy indicator while the worker renders
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30000)
    timer.stop()
    assert ticks, "the event loop kept running while the report rendered"
    assert len(page.pages) >= 10 and page.state.text().endswith("pagina's")

    target = tmp_path / "jaarplan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF-bestanden (*.pdf)"))
    page.save_button.click()
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Opgeslagen" in page.state.text()

    page.choice.setCurrentIndex(page.choice.findData("overzicht"))
    qtbot.waitUntil(lambda: page.pdf is not None and len(page.pages) == 1, timeout=30000)
    assert page.pages[0].width() > page.pages[0].height()  # the staff-room overview is landscape


def test_the_director_fills_in_the_adoption_on_the_reports_page(qtbot: QtBot, make_window: WindowFactory,
                                                                data_dir: Path) -> None:
    plan_id = ensure_demo(data_dir)
    window = make_window(demo=True)
    page = window.page("rapporten")
    assert isinstance(page, ReportsPage)
    window.show_page("rapporten")
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30000)
    page.adoption["director_name"].setText("Marieke de Boer")
    page.adoption["director_signed_on"].setText("02-10-2026")
    page.adoption["director_signed_on"].editingFinished.emit()
    stored = plans.get_adoption(page.ctx.db, plan_id)
    assert stored.director_name == "Marieke de Boer" and stored.director_signed_on.isoformat() == "2026-10-02"
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30000)  # the preview is made again
    last = PdfReader(io.BytesIO(page.pdf)).pages[-1].extract_text()
    assert "Marieke de Boer" in last and "2 oktober 2026" in last
    page.ctx.undo_stack.undo()
    assert plans.get_adoption(page.ctx.db, plan_id).director_name == "Joost de Vries"  # the demo's own signer


def test_printing_sends_the_pdf_itself_at_printer_resolution(qtbot: QtBot, make_window: WindowFactory,
                                                             data_dir: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ensure_demo(data_dir)
    window = make_window(demo=True)
    page = window.page("rapporten")
    assert isinstance(page, ReportsPage)
    window.show_page("rapporten")
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=30000)
    assert page.pdf is not None
    pages = len(PdfReader(io.BytesIO(page.pdf)).pages)

    def printer(name: str, dpi: int) -> QPrinter:
        result = QPrinter(QPrinter.PrinterMode.HighResolution)
        result.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        result.setOutputFileName(str(tmp_path / name))
        result.setResolution(dpi)
        return result

    whole = printer("alles.pdf", 300)
    assert page.print_to(whole) == pages
    printed = PdfReader(tmp_path / "alles.pdf")
    assert len(printed.pages) == pages
    for sheet in printed.pages[:2]:
        image = sheet.images[0].image
        inches = float(sheet.mediabox.width) / 72
        assert image.width / inches >= 299, "printed at printer resolution, not the 75 dpi preview"

    part = printer("deel.pdf", 150)
    part.setPrintRange(QPrinter.PrintRange.PageRange)
    part.setFromTo(2, 3)
    part.setCopyCount(2)
    assert page.print_to(part) == 4  # pages 2 and 3, twice
    assert len(PdfReader(tmp_path / "deel.pdf").pages) == 4
