"""The audit trail cannot be cut short or rewritten unnoticed: its end is also kept outside the database."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from antt_desktop.db.audit import entry_hash, verify_chain
from antt_desktop.db.models import AuditEntry
from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.services import auth
from antt_desktop.services.admin import audit_log, backups
from antt_desktop.services.admin.backup_restore import restore
from antt_desktop.services.areas import areas
from tests import cli_runner
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD, VIEWER_USER


def _work(database, names=("Thôn Nà Liềm", "Thôn Khuổi Phầy", "Thôn Bản Nhùng")):
    for name in names:
        areas.create_area(database, ADMIN_USER, AreaInput(name))
    auth.login(database, ADMIN, PASSWORD)


def _sql(database, statement: str) -> None:
    """What an attacker with the database file in hand does, beside the application."""
    with database.engine.begin() as connection:
        connection.exec_driver_sql(statement)


def _count(database) -> int:
    with database.factory() as session:
        return session.query(AuditEntry).count()


def _rewrite_with_recomputed_hashes(database, change) -> None:  # noqa: ANN001
    """Edit entries and recompute every hash so that the chain itself checks out."""
    with database.factory() as session:
        prev = ""
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            change(entry)
            entry.prev_hash = prev
            entry.hash = entry_hash(prev, entry.at.isoformat(), entry.username, entry.action, entry.kind,
                                    entry.record_id, entry.summary)
            prev = entry.hash
        session.commit()
        assert verify_chain(session) is None


def test_an_untouched_trail_checks_against_its_anchor(database):
    _work(database)
    assert audit_log.verify(database, ADMIN_USER).startswith("Nhật ký nguyên vẹn")
    anchor = json.loads(database.paths.settings.read_text(encoding="utf-8"))["audit_anchor"]
    assert anchor["count"] == _count(database) and len(anchor["hash"]) == 64
    assert "khớp 1 mốc" in audit_log.verify(database, ADMIN_USER)


def test_deleting_the_last_entries_is_reported(database):
    _work(database)
    _sql(database, "DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 2)")
    with pytest.raises(UserError, match="các mục cuối đã bị xóa"):
        audit_log.verify(database, ADMIN_USER)


def test_deleting_every_entry_is_reported(database):
    _work(database)
    _sql(database, "DELETE FROM audit_log")
    with pytest.raises(UserError, match="chỉ còn 0 mục"):
        audit_log.verify(database, ADMIN_USER)


def test_rewriting_the_chain_with_recomputed_hashes_is_reported(database):
    _work(database)
    _rewrite_with_recomputed_hashes(database, lambda e: setattr(e, "username", "nguoi-khac")
                                    if e.action == "create" else None)
    with pytest.raises(UserError, match="bị xóa bớt hoặc viết lại đến mục"):
        audit_log.verify(database, ADMIN_USER)


def test_work_after_a_cut_does_not_move_the_anchor_over_the_cut(database):
    _work(database)
    _sql(database, "DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 3)")
    _work(database, ("Thôn Mới",))  # entries written after the cut: the evidence stays in settings.json
    with pytest.raises(UserError, match="bị xóa bớt hoặc viết lại|các mục cuối đã bị xóa"):
        audit_log.verify(database, ADMIN_USER)


def test_a_backup_still_tells_when_the_settings_anchor_is_removed_too(database, tmp_path):
    _work(database)
    backups.backup_now(database, ADMIN_USER)
    settings = json.loads(database.paths.settings.read_text(encoding="utf-8"))
    _sql(database, "DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 2)")
    del settings["audit_anchor"]
    database.paths.settings.write_text(json.dumps(settings), encoding="utf-8")
    with pytest.raises(UserError, match="bản sao lưu antt-02269-"):
        audit_log.verify(database, ADMIN_USER)


def test_a_restore_replaces_the_trail_on_purpose_and_verifies(database):
    _work(database, ("Thôn Một",))
    copy = backups.backup_now(database, ADMIN_USER)
    _work(database, ("Thôn Hai", "Thôn Ba"))
    database.close()
    restore(database.paths, copy, ADMIN_USER)
    assert "Nhật ký nguyên vẹn" in audit_log.verify(database, ADMIN_USER)
    _work(database, ("Thôn Bốn",))
    assert audit_log.verify(database, ADMIN_USER).startswith("Nhật ký nguyên vẹn")


def test_only_an_administrator_checks_the_trail(database):
    with pytest.raises(UserError, match="cần quyền Quản trị"):
        audit_log.verify(database, VIEWER_USER)


def test_the_command_line_checks_against_a_backup_kept_on_a_usb_stick(database, tmp_path):
    _work(database)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.backup_now(database, ADMIN_USER, usb)
    _sql(database, "DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 2)")
    settings = json.loads(database.paths.settings.read_text(encoding="utf-8"))
    del settings["audit_anchor"]  # the attacker cleans the data folder as well
    database.paths.settings.write_text(json.dumps(settings), encoding="utf-8")
    database.close()
    data = database.paths.data_dir
    assert cli_runner.antt("audit", "verify", "--data-dir", data, password=PASSWORD).returncode == 0
    caught = cli_runner.antt("audit", "verify", "--against", copy, "--data-dir", data, password=PASSWORD)
    assert caught.returncode == 1 and f"bản sao lưu {copy.name}" in caught.stderr
    assert "bị xóa bớt hoặc viết lại" in caught.stderr or "các mục cuối đã bị xóa" in caught.stderr
    assert caught.stderr.count("\n") == 1
    (tmp_path / "gia.sqlite3").write_bytes(b"SQLite format 3\x00 but not really")
    forged = cli_runner.antt("audit", "verify", "--against", tmp_path / "gia.sqlite3", "--data-dir", data,
                             password=PASSWORD)
    assert forged.returncode == 1 and "không phải bản sao lưu" in forged.stderr
