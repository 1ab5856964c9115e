"""Self-management models: the registry, their activity log and their periodic reviews."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SortKey, SyncedRecord


class SecurityModel(SyncedRecord, Base):
    """A "tự phòng, tự quản" model. ``area_ids`` lists the residential areas it covers (as strings);
    ``core_members`` is a list of ``{"name", "member_id"}``, the id set where the person is a force member."""

    __tablename__ = "security_models"

    name: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    sort_key: Mapped[str] = mapped_column(SortKey, index=True)
    field: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    scope_kind: Mapped[str] = mapped_column(String(16))
    area_ids: Mapped[list] = mapped_column(JSON, default=list)
    scope_name: Mapped[str] = mapped_column(String(200), default="")
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_issuer: Mapped[str] = mapped_column(String(160), default="")
    lead_org: Mapped[str] = mapped_column(String(160), default="")
    head_name: Mapped[str] = mapped_column(String(120), default="")
    head_member_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    core_members: Mapped[list] = mapped_column(JSON, default=list)
    regulation: Mapped[str] = mapped_column(Text, default="")
    typical: Mapped[bool] = mapped_column(Boolean, default=False)
    typical_level: Mapped[str] = mapped_column(String(40), default="")
    typical_decision: Mapped[str] = mapped_column(String(160), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ModelActivity(SyncedRecord, Base):
    __tablename__ = "model_activities"

    model_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("security_models.id"), index=True)
    activity_date: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    participants: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text, default="")


class ModelReview(SyncedRecord, Base):
    """A review (rà soát, phân loại): the rating level of the catalog and what is to be done."""

    __tablename__ = "model_reviews"

    model_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("security_models.id"), index=True)
    review_date: Mapped[date] = mapped_column(Date)
    year: Mapped[int] = mapped_column(Integer, index=True)
    rating: Mapped[str] = mapped_column(String(24))
    outcome: Mapped[str] = mapped_column(String(40))
    reviewer: Mapped[str] = mapped_column(String(160), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
