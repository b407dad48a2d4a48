"""Monitoring en evaluatie — not built yet; the page says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from wellbeing_planner.ui.context import AppContext
from wellbeing_planner.ui.pages.placeholder import PlaceholderPage


class EvaluationPage(PlaceholderPage):
    page_id = "evaluatie"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(ctx, self.page_id, tr("EvaluationPage", "Monitoring en evaluatie"), tr(
            "EvaluationPage",
            "Hier komen de evaluatiemomenten, de voortgang per activiteit, de doelrealisatie en het "
            "doorzetten naar het volgende schooljaar."), parent)
