"""Reading the audit trail (admins only) and checking that no entry was changed or removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select

from antt_desktop.db.audit import append_audit, verify_chain
from antt_desktop.db.models import AuditEntry
from antt_desktop.domain.text import search_key
from antt_desktop.errors import UserError
from antt_desktop.services.admin.audit_anchor import problems
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    text: str = ""
    since: date | None = None
    until: date | None = None
    limit: int = 2000


def entries(database: Database, user: CurrentUser, f: AuditFilter = AuditFilter()) -> list[AuditEntry]:  # noqa: B008
    user.require(Role.ADMIN)
    statement = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(f.limit)
    if f.username:
        statement = statement.where(AuditEntry.username == f.username)
    if f.action:
        statement = statement.where(AuditEntry.action == f.action)
    if f.since:
        statement = statement.where(AuditEntry.at >= datetime.combine(f.since, time.min).astimezone(UTC))
    if f.until:
        statement = statement.where(AuditEntry.at <= datetime.combine(f.until, time.max).astimezone(UTC))
    with database.factory() as session:
        rows = list(session.scalars(statement))
    key = search_key(f.text)
    return [r for r in rows if not key or key in search_key(f"{r.kind} {r.record_id} {r.summary}")]


def verify(database: Database, user: CurrentUser, backup_files: Sequence[Path] = ()) -> str:
    """A sentence for the user; raises when an entry was changed or removed, or when the trail is shorter than,
    or differs from, an anchor kept outside the database (``backup_files``: backups kept elsewhere too)."""
    user.require(Role.ADMIN)
    with database.factory() as session:
        broken = verify_chain(session)
        count = session.query(AuditEntry).count()
    if broken is not None:
        raise UserError(f"Nhật ký bị sửa hoặc xóa từ mục số {broken}: chuỗi kiểm tra không khớp. Hãy báo cấp trên và "
                        "khôi phục từ bản sao lưu nếu cần.")
    found, checked = problems(database, backup_files)
    if found:
        raise UserError(f"Nhật ký bị cắt bớt hoặc viết lại: {'; '.join(found)}. Hãy báo cấp trên (cấp trên giữ mốc "
                        "nhật ký trong các gói đồng bộ đã nhận) và khôi phục từ bản sao lưu nếu cần.")
    anchored = f"; khớp {checked} mốc lưu ngoài cơ sở dữ liệu" if checked else ""
    return f"Nhật ký nguyên vẹn: {count} mục, chuỗi kiểm tra khớp từ đầu đến cuối{anchored}."


def record_refusal(database: Database, username: str, kind: str, file_name: str, reason: str) -> None:
    """An audit entry for a file that was refused, in a transaction of its own (the refused work was rolled
    back); a failure to write it never hides the refusal itself."""
    try:
        with database.session(username) as session:
            append_audit(session, username, "refuse", kind, file_name[:200], reason[:500])
    except UserError:
        pass
