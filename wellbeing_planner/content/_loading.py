"""Shared machinery for loading and validating content files under ``resources/``.

Every content file is YAML, validated against a JSON Schema in
``resources/schemas/``.  Problems become a :class:`ContentError` whose message
names the file, the entry (its ``id`` when it has one) and the field — never a
traceback.

A normal start does not parse YAML or run the schema validator: each shipped
file has a compiled, already validated JSON twin in ``resources/compiled/``
(made by ``python tools/compile_content.py``) that carries the SHA-256 of the
source and of its schema.  The twin is used only when both hashes match the
files read now, so it can never go stale: a changed source simply takes the
slow, validating path.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from wellbeing_planner import paths
from wellbeing_planner.errors import ContentError
from wellbeing_planner.i18n import _

COMPILED_DIR = "compiled"
#: Bump when the compiled form itself changes shape.
COMPILED_FORMAT = 1


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Load a JSON Schema from ``resources/schemas/`` (e.g. ``"catalogue.schema.json"``)."""
    with paths.resource_path("schemas", name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@cache
def _schema_digest(name: str) -> str:
    return hashlib.sha256(paths.resource_path("schemas", name).read_bytes()).hexdigest()


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(_("Inhoudsbestand {file} kan niet worden gelezen: {reason}").format(
            file=path.name, reason=exc), file=path.name) from exc


def read_yaml(path: Path) -> Any:
    """Read a YAML file, turning syntax and I/O errors into a :class:`ContentError`."""
    return _parse_yaml(path, _read_text(path))


def _parse_yaml(path: Path, text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's C parser when present
    try:
        return yaml.load(text, Loader=loader)
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


def compiled_path(path: Path) -> Path:
    """Where the compiled twin of a shipped content file lives (``compiled/framework-criteria.json``)."""
    return paths.resource_path(COMPILED_DIR, f"{path.parent.name}-{path.stem}.json")


def compiled_key(text: str, schema_name: str) -> str:
    """What a compiled twin must carry to stand in for ``text`` validated by ``schema_name``."""
    source = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{COMPILED_FORMAT}:{source}:{_schema_digest(schema_name)}"


def _load_compiled(path: Path, key: str) -> Any:
    try:
        with compiled_path(path).open(encoding="utf-8") as handle:
            compiled = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(compiled, dict) or compiled.get("key") != key:
        return None
    return compiled.get("data")


def compile_file(path: Path, schema_name: str) -> dict[str, Any]:
    """Parse and validate a source file; return its compiled twin (for ``tools/compile_content.py``)."""
    text = _read_text(path)
    document = _parse_yaml(path, text)
    validate(document, schema_name, path)
    return {"key": compiled_key(text, schema_name), "source": f"{path.parent.name}/{path.name}", "data": document}


def load_validated(path: Path, schema_name: str) -> Any:
    """Read a YAML content file and validate it; return the plain Python data.

    The compiled twin stands in when it was made from exactly this text and schema.
    """
    text = _read_text(path)
    document = _load_compiled(path, compiled_key(text, schema_name))
    if document is not None:
        return document
    document = _parse_yaml(path, text)
    validate(document, schema_name, path)
    return document
