"""This installation's key pairs and key file, and the registry of other units' keys: only a signing key an
administrator registered here (from the unit's key file, fingerprint compared by phone) speaks for a unit."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.config import refuse_own_file
from antt_desktop.db.audit import append_audit
from antt_desktop.db.base import utcnow
from antt_desktop.db.models import Unit
from antt_desktop.db.sync import LocalKeys, PeerKey, RegisteredKey
from antt_desktop.domain.units import is_unit_code
from antt_desktop.errors import UserError
from antt_desktop.exchange.sync_format import b64, fingerprint, public_bytes
from antt_desktop.services.admin.audit_log import record_refusal
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.unit_hierarchy import official_commune

KEY_FILE_KIND = "antt-public-key"
MAX_KEY_FILE = 64 * 1024
_RAW_PRIVATE = {"encoding": Encoding.Raw, "format": PrivateFormat.Raw, "encryption_algorithm": NoEncryption()}


@dataclass(frozen=True)
class OwnKeys:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(public_bytes(self.signing), public_bytes(self.encryption))


# Where a key file is registered, in the window and on the command line.
REGISTER_HOW = "trang Đồng bộ, nút “Nhập tệp khóa của đơn vị khác…”; dòng lệnh: antt keys import TỆP-KHÓA"


def ensure_keys(session: Session) -> OwnKeys:
    """The installation's keys, made the first time they are needed (normally at init)."""
    row = session.scalar(select(LocalKeys).limit(1))
    if row is None:
        signing, encryption = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        row = LocalKeys(id=1, signing_private=signing.private_bytes(**_RAW_PRIVATE),
                        encryption_private=encryption.private_bytes(**_RAW_PRIVATE))
        session.add(row)
        session.flush()
    return OwnKeys(Ed25519PrivateKey.from_private_bytes(row.signing_private),
                   X25519PrivateKey.from_private_bytes(row.encryption_private))


def own_keys(database: Database) -> OwnKeys:
    with database.session() as session:
        return ensure_keys(session)


def export_public_key(database: Database, out: Path) -> str:
    """Write the key file another unit registers to encrypt for us and accept our packages; the fingerprint."""
    refuse_own_file(database.paths, out)
    keys = own_keys(database)
    unit = database.own_unit()
    content = {"kind": KEY_FILE_KIND, "unit_code": unit.code, "unit_name": unit.name,
               "signing_public": b64(public_bytes(keys.signing)),
               "encryption_public": b64(public_bytes(keys.encryption)), "fingerprint": keys.fingerprint}
    try:
        out.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Không ghi được tệp khóa {out}: {exc.strerror or exc}.") from exc
    return keys.fingerprint


@dataclass(frozen=True)
class KeyFile:
    unit_code: str
    unit_name: str
    signing: bytes
    encryption: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing, self.encryption)


def read_key_file(path: Path) -> KeyFile:
    try:
        if not path.is_file():  # a device or a folder is no key file
            raise ValueError
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
        if len(data) > MAX_KEY_FILE:
            raise ValueError
        content = json.loads(data.decode("utf-8"))
        if not isinstance(content, dict) or content.get("kind") != KEY_FILE_KIND:
            raise ValueError
        code, name = content["unit_code"], content.get("unit_name", "")
        if not isinstance(code, str) or not isinstance(name, str) or not 1 <= len(code) <= 16 or len(name) > 200:
            raise ValueError
        if not is_unit_code(code):
            raise UserError(f"Tệp {path.name} ghi mã đơn vị “{code}” không hợp lệ (mã đơn vị là 2 hoặc 5 chữ số, hoặc "
                            "mã đơn vị trung gian như H-YENSON); không đăng ký.")
        signing = base64.b64decode(content["signing_public"], validate=True)
        encryption = base64.b64decode(content["encryption_public"], validate=True)
        if len(signing) != 32 or len(encryption) != 32:
            raise ValueError
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise UserError(f"Tệp {path.name} không phải tệp khóa công khai của ANTT Desktop hoặc bị hỏng.") from None
    return KeyFile(code, name, signing, encryption)


@dataclass(frozen=True)
class Registration:
    unit_code: str
    unit_name: str
    fingerprint: str
    keys_of_unit: int  # active keys of the unit now (one per computer)
    already: bool = False  # the same key was registered before: nothing changed


def register_key(session: Session, user: CurrentUser, key: KeyFile, replace: bool = False) -> Registration:
    """Register ``key`` for its unit, in the caller's transaction. Another computer of a unit is another key of
    it; ``replace`` retires the unit's other keys (a computer replaced, a key lost)."""
    user.require(Role.ADMIN)
    known = session.get(Unit, key.unit_code) or official_commune(key.unit_code)
    if known is not None:  # shown and kept under the name known here, never the one the file claims
        key = replace_fields(key, unit_name=known.name)
    if key.signing == public_bytes(ensure_keys(session).signing):
        raise UserError("Đây là tệp khóa của chính máy này; hãy nhập tệp khóa của đơn vị (hoặc máy) kia.")
    active = session.scalars(select(RegisteredKey).where(RegisteredKey.retired_at.is_(None))).all()
    elsewhere = [k for k in active if k.signing_public == key.signing and k.unit_code != key.unit_code]
    if elsewhere:
        raise UserError(f"Khóa này đã được đăng ký cho đơn vị {elsewhere[0].unit_code}; một khóa chỉ đại diện cho "
                        "một đơn vị. Hãy kiểm tra lại tệp khóa.")
    mine = [k for k in active if k.unit_code == key.unit_code]
    same = next((k for k in mine if k.signing_public == key.signing), None)
    if same is not None and not replace:
        return Registration(key.unit_code, key.unit_name or same.unit_name, key.fingerprint, len(mine), True)
    now = utcnow()
    if replace:
        for old in mine:
            if old is not same:
                old.retired_at, old.retired_by, old.retired_why = now, user.username, f"thay bằng {key.fingerprint}"
        peer = session.get(PeerKey, key.unit_code)
        if peer is not None:
            session.delete(peer)
            session.flush()
    if same is None:
        session.add(RegisteredKey(unit_code=key.unit_code, unit_name=key.unit_name, signing_public=key.signing,
                                  encryption_public=key.encryption, fingerprint=key.fingerprint,
                                  registered_at=now, registered_by=user.username, retired_by="", retired_why=""))
    if session.get(PeerKey, key.unit_code) is None:  # packages to the unit are encrypted for its first key
        session.add(PeerKey(unit_code=key.unit_code, unit_name=key.unit_name, signing_public=key.signing,
                            encryption_public=key.encryption, source="key-file"))
    session.flush()
    count = 1 if replace else len(mine) + (same is None)
    append_audit(session, user.username, "keys", "registered_keys", key.unit_code,
                 f"{'thay khóa' if replace else 'đăng ký khóa'} {key.fingerprint} ({key.unit_name}); "
                 f"đơn vị có {count} khóa")
    return Registration(key.unit_code, key.unit_name, key.fingerprint, count)


def import_public_key(database: Database, user: CurrentUser, path: Path, replace: bool = False) -> Registration:
    """Register a unit's key file (``antt keys import``)."""
    return import_key_file(database, user, path, replace)[1]


def import_key_file(database: Database, user: CurrentUser, path: Path,
                    replace: bool = False) -> tuple[KeyFile, Registration]:
    """Read and register a unit's key file; a refused key file is kept in the audit trail."""
    user.require(Role.ADMIN)
    try:
        key = read_key_file(path)
        with database.session(user.username) as session:
            return key, register_key(session, user, key, replace)
    except UserError as exc:
        record_refusal(database, user.username, "registered_keys", path.name, exc.message)
        raise


def active_signers(session: Session, unit_code: str) -> set[bytes]:
    """The signing keys that speak for ``unit_code`` here."""
    return set(session.scalars(select(RegisteredKey.signing_public).where(
        RegisteredKey.unit_code == unit_code, RegisteredKey.retired_at.is_(None))))


def _exact_code(session: Session, code: str) -> str:
    """The registered unit ``code`` names: exactly (leading zeros may be left out), never a pattern."""
    if not (re.fullmatch(r"[0-9]{1,16}", code) or is_unit_code(code)):  # looked up exactly, never as a pattern
        raise UserError(f"“{code}” không phải mã đơn vị; hãy ghi đúng một mã đơn vị (không dùng ký tự đại diện).")
    known = set(session.scalars(select(RegisteredKey.unit_code).where(RegisteredKey.retired_at.is_(None))))
    if code in known:  # exactly as written first: "2269" and "02269" may both be registered
        return code
    found = sorted(c for c in known if code.isdigit() and c.isdigit() and c.lstrip("0") == code.lstrip("0"))
    if len(found) > 1:
        raise UserError(f"Mã {code} ứng với nhiều đơn vị đang đăng ký khóa ({', '.join(found)}); hãy ghi đúng mã.")
    if not found:
        raise UserError(f"Đơn vị {code} không có khóa nào đang đăng ký ở đây.")
    return found[0]


def forget_keys(database: Database, user: CurrentUser, unit_code: str, key_fingerprint: str = "") -> int:
    """An administrator retires the keys of one unit (or only the one with ``key_fingerprint``): its packages
    are then held until a key is registered again. Kept in the key history and the audit trail."""
    user.require(Role.ADMIN)
    with database.session(user.username) as session:
        code = _exact_code(session, unit_code.strip())
        wanted = key_fingerprint.replace(" ", "").upper()
        keys = [k for k in session.scalars(select(RegisteredKey).where(
            RegisteredKey.unit_code == code, RegisteredKey.retired_at.is_(None)))
            if not wanted or k.fingerprint.replace(" ", "") == wanted]
        if not keys:
            raise UserError(f"Đơn vị {code} không có khóa đang đăng ký với dấu vân tay {key_fingerprint}.")
        now = utcnow()
        for key in keys:
            key.retired_at, key.retired_by, key.retired_why = now, user.username, "bỏ đăng ký"
        peer = session.get(PeerKey, code)
        if peer is not None and (not wanted or peer.signing_public in {k.signing_public for k in keys}):
            session.delete(peer)
        append_audit(session, user.username, "keys", "registered_keys", code,
                     "bỏ đăng ký khóa " + ", ".join(k.fingerprint for k in keys))
        return len(keys)


@dataclass(frozen=True)
class KeyRow:
    unit: str
    name: str
    fingerprint: str
    registered_at: datetime
    registered_by: str
    retired_at: datetime | None
    retired_why: str

    @property
    def active(self) -> bool:
        return self.retired_at is None


def key_history(database: Database) -> list[KeyRow]:
    """Every key registered here, active ones first, by unit; retired ones stay as history."""
    with database.factory() as session:
        rows = session.scalars(select(RegisteredKey).order_by(RegisteredKey.unit_code, RegisteredKey.id)).all()
        return sorted((KeyRow(k.unit_code, k.unit_name, k.fingerprint, k.registered_at, k.registered_by,
                              k.retired_at, k.retired_why) for k in rows), key=lambda k: (not k.active, k.unit))
