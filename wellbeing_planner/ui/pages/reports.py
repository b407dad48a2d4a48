"""Rapporten — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    page_id = "rapporten"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("ReportsPage", "Rapporten"), tr(
            "ReportsPage",
            "Hier komen de rapporten: het jaarplan welbevinden, het zelfscanrapport, een overzicht op "
            "één A4 en het evaluatierapport, als PDF en op papier."), parent)
