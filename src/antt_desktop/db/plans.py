"""Plans and resolutions with targets, inspections with remedies, typical-commune self-assessments."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SyncedRecord


class Plan(SyncedRecord, Base):
    __tablename__ = "plans"

    kind: Mapped[str] = mapped_column(String(40))  # Nghị quyết, Kế hoạch, Chỉ thị…
    number: Mapped[str] = mapped_column(String(60))
    plan_date: Mapped[date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")


class Target(SyncedRecord, Base):
    """A target of a plan: a computable indicator of the catalog, or one measured by hand (``indicator`` empty)."""

    __tablename__ = "targets"

    plan_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("plans.id"), index=True)
    indicator: Mapped[str] = mapped_column(String(60), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    target_value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40), default="")
    manual_actual: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set by an upper level: the one unit below the target is for, measured on its data and sent to it only.
    for_unit: Mapped[str] = mapped_column(String(16), default="", server_default="")


class Inspection(SyncedRecord, Base):
    __tablename__ = "inspections"

    inspection_date: Mapped[date] = mapped_column(Date, index=True)
    subject_kind: Mapped[str] = mapped_column(String(16))  # area, model, team, other
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    subject_text: Mapped[str] = mapped_column(String(300))
    inspector: Mapped[str] = mapped_column(String(200))
    findings: Mapped[str] = mapped_column(Text, default="")


class Remedy(SyncedRecord, Base):
    """A remedy an inspection requires, followed up until closed."""

    __tablename__ = "remedies"

    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("inspections.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    deadline: Mapped[date] = mapped_column(Date, index=True)
    closed_date: Mapped[date | None] = mapped_column(Date)
    follow_up: Mapped[str] = mapped_column(Text, default="")


class CriterionAssessment(SyncedRecord, Base):
    """A unit's yearly self-assessment of one typical-commune criterion."""

    __tablename__ = "criterion_assessments"

    year: Mapped[int] = mapped_column(Integer, index=True)
    criteria_set: Mapped[str] = mapped_column(String(40))
    criterion: Mapped[str] = mapped_column(String(40))
    result: Mapped[str] = mapped_column(String(16))
    evidence: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
