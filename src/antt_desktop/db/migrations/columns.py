"""Column sets shared by migration scripts. Frozen: a later change of the record columns gets a new helper."""

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import UTCDateTime


def synced_columns() -> list[sa.Column]:
    """The record columns of DESIGN §4 that every synchronised table starts with (as of revision 0002)."""
    return [
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("owner_unit", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("changed_by", sa.Uuid),
        sa.Column("deleted_at", UTCDateTime),
    ]


def create_indexes(table: str, *columns: str) -> None:
    """Indexes named as the models' naming convention names them; owner_unit is always indexed."""
    for column in ("owner_unit", *columns):
        op.create_index(f"ix_{table}_{column}", table, [column])
