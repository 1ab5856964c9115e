"""The installation's private keys in a backup: sealed (AES-GCM) under a passphrase the administrator sets for
that backup (scrypt), or under this PC's own backup key for the automatic copies that stay here, never in clear.

This PC's backup key and identity live in ``this-pc.json`` in the data folder (readable by this Windows account
only): the automatic backups can give their keys back on this PC alone, and a restore still knows which
installation this PC is when its database is too damaged to say."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from antt_desktop.config import Paths
from antt_desktop.errors import UserError

PASSPHRASE_MIN = 10
SCRYPT = {"n": 2**17, "r": 8, "p": 1}  # 128 MiB, about half a second: slow for a guesser, fine once
ACCEPTED_SCRYPT = ({"n": 2**15, "r": 8, "p": 1}, {"n": 2**16, "r": 8, "p": 1}, SCRYPT)  # nothing costlier is read
THIS_PC_FILE = "this-pc.json"
BY_PASSPHRASE, BY_THIS_PC = "passphrase", "this-pc"


@dataclass(frozen=True)
class PrivateKeys:
    signing: bytes
    encryption: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str) or len(value) > 4096:
        raise ValueError
    return base64.b64decode(value, validate=True)


def _bound_to(identity: dict) -> bytes:
    """Sealed keys open only in the backup of the installation they belong to."""
    return f"antt-backup-keys|{identity.get('installation')}|{identity.get('unit', {}).get('code')}".encode()


def _seal(key: bytes, keys: PrivateKeys, identity: dict) -> dict:
    nonce = secrets.token_bytes(12)
    plain = json.dumps({"signing": _b64(keys.signing), "encryption": _b64(keys.encryption)}).encode()
    return {"nonce": _b64(nonce), "ciphertext": _b64(AESGCM(key).encrypt(nonce, plain, _bound_to(identity)))}


def _open(key: bytes, sealed: dict, identity: dict) -> PrivateKeys:
    plain = json.loads(AESGCM(key).decrypt(_unb64(sealed.get("nonce")), _unb64(sealed.get("ciphertext")),
                                           _bound_to(identity)))
    keys = PrivateKeys(_unb64(plain["signing"]), _unb64(plain["encryption"]))
    if len(keys.signing) != 32 or len(keys.encryption) != 32:
        raise ValueError
    return keys


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < PASSPHRASE_MIN:
        raise UserError(f"Cụm mật khẩu cho khóa riêng phải có ít nhất {PASSPHRASE_MIN} ký tự. Hãy đặt một cụm dài, "
                        "dễ nhớ với quản trị viên và cất ở nơi khác bản sao lưu.")


def _scrypt(passphrase: str, salt: bytes, params: dict) -> bytes:
    return Scrypt(salt=salt, length=32, **params).derive(passphrase.encode("utf-8"))


def seal_with_passphrase(keys: PrivateKeys, identity: dict, passphrase: str) -> dict:
    check_passphrase(passphrase)
    salt = secrets.token_bytes(16)
    return {"protection": BY_PASSPHRASE, "kdf": {"name": "scrypt", **SCRYPT, "salt": _b64(salt)},
            "cipher": "AES-256-GCM", **_seal(_scrypt(passphrase, salt, SCRYPT), keys, identity)}


def open_with_passphrase(sealed: dict, identity: dict, passphrase: str) -> PrivateKeys:
    """The keys, or a Vietnamese refusal when the passphrase is wrong or the sealed keys were altered."""
    kdf = sealed.get("kdf") if isinstance(sealed.get("kdf"), dict) else {}
    params = {name: kdf.get(name) for name in ("n", "r", "p")}
    if kdf.get("name") != "scrypt" or params not in ACCEPTED_SCRYPT:
        raise UserError("Khóa riêng trong bản sao lưu được mã hóa theo cách không nhận ra (có thể đã bị sửa); không "
                        "khôi phục.")
    try:
        return _open(_scrypt(passphrase, _unb64(kdf.get("salt")), params), sealed, identity)
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        raise UserError("Cụm mật khẩu của khóa riêng trong bản sao lưu không đúng; không khôi phục gì, dữ liệu hiện "
                        "tại giữ nguyên. Hãy nhập đúng cụm mật khẩu đã đặt khi sao lưu, hoặc khôi phục với “tạo khóa "
                        "mới”.") from None


def this_pc(paths: Paths) -> dict:
    """This PC's backup key and last known identity ({} before the first backup)."""
    try:
        content = json.loads((paths.data_dir / THIS_PC_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def _write_private(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(partial, path)


def remember_this_pc(paths: Paths, identity: dict) -> bytes:
    """Record which installation this PC is; the PC's backup key (made the first time)."""
    content = this_pc(paths)
    try:
        key = _unb64(content.get("key"))
    except (ValueError, binascii.Error):
        key = b""
    if len(key) != 32:
        key = AESGCM.generate_key(256)
    updated = {"key": _b64(key), **{k: identity[k] for k in ("installation", "unit") if k in identity}}
    if updated != content:
        _write_private(paths.data_dir / THIS_PC_FILE, json.dumps(updated, ensure_ascii=False, indent=2))
    return key


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"antt-this-pc|" + key).hexdigest()[:16]


def seal_for_this_pc(paths: Paths, keys: PrivateKeys, identity: dict) -> dict:
    key = remember_this_pc(paths, identity)
    return {"protection": BY_THIS_PC, "key_id": _key_id(key), "cipher": "AES-256-GCM", **_seal(key, keys, identity)}


def open_on_this_pc(paths: Paths, sealed: dict, identity: dict) -> PrivateKeys | None:
    """The keys of a backup made on this PC; None elsewhere (the key that sealed them stayed on that PC)."""
    try:
        key = _unb64(this_pc(paths).get("key"))
        if _key_id(key) != sealed.get("key_id"):
            return None
        return _open(key, sealed, identity)
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        return None
