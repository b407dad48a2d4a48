"""Dutch formatting of money, numbers and dates for the Qt-free code (reports, command line).

Babel does the work (the UI uses QLocale); this module only fixes the choices.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from wellbeing_planner.i18n import _, language

LOCALE = "nl_NL"
#: Month names follow the chosen language; money and numbers keep the Dutch notation that is also typed in.
DATE_LOCALES = {"nl": LOCALE, "en": "en_GB"}
CENT = Decimal("0.01")


def format_money(amount: Decimal | None, *, empty: str = "") -> str:
    """``Decimal("1234.5")`` → ``"€ 1.234,50"``."""
    if amount is None:
        return empty
    from babel.numbers import format_currency

    text: str = format_currency(amount, "EUR", locale=LOCALE)
    return text.replace("\xa0", " ")


def format_number(value: Decimal | int | float | None, *, decimals: int | None = None, empty: str = "") -> str:
    """Dutch number notation: ``1234.5`` → ``"1.234,5"``."""
    if value is None:
        return empty
    from babel.numbers import format_decimal

    if decimals is None:
        text: str = format_decimal(value, locale=LOCALE)
    else:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        text = format_decimal(value, format=pattern, locale=LOCALE)
    return text.replace("\xa0", " ")


def format_percent(share: float | None, *, empty: str = "—") -> str:
    """A share 0..1 as a whole percentage: ``0.667`` → ``"67%"``."""
    if share is None:
        return empty
    return f"{round(share * 100)}%"


def format_date(day: dt.date | None, *, empty: str = "") -> str:
    """``date(2026, 8, 1)`` → ``"1 augustus 2026"``."""
    if day is None:
        return empty
    from babel.dates import format_date as babel_format_date

    text: str = babel_format_date(day, format="d MMMM y", locale=DATE_LOCALES.get(language(), LOCALE))
    return text


def format_month(day: dt.date | None, *, empty: str = "", short: bool = False) -> str:
    """``date(2026, 8, 1)`` → ``"augustus 2026"`` (or ``"aug"`` when ``short``)."""
    if day is None:
        return empty
    from babel.dates import format_date as babel_format_date

    text: str = babel_format_date(day, format="MMM" if short else "MMMM y",
                                        locale=DATE_LOCALES.get(language(), LOCALE))
    return text.rstrip(".")


def parse_money(text: str) -> Decimal | None:
    """Parse Dutch money input (``"€ 1.234,50"``, ``"1234,5"``, ``"1234.50"``); empty → ``None``.

    The checks (bounds, no exponent, no rounding) live in :mod:`wellbeing_planner.core.validation`.
    """
    from wellbeing_planner.core import validation

    return validation.money(text)


def parse_decimal(text: str, *, field: str = "value") -> Decimal | None:
    """Parse a Dutch decimal number (``"87,5"``) exactly, at most two decimals; empty → ``None``."""
    from wellbeing_planner.core import validation

    return validation.number(text, label=_("De waarde"), field=field)
