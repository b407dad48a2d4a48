"""The pages of the left-hand navigation, in the order of the cycle.

Only names live here: a page's module is imported and the page built the first
time it is shown, so the window paints before any page (or ReportLab, or the
catalogue) is loaded.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from wellbeing_planner.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """One navigation entry: step number ("" for tools), id, title, and where its class lives."""

    step: str
    page_id: str
    class_name: str
    module: str
    source_title: str

    @property
    def title(self) -> str:
        """The title in the user's language (the page's own translation context)."""
        return QCoreApplication.translate(self.class_name, self.source_title)

    def page_class(self) -> type[Page]:
        cls: type[Page] = getattr(importlib.import_module(f"wellbeing_planner.ui.pages.{self.module}"),
                                  self.class_name)
        return cls


PAGES: tuple[PageEntry, ...] = (
    PageEntry("0", "school", "SchoolPage", "school", "School en werkgroep"),
    PageEntry("1", "startfoto", "StartfotoPage", "startfoto", "Startfoto"),
    PageEntry("2", "zelfscan", "ZelfscanPage", "zelfscan", "Zelfscan"),
    PageEntry("3", "doelen", "GoalsPage", "goals", "Visie en doelen"),
    PageEntry("4", "activiteiten", "ActivitiesPage", "activities", "Aanpak en activiteiten"),
    PageEntry("5", "jaarplanning", "PlanningPage", "planning", "Jaarplanning"),
    PageEntry("6", "evaluatie", "EvaluationPage", "evaluation", "Monitoring en evaluatie"),
    PageEntry("7", "rapporten", "ReportsPage", "reports", "Rapporten"),
    PageEntry("", "meerjarenplan", "RoadmapPage", "roadmap", "Meerjarenplan"),
    PageEntry("", "preventie", "PreventionPage", "prevention", "Preventie"),
    PageEntry("", "catalogus", "CataloguePage", "catalogue", "Interventiecatalogus"),
    PageEntry("", "bestuur", "BoardPage", "board", "Bestuursoverzicht"),
)
