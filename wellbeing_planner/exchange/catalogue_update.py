"""Catalogue update files: check a newer intervention catalogue and keep it beside the user's data.

An update file is the shipped catalogue's format (``resources/catalogue/interventions.yaml``)
written as JSON — JSON only, so no YAML anchors can blow up in memory — of at most
10 MB.  It is checked completely (the JSON rules of plan files, then the catalogue's
JSON Schema and its own checks) and must be newer than the catalogue in use.  It is
then stored as ``<data dir>/catalogue/interventions.json``; plans are not touched.

Plans that refer to an intervention the new catalogue no longer has keep their
reference (nothing is rewritten) and :func:`removed_references` says which.

Opening a data folder (:func:`wellbeing_planner.core.workspace.open_database`) makes the
catalogue in use the one installed there; the doors are ``catalogue-update FILE`` on the
command line and *Bestand → Catalogus bijwerken…* in the app.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from wellbeing_planner.content.catalogue import Catalogue, catalogue, load_catalogue, update_file, use_update
from wellbeing_planner.errors import ContentError, UserError
from wellbeing_planner.exchange import reading
from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import Activity, InventoryItem

MAX_BYTES = 10 * 1024 * 1024


class CatalogueUpdateError(UserError):
    """A catalogue update file that is not taken into use; nothing changed."""


@dataclass(frozen=True)
class CatalogueUpdate:
    """What an update file would change, for the user to see before and after installing it."""

    version: str
    previous_version: str
    interventions: int
    added: tuple[str, ...]
    removed: tuple[str, ...]

    def summary(self) -> str:
        """One Dutch line for the window and the command line alike."""
        return _("Catalogus bijgewerkt van versie {old} naar {new}: {n} interventies, {added} nieuw, {removed} "
                 "vervallen.").format(old=self.previous_version, new=self.version, n=self.interventions,
                                      added=len(self.added), removed=len(self.removed))


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    """'2026.10' after '2026.9': compare the dotted parts as numbers where they are numbers."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.split("."))


def _parse_json(data: bytes) -> None:
    """The plan-file reader's JSON rules: UTF-8, no NaN, no duplicate keys, bounded nesting."""
    if len(data) > MAX_BYTES:
        raise CatalogueUpdateError(_("Catalogusbestand: het bestand is groter dan 10 MB."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogueUpdateError(_("Catalogusbestand: het bestand is geen UTF-8-tekst.")) from None
    try:
        json.loads(text, parse_constant=reading.reject_constant, object_pairs_hook=reading.no_duplicates)
    except PlanFileError as exc:
        raise CatalogueUpdateError(_("Catalogusbestand: {reason}").format(reason=exc.reason)) from None
    except json.JSONDecodeError as exc:
        raise CatalogueUpdateError(_("Catalogusbestand: het bestand is geen geldige JSON (regel {line}, kolom {col})."
                                     ).format(line=exc.lineno, col=exc.colno)) from None
    except (RecursionError, ValueError):
        raise CatalogueUpdateError(_("Catalogusbestand: het bestand is geen geldige JSON.")) from None


def check_update(path: Path, *, current: Catalogue | None = None) -> tuple[Catalogue, CatalogueUpdate]:
    """Check the update file at ``path`` against the catalogue schema and ``current``; nothing is written."""
    active = current or catalogue()
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_BYTES else b"x" * (MAX_BYTES + 1)
    except OSError as exc:
        raise CatalogueUpdateError(_("Catalogusbestand {path} kan niet worden gelezen: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    _parse_json(data)
    try:
        new = load_catalogue(path)
    except ContentError as exc:
        raise CatalogueUpdateError(exc.message) from None
    if _version_key(new.version) <= _version_key(active.version):
        raise CatalogueUpdateError(_("Catalogusbestand: versie {new} is niet nieuwer dan de catalogus in gebruik "
                                     "({old}).").format(new=new.version, old=active.version))
    old_ids = {entry.id for entry in active.interventions}
    new_ids = {entry.id for entry in new.interventions}
    return new, CatalogueUpdate(new.version, active.version, len(new.interventions),
                                tuple(sorted(new_ids - old_ids)), tuple(sorted(old_ids - new_ids)))


def installed_update(data_dir: Path) -> Path | None:
    """The update file kept in ``data_dir``, if there is one."""
    path = update_file(data_dir)
    return path if path.is_file() else None


def install_update(data_dir: Path, path: Path) -> CatalogueUpdate:
    """Check ``path`` and keep a copy in ``data_dir`` (written beside it, then moved into place); from then on
    it is the catalogue in use."""
    installed = installed_update(data_dir)
    current = load_catalogue(installed) if installed is not None else catalogue()
    _new, update = check_update(path, current=current)
    target = update_file(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temp.write_bytes(path.read_bytes())
        os.replace(temp, target)
    except OSError as exc:
        raise CatalogueUpdateError(_("De catalogus kon niet worden bewaard in {folder}: {reason}. Er is niets "
                                     "veranderd.").format(folder=target.parent, reason=exc.strerror or exc)) from None
    finally:
        temp.unlink(missing_ok=True)
    use_update(target)
    return update


def update_report(db: Database) -> list[tuple[int, str, list[str]]]:
    """For every plan (id, name) the lines about references the catalogue in use no longer has."""
    from wellbeing_planner.core import plans

    active = catalogue()
    result = []
    for plan in plans.list_plans(db):
        lines = removed_references(db, plan.id, active)
        if lines:
            result.append((plan.id, f"{plan.school_name} — {plan.school_year}", lines))
    return result


def removed_references(db: Database, plan_id: int, active: Catalogue) -> list[str]:
    """Dutch lines for each activity or inventory item of the plan whose catalogue entry ``active`` lacks."""
    with db.reading() as session:
        rows = [(_("Activiteit"), title, ident) for title, ident in session.execute(
            select(Activity.title, Activity.intervention_id).where(Activity.plan_id == plan_id,
                                                                   Activity.intervention_id.is_not(None))
            .order_by(Activity.position, Activity.id))]
        rows += [(_("Bestaande aanpak"), name, ident) for name, ident in session.execute(
            select(InventoryItem.name, InventoryItem.intervention_id).where(
                InventoryItem.plan_id == plan_id, InventoryItem.intervention_id.is_not(None))
            .order_by(InventoryItem.position, InventoryItem.id))]
    return [_("{kind} '{title}' verwijst naar interventie '{id}', die niet meer in de catalogus staat; de "
              "verwijzing blijft bewaard.").format(kind=kind, title=title, id=ident)
            for kind, title, ident in rows if ident and active.get(ident) is None]
