"""Assess details: school logo, obligation checklist, priority and not-applicable reason in the zelfscan.

Revision ID: 0002_assess_details
Revises: 0001_first_schema
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_assess_details"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "obligation_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("obligation_id", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_obligation_check_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation_check")),
        sa.UniqueConstraint("plan_id", "obligation_id", name=op.f("uq_obligation_check_plan_id")),
    )
    with op.batch_alter_table("obligation_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligation_check_plan_id"), ["plan_id"], unique=False)

    with op.batch_alter_table("scan_score", schema=None) as batch_op:
        batch_op.add_column(sa.Column("na_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("priority", sa.String(length=10), nullable=True))

    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("logo_mime", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.drop_column("logo_mime")
        batch_op.drop_column("logo")

    with op.batch_alter_table("scan_score", schema=None) as batch_op:
        batch_op.drop_column("priority")
        batch_op.drop_column("na_reason")

    with op.batch_alter_table("obligation_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_check_plan_id"))

    op.drop_table("obligation_check")
