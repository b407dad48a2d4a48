"""The meerjarenplan (roadmap), how the working group got there, and who does what.

A roadmap spans 1–5 school years: an ambition, why it matters, an agreed definition
and basic skills, and long-term goals with a target per school year.  Each school
year's jaarplan links to the roadmap and takes its goals from it: a jaarplan goal
points at its roadmap goal, so one goal is one goal across the years (carry-over
follows the roadmap instead of copying goals into new ones).

The working group's steps (dated, done or not, with what came out) and its advice
moments to governing bodies belong to the roadmap too.  Roles (regisseur, verbinder,
opdrachtgever, organisator, uitvoerder, projectleider, stuurgroep, or a role of the
group's own naming) are given to members and partners, several each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from wellbeing_planner.content.framework import framework
from wellbeing_planner.core import records, validation
from wellbeing_planner.core.plans import load_plan
from wellbeing_planner.core.schoolyear import SchoolYear
from wellbeing_planner.core.views import RoadmapView, roadmap_from
from wellbeing_planner.errors import NotFoundError, UserError, ValidationError
from wellbeing_planner.i18n import Labels, _
from wellbeing_planner.storage.db import Database
from wellbeing_planner.storage.models import (
    AdviceMoment,
    Goal,
    KetenMember,
    Member,
    Partner,
    PartyRole,
    Plan,
    Roadmap,
    RoadmapGoal,
    RoadmapTarget,
    School,
    WorkStep,
)

MAX_YEARS = 5
KINDS = Labels({"school": _("School"), "kinderopvang": _("Kinderopvang"), "keten": _("Keten")})


# --- the roadmap itself -------------------------------------------------------------------------------


def _years(first: Any, last: Any) -> tuple[int, int]:
    try:
        first_year, last_year = int(first), int(last)
    except (TypeError, ValueError):
        raise ValidationError(_("Kies het eerste en het laatste schooljaar."), field="first_year") from None
    if not 2000 <= first_year <= 2100 or not 2000 <= last_year <= 2100:
        raise ValidationError(_("Kies schooljaren tussen 2000 en 2100."), field="first_year")
    if last_year < first_year:
        raise ValidationError(_("Het laatste schooljaar ligt vóór het eerste."), field="last_year")
    if last_year - first_year + 1 > MAX_YEARS:
        raise ValidationError(_("Een meerjarenplan beslaat hoogstens {n} schooljaren.").format(n=MAX_YEARS),
                              field="last_year")
    return first_year, last_year


#: The check of a roadmap's first and last school year (also used by the plan-file importer).
clean_years = _years


def _skills(value: Any) -> list[str]:
    items = value.splitlines() if isinstance(value, str) else list(value or [])
    skills = [validation.text(item, label=_("Een basisvaardigheid"), field="basic_skills", max_length=200)
              for item in items]
    clean = [skill for skill in skills if skill]
    if len(clean) > 30:
        raise ValidationError(_("Noem hoogstens 30 basisvaardigheden."), field="basic_skills")
    return clean


_TEXTS = Labels({"ambition": _("De ambitie"), "why": _("Waarom het ertoe doet"), "definition": _("De definitie"),
          "conclusions": _("De conclusies")})


def _clean_roadmap(changes: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "title":
            clean[name] = validation.text(value, label=_("De titel"), field=name, required=True, max_length=200)
        elif name in _TEXTS:
            clean[name] = validation.text(value, label=_TEXTS[name], field=name, multiline=True,
                                          max_length=validation.LONG_TEXT_MAX)
        elif name == "basic_skills":
            clean[name] = _skills(value)
        elif name not in ("first_year", "last_year"):
            raise ValidationError(_("Onbekend veld: {field}").format(field=name))
    return clean


#: The check of a roadmap's title, texts and basic skills (also used by the plan-file importer).
clean_roadmap = _clean_roadmap


def check_plan_year(first_year: int, last_year: int, school_year: int) -> None:
    """A plan joins a roadmap only when its school year lies inside the roadmap's years."""
    if not first_year <= school_year <= last_year:
        raise ValidationError(_("Het schooljaar {year} valt buiten het meerjarenplan.").format(
            year=SchoolYear(school_year)))


def create_roadmap(db: Database, school_id: int, first_year: int, last_year: int, title: str | None = None,
                   **texts: Any) -> int:
    """A new meerjarenplan for a school, kinderopvang or keten; plans of its years join it. Returns its id."""
    first, last = _years(first_year, last_year)
    clean = _clean_roadmap({"title": title or _("Meerjarenplan {a} t/m {b}").format(
        a=SchoolYear(first), b=SchoolYear(last)), **texts})
    with db.unit_of_work() as session:
        if session.get(School, school_id) is None:
            raise NotFoundError(_("Deze school bestaat niet (meer)."))
        clean.setdefault("basic_skills", [])
        roadmap = Roadmap(school_id=school_id, first_year=first, last_year=last, **clean)
        session.add(roadmap)
        session.flush()
        for plan in session.scalars(select(Plan).where(Plan.school_id == school_id, Plan.roadmap_id.is_(None),
                                                       Plan.school_year.between(first, last))):
            plan.roadmap_id = roadmap.id
        return roadmap.id


def update_roadmap(db: Database, roadmap_id: int, **changes: Any) -> dict[str, Any]:
    """Change texts, basic skills or the years of a roadmap; return the old values (for undo)."""
    clean = _clean_roadmap(changes)
    with db.unit_of_work() as session:
        roadmap = _roadmap(session, roadmap_id)
        old = {name: getattr(roadmap, name) for name in (*clean, *(k for k in ("first_year", "last_year")
                                                                   if k in changes))}
        if "first_year" in changes or "last_year" in changes:
            first, last = _years(changes.get("first_year", roadmap.first_year),
                                 changes.get("last_year", roadmap.last_year))
            outside = session.scalar(select(Plan.school_year).where(
                Plan.roadmap_id == roadmap_id, (Plan.school_year < first) | (Plan.school_year > last)))
            if outside is not None:
                raise ValidationError(_("Het plan voor {year} hoort bij dit meerjarenplan; kies jaren die het "
                                        "omvatten.").format(year=SchoolYear(outside)), field="first_year")
            roadmap.first_year, roadmap.last_year = first, last
        for name, value in clean.items():
            setattr(roadmap, name, list(value) if name == "basic_skills" else value)
        return old


def _roadmap(session: Any, roadmap_id: int) -> Roadmap:
    roadmap = session.get(Roadmap, roadmap_id)
    if roadmap is None:
        raise NotFoundError(_("Dit meerjarenplan bestaat niet (meer)."))
    return roadmap  # type: ignore[no-any-return]


def get_roadmap(db: Database, roadmap_id: int) -> RoadmapView:
    with db.reading() as session:
        return roadmap_from(_roadmap(session, roadmap_id))


def roadmap_of_plan(db: Database, plan_id: int) -> RoadmapView | None:
    with db.reading() as session:
        plan = load_plan(session, plan_id)
        return roadmap_from(_roadmap(session, plan.roadmap_id)) if plan.roadmap_id is not None else None


def roadmaps_of_school(db: Database, school_id: int) -> list[RoadmapView]:
    with db.reading() as session:
        return [roadmap_from(r) for r in session.scalars(
            select(Roadmap).where(Roadmap.school_id == school_id).order_by(Roadmap.first_year))]


def attach_plan(db: Database, plan_id: int, roadmap_id: int | None) -> None:
    """Make a school year's plan part of a roadmap (its years must include the plan's)."""
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        if roadmap_id is not None:
            roadmap = _roadmap(session, roadmap_id)
            if roadmap.school_id != plan.school_id:
                raise UserError(_("Dit meerjarenplan hoort bij een andere organisatie."))
            check_plan_year(roadmap.first_year, roadmap.last_year, plan.school_year)
        plan.roadmap_id = roadmap_id


def span_of_plan(session: Any, plan: Plan) -> tuple[int, int]:
    """The school years (first, last) dates of a plan may fall in: its roadmap's, else its own."""
    if plan.roadmap_id is not None:
        roadmap = session.get(Roadmap, plan.roadmap_id)
        if roadmap is not None:
            return roadmap.first_year, roadmap.last_year
    return plan.school_year, plan.school_year


# --- long-term goals and their targets --------------------------------------------------------------------


def _layers(value: Any) -> list[str]:
    known = [layer.id for layer in framework().prevention_layers]
    items = value.split(",") if isinstance(value, str) else list(value or [])
    layers = [str(item).strip() for item in items if str(item).strip()]
    for layer in layers:
        if layer not in known:
            raise ValidationError(_("Onbekende preventielaag: {layer}").format(layer=layer), field="layers")
    return sorted(set(layers), key=known.index)


#: The check of a list of prevention layers (goals, activities, inventory items; also the plan-file importer).
clean_layers = _layers


def _pillars(value: Any) -> list[str]:
    known = [pillar.id for pillar in framework().pillars]
    items = value.split(",") if isinstance(value, str) else list(value or [])
    pillars = [str(item).strip() for item in items if str(item).strip()]
    for pillar in pillars:
        if pillar not in known:
            raise ValidationError(_("Onbekende pijler: {pillar}").format(pillar=pillar), field="pillars")
    return sorted(set(pillars), key=known.index)


ROADMAP_GOAL = records.RecordKind(
    model=RoadmapGoal, parent_field="roadmap_id", required=("title",), label=_("doel van het meerjarenplan"),
    fields={
        "title": records.text(_("Het doel"), required=True, max_length=300),
        "description": records.long_text(_("De toelichting")),
        "pillars": _pillars,
        "layers": _layers,
    })


def add_roadmap_goal(db: Database, roadmap_id: int, title: str, *, targets: dict[int, str] | None = None,
                     **values: Any) -> int:
    """A long-term goal, with targets per school year (``{2024: "90% voelt zich veilig"}``)."""
    goal_id = records.add(db, ROADMAP_GOAL, roadmap_id, {"title": title, **values})
    for year, target in (targets or {}).items():
        set_target(db, goal_id, year, target)
    return goal_id


def update_roadmap_goal(db: Database, goal_id: int, **changes: Any) -> dict[str, Any]:
    """Change a long-term goal; the jaarplan goals linked to it follow its title."""
    old = records.update(db, ROADMAP_GOAL, goal_id, changes)
    if "title" in changes:
        with db.unit_of_work() as session:
            title = session.get(RoadmapGoal, goal_id).title  # type: ignore[union-attr]
            for goal in session.scalars(select(Goal).where(Goal.roadmap_goal_id == goal_id,
                                                           Goal.parent_id.is_(None))):
                goal.title = title
    return old


def delete_roadmap_goal(db: Database, goal_id: int) -> dict[str, Any]:
    return records.delete(db, ROADMAP_GOAL, goal_id)


def clean_target(target: Any) -> str | None:
    """The text of a target (empty: none)."""
    return validation.text(target, label=_("De streefwaarde"), field="target", max_length=300)


def check_target_year(first_year: int, last_year: int, school_year: int) -> None:
    """A target belongs to one of the roadmap's school years."""
    if not first_year <= int(school_year) <= last_year:
        raise ValidationError(_("Het schooljaar {year} valt buiten het meerjarenplan ({a} t/m {b}).").format(
            year=SchoolYear(int(school_year)), a=SchoolYear(first_year), b=SchoolYear(last_year)),
            field="school_year")


def set_target(db: Database, goal_id: int, school_year: int, target: str | None) -> str | None:
    """The target of a long-term goal in one school year (empty: none); returns the old target."""
    text = clean_target(target)
    with db.unit_of_work() as session:
        goal = session.get(RoadmapGoal, goal_id)
        if goal is None:
            raise NotFoundError(_("Dit doel bestaat niet (meer)."))
        roadmap = _roadmap(session, goal.roadmap_id)
        check_target_year(roadmap.first_year, roadmap.last_year, school_year)
        row = session.scalar(select(RoadmapTarget).where(RoadmapTarget.roadmap_goal_id == goal_id,
                                                         RoadmapTarget.school_year == int(school_year)))
        old = row.target if row is not None else None
        if text is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(RoadmapTarget(roadmap_goal_id=goal_id, school_year=int(school_year), target=text))
        else:
            row.target = text
        return old


def take_into_plan(db: Database, plan_id: int, roadmap_goal_id: int) -> int:
    """The jaarplan takes a goal from its roadmap: a linked goal with this year's target; returns its id.

    When the plan already has it, that goal's id is returned (one goal, not a copy).
    """
    with db.unit_of_work() as session:
        plan = load_plan(session, plan_id)
        source = session.get(RoadmapGoal, roadmap_goal_id)
        if source is None or source.roadmap_id != plan.roadmap_id:
            raise UserError(_("Dit doel hoort niet bij het meerjarenplan van dit plan."))
        existing = session.scalar(select(Goal.id).where(Goal.plan_id == plan_id, Goal.roadmap_goal_id == source.id,
                                                        Goal.parent_id.is_(None)))
        if existing is not None:
            return int(existing)
        target = next((t.target for t in source.targets if t.school_year == plan.school_year), None)
        position = len(plan.goals)
        goal = Goal(plan_id=plan_id, title=source.title, description=source.description,
                    pillars=list(source.pillars), themes=[], layers=list(source.layers),
                    prevention_layer=(source.layers[0] if source.layers else None), target=target,
                    roadmap_goal_id=source.id, horizon="dit_schooljaar", position=position)
        session.add(goal)
        session.flush()
        return goal.id


@dataclass(frozen=True, slots=True)
class RoadmapCell:
    """One school year of one long-term goal in the roadmap view."""

    school_year: SchoolYear
    target: str | None
    plan_id: int | None  # the jaarplan of that year (None: not made yet)
    goal_id: int | None  # the linked goal in that jaarplan (None: not taken in that year)
    measured: str | None
    reached: bool | None

    @property
    def status(self) -> str:
        if self.plan_id is None:
            return _("nog geen jaarplan")
        if self.goal_id is None:
            return _("niet in dit jaarplan")
        if self.reached is True:
            return _("gehaald")
        if self.reached is False:
            return _("niet gehaald")
        return _("loopt")


@dataclass(frozen=True, slots=True)
class RoadmapRow:
    goal_id: int
    title: str
    cells: tuple[RoadmapCell, ...]


def overview(db: Database, roadmap_id: int) -> list[RoadmapRow]:
    """Long-term goals × school years: each year's target, whether its jaarplan has the goal, and the result."""
    with db.reading() as session:
        roadmap = _roadmap(session, roadmap_id)
        plans = {p.school_year: p for p in session.scalars(select(Plan).where(Plan.roadmap_id == roadmap_id))}
        rows = []
        for goal in roadmap.goals:
            linked = {g.plan_id: g for g in session.scalars(select(Goal).where(Goal.roadmap_goal_id == goal.id,
                                                                               Goal.parent_id.is_(None)))}
            cells = []
            for year in range(roadmap.first_year, roadmap.last_year + 1):
                plan = plans.get(year)
                jaargoal = linked.get(plan.id) if plan is not None else None
                target = next((t.target for t in goal.targets if t.school_year == year), None)
                cells.append(RoadmapCell(SchoolYear(year), target, plan.id if plan else None,
                                         jaargoal.id if jaargoal else None,
                                         jaargoal.measured_value if jaargoal else None,
                                         jaargoal.reached if jaargoal else None))
            rows.append(RoadmapRow(goal.id, goal.title, tuple(cells)))
        return rows


# --- how we got here: steps and advice moments --------------------------------------------------------------


def _date(label: str) -> records.Cleaner:
    def clean(value: Any) -> dt.date | None:
        if value in (None, ""):
            return None
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(_("{label}: kies een datum (jjjj-mm-dd).").format(label=label)) from None
    return clean


def _outcome(value: Any) -> str | None:
    """A link (http/https) or a file reference such as "Infographic mentale weerbaarheid.pdf"."""
    return validation.text(value, label=_("Wat eruit kwam"), field="outcome", max_length=500)


WORK_STEP = records.RecordKind(
    model=WorkStep, parent_field="roadmap_id", required=("title",), label=_("stap"),
    fields={
        "title": records.text(_("De stap"), required=True, max_length=300),
        "date": _date(_("Datum")),
        "done": lambda value: bool(value) and value not in ("0", "nee", "false"),
        "outcome": _outcome,
    })

ADVICE = records.RecordKind(
    model=AdviceMoment, parent_field="roadmap_id", required=("body",), label=_("adviesmoment"),
    fields={
        "body": records.text(_("Aan wie (orgaan)"), required=True, max_length=200),
        "date": _date(_("Datum")),
        "outcome": records.long_text(_("De uitkomst")),
    })


def add_step(db: Database, roadmap_id: int, title: str, **values: Any) -> int:
    return records.add(db, WORK_STEP, roadmap_id, {"title": title, **values})


def add_advice(db: Database, roadmap_id: int, body: str, **values: Any) -> int:
    return records.add(db, ADVICE, roadmap_id, {"body": body, **values})


# --- roles: who does what ---------------------------------------------------------------------------------


def role_name(role: str) -> str:
    """The Dutch name of a known role, or the group's own role as it was written."""
    known = {item.id: item.name for item in framework().approach_roles}
    return known.get(role, role)


def _role(value: Any) -> str:
    """A known role (by id or name, any case) or a role of the group's own naming."""
    text = validation.text(value, label=_("De rol"), field="role", required=True, max_length=80)
    assert text is not None
    lowered = text.casefold()
    for item in framework().approach_roles:
        if lowered in (item.id, item.name.casefold()):
            return item.id
    return text


#: The check of one role (also used by the plan-file importer).
clean_role = _role


def set_roles(db: Database, school_id: int, roles: list[str], *, member_id: int | None = None,
              partner_id: int | None = None) -> list[str]:
    """The roles of one member or one partner (several allowed); returns the roles it had before."""
    if (member_id is None) == (partner_id is None):
        raise UserError(_("Kies één werkgroeplid of één partner."))
    clean = list(dict.fromkeys(_role(role) for role in roles if str(role).strip()))
    with db.unit_of_work() as session:
        owner: Member | Partner | None = (session.get(Member, member_id) if member_id is not None
                                          else session.get(Partner, partner_id))
        if owner is None or owner.school_id != school_id:
            raise NotFoundError(_("Dit werkgroeplid of deze partner bestaat niet (meer)."))
        where = (PartyRole.member_id == member_id) if member_id is not None else (PartyRole.partner_id == partner_id)
        old = list(session.scalars(select(PartyRole.role).where(where).order_by(PartyRole.id)))
        session.execute(delete(PartyRole).where(where))
        for role in clean:
            session.add(PartyRole(school_id=school_id, member_id=member_id, partner_id=partner_id, role=role))
        return old


@dataclass(frozen=True, slots=True)
class PartyRoles:
    """One party in the 'wie doet wat' overview."""

    name: str
    kind: str  # "lid" (working group) or "partner"
    detail: str  # the member's working-group role or the partner's kind
    roles: tuple[str, ...]
    member_id: int | None = None
    partner_id: int | None = None


def who_does_what(db: Database, school_id: int) -> list[PartyRoles]:
    """Every member and partner with their roles in the approach (parties × roles)."""
    fw = framework()
    with db.reading() as session:
        roles: dict[tuple[str, int], list[str]] = {}
        for row in session.scalars(select(PartyRole).where(PartyRole.school_id == school_id).order_by(PartyRole.id)):
            key = ("lid", row.member_id) if row.member_id is not None else ("partner", row.partner_id or 0)
            roles.setdefault(key, []).append(row.role)
        members = session.scalars(select(Member).where(Member.school_id == school_id).order_by(Member.position))
        partners = session.scalars(select(Partner).where(Partner.school_id == school_id).order_by(Partner.position))
        result = [PartyRoles(m.name, "lid", fw.name_of("working_group_roles", m.role), tuple(roles.get(("lid", m.id),
                                                                                                      ())),
                             member_id=m.id) for m in members]
        result += [PartyRoles(p.organisation, "partner", fw.name_of("partner_kinds", p.kind),
                              tuple(roles.get(("partner", p.id), ())), partner_id=p.id) for p in partners]
        return result


def roles_in_use(parties: list[PartyRoles]) -> list[str]:
    """The columns of the overview: the guidance's roles in their order, then the group's own roles."""
    order = [item.id for item in framework().approach_roles]
    used = {role for party in parties for role in party.roles}
    return [role for role in order if role in used] + sorted(used - set(order))


# --- kinds of organisation and keten members ------------------------------------------------------------------


def check_kind(kind: Any) -> str:
    """School, kinderopvang or keten (also used when a school is made and by the plan-file importer)."""
    if kind not in KINDS:
        raise ValidationError(_("Kies school, kinderopvang of keten."), field="kind")
    return str(kind)


def set_kind(db: Database, school_id: int, kind: str) -> str:
    """School, kinderopvang or keten; returns the old kind."""
    check_kind(kind)
    with db.unit_of_work() as session:
        school = session.get(School, school_id)
        if school is None:
            raise NotFoundError(_("Deze school bestaat niet (meer)."))
        old = school.kind or "school"
        school.kind = kind
        return old


def add_keten_member(db: Database, keten_id: int, member_school_id: int) -> None:
    """A school or kinderopvang joins a keten (both in this database)."""
    with db.unit_of_work() as session:
        keten, member = session.get(School, keten_id), session.get(School, member_school_id)
        if keten is None or member is None:
            raise NotFoundError(_("Deze organisatie bestaat niet (meer)."))
        if keten.kind != "keten":
            raise UserError(_("Alleen een keten heeft deelnemers."))
        if member.kind == "keten" or member.id == keten.id:
            raise UserError(_("Een keten kan geen deelnemer van een keten zijn."))
        exists = session.scalar(select(KetenMember.id).where(KetenMember.keten_id == keten_id,
                                                             KetenMember.member_id == member_school_id))
        if exists is None:
            session.add(KetenMember(keten_id=keten_id, member_id=member_school_id))


def keten_members(db: Database, keten_id: int) -> list[tuple[int, str, str]]:
    """(id, name, kind) of the organisations in a keten."""
    with db.reading() as session:
        rows = session.execute(select(School.id, School.name, School.kind).join(
            KetenMember, KetenMember.member_id == School.id).where(KetenMember.keten_id == keten_id)
            .order_by(School.name))
        return [(int(r[0]), str(r[1]), str(r[2] or "school")) for r in rows]
