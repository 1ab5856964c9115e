"""Files chosen while an activity, a member or a model is being created: stored with it on Save, dropped on
Cancel; the same content twice on one record is refused with the name of the file already attached."""

from datetime import date
from pathlib import Path

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.teams import TeamInput
from antt_desktop.gui.campaigns.activity_edit_dialog import ActivityEditDialog
from antt_desktop.gui.forces.member_dialog import MemberDialog
from antt_desktop.gui.security_models.model_dialog import ModelDialog
from antt_desktop.services import attachments
from antt_desktop.services.areas import areas
from antt_desktop.services.campaigns import activities
from antt_desktop.services.forces import teams
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from antt_desktop.services.security_models import security_models as models
from tests.conftest import EDITOR_USER

pytestmark = pytest.mark.usefixtures("vietnamese")


def _pdf(text: str) -> bytes:
    """A small file whose content is a PDF (attachments are kept only when they are PDF, JPEG or PNG)."""
    return b"%PDF-1.4\n%" + text.encode("utf-8") + b"\n"


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("antt_desktop.gui.messages.show_error", lambda _parent, text: shown.append(text))
    return shown


def _choose(monkeypatch, module: str, path: Path) -> None:
    monkeypatch.setattr(f"{module}.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def _activity_dialog(qtbot, database) -> ActivityEditDialog:
    dialog = ActivityEditDialog(database, EDITOR_USER, day=date(2025, 6, 26))
    qtbot.addWidget(dialog)
    dialog.ui.typeCombo.setCurrentText("Hội nghị")
    dialog.ui.contentEdit.setPlainText("Hội nghị phòng, chống ma túy")
    return dialog


def test_activity_files_chosen_before_saving_are_stored_with_it(qtbot, database, tmp_path, monkeypatch, errors):
    report = tmp_path / "bien-ban.pdf"
    report.write_bytes(_pdf("Biên bản hội nghị"))
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(_pdf("Biên bản hội nghị"))
    dialog = _activity_dialog(qtbot, database)
    assert dialog.ui.filesBox.isEnabled()
    _choose(monkeypatch, "antt_desktop.gui.campaigns.activity_edit_dialog", report)
    dialog.attach()
    _choose(monkeypatch, "antt_desktop.gui.campaigns.activity_edit_dialog", copy)
    dialog.attach()
    assert [f.filename for f in dialog.files.rows] == ["bien-ban.pdf"]
    assert errors == ["Tệp ban-sao.pdf có nội dung giống hệt tệp “bien-ban.pdf” đã đính kèm vào hồ sơ này; "
                      "không cần đính kèm lần nữa."]
    report.unlink()  # the copy taken when it was chosen is what gets stored
    dialog.accept()
    saved = activities.list_activities(database)
    assert len(saved) == 1
    stored = attachments.list_attachments(database, activities.RECORD_KIND, saved[0].id)
    assert [f.filename for f in stored] == ["bien-ban.pdf"]
    assert attachments.store_path(database, stored[0].sha256).read_bytes() == _pdf("Biên bản hội nghị")


def test_activity_files_are_dropped_when_the_new_activity_is_cancelled(qtbot, database, tmp_path, monkeypatch):
    photo = tmp_path / "anh.pdf"
    photo.write_bytes(_pdf("ảnh"))
    dialog = _activity_dialog(qtbot, database)
    _choose(monkeypatch, "antt_desktop.gui.campaigns.activity_edit_dialog", photo)
    dialog.attach()
    assert [f.filename for f in dialog.files.rows] == ["anh.pdf"]
    dialog.reject()
    assert activities.list_activities(database) == []
    assert not (database.paths.data_dir / "attachments").exists()


def test_the_same_file_twice_on_a_saved_record_is_refused(qtbot, database, tmp_path, monkeypatch, errors):
    first = tmp_path / "ke-hoach.pdf"
    first.write_bytes(_pdf("Kế hoạch"))
    dialog = _activity_dialog(qtbot, database)
    dialog.accept()
    row = activities.list_activities(database)[0]
    again = ActivityEditDialog(database, EDITOR_USER, row)
    qtbot.addWidget(again)
    _choose(monkeypatch, "antt_desktop.gui.campaigns.activity_edit_dialog", first)
    again.attach()
    renamed = tmp_path / "ke-hoach (1).pdf"
    renamed.write_bytes(first.read_bytes())
    _choose(monkeypatch, "antt_desktop.gui.campaigns.activity_edit_dialog", renamed)
    again.attach()
    assert [f.filename for f in attachments.list_attachments(database, activities.RECORD_KIND, row.id)] == [
        "ke-hoach.pdf"]
    assert errors == ["Tệp ke-hoach (1).pdf có nội dung giống hệt tệp “ke-hoach.pdf” đã đính kèm vào hồ sơ "
                      "này; không cần đính kèm lần nữa."]


def test_member_files_chosen_before_saving_are_stored_with_the_member(qtbot, database, tmp_path, monkeypatch):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông"))
    teams.create_team(database, EDITOR_USER, TeamInput("Tổ bảo vệ ANTT thôn Đông", "to_bao_ve_antt", area.id,
                                                       {"to_truong": 1, "to_pho": 1, "to_vien": 1}))
    application = tmp_path / "don-dang-ky.pdf"
    application.write_bytes(_pdf("Mẫu 01"))
    dialog = MemberDialog(database, EDITOR_USER, teams.list_teams(database))
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.isTabEnabled(dialog.ui.tabs.indexOf(dialog.ui.filesTab))
    assert not dialog.ui.tabs.isTabEnabled(dialog.ui.tabs.indexOf(dialog.ui.welfareTab))
    _choose(monkeypatch, "antt_desktop.gui.forces.member_dialog", application)
    dialog.add_file()
    assert [f.filename for f in dialog.files.rows] == ["don-dang-ky.pdf"]
    ui = dialog.ui
    ui.fullNameEdit.setText("Nguyễn Văn Ánh")
    ui.birthEdit.setText("02/04/1985")
    ui.startEdit.setText("01/07/2024")
    dialog.accept()
    member = query_members(database, EDITOR_USER, MemberFilter())[0]
    assert [f.filename for f in attachments.list_attachments(database, "members", member.id)] == ["don-dang-ky.pdf"]


def test_model_documents_chosen_before_saving_are_stored_in_their_slot(qtbot, database, tmp_path, monkeypatch):
    decision = tmp_path / "quyet-dinh.pdf"
    decision.write_bytes(b"%PDF-1.4\n%test\n")
    dialog = ModelDialog(database, EDITOR_USER, areas.list_areas(database))
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.isTabEnabled(dialog.ui.tabs.indexOf(dialog.ui.fileTab))
    dialog.ui.documentTable.selectRow(0)
    _choose(monkeypatch, "antt_desktop.gui.security_models.model_dialog", decision)
    dialog.attach()
    assert dialog.ui.completenessLabel.text().startswith("Hồ sơ đầy đủ 17%")
    dialog.ui.nameEdit.setText("Camera an ninh")
    dialog.ui.fieldCombo.setCurrentIndex(0)
    dialog.ui.scopeKindCombo.setCurrentIndex(dialog.ui.scopeKindCombo.findData("agency"))
    dialog.ui.scopeNameEdit.setText("Trường THCS Thượng Lâm")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == ""
    model = models.list_models(database)[0]
    stored = attachments.list_attachments(database, models.RECORD_KIND, model.id)
    assert [(f.filename, f.slot) for f in stored] == [("quyet-dinh.pdf", dialog.documents.rows[0][0])]


def test_the_same_document_twice_in_one_slot_is_refused_but_may_serve_two_slots(qtbot, database, tmp_path,
                                                                                  monkeypatch, errors):
    scan = tmp_path / "quyet-dinh-kem-quy-che.pdf"
    scan.write_bytes(b"%PDF-1.4\n%quyet dinh va quy che\n")
    dialog = ModelDialog(database, EDITOR_USER, areas.list_areas(database))
    qtbot.addWidget(dialog)
    _choose(monkeypatch, "antt_desktop.gui.security_models.model_dialog", scan)
    for row in (0, 0, 1):
        dialog.ui.documentTable.selectRow(row)
        dialog.attach()
    assert errors == ["Tệp quyet-dinh-kem-quy-che.pdf có nội dung giống hệt tệp “quyet-dinh-kem-quy-che.pdf” đã "
                      "đính kèm vào hồ sơ này; không cần đính kèm lần nữa."]
    assert sorted(f.slot for f in dialog.record_files.rows()) == sorted(r[0] for r in dialog.documents.rows[:2])
