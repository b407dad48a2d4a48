"""Alembic environment: the app hands over its own connection; no ini file, no logging config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wellbeing_planner.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,  # the app runs each upgrade inside one SQLite transaction (see migrate.py)
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # command-line use by developers: ``alembic -x url=sqlite:///file upgrade head``
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///:memory:")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
