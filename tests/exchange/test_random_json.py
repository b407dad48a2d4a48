"""Random JSON never gets further than a clean Dutch rejection — or a plan that is valid in every part."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from tests.exchange.conftest import fingerprint
from wellbeing_planner.core.views import load_plan_view
from wellbeing_planner.core.workspace import open_database
from wellbeing_planner.exchange import reading
from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.exchange.export import plan_document
from wellbeing_planner.exchange.importer import import_prepared, prepare
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import LocalIntervention, School

scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**12, max_value=10**12),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
                    st.sampled_from(["", "1.234,50", "12,345", "1e5", "2026-09", "2026-2027", "PO", "ib",
                                     "concept", "\x00", "javascript:x", "99VB", "kanjertraining"]))
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=12)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _import_or_refuse(db: Database, data_dir: Path, raw: bytes) -> int | None:
    """Import ``raw``; a refusal must be a PlanFileError with a one-line Dutch message and leave no trace."""
    before = fingerprint(data_dir)
    try:
        prepared = prepare(reading.parse(raw))
        result = import_prepared(db, prepared)
    except PlanFileError as exc:
        assert exc.message.startswith("Planbestand") and "\n" not in exc.message
        assert fingerprint(data_dir) == before
        return None
    view = load_plan_view(db, result.plan_id)  # a plan that loads completely …
    again = plan_document(db, result.plan_id)
    prepare(reading.parse(json.dumps(again).encode()))  # … and whose own file passes every check
    assert view.id == result.plan_id
    with db.unit_of_work() as session:  # make room for the next example (the database cascades)
        session.execute(delete(School).where(School.id == result.school_id))
        session.execute(delete(LocalIntervention))
    return result.plan_id


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values)
def test_random_json_is_refused_cleanly(value: Any) -> None:
    with pytest.raises(PlanFileError) as caught:
        prepare(reading.parse(json.dumps(value).encode()))
    assert caught.value.message.startswith("Planbestand")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_valid_file_with_one_random_change_is_refused_cleanly_or_imported_whole(
        data: st.DataObject, base_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> None:
    data_dir = tmp_path_factory.mktemp("data")
    db = open_database(data_dir)
    try:
        document = json.loads(json.dumps(base_document))
        path = data.draw(st.sampled_from(_paths(document)), label="path")
        node = document
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = data.draw(json_values, label="value")
        _import_or_refuse(db, data_dir, json.dumps(document, ensure_ascii=False).encode())
    finally:
        db.close()
