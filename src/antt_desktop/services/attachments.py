"""Files attached to records, stored once per content hash under the data folder's ``attachments/``."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from antt_desktop.db.force_models import Attachment
from antt_desktop.domain.file_names import SHA256_HEX, name_problem
from antt_desktop.domain.file_types import HEADER_BYTES, LABELS, sniff
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services import scoping
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

MAX_BYTES = 50 * 1024 * 1024
DOCUMENT_TYPES = ("pdf", "jpeg", "png")
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    size: int
    sha256: str
    note: str
    slot: str = ""


def store_path(database: Database, sha256: str) -> Path:
    return database.paths.data_dir / "attachments" / sha256[:2] / sha256


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_file(source: Path, size: int, allowed: tuple[str, ...] | None, max_bytes: int) -> None:
    if size > max_bytes:
        raise UserError(f"Tệp {source.name} lớn {size / (1024 * 1024):.1f} MB, quá giới hạn "
                        f"{max_bytes // (1024 * 1024)} MB; hãy nén, quét lại với độ phân giải thấp hơn hoặc chia nhỏ.")
    if allowed is None:
        return
    with source.open("rb") as handle:
        kind = sniff(handle.read(HEADER_BYTES))
    if kind not in allowed:
        expected = ", ".join(LABELS[k] for k in allowed)
        raise UserError(f"Tệp {source.name} không phải tệp {expected} thật (nội dung không đúng định dạng, dù tên "
                        f"tệp có thể đã đổi đuôi); chỉ nhận {expected}.")


def add_attachment(database: Database, user: CurrentUser, record_kind: str, record_id: uuid.UUID, source: Path,
                   note: str = "", slot: str = "", allowed: tuple[str, ...] | None = None,
                   max_bytes: int = MAX_BYTES) -> AttachmentRow:
    """Attach a copy of ``source``; with ``allowed``, its content must be one of those types."""
    user.require(Role.EDITOR)
    sha, size = keep_file(database, source, allowed, max_bytes)
    with database.session(user.username) as session:
        row = Attachment(id=uuid.uuid4(), record_kind=record_kind, record_id=record_id, slot=slot,
                         filename=source.name,
                         sha256=sha, size=size, note=normalize(note))
        session.add(row)
    return AttachmentRow(row.id, row.filename, size, sha, row.note, slot)


def keep_file(database: Database, source: Path, allowed: tuple[str, ...] | None = None,
              max_bytes: int = MAX_BYTES) -> tuple[str, int]:
    """Check ``source`` and store a copy under its content hash (once); returns the hash and the size."""
    try:
        size = source.stat().st_size
        _check_file(source, size, allowed, max_bytes)
        sha = _hash(source)
        target = store_path(database, sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            shutil.copyfile(source, partial)
            partial.replace(target)
    except OSError as exc:
        raise UserError(f"Không đọc hoặc chép được tệp {source}: {exc.strerror or exc}.") from exc
    return sha, size


def list_attachments(database: Database, record_kind: str, record_id: uuid.UUID) -> list[AttachmentRow]:
    statement = (select(Attachment).where(Attachment.record_kind == record_kind, Attachment.record_id == record_id,
                                          Attachment.deleted_at.is_(None)).order_by(Attachment.created_at))
    with database.factory() as session:
        return [AttachmentRow(a.id, a.filename, a.size, a.sha256, a.note, a.slot) for a in session.scalars(statement)]


def delete_attachment(database: Database, user: CurrentUser, attachment_id: uuid.UUID) -> None:
    scoping.set_deleted(database, user, Attachment, attachment_id, "tệp đính kèm")


def copy_out(database: Database, row: AttachmentRow, folder: Path) -> Path:
    """A copy under its original name (to open it with the program the PC associates with its type): only its
    base name, inside ``folder``; a program or a file not found by its hash is never copied out."""
    base = Path(row.filename.replace("\\", "/")).name
    problem = name_problem(base) or ("" if SHA256_HEX.fullmatch(row.sha256) else "không rõ mã băm")
    if problem:
        raise UserError(f"Không mở tệp đính kèm “{base[:80]}”: tên tệp {problem}. Hãy hỏi đơn vị gửi tệp.")
    target = folder / base
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(store_path(database, row.sha256), target)
    except OSError as exc:
        raise UserError(f"Không mở được tệp {row.filename}: {exc.strerror or exc}. Tệp có thể đã bị xóa khỏi "
                        "thư mục dữ liệu; hãy khôi phục từ bản sao lưu.") from exc
    return target
