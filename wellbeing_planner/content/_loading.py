"""Shared machinery for loading and validating content files under ``resources/``.

Every content file is YAML, validated against a JSON Schema in
``resources/schemas/``.  Problems become a :class:`ContentError` whose message
names the file, the entry (its ``id`` when it has one) and the field — never a
traceback.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from wellbeing_planner import paths
from wellbeing_planner.errors import ContentError
from wellbeing_planner.i18n import _


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Load a JSON Schema from ``resources/schemas/`` (e.g. ``"catalogue.schema.json"``)."""
    with paths.resource_path("schemas", name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def read_yaml(path: Path) -> Any:
    """Read a YAML file, turning syntax and I/O errors into a :class:`ContentError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(_("Inhoudsbestand {file} kan niet worden gelezen: {reason}").format(
            file=path.name, reason=exc), file=path.name) from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = _(" (regel {line})").format(line=mark.line + 1) if mark is not None else ""
        raise ContentError(_("Inhoudsbestand {file} is geen geldige YAML{where}.").format(
            file=path.name, where=where), file=path.name) from exc


def _entry_label(document: Any, location: list[str | int]) -> tuple[str | None, list[str | int]]:
    """Find the innermost list item on ``location`` that has an ``id``; return it and the rest."""
    label: str | None = None
    rest: list[str | int] = list(location)
    node = document
    for index, step in enumerate(location):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(step, int) and isinstance(node, dict):
            ident = node.get("id")
            if ident is not None or label is None:  # a nested item without id keeps its parent's name
                label = str(ident) if ident is not None else f"#{step + 1}"
                rest = list(location[index + 1:])
    return label, rest


def validate(document: Any, schema_name: str, path: Path) -> None:
    """Validate ``document`` against a schema; raise :class:`ContentError` on the first problem."""
    import jsonschema

    validator_cls = jsonschema.validators.validator_for(load_schema(schema_name))
    validator = validator_cls(load_schema(schema_name))
    errors = sorted(validator.iter_errors(document),
                    key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    error = errors[0]
    location = list(error.absolute_path)
    entry, rest = _entry_label(document, location)
    field = ".".join(str(part) for part in rest) or None
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in list(error.validator_value) if name not in error.instance]  # type: ignore[arg-type]
        if missing:
            field = ".".join(filter(None, [field, missing[0]]))
    parts = [_("Inhoudsbestand {file}").format(file=path.name)]
    if entry:
        parts.append(_("item '{entry}'").format(entry=entry))
    if field:
        parts.append(_("veld '{field}'").format(field=field))
    message = ", ".join(parts) + ": " + _explain(error)
    raise ContentError(message, file=path.name, entry=entry, field=field)


def _explain(error: Any) -> str:
    """A short Dutch explanation of a jsonschema error."""
    kind = error.validator
    if kind == "required":
        return _("verplicht veld ontbreekt")
    if kind == "type":
        return _("verkeerd soort waarde (verwacht: {expected})").format(expected=error.validator_value)
    if kind == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return _("ongeldige waarde {value!r} (toegestaan: {allowed})").format(value=error.instance, allowed=allowed)
    if kind in ("minItems", "minLength"):
        return _("mag niet leeg zijn")
    if kind == "pattern":
        return _("waarde {value!r} heeft niet de juiste vorm").format(value=error.instance)
    if kind == "additionalProperties":
        return _("onbekend veld ({detail})").format(detail=error.message)
    if kind in ("minimum", "maximum"):
        return _("waarde {value!r} ligt buiten het toegestane bereik").format(value=error.instance)
    if kind == "format":
        return _("waarde {value!r} heeft niet het juiste formaat").format(value=error.instance)
    return error.message  # type: ignore[no-any-return]


def load_validated(path: Path, schema_name: str) -> Any:
    """Read a YAML content file and validate it; return the plain Python data."""
    document = read_yaml(path)
    validate(document, schema_name, path)
    return document
