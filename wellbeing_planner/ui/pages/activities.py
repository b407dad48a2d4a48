"""Aanpak en activiteiten — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class ActivitiesPage(PlaceholderPage):
    page_id = "activiteiten"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("ActivitiesPage", "Aanpak en activiteiten"), tr(
            "ActivitiesPage",
            "Hier komen de activiteiten per doel: wie, wanneer, uren, budget en financiering, met "
            "voorstellen uit de catalogus."), parent)
