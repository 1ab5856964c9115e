"""An attacker's package writer, built from docs/sync-format.md alone (not from the application's writer): format
2 with any header, records and summary, signed by any Ed25519 key and encrypted for a recipient whose public
key file the attacker holds (key files travel by e-mail)."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import uuid
import zlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK = 64 * 1024  # "The writer seals 64 KiB of the compressed payload in each chunk"
_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}


def raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(**_RAW)


def fingerprint(head: dict) -> str:
    """Section "Keys": the first 128 bits of SHA-256 over both public keys, eight groups of four hex digits."""
    digest = hashlib.sha256(base64.b64decode(head["signing_public"]) + base64.b64decode(head["encryption_public"]))
    text = digest.hexdigest()[:32].upper()
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def recipient_key(key_file: Path) -> bytes:
    """The recipient's X25519 public key, from its key file (`encryption_public`, base64)."""
    return base64.b64decode(json.loads(key_file.read_text(encoding="utf-8"))["encryption_public"])


def header(sender: str, sender_name: str, recipient: str, signer: Ed25519PrivateKey, **claims: object) -> dict:
    """The header as the document shows it, with the signing (and encryption) public key of ``signer``."""
    return {"kind": "data", "sender": sender, "sender_name": sender_name, "sender_level": "commune",
            "sender_parent": "08", "sender_installation": str(uuid.uuid4()), "recipient": recipient, "seq": 1,
            "prev_hash": "", "created": "2026-11-30T08:00:00+00:00", "schema": "0012", "app_version": "0.1.0",
            "full": False, "omitted": {}, "signing_public": base64.b64encode(raw(signer)).decode(),
            "encryption_public": base64.b64encode(raw(X25519PrivateKey.generate())).decode(), **claims}


def forge(head: dict, lines: list[dict], signer: Ed25519PrivateKey, recipient_public: bytes,
          summary: dict | None = None) -> bytes:
    """The bytes of a format 2 package: the table of section "Bytes", the steps of section "Encryption"."""
    header_bytes = json.dumps(head, ensure_ascii=False).encode("utf-8")
    out = bytearray(b"ANTTSYNC" + bytes([2]) + struct.pack(">I", len(header_bytes)) + header_bytes)
    ephemeral = X25519PrivateKey.generate()
    e = raw(ephemeral)
    out += e
    secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=e + recipient_public, info=b"antt-sync-v1").derive(secret)
    payload = zlib.compress(b"".join(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n" for line in lines))
    pieces = [payload[i:i + CHUNK] for i in range(0, len(payload), CHUNK)] or [b""]
    for number, piece in enumerate(pieces):
        nonce = number.to_bytes(11, "big") + (b"\x01" if number == len(pieces) - 1 else b"\x00")
        sealed = AESGCM(key).encrypt(nonce, piece, header_bytes)
        out += struct.pack(">I", len(sealed)) + sealed
    counts: dict[str, int] = {}
    for line in lines:
        if "table" in line:
            counts[line["table"]] = counts.get(line["table"], 0) + len(line["rows"])
    summary_bytes = json.dumps({"counts": counts, "forwarded": [], **(summary or {})}).encode("utf-8")
    out += summary_bytes + struct.pack(">I", len(summary_bytes))
    out += signer.sign(hashlib.sha256(bytes(out)).digest())
    return bytes(out)


def record(owner: str, version: int = 2**40, **fields: object) -> dict:
    """A record with the columns every travelling table has."""
    now = "2026-11-30T08:00:00+00:00"
    return {"id": str(uuid.uuid4()), "owner_unit": owner, "version": version, "changed_by": str(uuid.uuid4()),
            "created_at": now, "updated_at": now, "deleted_at": None, **fields}

