"""Helpers every record service shares: fetch an own, live record or say clearly why not."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from antt_desktop.db.base import SyncedRecord, utcnow
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

Record = TypeVar("Record", bound=SyncedRecord)


def owned_by(model: type[SyncedRecord], owner: str | None) -> list:
    """The condition "owned by ``owner``" for a query's ``where``, or none when no unit is asked for."""
    return [model.owner_unit == owner] if owner else []


def own_record(session: Session, model: type[Record], record_id: uuid.UUID, what: str,
               live: bool = False) -> Record:
    """The record, if this installation's unit owns it (and, with ``live``, it is not deleted)."""
    record = session.get(model, record_id)
    if record is None or (live and record.deleted_at is not None):
        raise UserError(f"Không tìm thấy {what} này; có thể nó vừa bị xóa ở cửa sổ khác.")
    if record.owner_unit != session.info["unit_code"]:
        raise UserError(f"{what[:1].upper()}{what[1:]} này thuộc đơn vị {record.owner_unit}; chỉ đơn vị đó được sửa.")
    return record


def set_deleted(database: Database, user: CurrentUser, model: type[SyncedRecord], record_id: uuid.UUID, what: str,
                deleted: bool = True) -> None:
    """Delete (a restorable tombstone) or restore one of this unit's records."""
    user.require(Role.EDITOR)
    with database.session(user.username) as session:
        record = own_record(session, model, record_id, what)
        record.deleted_at = (record.deleted_at or utcnow()) if deleted else None
