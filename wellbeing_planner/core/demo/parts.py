"""The ordered list of demo builders: each part of the app adds what it built to the demo school."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wellbeing_planner.core.demo.assess import build_assess
from wellbeing_planner.core.demo.catalogue import build_catalogue
from wellbeing_planner.core.demo.keten import build_keten
from wellbeing_planner.core.demo.plan import build_plan

if TYPE_CHECKING:
    from wellbeing_planner.core.demo import DemoContext
    from wellbeing_planner.storage.db import Database

Builder = Callable[["Database", "DemoContext"], None]

BUILDERS: tuple[Builder, ...] = (build_catalogue, build_assess, build_plan, build_keten)
