"""The history of a plan: every record added, changed or deleted through the app, with who and when.

Written in the same transaction as the change itself (a session ``after_flush`` hook), so a change without its
history line, or a history line of a change that was rolled back, cannot exist.  The user is the PostgreSQL role
on a server (what the server itself knows, not what the client claims) and the computer's user name on a local
file.  Only column names are recorded, never the values (they can hold what users typed about pupils).
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from wellbeing_planner.storage.models import AuditEntry, Base, Plan, School

log = logging.getLogger(__name__)

ADDED, CHANGED, DELETED = "toegevoegd", "gewijzigd", "verwijderd"
#: Columns whose change alone is no news (they change with every edit).
_QUIET = frozenset({"updated_at", "created_at", "version", "position"})
_LABELS = ("title", "name", "organisation", "body", "criterion_id", "obligation_id", "role", "group")


def user_name(engine: Engine) -> str:
    """Who is working: the PostgreSQL role, or the computer's user name (``onbekend`` when neither is known)."""
    if engine.dialect.name == "postgresql":
        try:
            with engine.connect() as connection:
                return str(connection.exec_driver_sql("SELECT current_user").scalar())[:120]
        except Exception:  # the opening itself reports an unreachable server
            log.warning("no role name from the server")
            return "onbekend"
    try:
        return getpass.getuser()[:120] or "onbekend"
    except (OSError, KeyError, ImportError):
        return "onbekend"


def _owner(target: Base) -> tuple[int | None, int | None]:
    """(school_id, plan_id) of a record, as far as the record itself tells."""
    if isinstance(target, School):
        return target.id, None
    if isinstance(target, Plan):
        return target.school_id, target.id
    school_id = getattr(target, "school_id", None)
    plan_id = getattr(target, "plan_id", None)
    return (int(school_id) if school_id is not None else None), (int(plan_id) if plan_id is not None else None)


def _label(target: Base) -> str | None:
    for name in _LABELS:
        value = getattr(target, name, None)
        if isinstance(value, str) and value:
            return value[:200]
    return None


def _changed_columns(target: Base) -> list[str]:
    state = inspect(target)
    changed = []
    for attribute in state.mapper.column_attrs:
        if attribute.key in _QUIET:
            continue
        if state.attrs[attribute.key].history.has_changes():
            changed.append(attribute.key)
    return changed


def install(sessions: sessionmaker[Session], who: str, client: str | None = None) -> None:
    """Record the history of every session that ``sessions`` makes, as ``who`` working in ``client``."""

    @event.listens_for(sessions, "after_flush")
    def _record(session: Session, _context: Any) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows: list[dict[str, Any]] = []
        plan_schools: dict[int, int] = {}

        def entry(target: Base, action: str, fields: list[str]) -> None:
            school_id, plan_id = _owner(target)
            if school_id is None and plan_id is not None:
                school_id = plan_schools.get(plan_id)
                if school_id is None:
                    with session.no_autoflush:
                        plan = session.get(Plan, plan_id)
                    if plan is not None:
                        school_id = plan_schools[plan_id] = plan.school_id
            rows.append({"at": now, "user_name": who, "client": client, "school_id": school_id, "plan_id": plan_id,
                         "table_name": target.__tablename__, "row_id": getattr(target, "id", None),
                         "action": action, "fields": fields, "label": _label(target)})

        for target in session.new:
            if isinstance(target, Base) and not isinstance(target, AuditEntry):
                entry(target, ADDED, [])
        for target in session.dirty:
            if isinstance(target, Base) and not isinstance(target, AuditEntry) and session.is_modified(target):
                fields = _changed_columns(target)
                if fields:
                    entry(target, CHANGED, fields)
        for target in session.deleted:
            if isinstance(target, Base) and not isinstance(target, AuditEntry):
                entry(target, DELETED, [])
        if rows:
            session.connection().execute(insert(AuditEntry), rows)
