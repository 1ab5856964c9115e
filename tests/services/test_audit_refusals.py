"""Every refused file and every key change leaves an entry in the audit trail, naming the user and the file."""

from __future__ import annotations

import uuid

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from antt_desktop.config import resolve_paths
from antt_desktop.db.models import AuditEntry
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services import attachments
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.excel import excel_import
from antt_desktop.services.sync import directives, sync_keys
from tests.conftest import ADMIN_USER, VIEWER_USER


def _entries(database, action: str) -> list[tuple[str, str, str, str]]:
    with database.factory() as session:
        return [tuple(r) for r in session.execute(
            select(AuditEntry.username, AuditEntry.kind, AuditEntry.record_id, AuditEntry.summary)
            .where(AuditEntry.action == action).order_by(AuditEntry.seq))]


def test_a_damaged_workbook_and_one_with_bad_rows_are_audited_as_refused(database, tmp_path):
    damaged = tmp_path / "hong.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError):
        excel_import.import_file(database, ADMIN_USER, "areas", damaged)
    bad_rows = tmp_path / "dong-loi.xlsx"
    book = Workbook()
    book.active.append(["Tên khu dân cư", "Loại", "Số nhân khẩu", "Số hộ"])
    book.active.append(["Thôn Nà Liềm", "Thôn", "rất nhiều", 80])
    book.save(bad_rows)
    _table, report = excel_import.import_file(database, ADMIN_USER, "areas", bad_rows)
    assert report.errors and not report.written
    refused = _entries(database, "refuse")
    assert [(user, kind, name) for user, kind, name, _reason in refused] == [
        ("admin", "areas", "hong.xlsx"), ("admin", "areas", "dong-loi.xlsx")]
    assert "chưa nhập dòng nào" in refused[1][3] or "lỗi" in refused[1][3]


def test_a_viewer_refused_an_import_is_audited(database, tmp_path):
    book = Workbook()
    book.active.append(["Tên khu dân cư"])
    book.active.append(["Thôn Kẻ Gian"])
    book.save(tmp_path / "kdc.xlsx")
    with pytest.raises(UserError, match="không có quyền"):
        excel_import.import_file(database, VIEWER_USER, "areas", tmp_path / "kdc.xlsx")
    assert [(u, n) for u, _k, n, _r in _entries(database, "refuse")] == [("xem", "kdc.xlsx")]


def test_key_files_refused_and_key_changes_are_audited(database, tmp_path):
    forged = tmp_path / "gia.anttkey"
    forged.write_text('{"kind": "antt-public-key", "unit_code": "08", "signing_public": "../../x"}', encoding="utf-8")
    with pytest.raises(UserError, match="không phải tệp khóa"):
        sync_keys.import_public_key(database, ADMIN_USER, forged)
    for name in ("a", "b"):
        province = initialize(resolve_paths(tmp_path / name), SetupRequest(Level.PROVINCE, "08"))
        sync_keys.export_public_key(province, tmp_path / f"{name}.anttkey")
        province.close()
    sync_keys.export_public_key(database, tmp_path / "chinh-may-nay.anttkey")
    with pytest.raises(UserError, match="của chính máy này"):
        sync_keys.import_public_key(database, ADMIN_USER, tmp_path / "chinh-may-nay.anttkey")
    sync_keys.import_public_key(database, ADMIN_USER, tmp_path / "a.anttkey")
    sync_keys.import_public_key(database, ADMIN_USER, tmp_path / "b.anttkey", replace=True)
    refused = _entries(database, "refuse")
    assert [(user, kind, name) for user, kind, name, _reason in refused] == [
        ("admin", "registered_keys", "gia.anttkey"), ("admin", "registered_keys", "chinh-may-nay.anttkey")]
    assert "không phải tệp khóa" in refused[0][3] and "của chính máy này" in refused[1][3]
    keys = _entries(database, "keys")
    assert len(keys) == 2 and "đăng ký khóa" in keys[0][3] and "thay khóa" in keys[1][3]


def test_a_disguised_attachment_and_a_forged_catalog_are_audited_as_refused(database, tmp_path):
    fake = tmp_path / "quyet-dinh.pdf"
    fake.write_bytes(b"MZ\x90\x00 an executable renamed")
    with pytest.raises(UserError, match="không phải tệp PDF"):
        attachments.add_attachment(database, ADMIN_USER, "activities", uuid.uuid4(), fake,
                                   allowed=attachments.DOCUMENT_TYPES)
    catalog = tmp_path / "danh-muc.json"
    catalog.write_text('{"catalog": "../../settings", "version": {"x": 1}}', encoding="utf-8")
    with pytest.raises(UserError):
        directives.publish_catalog(database, ADMIN_USER, catalog)
    assert [(kind, name) for _user, kind, name, _reason in _entries(database, "refuse")] == [
        ("attachments", "quyet-dinh.pdf"), ("catalog", "danh-muc.json")]
