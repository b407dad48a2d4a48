"""Small shared pieces of the plan pages: month choices, labels, a text box that saves when left."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit

from wellbeing_planner.core.formatting import format_month
from wellbeing_planner.core.schoolyear import SchoolYear


def month_options(year: SchoolYear) -> list[tuple[str, str]]:
    """(ISO date of the first day, "september 2026") for each month of the school year, plus "none"."""
    return [("", "—")] + [(month.isoformat(), format_month(month)) for month in year.months()]


def months_text(start: object, end: object) -> str:
    from datetime import date

    if not isinstance(start, date):
        return ""
    if not isinstance(end, date) or end == start:
        return format_month(start, short=True) + f" {start.year}"
    return f"{format_month(start, short=True)} – {format_month(end, short=True)} {end.year}"


class SavingText(QPlainTextEdit):
    """A text area that calls ``on_leave(text)`` when the user leaves it (every change is saved)."""

    left = Signal(str)

    def __init__(self, on_leave: Callable[[str], None] | None = None) -> None:
        super().__init__()
        if on_leave is not None:
            self.left.connect(on_leave)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit(self.toPlainText())
