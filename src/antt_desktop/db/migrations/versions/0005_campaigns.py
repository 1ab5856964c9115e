"""Custom campaigns, activities and prestigious people.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import SortKey
from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        *synced_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        *(sa.Column(name, sa.Integer, nullable=False)
          for name in ("month", "day", "start_month", "start_day", "end_month", "end_day")),
        sa.PrimaryKeyConstraint("id", name="pk_campaigns"),
    )
    create_indexes("campaigns")
    op.create_table(
        "activities",
        *synced_columns(),
        sa.Column("activity_type", sa.String(40), nullable=False),
        sa.Column("activity_date", sa.Date, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("search_key", sa.Text, nullable=False),
        sa.Column("area_id", sa.Uuid, sa.ForeignKey("residential_areas.id",
                                                     name="fk_activities_area_id_residential_areas")),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("campaign_code", sa.String(40), nullable=False),
        sa.Column("model_id", sa.Uuid, sa.ForeignKey("security_models.id",
                                                      name="fk_activities_model_id_security_models")),
        sa.Column("organisers", sa.String(300), nullable=False),
        sa.Column("participants", sa.Integer),
        sa.Column("audience", sa.Integer),
        sa.Column("channel", sa.String(80), nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("person_ids", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_activities"),
    )
    create_indexes("activities", "activity_type", "activity_date", "area_id", "campaign_code")
    op.create_table(
        "prestigious_persons",
        *synced_columns(),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("search_key", sa.String(400), nullable=False),
        sa.Column("sort_key", SortKey, nullable=False),
        sa.Column("category", sa.String(60), nullable=False),
        sa.Column("area_id", sa.Uuid, sa.ForeignKey("residential_areas.id",
                                                     name="fk_prestigious_persons_area_id_residential_areas")),
        sa.Column("title", sa.String(160), nullable=False),
        sa.Column("ethnicity", sa.String(40), nullable=False),
        sa.Column("religion", sa.String(60), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_prestigious_persons"),
    )
    create_indexes("prestigious_persons", "search_key", "sort_key")


def downgrade() -> None:
    for table in ("prestigious_persons", "activities", "campaigns"):
        op.drop_table(table)
