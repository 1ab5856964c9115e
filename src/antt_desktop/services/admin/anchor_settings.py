"""The end of the audit trail remembered in settings.json after every commit that adds entries (set up when a
database is opened, so it needs nothing but the tables and the settings file)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from antt_desktop.config import Paths, load_settings, save_setting
from antt_desktop.db.audit import AuditAnchor, extends
from antt_desktop.db.base import utcnow
from antt_desktop.db.models import Installation


class OpenedDatabase(Protocol):
    paths: Paths
    factory: sessionmaker[Session]


SETTINGS_KEY = "audit_anchor"
_PER_TRANSACTION = ("audit_tail", "audit_count", "audit_base", "audit_anchor_pending")


@dataclass(frozen=True)
class KeptAnchor:
    """An anchor found outside the database, and where."""

    where: str
    anchor: AuditAnchor
    installation: str
    last_at: str = ""  # when its last entry was written (ISO), for backups older than a restore


def keep_anchor_in_settings(database: OpenedDatabase) -> None:
    """After every commit that added audit entries, remember the new end of the trail in settings.json,
    unless the trail no longer holds the end remembered before (then that evidence is kept)."""
    paths = database.paths

    @event.listens_for(database.factory, "before_commit")
    def _decide(session: Session) -> None:
        if session.info.get("audit_tail") is None:
            return
        new = AuditAnchor(session.info.get("audit_count", 0), session.info["audit_tail"])
        with session.no_autoflush:
            installation = str(session.scalar(select(Installation.id).limit(1)) or "")
            kept = settings_anchor(paths)
            if kept is None or kept.installation != installation or extends(session, kept.anchor):
                session.info["audit_anchor_pending"] = (installation, new)

    @event.listens_for(database.factory, "after_commit")
    def _write(session: Session) -> None:
        pending = session.info.get("audit_anchor_pending")
        _forget_transaction(session)
        if pending is not None:
            installation, anchor = pending
            try:
                restored = restored_at(paths)
                save_setting(paths, SETTINGS_KEY, {"installation": installation, **anchor.as_dict(),
                                                   "at": utcnow().isoformat(),
                                                   **({"restored_at": restored} if restored else {})})
            except OSError:
                pass  # the data is saved; the anchor catches up at the next commit

    @event.listens_for(database.factory, "after_rollback")
    def _discard(session: Session) -> None:
        _forget_transaction(session)


def _forget_transaction(session: Session) -> None:
    for key in _PER_TRANSACTION:
        session.info.pop(key, None)


def settings_anchor(paths: Paths) -> KeptAnchor | None:
    value = load_settings(paths).get(SETTINGS_KEY)
    anchor = AuditAnchor.from_dict(value)
    if anchor is None:
        return None
    return KeptAnchor("tệp cài đặt settings.json", anchor, str(value.get("installation", "")))


def forget_after_restore(paths: Paths) -> None:
    """A restore replaces the trail on purpose: the next commit anchors the restored one; backups made before
    now belong to the trail that was replaced."""
    save_setting(paths, SETTINGS_KEY, {"restored_at": utcnow().isoformat()})


def restored_at(paths: Paths) -> str:
    value = load_settings(paths).get(SETTINGS_KEY)
    return str(value.get("restored_at", "")) if isinstance(value, dict) else ""
