"""Importing packages: any order, idempotent, refused whole on any fault, merged by version, gaps reported."""

from __future__ import annotations

import base64
import io
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from antt_desktop.db import migrate
from antt_desktop.db.audit import append_audit
from antt_desktop.db.models import Installation, Unit
from antt_desktop.db.sync import ReceivedPackage, SentPackage
from antt_desktop.errors import UserError
from antt_desktop.exchange.sync_format import damaged
from antt_desktop.exchange.sync_package import PackageFile, open_file
from antt_desktop.services.admin.audit_anchor import received_anchor
from antt_desktop.services.attachments import store_incoming
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync import sync_forward, sync_held, sync_trust, unit_hierarchy
from antt_desktop.services.sync.sync import peek
from antt_desktop.services.sync.sync_keys import REGISTER_HOW, active_signers, ensure_keys
from antt_desktop.services.sync.sync_record_check import check_record, content_rules
from antt_desktop.services.sync.sync_records import TABLES, MergeResult, merge
from antt_desktop.services.sync.unit_hierarchy import Relation, ensure_sender_unit

COMMIT_EVERY = 3.0  # seconds: several packages share a commit (one disk flush), each still all or nothing


@dataclass(frozen=True)
class ImportOutcome:
    file: str
    state: str  # imported, duplicate, held (its key not registered: waits for an administrator), refused
    message: str
    sender: str = ""
    seq: int = 0


def _signing_key(header: dict) -> bytes:
    try:
        key = base64.b64decode(header["signing_public"], validate=True)
    except (KeyError, ValueError, TypeError):
        key = b""
    if len(key) != 32:
        raise UserError("Gói đồng bộ bị hỏng (thiếu khóa ký của máy gửi). Không nhập gì.")
    return key


def _configured_name(session: Session, code: str) -> str:
    """The sender as it is known here (never the name its header claims)."""
    unit = session.get(Unit, code)
    return f"{unit.name} ({code})" if unit is not None else code


def _check_header(session, header: dict, own_unit: str) -> None:  # noqa: ANN001
    if header.get("recipient") != own_unit:
        raise UserError(f"Gói này gửi cho đơn vị {header.get('recipient')}, không phải đơn vị này ({own_unit}).")
    if header.get("kind") == "data" and header.get("schema") not in migrate.known_revisions():
        raise UserError("Gói được lập bằng phiên bản ANTT Desktop mới hơn; hãy cập nhật chương trình rồi nhập lại.")
    if not isinstance(header.get("seq"), int) or header["seq"] < 1:
        raise UserError("Gói đồng bộ bị hỏng (số thứ tự gói không hợp lệ).")
    try:
        header["sender_installation"] = uuid.UUID(str(header.get("sender_installation")))
    except ValueError:
        raise UserError("Gói đồng bộ bị hỏng (mã máy gửi không hợp lệ).") from None


def _check_rows(name: object, rows: object, sender: str, allowed: set[str], rules: dict,
                trust: tuple[dict, Relation]) -> list[dict]:
    """One batch of records: a table that travels (directives and catalogs only from above), well-formed rows
    with unique ids, each owned by a unit the package may carry and passing the content rules."""
    if not isinstance(name, str) or name not in TABLES or not isinstance(rows, list):
        raise UserError(f"Gói chứa loại dữ liệu lạ “{str(name)[:40]}”; không nhập gì.")
    sync_trust.check_table(name, *trust)
    if not all(isinstance(row, dict) for row in rows):
        raise UserError(f"Gói đồng bộ có bản ghi hỏng ({name}); không nhập gì.")
    if len({str(row.get("id")) for row in rows}) < len(rows):
        raise UserError(f"Gói đồng bộ có bản ghi hỏng hoặc trùng lặp ({name}); không nhập gì.")
    foreign = {str(row.get("owner_unit")) for row in rows if row.get("owner_unit") not in allowed}
    if foreign:
        raise UserError(f"Gói của {sender} chứa bản ghi thuộc đơn vị khác ({', '.join(sorted(foreign))}); một đơn vị "
                        "chỉ được gửi dữ liệu của mình. Gói bị từ chối, không nhập gì.")
    for row in rows:
        check_record(name, row, rules)
    return rows


def import_bytes(database: Database, user: CurrentUser, data: bytes, name: str = "gói") -> ImportOutcome:
    """One package held in memory, all or nothing."""
    return import_stream(database, user, io.BytesIO(data), name)


def import_stream(database: Database, user: CurrentUser, handle: BinaryIO, name: str = "gói") -> ImportOutcome:
    """One package read from a seekable file as it is merged, all or nothing."""
    user.require(Role.EDITOR)
    package = open_file(handle)
    with database.session(user.username) as session:
        return _import_one(database, session, user, package, name, handle)


def _import_one(database: Database, session: Session, user: CurrentUser, package: PackageFile,
                name: str, source: BinaryIO) -> ImportOutcome:
    """One package in its own savepoint: refused whole, leaving the rest of the transaction as it was."""
    try:
        with session.begin_nested():
            return _import(database, session, user, package, name, source)
    except BaseException as exc:
        session.info.pop("audit_tail", None)  # it may name an entry the savepoint took back: read it again
        if isinstance(exc, IntegrityError):  # a record citing one that is neither here nor earlier in the package
            header = package.header
            raise UserError(f"{name}: gói số {header.get('seq')} cần dữ liệu của gói trước chưa nhập; hãy nhập các "
                            f"gói trước của {header.get('sender')} rồi nhập lại gói này. Không nhập gì.") from exc
        raise


def _import(database: Database, session: Session, user: CurrentUser, package: PackageFile,
            name: str, source: BinaryIO) -> ImportOutcome:
    if session.scalar(select(ReceivedPackage.id).where(ReceivedPackage.file_hash == package.file_hash)):
        return ImportOutcome(name, "duplicate", f"{name}: gói này đã được nhập trước đây; không thay đổi gì.")
    header = package.header
    installation = session.scalar(select(Installation))
    if header.get("recipient") != installation.unit_code:
        _check_header(session, header, installation.unit_code)
    receipt = header.get("kind") == "receipt"  # marks only this unit's own packages to its sender as received
    found = None if receipt else sync_trust.sender_relation(session, installation, header)
    key = _signing_key(header)
    package.verify(key)  # made by the key the header names, unchanged; whether that key speaks for the sender:
    if key not in active_signers(session, sync_trust.sender_code(header)):
        if receipt:
            raise UserError(f"{name}: biên nhận ký bằng khóa chưa đăng ký cho đơn vị {header['sender']}; không "
                            f"nhận. Hãy nhập tệp khóa của đơn vị đó ({REGISTER_HOW}).")
        message = sync_held.hold(database, session, user, header, package.summary, package.file_hash, source, name)
        return ImportOutcome(name, "held", message, str(header["sender"]), 0)
    _check_header(session, header, installation.unit_code)
    items = package.items(ensure_keys(session).encryption)
    if receipt:
        return _apply_receipt(session, header, items, name, str(installation.id))
    if header.get("kind") != "data":
        raise damaged("loại gói không rõ")
    sync_trust.check_claims(session, installation, header)
    sender, seq = str(header["sender"]), int(header["seq"])
    anchor, anchor_note = received_anchor(session, header)
    if session.scalar(select(ReceivedPackage.id).where(  # by sender too: a computer's id is seen in transit
            ReceivedPackage.sender == sender, ReceivedPackage.sender_installation == header["sender_installation"],
            ReceivedPackage.seq == seq)):
        return ImportOutcome(name, "duplicate", f"{name}: gói số {seq} của {sender} đã nhận (bản khác); bỏ qua.",
                             sender, seq)
    ensure_sender_unit(session, sender)
    allowed = sync_trust.allowed_owners(session, installation, header, found, package.summary.get("forwarded"))
    passing_up = sync_forward.forwards(installation, sender,
                                       unit_hierarchy.ancestors(session, installation.unit_code))
    result = MergeResult(written=[] if passing_up else None)
    count = _merge_items(database, session.connection(), items, sender, allowed, result, (header, found))
    if passing_up:
        sync_forward.queue(session, result.written)
    installation.clock = max(installation.clock, result.max_version)
    session.add(ReceivedPackage(sender=sender, sender_installation=header["sender_installation"], seq=seq,
                                file_hash=package.file_hash, records=count,
                                created_at=datetime.fromisoformat(header["created"]), **anchor))
    summary = (f"{name}: gói số {seq} của {_configured_name(session, sender)}: {count} bản ghi (mới "
               f"{result.inserted}, cập nhật {result.updated}, giữ nguyên {result.unchanged}"
               + (f", {result.conflicts} xung đột đã ghi lại" if result.conflicts else "") + ")"
               + ("; không kèm dữ liệu cá nhân, giữ nguyên dữ liệu đã có." if header.get("omitted") else ".")
               + anchor_note)
    append_audit(session, user.username, "import", "sync", f"{sender}#{seq}", summary)
    return ImportOutcome(name, "imported", summary, sender, seq)


def _merge_items(database: Database, connection: Connection, items: Iterator[dict], sender: str, allowed: set[str],
                 result: MergeResult, trust: tuple[dict, Relation]) -> int:
    """The payload's lines as they are read: batches of records checked and merged, attached files stored. Rows
    come parents first, so foreign keys are checked row by row."""
    count, rules = 0, content_rules()
    for item in items:
        if "table" in item:
            rows = _check_rows(item["table"], item.get("rows"), sender, allowed, rules, trust)
            merge(connection, item["table"], rows, result)
            count += len(rows)
        elif "attachment" in item:
            store_incoming(database, item["attachment"], item.get("content"))
        else:
            raise damaged("một dòng dữ liệu không rõ loại")
    return count


def _apply_receipt(session, header: dict, items: Iterator[dict], name: str,  # noqa: ANN001
                   installation_id: str) -> ImportOutcome:
    received = {}
    for item in items:
        received = item.get("received", received)
    seqs = received.get(installation_id, []) if isinstance(received, dict) else []
    if not isinstance(seqs, list) or not all(isinstance(seq, int) for seq in seqs):
        raise damaged("biên nhận không đúng cấu trúc")
    for package in session.scalars(select(SentPackage).where(SentPackage.seq.in_(seqs),
                                                             SentPackage.recipient == str(header["sender"]))):
        package.acknowledged_at = package.acknowledged_at or datetime.fromisoformat(header["created"])
    sender = str(header["sender"])
    return ImportOutcome(name, "imported", f"{name}: biên nhận của {_configured_name(session, sender)}: đã nhận các "
                         f"gói số {', '.join(str(s) for s in sorted(seqs)) or '—'}.", sender)


def import_files(database: Database, user: CurrentUser, paths: list[Path],
                 progress: Callable[[int, int], None] | None = None) -> list[ImportOutcome]:
    """Each file on its own (one refused file does not stop the others), in sender and sequence order. The files
    share a transaction, committed every few seconds and at the end, each in its own savepoint."""
    user.require(Role.EDITOR)

    def order(path: Path) -> tuple:
        try:
            header = peek(path)
            return (str(header.get("sender")), int(header.get("seq", 0)), path.name)
        except (UserError, TypeError, ValueError):
            return ("", 0, path.name)
    ordered, outcomes = sorted(paths, key=order), []
    with database.session(user.username) as session:
        since_commit = time.monotonic()
        for number, path in enumerate(ordered):
            if progress is not None:
                progress(number, len(ordered))
            try:
                with path.open("rb") as handle:
                    outcomes.append(_import_one(database, session, user, open_file(handle), path.name, handle))
            except (OSError, UserError) as exc:
                reason = exc.message if isinstance(exc, UserError) else f"không đọc được tệp ({exc.strerror})."
                outcomes.append(ImportOutcome(path.name, "refused", f"{path.name}: {reason}"))
                append_audit(session, user.username, "refuse", "sync", path.name, reason)  # to be found later
            if time.monotonic() - since_commit > COMMIT_EVERY:
                session.commit()
                since_commit = time.monotonic()
    if progress is not None:
        progress(len(ordered), len(ordered))
    return outcomes
