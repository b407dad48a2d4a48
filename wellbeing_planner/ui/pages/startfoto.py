"""Startfoto — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class StartfotoPage(PlaceholderPage):
    page_id = "startfoto"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("StartfotoPage", "Startfoto"), tr(
            "StartfotoPage",
            "Hier komt de startfoto: cijfers uit de monitor sociale veiligheid en de GGD-jeugdmonitor, "
            "wat de school al doet, wat ouders, leerlingen, team en professionals zeggen, en de "
            "wettelijke verplichtingen."), parent)
