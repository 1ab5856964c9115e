"""When this installation last sent or received a package (for the status bar; no cryptography needed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from antt_desktop.db.sync import ReceivedPackage, SentPackage
from antt_desktop.services.database import Database


def last_sync(database: Database) -> datetime | None:
    with database.factory() as session:
        sent = session.scalar(select(func.max(SentPackage.created_at)))
        received = session.scalar(select(func.max(ReceivedPackage.received_at)))
    return max((d for d in (sent, received) if d), default=None)
