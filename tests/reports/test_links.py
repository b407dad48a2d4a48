"""Bookmarks and the contents point to the page on which their heading is printed, in every report."""

from __future__ import annotations

import io
import re
import subprocess
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from tests.reports.conftest import joined
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.reports.export import REPORTS, render_report


def outline(reader: PdfReader) -> list[Destination]:
    found: list[Destination] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append(item)
    walk(reader.outline)
    return found


def link_targets(reader: PdfReader) -> list[tuple[int, float]]:
    """(page index, top) of every internal link in the document."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    targets = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            dest = annotation.get("/Dest")
            if dest is None and annotation.get("/A") is not None:
                dest = annotation["/A"].get("/D")
            if isinstance(dest, str):
                dest = reader.named_destinations[dest]
                targets.append((reader.get_destination_page_number(dest), float(dest.top or 0)))
                continue
            targets.append((pages[dest[0].idnum], float(dest[3] or 0)))
    return targets


def check(data: bytes, *, with_contents: bool) -> None:
    reader = PdfReader(io.BytesIO(data))
    texts = [joined(page.extract_text() or "") for page in reader.pages]
    entries = outline(reader)
    assert entries
    for entry in entries:
        page = reader.get_destination_page_number(entry)
        wanted = joined(entry.title)[:40]
        assert wanted in texts[page], f"outline entry {entry.title!r} points to page {page + 1}, not to its heading"
    if not with_contents:
        return
    targets = link_targets(reader)
    assert len(targets) >= len(entries)
    assert set(targets) == {(reader.get_destination_page_number(e), float(e.top or 0)) for e in entries}
    # the page numbers printed in the contents are the pages the headings are on
    contents = joined(subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", "-", "-"], input=data,
                                     capture_output=True, check=True).stdout.decode())
    for entry in entries[:12]:
        title = re.escape(joined(entry.title)[:30])
        printed = re.search(title + r"\S*[^\d]*?(\d+)\b", contents)  # the rest of a cut word, then the page
        assert printed, entry.title
        assert int(printed.group(1)) == reader.get_destination_page_number(entry) + 1, entry.title


@pytest.mark.parametrize("report", list(REPORTS))
def test_bookmarks_and_contents_of_the_demo_point_to_their_headings(demo_plan: PlanView, report: str) -> None:
    check(render_report(demo_plan, report), with_contents=report == "jaarplan")


def test_bookmarks_and_contents_of_a_plan_with_long_texts(longest_plan: PlanView) -> None:
    check(render_report(longest_plan, "jaarplan"), with_contents=True)
