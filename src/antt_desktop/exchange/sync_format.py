"""What both package formats share: the file's magic and bounds, key encodings and fingerprints, and the
Vietnamese refusals a reader gives (docs/sync-format.md)."""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from antt_desktop.errors import UserError
from antt_desktop.exchange import sync_limits

MAGIC = b"ANTTSYNC"
FORMAT = 2
MAX_HEADER = 64 * 1024
MAX_PACKAGE = 512 * 1024 * 1024
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024  # decompressed: a guard against decompression bombs
MAX_LINE = 80 * 1024 * 1024  # one JSON line: a batch of records, or one attached file (at most 50 MiB) in base64
CHUNK = 64 * 1024  # compressed bytes sealed in one AES-GCM chunk
BATCH = 500  # records of one table in one JSON line
SIGNATURE, TAG, KEY = 64, 16, 32
PREFIX = len(MAGIC) + 5
_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}
READ_SIZE = 1024 * 1024


def public_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(**_RAW)


def fingerprint(signing_public: bytes, encryption_public: bytes = b"") -> str:
    """Short enough to read out over the phone: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(signing_public + encryption_public).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive_key(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"antt-sync-v1").derive(shared)


def damaged(what: str) -> UserError:
    return UserError(f"Gói đồng bộ bị cắt cụt hoặc hỏng ({what}). Không nhập gì; hãy đề nghị đơn vị gửi lại gói.")


def format_of(prefix: bytes) -> int:
    """The format byte of a file's first bytes, after checking that it is a package at all."""
    if len(prefix) < PREFIX or not prefix.startswith(MAGIC):
        raise UserError("Tệp không phải gói đồng bộ ANTT (.anttsync) hoặc bị cắt mất phần đầu.")
    version = prefix[len(MAGIC)]
    if version not in (1, FORMAT):
        raise UserError(f"Gói đồng bộ dùng định dạng số {version}, mới hơn chương trình này (định dạng "
                        f"{FORMAT}). Hãy cập nhật ANTT Desktop rồi nhập lại.")
    return version


def parse_object(data: bytes, what: str, checked: bool = False) -> dict:
    """A JSON object, its nesting and size bounded before it is parsed (unless ``checked`` already)."""
    if not checked:
        sync_limits.check_json_bytes(data, what)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged(f"{what} không đọc được") from None
    if not isinstance(value, dict):
        raise damaged(f"{what} không đúng cấu trúc")
    return value


def signature_refused() -> UserError:
    return UserError("Chữ ký của gói không đúng: gói đã bị sửa, bị cắt hoặc không phải do đơn vị gửi lập. "
                     "Không nhập gì; hãy đề nghị đơn vị gửi lại gói.")


def not_for_us() -> UserError:
    return UserError("Không giải mã được gói: gói được mã hóa cho đơn vị khác, hoặc khóa của đơn vị này đã "
                     "thay đổi. Hãy gửi tệp khóa công khai mới cho đơn vị gửi.")


def too_large_unpacked() -> UserError:
    return UserError("Dữ liệu trong gói quá lớn sau khi giải nén (quá "
                     f"{sync_limits.MAX_RATIO} lần kích thước tệp, hoặc một dòng quá dài); gói bị từ chối để bảo vệ "
                     "máy, không nhập gì.")


def changed_while_read() -> UserError:
    return UserError("Tệp gói đã thay đổi trong khi đang nhập (USB bị rút hoặc tệp bị ghi đè). Không nhập gì; "
                     "hãy nhập lại.")
