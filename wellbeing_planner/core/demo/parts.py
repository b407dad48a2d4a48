"""The ordered list of demo builders.  Each part of the app appends its builder here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_planner.core.demo import DemoContext
    from wellbeing_planner.storage.db import Database

Builder = Callable[["Database", "DemoContext"], None]

BUILDERS: list[Builder] = []
