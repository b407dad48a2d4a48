"""Meerjarenplan, keten and the whole prevention pyramid.

Adds the roadmap (with long-term goals, a target per school year, the working group's steps and the advice
moments), the kind of organisation (school, kinderopvang, keten) with keten members, roles per party, and
prevention layers and settings on goals, activities and inventory items.

Existing data is carried forward: each school gets one roadmap over the school years of its plans; every
existing top-level goal becomes a one-year roadmap goal (its target kept for that year) to which the goal and
its sub-goals link; an existing prevention layer becomes the goal's only layer.

Revision ID: 0005_roadmap
Revises: 0004_team_scoring
Create Date: 2026-11-30
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0005_roadmap"
down_revision = "0004_team_scoring"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("created_at", sa.DateTime(), nullable=False), sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "keten_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keten_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["keten_id"], ["school.id"], name=op.f("fk_keten_member_keten_id_school"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["school.id"], name=op.f("fk_keten_member_member_id_school"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keten_member")),
        sa.UniqueConstraint("keten_id", "member_id", name=op.f("uq_keten_member_keten_id")),
    )
    with op.batch_alter_table("keten_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_keten_member_keten_id"), ["keten_id"], unique=False)

    op.create_table(
        "roadmap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("ambition", sa.Text(), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("definition", sa.Text(), nullable=True),
        sa.Column("basic_skills", sa.Text(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"], name=op.f("fk_roadmap_school_id_school"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap")),
    )
    with op.batch_alter_table("roadmap", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_school_id"), ["school_id"], unique=False)

    op.create_table(
        "advice_moment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("roadmap_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["roadmap_id"], ["roadmap.id"], name=op.f("fk_advice_moment_roadmap_id_roadmap"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice_moment")),
    )
    with op.batch_alter_table("advice_moment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advice_moment_roadmap_id"), ["roadmap_id"], unique=False)

    op.create_table(
        "party_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=80), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_party_role_member_id_member"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], name=op.f("fk_party_role_partner_id_partner"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"], name=op.f("fk_party_role_school_id_school"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_role")),
    )
    with op.batch_alter_table("party_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_role_school_id"), ["school_id"], unique=False)

    op.create_table(
        "roadmap_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("roadmap_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("pillars", sa.Text(), nullable=False),
        sa.Column("layers", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["roadmap_id"], ["roadmap.id"], name=op.f("fk_roadmap_goal_roadmap_id_roadmap"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_goal")),
    )
    with op.batch_alter_table("roadmap_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_goal_roadmap_id"), ["roadmap_id"], unique=False)

    op.create_table(
        "work_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("roadmap_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=500), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["roadmap_id"], ["roadmap.id"], name=op.f("fk_work_step_roadmap_id_roadmap"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_step")),
    )
    with op.batch_alter_table("work_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_step_roadmap_id"), ["roadmap_id"], unique=False)

    op.create_table(
        "roadmap_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("roadmap_goal_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["roadmap_goal_id"], ["roadmap_goal.id"], name=op.f("fk_roadmap_target_roadmap_goal_id_roadmap_goal"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_target")),
        sa.UniqueConstraint("roadmap_goal_id", "school_year", name=op.f("uq_roadmap_target_roadmap_goal_id")),
    )
    with op.batch_alter_table("roadmap_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_target_roadmap_goal_id"), ["roadmap_goal_id"], unique=False)

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("layers", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("setting", sa.String(length=40), nullable=True))

    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("layers", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("roadmap_goal_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_goal_roadmap_goal_id"), ["roadmap_goal_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_goal_roadmap_goal_id_roadmap_goal"), "roadmap_goal", ["roadmap_goal_id"], ["id"], ondelete="SET NULL")

    with op.batch_alter_table("inventory_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("layers", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("setting", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("partner_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_inventory_item_partner_id_partner"), "partner", ["partner_id"], ["id"], ondelete="SET NULL")

    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("roadmap_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_plan_roadmap_id"), ["roadmap_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_plan_roadmap_id_roadmap"), "roadmap", ["roadmap_id"], ["id"], ondelete="SET NULL")

    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), server_default="school", nullable=False))

    _carry_forward()


def _carry_forward() -> None:
    """One roadmap per school over its plans' years; each top-level goal a one-year roadmap goal."""
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    schools = bind.execute(sa.text("SELECT s.id, s.name, min(p.school_year), max(p.school_year) FROM school s "
                                   "JOIN plan p ON p.school_id = s.id GROUP BY s.id, s.name")).all()
    for school_id, name, first, last in schools:
        roadmap_id = bind.execute(sa.text(
            "INSERT INTO roadmap (school_id, title, first_year, last_year, basic_skills, created_at, updated_at) "
            "VALUES (:school, :title, :first, :last, '[]', :now, :now) RETURNING id"),
            {"school": school_id, "title": f"Meerjarenplan {name}"[:200], "first": first, "last": last,
             "now": now}).scalar_one()
        bind.execute(sa.text("UPDATE plan SET roadmap_id = :roadmap WHERE school_id = :school"),
                     {"roadmap": roadmap_id, "school": school_id})
        goals = bind.execute(sa.text(
            "SELECT g.id, g.title, g.description, g.pillars, g.prevention_layer, g.target, g.position, p.school_year "
            "FROM goal g JOIN plan p ON p.id = g.plan_id WHERE p.school_id = :school AND g.parent_id IS NULL "
            "ORDER BY p.school_year, g.position, g.id"), {"school": school_id}).all()
        for position, (goal_id, title, description, pillars, layer, target, _pos, year) in enumerate(goals):
            layers = json.dumps([layer] if layer else [])
            roadmap_goal_id = bind.execute(sa.text(
                "INSERT INTO roadmap_goal (roadmap_id, title, description, pillars, layers, position, created_at, "
                "updated_at) VALUES (:roadmap, :title, :description, :pillars, :layers, :position, :now, :now) "
                "RETURNING id"),
                {"roadmap": roadmap_id, "title": title, "description": description, "pillars": pillars or "[]",
                 "layers": layers, "position": position, "now": now}).scalar_one()
            if target:
                bind.execute(sa.text(
                    "INSERT INTO roadmap_target (roadmap_goal_id, school_year, target, created_at, updated_at) "
                    "VALUES (:goal, :year, :target, :now, :now)"),
                    {"goal": roadmap_goal_id, "year": year, "target": target[:300], "now": now})
            bind.execute(sa.text("UPDATE goal SET roadmap_goal_id = :rg WHERE id = :goal OR parent_id = :goal"),
                         {"rg": roadmap_goal_id, "goal": goal_id})
    bind.execute(sa.text("UPDATE goal SET layers = '[\"' || prevention_layer || '\"]' "
                         "WHERE prevention_layer IS NOT NULL AND prevention_layer != ''"))


def downgrade() -> None:
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_plan_roadmap_id_roadmap"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_plan_roadmap_id"))
        batch_op.drop_column("roadmap_id")
    with op.batch_alter_table("inventory_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_inventory_item_partner_id_partner"), type_="foreignkey")
        batch_op.drop_column("partner_id")
        batch_op.drop_column("setting")
        batch_op.drop_column("layers")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_goal_roadmap_goal_id_roadmap_goal"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_goal_roadmap_goal_id"))
        batch_op.drop_column("roadmap_goal_id")
        batch_op.drop_column("layers")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("setting")
        batch_op.drop_column("layers")
    for table in ("roadmap_target", "work_step", "roadmap_goal", "party_role", "advice_moment", "roadmap",
                  "keten_member"):
        op.drop_table(table)
