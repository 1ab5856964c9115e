"""A forger of sync packages written from docs/sync-format.md alone (not from the application's writer), so that
tests can build what an attacker would: any header (even bytes that are not JSON), any payload bytes, signed
with any Ed25519 key and encrypted for any X25519 key (a recipient's public key file travels by e-mail), in
format 2 or format 1."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Iterable
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"ANTTSYNC"
CHUNK = 64 * 1024
_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey | X25519PublicKey) -> bytes:
    public = key if isinstance(key, X25519PublicKey) else key.public_key()
    return public.public_bytes(**_RAW)


def header_for(signer: Ed25519PrivateKey, sender: str, installation: str, recipient: str, seq: int = 1,
               **changes: object) -> dict:
    """A header as the document shows it, with ``changes`` applied."""
    header = {"kind": "data", "sender": sender, "sender_name": f"Đơn vị {sender}", "sender_level": "commune",
              "sender_parent": recipient, "sender_installation": installation, "recipient": recipient, "seq": seq,
              "prev_hash": "", "created": "2026-01-01T00:00:00+00:00", "schema": "0012", "app_version": "0.1.0",
              "full": False, "omitted": {},
              "signing_public": base64.b64encode(raw_public(signer)).decode("ascii")}
    header.update(changes)
    return header


def json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def payload_lines(items: Iterable[dict]) -> bytes:
    """The payload: one JSON object a line, each ending in a newline."""
    return b"".join(json_bytes(item) + b"\n" for item in items)


def table_lines(records: dict[str, list[dict]]) -> bytes:
    return payload_lines({"table": table, "rows": rows} for table, rows in records.items())


def _key(ephemeral: X25519PrivateKey, recipient: X25519PublicKey) -> bytes:
    ephemeral_public = raw_public(ephemeral)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + raw_public(recipient),
                info=b"antt-sync-v1").derive(ephemeral.exchange(recipient))


def forge(header: dict | bytes, payload: bytes, signer: Ed25519PrivateKey, recipient: X25519PublicKey,
          summary: dict | bytes | None = None, compressed: bytes | None = None) -> bytes:
    """A format-2 package: ``header`` (a dict, or its exact bytes), ``payload`` (the plain JSON lines, or the
    zlib stream itself in ``compressed``), the summary (default: no counts, nothing forwarded)."""
    header_bytes = header if isinstance(header, bytes) else json_bytes(header)
    stream = compressed if compressed is not None else zlib.compress(payload, 9)
    ephemeral = X25519PrivateKey.generate()
    aead = AESGCM(_key(ephemeral, recipient))
    out = bytearray(MAGIC + b"\x02" + struct.pack(">I", len(header_bytes)) + header_bytes + raw_public(ephemeral))
    pieces = [stream[i:i + CHUNK] for i in range(0, len(stream), CHUNK)] or [b""]
    for number, piece in enumerate(pieces):
        nonce = number.to_bytes(11, "big") + (b"\x01" if number == len(pieces) - 1 else b"\x00")
        sealed = aead.encrypt(nonce, piece, header_bytes)
        out += struct.pack(">I", len(sealed)) + sealed
    summary_bytes = summary if isinstance(summary, bytes) else json_bytes(summary or {"counts": {}, "forwarded": []})
    out += summary_bytes + struct.pack(">I", len(summary_bytes))
    out += signer.sign(hashlib.sha256(bytes(out)).digest())
    return bytes(out)


def forge_v1(header: dict | bytes, payload: bytes, signer: Ed25519PrivateKey, recipient: X25519PublicKey) -> bytes:
    """A format-1 package: ``payload`` is the JSON document ``{"records": …, "attachments": …}`` before
    compression; the whole file signed."""
    header_bytes = header if isinstance(header, bytes) else json_bytes(header)
    ephemeral, nonce = X25519PrivateKey.generate(), os.urandom(12)
    ciphertext = AESGCM(_key(ephemeral, recipient)).encrypt(nonce, zlib.compress(payload, 9), header_bytes)
    body = (MAGIC + b"\x01" + struct.pack(">I", len(header_bytes)) + header_bytes + struct.pack(">Q", len(ciphertext))
            + raw_public(ephemeral) + nonce + ciphertext)
    return body + signer.sign(body)


def fingerprint(head: dict) -> str:
    """Section "Keys": the first 128 bits of SHA-256 over both public keys, eight groups of four hex digits."""
    digest = hashlib.sha256(base64.b64decode(head["signing_public"]) + base64.b64decode(head["encryption_public"]))
    text = digest.hexdigest()[:32].upper()
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def recipient_key(key_file: Path) -> bytes:
    """The recipient's X25519 public key, from its key file (`encryption_public`, base64)."""
    return base64.b64decode(json.loads(key_file.read_text(encoding="utf-8"))["encryption_public"])


def attacker_header(sender: str, sender_name: str, recipient: str, signer: Ed25519PrivateKey,
                    **claims: object) -> dict:
    """A header claiming to be ``sender``, with the signing (and a fresh encryption) public key of ``signer``."""
    return header_for(signer, sender, str(uuid.uuid4()), recipient, **{
        "sender_name": sender_name, "sender_parent": "08", "created": "2026-11-30T08:00:00+00:00",
        "encryption_public": base64.b64encode(raw_public(X25519PrivateKey.generate())).decode(), **claims})


def forge_lines(head: dict, lines: list[dict], signer: Ed25519PrivateKey, recipient_public: bytes,
                summary: dict | None = None) -> bytes:
    """A format-2 package of JSON ``lines``, its summary counting the rows of each table."""
    counts: dict[str, int] = {}
    for line in lines:
        if "table" in line:
            counts[line["table"]] = counts.get(line["table"], 0) + len(line["rows"])
    return forge(head, payload_lines(lines), signer, X25519PublicKey.from_public_bytes(recipient_public),
                 {"counts": counts, "forwarded": [], **(summary or {})})


def record(owner: str, version: int = 2**40, **fields: object) -> dict:
    """A record with the columns every travelling table has."""
    now = "2026-11-30T08:00:00+00:00"
    return {"id": str(uuid.uuid4()), "owner_unit": owner, "version": version, "changed_by": str(uuid.uuid4()),
            "created_at": now, "updated_at": now, "deleted_at": None, **fields}
