"""The one problem a plan file can have: it is refused, with a Dutch message that says what and where."""

from __future__ import annotations

from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import _


class PlanFileError(ValidationError):
    """A plan file that is not read; nothing was written.

    ``where`` is the part of the file in words (``"activiteit 4"``), ``field`` the
    key in the file (``"budget"``) and ``reason`` the message without location.
    """

    def __init__(self, reason: str, *, where: str | None = None, field: str | None = None) -> None:
        prefix = _("Planbestand")
        if where:
            prefix += f", {where}"
        if field:
            prefix += _(", veld '{field}'").format(field=field)
        super().__init__(f"{prefix}: {reason}".replace("\n", " "), field=field)
        self.where = where
        self.reason = reason
