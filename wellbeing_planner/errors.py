"""The three kinds of failure the app knows, and how they reach the user.

* :class:`UserError` — the user asked for something that cannot be done (bad input,
  a plan that already exists).  Shown as a calm Dutch message; nothing changed.
* :class:`EnvironmentProblem` — the machine is in the way: disk full, database
  locked, read-only folder, damaged or too new database file.  Shown as a Dutch
  message that says what to do; nothing half-written is left behind.
* Anything else is a bug: the UI shows a crash dialog with copyable details and
  the command line exits with status 1.
"""

from __future__ import annotations

import sqlite3

from wellbeing_planner.i18n import _


class PlannerError(Exception):
    """Base class for errors with a message meant for the user."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class UserError(PlannerError):
    """Something the user can fix: bad input, an impossible request."""


class ValidationError(UserError):
    """Input that does not pass validation; ``field`` names the offending field."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(UserError):
    """A school, plan or other record that does not exist (any more)."""


class EnvironmentProblem(PlannerError):
    """The computer is in the way: disk full, file locked or read-only, damaged file."""


class DatabaseDamaged(EnvironmentProblem):
    """The database file is not a usable SQLite database; it is never overwritten."""


class DatabaseTooNew(EnvironmentProblem):
    """The database was written by a newer version of the app."""


class ContentError(EnvironmentProblem):
    """A shipped or hand-edited content file (framework, catalogue) is invalid."""

    def __init__(self, message: str, *, file: str, entry: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.entry = entry
        self.field = field


def environment_problem_from(exc: BaseException) -> EnvironmentProblem | None:
    """Translate a low-level storage exception into an :class:`EnvironmentProblem`.

    Returns ``None`` when the exception is not one we recognise (then it is a bug).
    """
    inner: BaseException = getattr(exc, "orig", None) or exc
    text = str(inner).lower()
    if isinstance(inner, OSError):
        import errno

        if inner.errno == errno.ENOSPC:
            return EnvironmentProblem(_("De schijf is vol. Maak ruimte vrij en probeer het opnieuw; "
                                        "er is niets verloren gegaan."), detail=str(inner))
        if inner.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return EnvironmentProblem(_("Geen toegang tot de map of het bestand. Kies een map waarin "
                                        "u mag schrijven."), detail=str(inner))
        return None
    if not isinstance(inner, sqlite3.Error):
        return None
    if "database or disk is full" in text or "disk i/o error" in text:
        return EnvironmentProblem(_("De schijf is vol of niet bereikbaar. Maak ruimte vrij en probeer het "
                                    "opnieuw; wat al was opgeslagen blijft bewaard."), detail=str(inner))
    if "database is locked" in text or "database table is locked" in text:
        return EnvironmentProblem(_("Het planbestand is in gebruik door een ander programma. Sluit het "
                                    "andere venster en probeer het opnieuw."), detail=str(inner))
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem(_("Het planbestand kan alleen gelezen worden. Kies een map waarin u "
                                    "mag schrijven."), detail=str(inner))
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseDamaged(_("Het planbestand is beschadigd en wordt niet gewijzigd. Zet een "
                                 "reservekopie terug of neem contact op met de beheerder."),
                               detail=str(inner))
    if "unable to open database" in text:
        return EnvironmentProblem(_("Het planbestand kan niet worden geopend. Controleer of de map "
                                    "bestaat en of u er mag schrijven."), detail=str(inner))
    return None
