"""Visie en doelen — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class GoalsPage(PlaceholderPage):
    page_id = "doelen"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("GoalsPage", "Visie en doelen"), tr(
            "GoalsPage",
            "Hier komen de visie van de school en de doelen met hun SMART-velden en prioriteit."), parent)
