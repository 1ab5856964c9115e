"""Restoring a backup: only one of this unit and this installation, unless an administrator says this PC replaces
the one the backup came from; the private keys kept, opened with the backup's passphrase, or made anew (and
then the units that must register the new key file are named); the act written to the audit trail."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from antt_desktop.config import Paths, ensure_writable
from antt_desktop.db import migrate
from antt_desktop.db.audit import append_audit
from antt_desktop.db.backup import KEYS_TABLE, MANIFEST_TABLE, has_table, identity
from antt_desktop.db.engine import sqlite_engine
from antt_desktop.db.models import Installation, Unit
from antt_desktop.db.sync import LocalKeys, PeerKey, SentPackage
from antt_desktop.errors import UserError
from antt_desktop.services.admin import backup_keys
from antt_desktop.services.admin.anchor_settings import forget_after_restore
from antt_desktop.services.admin.backup_keys import BY_PASSPHRASE, BY_THIS_PC, PrivateKeys
from antt_desktop.services.admin.backups import CLEAR, BackupPreview, on_file, preview, safety_copy, stamp, who
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import open_database
from antt_desktop.services.roles import Role
from antt_desktop.services.sync.sync_keys import ensure_keys

TAKE_OVER_OPTION = "--take-over-installation"
NEW_KEYS_OPTION = "--new-keys"


@dataclass(frozen=True)
class RestoreOptions:
    key_passphrase: str | None = None
    take_over: bool = False  # this PC replaces the one the backup came from
    new_keys: bool = False  # the backup's keys cannot be opened: make new ones


@dataclass(frozen=True)
class RestorePlan:
    found: BackupPreview
    here: dict  # this PC's installation ({} before set-up)
    foreign: str  # the refusal naming both installations; "" for a backup of this one
    keys_kept: bool  # this PC's own keys stay (a backup of this installation)

    keys_here: bool = False  # the backup's sealed keys open on this PC without a passphrase

    @property
    def needs_passphrase(self) -> bool:
        return not self.keys_kept and self.found.keys == BY_PASSPHRASE

    @property
    def keys_lost(self) -> bool:
        """The backup's keys cannot be had here without a choice: a passphrase, or new keys."""
        return not self.keys_kept and self.found.keys in (BY_PASSPHRASE, BY_THIS_PC) and not self.keys_here


@dataclass(frozen=True)
class RestoreResult:
    found: BackupPreview
    safety: Path | None
    keys: str  # what became of the private keys, in words

    def describe(self) -> str:
        kept = f" Dữ liệu trước khi khôi phục được giữ ở {self.safety}." if self.safety else ""
        return f"Đã khôi phục. {self.found.describe()}{kept} {self.keys}"


def _remembered(paths: Paths) -> tuple[dict, None]:
    remembered = backup_keys.this_pc(paths)
    return {k: remembered[k] for k in ("installation", "unit") if k in remembered}, None


def _read_live(paths: Paths) -> tuple[dict, PrivateKeys | None]:
    """This PC's installation and keys, from its database; from this-pc.json when the database cannot say."""
    try:
        with closing(sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)) as connection:
            here = identity(connection)
            row = connection.execute(f"SELECT signing_private, encryption_private FROM {KEYS_TABLE} LIMIT 1"
                                     ).fetchone() if has_table(connection, KEYS_TABLE) else None
            return here, PrivateKeys(*row) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return _remembered(paths)


def plan(paths: Paths, source: Path) -> RestorePlan:
    """What a restore of ``source`` would do here, checked before anything is asked or changed."""
    on_file(paths)
    found = preview(source)
    here, live_keys = _read_live(paths) if paths.database.exists() else _remembered(paths)
    same = bool(here) and here.get("installation") == found.identity["installation"] \
        and here.get("unit", {}).get("code") == found.identity["unit"]["code"]
    foreign = "" if same else (
        f"Bản sao lưu {source.name} là của {who(found.identity)}; máy này là {who(here)}. Không khôi phục: dữ liệu "
        "của đơn vị hay máy khác sẽ biến máy này thành bản sao của máy đó. Chỉ khi máy này thay thế hẳn máy đã sao "
        "lưu (máy cũ hỏng hoặc thôi dùng), quản trị viên mới khôi phục với “Máy này thay thế máy đã sao lưu” "
        f"(dòng lệnh: {TAKE_OVER_OPTION}).")
    openable = found.keys == BY_THIS_PC and backup_keys.open_on_this_pc(paths, found.manifest.get("keys") or {},
                                                                         found.identity) is not None
    return RestorePlan(found, here, foreign, same and live_keys is not None, openable)


def record_refusal(paths: Paths, user: CurrentUser, chosen: RestorePlan) -> None:
    """Another unit's or computer's backup shown as refused and left alone: the refusal goes to the trail."""
    if chosen.foreign:
        _audit_here(paths, user, "restore-refused", chosen.found.path.name, chosen.foreign)


def _keys(paths: Paths, chosen: RestorePlan, options: RestoreOptions) -> PrivateKeys | None:
    """The keys the restored installation gets (None: new ones), or a refusal before anything changed."""
    found = chosen.found
    if chosen.keys_kept:
        return _read_live(paths)[1]
    if found.keys == CLEAR:
        with closing(sqlite3.connect(f"file:{found.path}?mode=ro", uri=True)) as connection:
            return PrivateKeys(*connection.execute(f"SELECT signing_private, encryption_private FROM {KEYS_TABLE} "
                                                   "LIMIT 1").fetchone())
    sealed = found.manifest.get("keys") or {}
    if found.keys == BY_PASSPHRASE and options.key_passphrase is not None:
        return backup_keys.open_with_passphrase(sealed, found.identity, options.key_passphrase)
    if found.keys == BY_THIS_PC and (keys := backup_keys.open_on_this_pc(paths, sealed, found.identity)):
        return keys
    if found.keys in (BY_PASSPHRASE, BY_THIS_PC) and not options.new_keys:
        how = ("hãy cho cụm mật khẩu đã đặt khi sao lưu (dòng lệnh: --key-passphrase-file)"
               if found.keys == BY_PASSPHRASE else "khóa của bản sao lưu tự động chỉ mở được trên máy đã lập nó")
        raise UserError(f"Bản sao lưu có khóa riêng được mã hóa: {how}, hoặc chọn “tạo khóa mới” (dòng lệnh: "
                        f"{NEW_KEYS_OPTION}); khi tạo khóa mới, các đơn vị trao đổi gói với máy này phải đăng ký lại "
                        "tệp khóa. Chưa khôi phục gì.")
    return None


def restore(paths: Paths, source: Path, user: CurrentUser,
            options: RestoreOptions = RestoreOptions()) -> RestoreResult:
    """Replace the database with a backup (close every window first); the current data is backed up before."""
    user.require(Role.ADMIN)
    chosen = plan(paths, source)
    if chosen.foreign and not options.take_over:
        record_refusal(paths, user, chosen)
        raise UserError(chosen.foreign)
    keys = _keys(paths, chosen, options)
    took_over = f"; máy này thay thế {who(chosen.found.identity)} (quản trị viên xác nhận)" if chosen.foreign \
        else ""
    ensure_writable(paths)
    try:
        incoming = _prepared_copy(paths, source)
    except UserError as refused:
        _audit_here(paths, user, "restore-refused", source.name, refused.message)
        raise
    _audit_here(paths, user, "restore", source.name, f"khôi phục bản sao lưu của {who(chosen.found.identity)}"
                f"{took_over}")
    safety = _set_aside(paths)
    try:
        for stale in ("-wal", "-shm"):  # the replaced database's journal must not be applied to the restored one
            paths.database.with_name(paths.database.name + stale).unlink(missing_ok=True)
        incoming.replace(paths.database)
    except (sqlite3.Error, OSError) as exc:
        incoming.unlink(missing_ok=True)
        raise UserError(f"Không khôi phục được ({exc}); dữ liệu trước đó vẫn còn ở {safety}.") from exc
    forget_after_restore(paths)
    outcome = _finish(paths, user, chosen, keys, took_over, None if chosen.foreign else safety)
    return RestoreResult(chosen.found, safety, outcome)


def _prepared_copy(paths: Paths, source: Path) -> Path:
    """The backup copied beside the database without its manifest and keys, and upgraded to this version's
    schema there: a backup that cannot be upgraded (its recorded version lies) is refused before anything changes."""
    incoming = paths.database.with_name(".khoi-phuc.partial")
    try:
        incoming.unlink(missing_ok=True)
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(incoming)) as dst:
            src.backup(dst)
            dst.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
            if has_table(dst, KEYS_TABLE):
                dst.execute(f"DELETE FROM {KEYS_TABLE}")
            dst.commit()
            dst.execute("VACUUM")
        engine = sqlite_engine(incoming)
        try:
            migrate.prepare(engine, None, None)
        finally:
            engine.dispose()
    except (sqlite3.Error, OSError, SQLAlchemyError, UserError) as exc:
        incoming.unlink(missing_ok=True)
        reason = exc.message if isinstance(exc, UserError) else str(getattr(exc, "orig", None) or exc)[:200]
        raise UserError(f"Bản sao lưu {source.name} không chuyển được sang cấu trúc dữ liệu của phiên bản này "
                        f"({reason}); không khôi phục, dữ liệu hiện tại giữ nguyên.") from None
    return incoming


def _set_aside(paths: Paths) -> Path | None:
    """The current data kept before it is replaced: a checked copy, or the damaged file itself as it is."""
    if not paths.database.exists():
        return None
    try:
        return safety_copy(paths, None, paths.backups / f"truoc-khoi-phuc-{stamp()}.sqlite3")
    except (UserError, sqlite3.Error):
        paths.backups.mkdir(parents=True, exist_ok=True)
        damaged = paths.backups / f"hong-truoc-khoi-phuc-{stamp()}.sqlite3"
        shutil.copyfile(paths.database, damaged)
        return damaged


def _finish(paths: Paths, user: CurrentUser, chosen: RestorePlan, keys: PrivateKeys | None, took_over: str,
            replaced: Path | None) -> str:
    """Keys put back (or made), the sync state of the replaced data kept, the restore written to the restored
    trail; what became of the keys, in words."""
    database = open_database(paths)
    try:
        with database.session(user.username) as session:
            if replaced is not None:
                _carry_sync_state(session, replaced)
            if keys is not None:
                session.add(LocalKeys(id=1, signing_private=keys.signing, encryption_private=keys.encryption))
                session.flush()
            fingerprint = ensure_keys(session).fingerprint
            if chosen.keys_kept:
                outcome = "Khóa riêng của máy này được giữ nguyên."
            elif keys is not None:
                outcome = f"Khóa riêng của bản sao lưu được khôi phục (dấu vân tay {fingerprint})."
            else:
                outcome = (f"Máy đã tạo khóa riêng mới (dấu vân tay {fingerprint}): hãy xuất tệp khóa (antt keys "
                           f"export) và gửi để đăng ký lại tại {_units_to_tell(session)}.")
            append_audit(session, user.username, "restore", "database", chosen.found.path.name,
                         f"khôi phục bản sao lưu của {who(chosen.found.identity)}{took_over}. {outcome}")
        backup_keys.remember_this_pc(paths, chosen.found.identity)
    finally:
        database.close()
    return outcome


def _carry_sync_state(session, replaced: Path) -> None:  # noqa: ANN001
    """The same installation goes on: its record clock and the packages it sent after the backup are kept, so the
    next package is numbered after the last one sent and its edits outrank what the upper level already has."""
    try:
        with closing(sqlite3.connect(f"file:{replaced}?mode=ro", uri=True)) as connection:
            clock = connection.execute("SELECT clock FROM installation LIMIT 1").fetchone()
            sent = connection.execute("SELECT recipient, seq, file_hash, max_version, full, records, created_at, "
                                      "forwarded_upto FROM sent_packages").fetchall()
    except sqlite3.Error:
        return  # a damaged file: nothing can be read from it
    installation = session.scalar(select(Installation))
    installation.clock = max(installation.clock, int(clock[0]) if clock else 0)
    known = {(p.recipient, p.seq) for p in session.scalars(select(SentPackage))}
    for recipient, seq, file_hash, max_version, full, records, created, forwarded_upto in sent:
        if (recipient, seq) not in known:
            session.add(SentPackage(recipient=recipient, seq=seq, file_hash=file_hash, max_version=max_version,
                                    full=bool(full), records=records, forwarded_upto=forwarded_upto,
                                    created_at=_utc(created)))


def _utc(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _units_to_tell(session) -> str:  # noqa: ANN001
    """Every unit that may hold this installation's key: the unit above, peers, other computers of this unit."""
    installation = session.scalar(select(Installation))
    own = session.get(Unit, installation.unit_code)
    names = {own.parent_code: ""} if own and own.parent_code else {}
    for peer in session.scalars(select(PeerKey)):
        code = peer.unit_code.split("/")[0]
        names[code] = names.get(code) or peer.unit_name
    named = []
    for code in sorted(names):
        unit = session.get(Unit, code)
        name = unit.name if unit else names[code]
        named.append(f"{name} ({code})" if name else code)
    return ", ".join(named) or "mọi đơn vị đã nhận tệp khóa của máy này"


def _audit_here(paths: Paths, user: CurrentUser, action: str, file: str, summary: str) -> None:
    """Written to this PC's trail before its data is replaced (kept in the safety copy); skipped if unreadable."""
    if not paths.database.exists():
        return
    with suppress(UserError, sqlite3.Error, OSError):
        database = open_database(paths)
        try:
            with database.session(user.username) as session:
                if session.scalar(select(Installation)) is not None:
                    append_audit(session, user.username, action, "database", file, summary)
        finally:
            database.close()
