"""Writing many new records at once with one Core insert, stamped and audited exactly as a flush would
(``db.stamping``): same clock, same installation, one audit entry per record in the same chain.

The ORM's unit of work costs more per row than validating it; an import of thousands of new rows writes them
here instead. Each row is a complete dict of column values (every row with the same keys).
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from antt_desktop.db import audit_summary
from antt_desktop.db.audit import chained_entry
from antt_desktop.db.base import SyncedRecord, utcnow
from antt_desktop.db.models import AuditEntry, Installation
from antt_desktop.db.stamping import next_version


def insert_new_records(session: Session, model: type[SyncedRecord], rows: list[dict]) -> None:
    """Insert ``rows`` as new records of ``model`` in the session's transaction, stamped and audited."""
    if not rows:
        return
    session.flush()  # what the session holds goes first, its audit entries before these
    installation = session.scalar(select(Installation).limit(1))
    if installation is None:
        raise RuntimeError("records written before the installation was initialised")
    username, table, now, clock = session.info.get("username", ""), model.__tablename__, utcnow(), installation.clock
    entries = []
    for row in rows:
        clock = next_version(clock)
        row["id"] = row.get("id") or uuid.uuid4()
        row["owner_unit"] = row.get("owner_unit") or installation.unit_code
        row["created_at"] = row.get("created_at") or now
        row.update(updated_at=now, version=clock, changed_by=installation.id, deleted_at=None)
        summary = audit_summary.summary(SimpleNamespace(**row), "create", [])
        entries.append(chained_entry(session, username, "create", table, str(row["id"]), summary))
    installation.clock = clock  # flushed with the session's next write, as the stamping leaves it
    session.execute(insert(model.__table__), rows)
    session.execute(insert(AuditEntry.__table__), entries)
