"""Showing errors: a calm Dutch message for known problems, a crash dialog with details for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing_planner import APP_NAME, __version__
from wellbeing_planner.errors import EnvironmentProblem, PlannerError, redact

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, exc: PlannerError) -> None:
    """Show a known problem as a message box (warning for the user's input, critical for the machine)."""
    log.info("shown to user: %s (%s)", type(exc).__name__, exc.detail)
    box = QMessageBox(parent)
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Critical if isinstance(exc, EnvironmentProblem) else QMessageBox.Icon.Warning)
    box.setText(exc.message)
    if exc.detail:
        box.setDetailedText(exc.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if QApplication.platformName() == "offscreen":
        box.open()  # tests: never block
    else:
        box.exec()


class CrashDialog(QDialog):
    """Something unexpected happened: say so calmly, show copyable details, keep running."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Er ging iets mis"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Er is een onverwachte fout opgetreden. Wat u al had opgeslagen blijft bewaard.\n"
                          "Kopieer de details hieronder en stuur ze naar de beheerder of de leverancier."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("Details kopiëren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def install_excepthook() -> None:
    """Route uncaught exceptions in Qt slots to the log and a crash dialog (never a silent exit)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, PlannerError):
            show_error(QApplication.activeWindow(), value)
            return
        # What the user may copy: version, where in the code, the kind of error — never what they typed.
        details = f"{APP_NAME} {__version__}\n" + redact("".join(traceback.format_exception(kind, value, tb)))
        log.error("uncaught exception\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        dialog = CrashDialog(details, QApplication.activeWindow())
        dialog.open()

    sys.excepthook = hook
