"""Self-management models, their activities and reviews; attachments get a slot (hồ sơ checklist item).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import SortKey
from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "security_models",
        *synced_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("search_key", sa.String(400), nullable=False),
        sa.Column("sort_key", SortKey, nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("scope_kind", sa.String(16), nullable=False),
        sa.Column("area_ids", sa.JSON, nullable=False),
        sa.Column("scope_name", sa.String(200), nullable=False),
        sa.Column("decision_number", sa.String(60), nullable=False),
        sa.Column("decision_date", sa.Date),
        sa.Column("decision_issuer", sa.String(160), nullable=False),
        sa.Column("lead_org", sa.String(160), nullable=False),
        sa.Column("head_name", sa.String(120), nullable=False),
        sa.Column("head_member_id", sa.Uuid),
        sa.Column("core_members", sa.JSON, nullable=False),
        sa.Column("regulation", sa.Text, nullable=False),
        sa.Column("typical", sa.Boolean, nullable=False),
        sa.Column("typical_level", sa.String(40), nullable=False),
        sa.Column("typical_decision", sa.String(160), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_security_models"),
    )
    create_indexes("security_models", "search_key", "sort_key", "field", "status")
    op.create_table(
        "model_activities",
        *synced_columns(),
        sa.Column("model_id", sa.Uuid, sa.ForeignKey("security_models.id",
                                                      name="fk_model_activities_model_id_security_models"),
                  nullable=False),
        sa.Column("activity_date", sa.Date, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("participants", sa.Integer),
        sa.Column("result", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_model_activities"),
    )
    create_indexes("model_activities", "model_id")
    op.create_table(
        "model_reviews",
        *synced_columns(),
        sa.Column("model_id", sa.Uuid, sa.ForeignKey("security_models.id",
                                                      name="fk_model_reviews_model_id_security_models"),
                  nullable=False),
        sa.Column("review_date", sa.Date, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("rating", sa.String(24), nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("reviewer", sa.String(160), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_model_reviews"),
    )
    create_indexes("model_reviews", "model_id", "year")
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(sa.Column("slot", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("slot")
    for table in ("model_reviews", "model_activities", "security_models"):
        op.drop_table(table)
