"""PostgreSQL for the tests: one database per test, copied from a template already at the current schema.

The server comes from ``WBP_TEST_POSTGRES_URL`` (``.ci/run`` starts a throw-away one with
``tools/throwaway_postgres.py``).  Without it the PostgreSQL variants are skipped with that reason; with
``WBP_REQUIRE_POSTGRES=1`` (set by CI) they fail instead, so CI cannot pass without having run them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

URL_VARIABLE = "WBP_TEST_POSTGRES_URL"
SKIP_REASON = (f"no PostgreSQL test server: set {URL_VARIABLE} (e.g. eval \"$(python3 tools/throwaway_postgres.py "
               "start)\"); .ci/run does this")

_counter = itertools.count(1)
_template: str | None = None


def server_url() -> str:
    """The test server's URL, or skip (fail in CI) without one."""
    url = os.environ.get(URL_VARIABLE, "")
    if not url:
        if os.environ.get("WBP_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{URL_VARIABLE} is not set but WBP_REQUIRE_POSTGRES=1")
        pytest.skip(SKIP_REASON)
    return url


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(sql: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(server_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(sql)
    finally:
        engine.dispose()


def _template_name() -> str:
    """A database at the current schema, made once per test run."""
    global _template
    if _template is None:
        from wellbeing_planner.storage.db import Database

        name = f"wbp_template_{os.getpid()}"
        _admin(f"DROP DATABASE IF EXISTS {name}")
        _admin(f"CREATE DATABASE {name}")
        Database.open_url(_with_database(server_url(), name)).close()
        _template = name
    return _template


def new_empty_database() -> tuple[str, str]:
    """(url, name) of a new, empty database."""
    name = f"wbp_t_{os.getpid()}_{next(_counter)}"
    _admin(f"CREATE DATABASE {name}")
    return _with_database(server_url(), name), name


def new_database() -> tuple[str, str]:
    """(url, name) of a new database at the current schema (a copy of the template)."""
    template = _template_name()
    name = f"wbp_t_{os.getpid()}_{next(_counter)}"
    _admin(f"CREATE DATABASE {name} TEMPLATE {template}")
    return _with_database(server_url(), name), name


def drop(name: str) -> None:
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def database(*, empty: bool = False) -> Iterator[str]:
    """A URL of a fresh database for the length of the block (dropped afterwards)."""
    url, name = new_empty_database() if empty else new_database()
    try:
        yield url
    finally:
        drop(name)
