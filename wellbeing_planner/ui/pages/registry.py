"""The pages of the left-hand navigation, in the order of the cycle."""

from __future__ import annotations

from wellbeing_planner.ui.pages.activities import ActivitiesPage
from wellbeing_planner.ui.pages.base import Page
from wellbeing_planner.ui.pages.catalogue import CataloguePage
from wellbeing_planner.ui.pages.evaluation import EvaluationPage
from wellbeing_planner.ui.pages.goals import GoalsPage
from wellbeing_planner.ui.pages.planning import PlanningPage
from wellbeing_planner.ui.pages.reports import ReportsPage
from wellbeing_planner.ui.pages.school import SchoolPage
from wellbeing_planner.ui.pages.startfoto import StartfotoPage
from wellbeing_planner.ui.pages.zelfscan import ZelfscanPage

#: (step number shown in the navigation or "" for tools, page class)
PAGES: tuple[tuple[str, type[Page]], ...] = (
    ("0", SchoolPage),
    ("1", StartfotoPage),
    ("2", ZelfscanPage),
    ("3", GoalsPage),
    ("4", ActivitiesPage),
    ("5", PlanningPage),
    ("6", EvaluationPage),
    ("7", ReportsPage),
    ("", CataloguePage),
)
