"""Importing a plan file: check everything first, then write it all in one transaction.

:func:`prepare` turns a parsed document (see :mod:`~wellbeing_planner.exchange.reading`)
into checked values, using the very cleaners the GUI and the command line use
(:mod:`wellbeing_planner.core.validation` and the record kinds of each step); a
problem becomes a :class:`PlanFileError` that names the part of the file, e.g.
``"Planbestand, activiteit 4, veld 'end_month': De eindmaand ligt vóór de startmaand."``.
Only then :func:`import_prepared` writes, inside one ``db.unit_of_work()``: either
the whole plan is there afterwards, or nothing.

A school with the same BRIN code gets the plan added (its profile stays as it is;
working-group members and partners with the same name are reused).  An
intervention that this catalogue does not know is kept as an own intervention.

Format version 2 adds the meerjarenplan (roadmap) the plan belongs to and the roles
of members and partners: the roadmap is made for the school, or — when that school
already has a roadmap with the same title and years — that one is used, and the
plan's goals link to its long-term goals.  Version 1 files import as before.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wellbeing_planner.content.catalogue import catalogue
from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import catalogue as catalogue_ops
from wellbeing_planner.core import evaluation, goals, roadmap, scan, schools, startfoto, validation, werkgroep
from wellbeing_planner.core.activities import ACTIVITY, check_months
from wellbeing_planner.core.plans import ADOPTION_FIELDS, PLAN_STATUSES, clean_adoption
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.errors import ValidationError
from wellbeing_planner.exchange import reading
from wellbeing_planner.exchange.errors import PlanFileError
from wellbeing_planner.i18n import _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import (
    Activity,
    AdviceMoment,
    Evaluation,
    Goal,
    Indicator,
    InventoryItem,
    LocalIntervention,
    Member,
    ObligationCheck,
    Partner,
    PartyRole,
    Plan,
    Roadmap,
    RoadmapGoal,
    RoadmapTarget,
    ScanScore,
    School,
    StakeholderInput,
    WorkStep,
)

RATINGS = ("importance", "cost", "time", "commitment", "feasibility")


@contextmanager
def _at(where: str | None, field_name: str | None = None, *, exact: bool = False) -> Iterator[None]:
    """Turn a core :class:`ValidationError` into a :class:`PlanFileError` that says where it is.

    ``exact``: the file's field is ``field_name`` whatever field the core check names.
    """
    try:
        yield
    except PlanFileError:
        raise
    except ValidationError as exc:
        name = field_name if exact else (exc.field or field_name)
        raise PlanFileError(exc.message, where=where, field=name) from None


@dataclass(frozen=True)
class InterventionRef:
    """What an inventory item or activity points at: a catalogue id, an own one of the file, or nothing."""

    catalogue_id: str | None = None
    own_id: int | None = None  # file id of an own intervention (also made for unknown catalogue entries)


@dataclass
class PreparedRoadmap:
    """The meerjarenplan of a version-2 file, checked; goals keyed by their file id."""

    values: dict[str, Any]  # title, first_year, last_year, texts, basic_skills
    goals: dict[int, tuple[dict[str, Any], dict[int, str]]]  # file id → (values, {school year: target})
    steps: list[dict[str, Any]]
    advice: list[dict[str, Any]]


@dataclass
class PreparedPlan:
    """A plan file whose every value has been checked; nothing is written yet."""

    school: dict[str, Any]
    logo: tuple[bytes, str] | None
    members: dict[int, dict[str, Any]]
    partners: dict[int, dict[str, Any]]
    plan: dict[str, Any]
    indicators: dict[int, dict[str, Any]]
    inventory: list[tuple[dict[str, Any], InterventionRef]]
    stakeholders: list[dict[str, Any]]
    obligations: list[dict[str, Any]]
    scores: list[dict[str, Any]]
    goals: list[tuple[int, int | None, dict[str, Any]]]  # file id, parent file id, values
    activities: list[tuple[dict[str, Any], InterventionRef]]
    evaluations: list[dict[str, Any]]
    interventions: dict[int, dict[str, Any]]
    kept_as_own: list[str] = field(default_factory=list)  # names of catalogue entries this catalogue lacks
    roadmap: PreparedRoadmap | None = None
    roles: list[tuple[str, int, list[str]]] = field(default_factory=list)  # ("member"/"partner", file id, roles)

    @property
    def school_name(self) -> str:
        return str(self.school["name"])

    @property
    def brin(self) -> str | None:
        return self.school.get("brin")

    @property
    def school_year(self) -> SchoolYear:
        return SchoolYear(int(self.plan["school_year"]))


@dataclass(frozen=True)
class ImportResult:
    plan_id: int
    school_id: int
    school_name: str
    added_to_existing_school: bool
    kept_as_own: tuple[str, ...] = ()
    roadmap_id: int | None = None
    roadmap_reused: bool = False  # the school already had this meerjarenplan


# --- checking ----------------------------------------------------------------------------------------


def _unique_ids(rows: list[dict[str, Any]], where: str) -> dict[int, dict[str, Any]]:
    result: dict[int, dict[str, Any]] = {}
    for number, row in enumerate(rows, start=1):
        ident = int(row["id"])
        if ident in result:
            raise PlanFileError(_("het id {id} komt twee keer voor.").format(id=ident),
                                where=f"{where} {number}", field="id")
        result[ident] = row
    return result


def _school(raw: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[bytes, str] | None]:
    where = _("school")
    with _at(where):
        kind = schools.validate_school_field("school_type", raw["school_type"])
        values: dict[str, Any] = {"school_type": kind}
        for name in ("name", "brin", "grade_min", "grade_max", "pupils", "gemeente", "ggd_region"):
            values[name] = schools.validate_school_field(name, raw[name], school_type=kind)
        validation.grade_range(values["grade_min"], values["grade_max"], [kind])
    if "kind" in raw:  # format version 2
        with _at(where, "kind", exact=True):
            values["kind"] = roadmap.check_kind(raw["kind"])
    logo = None
    if raw["logo"] is not None:
        try:
            data = base64.b64decode(raw["logo"]["data"], validate=True)
        except (binascii.Error, ValueError):
            raise PlanFileError(_("het logo is geen geldige base64-tekst."), where=where, field="logo.data") from None
        with _at(where, "logo"):
            logo = (data, validation.image(data))
    return values, logo


def _intervention_ref(raw: Any, own_ids: set[int], unknown: dict[str, str], where: str) -> InterventionRef:
    if raw is None:
        return InterventionRef()
    if "own_id" in raw:
        if raw["own_id"] not in own_ids:
            raise PlanFileError(_("eigen interventie {id} staat niet in het onderdeel 'interventions'.").format(
                id=raw["own_id"]), where=where, field="intervention.own_id")
        return InterventionRef(own_id=int(raw["own_id"]))
    ident = str(raw["catalogue_id"]).strip()
    with _at(where, "intervention.name"):
        name = validation.text(raw["name"], label=_("De naam van de interventie"), required=True) or ident
    if catalogue().get(ident) is not None:
        return InterventionRef(catalogue_id=ident)
    unknown.setdefault(ident, name)
    return InterventionRef(catalogue_id=ident)


def prepare(document: Mapping[str, Any]) -> PreparedPlan:
    """Check every value of a schema-valid document; raise :class:`PlanFileError` at the first problem."""
    school, logo = _school(document["school"])
    kind = school["school_type"]
    fw = framework()
    v2 = int(document["format_version"]) >= 2

    members: dict[int, dict[str, Any]] = {}
    for number, (ident, row) in enumerate(_unique_ids(document["members"], _("werkgroeplid")).items(), start=1):
        with _at(_("werkgroeplid {n}").format(n=number)):
            members[ident] = werkgroep.MEMBER.clean({k: row[k] for k in ("name", "role", "email")})
    partners: dict[int, dict[str, Any]] = {}
    for number, (ident, row) in enumerate(_unique_ids(document["partners"], _("partner")).items(), start=1):
        with _at(_("partner {n}").format(n=number)):
            partners[ident] = werkgroep.PARTNER.clean(
                {k: row[k] for k in ("organisation", "kind", "contact_person", "contribution")})

    raw_plan = document["plan"]
    with _at(_("plan")):
        year = SchoolYear.parse(raw_plan["school_year"])
        plan = {
            "title": validation.text(raw_plan["title"], label=_("De titel van het plan"), field="title",
                                     required=True),
            "school_year": year.start_year,
            "status": raw_plan["status"],
            "vision": validation.long_text(raw_plan["vision"], label=_("De visie"), field="vision"),
            "budget_total": validation.money(raw_plan["budget_total"], field="budget_total"),
            "year_evaluation": validation.long_text(raw_plan["year_evaluation"], label=_("De jaarevaluatie"),
                                                    field="year_evaluation"),
        }
        if plan["status"] not in PLAN_STATUSES:
            raise ValidationError(_("Onbekende status: {status}").format(status=plan["status"]), field="status")
        if plan["status"] == "afgerond" and not plan["year_evaluation"]:
            raise ValidationError(_("Schrijf eerst de jaarevaluatie; daarna kan het plan worden afgerond."),
                                  field="year_evaluation")
    if v2:
        for name in ADOPTION_FIELDS:
            with _at(_("plan"), name, exact=True):
                plan.update(clean_adoption({name: raw_plan[name]}))
    prepared_roadmap = _roadmap(document["roadmap"], year) if v2 and document["roadmap"] is not None else None
    first, last = ((prepared_roadmap.values["first_year"], prepared_roadmap.values["last_year"])
                   if prepared_roadmap is not None else (year.start_year, year.start_year))

    own_rows = _unique_ids(document["interventions"], _("eigen interventie"))
    interventions: dict[int, dict[str, Any]] = {}
    for number, (ident, row) in enumerate(own_rows.items(), start=1):
        with _at(_("eigen interventie {n}").format(n=number)):
            interventions[ident] = catalogue_ops.clean_local_input(catalogue_ops.LocalInterventionInput(
                name=row["name"], description=row["description"] or "", provider=row["provider"] or "",
                website=row["website"] or "", kind=row["kind"], school_types=tuple(row["school_types"]),
                grade_min=row["grade_min"], grade_max=row["grade_max"], pillars=tuple(row["pillars"]),
                themes=tuple(row["themes"]), prevention_layers=tuple(row["prevention_layers"]),
                scope=tuple(row["scope"]), recognition_level=row["recognition_level"],
                duration=row["duration"] or "", training=row["training"] or "", cost=row["cost"] or "",
                sources=tuple(row["sources"]), notes=row["notes"] or ""))
    own_ids = set(interventions)
    unknown: dict[str, str] = {}

    indicators: dict[int, dict[str, Any]] = {}
    for number, (ident, row) in enumerate(_unique_ids(document["indicators"], _("cijfer")).items(), start=1):
        with _at(_("cijfer {n}").format(n=number)):
            clean = startfoto.INDICATOR.clean({k: row[k] for k in (
                "template_id", "name", "value", "unit", "source", "year", "comparison_value", "comparison_label")})
            if clean["name"] is None:
                raise ValidationError(_("De naam van het cijfer is verplicht."), field="name")
            startfoto.check_percentages(clean)
            indicators[ident] = clean

    inventory = []
    for number, row in enumerate(document["inventory"], start=1):
        where = _("bestaande aanpak {n}").format(n=number)
        with _at(where):
            clean = startfoto.INVENTORY.clean({k: row[k] for k in (
                ("name", "since_year", "grades", "assessment", *(("layers", "setting") if v2 else ())))})
            if v2:
                clean["partner_id"] = validation.reference(row["partner_id"], partners, label=_("De partner"),
                                                           field="partner_id")
        inventory.append((clean, _intervention_ref(row["intervention"], own_ids, unknown, where)))

    stakeholders = []
    for number, row in enumerate(document["stakeholder_input"], start=1):
        with _at(_("inbreng {n}").format(n=number)):
            stakeholders.append(startfoto.STAKEHOLDER.clean({k: row[k] for k in ("group", "method", "conclusions")}))

    obligations = []
    known_obligations = {o.id for o in fw.obligations}
    statuses = {s.id for s in fw.obligation_statuses}
    seen: set[str] = set()
    for number, row in enumerate(document["obligations"], start=1):
        where = _("verplichting {n}").format(n=number)
        ident = row["obligation_id"]
        if ident not in known_obligations:
            raise PlanFileError(_("onbekende verplichting '{id}'.").format(id=ident[:60]), where=where,
                                field="obligation_id")
        if ident in seen:
            raise PlanFileError(_("verplichting '{id}' staat er twee keer in.").format(id=ident), where=where,
                                field="obligation_id")
        seen.add(ident)
        if row["status"] not in statuses:
            raise PlanFileError(_("Onbekende status: {status}").format(status=row["status"][:20]), where=where,
                                field="status")
        with _at(where, "note"):
            note = validation.long_text(row["note"], label=_("De toelichting"), field="note")
        obligations.append({"obligation_id": ident, "status": row["status"], "note": note})

    scores = []
    criteria = {c.id for c in fw.criteria_for(kind)}
    seen = set()
    for number, row in enumerate(document["scan"], start=1):
        where = _("zelfscan, criterium {n}").format(n=number)
        ident = row["criterion_id"]
        if ident not in criteria:
            raise PlanFileError(_("criterium '{id}' hoort niet bij schooltype {kind}.").format(id=ident[:60],
                                                                                               kind=kind),
                                where=where, field="criterion_id")
        if ident in seen:
            raise PlanFileError(_("criterium '{id}' staat er twee keer in.").format(id=ident), where=where,
                                field="criterion_id")
        seen.add(ident)
        with _at(where):
            clean = {name: scan.clean_field(name, row[name])
                     for name in ("score", "not_applicable", "na_reason", "evidence", "priority",
                                  *(("team_counts",) if v2 else ()))}
        if clean["not_applicable"]:
            clean["score"] = None
        scores.append({"criterion_id": ident, **clean})

    goal_rows: list[tuple[str, dict[str, Any], int | None]] = []
    for number, top in enumerate(document["goals"], start=1):
        goal_rows.append((_("doel {n}").format(n=number), top, None))
        for sub_number, sub in enumerate(top["sub_goals"], start=1):
            goal_rows.append((_("doel {n}, subdoel {m}").format(n=number, m=sub_number), sub, int(top["id"])))
    goal_ids: set[int] = set()
    prepared_goals = []
    for where, row, parent in goal_rows:
        ident = int(row["id"])
        if ident in goal_ids:
            raise PlanFileError(_("het id {id} komt twee keer voor.").format(id=ident), where=where, field="id")
        goal_ids.add(ident)
        with _at(where):
            values = {k: row[k] for k in ("title", "description", "pillars", "themes", "prevention_layer",
                                          "indicator_text", "baseline", "target", "horizon", "measured_value",
                                          "reached", "attainment_note")}
            values.update({name: row["ratings"][name] for name in RATINGS})
            values["deadline"] = row["deadline"]
            if v2:
                values["layers"] = row["layers"]
            clean = goals.GOAL.clean(values)
            if clean.get("layers"):  # as every save in the app: the first layer is the single one of before
                clean["prevention_layer"] = clean["layers"][0]
            goals.check_deadline(clean["deadline"], year.start_year if first == last else first, last)
            clean["indicator_id"] = validation.reference(row["indicator_id"], indicators, label=_("Het cijfer"),
                                                         field="indicator_id")
            if v2:
                clean["roadmap_goal_id"] = validation.reference(
                    row["roadmap_goal_id"], prepared_roadmap.goals if prepared_roadmap is not None else (),
                    label=_("Het doel van het meerjarenplan"), field="roadmap_goal_id")
        prepared_goals.append((ident, parent, clean))

    activities = []
    for number, row in enumerate(document["activities"], start=1):
        where = _("activiteit {n}").format(n=number)
        with _at(where):
            clean = ACTIVITY.clean({k: row[k] for k in (
                "title", "description", "approach_role", "start_month", "end_month", "hours", "budget",
                "funding_source", "status", "progress", "reflection", *(("layers", "setting") if v2 else ()))})
            check_months(clean["start_month"], clean["end_month"], year.start_year, first, last)
            clean["goal_id"] = validation.reference(row["goal_id"], goal_ids, label=_("Het doel"), field="goal_id")
            clean["owner_id"] = validation.reference(row["owner_id"], members, label=_("De eigenaar"),
                                                     field="owner_id")
            clean["partner_ids"] = [validation.reference(p, partners, label=_("De partner"), field="partner_ids")
                                    for p in dict.fromkeys(row["partner_ids"])]
        activities.append((clean, _intervention_ref(row["intervention"], own_ids, unknown, where)))

    evaluations = []
    for number, row in enumerate(document["evaluations"], start=1):
        with _at(_("evaluatiemoment {n}").format(n=number)):
            clean = evaluation.EVALUATION.clean({k: row[k] for k in ("date", "kind", "title", "focus", "notes")})
            evaluation.check_in_year(clean["date"], year.start_year)
        evaluations.append(clean)

    roles = _roles(document["roles"], members, partners) if v2 else []

    return PreparedPlan(school=school, logo=logo, members=members, partners=partners, plan=plan,
                        indicators=indicators, inventory=inventory, stakeholders=stakeholders,
                        obligations=obligations, scores=scores, goals=prepared_goals, activities=activities,
                        evaluations=evaluations, interventions=interventions,
                        kept_as_own=_keep_unknown(unknown, kind, interventions, inventory, activities),
                        roadmap=prepared_roadmap, roles=roles)


def _roadmap(raw: Mapping[str, Any], year: SchoolYear) -> PreparedRoadmap:
    """Check the meerjarenplan: years, texts, long-term goals with their targets, steps and advice moments."""
    where = _("meerjarenplan")
    with _at(where, "first_year", exact=True):
        first = SchoolYear.parse(raw["first_year"]).start_year
    with _at(where, "last_year", exact=True):
        last = SchoolYear.parse(raw["last_year"]).start_year
    with _at(where):
        first, last = roadmap.clean_years(first, last)
        values = roadmap.clean_roadmap({name: raw[name] for name in (
            "title", "ambition", "why", "definition", "basic_skills", "conclusions")})
    with _at(where, "first_year", exact=True):
        roadmap.check_plan_year(first, last, year.start_year)
    values.update(first_year=first, last_year=last)

    prepared_goals: dict[int, tuple[dict[str, Any], dict[int, str]]] = {}
    for number, (ident, row) in enumerate(_unique_ids(raw["goals"], _("meerjarenplan, doel")).items(), start=1):
        goal_where = _("meerjarenplan, doel {n}").format(n=number)
        with _at(goal_where):
            clean = roadmap.ROADMAP_GOAL.clean({k: row[k] for k in ("title", "description", "pillars", "layers")})
        targets: dict[int, str] = {}
        for target_number, target in enumerate(row["targets"], start=1):
            label = str(target["school_year"]) if isinstance(target.get("school_year"), str) else str(target_number)
            target_where = _("{goal}, streefwaarde {year}").format(goal=goal_where, year=label[:9])
            with _at(target_where, "school_year", exact=True):
                school_year = SchoolYear.parse(target["school_year"]).start_year
                roadmap.check_target_year(first, last, school_year)
            if school_year in targets:
                raise PlanFileError(_("er staan twee streefwaarden voor {year}.").format(year=label),
                                    where=target_where, field="school_year")
            with _at(target_where, "target", exact=True):
                text = roadmap.clean_target(target["target"])
            if text is not None:  # empty: no target that year, as in the app
                targets[school_year] = text
        prepared_goals[ident] = (clean, targets)

    steps = []
    for number, row in enumerate(raw["steps"], start=1):
        with _at(_("meerjarenplan, stap {n}").format(n=number)):
            steps.append(roadmap.WORK_STEP.clean({k: row[k] for k in ("title", "date", "done", "outcome")}))
    advice = []
    for number, row in enumerate(raw["advice_moments"], start=1):
        with _at(_("meerjarenplan, adviesmoment {n}").format(n=number)):
            advice.append(roadmap.ADVICE.clean({k: row[k] for k in ("body", "date", "outcome")}))
    return PreparedRoadmap(values, prepared_goals, steps, advice)


def _roles(rows: list[dict[str, Any]], members: Mapping[int, Any], partners: Mapping[int, Any]
           ) -> list[tuple[str, int, list[str]]]:
    """Roles per member or partner of the file: each party once, each role a known role or the group's own."""
    result: list[tuple[str, int, list[str]]] = []
    seen: set[tuple[str, int]] = set()
    for number, row in enumerate(rows, start=1):
        where = _("rollen {n}").format(n=number)
        if (row["member_id"] is None) == (row["partner_id"] is None):
            raise PlanFileError(_("Kies één werkgroeplid of één partner."), where=where, field="member_id")
        with _at(where):
            if row["member_id"] is not None:
                party = ("member", validation.reference(row["member_id"], members, label=_("Het werkgroeplid"),
                                                        field="member_id"))
            else:
                party = ("partner", validation.reference(row["partner_id"], partners, label=_("De partner"),
                                                         field="partner_id"))
        if party[1] is None:  # id 0
            raise PlanFileError(_("Kies één werkgroeplid of één partner."), where=where, field="member_id")
        key = (party[0], party[1])
        if key in seen:
            raise PlanFileError(_("de rollen van dit werkgroeplid of deze partner staan er twee keer in."),
                                where=where, field=f"{party[0]}_id")
        seen.add(key)
        clean: list[str] = []
        for index, role in enumerate(row["roles"], start=1):
            with _at(where, f"roles[{index}]", exact=True):
                clean.append(roadmap.clean_role(role))
        result.append((party[0], party[1], list(dict.fromkeys(clean))))
    return result


def _keep_unknown(unknown: dict[str, str], kind: str, interventions: dict[int, dict[str, Any]],
                  inventory: list[tuple[dict[str, Any], InterventionRef]],
                  activities: list[tuple[dict[str, Any], InterventionRef]]) -> list[str]:
    """Catalogue entries this catalogue lacks become own interventions; their references follow."""
    if not unknown:
        return []
    new_ids: dict[str, int] = {}
    next_id = max(interventions, default=0) + 1
    for ident, name in unknown.items():
        note = _("Overgenomen uit een planbestand: '{id}' staat niet in catalogusversie {version} van dit "
                 "programma.").format(id=ident, version=catalogue().version)
        interventions[next_id] = catalogue_ops.clean_local_input(catalogue_ops.LocalInterventionInput(
            name=name, school_types=(kind,), notes=note))
        new_ids[ident] = next_id
        next_id += 1
    for rows in (inventory, activities):
        for index, (values, ref) in enumerate(rows):
            if ref.catalogue_id in new_ids:
                rows[index] = (values, InterventionRef(own_id=new_ids[ref.catalogue_id]))
    return list(unknown.values())


def read_plan_file(path: Path) -> PreparedPlan:
    """Read, parse and check a plan file; nothing is written."""
    return prepare(reading.read(path))


# --- writing ---------------------------------------------------------------------------------------


def existing_school(db: Database, prepared: PreparedPlan) -> schools.SchoolInfo | None:
    """The school in this database with the file's BRIN code, if any (the GUI asks before adding to it)."""
    with db.reading() as session:
        school = schools.school_with_brin(session, prepared.brin)
        return schools.school_info(school) if school is not None else None


def _same_values(row: Any, values: Mapping[str, Any]) -> bool:
    return all(getattr(row, name) == value for name, value in values.items())


def import_prepared(db: Database, prepared: PreparedPlan, *, add_to_existing: bool = True) -> ImportResult:
    """Write a checked plan in ONE unit of work; on any problem nothing is stored."""
    with db.unit_of_work() as session:
        school = schools.school_with_brin(session, prepared.brin)
        added = school is not None
        if school is not None:
            if not add_to_existing:
                raise PlanFileError(_("BRIN-code {brin} is al in gebruik bij {school}.").format(
                    brin=prepared.brin, school=school.name), where=_("school"), field="brin")
            if school.school_type != prepared.school["school_type"]:
                raise PlanFileError(_("de school met BRIN-code {brin} is hier een {here}-school, in het bestand "
                                      "een {there}-school.").format(brin=prepared.brin, here=school.school_type,
                                                                     there=prepared.school["school_type"]),
                                    where=_("school"), field="school_type")
            clash = session.scalar(select(Plan.id).where(Plan.school_id == school.id,
                                                         Plan.school_year == prepared.plan["school_year"]))
            if clash is not None:
                raise PlanFileError(_("{school} heeft al een plan voor schooljaar {year}.").format(
                    school=school.name, year=prepared.school_year), where=_("plan"), field="school_year")
        else:
            school = School(**prepared.school)
            if prepared.logo is not None:
                school.logo, school.logo_mime = prepared.logo
            session.add(school)
            session.flush()

        member_map = _merge(session, Member, school, prepared.members, ("name", "role"), "members")
        partner_map = _merge(session, Partner, school, prepared.partners, ("organisation", "kind"), "partners")

        own_map: dict[int, int] = {}
        existing_own = list(session.scalars(select(LocalIntervention)))
        for ident, values in prepared.interventions.items():
            row = next((r for r in existing_own if _same_values(r, values)), None)
            if row is None:
                row = LocalIntervention(**values)
                session.add(row)
                session.flush()
                existing_own.append(row)
            own_map[ident] = row.id

        roadmap_id, reused, roadmap_goal_map = _write_roadmap(session, school, prepared.roadmap)
        plan = Plan(school_id=school.id, roadmap_id=roadmap_id, **prepared.plan)
        session.add(plan)
        session.flush()

        indicator_map: dict[int, Indicator] = {}
        for position, (ident, values) in enumerate(prepared.indicators.items()):
            indicator_map[ident] = Indicator(plan_id=plan.id, position=position, **values)
            session.add(indicator_map[ident])
        for position, (values, ref) in enumerate(prepared.inventory):
            if values.get("partner_id") is not None:
                values = {**values, "partner_id": partner_map[values["partner_id"]]}
            session.add(InventoryItem(plan_id=plan.id, position=position, **values,
                                      intervention_id=ref.catalogue_id if ref.own_id is None else None,
                                      local_intervention_id=own_map.get(ref.own_id) if ref.own_id else None))
        for position, values in enumerate(prepared.stakeholders):
            session.add(StakeholderInput(plan_id=plan.id, position=position, **values))
        for values in prepared.obligations:
            session.add(ObligationCheck(plan_id=plan.id, **values))
        for values in prepared.scores:
            session.add(ScanScore(plan_id=plan.id, **values))
        session.flush()

        goal_map: dict[int, Goal] = {}
        for position, (ident, parent, values) in enumerate(prepared.goals):
            indicator = indicator_map.get(values["indicator_id"]) if values["indicator_id"] else None
            if values.get("roadmap_goal_id") is not None:
                values = {**values, "roadmap_goal_id": roadmap_goal_map[values["roadmap_goal_id"]]}
            goal = Goal(plan_id=plan.id, position=position,
                        parent_id=goal_map[parent].id if parent is not None else None,
                        **{**values, "indicator_id": indicator.id if indicator is not None else None})
            session.add(goal)
            if parent is None:
                session.flush()  # its sub-goals need its id
            goal_map[ident] = goal
        session.flush()

        for position, (values, ref) in enumerate(prepared.activities):
            session.add(Activity(
                plan_id=plan.id, position=position,
                **{**values, "goal_id": goal_map[values["goal_id"]].id if values["goal_id"] else None,
                   "owner_id": member_map[values["owner_id"]] if values["owner_id"] else None,
                   "partner_ids": [partner_map[p] for p in values["partner_ids"] if p is not None]},
                intervention_id=ref.catalogue_id if ref.own_id is None else None,
                local_intervention_id=own_map.get(ref.own_id) if ref.own_id else None))
        for values in prepared.evaluations:
            session.add(Evaluation(plan_id=plan.id, **values))
        _write_roles(session, school, prepared.roles, member_map, partner_map)
        session.flush()
        return ImportResult(plan.id, school.id, school.name, added, tuple(prepared.kept_as_own), roadmap_id, reused)


def _write_roadmap(session: Any, school: School, prepared: PreparedRoadmap | None
                   ) -> tuple[int | None, bool, dict[int, int]]:
    """The school's roadmap for this plan: its own one with the same title and years, else a new one.

    Returns (roadmap id, reused, file id → roadmap goal id).  A reused roadmap keeps its texts; long-term
    goals (same title), targets (per year), steps and advice moments the file adds are added to it.
    """
    if prepared is None:
        return None, False, {}
    values = prepared.values
    row = session.scalar(select(Roadmap).where(
        Roadmap.school_id == school.id, Roadmap.title == values["title"],
        Roadmap.first_year == values["first_year"], Roadmap.last_year == values["last_year"]).order_by(Roadmap.id))
    reused = row is not None
    if row is None:
        row = Roadmap(school_id=school.id, **values)
        session.add(row)
        session.flush()
    unmatched = list(session.scalars(select(RoadmapGoal).where(RoadmapGoal.roadmap_id == row.id)
                                     .order_by(RoadmapGoal.position, RoadmapGoal.id)))
    count = len(unmatched)
    goal_map: dict[int, int] = {}
    for ident, (goal_values, targets) in prepared.goals.items():
        # each goal the roadmap had is matched once at most: two goals of the file with one title stay two
        goal = next((g for g in unmatched if validation.same_name(g.title, goal_values["title"])), None)
        if goal is None:
            goal = RoadmapGoal(roadmap_id=row.id, position=count, **goal_values)
            session.add(goal)
            session.flush()
            count += 1
            have: set[int] = set()
        else:
            unmatched.remove(goal)
            have = set(session.scalars(select(RoadmapTarget.school_year)
                                       .where(RoadmapTarget.roadmap_goal_id == goal.id)))
        for school_year, target in targets.items():
            if school_year not in have:
                session.add(RoadmapTarget(roadmap_goal_id=goal.id, school_year=school_year, target=target))
        goal_map[ident] = goal.id
    for model, rows, keys in ((WorkStep, prepared.steps, ("title", "date")),
                              (AdviceMoment, prepared.advice, ("body", "date"))):
        present = list(session.scalars(select(model).where(model.roadmap_id == row.id)))
        position = len(present)
        for step in rows:
            same = next((p for p in present if all(getattr(p, k) == step[k] for k in keys)), None)
            if same is not None:
                present.remove(same)  # it was there already (each one matched once)
                continue
            session.add(model(roadmap_id=row.id, position=position, **step))
            position += 1
    session.flush()
    return row.id, reused, goal_map


def _write_roles(session: Any, school: School, roles: list[tuple[str, int, list[str]]],
                 member_map: dict[int, int], partner_map: dict[int, int]) -> None:
    """Each party's roles from the file; roles a (reused) member or partner already has are kept."""
    for kind, ident, names in roles:
        member_id = member_map[ident] if kind == "member" else None
        partner_id = partner_map[ident] if kind == "partner" else None
        where = (PartyRole.member_id == member_id) if member_id is not None else (PartyRole.partner_id == partner_id)
        have = set(session.scalars(select(PartyRole.role).where(where)))
        for name in names:
            if name not in have:
                session.add(PartyRole(school_id=school.id, member_id=member_id, partner_id=partner_id, role=name))
                have.add(name)


def _merge(session: Any, model: type[Member] | type[Partner], school: School, rows: dict[int, dict[str, Any]],
           keys: tuple[str, str], _part: str) -> dict[int, int]:
    """File ids → database ids; someone already at the school (same name, same role/kind) is reused."""
    existing = list(session.scalars(select(model).where(model.school_id == school.id).order_by(model.position)))
    result: dict[int, int] = {}
    for ident, values in rows.items():
        match = next((row for row in existing if validation.same_name(getattr(row, keys[0]), values[keys[0]])
                      and getattr(row, keys[1]) == values[keys[1]]), None)
        if match is None:
            match = model(school_id=school.id, position=len(existing), **values)
            session.add(match)
            session.flush()
            existing.append(match)
        result[ident] = match.id
    return result


def import_plan_file(db: Database, path: Path, *, add_to_existing: bool = True) -> ImportResult:
    """Read, check and import the plan file at ``path`` (the command line's ``import``)."""
    return import_prepared(db, read_plan_file(path), add_to_existing=add_to_existing)
