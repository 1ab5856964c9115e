"""What an upper level sends down besides plans: directives (văn bản chỉ đạo) and catalog updates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from antt_desktop.db.base import Base, SyncedRecord


class Directive(SyncedRecord, Base):
    __tablename__ = "directives"

    number: Mapped[str] = mapped_column(String(60))
    issued_date: Mapped[date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(400))
    content: Mapped[str] = mapped_column(Text, default="")


class CatalogUpdate(SyncedRecord, Base):
    """A new version of a catalog (force types, model fields, criteria…) published by an upper level."""

    __tablename__ = "catalog_updates"

    catalog: Mapped[str] = mapped_column(String(40), index=True)
    catalog_version: Mapped[str] = mapped_column(String(40))
    content: Mapped[str] = mapped_column(Text)  # the catalog's JSON, as shipped in resources/catalogs
