"""Reading a plan file safely: size, encoding, nesting, JSON, format and version, then the JSON Schema.

Nothing here touches the database.  Every refusal is a :class:`PlanFileError`
with a Dutch message; the caller's database stays as it was.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.i18n import Labels, _

FORMAT = "wellbeing-planner/plan"
FORMAT_VERSION = 2
SCHEMAS = {1: "plan-file-v1.schema.json", 2: "plan-file-v2.schema.json"}
MAX_BYTES = 20 * 1024 * 1024
#: The deepest nesting the format has: file → goals → goal → sub_goals → sub-goal → ratings (and, since
#: version 2, file → roadmap → goals → goal → targets → target).
MAX_DEPTH = 6
SUFFIX = ".wbplan"
#: No list in the format is longer (activities: 2000), and no plan has anywhere near this many values;
#: both are checked before the schema, so a hostile file never makes validation slow.
MAX_LIST = 2000
MAX_VALUES = 200_000

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)  # unrolled: linear even for a 19 MB string
_BRACKET = re.compile(r"[\[\]{}]")

_PARTS = Labels({
    "school": _("school"),
    "members": _("werkgroeplid"),
    "partners": _("partner"),
    "plan": _("plan"),
    "indicators": _("cijfer"),
    "inventory": _("bestaande aanpak"),
    "stakeholder_input": _("inbreng"),
    "obligations": _("verplichting"),
    "scan": _("zelfscan, criterium"),
    "goals": _("doel"),
    "activities": _("activiteit"),
    "evaluations": _("evaluatiemoment"),
    "interventions": _("eigen interventie"),
    "roadmap": _("meerjarenplan"),
    "roles": _("rollen"),
})
#: The lists inside the meerjarenplan (format version 2).
_ROADMAP_PARTS = Labels({"goals": _("doel"), "steps": _("stap"), "advice_moments": _("adviesmoment")})

_JSON_REASONS = Labels({
    "Expecting value": _("hier ontbreekt een waarde of het bestand houdt te vroeg op"),
    "Unterminated string starting at": _("een tekst is niet afgesloten; het bestand is misschien afgebroken"),
    "Expecting ',' delimiter": _("hier ontbreekt een komma of het bestand houdt te vroeg op"),
    "Expecting ':' delimiter": _("hier ontbreekt een dubbele punt"),
    "Expecting property name enclosed in double quotes": _("hier hoort een veldnaam tussen dubbele aanhalingstekens"),
    "Extra data": _("na het einde van de gegevens staat nog meer tekst"),
    "Invalid control character at": _("een tekst bevat een stuurteken"),
    "Invalid \\escape": _("een tekst bevat een ongeldige escape (\\)"),
    "Invalid \\uXXXX escape": _("een tekst bevat een ongeldige \\u-code"),
})

_TYPE_NAMES = Labels({"string": _("tekst"), "integer": _("een heel getal"), "number": _("een getal"),
               "array": _("een lijst"), "object": _("een object"), "boolean": _("true of false"),
               "null": _("null")})


def location(path: Iterable[str | int]) -> tuple[str | None, str | None]:
    """``["activities", 3, "budget"]`` → ``("activiteit 4", "budget")``."""
    steps = list(path)
    where: list[str] = []
    field: list[str] = []
    index = 0
    if steps and isinstance(steps[0], str) and steps[0] in _PARTS:
        part = steps[0]
        index = 1
        if len(steps) > 1 and isinstance(steps[1], int):
            where.append(f"{_PARTS[part]} {steps[1] + 1}")
            index = 2
            if part == "goals" and len(steps) > 3 and steps[2] == "sub_goals" and isinstance(steps[3], int):
                where.append(_("subdoel {n}").format(n=steps[3] + 1))
                index = 4
        elif part == "roadmap":
            where.append(_PARTS[part])
            if len(steps) > 2 and steps[1] in _ROADMAP_PARTS and isinstance(steps[2], int):
                where.append(f"{_ROADMAP_PARTS[str(steps[1])]} {steps[2] + 1}")
                index = 3
                if steps[1] == "goals" and len(steps) > 4 and steps[3] == "targets" and isinstance(steps[4], int):
                    where.append(_("streefwaarde {n}").format(n=steps[4] + 1))
                    index = 5
        else:
            where.append(_PARTS[part] if part in ("school", "plan") else _("onderdeel '{part}'").format(part=part))
    for step in steps[index:]:
        if isinstance(step, int):
            field.append(f"[{step + 1}]")
        else:
            field.append(("." if field else "") + step)
    return (", ".join(where) or None), ("".join(field) or None)


def _type_of(value: Any) -> str:
    if value is None:
        return _("null")
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, int):
        return _("een heel getal")
    if isinstance(value, (float, Decimal)):
        return _("een getal")
    if isinstance(value, str):
        return _("tekst")
    if isinstance(value, list):
        return _("een lijst")
    return _("een object")


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than the format has, before the JSON parser sees it."""
    depth = 0
    bare = _STRING.sub('""', text)  # JSON strings hold no raw newlines, so line numbers stay right
    for match in _BRACKET.finditer(bare):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = bare.count("\n", 0, match.start()) + 1
                raise PlanFileError(_("de gegevens zijn dieper genest dan een planbestand kan zijn (hoogstens {n} "
                                      "niveaus){line}.").format(n=MAX_DEPTH, line=line_text(line)))
        else:
            depth -= 1


def line_text(line: int) -> str:
    return _(" (regel {line})").format(line=line) if line > 1 else ""


def reject_constant(name: str) -> Any:
    raise PlanFileError(_("'{name}' is geen getal dat in een planbestand mag staan.").format(name=name))


def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PlanFileError(_("het veld '{key}' staat twee keer in hetzelfde onderdeel.").format(key=key[:60]))
        result[key] = value
    return result


def parse(data: bytes) -> dict[str, Any]:
    """Check and parse the bytes of a plan file; return the document (validated against its schema)."""
    if len(data) > MAX_BYTES:
        raise PlanFileError(_("het bestand is groter dan 20 MB; zo groot is een planbestand nooit."))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        raise PlanFileError(_("het bestand is geen UTF-8-tekst (het lijkt UTF-16); sla het op als UTF-8."))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PlanFileError(_("het bestand is geen UTF-8-tekst (onleesbaar teken op positie {pos}); sla het op "
                              "als UTF-8.").format(pos=exc.start + 1)) from None
    if not text.strip():
        raise PlanFileError(_("het bestand is leeg."))
    _check_depth(text)
    try:
        document = json.loads(text, parse_float=Decimal, parse_constant=reject_constant,
                              object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        reason = next((nl for en, nl in _JSON_REASONS.items() if exc.msg.startswith(en)), exc.msg)
        raise PlanFileError(_("het bestand is geen geldige JSON: {reason} (regel {line}, kolom {col}).").format(
            reason=reason, line=exc.lineno, col=exc.colno)) from None
    except RecursionError:
        raise PlanFileError(_("de gegevens zijn dieper genest dan een planbestand kan zijn.")) from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise PlanFileError(_("het bestand bevat een getal dat veel te lang is.")) from None
    check_format(document)
    check_size(document)
    validate_schema(document)
    return document  # type: ignore[no-any-return]


def check_size(document: Any) -> None:
    """Refuse lists longer than any list of the format and files with far more values than a plan has."""
    count = 0
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack:
        node, path = stack.pop()
        count += 1
        if count > MAX_VALUES:
            raise PlanFileError(_("het bestand bevat veel meer gegevens dan een plan kan hebben (meer dan {n} "
                                  "waarden).").format(n=f"{MAX_VALUES:,}".replace(",", ".")))
        if isinstance(node, list):
            if len(node) > MAX_LIST:
                where, field = location(path)
                raise PlanFileError(_("de lijst is te lang ({n} items; hoogstens {max}).").format(
                    n=len(node), max=MAX_LIST), where=where or _("onderdeel '{part}'").format(part=field),
                    field=field if where else None)
            stack.extend((item, (*path, index)) for index, item in enumerate(node))
        elif isinstance(node, dict):
            stack.extend((value, (*path, key)) for key, value in node.items())


def check_format(document: Any) -> None:
    """The file says it is a plan file of a version this program reads."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PlanFileError(_("dit is geen planbestand van Welbevinden Planner (het veld 'format' ontbreekt of "
                              "klopt niet)."))
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanFileError(_("de formaatversie ontbreekt of is geen heel getal."), field="format_version")
    if version > FORMAT_VERSION:
        raise PlanFileError(_("dit planbestand heeft formaatversie {v} en is gemaakt met een nieuwere versie van "
                              "het programma; deze versie leest tot en met versie {mine}. Werk het programma bij."
                              ).format(v=version, mine=FORMAT_VERSION), field="format_version")
    if version not in SCHEMAS:
        raise PlanFileError(_("formaatversie {v} bestaat niet.").format(v=version), field="format_version")


@cache
def _validator(version: int) -> Any:
    import jsonschema

    from wellbeing_planner.content._loading import load_schema

    schema = load_schema(SCHEMAS[version])
    return jsonschema.Draft202012Validator(schema)


def validate_schema(document: dict[str, Any]) -> None:
    """Validate against the JSON Schema of the file's version; the first problem becomes a Dutch message."""
    validator = _validator(int(document["format_version"]))
    first = itertools.islice(validator.iter_errors(document), 200)  # enough to find the most telling one
    errors = sorted(first, key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path]))
    if errors:
        raise schema_problem(errors[0])


def schema_problem(error: Any) -> PlanFileError:
    """Translate one jsonschema error into a Dutch message with its place in the file."""
    path: list[str | int] = list(error.absolute_path)
    kind = error.validator
    value = error.validator_value
    instance = error.instance
    if kind == "required":
        missing = [name for name in value if isinstance(instance, dict) and name not in instance]
        where, field = location(path)
        name = missing[0] if missing else "?"
        if not path:
            return PlanFileError(_("het onderdeel '{name}' ontbreekt (elk onderdeel is verplicht, een lijst mag "
                                   "leeg zijn).").format(name=name))
        return PlanFileError(_("het veld '{name}' ontbreekt.").format(name=name), where=where, field=field)
    if kind == "additionalProperties":
        extra = sorted(k for k in instance if k not in error.schema.get("properties", {}))
        where, field = location(path)
        return PlanFileError(_("onbekend veld '{name}'.").format(name=(extra[0] if extra else "?")[:60]),
                             where=where, field=field)
    where, field = location(path)
    if kind == "type":
        expected = value if isinstance(value, list) else [value]
        names = _(" of ").join(_TYPE_NAMES.get(str(t), str(t)) for t in expected)
        reason = _("verwacht {expected}, maar hier staat {actual}.").format(expected=names,
                                                                             actual=_type_of(instance))
    elif kind == "maxLength":
        reason = _("de tekst is te lang (hoogstens {n} tekens).").format(n=value)
    elif kind == "minLength":
        reason = _("de tekst mag niet leeg zijn.")
    elif kind == "maxItems":
        reason = _("de lijst is te lang (hoogstens {n}).").format(n=value)
    elif kind in ("minimum", "maximum"):
        bounds = error.schema
        reason = _("{value} ligt buiten de grenzen ({lo} t/m {hi}).").format(
            value=instance, lo=bounds.get("minimum", "…"), hi=bounds.get("maximum", "…"))
    elif kind == "pattern":
        shapes = {"^[0-9]{4}-[0-9]{4}$": "2026-2027", "^[0-9]{4}-[0-9]{2}$": "2026-09",
                  "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "2027-01-15"}
        reason = _("'{value}' heeft niet de vorm {shape}.").format(value=str(instance)[:40],
                                                                    shape=shapes.get(value, value))
    elif kind in ("enum", "const"):
        reason = _("onbekende waarde '{value}'.").format(value=str(instance)[:40])
    elif kind == "oneOf":
        reason = _("dit is geen geldige verwijzing (verwacht null, een object met catalogue_id en name, of een "
                   "object met own_id).") if "intervention" in [str(p) for p in path] else \
            _("deze waarde past niet in het formaat.")
        if isinstance(instance, dict) and "mime_type" in instance:
            reason = _("het logo moet null zijn of een object met mime_type image/png of image/jpeg en data.")
    else:
        reason = _("deze waarde past niet in het formaat ({rule}).").format(rule=kind)
    return PlanFileError(reason, where=where, field=field)


def read(path: Path) -> dict[str, Any]:
    """Read and check the plan file at ``path`` (size first: a huge file is never read whole)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PlanFileError(_("het bestand is groter dan 20 MB; zo groot is een planbestand nooit."))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PlanFileError:
        raise
    except IsADirectoryError:
        raise PlanFileError(_("{path} is een map, geen bestand.").format(path=path)) from None
    except FileNotFoundError:
        raise PlanFileError(_("het bestand {path} bestaat niet.").format(path=path)) from None
    except OSError as exc:
        raise PlanFileError(_("het bestand {path} kan niet worden gelezen: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    return parse(data)
