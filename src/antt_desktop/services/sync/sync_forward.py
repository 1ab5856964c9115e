"""Forwarding through an intermediate unit (a former district): the records its communes send are queued as
they arrive and carried up in its packages to the province, each keeping its owner. The province accepts
them only for the communes its administrator assigned to that intermediate unit (services/sync/sync_trust.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from antt_desktop.db.models import Installation
from antt_desktop.db.sync import ForwardQueue
from antt_desktop.domain.units import Level
from antt_desktop.services.sync.sync_records import CHUNK, TABLES, packaged


def forwards(installation: Installation, sender: str, above: set[str]) -> bool:
    """Whether records arriving from ``sender`` are to be passed up: at an intermediate unit, from below."""
    return installation.level == Level.DISTRICT and sender != installation.unit_code and sender not in above


def queue(session: Session, written: list[tuple[str, uuid.UUID]]) -> None:
    if written:
        session.execute(insert(ForwardQueue), [{"table_name": name, "record_id": record_id}
                                               for name, record_id in written])


def queued_rows(connection: Connection, after: int, omit_sensitive: bool) -> tuple[Iterator[tuple[str, dict]], int]:
    """The current state of every record queued after entry ``after`` (each once, parents before children),
    and the last entry they cover."""
    last = connection.scalar(select(func.max(ForwardQueue.seq))) or 0
    ids: dict[str, set[uuid.UUID]] = {}
    for name, record_id in connection.execute(select(ForwardQueue.table_name, ForwardQueue.record_id)
                                              .where(ForwardQueue.seq > after, ForwardQueue.seq <= last)):
        ids.setdefault(name, set()).add(record_id)

    def rows() -> Iterator[tuple[str, dict]]:
        for name, table in TABLES.items():
            wanted = sorted(ids.get(name, ()))
            for start in range(0, len(wanted), CHUNK):
                statement = select(table).where(table.c.id.in_(wanted[start:start + CHUNK]))
                for row in connection.execute(statement).mappings():
                    yield name, packaged(name, row, omit_sensitive)
    return rows(), last
