"""Generic record operations for the simple lists of a plan (members, partners, indicators, ...).

Each list is described by a :class:`RecordKind`: its model, its parent key, and one
cleaning function per editable field that validates user input and returns the
value to store (raising :class:`ValidationError` with a Dutch message).  Every
operation is one unit of work; deletes hand back the removed values so that undo
can put the very same row back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from wellbeing_planner.core import validation
from wellbeing_planner.errors import EditConflict, NotFoundError, ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Base

Cleaner = Callable[[Any], Any]


@dataclass(frozen=True)
class RecordKind:
    """How one kind of record is stored and validated."""

    model: type[Base]
    parent_field: str  # "school_id" or "plan_id"
    fields: Mapping[str, Cleaner]
    required: tuple[str, ...] = ()
    label: str = ""

    def clean(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - set(self.fields)
        if unknown:
            raise ValidationError(_("Onbekend veld: {field}").format(field=", ".join(sorted(unknown))))
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            try:
                clean[name] = self.fields[name](value)
            except ValidationError as exc:
                if exc.field is None:
                    exc.field = name
                raise
        return clean


def _get(session: Any, kind: RecordKind, row_id: int) -> Any:
    row = session.get(kind.model, row_id)
    if row is None:
        raise NotFoundError(_("Dit gegeven bestaat niet (meer)."))
    return row


def add(db: Database, kind: RecordKind, parent_id: int, values: Mapping[str, Any]) -> int:
    """Validate ``values`` and add a row at the end of the parent's list; return its id."""
    clean = kind.clean(values)
    for name in kind.required:
        if clean.get(name) in (None, ""):
            clean[name] = kind.fields[name](None)  # raises the field's own "verplicht" message
    with db.unit_of_work() as session:
        parent_column = getattr(kind.model, kind.parent_field)
        position = session.scalar(select(func.count()).where(parent_column == parent_id)) or 0
        row = kind.model(**{kind.parent_field: parent_id, **clean})
        if hasattr(row, "position"):
            row.position = position
        session.add(row)
        session.flush()
        return int(row.id)  # type: ignore[attr-defined]


def check_version(row: Any, expected_version: int | None, attempted: Mapping[str, Any]) -> None:
    """Refuse an edit made on an outdated row (``expected_version`` is what the editor read; None: no check)."""
    if expected_version is not None and row.version != expected_version:
        raise EditConflict(attempted=dict(attempted))


def version(db: Database, kind: RecordKind, row_id: int) -> int:
    """The row's current version (what an editor reads along with the values, and hands back with its edit)."""
    with db.reading() as session:
        return int(_get(session, kind, row_id).version)


def update(db: Database, kind: RecordKind, row_id: int, changes: Mapping[str, Any], *,
           expected_version: int | None = None) -> dict[str, Any]:
    """Validate and store ``changes``; return the previous values of the changed fields (for undo).

    With ``expected_version`` an edit on a row someone else changed since is refused (:class:`EditConflict`).
    """
    clean = kind.clean(changes)
    with db.unit_of_work() as session:
        row = _get(session, kind, row_id)
        check_version(row, expected_version, changes)
        old = {name: getattr(row, name) for name in clean}
        for name, value in clean.items():
            setattr(row, name, value)
        return old


def delete(db: Database, kind: RecordKind, row_id: int) -> dict[str, Any]:
    """Delete a row; return all its column values so :func:`restore` can put it back."""
    with db.unit_of_work() as session:
        row = _get(session, kind, row_id)
        values = {column.key: getattr(row, column.key) for column in kind.model.__table__.columns}
        session.delete(row)
        return values


def restore(db: Database, kind: RecordKind, values: Mapping[str, Any]) -> None:
    """Put a deleted row back with its old id (undo of :func:`delete`)."""
    with db.unit_of_work() as session:
        session.add(kind.model(**values))


def rows(db: Database, kind: RecordKind, parent_id: int) -> list[Any]:
    """The rows of one parent, in list order, detached from the session (read-only use)."""
    with db.reading() as session:
        parent_column = getattr(kind.model, kind.parent_field)
        order = [kind.model.position] if hasattr(kind.model, "position") else []
        result = list(session.scalars(select(kind.model).where(parent_column == parent_id)
                                      .order_by(*order, kind.model.id)))  # type: ignore[attr-defined]
        session.expunge_all()
        return result


# --- reusable cleaners ------------------------------------------------------------------------------


def text(label: str, *, required: bool = False, max_length: int = validation.SHORT_TEXT_MAX) -> Cleaner:
    def clean(value: Any) -> str | None:
        return validation.text(value, label=_(label), required=required, max_length=max_length)
    return clean


def long_text(label: str) -> Cleaner:
    def clean(value: Any) -> str | None:
        return validation.long_text(value, label=_(label))
    return clean


def whole_number(label: str, minimum: int, maximum: int) -> Cleaner:
    def clean(value: Any) -> int | None:
        return validation.whole_number(value, label=_(label), minimum=minimum, maximum=maximum)
    return clean


def choice(label: str, options: Callable[[], list[str]], *, required: bool = True) -> Cleaner:
    def clean(value: Any) -> str | None:
        if value in (None, ""):
            if required:
                raise ValidationError(_("Kies een {label}.").format(label=_(label).lower()))
            return None
        if value not in options():
            raise ValidationError(_("Onbekende keuze voor {label}: {value}").format(label=_(label).lower(),
                                                                                   value=str(value)[:60]))
        return str(value)
    return clean


def optional_id(value: Any) -> int | None:
    """A chosen id from a pick list; empty or 0 means "none"."""
    if value in (None, "", 0, "0"):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError(_("Ongeldige keuze.")) from None
