"""Directives and catalog updates sent down by an upper level.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directives", *synced_columns(),
        sa.Column("number", sa.String(60), nullable=False),
        sa.Column("issued_date", sa.Date, nullable=False),
        sa.Column("issuer", sa.String(200), nullable=False),
        sa.Column("title", sa.String(400), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_directives"),
    )
    create_indexes("directives")
    op.create_table(
        "catalog_updates", *synced_columns(),
        sa.Column("catalog", sa.String(40), nullable=False),
        sa.Column("catalog_version", sa.String(40), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_catalog_updates"),
    )
    create_indexes("catalog_updates", "catalog")


def downgrade() -> None:
    op.drop_table("catalog_updates")
    op.drop_table("directives")
