"""Grassroots forces: teams with quotas, members, member events, attachments.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import SortKey
from antt_desktop.db.migrations.columns import create_indexes, synced_columns

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "force_teams",
        *synced_columns(),
        sa.Column("name", sa.String(160), nullable=False),
        sa.Column("force_type", sa.String(40), nullable=False),
        sa.Column("area_id", sa.Uuid, sa.ForeignKey("residential_areas.id",
                                                     name="fk_force_teams_area_id_residential_areas")),
        sa.Column("quotas", sa.JSON, nullable=False),
        sa.Column("search_key", sa.String(400), nullable=False),
        sa.Column("sort_key", SortKey, nullable=False),
        sa.Column("decision_number", sa.String(60), nullable=False),
        sa.Column("decision_date", sa.Date),
        sa.Column("decision_issuer", sa.String(160), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_force_teams"),
    )
    create_indexes("force_teams", "search_key", "sort_key")
    op.create_table(
        "force_members",
        *synced_columns(),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("search_key", sa.String(400), nullable=False),
        sa.Column("sort_key", SortKey, nullable=False),
        sa.Column("gender", sa.String(8), nullable=False),
        sa.Column("birth_date", sa.Date, nullable=False),
        sa.Column("cccd", sa.String(12), nullable=False),
        sa.Column("phone", sa.String(16), nullable=False),
        sa.Column("residence", sa.String(200), nullable=False),
        sa.Column("ethnicity", sa.String(40), nullable=False),
        sa.Column("religion", sa.String(60), nullable=False),
        sa.Column("education", sa.String(60), nullable=False),
        sa.Column("party_member", sa.Boolean, nullable=False),
        sa.Column("team_id", sa.Uuid, sa.ForeignKey("force_teams.id", name="fk_force_members_team_id_force_teams"),
                  nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("end_date", sa.Date),
        sa.Column("end_reason", sa.String(120), nullable=False),
        sa.Column("appointment_number", sa.String(60), nullable=False),
        sa.Column("appointment_date", sa.Date),
        sa.Column("appointment_issuer", sa.String(160), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_force_members"),
    )
    create_indexes("force_members", "search_key", "sort_key", "cccd", "team_id", "role", "status")
    op.create_table(
        "member_events",
        *synced_columns(),
        sa.Column("member_id", sa.Uuid, sa.ForeignKey("force_members.id",
                                                       name="fk_member_events_member_id_force_members"),
                  nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("category", sa.String(80), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("decision_number", sa.String(60), nullable=False),
        sa.Column("issuer", sa.String(160), nullable=False),
        sa.Column("support_proposed", sa.Text, nullable=False),
        sa.Column("amount", sa.BigInteger),
        sa.Column("support_given", sa.Text, nullable=False),
        sa.Column("support_date", sa.Date),
        sa.Column("support_by", sa.String(160), nullable=False),
        sa.Column("from_value", sa.String(200), nullable=False),
        sa.Column("to_value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_member_events"),
    )
    create_indexes("member_events", "member_id", "kind")
    op.create_table(
        "attachments",
        *synced_columns(),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Uuid, nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
    )
    create_indexes("attachments", "record_id", "sha256")


def downgrade() -> None:
    for table in ("attachments", "member_events", "force_members", "force_teams"):
        op.drop_table(table)
