"""Packages signed by a key not registered for their sender: held, not merged ("chờ xác nhận"), until an
administrator compares the fingerprint by phone and registers the key (the package is then imported) or
rejects it (the file is deleted). Both are written to the audit trail."""

from __future__ import annotations

import base64
import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.audit import append_audit
from antt_desktop.db.models import Unit
from antt_desktop.db.sync import HeldPackage
from antt_desktop.errors import UserError
from antt_desktop.exchange.sync_format import fingerprint
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.sync import atomic_output
from antt_desktop.services.sync.sync_keys import REGISTER_HOW
from antt_desktop.services.sync.unit_hierarchy import official_commune

MAX_COUNTED_TABLES = 64
TABLE_LABELS = {"residential_areas": "khu dân cư", "force_teams": "tổ", "force_members": "thành viên",
                "member_events": "sự kiện thành viên", "attachments": "tệp đính kèm", "security_models": "mô hình",
                "model_activities": "hoạt động mô hình", "model_reviews": "đánh giá mô hình",
                "campaigns": "đợt cao điểm", "prestigious_persons": "người có uy tín", "activities": "hoạt động",
                "plans": "kế hoạch", "targets": "chỉ tiêu", "inspections": "kiểm tra", "remedies": "khắc phục",
                "criterion_assessments": "chấm tiêu chí", "evaluations": "đánh giá, xếp loại",
                "evaluation_reviews": "duyệt bảng điểm", "member_ratings": "xếp loại thành viên",
                "evaluation_steps": "bước xét duyệt", "commendations": "khen thưởng",
                "directives": "văn bản chỉ đạo", "catalog_updates": "danh mục"}


def _base_name(name: str) -> str:
    """The file's own name (it was chosen on this PC), so that messages about it name it as the user knows it."""
    base = Path(name.replace("\\", "/")).name[:120]
    return base if base not in ("", ".", "..") else "goi.anttsync"


def held_path(database: Database, file_hash: str, file_name: str) -> Path:
    return database.paths.data_dir / "held" / file_hash / _base_name(file_name)


def _counts(summary: dict) -> dict[str, int]:
    counts = summary.get("counts")
    if not isinstance(counts, dict) or len(counts) > MAX_COUNTED_TABLES:
        return {}
    return {str(k)[:40]: v for k, v in counts.items() if type(v) is int and 0 <= v < 10**9}


def _public(header: dict, field: str) -> bytes:
    try:
        key = base64.b64decode(header[field], validate=True)
    except (KeyError, ValueError, TypeError):
        return b""
    return key if len(key) == 32 else b""


def hold(database: Database, session: Session, user: CurrentUser, header: dict, summary: dict, file_hash: str,
         source: BinaryIO, name: str) -> str:
    """Keep the package (already checked to be signed by the key its header names) for an administrator; the
    message names the unit, the fingerprint and how to register the key."""
    sender = str(header["sender"])
    known = session.get(Unit, sender) or official_commune(sender)  # the name known here, not the one claimed
    sender_name = known.name if known else str(header.get("sender_name") or sender)[:200]
    signing, encryption = _public(header, "signing_public"), _public(header, "encryption_public")
    shown = fingerprint(signing, encryption)
    row = session.scalar(select(HeldPackage).where(HeldPackage.file_hash == file_hash))
    counts = _counts(summary)
    if row is None:
        with atomic_output(held_path(database, file_hash, name)) as out:
            source.seek(0)
            shutil.copyfileobj(source, out)
        seq = header.get("seq") if type(header.get("seq")) is int and 0 < header["seq"] < 2**31 else 0
        session.add(HeldPackage(file_hash=file_hash, file_name=_base_name(name), sender=sender, sender_name=sender_name,
                                signing_public=signing, encryption_public=encryption, fingerprint=shown, seq=seq,
                                records=sum(counts.values()), counts=json.dumps(counts, ensure_ascii=False)))
        append_audit(session, user.username, "hold", "sync", f"{sender}#{seq}",
                     f"{name}: khóa chưa đăng ký, dấu vân tay {shown}; chờ xác nhận")
    how = (f"hãy nhập tệp khóa của đơn vị đó ({REGISTER_HOW})" if not encryption else
           "rồi đăng ký khóa ở trang Đồng bộ, thẻ “Chờ xác nhận” (dòng lệnh: antt keys import TỆP-KHÓA của đơn vị "
           "đó)")
    return (f"{name}: khóa ký của {sender_name} ({sender}) chưa được đăng ký ở đơn vị này (dấu vân tay {shown}). "
            f"Gói được giữ lại chờ xác nhận, chưa nhập gì. Hãy gọi điện cho {sender_name} đối chiếu dấu vân tay, "
            f"{how}.")


def remove_folder(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


@dataclass(frozen=True)
class Held:
    id: int
    file_name: str
    sender: str
    sender_name: str
    fingerprint: str
    seq: int
    records: int
    counts: dict
    held_at: datetime

    @property
    def contents(self) -> str:
        """What the package says it holds, e.g. "120 thành viên, 8 khu dân cư" (its summary, unverified)."""
        return ", ".join(f"{n} {TABLE_LABELS.get(table, table)}" for table, n in self.counts.items() if n)


def list_held(database: Database) -> list[Held]:
    with database.factory() as session:
        return [Held(h.id, h.file_name, h.sender, h.sender_name, h.fingerprint, h.seq, h.records,
                     json.loads(h.counts or "{}"), h.held_at)
                for h in session.scalars(select(HeldPackage).order_by(HeldPackage.sender, HeldPackage.seq))]


def reject_held(database: Database, user: CurrentUser, held_id: int) -> str:
    """The key is not the unit's: the held package is deleted, unread; the refusal stays in the audit trail."""
    user.require(Role.ADMIN)
    with database.session(user.username) as session:
        row = session.get(HeldPackage, held_id)
        if row is None:
            raise UserError("Gói chờ xác nhận này không còn (đã được xử lý).")
        message = (f"Đã từ chối gói {row.file_name} mang danh {row.sender_name} ({row.sender}), dấu vân tay "
                   f"{row.fingerprint}; gói đã bị xóa, không nhập gì.")
        append_audit(session, user.username, "reject", "sync", f"{row.sender}#{row.seq}", message)
        path = held_path(database, row.file_hash, row.file_name)
        path.unlink(missing_ok=True)
        remove_folder(path.parent)
        session.delete(row)
    return message
