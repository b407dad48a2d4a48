"""Render a report for a plan to PDF, and write it safely (temporary name, then rename)."""

from __future__ import annotations

import contextlib
import errno
import glob
import io
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from reportlab.lib.pagesizes import A4

from wellbeing_planner.core.views import PlanView, load_plan_view
from wellbeing_planner.errors import EnvironmentProblem, UserError
from wellbeing_planner.i18n import _
from wellbeing_planner.reports import evaluatie, jaarplan, overzicht, zelfscan
from wellbeing_planner.reports.common import SUBSTITUTE, ReportDocument, collect_missing_glyphs, page_numbers_canvas
from wellbeing_planner.storage.db import Database

#: report id → (Dutch title, module)
REPORTS = {
    "jaarplan": jaarplan,
    "zelfscan": zelfscan,
    "overzicht": overzicht,
    "evaluatie": evaluatie,
}


def report_title(report: str) -> str:
    return _(str(REPORTS[report].TITLE))


def render_report(view: PlanView, report: str = "jaarplan") -> bytes:
    """The PDF bytes of one report for a loaded plan."""
    return render(view, report)[0]


def missing_glyphs_notice(missing: Iterable[str]) -> str:
    """One Dutch line naming the characters that were printed as a substitute, or ``""``."""
    found = sorted(set(missing))
    if not found:
        return ""
    names = ", ".join(f"{c} (U+{ord(c):04X})" for c in found[:8]) + (" …" if len(found) > 8 else "")
    return _("Let op: {n} teken(s) kunnen niet worden afgedrukt en staan als {sub} in het rapport: {names}.").format(
        n=len(found), sub=SUBSTITUTE, names=names)


def render(view: PlanView, report: str = "jaarplan") -> tuple[bytes, frozenset[str]]:
    """The PDF bytes of one report, and the characters that had to be replaced by a substitute."""
    with collect_missing_glyphs() as missing:
        data = _render(view, report)
    return data, frozenset(missing)


def _render(view: PlanView, report: str) -> bytes:
    if report not in REPORTS:
        raise UserError(_("Onbekend rapport: {report}").format(report=report))
    module = REPORTS[report]
    buffer = io.BytesIO()
    landscape_page = report == "overzicht"
    document = ReportDocument(buffer, title=_(str(module.TITLE)), school=view.school.name,
                              school_year=str(view.school_year), subject=_("Welbevinden en sociale veiligheid"),
                              pagesize=overzicht.PAGESIZE if landscape_page else A4, cover=not landscape_page,
                              **({"side_margin": overzicht.MARGIN} if landscape_page else {}))
    story = module.story(view)
    if report == "jaarplan":
        # The first pass only finds the pages of the headings for the contents: it is laid out, not written.
        # (It is never the last pass: the contents start empty and have entries after it.)
        document.sketch_first_pass = True
        document.multiBuild(story, canvasmaker=page_numbers_canvas())
    else:
        document.build(story, canvasmaker=page_numbers_canvas())
    return buffer.getvalue()


def export_report(db: Database, plan_id: int, path: Path, *, report: str = "jaarplan",
                  progress: Callable[[int], None] | None = None, warn: Callable[[str], None] | None = None) -> Path:
    """Write ``report`` for ``plan_id`` to ``path`` (``.pdf`` added when missing): first to a temporary file
    beside it, then renamed. Returns the path written; ``warn`` hears about characters printed as a substitute."""
    if report not in REPORTS:
        raise UserError(_("Onbekend rapport: {report}").format(report=report))
    target = check_target(path)  # before the work: a wrong folder is reported at once
    if progress:
        progress(10)
    view = load_plan_view(db, plan_id)
    if progress:
        progress(30)
    data, missing = render(view, report)
    if missing and warn:
        warn(missing_glyphs_notice(missing))
    if progress:
        progress(90)
    write_pdf(target, data)
    if progress:
        progress(100)
    return target


#: A temporary file of an export that is older than this was left by a crash or a killed process.
STALE_AFTER_SECONDS = 10 * 60


def pdf_path(path: Path | str) -> Path:
    """``path`` with ``~`` expanded and ``.pdf`` added when the name does not end in it."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    return target


def check_target(path: Path | str) -> Path:
    """The PDF path to write, or a Dutch :class:`UserError`/:class:`EnvironmentProblem` saying why it cannot be."""
    target = pdf_path(path)
    if Path(path).expanduser().is_dir() or target.is_dir():
        raise UserError(_("'{path}' is een map. Geef een bestandsnaam op, bijvoorbeeld {example}.").format(
            path=Path(path).expanduser(), example=Path(path).expanduser() / "jaarplan.pdf"))
    folder = target.parent
    if not folder.exists():
        raise UserError(_("De map '{folder}' bestaat niet.").format(folder=folder))
    if not folder.is_dir():
        raise UserError(_("'{folder}' is geen map.").format(folder=folder))
    if target.exists() and not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise EnvironmentProblem(_("'{name}' is alleen-lezen en wordt niet overschreven. Kies een andere naam of "
                                   "maak het bestand eerst schrijfbaar.").format(name=target))
    return target


def _problem(exc: OSError, target: Path) -> EnvironmentProblem:
    """One Dutch sentence for a failed write (never the system's English text)."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY, errno.EBUSY):
        message = _("Het rapport kon niet worden opgeslagen: geen toegang tot '{name}'. Misschien is het bestand "
                    "geopend in een ander programma of mag u in deze map niet schrijven; sluit het bestand of "
                    "kies een andere map.")
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = _("Het rapport kon niet worden opgeslagen: de schijf is vol. Maak ruimte vrij en probeer het "
                    "opnieuw.")
    elif code == errno.EISDIR:
        message = _("Het rapport kon niet worden opgeslagen: '{name}' is een map.")
    elif code == errno.ENOENT:
        message = _("Het rapport kon niet worden opgeslagen: de map van '{name}' bestaat niet (meer).")
    elif code == errno.ENAMETOOLONG:
        message = _("Het rapport kon niet worden opgeslagen: de naam '{name}' is te lang.")
    else:
        message = _("Het rapport kon niet worden opgeslagen naar '{name}' (systeemfout {code}).").format(
            name="{name}", code=errno.errorcode.get(code or 0, code))
    return EnvironmentProblem(message.format(name=target), detail=str(exc))


def remove_stale_parts(target: Path) -> None:
    """Remove temporary files of earlier exports to ``target`` that a crash or a killed process left behind."""
    now = time.time()
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        try:
            if now - part.stat().st_mtime > STALE_AFTER_SECONDS:
                part.unlink()
        except OSError:
            pass  # not ours to remove, or gone already


def write_pdf(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``target`` and rename it: never half a PDF, and an existing file
    stays untouched when anything fails. The new file gets the permissions of the user's umask."""
    target = check_target(target)
    remove_stale_parts(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    created = False
    try:
        # os.open applies the umask to 0o666, like any program that creates a file (mkstemp would give 0o600)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        created = True
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise _problem(exc, target) from exc
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


def page_image(data: bytes, index: int, dpi: float) -> tuple[int, int, int, bytes]:
    """Page ``index`` of a PDF as RGB bytes ``(width, height, stride, pixels)`` at ``dpi`` (for printing)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        result = (bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        page.close()
        return result
    finally:
        pdf.close()


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page of a PDF."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return [pdf.get_page_size(index) for index in range(len(pdf))]
    finally:
        pdf.close()
