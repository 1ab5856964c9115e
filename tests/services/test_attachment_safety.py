"""Attached files as an attacker sends them: names that are paths, devices or programs, a PDF that is HTML, a hash
that is a path. Each is reduced to a safe name or refused whole; opening only ever copies a PDF, JPEG or PNG into
a private temporary folder."""

import hashlib
import stat
import uuid

import pytest
from sqlalchemy import select

from antt_desktop.db.forces import Attachment
from antt_desktop.domain.file_types import MAX_STEM, safe_name
from antt_desktop.errors import UserError
from antt_desktop.services import attachments
from antt_desktop.services.reports import stats
from antt_desktop.services.sync.sync_records import to_json
from tests.conftest import EDITOR_USER

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
HTML = b"<html><script>alert(1)</script></html>"


@pytest.mark.parametrize(("sent", "kept"), [
    ("../../x.exe", "x.pdf"), ("..\\..\\Windows\\x.exe", "x.pdf"), ("CON", "_CON.pdf"), ("nul.txt", "_nul.pdf"),
    ("COM1.pdf", "_COM1.pdf"), ("C:\\evil.hta", "evil.pdf"), ("C:evil.hta", "evil.pdf"), ("x.pdf:ads", "x.pdf_ads.pdf"),
    ("bao\x00cao\r\n.pdf", "bao cao.pdf"), ("hoa-don\u202egpj.exe", "hoa-don gpj.pdf"),
    ("..", "tep-dinh-kem.pdf"), ("quyết định số 12.pdf", "quyết định số 12.pdf"),
])
def test_any_name_becomes_a_safe_base_name_with_the_extension_of_its_content(sent, kept):
    assert safe_name(sent, "pdf") == kept


def test_a_five_thousand_character_name_is_bounded():
    name = safe_name("ả" * 5000 + ".png", "png")
    assert name == "ả" * MAX_STEM + ".png"


def _member_file(database, tmp_path, name, content):
    source = tmp_path / name
    source.write_bytes(content)
    return attachments.add_attachment(database, EDITOR_USER, "members", uuid.uuid4(), source)


def test_a_user_file_named_like_a_windows_path_is_kept_under_a_safe_name_and_opened_privately(database, tmp_path):
    row = _member_file(database, tmp_path, "C:\\evil.hta", PDF)
    assert row.filename == "evil.pdf"
    copy = attachments.open_copy(database, row)
    assert copy.name == "evil.pdf" and copy.read_bytes() == PDF
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700 and copy.parent.name.startswith("antt-")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_a_pdf_that_is_really_html_is_refused_and_nothing_is_stored(database, tmp_path):
    with pytest.raises(UserError, match="không phải tệp PDF, JPG, PNG thật"):
        _member_file(database, tmp_path, "bien-ban.pdf", HTML)
    assert not (database.paths.data_dir / "attachments").exists()
    assert stats.record_counts(database)["counts"].get("attachments", 0) == 0


def test_a_stored_program_is_never_opened_and_a_hash_path_never_read(database, tmp_path):
    row = _member_file(database, tmp_path, "ho-so.pdf", PDF)
    attachments.store_path(database, row.sha256).write_bytes(b"MZ\x90\x00 a program")  # replaced behind our back
    with pytest.raises(UserError, match="không được mở"):
        attachments.copy_out(database, row, tmp_path / "mo")
    assert list((tmp_path / "mo").glob("*")) == []
    forged_row = attachments.AttachmentRow(row.id, "x.pdf", 1, "../../../settings.json", "")
    with pytest.raises(UserError, match="Mã băm của tệp đính kèm không hợp lệ"):
        attachments.copy_out(database, forged_row, tmp_path / "mo")


def _attachment_row(name, sha, owner="02269"):
    return to_json({"id": uuid.uuid4(), "owner_unit": owner, "version": 1, "created_at": "2026-01-01T00:00:00+00:00",
                    "updated_at": "2026-01-01T00:00:00+00:00", "deleted_at": None, "changed_by": uuid.uuid4(),
                    "record_kind": "members", "record_id": uuid.uuid4(), "slot": "", "filename": name,
                    "sha256": sha, "size": 10, "note": ""})


def _row_from(commune, name, content):  # noqa: F811 - the fixture
    """A real attachment record of the commune (every column as it stores it), renamed as an attacker would."""
    with commune.engine.connect() as connection:
        template = dict(connection.execute(select(Attachment.__table__)).mappings().first() or {})
    row = _attachment_row(name, hashlib.sha256(content).hexdigest())
    return {**to_json(template), **{k: row[k] for k in ("id", "filename", "sha256", "size", "record_id")}} \
        if template else row


def test_a_package_file_named_like_a_path_lands_under_a_safe_name(commune, province, tmp_path):  # noqa: F811
    from antt_desktop.services.sync import sync_import
    from tests.conftest import ADMIN_USER

    row = _row_from(commune, "../../" + "x" * 5000 + ".exe", PDF)
    package = _with_file(commune, province, row, PDF)
    outcome = sync_import.import_bytes(province, ADMIN_USER, package)
    assert outcome.state == "imported", outcome.message
    [kept] = attachments.list_attachments(province, row["record_kind"], uuid.UUID(row["record_id"]))
    assert kept.filename == "x" * MAX_STEM  # no path, and no program's extension
    copy = attachments.copy_out(province, kept, tmp_path / "mo")
    assert copy.parent == tmp_path / "mo" and copy.name == "x" * MAX_STEM + ".pdf"
    assert not (tmp_path.parent / ("x" * 10)).exists()


def _with_file(commune, province, row, content):  # noqa: F811
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from antt_desktop.exchange import sync_format, sync_package
    from antt_desktop.services.sync import sync_keys

    keys = sync_keys.own_keys(commune)
    header = {"kind": "data", "sender": "02269", "sender_name": "Xã Thượng Lâm",
              "sender_installation": str(commune.installation().id), "recipient": "08", "seq": 7,
              "created": "2026-01-01T00:00:00+00:00", "schema": "0008", "full": False,
              "signing_public": sync_format.b64(sync_format.public_bytes(keys.signing))}
    recipient = X25519PublicKey.from_public_bytes(sync_format.public_bytes(sync_keys.own_keys(province).encryption))
    items = sync_package.record_items({"attachments": [row]}, {row["sha256"]: content})
    return sync_package.seal(header, items, keys.signing, recipient)


@pytest.mark.parametrize(("sha", "content", "reason"), [
    ("../../../../x", PDF, "mã băm không hợp lệ"),
    (None, HTML, "không phải tệp PDF, JPG, PNG thật"),
])
def test_a_package_with_a_path_for_a_hash_or_html_for_a_pdf_is_refused_whole(commune, province, sha, content,  # noqa: F811
                                                                             reason):
    from antt_desktop.services.sync import sync, sync_import
    from tests.conftest import ADMIN_USER

    row = _row_from(commune, "bien-ban.pdf", content)
    if sha is not None:
        row["sha256"] = sha
    before = stats.record_counts(province)
    with pytest.raises(UserError, match=reason):
        sync_import.import_bytes(province, ADMIN_USER, _with_file(commune, province, row, content))
    assert stats.record_counts(province) == before and sync.status(province) == []
    assert not list((province.paths.data_dir / "attachments").rglob("*"))


def test_the_window_opens_only_the_private_copy(qtbot, database, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from antt_desktop.gui import attachment_actions

    row = _member_file(database, tmp_path, "../../x.exe", PDF)
    opened = []
    monkeypatch.setattr(attachment_actions.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    parent = QWidget()
    qtbot.addWidget(parent)
    attachment_actions.open_attachment(parent, database, row)
    [path] = opened
    assert path.endswith("/x.pdf") and "/antt-" in path and open(path, "rb").read() == PDF
