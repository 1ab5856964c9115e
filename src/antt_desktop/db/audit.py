"""The append-only, hash-chained audit trail."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.base import utcnow
from antt_desktop.db.models import AuditEntry


def entry_hash(prev_hash: str, at: str, username: str, action: str, kind: str, record_id: str,
               summary: str) -> str:
    payload = "\x1f".join((prev_hash, at, username, action, kind, record_id, summary))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_audit(session: Session, username: str, action: str, kind: str = "", record_id: str = "",
                 summary: str = "") -> AuditEntry:
    """Add one entry chained to the last one, in the caller's transaction."""
    prev = session.info.get("audit_tail")
    if prev is None:
        with session.no_autoflush:
            prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or ""
    at = utcnow()
    entry = AuditEntry(at=at, username=username, action=action, kind=kind, record_id=record_id,
                       summary=summary, prev_hash=prev,
                       hash=entry_hash(prev, at.isoformat(), username, action, kind, record_id, summary))
    session.add(entry)
    session.info["audit_tail"] = entry.hash
    return entry


def verify_chain(session: Session) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None when it is whole."""
    prev = ""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        expected = entry_hash(prev, entry.at.isoformat(), entry.username, entry.action, entry.kind,
                              entry.record_id, entry.summary)
        if entry.prev_hash != prev or entry.hash != expected:
            return entry.seq
        prev = entry.hash
    return None
