"""Anchors of the audit trail kept outside the database: whoever deletes or rewrites its last entries in the
database cannot also reach the count and hash remembered elsewhere.

The end of the trail is written to settings.json after every commit that adds entries, is carried by every
backup (a copy of the database, trail included) and by the header of every sync package sent up, where the
upper level keeps it per sender. ``problems`` compares the trail with every anchor it can read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.audit import AuditAnchor, current_anchor, extends
from antt_desktop.db.base import utcnow
from antt_desktop.db.sync import ReceivedPackage
from antt_desktop.errors import UserError
from antt_desktop.services.admin.anchor_settings import KeptAnchor, restored_at, settings_anchor
from antt_desktop.services.database import Database


def backup_anchor(path: Path) -> KeptAnchor | None:
    """The end of the trail a backup file carries (None when it is not a readable backup)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            count = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            last = connection.execute("SELECT hash, at FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            installation = connection.execute("SELECT id FROM installation LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    anchor = AuditAnchor.from_dict({"count": count, "hash": last[0] if last else ""})
    if anchor is None or installation is None:
        return None
    return KeptAnchor(f"bản sao lưu {path.name}", anchor, _uuid_text(installation[0]), str(last[1]) if last else "")


def _uuid_text(value: object) -> str:
    text = str(value)
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}" if len(text) == 32 else text


def kept_anchors(database: Database, backup_files: Sequence[Path] = ()) -> list[KeptAnchor]:
    """Every anchor of this database's trail that can be read: the settings file, the backups folder and the
    backup files named (on a USB stick, say)."""
    installation = str(database.installation().id)
    found = [a for a in [settings_anchor(database.paths)] if a is not None and a.installation == installation]
    since = _parse(restored_at(database.paths))
    for path in backup_files:
        anchor = backup_anchor(path) if path.is_file() else None
        if anchor is None:
            raise UserError(f"Tệp {path.name} không phải bản sao lưu đọc được của ANTT Desktop.")
        if anchor.installation != installation:
            raise UserError(f"Bản sao lưu {path.name} là của một cài đặt khác, không so được với nhật ký này.")
        found.append(anchor)
    folder = database.paths.backups
    if not database.paths.on_server and folder.is_dir():
        for path in sorted(folder.glob("*.sqlite3")):
            anchor = backup_anchor(path)
            if anchor is None or anchor.installation != installation:
                continue
            if since and (at := _parse(anchor.last_at)) and at < since:
                continue  # a trail replaced on purpose by a later restore
            found.append(anchor)
    return found


def _parse(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=utcnow().tzinfo)


def problems(database: Database, backup_files: Sequence[Path] = ()) -> tuple[list[str], int]:
    """What the trail contradicts (one sentence per anchor), and how many anchors it was checked against."""
    anchors = kept_anchors(database, backup_files)
    found = []
    with database.factory() as session:
        trail = current_anchor(session)
        for kept in anchors:
            if extends(session, kept.anchor):
                continue
            if trail.count < kept.anchor.count:
                found.append(f"nhật ký chỉ còn {trail.count} mục, ít hơn {kept.anchor.count} mục đã ghi nhận trong "
                             f"{kept.where}: các mục cuối đã bị xóa")
            else:
                found.append(f"mục số {kept.anchor.count} của nhật ký khác với mục đã ghi nhận trong {kept.where}: "
                             "nhật ký đã bị xóa bớt hoặc viết lại đến mục đó")
    return found, len(anchors)


def received_anchor(session: Session, header: dict) -> tuple[dict, str]:
    """The sender's anchor to store with a received package, and a warning when it contradicts the anchors of
    that installation's neighbouring packages (its trail got shorter, or another entry took a place)."""
    if "audit" not in header:
        return {}, ""  # written before packages carried anchors
    anchor = AuditAnchor.from_dict(header["audit"])
    if anchor is None:
        raise UserError("Phần đầu gói có mốc nhật ký thao tác (“audit”) không hợp lệ; không nhập gì. Hãy yêu cầu "
                        "đơn vị gửi lập lại gói.")
    seq, same = int(header["seq"]), ReceivedPackage.sender_installation == header["sender_installation"]
    known = ReceivedPackage.audit_count.is_not(None)
    columns = select(ReceivedPackage.seq, ReceivedPackage.audit_count, ReceivedPackage.audit_hash).where(same, known)
    before = session.execute(columns.where(ReceivedPackage.seq < seq).order_by(ReceivedPackage.seq.desc())
                             .limit(1)).first()
    after = session.execute(columns.where(ReceivedPackage.seq > seq).order_by(ReceivedPackage.seq).limit(1)).first()
    note = ""
    for earlier, later in ((before, (seq, anchor.count, anchor.hash)), ((seq, anchor.count, anchor.hash), after)):
        if earlier is None or later is None:
            continue
        if later[1] < earlier[1] or (later[1] == earlier[1] and later[2] != earlier[2]):
            note = (f" CẢNH BÁO: nhật ký thao tác của máy gửi đã bị cắt bớt hoặc viết lại (gói số {earlier[0]} ghi "
                    f"{earlier[1]} mục, gói số {later[0]} ghi {later[1]} mục); hãy báo lãnh đạo và kiểm tra máy đó.")
    return {"audit_count": anchor.count, "audit_hash": anchor.hash}, note
