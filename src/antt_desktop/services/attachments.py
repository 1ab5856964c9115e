"""Files attached to records, stored once per content hash under the data folder's ``attachments/``.

Whoever sent it (a user or a package), a file is kept only if its content is a PDF, JPEG or PNG, under a safe
base name with the extension of its real type, and is opened only as a copy in a private temporary folder."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from antt_desktop.db.forces import Attachment
from antt_desktop.domain.file_types import HEADER_BYTES, LABELS, document_name, is_sha256, safe_name, sniff
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.admin.audit_log import record_refusal
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

DOCUMENT_TYPES = ("pdf", "jpeg", "png")
MAX_BYTES = 50 * 1024 * 1024
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
_EXPECTED = ", ".join(LABELS[k] for k in DOCUMENT_TYPES)


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    size: int
    sha256: str
    note: str
    slot: str = ""


def store_path(database: Database, sha256: str) -> Path:
    """Where the bytes of a hash live; anything but 64 hex digits is refused before it can name a path."""
    if not is_sha256(sha256):
        raise UserError("Mã băm của tệp đính kèm không hợp lệ (phải là 64 chữ số hệ 16); tệp không được dùng.")
    return database.paths.data_dir / "attachments" / sha256[:2] / sha256


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _kind(source: Path, size: int, allowed: tuple[str, ...], max_bytes: int) -> str:
    """The file's type read from its content, refused when too large or not one of ``allowed``."""
    if size > max_bytes:
        raise UserError(f"Tệp {safe_name(source.name)} lớn {size / (1024 * 1024):.1f} MB, quá giới hạn "
                        f"{max_bytes // (1024 * 1024)} MB; hãy nén, quét lại với độ phân giải thấp hơn hoặc chia nhỏ.")
    with source.open("rb") as handle:
        kind = sniff(handle.read(HEADER_BYTES))
    if kind not in allowed:
        expected = ", ".join(LABELS[k] for k in allowed)
        raise UserError(f"Tệp {safe_name(source.name)} không phải tệp {expected} thật (nội dung không đúng định dạng, "
                        f"dù tên tệp có thể đã đổi đuôi); chỉ nhận {expected}.")
    return kind


def add_attachment(database: Database, user: CurrentUser, record_kind: str, record_id: uuid.UUID, source: Path,
                   note: str = "", slot: str = "", allowed: tuple[str, ...] = DOCUMENT_TYPES,
                   max_bytes: int = MAX_BYTES) -> AttachmentRow:
    """Attach a copy of ``source``; its content must be one of ``allowed`` (PDF, JPEG, PNG)."""
    user.require(Role.EDITOR)
    name, sha, size = keep_named(database, source, allowed, max_bytes, user.username)
    attached = list_attachments(database, record_kind, record_id)
    refuse_duplicate(name, sha, [a for a in attached if a.slot == slot])
    with database.session(user.username) as session:
        row = Attachment(id=uuid.uuid4(), record_kind=record_kind, record_id=record_id, slot=slot,
                         filename=name, sha256=sha, size=size, note=normalize(note))
        session.add(row)
    return AttachmentRow(row.id, row.filename, size, sha, row.note, slot)


def refuse_duplicate(name: str, sha256: str, attached: Iterable[AttachmentRow]) -> None:
    """The same content twice on one record (in one document slot) is refused, naming the attachment that holds
    it already; one scan may serve two slots (a decision with its regulation attached)."""
    for row in attached:
        if row.sha256 == sha256:
            raise UserError(f"Tệp {name} có nội dung giống hệt tệp “{row.filename}” đã đính kèm vào hồ sơ này; "
                            "không cần đính kèm lần nữa.")


def inspect_file(source: Path, allowed: tuple[str, ...] = DOCUMENT_TYPES,
                 max_bytes: int = MAX_BYTES) -> tuple[str, int]:
    """Check ``source`` as ``add_attachment`` will, without storing it; returns its content hash and size."""
    try:
        size = source.stat().st_size
        _kind(source, size, allowed, max_bytes)
        return _hash(source), size
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {safe_name(source.name)}: {exc.strerror or exc}.") from exc


def keep_named(database: Database, source: Path, allowed: tuple[str, ...] = DOCUMENT_TYPES,
               max_bytes: int = MAX_BYTES, refused_by: str = "") -> tuple[str, str, int]:
    """Check ``source``, store a copy under its content hash (once); the safe name (extension of its real type),
    the hash and the size. A file refused for ``refused_by`` (a user name) is written to the audit trail."""
    try:
        return _keep_named(database, source, allowed, max_bytes)
    except UserError as exc:
        if refused_by:
            record_refusal(database, refused_by, "attachments", source.name, exc.message)
        raise


def _keep_named(database: Database, source: Path, allowed: tuple[str, ...],
                max_bytes: int) -> tuple[str, str, int]:
    try:
        size = source.stat().st_size
        kind = _kind(source, size, allowed, max_bytes)
        sha = _hash(source)
        target = store_path(database, sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            shutil.copyfile(source, partial)
            partial.replace(target)
    except OSError as exc:
        raise UserError(f"Không đọc hoặc chép được tệp {safe_name(source.name)}: {exc.strerror or exc}.") from exc
    return safe_name(source.name, kind), sha, size


def check_incoming_row(row: dict) -> None:
    """An attachment record from a package: its hash must be a hash; its name is reduced to a safe base name."""
    if not is_sha256(row.get("sha256")):
        raise UserError("Gói đồng bộ có tệp đính kèm với mã băm không hợp lệ (phải là 64 chữ số hệ 16, có thể là "
                        "một đường dẫn giả); gói bị từ chối, không nhập gì.")
    if "filename" in row:
        row["filename"] = document_name(row["filename"])


def store_incoming(database: Database, sha: object, content: object) -> None:
    """A file carried by a package: kept only if it matches its hash and is really a PDF, JPEG or PNG."""
    if not is_sha256(sha):
        raise UserError("Gói đồng bộ có tệp đính kèm với mã băm không hợp lệ; gói bị từ chối, không nhập gì.")
    if not isinstance(content, str) or len(content) > (MAX_BYTES // 3 + 1) * 4:
        raise UserError(f"Một tệp đính kèm trong gói lớn quá {MAX_BYTES // (1024 * 1024)} MB hoặc hỏng; gói bị từ "
                        "chối, không nhập gì.")
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if hashlib.sha256(data).hexdigest() != sha:
        raise UserError("Một tệp đính kèm trong gói không khớp mã băm; gói bị từ chối.")
    if sniff(data[:HEADER_BYTES]) not in DOCUMENT_TYPES:
        raise UserError(f"Một tệp đính kèm trong gói không phải tệp {_EXPECTED} thật (nội dung khác với loại tệp); "
                        "gói bị từ chối, không nhập gì.")
    path = store_path(database, sha)
    if path.exists():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp đính kèm vào thư mục dữ liệu: {exc.strerror or exc}.") from exc


def list_attachments(database: Database, record_kind: str, record_id: uuid.UUID) -> list[AttachmentRow]:
    statement = (select(Attachment).where(Attachment.record_kind == record_kind, Attachment.record_id == record_id,
                                          Attachment.deleted_at.is_(None)).order_by(Attachment.created_at))
    with database.factory() as session:
        return [AttachmentRow(a.id, a.filename, a.size, a.sha256, a.note, a.slot) for a in session.scalars(statement)]


def delete_attachment(database: Database, user: CurrentUser, attachment_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Attachment, attachment_id, "tệp đính kèm")


def copy_out(database: Database, row: AttachmentRow, folder: Path) -> Path:
    """A copy in ``folder`` under the row's safe base name with the extension of the file's real type; a file that
    is not a PDF, JPEG or PNG is not copied (it would be launched by whatever program its name points to)."""
    source = store_path(database, row.sha256)
    try:
        with source.open("rb") as handle:
            kind = sniff(handle.read(HEADER_BYTES))
        if kind not in DOCUMENT_TYPES:
            raise UserError(f"Tệp {safe_name(row.filename)} không phải tệp {_EXPECTED} thật nên không được mở (có thể "
                            "là chương trình đổi tên). Hãy xóa tệp này khỏi hồ sơ.")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / safe_name(row.filename, kind)
        target.unlink(missing_ok=True)
        with source.open("rb") as src, os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                                                 "wb") as dst:
            shutil.copyfileobj(src, dst)
    except OSError as exc:
        raise UserError(f"Không mở được tệp {safe_name(row.filename)}: {exc.strerror or exc}. Tệp có thể đã bị xóa "
                        "khỏi thư mục dữ liệu; hãy khôi phục từ bản sao lưu.") from exc
    return target


def open_copy(database: Database, row: AttachmentRow) -> Path:
    """A copy to open with the PC's viewer for its type, in a new private temporary folder (only this user)."""
    return copy_out(database, row, Path(tempfile.mkdtemp(prefix="antt-")))
