"""Welbevinden Planner: plan, run and evaluate a whole-school wellbeing approach."""

__version__ = "0.2.0"

APP_NAME = "Welbevinden Planner"
APP_ID = "wellbeing-planner"
ORG_NAME = "Welbevinden Planner"
ORG_DOMAIN = "welbevindenplanner.nl"
