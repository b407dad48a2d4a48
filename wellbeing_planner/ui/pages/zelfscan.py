"""Zelfscan — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class ZelfscanPage(PlaceholderPage):
    page_id = "zelfscan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("ZelfscanPage", "Zelfscan"), tr(
            "ZelfscanPage",
            "Hier komt de zelfscan: per pijler de criteria voor uw schooltype, te scoren van 0 tot 3, "
            "met een radargrafiek en de vergelijking met vorig jaar."), parent)
