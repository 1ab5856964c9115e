"""What PostgreSQL holds to where SQLite is lenient.

Foreign keys may be checked at commit, as ``PRAGMA defer_foreign_keys`` does on SQLite: a package or a
workbook may hold a record before the one it refers to. A sender's pinned key is named by its unit and
installation ("02269/<uuid>"), longer than the 16 characters first declared, which SQLite never enforced.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("peer_keys") as batch:
        batch.alter_column("unit_code", type_=sa.String(64), existing_type=sa.String(16), existing_nullable=False)
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite defers them per transaction with a pragma
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            op.execute(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{key["name"]}" DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    with op.batch_alter_table("peer_keys") as batch:
        batch.alter_column("unit_code", type_=sa.String(16), existing_type=sa.String(64), existing_nullable=False)
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            op.execute(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{key["name"]}" NOT DEFERRABLE')
