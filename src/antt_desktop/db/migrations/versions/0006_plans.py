"""Plans with targets, inspections with remedies, typical-commune self-assessments.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fk(column: str, table: str, target: str) -> sa.Column:
    return sa.Column(column, sa.Uuid, sa.ForeignKey(f"{target}.id", name=f"fk_{table}_{column}_{target}"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "plans", *synced_columns(),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("number", sa.String(60), nullable=False),
        sa.Column("plan_date", sa.Date, nullable=False),
        sa.Column("issuer", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
    )
    create_indexes("plans", "year")
    op.create_table(
        "targets", *synced_columns(), _fk("plan_id", "targets", "plans"),
        sa.Column("indicator", sa.String(60), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("target_value", sa.Float, nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("manual_actual", sa.Float),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_targets"),
    )
    create_indexes("targets", "plan_id")
    op.create_table(
        "inspections", *synced_columns(),
        sa.Column("inspection_date", sa.Date, nullable=False),
        sa.Column("subject_kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.Uuid),
        sa.Column("subject_text", sa.String(300), nullable=False),
        sa.Column("inspector", sa.String(200), nullable=False),
        sa.Column("findings", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_inspections"),
    )
    create_indexes("inspections", "inspection_date")
    op.create_table(
        "remedies", *synced_columns(), _fk("inspection_id", "remedies", "inspections"),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("closed_date", sa.Date),
        sa.Column("follow_up", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_remedies"),
    )
    create_indexes("remedies", "inspection_id", "deadline")
    op.create_table(
        "criterion_assessments", *synced_columns(),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("criteria_set", sa.String(40), nullable=False),
        sa.Column("criterion", sa.String(40), nullable=False),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_criterion_assessments"),
    )
    create_indexes("criterion_assessments", "year")


def downgrade() -> None:
    for table in ("criterion_assessments", "remedies", "inspections", "targets", "plans"):
        op.drop_table(table)
