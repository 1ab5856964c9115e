"""The Quản trị page's backup tab: a backup with the keys under a passphrase, a restore that shows what it holds,
refuses another unit's backup with both named, asks for the passphrase and says when it is wrong."""

import pytest
from PySide6.QtWidgets import QMessageBox

from antt_desktop.config import resolve_paths
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.units import Level
from antt_desktop.gui.admin import admin_page
from antt_desktop.gui.admin.backup_dialogs import BackupDialog, RestoreDialog
from antt_desktop.gui.main_window import ADMIN, MainWindow
from antt_desktop.services.admin import audit_log, backups
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from tests.conftest import ADMIN_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")
PASSPHRASE = "cụm mật khẩu sao lưu 2026"


def _page(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(ADMIN)
    return window.page(ADMIN)


def test_a_backup_made_from_the_window_carries_the_keys_under_the_passphrase(qtbot, database, tmp_path, monkeypatch):
    page = _page(qtbot, database)
    monkeypatch.setattr(admin_page.QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    seen = []

    def fill(dialog: BackupDialog):
        ui = dialog.ui
        ui.keysCheck.setChecked(True)
        ui.passphraseEdit.setText(PASSPHRASE)
        ui.confirmEdit.setText("khác " + PASSPHRASE)
        dialog.accept()
        seen.append(ui.errorLabel.text())
        ui.confirmEdit.setText(PASSPHRASE)
        dialog.accept()
    when_modal(None, fill)
    page.backup_now()
    assert seen == ["Hai cụm mật khẩu khác nhau; hãy gõ cùng một cụm mật khẩu hai lần."]
    assert "kèm khóa riêng mã hóa bằng cụm mật khẩu" in page.ui.backupLabel.text()
    [saved] = tmp_path.glob("antt-02269-*.sqlite3")
    assert backups.preview(saved).keys == "passphrase"


def test_restore_a_backup_of_this_pc_from_the_window(qtbot, database, monkeypatch):
    backups.automatic_backup(database)
    areas.create_area(database, ADMIN_USER, AreaInput("Thôn Nà Liềm"))
    page = _page(qtbot, database)
    quits = []
    monkeypatch.setattr(admin_page.QApplication, "quit", lambda: quits.append(True))
    model = page.ui.backupTable.model()
    assert model.index(0, 2).data() == "mã hóa, chỉ máy này mở được"
    page.ui.backupTable.selectRow(0)
    shown = []

    def answer(dialog: RestoreDialog):
        shown.append(dialog.ui.previewLabel.text())
        assert not dialog.ui.refusalLabel.isVisible() and not dialog.ui.passphraseEdit.isVisible()
        when_modal(None, lambda info: shown.append(info.text()) or info.accept(), QMessageBox)
        dialog.restore_button.click()
    when_modal(None, answer)
    page.restore_backup()
    assert "Xã Thượng Lâm" in shown[0] and shown[1].startswith("Đã khôi phục") and quits == [True]
    assert "Khóa riêng của máy này được giữ nguyên" in shown[1]
    assert areas.list_areas(database) == []
    assert any(p.name.startswith("truoc-khoi-phuc") for p in database.paths.backups.iterdir())


def test_another_units_backup_is_refused_in_the_window_until_this_pc_replaces_it(qtbot, database, tmp_path,
                                                                               monkeypatch):
    other = initialize(resolve_paths(tmp_path / "xa-khac"), SetupRequest(Level.COMMUNE, "02266"))
    areas.create_area(other, ADMIN_USER, AreaInput("Thôn Của Xã Khác"))
    saved = backups.backup_now(other, ADMIN_USER, tmp_path / "xa-khac.sqlite3", key_passphrase=PASSPHRASE)
    other.close()
    page = _page(qtbot, database)
    monkeypatch.setattr(admin_page.QFileDialog, "getOpenFileName", lambda *args: (str(saved), ""))
    monkeypatch.setattr(admin_page.QApplication, "quit", lambda: None)
    seen = {}

    def answer(dialog: RestoreDialog):
        ui = dialog.ui
        seen["refusal"] = ui.refusalLabel.text()
        seen["blocked"] = not dialog.restore_button.isEnabled()
        ui.takeOverCheck.setChecked(True)
        ui.passphraseEdit.setText("không phải cụm này")
        when_modal(None, lambda box: next(b for b in box.buttons() if b.text() == "Máy này thay thế").click(),
                    QMessageBox)
        dialog.restore_button.click()
        seen["wrong"] = ui.errorLabel.text()
        seen["areas"] = [a.name for a in areas.list_areas(database)]
        ui.passphraseEdit.setText(PASSPHRASE)
        when_modal(None, lambda box: next(b for b in box.buttons() if b.text() == "Máy này thay thế").click()
                    or when_modal(None, lambda info: info.accept(), QMessageBox), QMessageBox)
        dialog.restore_button.click()
    when_modal(None, answer)
    page.restore_backup()
    assert "(02266)" in seen["refusal"] and "Xã Thượng Lâm (02269)" in seen["refusal"] and seen["blocked"]
    assert seen["wrong"].startswith("Cụm mật khẩu của khóa riêng trong bản sao lưu không đúng")
    assert seen["areas"] == []
    assert [a.name for a in areas.list_areas(database)] == ["Thôn Của Xã Khác"]
    [entry] = [e for e in audit_log.entries(database, ADMIN_USER) if e.action == "restore"]
    assert "máy này thay thế" in entry.summary


def test_a_refused_backup_left_alone_is_in_the_audit_trail(qtbot, database, tmp_path, monkeypatch):
    other = initialize(resolve_paths(tmp_path / "xa-khac"), SetupRequest(Level.COMMUNE, "02266"))
    saved = backups.backup_now(other, ADMIN_USER, tmp_path / "xa-khac.sqlite3")
    other.close()
    page = _page(qtbot, database)
    monkeypatch.setattr(admin_page.QFileDialog, "getOpenFileName", lambda *args: (str(saved), ""))
    when_modal(None, lambda dialog: dialog.reject())
    page.restore_backup()
    [entry] = [e for e in audit_log.entries(database, ADMIN_USER) if e.action == "restore-refused"]
    assert entry.record_id == "xa-khac.sqlite3" and "(02266)" in entry.summary
