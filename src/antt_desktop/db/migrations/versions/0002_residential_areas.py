"""Residential areas with population, households and key-area flags.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import SortKey
from antt_desktop.db.migrations.columns import synced_columns

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FLAGS = ("key_ethnic", "key_religion", "key_drugs", "key_crime", "key_traffic", "key_environment")


def upgrade() -> None:
    op.create_table(
        "residential_areas",
        *synced_columns(),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("search_key", sa.String(400), nullable=False),
        sa.Column("sort_key", SortKey, nullable=False),
        sa.Column("population", sa.Integer),
        sa.Column("households", sa.Integer),
        *(sa.Column(flag, sa.Boolean, nullable=False) for flag in FLAGS),
        sa.Column("key_notes", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_residential_areas"),
    )
    for column in ("owner_unit", "search_key", "sort_key"):
        op.create_index(f"ix_residential_areas_{column}", "residential_areas", [column])


def downgrade() -> None:
    op.drop_table("residential_areas")
