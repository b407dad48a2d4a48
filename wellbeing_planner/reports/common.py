"""Shared pieces of every report: fonts, styles, escaping, tables that split across pages, page templates."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import UseUpSpace
from reportlab.platypus.tableofcontents import TableOfContents

from wellbeing_planner import APP_NAME, paths
from wellbeing_planner.core.formatting import format_date
from wellbeing_planner.i18n import _

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

# Colours that stay distinct in black-and-white print (different lightness).
INK = colors.HexColor("#1f2a30")
ACCENT = colors.HexColor("#2f6f73")
LIGHT = colors.HexColor("#e3f0ef")
GRID = colors.HexColor("#b8c6c8")
MUTED = colors.HexColor("#5b6b73")


@cache
def register_fonts() -> None:
    """Embed the DejaVu Sans family (covers ĳ, ë, é and €); licence in resources/fonts."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
                       ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(paths.resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic="DejaVuSans-BoldOblique")
    # Drawings and canvases start in Helvetica, which is never embedded: start in our own font instead.
    from reportlab import rl_config
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    rl_config.canvas_basefontname = FONT


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # Words wrap at spaces; a word that does not fit the line is hyphenated at the soft hyphens text() puts in
    # (Dutch patterns) or at its own hyphens ("NPO-middelen"), never cut at a random letter.
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4,
                          embeddedHyphenation=1)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=7, leading=8.6, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.5, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8.3, leading=10.5, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=7.6, leading=9.5, spaceAfter=0,
                               textColor=colors.white),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceBefore=6,
                             spaceAfter=8, textColor=ACCENT, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=5, textColor=INK, keepWithNext=1),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=28, leading=34, textColor=ACCENT,
                                spaceAfter=12),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=14, leading=19, textColor=INK, spaceAfter=6),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=10, leading=15),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=13, leftIndent=14, textColor=MUTED),
    }


MIN_HYPHENATE = 8  # shorter words are never hyphenated
TEXT_WIDTH = 174 * mm  # A4 portrait text width


@cache
def _long_words(length: int) -> re.Pattern[str]:
    return re.compile(rf"[^\W\d_]{{{length},}}")


def hyphen_length(width: float, size: float) -> int:
    """Words this long (in letters) or longer get soft hyphens on a line ``width`` wide: a word that takes less than
    about 60 % of the line wraps well whole (an average letter is about 0.6 of the font size wide)."""
    return max(MIN_HYPHENATE, int(0.6 * width / (0.6 * size)))


@cache
def _soft_hyphens(word: str) -> str:
    return str(pyphen_dictionary().inserted(word, hyphen="\xad"))


@cache
def pyphen_dictionary() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def hyphenate(value: str, length: int = MIN_HYPHENATE) -> str:
    """``value`` with soft hyphens at the Dutch hyphenation points of its words of ``length`` letters or more
    (invisible unless a line breaks there; ReportLab then prints a hyphen)."""
    return _long_words(length).sub(lambda match: _soft_hyphens(match.group(0)), value)


#: Printed instead of a character the embedded fonts cannot draw (an emoji, say): visible, never an empty box.
SUBSTITUTE = "\ufffd"
_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("missing_glyphs", default=None)


@cache
def _glyphs() -> frozenset[str]:
    register_fonts()
    return frozenset(chr(code) for code in pdfmetrics.getFont(FONT).face.charToGlyph) | frozenset("\n\r\t")


def printable(value: str) -> str:
    """``value`` with every character the embedded font lacks replaced by :data:`SUBSTITUTE`; the replaced
    characters are collected for the export's notice (see :func:`collect_missing_glyphs`)."""
    if value.isascii():
        return value
    missing = set(value) - _glyphs()
    if not missing:
        return value
    found = _missing.get()
    if found is not None:
        found |= missing
    return "".join(SUBSTITUTE if c in missing else c for c in value)


@contextlib.contextmanager
def collect_missing_glyphs() -> Iterator[set[str]]:
    """Collect the characters :func:`printable` replaced while building a report."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def tie(value: str) -> str:
    """Keep an amount with its currency sign on one line: "€ 1.500,00" never breaks after the €."""
    return value.replace("€ ", "€\u00a0")


def safe(value: Any, width: float = TEXT_WIDTH, size: float = 9.5) -> str:
    """User text ready for a Paragraph: printable, escaped, and hyphenable where its words are long for a line
    ``width`` wide in type of ``size``."""
    return hyphenate(escape(tie(printable("" if value is None else str(value)))), hyphen_length(width, size))


def text(value: Any, style: str = "body", width: float = TEXT_WIDTH) -> Paragraph:
    """A paragraph of user text, escaped and hyphenable for a line ``width`` wide; line breaks kept; empty → a
    dash."""
    raw = "" if value is None else str(value)
    chosen = styles()[style]
    safe_text = safe(raw, width, chosen.fontSize).replace("\n", "<br/>") if raw.strip() else "—"
    return ReportParagraph(safe_text, chosen)


def markup(value: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup (only for fixed strings with already-escaped parts)."""
    return ReportParagraph(value, styles()[style])


class ReportParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that lays itself out once per width (tables ask again at every page they split over), and is
    not drawn on a sketch pass (see NumberedCanvas.sketch)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._wrapped = None  # splitting may drop or change the layout
        parts: list[Flowable] = super().split(availWidth, availHeight)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not getattr(canvas, "sketch", False):
            super().drawOn(canvas, x, y, _sW)


class Heading(ReportParagraph):
    """A heading that registers itself in the table of contents and the PDF outline."""

    label: str | None
    level: int

    def __init__(self, label: str | None, level: Any = 0, **kwargs: Any) -> None:
        if label is None:  # a part made by Paragraph.split: the label goes to the first part (see split)
            super().__init__(None, level, **kwargs)
            self.label, self.level = None, 0
            return
        style = styles()["h1" if level == 0 else "h2"]
        super().__init__(safe(label, TEXT_WIDTH, style.fontSize), style)
        self.label = printable(label)
        self.level = level

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts:
            first = parts[0]
            first.label, first.level = self.label, self.level
        return parts


#: A table row taller than this (about half an A4 page) is split across pages rather than moved whole.
TALL_ROW = 400


class ReportTable(Table):  # type: ignore[misc]
    """A table that splits between rows, and inside a row taller than a page (so no text is ever too large),
    and never leaves its last row alone at the top of a page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("splitByRow", 1)
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        split_at = int(super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans))
        rows = len(self._rowHeights)
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if not ignoreSpans and split_at == rows - 1 and split_at - 1 > header:
            self._kept_together = True
            return split_at - 1  # take the row before along: no lone last row
        return split_at

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._kept_together = False
        self._calc(availWidth, availHeight)
        parts: list[Flowable] = self._splitRows(availHeight, doInRowSplit=0)
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if not parts and self.splitInRow and header < len(self._rowHeights) and \
                self._rowHeights[header] > TALL_ROW:
            # only a row that could hardly fit on any page is split inside; a shorter one moves to the next page
            parts = self._splitRows(availHeight, doInRowSplit=1)
        if self._kept_together and len(parts) == 2:
            # the last two rows go to the next page together: the rest of this page stays empty
            return [parts[0], UseUpSpace(), parts[1]]
        return parts


_SPACES = re.compile(r"[ \t\n]+")  # not the no-break space: "€ 12,50" stays one unit
CELL_PADDING = 12.5  # ReportLab's default left + right cell padding, and a little air
LONG_WORD = 12  # a longer word may be hyphenated to keep its column narrow


@cache
def _width(word: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(word, font, size))


def _line_width(line: str, font: str, size: float) -> float:
    if len(line) > 400:  # a long text wraps anyway: no need to measure it
        return 1e6
    return _width(line, font, size) if len(line) < 80 else float(pdfmetrics.stringWidth(line, font, size))


@cache
def _longest_piece(word: str) -> str:
    """The widest piece ``word`` can be cut into at a soft hyphen (see :func:`hyphenate`) or its own hyphens."""
    pieces = re.split(r"(?<=[-\xad])", hyphenate(word))
    return max((p.replace("\xad", "-") for p in pieces), key=len)


def fit_widths(header: Sequence[str], rows: Sequence[Sequence[Any]], preferred: Sequence[float]) -> list[float]:
    """Column widths that follow the content and keep the total (like a browser's automatic table layout).

    Every column is at least as wide as its widest word (a word longer than LONG_WORD letters only as wide as
    its widest hyphenated piece); what is left goes to the columns in proportion to how much wider their longest
    cell is than that minimum. A column with a drawing or a line to sign keeps its preferred width."""
    total = sum(preferred)
    cell, head = styles()["cell"], styles()["head"]
    mins: list[float] = []
    pieces: list[float] = []
    natural: list[float] = []  # the widest cell on one line
    for index in range(len(preferred)):
        title = header[index] if index < len(header) else ""
        words = {(w, head.fontName, head.fontSize) for w in _SPACES.split(title) if w}
        widest = _width(title, head.fontName, head.fontSize) if len(title) < 200 else total
        fixed = False
        for row in rows:
            value = row[index] if index < len(row) else None
            if isinstance(value, Flowable):
                fixed = True
            elif value is not None:
                value = tie(str(value))
                words |= {(w, cell.fontName, cell.fontSize) for w in _SPACES.split(value) if w}
                widest = max(widest, max((_line_width(line, cell.fontName, cell.fontSize)
                                          for line in value.splitlines() or [""]), default=0.0))
        piece = max((_width(_longest_piece(w), f, z) for w, f, z in words), default=0.0) + CELL_PADDING
        whole = max((_width(w if len(w) <= LONG_WORD else _longest_piece(w), f, z) for w, f, z in words),
                    default=0.0) + CELL_PADDING
        natural.append(preferred[index] if fixed else min(widest + CELL_PADDING, total))
        mins.append(max(whole, preferred[index]) if fixed else whole)
        pieces.append(max(piece, preferred[index]) if fixed else piece)
    if sum(mins) > total:
        mins = pieces
        if sum(mins) > total:  # even the pieces do not fit: share the width in proportion to what each needs
            return [total * n / sum(mins) for n in mins]
    natural = [max(n, m) for n, m in zip(natural, mins, strict=True)]
    if sum(natural) <= total:  # everything fits on one line: the rest in proportion to the planned widths
        spare = total - sum(natural)
        return [n + spare * p / total for n, p in zip(natural, preferred, strict=True)]
    spare = total - sum(mins)
    wanted = [n - m for n, m in zip(natural, mins, strict=True)]
    return [m + spare * w / sum(wanted) for m, w in zip(mins, wanted, strict=True)]


class Bookmark(Flowable):  # type: ignore[misc]
    """An invisible outline entry (for a report without headings, such as the one-page overview)."""

    def __init__(self, label: str, level: int = 0) -> None:
        super().__init__()
        self.label = label
        self.level = level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
          right: Sequence[int] = (), min_row_height: float | None = None) -> Table:
    """A table with a repeated header row that may split across pages (between rows and, for a row taller than a
    page, inside it); cells are escaped paragraphs; columns widen to hold their longest word."""
    columns = fit_widths(header, rows, widths)
    data: list[list[Any]] = [[ReportParagraph(hyphenate(escape(h), hyphen_length(w - CELL_PADDING, 7.6)),
                                        styles()["head"]) for h, w in zip(header, columns, strict=False)]]
    for row in rows:
        data.append([cell if isinstance(cell, Flowable) else
                     text(cell, "cell_right" if i in right else "cell", columns[i] - CELL_PADDING)
                     for i, cell in enumerate(row)])
    result = ReportTable(data, colWidths=columns, repeatRows=1,
                         minRowHeights=None if min_row_height is None else [0] + [min_row_height] * len(rows))
    result.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f7f7")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


def fit_line(fixed: str, shortened: str, font: str, size: float, width: float) -> str:
    """``"shortened · fixed"`` on one line of ``width``: the user's part is cut at a word with "…" if needed."""
    line = f"{shortened} · {fixed}"
    if pdfmetrics.stringWidth(line, font, size) <= width:
        return line
    words = shortened.split()
    while words:
        words.pop()
        line = f"{' '.join(words)}… · {fixed}"
        if pdfmetrics.stringWidth(line, font, size) <= width:
            return line
    return fixed


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 document with a cover page, a running header (school, school year), 'pagina x van y', the outline
    and a table of contents fed by :class:`Heading`s."""

    def __init__(self, target: Any, *, title: str, school: str, school_year: str, subject: str,
                 pagesize: tuple[float, float] = A4, cover: bool = True, side_margin: float = 18 * mm) -> None:
        register_fonts()
        super().__init__(target, pagesize=pagesize, initialFontName=FONT, leftMargin=side_margin,
                         rightMargin=side_margin,
                         topMargin=22 * mm, bottomMargin=18 * mm, title=f"{title} — {school} — {school_year}",
                         author=school, subject=subject, creator=APP_NAME, producer=APP_NAME, lang="nl-NL")
        self.school, self.school_year, self.report_title = school, school_year, title
        self._heading_count = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        templates = [PageTemplate("later", [frame], onPage=self._decorate)]
        if cover:
            templates.insert(0, PageTemplate("cover", [frame], onPage=self._decorate_cover))
        self.addPageTemplates(templates)

    def _decorate_cover(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, self.pagesize[1] - 16 * mm, self.pagesize[0], 16 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        line = fit_line(f"{self.report_title} {self.school_year}", printable(self.school), FONT, 8,
                        width - self.leftMargin - self.rightMargin)
        canvas.drawString(self.leftMargin, height - 12 * mm, line)
        canvas.setStrokeColor(GRID)
        canvas.line(self.leftMargin, height - 13.5 * mm, width - self.rightMargin, height - 13.5 * mm)
        canvas.drawString(self.leftMargin, 10 * mm, _("Gemaakt met {app} op {date}").format(
            app=APP_NAME, date=format_date(dt.date.today())))
        canvas.restoreState()

    _passes = 0
    #: Lay out the first pass without writing text (for a document with a table of contents, see multiBuild).
    sketch_first_pass = False

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        self._passes += 1
        super().build(flowables, *args, **kwargs)

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = None) -> Any:
        canvas = super()._makeCanvas(filename=filename, canvasmaker=canvasmaker)
        canvas.sketch = self.sketch_first_pass and self._passes == 1
        return canvas

    def beforeDocument(self) -> None:
        self._heading_count = 0  # the same keys on every pass, so the contents can settle

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading | Bookmark) and flowable.label is not None:
            self._heading_count += 1
            key = f"h{self._heading_count}"
            # Called on the page where the heading was just drawn: the destination is this page, at the heading.
            top = min(self.pagesize[1], self.frame._y + getattr(flowable, "height", 0) + 24)
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            self.canv.addOutlineEntry(flowable.label, key, level=flowable.level, closed=False)
            if isinstance(flowable, Heading):
                self.notify("TOCEntry", (flowable.level, flowable.label, self.page, key))


class _SketchText(PDFTextObject):  # type: ignore[misc]
    """A text object that keeps track of the cursor but writes no PDF code (see NumberedCanvas.sketch)."""

    def _formatText(self, text: str) -> str:
        return ""

    def setTextOrigin(self, x: float, y: float) -> None:
        self._x0 = self._x = x
        self._y0 = self._y = y

    def moveCursor(self, dx: float, dy: float) -> None:
        self._x0 += dx
        self._y0 += dy
        self._x, self._y = self._x0, self._y0


def page_numbers_canvas() -> type:
    """A canvas class that writes 'pagina x van y' once the number of pages is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # never fall back to the non-embedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._bookmarks: list[tuple[str, dict[str, Any]]] = []

        #: True on a first pass of a document with a table of contents: that pass only finds the pages of the
        #: headings and is thrown away, so its text is laid out but not turned into PDF code (about a sixth
        #: of the work of a jaarplan).
        sketch = False

        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
            if self.sketch:
                return _SketchText(self, x, y, direction=direction)
            return super().beginText(x, y, direction=direction)

        def drawText(self, text_object: Any) -> None:
            if not self.sketch:
                super().drawText(text_object)

        def bookmarkPage(self, key: str, **kwargs: Any) -> Any:
            # Pages are written only in save(); a destination made now would point at the first page.
            self._bookmarks.append((key, kwargs))
            return self._bookmarkReference(key)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            if self.sketch:
                raise RuntimeError("a sketch pass is never saved")
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for key, kwargs in state["_bookmarks"]:
                    Canvas.bookmarkPage(self, key, **kwargs)
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                width = self._pagesize[0]
                self.drawRightString(width - 18 * mm, 10 * mm, _("pagina {n} van {total}").format(
                    n=self._pageNumber, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def toc() -> TableOfContents:
    contents = TableOfContents()
    contents.levelStyles = [styles()["toc1"], styles()["toc2"]]
    contents.tableStyle = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)]
                                     + [(side, (0, 0), (-1, -1), 0) for side in
                                        ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")])
    contents.dotsMinLevel = 0
    return contents
