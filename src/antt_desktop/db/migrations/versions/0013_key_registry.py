"""Trust is registered, never learned from a package: the signing keys registered per unit (with their history)
and the packages held until an administrator registers or rejects their key. Keys pinned from packages go;
key files an administrator imported become registered keys.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import hashlib

import sqlalchemy as sa
from alembic import op

from antt_desktop.db.base import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _fingerprint(signing: bytes, encryption: bytes) -> str:
    digest = hashlib.sha256(signing + encryption).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def upgrade() -> None:
    registered = op.create_table(
        "registered_keys",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("unit_code", sa.String(16), nullable=False),
        sa.Column("unit_name", sa.String(200), nullable=False),
        sa.Column("signing_public", sa.LargeBinary, nullable=False),
        sa.Column("encryption_public", sa.LargeBinary, nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("registered_at", UTCDateTime, nullable=False),
        sa.Column("registered_by", sa.String(64), nullable=False),
        sa.Column("retired_at", UTCDateTime, nullable=True),
        sa.Column("retired_by", sa.String(64), nullable=False),
        sa.Column("retired_why", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_registered_keys"),
    )
    op.create_index("ix_registered_keys_unit_code", "registered_keys", ["unit_code"])
    op.create_table(
        "held_packages",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("file_hash", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("sender_name", sa.String(200), nullable=False),
        sa.Column("signing_public", sa.LargeBinary, nullable=False),
        sa.Column("encryption_public", sa.LargeBinary, nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("counts", sa.Text, nullable=False),
        sa.Column("held_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_held_packages"),
        sa.UniqueConstraint("file_hash", name="uq_held_packages_file_hash"),
    )
    bind = op.get_bind()
    peers = sa.table("peer_keys", sa.column("unit_code", sa.String), sa.column("unit_name", sa.String),
                     sa.column("signing_public", sa.LargeBinary), sa.column("encryption_public", sa.LargeBinary),
                     sa.column("source", sa.String), sa.column("pinned_at", UTCDateTime))
    rows = bind.execute(sa.select(peers).where(peers.c.source == "key-file")).mappings().all()
    op.bulk_insert(registered, [
        {"unit_code": r["unit_code"], "unit_name": r["unit_name"] or "", "signing_public": r["signing_public"],
         "encryption_public": r["encryption_public"],
         "fingerprint": _fingerprint(r["signing_public"], r["encryption_public"]), "registered_at": r["pinned_at"],
         "registered_by": "", "retired_at": None, "retired_by": "", "retired_why": ""}
        for r in rows if r["signing_public"] and r["encryption_public"]])
    bind.execute(sa.delete(peers).where(peers.c.source != "key-file"))


def downgrade() -> None:
    op.drop_table("held_packages")
    op.drop_index("ix_registered_keys_unit_code", "registered_keys")
    op.drop_table("registered_keys")
