"""The sync package file, format 2 (docs/sync-format.md), written and read as a stream in bounded memory:
signed by the sender (Ed25519 over the SHA-256 of the file), encrypted for the recipient (X25519 + HKDF-SHA256,
AES-256-GCM chunk by chunk, the header bound as associated data); the payload is zlib-compressed JSON lines.

    "ANTTSYNC" | format (1 byte) | header length (4, big-endian) | header (UTF-8 JSON) | ephemeral X25519 key (32)
    | chunks, each: ciphertext length (4) | ciphertext (nonce: chunk number in 11 bytes, then 1 on the last chunk)
    | summary (UTF-8 JSON) | summary length (4) | Ed25519 signature (64) of the SHA-256 of every byte before it
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_limits
from antt_desktop.exchange.sync_format import (
    _RAW,
    BATCH,
    CHUNK,
    FORMAT,
    KEY,
    MAGIC,
    MAX_HEADER,
    MAX_PACKAGE,
    MAX_PAYLOAD,
    PREFIX,
    READ_SIZE,
    SIGNATURE,
    TAG,
    b64,
    changed_while_read,
    damaged,
    derive_key,
    format_of,
    not_for_us,
    parse_object,
    public_bytes,
    signature_refused,
)


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class PackageWriter:
    """Writes a package to ``handle`` as its items come: records are batched by table, attached files go one a
    line; nothing but the current batch and one chunk is held in memory."""

    def __init__(self, handle: BinaryIO, header: dict, signer: Ed25519PrivateKey, recipient: X25519PublicKey):
        self._handle, self._signer, self._digest = handle, signer, hashlib.sha256()
        self._header = _json(header)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = public_bytes(ephemeral)
        key = derive_key(ephemeral.exchange(recipient), ephemeral_public + recipient.public_bytes(**_RAW))
        self._aead, self._compressor = AESGCM(key), zlib.compressobj(6)
        self._pending, self._chunks = bytearray(), 0
        self._table, self._rows = "", []
        self.counts: dict[str, int] = {}
        self._write(MAGIC + bytes([FORMAT]) + struct.pack(">I", len(self._header)) + self._header
                    + ephemeral_public)

    def add_record(self, table: str, row: dict) -> None:
        if table != self._table or len(self._rows) >= BATCH:
            self._flush_rows()
            self._table = table
        self._rows.append(row)
        self.counts[table] = self.counts.get(table, 0) + 1

    def add_attachment(self, sha256: str, content: bytes) -> None:
        self.add({"attachment": sha256, "content": b64(content)})

    def add(self, item: dict) -> None:
        """One JSON line of the payload."""
        self._flush_rows()
        line = json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        self._pending += self._compressor.compress(line)
        while len(self._pending) > CHUNK:
            self._seal(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]

    def finish(self, summary: dict) -> str:
        """Seals the last chunk, writes the summary (``counts`` added) and the signature; the file's SHA-256."""
        self._flush_rows()
        self._pending += self._compressor.flush()
        while len(self._pending) > CHUNK:
            self._seal(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]
        self._seal(bytes(self._pending), last=True)
        summary_bytes = _json({**summary, "counts": self.counts})
        self._write(summary_bytes + struct.pack(">I", len(summary_bytes)))
        self._write(self._signer.sign(self._digest.digest()))
        return self._digest.hexdigest()

    def _flush_rows(self) -> None:
        if self._rows:
            rows, self._rows = self._rows, []
            self.add({"table": self._table, "rows": rows})

    def _seal(self, plain: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._chunks, last), plain, self._header)
        self._chunks += 1
        self._write(struct.pack(">I", len(sealed)) + sealed)

    def _write(self, data: bytes) -> None:
        self._digest.update(data)
        self._handle.write(data)


def seal(header: dict, items: Iterable[dict], signer: Ed25519PrivateKey, recipient: X25519PublicKey,
         summary: dict | None = None) -> bytes:
    """A whole package in memory (receipts, tests): ``items`` are its JSON lines."""
    import io

    out = io.BytesIO()
    writer = PackageWriter(out, header, signer, recipient)
    for item in items:
        writer.add(item)
    writer.finish(summary or {})
    return out.getvalue()


def record_items(records: dict[str, list[dict]], attachments: dict[str, bytes] | None = None) -> Iterator[dict]:
    """The JSON lines of ``records`` by table (in batches) and of attached files."""
    for table, rows in records.items():
        for start in range(0, len(rows), BATCH):
            yield {"table": table, "rows": rows[start:start + BATCH]}
    for sha256, content in (attachments or {}).items():
        yield {"attachment": sha256, "content": b64(content)}


def read_header(handle: BinaryIO, size: int) -> tuple[int, bytes, dict]:
    """The format, the header's bytes and the header, checked for shape only (nothing is trusted before the
    signature is verified); the same in both formats."""
    handle.seek(0)
    prefix = handle.read(PREFIX)
    version = format_of(prefix)
    (length,) = struct.unpack(">I", prefix[len(MAGIC) + 1:])
    if length > MAX_HEADER or PREFIX + length > size:
        raise damaged("phần đầu không đúng kích thước")
    header_bytes = handle.read(length)
    header = parse_object(header_bytes, "phần đầu")
    sync_limits.check_header(header)
    return version, header_bytes, header


def open_file(handle: BinaryIO) -> PackageFile:
    """The package in ``handle``, of either format (format 1: read whole, as it was written)."""
    size = size_of(handle)
    version, header_bytes, header = read_header(handle, size)
    if version == 1:
        from antt_desktop.exchange.sync_package_v1 import LegacyPackage

        return LegacyPackage(handle, header_bytes, header)
    return PackageFile(handle, size, header_bytes, header)


def size_of(handle: BinaryIO) -> int:
    size = handle.seek(0, 2)
    if size > MAX_PACKAGE:
        raise UserError(f"Tệp quá lớn ({size // (1024 * 1024)} MB) để là gói đồng bộ; không nhập.")
    handle.seek(0)
    return size


class PackageFile:
    """A package being read from a seekable file (``open_file`` reads its header). Opening reads the summary and
    hashes the file once; :meth:`verify` checks the signature; :meth:`items` decrypts and yields the payload's
    lines one by one, hashing the file again and refusing it at the end if it changed in between."""

    def __init__(self, handle: BinaryIO, size: int, header_bytes: bytes, header: dict) -> None:
        self._handle, self.header_bytes, self.header = handle, header_bytes, header
        self._start = PREFIX + len(self.header_bytes)  # where the ephemeral key begins
        self._end = size - SIGNATURE - 4  # where the summary's length begins
        if self._start + KEY + 4 + TAG > self._end:
            raise damaged("phần đầu không đúng kích thước")
        handle.seek(self._end)
        (summary_length,) = struct.unpack(">I", handle.read(4))
        self._chunks_end = self._end - summary_length
        if summary_length > MAX_HEADER or self._chunks_end < self._start + KEY + 4 + TAG:
            raise damaged("phần tóm tắt không đúng kích thước")
        handle.seek(self._chunks_end)
        self.summary = parse_object(handle.read(summary_length), "phần tóm tắt")
        sync_limits.check_summary(self.summary)
        self._payload_limit = sync_limits.payload_limit(size, MAX_PAYLOAD)
        self._digest = self._hash(size - SIGNATURE)
        self._signature = handle.read(SIGNATURE)
        whole = self._digest.copy()
        whole.update(self._signature)
        self.file_hash = whole.hexdigest()

    def _hash(self, upto: int) -> hashlib._Hash:
        digest, handle = hashlib.sha256(), self._handle
        handle.seek(0)
        while handle.tell() < upto:
            block = handle.read(min(READ_SIZE, upto - handle.tell()))
            if not block:
                raise damaged("tệp ngắn hơn độ dài ghi trong đó")
            digest.update(block)
        return digest

    def verify(self, signing_public: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(signing_public).verify(self._signature, self._digest.digest())
        except (InvalidSignature, ValueError):
            raise signature_refused() from None

    def items(self, recipient: X25519PrivateKey) -> Iterator[dict]:
        """The payload's JSON objects in order; decryption, decompression (bounded) and parsing as they come."""
        handle, digest = self._handle, hashlib.sha256()
        handle.seek(0)
        digest.update(handle.read(self._start))
        ephemeral_public = handle.read(KEY)
        digest.update(ephemeral_public)
        try:
            key = derive_key(recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)),
                             ephemeral_public + public_bytes(recipient))
        except ValueError:
            raise not_for_us() from None
        from antt_desktop.exchange.sync_lines import LineReader

        lines = LineReader(self._payload_limit)
        aead, number = AESGCM(key), 0
        while handle.tell() < self._chunks_end:
            length_bytes = handle.read(4)
            if len(length_bytes) < 4:
                raise changed_while_read()
            (length,) = struct.unpack(">I", length_bytes)
            if length < TAG or length > CHUNK + TAG or handle.tell() + length > self._chunks_end:
                raise damaged("một khối dữ liệu không đúng kích thước")
            sealed = handle.read(length)
            if len(sealed) < length:
                raise changed_while_read()
            digest.update(length_bytes + sealed)
            try:
                plain = aead.decrypt(_nonce(number, handle.tell() == self._chunks_end), sealed, self.header_bytes)
            except InvalidTag:
                raise (not_for_us() if number == 0 else damaged("một khối dữ liệu không giải mã được")) from None
            number += 1
            yield from lines.feed(plain)
        lines.close()
        digest.update(handle.read(self._end + 4 - self._chunks_end))
        if digest.digest() != self._digest.digest():
            raise changed_while_read()
