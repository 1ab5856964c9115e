"""The audit-trail anchor (entry count and last hash) each received package carries, kept per sender.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("received_packages") as batch:
        batch.add_column(sa.Column("audit_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("audit_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("received_packages") as batch:
        batch.drop_column("audit_hash")
        batch.drop_column("audit_count")
