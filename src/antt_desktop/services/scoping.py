"""Helpers every record service shares: fetch an own, live record or say clearly why not."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from antt_desktop.db.base import SyncedRecord
from antt_desktop.errors import UserError

Record = TypeVar("Record", bound=SyncedRecord)


def own_record(session: Session, model: type[Record], record_id: uuid.UUID, what: str,
               live: bool = False) -> Record:
    """The record, if this installation's unit owns it (and, with ``live``, it is not deleted)."""
    record = session.get(model, record_id)
    if record is None or (live and record.deleted_at is not None):
        raise UserError(f"Không tìm thấy {what} này; có thể nó vừa bị xóa ở cửa sổ khác.")
    if record.owner_unit != session.info["unit_code"]:
        raise UserError(f"{what[:1].upper()}{what[1:]} này thuộc đơn vị {record.owner_unit}; chỉ đơn vị đó được sửa.")
    return record
