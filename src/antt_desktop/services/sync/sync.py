"""Sync packages up and down: export the changes since the last package (or everything), import any number of
packages in any order, idempotently, and report per sender what arrived and what is missing."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select, update

from antt_desktop import __version__
from antt_desktop.config import refuse_own_file
from antt_desktop.db import audit_summary, migrate
from antt_desktop.db.audit import append_audit, current_anchor
from antt_desktop.db.base import utcnow
from antt_desktop.db.models import Installation, Unit
from antt_desktop.db.stamping import next_version
from antt_desktop.db.sync import Conflict, PeerKey, ReceivedPackage, SentPackage
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.exchange.sync_format import b64, public_bytes
from antt_desktop.exchange.sync_package import PackageWriter, read_header, seal, size_of
from antt_desktop.services.attachments import store_path
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync import sync_forward
from antt_desktop.services.sync.sync_keys import ensure_keys
from antt_desktop.services.sync.sync_records import SENSITIVE_FIELDS, TABLES, changed_rows, from_json

EXTENSION = ".anttsync"


@contextmanager
def atomic_output(out: Path) -> Iterator[BinaryIO]:
    """Temporary file, fsync, rename: a pulled USB stick never leaves a half file under the final name."""
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Không ghi được gói vào {out}: {exc.strerror or exc}. Hãy kiểm tra USB hoặc ổ đĩa còn "
                        "chỗ trống và không bị khóa ghi.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_atomically(out: Path, data: bytes) -> None:
    with atomic_output(out) as handle:
        handle.write(data)


def recipient_for(database: Database, to: str | None) -> PeerKey:
    with database.factory() as session:
        peers = session.scalars(select(PeerKey).where(PeerKey.encryption_public.is_not(None))).all()
    if to:
        found = [p for p in peers if p.unit_code.lstrip("0") == to.lstrip("0") or p.unit_code == to]
        if not found:
            raise UserError(f"Chưa đăng ký khóa của đơn vị {to}; hãy nhập tệp khóa (.anttkey) của đơn vị đó.")
        return found[0]
    if len(peers) != 1:
        raise UserError("Chưa có khóa công khai của đơn vị nhận; hãy nhập tệp khóa (.anttkey) của cấp trên."
                        if not peers else "Có nhiều đơn vị nhận; hãy chọn một đơn vị (--to).")
    return peers[0]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    records: int
    full: bool


def export_package(database: Database, user: CurrentUser, out: Path, full: bool = False,
                   to: str | None = None, omit_sensitive: bool = False) -> ExportResult:
    """A package of this unit's records changed since the previous package to the same recipient;
    ``omit_sensitive`` leaves CCCD numbers, phones, ethnicity and religion out (the receiver keeps its own)."""
    user.require(Role.EDITOR)
    refuse_own_file(database.paths, out)
    peer = recipient_for(database, to)
    if out.is_dir():
        out = out / f"{database.installation().unit_code}-{datetime.now():%Y%m%d-%H%M%S}{EXTENSION}"
    with database.session(user.username) as session:
        keys = ensure_keys(session)
        installation = session.scalar(select(Installation))
        unit = session.get(Unit, installation.unit_code)
        previous = session.scalar(select(SentPackage).where(SentPackage.recipient == peer.unit_code)
                                  .order_by(SentPackage.seq.desc()).limit(1))
        seq = (previous.seq + 1) if previous else 1
        since = 0 if full or previous is None else previous.max_version
        header = {"kind": "data", "sender": unit.code, "sender_name": unit.name, "sender_level": installation.level,
                  "sender_parent": unit.parent_code, "sender_installation": str(installation.id),
                  "recipient": peer.unit_code, "seq": seq, "prev_hash": previous.file_hash if previous else "",
                  "created": utcnow().isoformat(), "schema": migrate.head_revision(), "app_version": __version__,
                  "full": full, "omitted": {k: list(v) for k, v in SENSITIVE_FIELDS.items()} if omit_sensitive else {},
                  "signing_public": b64(public_bytes(keys.signing)),
                  "encryption_public": b64(public_bytes(keys.encryption)), "audit": current_anchor(session).as_dict()}
        rows = changed_rows(session.connection(), {unit.code}, since, omit_sensitive, peer.unit_code)
        forwarded_upto, forwarded = 0, set()
        if installation.level == Level.DISTRICT and peer.unit_code == unit.parent_code:
            queued, forwarded_upto = sync_forward.queued_rows(
                session.connection(), 0 if full or previous is None else previous.forwarded_upto, omit_sensitive)
            rows = itertools.chain(rows, queued)
        max_version = since
        with atomic_output(out) as handle:
            writer = PackageWriter(handle, header, keys.signing,
                                   X25519PublicKey.from_public_bytes(peer.encryption_public))
            for name, row in rows:
                writer.add_record(name, row)
                if row["owner_unit"] == unit.code:
                    max_version = max(max_version, row["version"])
                else:
                    forwarded.add(row["owner_unit"])
                if name == "attachments" and row["deleted_at"] is None:
                    _add_file(database, writer, row["sha256"])
            file_hash = writer.finish({"forwarded": sorted(forwarded)})
        count = sum(writer.counts.values())
        session.add(SentPackage(seq=seq, recipient=peer.unit_code, file_hash=file_hash,
                                max_version=max_version, full=full, records=count, forwarded_upto=forwarded_upto))
        note = " (không kèm dữ liệu cá nhân)" if omit_sensitive else ""
        append_audit(session, user.username, "export", "sync", str(seq), f"{count} bản ghi{note} → {out.name}")
    return ExportResult(out, seq, count, full)


def _add_file(database: Database, writer: PackageWriter, sha256: str) -> None:
    path = store_path(database, sha256)
    if path.exists():
        writer.add_attachment(sha256, path.read_bytes())


Gap = tuple[int, int]  # package numbers first to last, both not received
SHOWN_GAPS = 10  # ranges named in a sentence; the rest are counted


def gaps(seqs: set[int]) -> tuple[Gap, ...]:
    """The numbers below the highest not received, as ranges (never one by one: a gap may be wide)."""
    found, expected = [], 1
    for seq in sorted(seqs):
        if seq > expected:
            found.append((expected, seq - 1))
        expected = seq + 1
    return tuple(found)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def gap_text(ranges: tuple[Gap, ...]) -> str:
    """“2, 5–7, 9–999.999”; past SHOWN_GAPS ranges, how many more."""
    shown = ", ".join(_number(a) if a == b else f"{_number(a)}–{_number(b)}" for a, b in ranges[:SHOWN_GAPS])
    more = len(ranges) - SHOWN_GAPS
    return shown + (f" và {more} khoảng khác" if more > 0 else "")


@dataclass(frozen=True)
class SenderStatus:
    unit_code: str
    unit_name: str
    packages: int
    last_seq: int
    missing: tuple[Gap, ...]
    last_received: datetime | None
    records: int
    current_to: datetime | None = None  # when the newest package received was made

    def sentence(self) -> str:
        if not self.missing:
            return f"{self.unit_name} ({self.unit_code}): đã nhận đủ {self.packages} gói, mới nhất số {self.last_seq}."
        return f"Chưa nhận được gói số {gap_text(self.missing)} của {self.unit_name} ({self.unit_code})."


def status(database: Database) -> list[SenderStatus]:
    with database.factory() as session:
        names = dict(session.execute(select(Unit.code, Unit.name)).all())
        rows = session.execute(select(ReceivedPackage.sender, ReceivedPackage.seq, ReceivedPackage.received_at,
                                      ReceivedPackage.records, ReceivedPackage.created_at)).all()
    by_sender: dict[str, list] = {}
    for sender, seq, received, records, made in rows:
        by_sender.setdefault(sender, []).append((seq, received, records, made))
    result = []
    for sender, items in sorted(by_sender.items()):
        seqs = {seq for seq, _, _, _ in items}
        missing = gaps(seqs)
        result.append(SenderStatus(sender, names.get(sender, sender), len(seqs), max(seqs), missing,
                                   max(r for _, r, _, _ in items), sum(c for _, _, c, _ in items),
                                   max(m for _, _, _, m in items)))
    return result


def sent(database: Database) -> list[SentPackage]:
    with database.factory() as session:
        return list(session.scalars(select(SentPackage).order_by(SentPackage.id.desc())))


def peek(path: Path) -> dict:
    """The unverified header of a package file, to sort several files before importing them."""
    try:
        with path.open("rb") as handle:
            return read_header(handle, size_of(handle))[2]
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {path}: {exc.strerror or exc}.") from exc


def make_receipt(database: Database, user: CurrentUser, out: Path, to: str | None = None) -> Path:
    """A signed, encrypted receipt listing the packages received from ``to``, for the sender to import."""
    user.require(Role.EDITOR)
    refuse_own_file(database.paths, out)
    peer = recipient_for(database, to)
    with database.session(user.username) as session:
        keys = ensure_keys(session)
        installation = session.scalar(select(Installation))
        unit = session.get(Unit, installation.unit_code)
        received: dict[str, list[int]] = {}
        for sender_installation, seq in session.execute(select(ReceivedPackage.sender_installation,
                                                               ReceivedPackage.seq).where(
                ReceivedPackage.sender == peer.unit_code)):
            received.setdefault(str(sender_installation), []).append(seq)
        header = {"kind": "receipt", "sender": unit.code, "sender_name": unit.name,
                  "sender_installation": str(installation.id), "recipient": peer.unit_code, "seq": 1,
                  "created": utcnow().isoformat(), "schema": migrate.head_revision(),
                  "signing_public": b64(public_bytes(keys.signing)),
                  "encryption_public": b64(public_bytes(keys.encryption))}
        data = seal(header, [{"received": received}], keys.signing,
                    X25519PublicKey.from_public_bytes(peer.encryption_public))
    write_atomically(out, data)
    return out


def conflicts(database: Database, include_resolved: bool = False) -> list[Conflict]:
    with database.factory() as session:
        statement = select(Conflict).order_by(Conflict.detected_at.desc())
        if not include_resolved:
            statement = statement.where(Conflict.resolved.is_(False))
        return list(session.scalars(statement))


def revert_conflict(database: Database, user: CurrentUser, conflict_id) -> None:  # noqa: ANN001
    """Bring the overwritten version back as a new edit of this installation (it then wins everywhere)."""
    user.require(Role.ADMIN)
    with database.session(user.username) as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved:
            raise UserError("Xung đột này đã được xử lý.")
        table = TABLES[conflict.table_name]
        row = from_json(table, json.loads(conflict.losing_row))
        installation = session.scalar(select(Installation))
        if row["owner_unit"] != installation.unit_code:
            raise UserError("Chỉ đơn vị sở hữu bản ghi mới khôi phục được bản bị ghi đè.")
        installation.clock = next_version(max(installation.clock, conflict.winning_version))
        row.update(version=installation.clock, changed_by=installation.id, updated_at=utcnow())
        session.execute(update(table).where(table.c.id == row["id"]).values(row))
        conflict.resolved = True
        append_audit(session, user.username, "revert", conflict.table_name, conflict.record_id,
                     f"khôi phục bản bị ghi đè: {audit_summary.record_label(SimpleNamespace(**row)) or 'bản ghi'}")
