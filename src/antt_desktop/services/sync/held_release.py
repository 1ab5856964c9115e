"""Held packages released: the sender's key registered (from its key file, or by accepting a held package whose
fingerprint was confirmed by phone), then the packages held for that key imported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from antt_desktop.db.audit import append_audit
from antt_desktop.db.sync import HeldPackage, RegisteredKey
from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.sync_held import held_path, remove_folder
from antt_desktop.services.sync.sync_import import import_files
from antt_desktop.services.sync.sync_keys import REGISTER_HOW, KeyFile, Registration, import_key_file, register_key


def release(database: Database, user: CurrentUser, signing: bytes, unit: str) -> list:
    """Import the held packages of ``unit`` signed by ``signing`` now that it is registered for it; the outcomes.
    Packages the same key signed in another unit's name stay held."""
    with database.factory() as session:
        held = session.scalars(select(HeldPackage).where(HeldPackage.signing_public == signing,
                                                         HeldPackage.sender == unit)).all()
        paths = {held_path(database, h.file_hash, h.file_name): h.id for h in held}
    if not paths:
        return []
    outcomes = import_files(database, user, list(paths))
    with database.session(user.username) as session:
        for path, held_id in paths.items():
            row = session.get(HeldPackage, held_id)
            if row is not None:
                session.delete(row)
            path.unlink(missing_ok=True)
            remove_folder(path.parent)
    return outcomes


def register_key_file(database: Database, user: CurrentUser, path: Path,
                      replace: bool = False) -> tuple[Registration, list]:
    """``antt keys import``: register the unit's key, then import the packages held for that key."""
    key, registration = import_key_file(database, user, path, replace)
    return registration, release(database, user, key.signing, key.unit_code)


def accept_held(database: Database, user: CurrentUser, held_id: int) -> tuple[Registration, list]:
    """The administrator compared the held package's fingerprint by phone: register its key and import it."""
    user.require(Role.ADMIN)
    with database.session(user.username) as session:
        row = session.get(HeldPackage, held_id)
        if row is None:
            raise UserError("Gói chờ xác nhận này không còn (đã được xử lý).")
        if len(row.encryption_public) != 32:
            raise UserError(f"Gói của {row.sender_name} không mang đủ khóa để đăng ký; hãy nhập tệp khóa của đơn "
                            f"vị đó ({REGISTER_HOW}).")
        retired = session.scalar(select(RegisteredKey).where(
            RegisteredKey.unit_code == row.sender, RegisteredKey.signing_public == row.signing_public,
            RegisteredKey.retired_at.is_not(None)).order_by(RegisteredKey.retired_at.desc()))
        if retired is not None:  # a lost or replaced computer's key: only its key file registers it again
            refusal = (f"Khóa ký gói {row.file_name} của {row.sender_name} ({row.sender}), dấu vân tay "
                       f"{row.fingerprint}, đã bị thu hồi ngày {retired.retired_at:%d/%m/%Y} ({retired.retired_why}); "
                       "không đăng ký lại bằng cách chấp nhận gói. Nếu đơn vị xác nhận dùng lại máy đó, hãy nhập tệp "
                       f"khóa của máy đó ({REGISTER_HOW}); nếu không, hãy từ chối gói.")
            append_audit(session, user.username, "refuse", "sync", f"{row.sender}#{row.seq}", refusal)
        else:
            refusal = ""
            key = KeyFile(row.sender, row.sender_name, row.signing_public, row.encryption_public)
            registration = register_key(session, user, key)
    if refusal:
        raise UserError(refusal)
    return registration, release(database, user, key.signing, key.unit_code)
