"""The fast, compiled content can never stand in for content it was not made from."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tools.compile_content import SOURCES
from wellbeing_planner import paths
from wellbeing_planner.content import _loading


def test_every_compiled_twin_is_up_to_date_with_its_source_and_schema() -> None:
    """Fails when shipped content changes without ``python tools/compile_content.py``."""
    for relative, schema in SOURCES.items():
        source = paths.resource_path(*relative.split("/"))
        twin = json.loads(_loading.compiled_path(source).read_text(encoding="utf-8"))
        text = source.read_text(encoding="utf-8")
        assert twin["key"] == _loading.compiled_key(text, schema), f"run tools/compile_content.py ({relative})"
        assert twin["data"] == json.loads(json.dumps(yaml.safe_load(text))), relative


def test_the_shipped_sources_still_pass_their_schemas() -> None:
    for relative, schema in SOURCES.items():
        source = paths.resource_path(*relative.split("/"))
        _loading.validate(yaml.safe_load(source.read_text(encoding="utf-8")), schema, source)


def test_a_changed_source_takes_the_validating_path(tmp_path: Path) -> None:
    source = paths.resource_path("framework", "framework.yaml")
    changed = tmp_path / "framework" / "framework.yaml"
    changed.parent.mkdir()
    text = source.read_text(encoding="utf-8").replace("version:", "# een opmerking\nversion:", 1)
    changed.write_text(text, encoding="utf-8")
    calls: list[str] = []
    original = _loading.validate

    def counting(document: object, schema_name: str, path: Path) -> None:
        calls.append(schema_name)
        original(document, schema_name, path)

    _loading.validate = counting  # type: ignore[assignment]
    try:
        data = _loading.load_validated(changed, "framework.schema.json")
        assert calls == ["framework.schema.json"]
        calls.clear()
        _loading.load_validated(source, "framework.schema.json")
        assert calls == [], "the unchanged shipped file should come from its compiled twin"
    finally:
        _loading.validate = original  # type: ignore[assignment]
    assert data == yaml.safe_load(text)
