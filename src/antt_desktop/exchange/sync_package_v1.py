"""Reading packages of format 1, made before packages were streamed: the whole file signed (Ed25519) and
encrypted as one AES-GCM message; its payload ``{"records": {table: [rows]}, "attachments": {sha: base64}}``
is given as the JSON lines of format 2.

    "ANTTSYNC" | 1 | header length (4) | header | ciphertext length (8) | ephemeral X25519 key (32) | nonce (12)
    | ciphertext | Ed25519 signature (64) over every byte before it
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from antt_desktop.exchange import sync_format as current
from antt_desktop.exchange import sync_limits
from antt_desktop.exchange.sync_format import (
    BATCH,
    SIGNATURE,
    damaged,
    derive_key,
    not_for_us,
    public_bytes,
    signature_refused,
    too_large_unpacked,
)

MAX_VALUES = 1_000_000  # JSON values in a format-1 payload, which is parsed whole (under 300 MB of memory)
MAX_PAYLOAD = 256 * 1024 * 1024  # decompressed, held whole


class LegacyPackage:
    def __init__(self, handle: BinaryIO, header_bytes: bytes, header: dict) -> None:
        self.header_bytes, self.header = header_bytes, header
        handle.seek(0)
        self._data = handle.read()
        self._offset = len(current.MAGIC) + 5 + len(self.header_bytes)
        if self._offset + 8 + 32 + 12 + SIGNATURE > len(self._data):
            raise damaged("phần đầu không đúng kích thước")
        self.summary = {"forwarded": self.header.get("forwarded") or [], "counts": self.header.get("counts") or {}}
        sync_limits.check_summary(self.summary)
        self.file_hash = hashlib.sha256(self._data).hexdigest()

    def verify(self, signing_public: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(signing_public).verify(self._data[-SIGNATURE:],
                                                                      self._data[:-SIGNATURE])
        except (InvalidSignature, ValueError):
            raise signature_refused() from None

    def items(self, recipient: X25519PrivateKey) -> Iterator[dict]:
        body, offset = self._data[:-SIGNATURE], self._offset
        (length,) = struct.unpack(">Q", body[offset:offset + 8])
        ephemeral_public, nonce, ciphertext = body[offset + 8:offset + 40], body[offset + 40:offset + 52], \
            body[offset + 52:]
        if len(ciphertext) != length:
            raise damaged("độ dài phần dữ liệu không khớp")
        try:
            key = derive_key(recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)),
                             ephemeral_public + public_bytes(recipient))
            compressed = AESGCM(key).decrypt(nonce, ciphertext, self.header_bytes)
        except (InvalidTag, ValueError):
            raise not_for_us() from None
        inflater = zlib.decompressobj()
        try:
            raw = inflater.decompress(compressed, sync_limits.payload_limit(
                len(self._data), min(current.MAX_PAYLOAD, MAX_PAYLOAD)))
        except zlib.error:
            raise damaged("không giải nén được") from None
        if inflater.unconsumed_tail:
            raise too_large_unpacked()
        sync_limits.check_json_bytes(raw, "dữ liệu", MAX_VALUES)
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise damaged("dữ liệu không đọc được") from None
        if not isinstance(payload, dict):
            raise damaged("dữ liệu không đúng cấu trúc")
        counter = sync_limits.ItemCounter()
        for item in _items(payload):
            counter.check(item, BATCH)
            yield item


def _items(payload: dict) -> Iterator[dict]:
    if "received" in payload:
        yield {"received": payload["received"]}
        return
    records, attachments = payload.get("records", {}), payload.get("attachments", {})
    if not isinstance(records, dict) or not isinstance(attachments, dict):
        raise damaged("dữ liệu không đúng cấu trúc")
    for table, rows in records.items():
        if not isinstance(rows, list):
            yield {"table": table, "rows": rows}  # refused by the importer with the table named
            continue
        for start in range(0, len(rows), BATCH):
            yield {"table": table, "rows": rows[start:start + BATCH]}
    for sha256, content in attachments.items():
        yield {"attachment": sha256, "content": content}
