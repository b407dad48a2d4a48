"""Readable tables: words wrap at spaces or are hyphenated, the header repeats, no row is left alone."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from tests.reports.test_links import outline
from wellbeing_planner.core.views import PlanView
from wellbeing_planner.reports import sections
from wellbeing_planner.reports.common import table
from wellbeing_planner.reports.export import render_report


def page_texts(data: bytes) -> list[str]:
    """pdftotext per page (its reading order keeps a table cell's lines together)."""
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return out.split("\f")


def broken_words(tokens: list[str], known: set[str]) -> list[str]:
    """Tokens that are neither a whole word of the table nor a piece of one cut at a hyphen."""
    present = set(tokens)
    bad = []
    # pdftotext joins a word cut at its own hyphen at a line end ("Volg-" "en" → "Volgen", "NPO-" "middelen")
    known = known | {w.replace("-", "") for w in known}
    for token in tokens:
        if token in known:
            continue
        if token.endswith("-") and any(token[:-1] in word for word in known):
            continue  # the first (or a middle) piece of a hyphenated word
        if any(word.endswith(token) and any(p.endswith("-") and (word.endswith(p[:-1] + token)
                                                                 or word.endswith(p + token)) for p in present)
               for word in known if len(word) > len(token)):
            continue  # the last piece, whose first piece ends with a hyphen
        bad.append(token)
    return bad


def activity_table_tokens(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    entries = {e.title: reader.get_destination_page_number(e) for e in outline(reader)}
    first, after = entries["Activiteiten"], entries["Jaarplanning"]
    tokens = []
    for text in page_texts(data)[first:after]:
        lines = text.strip().splitlines()[1:]  # the running header
        tokens += [t for line in lines if not line.startswith(("Gemaakt met", "pagina ")) for t in line.split()]
    return tokens


@pytest.mark.parametrize("plan", ["demo_plan", "largest_plan"])
def test_no_word_in_the_activities_table_is_cut_without_a_hyphen(plan: str, request: pytest.FixtureRequest) -> None:
    view: PlanView = request.getfixturevalue(plan)
    cells = [*sections.ACTIVITY_HEADER, *(cell for row in sections.activity_rows(view) for cell in row)]
    known = {"Activiteiten", "—"} | {w for cell in cells for w in cell.split()}
    known |= {a[:-1] + b for cell in cells
              for a, b in zip(cell.split(), cell.split()[1:], strict=False) if a.endswith("-")}
    tokens = activity_table_tokens(render_report(view, "jaarplan"))
    assert len(tokens) > 30
    assert broken_words(tokens, known) == []


def test_the_check_finds_a_word_cut_in_the_middle() -> None:
    known = {"Doel", "NPO-middelen", "leerlingondersteuning"}
    assert broken_words(["Doe", "l", "NPO-middele", "n"], known) == ["Doe", "l", "NPO-middele", "n"]
    assert broken_words(["Doel", "NPO-", "middelen", "leerling-", "onder-", "steuning"], known) == []


def test_the_last_row_of_a_table_never_stands_alone_on_a_page() -> None:
    def build(count: int) -> list[str]:
        buffer = io.BytesIO()
        rows = [[f"rij{n:02d}", "tekst"] for n in range(1, count + 1)]
        SimpleDocTemplate(buffer, pagesize=A4).build([table(["Kolom", "Andere kolom"], rows, [60 * mm, 60 * mm])])
        return [page for page in page_texts(buffer.getvalue()) if page.strip()]

    fits = build(80)[0].count("rij")  # rows that fit on the first page
    pages = build(fits + 1)  # exactly one row too many
    assert len(pages) == 2
    assert pages[1].count("rij") == 2  # the row before goes along with the last one
    assert "Kolom" in pages[1]  # and the header is repeated


def test_the_activity_table_header_repeats_and_ends_with_more_than_one_row(largest_plan: PlanView) -> None:
    data = render_report(largest_plan, "jaarplan")
    reader = PdfReader(io.BytesIO(data))
    entries = {e.title: reader.get_destination_page_number(e) for e in outline(reader)}
    pages = page_texts(data)[entries["Activiteiten"]:entries["Jaarplanning"]]
    assert len(pages) > 3
    for text in pages:
        assert all(word in text for word in ("Activiteit", "Eigenaar", "Maanden", "Financiering", "Interventie"))
        assert text.count("Financiering") == 1  # the header once, at the top: rows are not cut up mid-page
    # the ends of at least two activity titles on the last page: no lone last row
    assert len(re.findall(r"\(einde\s+act\d+\)", pages[-1])) >= 2
