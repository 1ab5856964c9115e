"""An intermediate unit forwards its communes' records up: which records arrived, and how far each package
to a recipient has forwarded them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "forward_queue",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Uuid, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_forward_queue"),
    )
    with op.batch_alter_table("sent_packages") as batch:
        batch.add_column(sa.Column("forwarded_upto", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("sent_packages") as batch:
        batch.drop_column("forwarded_upto")
    op.drop_table("forward_queue")
