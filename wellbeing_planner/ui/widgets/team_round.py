"""A team round for one zelfscan criterion, as a trainer runs it in a team meeting.

Everybody scores 0–3 (hands up per level, or the scores typed one after another); the
spread shows as a bar per level with the median, and a warning when views differ by two
levels or more.  *Neem teamscore over* stores the consensus — the median, or the score
the team settles on — together with the spread, which the zelfscan report prints.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner.content.framework import Criterion, framework
from wellbeing_planner.core import scan
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.ui.style import ACCENT, MUTED, TEXT, WARNING


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamRoundDialog", text)


class SpreadChart(QWidget):
    """One bar per level (0–3) with the number of participants; the median level is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[int, ...] = (0, 0, 0, 0)
        self.median: int | None = None
        self.setMinimumSize(QSize(320, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Spreiding van de teamscores"))

    def set_counts(self, counts: tuple[int, ...], median: int | None) -> None:
        self.counts, self.median = counts, median
        parts = [tr("niveau {level}: {n}").format(level=level, n=n) for level, n in enumerate(counts)]
        self.setAccessibleDescription(", ".join(parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top, bottom = line + 6, self.height() - line - 8
        width = self.width() / 4
        highest = max(max(self.counts), 1)
        for level, count in enumerate(self.counts):
            x = level * width + width * 0.18
            bar_width = width * 0.64
            height = (bottom - top) * count / highest
            colour = QColor(ACCENT) if level == self.median else QColor(ACCENT).lighter(170)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, bottom - height, bar_width, max(height, 1)), 3, 3)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(x, bottom - height - line - 2, bar_width, line), Qt.AlignmentFlag.AlignCenter,
                             str(count))
            painter.setPen(QColor(TEXT if level == self.median else MUTED))
            label = f"{level}" + (f" · {tr('mediaan')}" if level == self.median else "")
            painter.drawText(QRectF(level * width, bottom + 4, width, line + 2), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class TeamRoundDialog(QDialog):
    """Enter the team's scores for one criterion and adopt the consensus."""

    adopted = Signal(object, int)  # counts (tuple), chosen score

    def __init__(self, criterion: Criterion, counts: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setWindowTitle(tr("Teamronde"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        statement = QLabel(criterion.statement)
        statement.setWordWrap(True)
        statement.setStyleSheet("font-weight: 600;")
        layout.addWidget(statement)
        intro = QLabel(tr("Laat iedereen een score geven (handen opsteken per niveau), of typ de scores van de "
                          "deelnemers achter elkaar."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        form = QFormLayout()
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(tr("bijvoorbeeld: 2 3 2 1 2"))
        self.typed.setAccessibleName(tr("Scores per deelnemer"))
        form.addRow(tr("Scores per deelnemer"), self.typed)
        self.spins: list[QSpinBox] = []
        scale = framework().scale
        for level in range(4):
            spin = QSpinBox()
            spin.setRange(0, scan.MAX_PARTICIPANTS)
            spin.setAccessibleName(tr("Aantal deelnemers met score {level}").format(level=level))
            if counts and len(counts) == 4:
                spin.setValue(counts[level])
            self.spins.append(spin)
            form.addRow(f"{level} · {scale[level].label}", spin)
        layout.addLayout(form)
        self.chart = SpreadChart()
        layout.addWidget(self.chart, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING}; font-weight: 600;")
        layout.addWidget(self.warning)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Teamscore:")))
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Teamscore"))
        for level in range(4):
            self.choice.addItem(f"{level} · {scale[level].label}", level)
        row.addWidget(self.choice, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.adopt_button = self.buttons.addButton(tr("Neem teamscore over"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.adopt_button.setObjectName("Primary")
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        self.typed.textEdited.connect(self._on_typed)
        for spin in self.spins:
            spin.valueChanged.connect(lambda _v: self._update())
        self.buttons.accepted.connect(self.adopt)
        self.buttons.rejected.connect(self.reject)

    def counts(self) -> tuple[int, int, int, int]:
        values = [spin.value() for spin in self.spins]
        return values[0], values[1], values[2], values[3]

    def _on_typed(self, text: str) -> None:
        if not text.strip():
            return
        try:
            counts = scan.counts_from_scores(text)
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        for spin, value in zip(self.spins, counts, strict=True):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update()

    def _update(self) -> None:
        self.error.setText("")
        counts = self.counts()
        if sum(counts) == 0:
            self.chart.set_counts(counts, None)
            self.summary.setText(tr("Nog geen scores."))
            self.warning.setText("")
            self.adopt_button.setEnabled(False)
            return
        spread = scan.team_spread(list(counts))
        self.chart.set_counts(counts, spread.median)
        self.summary.setText(tr("{n} deelnemers · mediaan {median} · van {low} tot {high}").format(
            n=spread.participants, median=spread.median, low=spread.lowest, high=spread.highest))
        self.warning.setText(tr("Let op: de meningen lopen twee niveaus of meer uiteen. Bespreek de verschillen "
                                "voordat u een teamscore kiest.") if spread.differs_widely else "")
        self.choice.setCurrentIndex(self.choice.findData(spread.median))
        self.adopt_button.setEnabled(True)

    def adopt(self) -> None:
        counts = self.counts()
        try:
            scan.clean_team_counts(list(counts))
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        self.adopted.emit(counts, int(self.choice.currentData()))
        self.accept()
