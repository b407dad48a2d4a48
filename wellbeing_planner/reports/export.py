"""Render a report for a plan to PDF, and write it safely (temporary name, then rename)."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4

from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.errors import EnvironmentProblem, UserError, environment_problem_from
from wellbeing_planner.i18n import _
from wellbeing_planner.reports import evaluatie, jaarplan, overzicht, zelfscan
from wellbeing_planner.reports.common import ReportDocument, page_numbers_canvas
from wellbeing_planner.storage.db import Database

#: report id → (Dutch title, module)
REPORTS = {
    "jaarplan": jaarplan,
    "zelfscan": zelfscan,
    "overzicht": overzicht,
    "evaluatie": evaluatie,
}


def report_title(report: str) -> str:
    return str(REPORTS[report].TITLE)


def render_report(view: PlanView, report: str = "jaarplan") -> bytes:
    """The PDF bytes of one report for a loaded plan."""
    if report not in REPORTS:
        raise UserError(_("Onbekend rapport: {report}").format(report=report))
    module = REPORTS[report]
    buffer = io.BytesIO()
    landscape_page = report == "overzicht"
    document = ReportDocument(buffer, title=str(module.TITLE), school=view.school.name,
                              school_year=str(view.school_year), subject=_("Welbevinden en sociale veiligheid"),
                              pagesize=overzicht.PAGESIZE if landscape_page else A4, cover=not landscape_page)
    if landscape_page:
        document.leftMargin = document.rightMargin = 12 * 2.8346
    story = module.story(view)
    if report == "jaarplan":
        document.multiBuild(story, canvasmaker=page_numbers_canvas())
    else:
        document.build(story, canvasmaker=page_numbers_canvas())
    return buffer.getvalue()


def export_report(db: Database, plan_id: int, path: Path, *, report: str = "jaarplan",
                  progress: Callable[[int], None] | None = None) -> Path:
    """Write ``report`` for ``plan_id`` to ``path``: first to a temporary file beside it, then renamed."""
    target = Path(path).expanduser()
    if report not in REPORTS:
        raise UserError(_("Onbekend rapport: {report}").format(report=report))
    if not target.parent.is_dir():
        raise UserError(_("De map '{folder}' bestaat niet.").format(folder=target.parent))
    if progress:
        progress(10)
    view = load_plan_view(db, plan_id)
    if progress:
        progress(30)
    data = render_report(view, report)
    if progress:
        progress(90)
    write_pdf(target, data)
    if progress:
        progress(100)
    return target


def write_pdf(target: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``target`` and rename it: never half a PDF."""
    if not target.parent.is_dir():
        raise UserError(_("De map '{folder}' bestaat niet.").format(folder=target.parent))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        problem = environment_problem_from(exc)
        raise (problem or EnvironmentProblem(_("Het rapport kon niet worden opgeslagen: {reason}").format(
            reason=exc.strerror or exc))) from exc
    return target


def page_images(data: bytes, width_px: int = 720) -> list[tuple[int, int, int, bytes]]:
    """Render PDF pages to RGB bytes ``(width, height, stride, pixels)`` for a preview (pypdfium2, no Qt)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        result = []
        for index in range(len(pdf)):
            page = pdf[index]
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            result.append((bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
            page.close()
        return result
    finally:
        pdf.close()
