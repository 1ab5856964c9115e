"""This installation's key pairs, public key files, and the keys of peer units (pinned on first contact)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.config import refuse_own_file
from antt_desktop.db.audit import append_audit
from antt_desktop.db.sync_models import LocalKeys, PeerKey
from antt_desktop.errors import UserError
from antt_desktop.exchange.sync_package import b64, fingerprint, public_bytes
from antt_desktop.services.audit_log import record_refusal
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

KEY_FILE_KIND = "antt-public-key"
_RAW_PRIVATE = {"encoding": Encoding.Raw, "format": PrivateFormat.Raw, "encryption_algorithm": NoEncryption()}


@dataclass(frozen=True)
class OwnKeys:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(public_bytes(self.signing), public_bytes(self.encryption))


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
    """Write the key file another unit imports to encrypt for us and check our signature; returns the fingerprint."""
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


MAX_KEY_FILE_BYTES = 64 * 1024  # a key file is about 300 bytes
MAX_CODE, MAX_NAME = 64, 200  # the columns of peer_keys


def _read_key_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_KEY_FILE_BYTES (a device or a large file is no key file)."""
    if not path.is_file():
        raise ValueError
    with path.open("rb") as handle:
        data = handle.read(MAX_KEY_FILE_BYTES + 1)
    if len(data) > MAX_KEY_FILE_BYTES:
        raise ValueError
    return data


def import_public_key(database: Database, user: CurrentUser, path: Path, repin: bool = False) -> tuple[str, str]:
    """Record another unit's public keys; a different key for a known unit needs an admin's ``repin``."""
    user.require(Role.ADMIN)
    try:
        content = json.loads(_read_key_file(path).decode("utf-8"))
        if not isinstance(content, dict) or content.get("kind") != KEY_FILE_KIND:
            raise ValueError
        code, name = str(content["unit_code"]), str(content.get("unit_name", ""))
        if not 0 < len(code) <= MAX_CODE or len(name) > MAX_NAME or not code.isprintable():
            raise ValueError
        signing = base64.b64decode(content["signing_public"], validate=True)
        encryption = base64.b64decode(content["encryption_public"], validate=True)
        if len(signing) != 32 or len(encryption) != 32:
            raise ValueError
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        reason = f"Tệp {path.name} không phải tệp khóa công khai của ANTT Desktop hoặc bị hỏng."
        record_refusal(database, user.username, "peer_keys", path.name, reason)
        raise UserError(reason) from None
    changed = None
    with database.session(user.username) as session:
        peer = session.get(PeerKey, code)
        if peer and peer.signing_public and peer.signing_public != signing and not repin:
            known = fingerprint(peer.signing_public, peer.encryption_public or b"")
            changed = (f"Đơn vị {code} đã có khóa khác (dấu vân tay {known}). Hãy gọi điện xác nhận dấu vân tay mới, "
                       "rồi để quản trị viên nhập lại với “thay khóa”.")
    if changed:
        record_refusal(database, user.username, "peer_keys", path.name, changed)
        raise UserError(changed)
    with database.session(user.username) as session:
        peer = session.get(PeerKey, code)
        replaced = fingerprint(peer.signing_public, peer.encryption_public or b"") \
            if peer and peer.signing_public and peer.signing_public != signing else ""
        if peer is None:
            peer = PeerKey(unit_code=code, source="key-file")
            session.add(peer)
        peer.unit_name, peer.signing_public, peer.encryption_public = name, signing, encryption
        append_audit(session, user.username, "keys", "peer_keys", code, fingerprint(signing, encryption)
                     + (f" (thay khóa cũ {replaced})" if replaced else ""))
    return code, fingerprint(signing, encryption)


@dataclass(frozen=True)
class PeerRow:
    unit: str
    name: str
    source: str
    fingerprint: str
    pinned_at: object


def list_peers(database: Database) -> list[PeerRow]:
    with database.factory() as session:
        return [PeerRow(p.unit_code, p.unit_name, p.source,
                        fingerprint(p.signing_public or b"", p.encryption_public or b""), p.pinned_at)
                for p in session.scalars(select(PeerKey).order_by(PeerKey.unit_code))]
