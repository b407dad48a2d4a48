"""The Dutch school year as a small value type (1 August – 31 July)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import _

_PATTERN = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{4})\s*$")

#: Month numbers of a school year in order: augustus … juli.
MONTH_ORDER: tuple[int, ...] = (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7)


@dataclass(frozen=True, order=True, slots=True)
class SchoolYear:
    """A school year, identified by the calendar year in which it starts (2026 = 2026-2027)."""

    start_year: int

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """Parse ``"2026-2027"``; raise :class:`ValidationError` with a Dutch message otherwise."""
        match = _PATTERN.match(text or "")
        if not match or int(match.group(2)) != int(match.group(1)) + 1:
            raise ValidationError(_("'{text}' is geen schooljaar; gebruik de vorm 2026-2027.").format(text=text),
                                  field="school_year")
        return cls(int(match.group(1)))

    @classmethod
    def containing(cls, day: dt.date) -> SchoolYear:
        """The school year in which ``day`` falls."""
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def current(cls) -> SchoolYear:
        return cls.containing(dt.date.today())

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.start_year, 8, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.start_year + 1, 7, 31)

    def next(self) -> SchoolYear:
        return SchoolYear(self.start_year + 1)

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def months(self) -> list[dt.date]:
        """The first day of each month, augustus first."""
        return [dt.date(self.start_year if m >= 8 else self.start_year + 1, m, 1) for m in MONTH_ORDER]

    def month_index(self, day: dt.date) -> int | None:
        """0 for August … 11 for July; ``None`` when ``day`` lies outside this school year."""
        if not self.contains(day):
            return None
        return MONTH_ORDER.index(day.month)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def __str__(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"


def school_year_choices(around: SchoolYear | None = None, before: int = 2, after: int = 3) -> list[SchoolYear]:
    """School years to offer in a pick list, e.g. two back and three ahead of the current one."""
    centre = around or SchoolYear.current()
    return [SchoolYear(centre.start_year + offset) for offset in range(-before, after + 1)]
