"""The append-only, hash-chained audit trail."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select
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
    entry = AuditEntry(**chained_entry(session, username, action, kind, record_id, summary))
    session.add(entry)
    return entry


def chained_entry(session: Session, username: str, action: str, kind: str, record_id: str, summary: str) -> dict:
    """The column values of the next entry of the trail, chained to the last one; the caller inserts it before
    any later entry (``append_audit`` through the session, a bulk insert as one row of its batch)."""
    prev = session.info.get("audit_tail")
    if prev is None:
        with session.no_autoflush:
            base = current_anchor(session)
        prev = base.hash
        session.info["audit_count"] = base.count
        session.info["audit_base"] = base  # the trail this transaction extends
    at = utcnow()
    digest = entry_hash(prev, at.isoformat(), username, action, kind, record_id, summary)
    session.info["audit_tail"] = digest
    session.info["audit_count"] = session.info.get("audit_count", 0) + 1
    return {"at": at, "username": username, "action": action, "kind": kind, "record_id": record_id,
            "summary": summary, "prev_hash": prev, "hash": digest}


@dataclass(frozen=True)
class AuditAnchor:
    """The end of the trail at one moment: how many entries, and the hash of the last one."""

    count: int
    hash: str

    def as_dict(self) -> dict:
        return {"count": self.count, "hash": self.hash}

    @classmethod
    def from_dict(cls, value: object) -> AuditAnchor | None:
        """The anchor a file claims, or None when the value is not a well-formed anchor."""
        if not isinstance(value, dict):
            return None
        count, digest = value.get("count"), value.get("hash")
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count < 10**12:
            return None
        if not isinstance(digest, str) or (count and (len(digest) != 64 or not all(c in "0123456789abcdef"
                                                                                  for c in digest))):
            return None
        return cls(count, digest if count else "")


def current_anchor(session: Session) -> AuditAnchor:
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or ""
    return AuditAnchor(count, last)


def hash_at(session: Session, count: int) -> str | None:
    """The hash of the ``count``-th entry of the trail (1 is the first), or None when the trail is shorter."""
    if count <= 0:
        return ""
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq).offset(count - 1).limit(1))


def extends(session: Session, anchor: AuditAnchor) -> bool:
    """Whether the trail still holds the anchored entry at its place (it may have grown since)."""
    return hash_at(session, anchor.count) == anchor.hash


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
