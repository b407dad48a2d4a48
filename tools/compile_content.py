"""Compile the shipped content into its fast, already validated form: ``python tools/compile_content.py``.

Reads every YAML file under ``resources/framework`` and ``resources/catalogue``,
validates it against its JSON Schema and writes ``resources/compiled/<folder>-<name>.json``
with the hashes of source and schema.  The app uses a twin only when both hashes
match, and a test fails when a twin is missing or out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wellbeing_planner import paths  # noqa: E402
from wellbeing_planner.content._loading import compile_file, compiled_path  # noqa: E402

#: source file (relative to resources/) → its schema
SOURCES = {
    "framework/framework.yaml": "framework.schema.json",
    "framework/criteria.yaml": "criteria.schema.json",
    "catalogue/interventions.yaml": "catalogue.schema.json",
    # English texts laid over the Dutch ones by id (content/framework.py)
    "framework/framework.en.yaml": "framework-overlay.schema.json",
    "framework/criteria.en.yaml": "framework-overlay.schema.json",
}


def main() -> int:
    for relative, schema in SOURCES.items():
        source = paths.resource_path(*relative.split("/"))
        compiled = compile_file(source, schema)
        target = compiled_path(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(compiled, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                          encoding="utf-8")
        print(f"{relative} → {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
