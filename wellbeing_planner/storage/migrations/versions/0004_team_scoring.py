"""Team scoring: the spread of a team round (hands per level 0-3) kept with the consensus score.

Revision ID: 0004_team_scoring
Revises: 0003_plan_adoption
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_team_scoring"
down_revision = "0003_plan_adoption"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("scan_score", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team_counts", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("scan_score", schema=None) as batch_op:
        batch_op.drop_column("team_counts")
