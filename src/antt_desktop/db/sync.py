"""Sync state of this installation: its keys, the keys of its peers, packages sent and received, conflicts.

None of these travel in packages.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, UTCDateTime, utcnow


class LocalKeys(Base):
    """The installation's Ed25519 signing key and X25519 encryption key (raw private bytes)."""

    __tablename__ = "local_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signing_private: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_private: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PeerKey(Base):
    """The key a unit's packages are encrypted for: its first registered key file (replaced only by an admin)."""

    __tablename__ = "peer_keys"

    unit_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    signing_public: Mapped[bytes | None] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes | None] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(16))  # key-file
    pinned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RegisteredKey(Base):
    """A signing key registered here for a unit (from its key file, fingerprint compared by phone): only packages
    signed by an active one speak for that unit. One row per computer of the unit; a retired row is history."""

    __tablename__ = "registered_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_code: Mapped[str] = mapped_column(String(16), index=True)
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(40))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(64), default="")
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_by: Mapped[str] = mapped_column(String(64), default="")
    retired_why: Mapped[str] = mapped_column(String(200), default="")  # replaced, forgotten


class HeldPackage(Base):
    """A package signed by a key not registered for its sender: kept, not merged, until an administrator
    registers the key (after comparing fingerprints) or rejects it. The file is kept in the data folder."""

    __tablename__ = "held_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_hash: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    sender: Mapped[str] = mapped_column(String(16))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    records: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: records per table, as the summary says
    held_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SentPackage(Base):
    """Packages made here; numbered per recipient, so each recipient can tell which of its packages are missing."""

    __tablename__ = "sent_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recipient: Mapped[str] = mapped_column(String(16), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    file_hash: Mapped[str] = mapped_column(String(64))
    max_version: Mapped[int] = mapped_column(BigInteger)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    records: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # At an intermediate unit: the last forward_queue entry whose record this package (or an earlier one) carried.
    forwarded_upto: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ForwardQueue(Base):
    """At an intermediate unit: each record a package from below wrote, in arrival order, to forward upwards."""

    __tablename__ = "forward_queue"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class ReceivedPackage(Base):
    __tablename__ = "received_packages"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    sender: Mapped[str] = mapped_column(String(16), index=True)
    sender_installation: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(Integer)
    file_hash: Mapped[str] = mapped_column(String(64), unique=True)
    records: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # the end of the sender's audit trail when it wrote the package (older packages carry none)
    audit_count: Mapped[int | None] = mapped_column(Integer)
    audit_hash: Mapped[str | None] = mapped_column(String(64))


class Conflict(Base):
    """A concurrent edit that lost (last writer wins); kept so an admin can review and bring it back."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(40))
    losing_row: Mapped[str] = mapped_column(Text)  # JSON of the version that was overwritten or refused
    winning_version: Mapped[int] = mapped_column(BigInteger)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
