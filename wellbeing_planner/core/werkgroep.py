"""The school's working group and the partners around it (its ecosystem)."""

from __future__ import annotations

import re
from typing import Any

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import records
from wellbeing_planner.core.views import MemberView, PartnerView
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Member, Partner

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _email(value: Any) -> str | None:
    text: str | None = records.text(_("Het e-mailadres"))(value)
    if text is not None and not _EMAIL.match(text):
        raise ValidationError(_("'{value}' is geen geldig e-mailadres.").format(value=text), field="email")
    return text


MEMBER = records.RecordKind(
    model=Member, parent_field="school_id", required=("name", "role"), label=_("werkgroeplid"),
    fields={
        "name": records.text(_("De naam"), required=True),
        "role": records.choice(_("Rol"), lambda: [r.id for r in framework().working_group_roles]),
        "email": _email,
    })

PARTNER = records.RecordKind(
    model=Partner, parent_field="school_id", required=("organisation", "kind"), label=_("partner"),
    fields={
        "organisation": records.text(_("De organisatie"), required=True),
        "kind": records.choice(_("Soort partner"), lambda: [k.id for k in framework().partner_kinds]),
        "contact_person": records.text(_("De contactpersoon")),
        "contribution": records.long_text(_("De bijdrage")),
    })


def members(db: Database, school_id: int) -> list[MemberView]:
    return [MemberView(m.id, m.name, m.role, m.email) for m in records.rows(db, MEMBER, school_id)]


def partners(db: Database, school_id: int) -> list[PartnerView]:
    return [PartnerView(p.id, p.organisation, p.kind, p.contact_person, p.contribution)
            for p in records.rows(db, PARTNER, school_id)]


def add_member(db: Database, school_id: int, name: str, role: str, email: str | None = None) -> int:
    return records.add(db, MEMBER, school_id, {"name": name, "role": role, "email": email})


def add_partner(db: Database, school_id: int, organisation: str, kind: str, contact_person: str | None = None,
                contribution: str | None = None) -> int:
    return records.add(db, PARTNER, school_id, {"organisation": organisation, "kind": kind,
                                                "contact_person": contact_person, "contribution": contribution})


def ecosystem(partner_list: list[PartnerView]) -> list[tuple[str, list[PartnerView]]]:
    """Partners grouped by kind, in the framework's order of kinds (empty kinds left out)."""
    groups = []
    for kind in framework().partner_kinds:
        inside = [p for p in partner_list if p.kind == kind.id]
        if inside:
            groups.append((kind.name, inside))
    return groups
