"""Sync state: local keys, peer keys, packages sent and received, conflicts.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_keys",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("signing_private", sa.LargeBinary, nullable=False),
        sa.Column("encryption_private", sa.LargeBinary, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_local_keys"),
    )
    op.create_table(
        "peer_keys",
        sa.Column("unit_code", sa.String(16), nullable=False),
        sa.Column("unit_name", sa.String(200), nullable=False),
        sa.Column("signing_public", sa.LargeBinary),
        sa.Column("encryption_public", sa.LargeBinary),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("pinned_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("unit_code", name="pk_peer_keys"),
    )
    op.create_table(
        "sent_packages",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("recipient", sa.String(16), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("file_hash", sa.String(64), nullable=False),
        sa.Column("max_version", sa.BigInteger, nullable=False),
        sa.Column("full", sa.Boolean, nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("acknowledged_at", UTCDateTime),
        sa.PrimaryKeyConstraint("id", name="pk_sent_packages"),
    )
    op.create_index("ix_sent_packages_recipient", "sent_packages", ["recipient"])
    op.create_table(
        "received_packages",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("sender_installation", sa.Uuid, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("file_hash", sa.String(64), nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("received_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_received_packages"),
        sa.UniqueConstraint("file_hash", name="uq_received_packages_file_hash"),
    )
    op.create_index("ix_received_packages_sender", "received_packages", ["sender"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(40), nullable=False),
        sa.Column("losing_row", sa.Text, nullable=False),
        sa.Column("winning_version", sa.BigInteger, nullable=False),
        sa.Column("detected_at", UTCDateTime, nullable=False),
        sa.Column("resolved", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
    )


def downgrade() -> None:
    for table in ("sync_conflicts", "received_packages", "sent_packages", "peer_keys", "local_keys"):
        op.drop_table(table)
