"""The sync package file (docs/sync-format.md): signed by the sender (Ed25519), encrypted for the recipient
(X25519 + HKDF-SHA256 + AES-256-GCM, the header bound as associated data), payload zlib-compressed JSON.

    "ANTTSYNC" | format (1 byte) | header length (4, big-endian) | header (UTF-8 JSON)
    | ciphertext length (8, big-endian) | ephemeral X25519 public key (32) | nonce (12) | ciphertext
    | Ed25519 signature (64) over every byte before it
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from antt_desktop.errors import UserError

MAGIC = b"ANTTSYNC"
FORMAT = 1
MAX_HEADER = 64 * 1024
MAX_PACKAGE = 512 * 1024 * 1024
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024  # decompressed: a guard against decompression bombs
SIGNATURE = 64
_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}


def public_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(**_RAW)


def fingerprint(signing_public: bytes, encryption_public: bytes = b"") -> str:
    """Short enough to read out over the phone: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(signing_public + encryption_public).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _key(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"antt-sync-v1").derive(shared)


def seal(header: dict, payload: dict, signer: Ed25519PrivateKey, recipient: X25519PublicKey) -> bytes:
    header_bytes = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    compressed = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral)
    recipient_public = recipient.public_bytes(**_RAW)
    key = _key(ephemeral.exchange(recipient), ephemeral_public + recipient_public)
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, compressed, header_bytes)
    body = (MAGIC + bytes([FORMAT]) + struct.pack(">I", len(header_bytes)) + header_bytes
            + struct.pack(">Q", len(ciphertext)) + ephemeral_public + nonce + ciphertext)
    return body + signer.sign(body)


def read_header(data: bytes) -> tuple[dict, int]:
    """The header, checked for shape only (nothing is trusted before the signature is verified)."""
    if len(data) > MAX_PACKAGE:
        raise UserError(f"Tệp quá lớn ({len(data) // (1024 * 1024)} MB) để là gói đồng bộ; không nhập.")
    if len(data) < len(MAGIC) + 5 or not data.startswith(MAGIC):
        raise UserError("Tệp không phải gói đồng bộ ANTT (.anttsync) hoặc bị cắt mất phần đầu.")
    if data[len(MAGIC)] != FORMAT:
        raise UserError(f"Gói đồng bộ dùng định dạng số {data[len(MAGIC)]}, mới hơn chương trình này (định dạng "
                        f"{FORMAT}). Hãy cập nhật ANTT Desktop rồi nhập lại.")
    (length,) = struct.unpack(">I", data[len(MAGIC) + 1:len(MAGIC) + 5])
    start = len(MAGIC) + 5
    if length > MAX_HEADER or start + length + 8 + 32 + 12 + SIGNATURE > len(data):
        raise UserError("Gói đồng bộ bị cắt cụt hoặc hỏng (phần đầu không đúng kích thước).")
    try:
        header = json.loads(data[start:start + length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise UserError("Gói đồng bộ bị hỏng (phần đầu không đọc được).") from None
    if not isinstance(header, dict):
        raise UserError("Gói đồng bộ bị hỏng (phần đầu không đúng cấu trúc).")
    return header, start + length


def open_package(data: bytes, signing_public: bytes, recipient: X25519PrivateKey) -> tuple[dict, dict]:
    """Verify the signature, decrypt, decompress (bounded) and parse; any failure refuses the whole file."""
    header, offset = read_header(data)
    body, signature = data[:-SIGNATURE], data[-SIGNATURE:]
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, body)
    except (InvalidSignature, ValueError):
        raise UserError("Chữ ký của gói không đúng: gói đã bị sửa, bị cắt hoặc không phải do đơn vị gửi lập. "
                        "Không nhập gì; hãy đề nghị đơn vị gửi lại gói.") from None
    (length,) = struct.unpack(">Q", body[offset:offset + 8])
    ephemeral_public, nonce = body[offset + 8:offset + 40], body[offset + 40:offset + 52]
    ciphertext = body[offset + 52:]
    if len(ciphertext) != length:
        raise UserError("Gói đồng bộ bị cắt cụt hoặc hỏng (độ dài phần dữ liệu không khớp).")
    recipient_public = public_bytes(recipient)
    try:
        key = _key(recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)),
                   ephemeral_public + recipient_public)
        compressed = AESGCM(key).decrypt(nonce, ciphertext, body[len(MAGIC) + 5:offset])
    except (InvalidTag, ValueError):
        raise UserError("Không giải mã được gói: gói được mã hóa cho đơn vị khác, hoặc khóa của đơn vị này đã "
                        "thay đổi. Hãy gửi tệp khóa công khai mới cho đơn vị gửi.") from None
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(compressed, MAX_PAYLOAD)
    except zlib.error:
        raise UserError("Gói đồng bộ bị hỏng (không giải nén được).") from None
    if inflater.unconsumed_tail:
        raise UserError("Dữ liệu trong gói quá lớn sau khi giải nén; gói bị từ chối để bảo vệ máy.")
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise UserError("Gói đồng bộ bị hỏng (dữ liệu không đọc được).") from None
    return header, payload
