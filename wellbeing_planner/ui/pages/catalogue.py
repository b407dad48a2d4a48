"""Interventiecatalogus — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class CataloguePage(PlaceholderPage):
    page_id = "catalogus"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("CataloguePage", "Interventiecatalogus"), tr(
            "CataloguePage",
            "Hier komt de catalogus met erkende interventies en signaleringsinstrumenten, met zoeken, "
            "filters en vergelijken."), parent)
