"""Column types: exact decimals stored as integer hundredths, JSON lists of ids."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Integer, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


class Hundredths(TypeDecorator[Decimal]):
    """A :class:`~decimal.Decimal` with two decimals, stored exactly as an integer (e.g. euro cents).

    SQLite has no decimal type; storing cents as integers keeps money exact.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * _HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / _HUNDRED).quantize(_CENT)


class JSONList(TypeDecorator[list[Any]]):
    """A short list of plain values (ids, tags) stored as JSON text; never ``None`` when read."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        return json.dumps(list(value or []), ensure_ascii=False)

    def process_result_value(self, value: Any, dialect: Dialect) -> list[Any]:
        if not value:
            return []
        loaded = json.loads(value)
        return list(loaded) if isinstance(loaded, list) else []
