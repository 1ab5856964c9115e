"""Stamps every flushed record with its version, writer and time, and writes the audit trail.

The session's ``info`` carries who is writing: ``installation_id``, ``unit_code`` and ``username``.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from antt_desktop.db import audit_summary
from antt_desktop.db.audit import append_audit
from antt_desktop.db.base import SyncedRecord, utcnow
from antt_desktop.db.models import Installation


def next_version(previous: int) -> int:
    """Hybrid logical clock: physical milliseconds in the high bits, a counter below; never goes back."""
    return max(previous + 1, int(time.time() * 1000) << 16)


def _changed_fields(record: SyncedRecord) -> list[str]:
    state = inspect(record)
    skip = {"updated_at", "version", "changed_by", "search_key", "sort_key"}
    return [a.key for a in state.attrs if a.key not in skip and a.history.has_changes()]


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    new = [o for o in session.new if isinstance(o, SyncedRecord)]
    dirty = [o for o in session.dirty if isinstance(o, SyncedRecord) and session.is_modified(o)]
    if not new and not dirty:
        return
    info = session.info
    with session.no_autoflush:
        installation = session.scalar(select(Installation).limit(1))
    if installation is None:
        raise RuntimeError("records written before the installation was initialised")
    now = utcnow()
    clock = installation.clock
    for record in new + dirty:
        clock = next_version(clock)
        record.version = clock
        record.changed_by = installation.id
        record.updated_at = now
        if record in new:
            record.id = record.id or uuid.uuid4()  # the column default comes only at insert: the audit needs it now
            record.owner_unit = record.owner_unit or installation.unit_code
            record.created_at = record.created_at or now
            action, fields = "create", []
        else:
            fields = _changed_fields(record)
            deleted_now = "deleted_at" in fields
            action = ("delete" if record.deleted_at else "restore") if deleted_now else "update"
        append_audit(session, info.get("username", ""), action, record.__tablename__, str(record.id),
                     audit_summary.summary(record, action, fields))
    installation.clock = clock


def install_stamping(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _forget_tail)
    event.listen(factory, "after_rollback", _forget_tail)


def _forget_tail(session: Session) -> None:
    session.info.pop("audit_tail", None)
