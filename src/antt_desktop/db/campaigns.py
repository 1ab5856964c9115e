"""Campaigns added beyond the catalog, activities (events, propaganda) and prestigious people."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SortKey, SyncedRecord


class CustomCampaign(SyncedRecord, Base):
    """A campaign day an upper level or the unit adds to the catalog's."""

    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    start_month: Mapped[int] = mapped_column(Integer)
    start_day: Mapped[int] = mapped_column(Integer)
    end_month: Mapped[int] = mapped_column(Integer)
    end_day: Mapped[int] = mapped_column(Integer)


class Activity(SyncedRecord, Base):
    """An event or propaganda session; ``campaign_code`` is a catalog code or a custom campaign's id."""

    __tablename__ = "activities"

    activity_type: Mapped[str] = mapped_column(String(40), index=True)
    activity_date: Mapped[date] = mapped_column(Date, index=True)
    content: Mapped[str] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text)
    area_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("residential_areas.id"), index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    campaign_code: Mapped[str] = mapped_column(String(40), default="", index=True)
    model_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("security_models.id"))
    organisers: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[int | None] = mapped_column(Integer)
    audience: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(80), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    person_ids: Mapped[list] = mapped_column(JSON, default=list)


class PrestigiousPerson(SyncedRecord, Base):
    """Người có uy tín, nhân sĩ, trí thức, chức sắc, chức việc who help the movement."""

    __tablename__ = "prestigious_persons"

    full_name: Mapped[str] = mapped_column(String(120))
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    category: Mapped[str] = mapped_column(String(60))
    area_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("residential_areas.id"))
    title: Mapped[str] = mapped_column(String(160), default="")
    ethnicity: Mapped[str] = mapped_column(String(40), default="")
    religion: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
