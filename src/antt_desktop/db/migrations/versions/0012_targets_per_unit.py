"""A target an upper level sets for one unit below (empty: for every unit below, as before).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("targets") as batch:
        batch.add_column(sa.Column("for_unit", sa.String(16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("targets") as batch:
        batch.drop_column("for_unit")
