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

import re
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


#: The whole message of a refused edit on an outdated row (issue 18): short enough for a status line.
EDIT_CONFLICT = _("Dit is intussen gewijzigd door een ander — opnieuw laden. Uw wijziging is niet opgeslagen; "
                  "na het opnieuw laden kunt u haar opnieuw invoeren.")


class EditConflict(UserError):
    """An edit on a row that someone else changed since it was read: refused, nothing overwritten.

    ``attempted`` keeps the refused changes so the window can offer them again after reloading.
    """

    def __init__(self, message: str = EDIT_CONFLICT, *, attempted: dict[str, object] | None = None,
                 detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.attempted = dict(attempted or {})


class EnvironmentProblem(PlannerError):
    """The computer is in the way: disk full, file locked or read-only, damaged file."""


class DatabaseDamaged(EnvironmentProblem):
    """The database file is damaged or incomplete; it is never written to."""


class DatabaseTooNew(EnvironmentProblem):
    """The database was written by a newer version of the app."""


class NotAPlannerFile(EnvironmentProblem):
    """The file is empty, a folder, or another program's database: refused, never adopted."""


class DatabaseLocked(EnvironmentProblem):
    """Another program (or another window of this app) is using the database right now."""


class NoAccess(EnvironmentProblem):
    """The user may not read or write the file or folder."""


class DiskFull(EnvironmentProblem):
    """There is no room left on the disk."""


class ContentError(EnvironmentProblem):
    """A shipped or hand-edited content file (framework, catalogue) is invalid."""

    def __init__(self, message: str, *, file: str, entry: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.entry = entry
        self.field = field


DISK_FULL = _("De schijf is vol. Maak ruimte vrij en probeer het opnieuw; wat al was opgeslagen blijft "
              "bewaard.")
LOCKED = _("Het planbestand is in gebruik door een ander programma (of een ander venster van Welbevinden "
           "Planner). Sluit dat en probeer het opnieuw; er is niets veranderd.")
NO_ACCESS = _("U hebt geen toegang tot het planbestand of de map waarin het staat. Vraag de beheerder om lees- "
              "en schrijfrechten, of kies een andere gegevensmap; er is niets veranderd.")
DAMAGED = _("Het planbestand is beschadigd en wordt niet gewijzigd. Zet een reservekopie terug "
            "(Bestand → Back-up terugzetten, of 'restore').")


def environment_problem_from(exc: BaseException) -> EnvironmentProblem | None:
    """Translate a low-level storage or file exception into an :class:`EnvironmentProblem`.

    Returns ``None`` when the exception is not one we recognise (then it is a bug).
    Ordinary situations (locked, no permission, disk full) are never called damage:
    that advice would make a user overwrite recent work with an older backup.
    """
    inner: BaseException = getattr(exc, "orig", None) or exc
    if isinstance(inner, EnvironmentProblem):
        return inner
    text = str(inner).lower()
    if isinstance(inner, OSError):
        import errno

        detail = f"{type(inner).__name__} errno={inner.errno}"
        if inner.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFull(_(DISK_FULL), detail=detail)
        if inner.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return NoAccess(_("Geen toegang tot de map of het bestand. Kies een map waarin u mag schrijven; "
                              "er is niets veranderd."), detail=detail)
        if inner.errno == errno.ENAMETOOLONG:
            return EnvironmentProblem(_("De bestandsnaam of het pad is te lang. Kies een kortere naam; er is "
                                        "niets veranderd."), detail=detail)
        if inner.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
            return EnvironmentProblem(_("Op die plek staat een bestand waar een map hoort, of andersom. Kies "
                                        "een andere plek; er is niets veranderd."), detail=detail)
        if inner.errno == errno.ENOENT:
            return EnvironmentProblem(_("De map of het bestand bestaat niet (meer). Kies een bestaande map; er "
                                        "is niets veranderd."), detail=detail)
        if inner.errno in (errno.EBUSY, getattr(errno, "ETXTBSY", -1)) or isinstance(inner, BlockingIOError):
            return DatabaseLocked(_(LOCKED), detail=detail)
        if inner.errno == errno.EIO:
            return EnvironmentProblem(_("De schijf kon niet worden gelezen of beschreven. Controleer de schijf "
                                        "of USB-stick en probeer het opnieuw."), detail=detail)
        return None
    if type(inner).__module__.startswith("psycopg"):
        return _server_problem(inner, text)
    if not isinstance(inner, sqlite3.Error):
        return None
    detail = f"{type(inner).__name__}: {inner}"
    if "database or disk is full" in text:
        return DiskFull(_(DISK_FULL), detail=detail)
    if "database is locked" in text or "database table is locked" in text or "database schema is locked" in text:
        return DatabaseLocked(_(LOCKED), detail=detail)
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return NoAccess(_("Het planbestand kan alleen gelezen worden (alleen-lezen bestand of map). Vraag "
                          "schrijfrechten of kies een andere gegevensmap; er is niets veranderd."), detail=detail)
    if "disk i/o error" in text:
        return EnvironmentProblem(_("De schijf kon niet worden gelezen of beschreven (vol, verwijderd of "
                                    "defect?). Controleer de schijf en probeer het opnieuw; wat al was "
                                    "opgeslagen blijft bewaard."), detail=detail)
    if "not a database" in text or "malformed" in text or "file is encrypted" in text or "corrupt" in text:
        return DatabaseDamaged(_(DAMAGED), detail=detail)
    if "unable to open database" in text:
        return NoAccess(_("Het planbestand kan niet worden geopend: de map bestaat niet of u mag er niet in "
                          "lezen of schrijven. Controleer de map; er is niets veranderd."), detail=detail)
    if "no such table" in text or "no such column" in text:
        return DatabaseDamaged(_("Het planbestand is onvolledig: er ontbreekt een deel van de gegevens. Het "
                                 "wordt niet gewijzigd. Zet een reservekopie terug."), detail=detail)
    return None


def _server_problem(inner: BaseException, text: str) -> EnvironmentProblem | None:
    """A PostgreSQL server's answer as a Dutch message (the password is never part of it)."""
    detail = f"{type(inner).__name__}: {getattr(inner, 'sqlstate', None) or ''}"
    state = str(getattr(inner, "sqlstate", None) or "")
    if "password authentication failed" in text or "no password supplied" in text or state == "28P01" \
            or "authentication failed" in text:
        return NoAccess(_("Aanmelden bij de databaseserver is mislukt: de gebruikersnaam of het wachtwoord klopt "
                          "niet, of er is geen wachtwoord gevonden. Zet het wachtwoord in het wachtwoordbestand "
                          "van PostgreSQL (~/.pgpass of het bestand in PGPASSFILE), of geef het mee in het adres "
                          "op de opdrachtregel. Er is niets veranderd."), detail=detail)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return EnvironmentProblem(_("Die database bestaat niet op de server. Vraag de beheerder om hem aan te "
                                    "maken (zie docs/board.md); er is niets veranderd."), detail=detail)
    if state == "42501" or "permission denied" in text:
        return NoAccess(_("U hebt op de databaseserver geen rechten voor deze handeling. Vraag de beheerder van "
                          "de database om de juiste rol; er is niets veranderd."), detail=detail)
    if state in ("40001", "40P01", "55P03"):
        return DatabaseLocked(_("Iemand anders werkt op hetzelfde moment aan dezelfde gegevens. Probeer het over "
                                "een paar seconden opnieuw; er is niets veranderd."), detail=detail)
    if state == "53100":
        return DiskFull(_("De schijf van de databaseserver is vol. Vraag de beheerder ruimte te maken; wat al was "
                          "opgeslagen blijft bewaard."), detail=detail)
    if state.startswith("08") or any(word in text for word in (
            "connection refused", "could not connect", "connection failed", "timeout expired",
            "could not translate host name", "server closed the connection", "connection is closed",
            "name or service not known", "no route to host", "network is unreachable", "ssl")):
        return EnvironmentProblem(_("De databaseserver is niet bereikbaar. Controleer het adres en de "
                                    "netwerkverbinding, of vraag de beheerder of de server draait. Wat al was "
                                    "opgeslagen blijft bewaard."), detail=detail)
    return None


_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(|$))", re.DOTALL)
_SQL_TEXT = re.compile(r"\[SQL: .*?\]", re.DOTALL)


def redact(text: str) -> str:
    """Text for a log or crash report with what users typed taken out.

    Quoted values and SQL statements or parameters in error messages are replaced
    by ``…``; the places in the code (``File "…", line …``) stay, so a developer can
    still find the cause.
    """
    text = _SQL_PARAMETERS.sub("[parameters: …]", text)
    text = _SQL_TEXT.sub("[SQL: …]", text)
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith('File "'):
            lines.append(line)
        else:
            lines.append(_QUOTED.sub("'…'", line))
    return "\n".join(lines)
