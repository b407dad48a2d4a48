"""Step 7 — Rapporten: choose a report, see its pages, save it as PDF or print it.

Rendering runs on the task runner's worker thread; the window stays responsive.
The preview uses pypdfium2 (a small PDFium wheel, ≈ 9 MB) rather than QtPdf, which
would need the much larger PySide6-Addons — see docs/reports.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.core import plans
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.errors import PlannerError
from wellbeing_planner.reports.titles import TITLES, report_title
from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.errors import show_error
from wellbeing_planner.ui.pages.base import Page

PREVIEW_WIDTH = 620
#: Pages are printed from the PDF itself at the printer's resolution, up to this many dots per inch (an A4 page at
#: 600 dpi is already 100 MB of pixels; more adds nothing you can see on paper).
MAX_PRINT_DPI = 600



class PageStrip(QWidget):
    """The preview's pages, one under the other, painted by one widget.

    Only the pages in view are drawn, so a 150-page jaarplan shows as fast as a 10-page one (one label per page
    made the window stall for 0.14 s).
    """

    GAP = 14

    def __init__(self) -> None:
        super().__init__()
        self._pages: list[QImage] = []
        self._tops: list[int] = []
        self._size = QSize(0, 0)

    def set_pages(self, pages: list[QImage]) -> None:
        self._pages = pages
        self._tops = []
        top, widest = self.GAP, 0
        for image in pages:
            self._tops.append(top)
            top += image.height() + 2 + self.GAP
            widest = max(widest, image.width() + 2)
        self._size = QSize(widest + 2 * self.GAP, top if pages else 0)
        self.setMinimumSize(self._size)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._size

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        exposed = event.rect()
        painter.fillRect(exposed, QColor("#d9e0e1"))  # the desk the pages lie on
        for image, top in zip(self._pages, self._tops, strict=True):
            frame = QRect((self.width() - image.width() - 2) // 2, top, image.width() + 2, image.height() + 2)
            if frame.bottom() < exposed.top():
                continue
            if frame.top() > exposed.bottom():
                break
            painter.fillRect(frame, QColor("#b8c6c8"))
            painter.drawImage(frame.left() + 1, frame.top() + 1, image)
        painter.end()

class ReportsPage(Page):
    """Rapporten."""

    page_id = "rapporten"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Rapporten")
        self.pdf: bytes | None = None
        self.pages: list[QImage] = []
        self.last_saved: Path | None = None
        self._generation = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 16)
        outer.addWidget(self.heading(self.title, self.tr(
            "Het jaarplan voor team, MR, bestuur en inspectie, het zelfscanrapport, een overzicht op één A4 voor "
            "de personeelskamer en het evaluatierapport. Bekijk de pagina's, bewaar als PDF of druk af.")))
        bar = QFrame()
        bar.setObjectName("Card")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(QLabel(self.tr("Rapport:")))
        self.choice = QComboBox()
        for key in TITLES:
            self.choice.addItem(report_title(key), key)
        self.choice.setAccessibleName(self.tr("Rapport kiezen"))
        row.addWidget(self.choice)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.state = QLabel()
        self.state.setObjectName("Muted")
        row.addWidget(self.progress)
        row.addWidget(self.state, 1)
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.save_button.setObjectName("Primary")
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        outer.addWidget(bar)
        outer.addWidget(self._adoption_form())
        self.preview_box = PageStrip()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview_box)
        scroll.setStyleSheet("QScrollArea { background: #d9e0e1; }")
        scroll.setAccessibleName(self.tr("Voorbeeld van het rapport"))
        outer.addWidget(scroll, 1)
        self.choice.currentIndexChanged.connect(lambda _i: self.make_preview())
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)
        ctx.notifier.changed.connect(self._on_changed)
        self._set_busy(False)

    def _adoption_form(self) -> QWidget:
        """Names and dates for the Vaststelling page of the jaarplan (empty: lines to sign by hand)."""
        box = QFrame()
        box.setObjectName("Card")
        grid = QGridLayout(box)
        grid.setContentsMargins(16, 8, 16, 8)
        grid.addWidget(QLabel(self.tr("Vaststelling:")), 0, 0)
        self.adoption: dict[str, QLineEdit] = {}
        fields = (("director_name", self.tr("Directeur (naam)")), ("director_signed_on", self.tr("datum")),
                  ("mr_name", self.tr("Namens de MR (naam)")), ("mr_signed_on", self.tr("datum")))
        for index, (name, label) in enumerate(fields):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("dd-mm-jjjj") if name.endswith("_on") else label)
            edit.setAccessibleName(label)
            if not name.endswith("_on"):
                edit.setMaxLength(200)
            self.adoption[name] = edit
            grid.addWidget(edit, index // 2, 1 + index % 2)
            edit.editingFinished.connect(self._on_adoption_edited)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _show_adoption(self) -> None:
        if self.plan_id is None:
            return
        adoption = self.ctx.call(self, plans.get_adoption, self.plan_id)
        if adoption is None:
            return
        for name, edit in self.adoption.items():
            value = getattr(adoption, name)
            edit.setText(value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else (value or ""))

    def _on_adoption_edited(self) -> None:
        """Store the names and dates; the preview follows."""
        if self.plan_id is None:
            return
        plan_id = self.plan_id
        try:
            values = plans.clean_adoption({name: edit.text() for name, edit in self.adoption.items()})
        except PlannerError as exc:
            show_error(self, exc)
            return
        current = self.ctx.call(self, plans.get_adoption, plan_id)
        if current is None:
            return
        old = {name: getattr(current, name) for name in values}
        if old == values:
            return
        if self.ctx.call(self, plans.set_adoption, plan_id, **values) is None:
            self._show_adoption()
            return
        self.ctx.push(self.tr("Vaststelling wijzigen"), lambda: plans.set_adoption(self.ctx.db, plan_id, **values),
                      lambda: plans.set_adoption(self.ctx.db, plan_id, **old), "plan", plan_id, already_done=True)
        self._show_adoption()
        self.make_preview()

    def report(self) -> str:
        return str(self.choice.currentData())

    def load(self, plan_id: int | None) -> None:
        super().load(plan_id)
        self._show_adoption()
        self._stale = True
        if self.isVisible():
            self.make_preview()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.make_preview()

    def _on_changed(self, _topic: str, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self._stale = True

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.save_button.setEnabled(not busy and self.pdf is not None)
        self.print_button.setEnabled(not busy and self.pdf is not None)
        if busy:
            self.state.setText(self.tr("Rapport wordt gemaakt…"))

    def make_preview(self, then: Any = None) -> None:
        """Render the chosen report in the background, then show its pages."""
        if self.plan_id is None:
            return
        self._stale = False
        db, plan_id = self.ctx.db, self.plan_id
        report = self.report()
        self._generation += 1
        generation = self._generation
        self.pdf = None
        self._set_busy(True)

        def work() -> tuple[bytes, list[QImage], frozenset[str]]:
            from wellbeing_planner.reports.export import page_images, render  # ReportLab loads here, off the GUI thread

            # the plan is read here too: a plan of 300 activities took 0.2 s to read on the GUI thread
            data, missing = render(load_plan_view(db, plan_id), report)
            # QImage may be made off the GUI thread (QPixmap may not): only the cheap part is left for later
            images = [QImage(pixels, width, height, stride, QImage.Format.Format_RGB888).copy()
                      for width, height, stride, pixels in page_images(data, PREVIEW_WIDTH)]
            return data, images, missing

        def done(result: Any) -> None:
            if generation != self._generation:
                return  # a newer render replaced this one
            if isinstance(result, BaseException):
                self._set_busy(False)
                self.state.setText(self.tr("Het rapport kon niet worden gemaakt."))
                if isinstance(result, PlannerError):
                    show_error(self, result)
                    return
                raise result
            self.pdf, images, missing = result
            self._show_pages(images)
            self._set_busy(False)
            state = self.tr("{n} pagina's").format(n=len(images))
            if missing:
                from wellbeing_planner.reports.export import missing_glyphs_notice

                state += " · " + missing_glyphs_notice(missing)
            self.state.setText(state)
            if then is not None:
                then()

        self.ctx.tasks.run(work, done, done)

    def _show_pages(self, images: list[QImage]) -> None:
        self.pages = list(images)
        self.preview_box.set_pages(self.pages)

    def ask_save(self) -> None:
        name = f"{report_title(self.report()).replace(' ', '-').lower()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Opslaan als PDF"), str(Path.home() / name),
                                                    self.tr("PDF-bestanden (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if self.pdf is None:
            return
        data = self.pdf
        self._set_busy(True)
        self.state.setText(self.tr("Opslaan…"))

        def done(result: Any) -> None:
            self._set_busy(False)
            if isinstance(result, BaseException):
                if isinstance(result, PlannerError):
                    show_error(self, result)
                    return
                raise result
            self.last_saved = result
            self.state.setText(self.tr("Opgeslagen: {path}").format(path=result))

        from wellbeing_planner.reports.export import write_pdf

        self.ctx.tasks.run(lambda: write_pdf(path, data), done, done)

    def ask_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from wellbeing_planner.reports.export import page_sizes

        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report_title(self.report()))
        sizes = page_sizes(self.pdf)
        printer.setFromTo(1, len(sizes))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(sizes))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setModal(True)
        dialog.show()

    def print_to(self, printer: Any) -> int:
        """Print the PDF itself: each page rendered at the printer's resolution (at most MAX_PRINT_DPI), the page
        range and the number of copies from the print dialog. Returns the number of pages sent."""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        from wellbeing_planner.reports.export import page_image, page_sizes

        if self.pdf is None:
            return 0
        data = self.pdf
        sizes = page_sizes(data)
        first, last = 1, len(sizes)
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(len(sizes), printer.toPage() or len(sizes))
        width, height = sizes[first - 1]
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        painter = QPainter()
        if not painter.begin(printer):
            self.state.setText(self.tr("De printer kon niet worden gestart."))
            return 0
        sent = 0
        try:
            for _copy in range(copies):
                for index in range(first - 1, last):
                    if sent:
                        printer.newPage()
                    w, h, stride, pixels = page_image(data, index, dpi)
                    image = QImage(pixels, w, h, stride, QImage.Format.Format_RGB888)
                    area = painter.viewport()
                    scale = min(area.width() / w, area.height() / h)
                    painter.drawImage(QRectF(area.x(), area.y(), w * scale, h * scale), image)
                    sent += 1
        finally:
            painter.end()
        self.state.setText(self.tr("{n} pagina's naar de printer gestuurd").format(n=sent))
        return sent

    def completeness(self) -> str:
        return ""
