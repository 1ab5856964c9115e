"""Yearly evaluations (recognition and classification, the level above's review), the yearly timeline and
commendations."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Date, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SyncedRecord, UTCDateTime


class Evaluation(SyncedRecord, Base):
    """One subject's year: ``results`` maps criterion → {"met": bool, "evidence": str}."""

    __tablename__ = "evaluations"

    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_type: Mapped[str] = mapped_column(String(16))
    area_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    subject_name: Mapped[str] = mapped_column(String(200))
    catalog_version: Mapped[str] = mapped_column(String(40))
    results: Mapped[dict] = mapped_column(JSON, default=dict)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_level: Mapped[str] = mapped_column(String(80), default="")
    override_level: Mapped[str] = mapped_column(String(24), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # QĐ 510 self-scoring: item number → {"points": float, "note": str}; the sheet version scored against
    scores: Mapped[dict] = mapped_column(JSON, default=dict)
    score_sheet_version: Mapped[str] = mapped_column(String(40), default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # sent to the level above


class EvaluationStep(SyncedRecord, Base):
    __tablename__ = "evaluation_steps"

    year: Mapped[int] = mapped_column(Integer, index=True)
    step: Mapped[str] = mapped_column(String(40))
    done_date: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Commendation(SyncedRecord, Base):
    __tablename__ = "commendations"

    year: Mapped[int] = mapped_column(Integer, index=True)
    collective: Mapped[bool] = mapped_column(default=False)
    recipient: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    evaluation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    form: Mapped[str] = mapped_column(String(60))
    issuer: Mapped[str] = mapped_column(String(200))
    decision_number: Mapped[str] = mapped_column(String(60))
    decision_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class EvaluationReview(SyncedRecord, Base):
    """The level above's decision on a unit's self-assessment (owned by the reviewing unit, sent down):
    ``decision`` "accepted" or "returned", the upper level's score per item, its comment and level."""

    __tablename__ = "evaluation_reviews"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    reviewed_version: Mapped[int] = mapped_column(BigInteger, default=0)  # the evaluation's version reviewed
    decision: Mapped[str] = mapped_column(String(16))
    scores: Mapped[dict] = mapped_column(JSON, default=dict)
    level: Mapped[str] = mapped_column(String(24), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date] = mapped_column(Date)
