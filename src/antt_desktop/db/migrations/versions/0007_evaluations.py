"""Evaluations (recognition and classification), the yearly timeline, commendations.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluations", *synced_columns(),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("unit_type", sa.String(16), nullable=False),
        sa.Column("area_id", sa.Uuid),
        sa.Column("subject_name", sa.String(200), nullable=False),
        sa.Column("catalog_version", sa.String(40), nullable=False),
        sa.Column("results", sa.JSON, nullable=False),
        sa.Column("decision_number", sa.String(60), nullable=False),
        sa.Column("decision_date", sa.Date),
        sa.Column("decision_level", sa.String(80), nullable=False),
        sa.Column("override_level", sa.String(24), nullable=False),
        sa.Column("override_reason", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evaluations"),
    )
    create_indexes("evaluations", "year", "area_id")
    op.create_table(
        "evaluation_steps", *synced_columns(),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("step", sa.String(40), nullable=False),
        sa.Column("done_date", sa.Date, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evaluation_steps"),
    )
    create_indexes("evaluation_steps", "year")
    op.create_table(
        "commendations", *synced_columns(),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("collective", sa.Boolean, nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("member_id", sa.Uuid),
        sa.Column("evaluation_id", sa.Uuid),
        sa.Column("form", sa.String(60), nullable=False),
        sa.Column("issuer", sa.String(200), nullable=False),
        sa.Column("decision_number", sa.String(60), nullable=False),
        sa.Column("decision_date", sa.Date, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_commendations"),
    )
    create_indexes("commendations", "year")


def downgrade() -> None:
    for table in ("commendations", "evaluation_steps", "evaluations"):
        op.drop_table(table)
