"""Jaarplanning — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class PlanningPage(PlaceholderPage):
    page_id = "jaarplanning"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("PlanningPage", "Jaarplanning"), tr(
            "PlanningPage",
            "Hier komt de jaarplanning van augustus tot en met juli, met evaluatie- en monitormomenten "
            "en een lijst met aandachtspunten."), parent)
