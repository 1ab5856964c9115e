"""Grassroots forces: teams with quotas, members, the dated events of a member, and attachments."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SortKey, SyncedRecord


class ForceTeam(SyncedRecord, Base):
    """A tổ / đội of one force type, usually covering one residential area; ``quotas`` maps role → number."""

    __tablename__ = "force_teams"

    name: Mapped[str] = mapped_column(String(160))
    force_type: Mapped[str] = mapped_column(String(40))
    area_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("residential_areas.id"))
    quotas: Mapped[dict] = mapped_column(JSON, default=dict)
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_issuer: Mapped[str] = mapped_column(String(160), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ForceMember(SyncedRecord, Base):
    """A member; ``team_id``/``role``/``status`` are the current values, their history is in member_events."""

    __tablename__ = "force_members"

    full_name: Mapped[str] = mapped_column(String(120))
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    gender: Mapped[str] = mapped_column(String(8))
    birth_date: Mapped[date] = mapped_column(Date)
    cccd: Mapped[str] = mapped_column(String(12), default="", index=True)
    phone: Mapped[str] = mapped_column(String(16), default="")
    residence: Mapped[str] = mapped_column(String(200), default="")
    ethnicity: Mapped[str] = mapped_column(String(40), default="")
    religion: Mapped[str] = mapped_column(String(60), default="")
    education: Mapped[str] = mapped_column(String(60), default="")
    party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    team_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("force_teams.id"), index=True)
    role: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(120), default="")
    appointment_number: Mapped[str] = mapped_column(String(60), default="")
    appointment_date: Mapped[date | None] = mapped_column(Date)
    appointment_issuer: Mapped[str] = mapped_column(String(160), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MemberEvent(SyncedRecord, Base):
    """A dated entry of a member: timeline (joined, role/team change, ended), training, commendation,
    discipline or welfare (illness, accident, injury, death on duty, with the support proposed and given)."""

    __tablename__ = "member_events"

    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("force_members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    event_date: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(80), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    issuer: Mapped[str] = mapped_column(String(160), default="")
    support_proposed: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[int | None] = mapped_column(BigInteger)
    support_given: Mapped[str] = mapped_column(Text, default="")
    support_date: Mapped[date | None] = mapped_column(Date)
    support_by: Mapped[str] = mapped_column(String(160), default="")
    from_value: Mapped[str] = mapped_column(String(200), default="")
    to_value: Mapped[str] = mapped_column(String(200), default="")


class Attachment(SyncedRecord, Base):
    """A file attached to a record; the bytes live once per content hash in the data folder."""

    __tablename__ = "attachments"

    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    slot: Mapped[str] = mapped_column(String(40), default="")  # e.g. the hồ sơ checklist item it documents
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class MemberRating(SyncedRecord, Base):
    """A Tổ bảo vệ ANTT member's yearly rating (period 15/11–14/11), one of the catalog's four levels."""

    __tablename__ = "member_ratings"

    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("force_members.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    level: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
