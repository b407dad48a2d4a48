"""SQLAlchemy 2 typed models for everything a plan holds.

The UI never sees these objects: ``core`` reads them inside a unit of work and
hands plain dataclasses onwards.  Every change here ships an Alembic migration.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from wellbeing_planner.storage.types import Hundredths, JSONList

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {Decimal: Hundredths()}


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    #: Raised by every change (optimistic concurrency): an edit made on an older version is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class School(Timestamped, Base):
    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    brin: Mapped[str | None] = mapped_column(String(8))
    school_type: Mapped[str] = mapped_column(String(8), default="PO")
    #: school, kinderopvang or keten (a municipal partnership of several schools, kinderopvang and partners)
    kind: Mapped[str] = mapped_column(String(20), default="school", server_default="school")
    grade_min: Mapped[int | None] = mapped_column(Integer)
    grade_max: Mapped[int | None] = mapped_column(Integer)
    pupils: Mapped[int | None] = mapped_column(Integer)
    gemeente: Mapped[str | None] = mapped_column(String(120))
    ggd_region: Mapped[str | None] = mapped_column(String(120))
    #: Loaded only when asked for: lists of schools and plans should not carry every logo along.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_mime: Mapped[str | None] = mapped_column(String(40))

    plans: Mapped[list[Plan]] = relationship(back_populates="school", cascade="all, delete-orphan",
                                             order_by="Plan.school_year")
    members: Mapped[list[Member]] = relationship(back_populates="school", cascade="all, delete-orphan",
                                                 order_by="Member.position")
    partners: Mapped[list[Partner]] = relationship(back_populates="school", cascade="all, delete-orphan",
                                                   order_by="Partner.position")


class Member(Timestamped, Base):
    """A member of the school's wellbeing working group (staff or partner names only)."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    school: Mapped[School] = relationship(back_populates="members")


class Partner(Timestamped, Base):
    """An organisation around the school: JGZ, wijkteam, samenwerkingsverband, ..."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    organisation: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    contribution: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    school: Mapped[School] = relationship(back_populates="partners")


class Plan(Timestamped, Base):
    """The wellbeing plan of one school for one school year."""

    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("school_id", "school_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    school_year: Mapped[int] = mapped_column(Integer)  # the calendar year in which it starts: 2026 = 2026-2027
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="concept")
    vision: Mapped[str | None] = mapped_column(Text)
    budget_total: Mapped[Decimal | None] = mapped_column(Hundredths)
    year_evaluation: Mapped[str | None] = mapped_column(Text)
    baseline_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    # Adoption (Vaststelling): names and dates of the director and of the MR's representative.
    director_name: Mapped[str | None] = mapped_column(String(200))
    director_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    mr_name: Mapped[str | None] = mapped_column(String(200))
    mr_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The meerjarenplan this school year's plan belongs to (its goals link to the roadmap's goals).
    roadmap_id: Mapped[int | None] = mapped_column(ForeignKey("roadmap.id", ondelete="SET NULL"), index=True)

    school: Mapped[School] = relationship(back_populates="plans")
    indicators: Mapped[list[Indicator]] = relationship(cascade="all, delete-orphan", order_by="Indicator.position")
    inventory: Mapped[list[InventoryItem]] = relationship(cascade="all, delete-orphan",
                                                          order_by="InventoryItem.position")
    stakeholder_inputs: Mapped[list[StakeholderInput]] = relationship(cascade="all, delete-orphan",
                                                                      order_by="StakeholderInput.position")
    obligation_checks: Mapped[list[ObligationCheck]] = relationship(cascade="all, delete-orphan")
    scan_scores: Mapped[list[ScanScore]] = relationship(cascade="all, delete-orphan")
    goals: Mapped[list[Goal]] = relationship(cascade="all, delete-orphan", order_by="Goal.position")
    activities: Mapped[list[Activity]] = relationship(cascade="all, delete-orphan", order_by="Activity.position")
    evaluations: Mapped[list[Evaluation]] = relationship(cascade="all, delete-orphan", order_by="Evaluation.date")


class Indicator(Timestamped, Base):
    """A local figure in the startfoto (aggregates only, never pupil-level data)."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[str | None] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal | None] = mapped_column(Hundredths)
    unit: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str | None] = mapped_column(String(200))
    year: Mapped[int | None] = mapped_column(Integer)
    comparison_value: Mapped[Decimal | None] = mapped_column(Hundredths)
    comparison_label: Mapped[str | None] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)


class InventoryItem(Timestamped, Base):
    """Something the school already does: a catalogue intervention or an own activity."""

    __tablename__ = "inventory_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    intervention_id: Mapped[str | None] = mapped_column(String(80))  # bundled catalogue id
    local_intervention_id: Mapped[int | None] = mapped_column(
        ForeignKey("local_intervention.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    since_year: Mapped[int | None] = mapped_column(Integer)
    grades: Mapped[str | None] = mapped_column(String(120))
    assessment: Mapped[str | None] = mapped_column(Text)  # how it is going
    layers: Mapped[list[str] | None] = mapped_column(JSONList, nullable=True)  # prevention layers it serves
    setting: Mapped[str | None] = mapped_column(String(40))  # onderwijs, kinderopvang, gemeente_jeugdhulp, ouders
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))  # whose offer
    position: Mapped[int] = mapped_column(Integer, default=0)


class StakeholderInput(Timestamped, Base):
    """What parents, pupils, the team or professionals said, and how it was gathered."""

    __tablename__ = "stakeholder_input"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    group: Mapped[str] = mapped_column(String(40))  # ouders, leerlingen, team, professionals
    method: Mapped[str | None] = mapped_column(String(200))
    conclusions: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ObligationCheck(Timestamped, Base):
    """Status of one item of the legal/obligation checklist for a plan."""

    __tablename__ = "obligation_check"
    __table_args__ = (UniqueConstraint("plan_id", "obligation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    obligation_id: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), default="onbekend")
    note: Mapped[str | None] = mapped_column(Text)


class ScanScore(Timestamped, Base):
    """The zelfscan score of one criterion in one plan; absent row or NULL score = not yet scored."""

    __tablename__ = "scan_score"
    __table_args__ = (UniqueConstraint("plan_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(60))
    score: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    na_reason: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str | None] = mapped_column(String(10))  # laag, midden, hoog
    #: A team round: how many participants chose level 0, 1, 2 and 3 (empty when scored alone).
    team_counts: Mapped[list[int] | None] = mapped_column(JSONList, nullable=True)


class Goal(Timestamped, Base):
    """A goal (or sub-goal, with ``parent_id``) of the plan."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    pillars: Mapped[list[str]] = mapped_column(JSONList, default=list)
    themes: Mapped[list[str]] = mapped_column(JSONList, default=list)
    prevention_layer: Mapped[str | None] = mapped_column(String(20))
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id", ondelete="SET NULL"))
    indicator_text: Mapped[str | None] = mapped_column(String(300))
    baseline: Mapped[str | None] = mapped_column(String(120))
    target: Mapped[str | None] = mapped_column(String(120))
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    importance: Mapped[int | None] = mapped_column(Integer)
    cost: Mapped[int | None] = mapped_column(Integer)
    time: Mapped[int | None] = mapped_column(Integer)
    commitment: Mapped[int | None] = mapped_column(Integer)
    feasibility: Mapped[int | None] = mapped_column(Integer)
    horizon: Mapped[str] = mapped_column(String(20), default="dit_schooljaar")  # dit_schooljaar | later
    measured_value: Mapped[str | None] = mapped_column(String(120))
    reached: Mapped[bool | None] = mapped_column(Boolean)
    attainment_note: Mapped[str | None] = mapped_column(Text)
    layers: Mapped[list[str] | None] = mapped_column(JSONList, nullable=True)  # one or more prevention layers
    roadmap_goal_id: Mapped[int | None] = mapped_column(ForeignKey("roadmap_goal.id", ondelete="SET NULL"),
                                                        index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Activity(Timestamped, Base):
    """An activity under a goal: who, when, hours, money, status."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    approach_role: Mapped[str | None] = mapped_column(String(20))
    partner_ids: Mapped[list[int]] = mapped_column(JSONList, default=list)
    start_month: Mapped[dt.date | None] = mapped_column(Date)  # first day of the month
    end_month: Mapped[dt.date | None] = mapped_column(Date)  # first day of the month
    hours: Mapped[Decimal | None] = mapped_column(Hundredths)
    budget: Mapped[Decimal | None] = mapped_column(Hundredths)
    funding_source: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="gepland")
    progress: Mapped[str | None] = mapped_column(String(20))  # op_koers, risico, vast, klaar
    reflection: Mapped[str | None] = mapped_column(Text)
    intervention_id: Mapped[str | None] = mapped_column(String(80))
    local_intervention_id: Mapped[int | None] = mapped_column(
        ForeignKey("local_intervention.id", ondelete="SET NULL"))
    layers: Mapped[list[str] | None] = mapped_column(JSONList, nullable=True)  # empty: the goal's layers
    setting: Mapped[str | None] = mapped_column(String(40))  # where the offer sits (Preventiematrix)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Evaluation(Timestamped, Base):
    """An evaluation or monitor moment in the school year."""

    __tablename__ = "evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="evaluatie")  # evaluatie | monitor
    title: Mapped[str] = mapped_column(String(200))
    focus: Mapped[str | None] = mapped_column(Text)  # what is looked at
    notes: Mapped[str | None] = mapped_column(Text)


class LocalIntervention(Timestamped, Base):
    """An intervention the school added itself; never mixed into the shipped catalogue files."""

    __tablename__ = "local_intervention"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30), default="interventie")
    school_types: Mapped[list[str]] = mapped_column(JSONList, default=list)
    grade_min: Mapped[int | None] = mapped_column(Integer)
    grade_max: Mapped[int | None] = mapped_column(Integer)
    pillars: Mapped[list[str]] = mapped_column(JSONList, default=list)
    themes: Mapped[list[str]] = mapped_column(JSONList, default=list)
    prevention_layers: Mapped[list[str]] = mapped_column(JSONList, default=list)
    scope: Mapped[list[str]] = mapped_column(JSONList, default=list)
    recognition_level: Mapped[str] = mapped_column(String(30), default="unknown")
    duration: Mapped[str | None] = mapped_column(Text)
    training: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[str]] = mapped_column(JSONList, default=list)
    notes: Mapped[str | None] = mapped_column(Text)


class Roadmap(Timestamped, Base):
    """A meerjarenplan over 2–5 school years: ambition, definition, basic skills and long-term goals."""

    __tablename__ = "roadmap"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    first_year: Mapped[int] = mapped_column(Integer)  # school years as their start year: 2022 = 2022-2023
    last_year: Mapped[int] = mapped_column(Integer)
    ambition: Mapped[str | None] = mapped_column(Text)
    why: Mapped[str | None] = mapped_column(Text)  # why it matters
    definition: Mapped[str | None] = mapped_column(Text)  # the agreed definition (e.g. mentale weerbaarheid)
    basic_skills: Mapped[list[str]] = mapped_column(JSONList, default=list)
    conclusions: Mapped[str | None] = mapped_column(Text)  # what the working group concluded from the input

    goals: Mapped[list[RoadmapGoal]] = relationship(cascade="all, delete-orphan", order_by="RoadmapGoal.position")
    steps: Mapped[list[WorkStep]] = relationship(cascade="all, delete-orphan", order_by="WorkStep.position")
    advice_moments: Mapped[list[AdviceMoment]] = relationship(cascade="all, delete-orphan",
                                                              order_by="AdviceMoment.position")


class RoadmapGoal(Timestamped, Base):
    """A long-term goal: one goal across the years, with a target per school year."""

    __tablename__ = "roadmap_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    roadmap_id: Mapped[int] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    pillars: Mapped[list[str]] = mapped_column(JSONList, default=list)
    layers: Mapped[list[str]] = mapped_column(JSONList, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)

    targets: Mapped[list[RoadmapTarget]] = relationship(cascade="all, delete-orphan",
                                                        order_by="RoadmapTarget.school_year")


class RoadmapTarget(Timestamped, Base):
    """What a long-term goal aims for in one school year."""

    __tablename__ = "roadmap_target"
    __table_args__ = (UniqueConstraint("roadmap_goal_id", "school_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    roadmap_goal_id: Mapped[int] = mapped_column(ForeignKey("roadmap_goal.id", ondelete="CASCADE"), index=True)
    school_year: Mapped[int] = mapped_column(Integer)
    target: Mapped[str] = mapped_column(String(300))


class WorkStep(Timestamped, Base):
    """A step the working group takes (with date, done or not, and what came out of it)."""

    __tablename__ = "work_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    roadmap_id: Mapped[int] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(500))  # a link or a file reference (e.g. an infographic)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AdviceMoment(Timestamped, Base):
    """Advice handed to a governing body (sturingsoverleg, stuurgroep jeugd, MR): who, when, outcome."""

    __tablename__ = "advice_moment"

    id: Mapped[int] = mapped_column(primary_key=True)
    roadmap_id: Mapped[int] = mapped_column(ForeignKey("roadmap.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PartyRole(Timestamped, Base):
    """A role a member or partner takes in the approach (regisseur, verbinder, ... or a free role)."""

    __tablename__ = "party_role"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(80))


class KetenMember(Timestamped, Base):
    """A school (or kinderopvang) that takes part in a keten."""

    __tablename__ = "keten_member"
    __table_args__ = (UniqueConstraint("keten_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    keten_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="CASCADE"))


class AuditEntry(Base):
    """Who changed what, and when: one row per added, changed or deleted record (the plan's history)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    user_name: Mapped[str] = mapped_column(String(120))  # the PostgreSQL role, or the computer's user name
    #: Which running app made the change (one random id per opening): windows refresh for everyone else's.
    client: Mapped[str | None] = mapped_column(String(40))
    #: No foreign keys: the history of a plan or school outlives the row it speaks of.
    school_id: Mapped[int | None] = mapped_column(Integer, index=True)
    plan_id: Mapped[int | None] = mapped_column(Integer, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # toegevoegd | gewijzigd | verwijderd
    fields: Mapped[list[str]] = mapped_column(JSONList, default=list)  # the columns that changed
    label: Mapped[str | None] = mapped_column(String(200))  # the title or name, to recognise the record by
