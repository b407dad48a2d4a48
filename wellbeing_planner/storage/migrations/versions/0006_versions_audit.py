"""Many users on one database: a version on every edited row, and the history of who changed what.

Adds ``version`` (starting at 1 for every existing row) to every table whose rows users edit, so an edit made
on an outdated row is refused instead of silently overwriting someone else's work, and the ``audit_entry``
table: one row per added, changed or deleted record with the user and the time.  Runs on SQLite and
PostgreSQL alike; existing data is kept as it is.

Revision ID: 0006_versions_audit
Revises: 0005_roadmap
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_versions_audit"
down_revision = "0005_roadmap"
branch_labels = None
depends_on = None

VERSIONED = ("activity", "advice_moment", "evaluation", "goal", "indicator", "inventory_item", "keten_member",
             "local_intervention", "member", "obligation_check", "partner", "party_role", "plan", "roadmap",
             "roadmap_goal", "roadmap_target", "scan_score", "school", "stakeholder_input", "work_step")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=120), nullable=False),
        sa.Column("client", sa.String(length=40), nullable=True),
        sa.Column("school_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_school_id"), ["school_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_school_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_plan_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
    op.drop_table("audit_entry")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
