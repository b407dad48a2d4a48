"""Plan adoption: who adopts the plan and when (the director, and on behalf of the MR), for the Vaststelling page.

Revision ID: 0003_plan_adoption
Revises: 0002_assess_details
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_plan_adoption"
down_revision = "0002_assess_details"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("director_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("director_signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("mr_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("mr_signed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("mr_signed_on")
        batch_op.drop_column("mr_name")
        batch_op.drop_column("director_signed_on")
        batch_op.drop_column("director_name")
