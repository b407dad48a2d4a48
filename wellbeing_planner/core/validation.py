"""One set of checks for every door: the GUI, the command line and the plan-file importer.

Each function takes a raw value (text typed in a field, a value read from a
file, or an already typed Python value), checks it, and returns the value to
store — or raises :class:`~wellbeing_planner.errors.ValidationError` with a
Dutch message and the field's name.  The messages are the same whichever door
the value came through; the importer only adds *where* in the file it was.

Rules kept here (and documented in ``docs/plan-file.md``):

* Money: Dutch text (``"1.234,50"``, ``"€ 800"``) or an exact number; 0 to
  10.000.000; at most two decimals (``"12,345"`` is refused, never rounded);
  no exponent (``"1e5"`` is refused).
* Hours: 0 to 10.000, at most two decimals.
* Texts: Unicode NFC, trimmed, a maximum length per field, no control
  characters (long texts may hold newlines and tabs).
* BRIN: two ASCII digits and two ASCII capitals (``"12AB"``).
* Grades inside the range of the school type; themes, pillars and other pick
  lists from the framework and catalogue; web links only ``http(s)://``.
* Images: PNG or JPEG, decoded completely with a pixel limit before storing.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import warnings
from collections.abc import Iterable
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import _

CENT = Decimal("0.01")
MONEY_MAX = Decimal("10000000")
HOURS_MAX = Decimal("10000")
#: Local figures (percentages, counts, report marks) lie within ± one billion.
NUMBER_LIMIT = Decimal("1000000000")

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20000
URL_MAX = 300
SOURCES_MAX = 20

#: Logos: the file at most 2 MB, the picture at most 4000 × 4000 pixels.
IMAGE_BYTES_MAX = 2 * 1024 * 1024
IMAGE_PIXELS_MAX = 16_000_000
IMAGE_SIDE_MAX = 4000
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}

_BRIN = re.compile(r"[0-9]{2}[A-Z]{2}", re.ASCII)
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_ALLOWED_MULTILINE = {"\n", "\t"}


# --- texts -----------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Unicode NFC: 'Café' typed with a combining accent equals 'Café' typed as one character."""
    return unicodedata.normalize("NFC", text)


def same_name(a: str | None, b: str | None) -> bool:
    """Names compared as a user would: NFC, case-insensitive, surrounding spaces ignored."""
    return normalise((a or "").strip()).casefold() == normalise((b or "").strip()).casefold()


def text(value: Any, *, label: str, field: str | None = None, required: bool = False,
         max_length: int = SHORT_TEXT_MAX, multiline: bool = False) -> str | None:
    """A checked text: NFC, trimmed, not longer than ``max_length``, no control characters.

    Empty becomes ``None`` (or the Dutch "verplicht" message when ``required``).
    """
    if value is None:
        result = ""
    elif isinstance(value, str):
        result = value
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        result = str(value)
    else:
        raise ValidationError(_("{label} moet tekst zijn.").format(label=label), field=field)
    if multiline:
        result = result.replace("\r\n", "\n").replace("\r", "\n")
    result = normalise(result).strip()
    if not result:
        if required:
            raise ValidationError(_("{label} is verplicht.").format(label=label), field=field)
        return None
    if len(result) > max_length:
        raise ValidationError(_("{label} is te lang (hoogstens {n} tekens).").format(
            label=label, n=f"{max_length:,}".replace(",", ".")), field=field)
    for char in result:
        category = unicodedata.category(char)
        if category == "Cs" or (category == "Cc" and not (multiline and char in _ALLOWED_MULTILINE)):
            if char in "\n\t":
                raise ValidationError(_("{label} moet op één regel passen (zonder tab of regeleinde).").format(
                    label=label), field=field)
            raise ValidationError(_("{label} bevat een onzichtbaar stuurteken (U+{code:04X}); haal het weg.").format(
                label=label, code=ord(char)), field=field)
    return result


def long_text(value: Any, *, label: str, field: str | None = None) -> str | None:
    """A text of several paragraphs (vision, description, reflection)."""
    return text(value, label=label, field=field, max_length=LONG_TEXT_MAX, multiline=True)


# --- numbers ---------------------------------------------------------------------------------------


class _NotExact(ValidationError):
    """A number written with an exponent or with more decimals than can be stored (never rounded)."""


def _dutch_decimal(raw: str, *, what: str, field: str | None) -> Decimal:
    """Parse Dutch number text exactly: '1.234,50', '1234,5', '1234.50', '2.000'; never rounds."""
    cleaned = raw.replace("€", "").replace("\xa0", "").replace(" ", "").strip()
    if not cleaned:
        raise ValidationError(_("'{text}' is geen {what}.").format(text=raw, what=what), field=field)
    negative = cleaned.startswith("-")
    body = cleaned[1:] if negative or cleaned.startswith("+") else cleaned
    if "e" in body.lower() and all(c.isdigit() or c in ".,+-eE" for c in body):
        raise _NotExact(_("'{text}': schrijf het getal voluit, zonder e-notatie.").format(text=raw), field=field)
    if "," in body:
        whole, _sep, fraction = body.partition(",")
        if "," in fraction or "." in fraction:
            raise ValidationError(_("'{text}' is geen {what}; schrijf bijvoorbeeld 1.234,50.").format(
                text=raw, what=what), field=field)
        if "." in whole:
            if not _THOUSANDS.fullmatch(whole):
                raise ValidationError(_("'{text}' is geen {what}; schrijf bijvoorbeeld 1.234,50.").format(
                    text=raw, what=what), field=field)
            whole = whole.replace(".", "")
    elif _THOUSANDS.fullmatch(body):
        whole, fraction = body.replace(".", ""), ""  # "2.000" is two thousand in Dutch
    else:
        whole, _sep, fraction = body.partition(".")
        if "." in fraction:
            raise ValidationError(_("'{text}' is geen {what}; schrijf bijvoorbeeld 1.234,50.").format(
                text=raw, what=what), field=field)
    if not _DIGITS.fullmatch(whole or "0") or (fraction and not _DIGITS.fullmatch(fraction)) or \
            (not whole and not fraction):
        raise ValidationError(_("'{text}' is geen {what}; schrijf bijvoorbeeld 1.234,50.").format(
            text=raw, what=what), field=field)
    if len(fraction) > 2:
        raise _NotExact(_("'{text}' heeft meer dan twee cijfers achter de komma; rond het zelf af.").format(
            text=raw), field=field)
    value = Decimal(f"{whole or '0'}.{fraction or '0'}")
    return -value if negative else value


def _exact(value: Any, *, what: str, field: str | None) -> Decimal | None:
    """Any accepted input as an exact Decimal with at most two decimals (``None`` for empty)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(_("'{text}' is geen {what}.").format(text=value, what=what), field=field)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(_("'{text}' is geen {what}.").format(text=value, what=what), field=field)
        if abs(value) <= NUMBER_LIMIT * 10 and value != value.quantize(CENT, rounding=ROUND_DOWN):
            raise _NotExact(_("'{text}' heeft meer dan twee cijfers achter de komma; rond het zelf af.")
                            .format(text=value), field=field)
        return value
    if isinstance(value, float):
        raise ValidationError(_("'{text}' is geen exact getal; geef het als tekst, bijvoorbeeld \"1234,50\".")
                              .format(text=value), field=field)
    if isinstance(value, str):
        if len(value) > 40:
            raise ValidationError(_("'{text}…' is geen {what}.").format(text=value[:20], what=what), field=field)
        return _dutch_decimal(value, what=what, field=field)
    raise ValidationError(_("'{text}' is geen {what}.").format(text=str(value)[:40], what=what), field=field)


def _quantized(value: Decimal) -> Decimal:
    try:
        return value.quantize(CENT)
    except InvalidOperation:  # beyond the decimal context: certainly too large
        return value


def money(value: Any, *, field: str = "budget") -> Decimal | None:
    """An amount in euros: 0 to 10.000.000, at most two decimals; ``None`` for empty input."""
    amount = _exact(value, what=_("bedrag"), field=field)
    if amount is None:
        return None
    if amount < 0:
        raise ValidationError(_("Een bedrag kan niet negatief zijn."), field=field)
    if amount > MONEY_MAX:
        raise ValidationError(_("Een bedrag is hoogstens € 10.000.000."), field=field)
    return _quantized(amount)


def hours(value: Any, *, field: str = "hours") -> Decimal | None:
    """A number of hours: 0 to 10.000, at most two decimals; ``None`` for empty input."""
    amount = _exact(value, what=_("aantal uren"), field=field)
    if amount is None:
        return None
    if not 0 <= amount <= HOURS_MAX:
        raise ValidationError(_("Het aantal uren ligt tussen 0 en 10.000."), field=field)
    return _quantized(amount)


def number(value: Any, *, label: str, field: str = "value") -> Decimal | None:
    """A local figure (e.g. ``"87,5"``): at most two decimals, within ± 1.000.000.000."""
    try:
        amount = _exact(value, what=_("getal"), field=field)
    except _NotExact:
        raise
    except ValidationError:
        raise ValidationError(_("{label} moet een getal zijn, bijvoorbeeld 87,5.").format(label=label),
                              field=field) from None
    if amount is None:
        return None
    if abs(amount) > NUMBER_LIMIT:
        raise ValidationError(_("{label} is te groot.").format(label=label), field=field)
    return _quantized(amount)


def whole_number(value: Any, *, label: str, minimum: int, maximum: int, field: str | None = None) -> int | None:
    """A whole number within bounds (``"12"`` or ``12``); ASCII digits only; ``None`` for empty input."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(_("{label} moet een heel getal zijn.").format(label=label), field=field)
    if isinstance(value, int):
        result = value
    elif isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        result = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[+-]?[0-9]{1,12}", value.strip(), re.ASCII):
        result = int(value.strip())
    else:
        raise ValidationError(_("{label} moet een heel getal zijn.").format(label=label), field=field)
    if not minimum <= result <= maximum:
        raise ValidationError(_("{label} moet tussen {lo} en {hi} liggen.").format(label=label, lo=minimum,
                                                                                  hi=maximum), field=field)
    return result


# --- dates and months ---------------------------------------------------------------------------------


def school_year_bounds(start_year: int) -> tuple[dt.date, dt.date]:
    """First and last day of the school year that starts in ``start_year``."""
    return dt.date(start_year, 8, 1), dt.date(start_year + 1, 7, 31)


def month(value: Any, *, field: str | None = None) -> dt.date | None:
    """A month as its first day: a date, ``"2026-09-01"`` or ``"2026-09"``; ``None`` for empty input."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.replace(day=1)
    if isinstance(value, str):
        raw = value.strip()
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}", raw, re.ASCII):
            raw += "-01"
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw, re.ASCII):
            try:
                return dt.date.fromisoformat(raw).replace(day=1)
            except ValueError:
                pass
    raise ValidationError(_("Kies een maand."), field=field)


def months_in_year(start: dt.date | None, end: dt.date | None, start_year: int, last_year: int | None = None) -> None:
    """Start and end month inside the plan's school year — or the roadmap's years (``last_year``) — the end
    not before the start."""
    last_year = start_year if last_year is None else last_year
    first, last = dt.date(start_year, 8, 1), dt.date(last_year + 1, 7, 1)
    for name, value in (("start_month", start), ("end_month", end)):
        if value is not None and not first <= value <= last:
            if last_year == start_year:
                message = _("Kies een maand binnen het schooljaar (augustus {a} t/m juli {b}).")
            else:
                message = _("Kies een maand binnen het meerjarenplan (augustus {a} t/m juli {b}).")
            raise ValidationError(message.format(a=start_year, b=last_year + 1), field=name)
    if start is not None and end is not None and end < start:
        raise ValidationError(_("De eindmaand ligt vóór de startmaand."), field="end_month")


def day_in_year(day: dt.date, start_year: int, *, field: str, message: str, last_year: int | None = None) -> None:
    """``day`` inside the school year (or up to the end of ``last_year``), else ``message`` (which may use
    {start}, {end}, {a}, {b})."""
    first, _end = school_year_bounds(start_year)
    last = school_year_bounds(start_year if last_year is None else last_year)[1]
    if not first <= day <= last:
        raise ValidationError(message.format(start=first.strftime("%d-%m-%Y"), end=last.strftime("%d-%m-%Y"),
                                             a=start_year, b=last.year), field=field)


# --- codes, choices and references --------------------------------------------------------------------


def brin(value: Any, *, field: str = "brin") -> str | None:
    """A BRIN code: two ASCII digits and two ASCII capital letters; spaces and case are forgiven."""
    raw = text(value, label=_("De BRIN-code"), field=field, max_length=8)
    if raw is None:
        return None
    code = raw.replace(" ", "").upper()
    if not _BRIN.fullmatch(code):
        raise ValidationError(_("De BRIN-code bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 12AB."), field=field)
    return code


def grade_range(lo: int | None, hi: int | None, school_types: Iterable[str], *, field: str = "grade_min") -> None:
    """Grades within the range of the school type(s) and the lowest not above the highest."""
    from wellbeing_planner.content.framework import framework

    kinds = [framework().school_type(t) for t in school_types]
    if not kinds:
        return
    low, high = min(k.grade_min for k in kinds), max(k.grade_max for k in kinds)
    for value in (lo, hi):
        if value is not None and not low <= value <= high:
            raise ValidationError(_("Een groep of leerjaar ligt voor dit schooltype tussen {lo} en {hi}.").format(
                lo=low, hi=high), field=field)
    if lo is not None and hi is not None and lo > hi:
        raise ValidationError(_("De laagste groep kan niet hoger zijn dan de hoogste."), field=field)


def id_list(value: Any, known: Iterable[str], *, message: str, field: str) -> list[str]:
    """A list of ids from a pick list (also ``"a,b"`` as text), in the given order, unknown ids refused."""
    items = [str(v).strip() for v in (value.split(",") if isinstance(value, str) else (value or []))]
    items = [i for i in items if i]
    if not isinstance(value, (str, list, tuple)) and value is not None:
        raise ValidationError(message, field=field)
    allowed = set(known)
    unknown = [i for i in items if i not in allowed]
    if unknown:
        raise ValidationError(message.format(value=unknown[0][:60]), field=field)
    return list(dict.fromkeys(items))


def themes(value: Any, *, field: str = "themes") -> list[str]:
    """Themes from the shared list of the framework and catalogue."""
    from wellbeing_planner.content.catalogue import catalogue

    return id_list(value, [t for t, _label in catalogue().themes], message=_("Onbekend thema: {value}"),
                   field=field)


def web_link(value: Any, *, label: str, field: str) -> str | None:
    """A web address that starts with https:// or http:// and names a host; nothing else is a link."""
    link = text(value, label=label, field=field, max_length=URL_MAX)
    if link is None:
        return None
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in link) \
            or not link.lower().startswith(("http://", "https://")):
        raise ValidationError(_("'{value}' is geen weblink; een link begint met https:// of http://.").format(
            value=link[:60]), field=field)
    return link


def web_links(value: Any, *, field: str = "sources") -> list[str]:
    """Up to 20 sources, each a web link."""
    items = value.splitlines() if isinstance(value, str) else list(value or [])
    result = [link for item in items if (link := web_link(item, label=_("Een bron"), field=field)) is not None]
    if len(result) > SOURCES_MAX:
        raise ValidationError(_("Geef hoogstens {n} bronnen.").format(n=SOURCES_MAX), field=field)
    return result


def reference(value: Any, known: Iterable[int], *, label: str, field: str) -> int | None:
    """An id chosen from a list that must exist there (empty or 0: none)."""
    if value in (None, "", 0, "0"):
        return None
    try:
        ident = int(value)
    except (TypeError, ValueError):
        raise ValidationError(_("Ongeldige keuze.")) from None
    if ident not in set(known):
        raise ValidationError(_("{label} bestaat niet (meer).").format(label=label), field=field)
    return ident


# --- images ----------------------------------------------------------------------------------------


def image(data: bytes, *, field: str = "logo") -> str:
    """Check that ``data`` is a PNG or JPEG that decodes within the pixel limit; return its MIME type.

    The header's size is checked before any pixel is decoded (a tiny file can claim
    a gigantic picture); then the whole picture is decoded, so a damaged file is
    refused here and not in a later export.
    """
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise ValidationError(_("Het logo is leeg of geen afbeelding."), field=field)
    if len(data) > IMAGE_BYTES_MAX:
        raise ValidationError(_("Het logo is te groot (hoogstens 2 MB)."), field=field)
    from PIL import Image  # ReportLab's own image library; Qt is not allowed here

    not_image = _("Het logo moet een PNG- of JPEG-afbeelding zijn.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(data)), formats=list(IMAGE_TYPES)) as picture:
                width, height = picture.size
                kind = picture.format or ""
                if width <= 0 or height <= 0 or width > IMAGE_SIDE_MAX or height > IMAGE_SIDE_MAX or \
                        width * height > IMAGE_PIXELS_MAX:
                    raise ValidationError(_("Het logo is te groot: {w} × {h} beeldpunten (hoogstens {n} per "
                                            "zijde).").format(w=width, h=height, n=IMAGE_SIDE_MAX), field=field)
                picture.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise ValidationError(_("Het logo is te groot: de afbeelding heeft veel te veel beeldpunten."),
                              field=field) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(not_image, field=field) from None
    if kind not in IMAGE_TYPES:
        raise ValidationError(not_image, field=field)
    return IMAGE_TYPES[kind]
