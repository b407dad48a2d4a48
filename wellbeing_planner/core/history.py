"""The history of a plan (audit trail): who added, changed or deleted what, and when — newest first.

Recorded by :mod:`wellbeing_planner.storage.audit` in the same transaction as each change.  Qt-free; the
command line shows it with ``history PLAN_ID [--json]``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from wellbeing_planner.core.plans import get_plan
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import AuditEntry

#: Table → what a user calls such a record.
THINGS = Labels({
    "school": _("school"), "plan": _("plan"), "member": _("werkgroeplid"), "partner": _("partner"),
    "indicator": _("cijfer in de startfoto"), "inventory_item": _("lopende activiteit"),
    "stakeholder_input": _("inbreng van betrokkenen"), "obligation_check": _("verplichting"),
    "scan_score": _("score in de zelfscan"), "goal": _("doel"), "activity": _("activiteit"),
    "evaluation": _("evaluatiemoment"), "local_intervention": _("eigen interventie"), "roadmap": _("meerjarenplan"),
    "roadmap_goal": _("langetermijndoel"), "roadmap_target": _("jaardoel"), "work_step": _("werkstap"),
    "advice_moment": _("adviesmoment"), "party_role": _("rol"), "keten_member": _("ketenpartner"),
})
#: What happened to the record, as the sentence says it (the JSON keeps the Dutch word: a promise to scripts).
ACTIONS = Labels({"toegevoegd": _("toegevoegd"), "gewijzigd": _("gewijzigd"), "verwijderd": _("verwijderd")})


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime  # UTC
    user: str
    action: str  # toegevoegd | gewijzigd | verwijderd
    thing: str
    label: str | None
    fields: tuple[str, ...]
    table: str
    row_id: int | None

    @property
    def sentence(self) -> str:
        what = f"{self.thing} '{self.label}'" if self.label else self.thing
        line = _("{user} heeft {what} {action}").format(user=self.user, what=what,
                                                            action=ACTIONS.get(self.action, self.action))
        return line + (f" ({', '.join(self.fields)})" if self.fields else "")

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds") + "Z", "user": self.user, "action": self.action,
                "table": self.table, "row_id": self.row_id, "label": self.label, "fields": list(self.fields)}


def plan_history(db: Database, plan_id: int, *, limit: int = 500) -> list[HistoryEntry]:
    """The plan's own records and its school's shared ones (school, working group, partners), newest first."""
    plan = get_plan(db, plan_id)  # a missing plan gets its own message
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(or_(
            AuditEntry.plan_id == plan_id,
            (AuditEntry.plan_id.is_(None)) & (AuditEntry.school_id == plan.school_id)))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)).all()
        return [HistoryEntry(row.at, row.user_name, row.action, THINGS.get(row.table_name, row.table_name),
                             row.label, tuple(row.fields), row.table_name, row.row_id) for row in rows]


def format_history(entries: list[HistoryEntry]) -> str:
    if not entries:
        return _("Nog geen wijzigingen vastgelegd.")
    return "\n".join(f"{entry.at:%Y-%m-%d %H:%M} UTC  {entry.sentence}" for entry in entries)


#: Table → the topic the window's pages listen for (see ui.context.Notifier).
TOPICS: dict[str, str] = {
    "school": "school", "member": "werkgroep", "partner": "werkgroep", "plan": "plan", "scan_score": "scan",
    "indicator": "startfoto", "inventory_item": "startfoto", "stakeholder_input": "startfoto",
    "obligation_check": "startfoto", "goal": "goals", "activity": "activities", "evaluation": "evaluation",
    "local_intervention": "catalogue", "roadmap": "roadmap", "roadmap_goal": "roadmap", "roadmap_target": "roadmap",
    "work_step": "roadmap", "advice_moment": "roadmap", "party_role": "werkgroep", "keten_member": "school",
}


def latest_change(db: Database) -> int:
    """The id of the newest history line (0 without any): a cheap marker to poll."""
    from sqlalchemy import func

    with db.reading() as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def changes_by_others(db: Database, after: int) -> tuple[int, list[tuple[str, int]]]:
    """What other clients changed since history line ``after``: (newest line, [(topic, plan id or 0)])."""
    with db.reading() as session:
        rows = session.execute(select(AuditEntry.id, AuditEntry.table_name, AuditEntry.plan_id, AuditEntry.client)
                               .where(AuditEntry.id > after).order_by(AuditEntry.id)).all()
    newest = max((row.id for row in rows), default=after)
    seen: list[tuple[str, int]] = []
    for row in rows:
        if row.client == db.client_id:
            continue
        item = (TOPICS.get(row.table_name, "plan"), int(row.plan_id or 0))
        if item not in seen:
            seen.append(item)
    return newest, seen
