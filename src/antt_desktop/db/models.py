"""The tables of the foundation: installation identity, units, residential areas, users, audit log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SortKey, SyncedRecord, UTCDateTime, utcnow


class Installation(Base):
    """This PC's identity: one row, made at init. ``clock`` feeds the record versions."""

    __tablename__ = "installation"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    level: Mapped[str] = mapped_column(String(16))
    unit_code: Mapped[str] = mapped_column(String(16), ForeignKey("units.code"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    clock: Mapped[int] = mapped_column(BigInteger, default=0)
    app_version: Mapped[str] = mapped_column(String(32))


class Unit(Base):
    """An administrative or movement unit: the own unit, its parents and (later) its subordinates."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    parent_code: Mapped[str | None] = mapped_column(String(16), ForeignKey("units.code"))
    official: Mapped[bool] = mapped_column(Boolean, default=True)


class ResidentialArea(SyncedRecord, Base):
    """Khu dân cư: thôn, tổ dân phố, ấp, bản … with its population and key-area flags."""

    __tablename__ = "residential_areas"

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(40))
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    households: Mapped[int | None] = mapped_column(Integer)
    key_ethnic: Mapped[bool] = mapped_column(Boolean, default=False)
    key_religion: Mapped[bool] = mapped_column(Boolean, default=False)
    key_drugs: Mapped[bool] = mapped_column(Boolean, default=False)
    key_crime: Mapped[bool] = mapped_column(Boolean, default=False)
    key_traffic: Mapped[bool] = mapped_column(Boolean, default=False)
    key_environment: Mapped[bool] = mapped_column(Boolean, default=False)
    key_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class User(Base):
    """A person who signs in on this installation. Users are local: they never travel in packages."""

    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """Append-only trail; each entry hashes the previous one, so an edited or removed entry shows."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
