"""Quản trị in the desktop client: accounts, the audit trail and its check."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication

from antt_desktop import __version__
from antt_desktop.domain.areas import AreaInput
from antt_desktop.errors import UserError
from antt_desktop.gui.about import about_text
from antt_desktop.gui.admin.admin_dialogs import PasswordDialog, UserDialog
from antt_desktop.gui.excel import excel_actions
from antt_desktop.gui.main_window import ADMIN, MainWindow
from antt_desktop.services import auth
from antt_desktop.services.admin import audit_log
from antt_desktop.services.areas import areas
from antt_desktop.services.roles import Role
from tests.conftest import ADMIN as ADMIN_NAME
from tests.conftest import ADMIN_USER, PASSWORD
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


def test_add_a_user_and_verify_the_trail(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(ADMIN)
    page = window.page(ADMIN)

    def fill(dialog: UserDialog):
        dialog.ui.usernameEdit.setText("canbo")
        dialog.ui.fullNameEdit.setText("Nguyễn Văn An")
        dialog.ui.passwordEdit.setText("mat-khau-canbo")
        dialog.accept()
    when_modal(None, fill)
    page.add_user()
    assert [u.username for u in page.users.rows] == ["admin", "canbo"]
    assert any(e.record_id == "canbo" and e.action == "create" for e in page.audit.rows)
    page.verify()
    assert page.ui.verifyLabel.text().startswith("Nhật ký nguyên vẹn")


def test_the_trail_check_in_the_window_reports_deleted_last_entries(qtbot, database):
    areas.create_area(database, ADMIN_USER, AreaInput("Thôn Nà Liềm"))
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(ADMIN)
    with database.engine.begin() as connection:  # an attacker beside the application
        connection.exec_driver_sql("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    shown = []
    when_modal(None, lambda box: shown.append(box.text()) or box.accept())
    window.page(ADMIN).verify()
    assert len(shown) == 1 and "các mục cuối đã bị xóa" in shown[0] and "settings.json" in shown[0]


def test_any_user_changes_own_password_from_the_account_menu(qtbot, database):
    auth.create_user(database, "canbo", "mat-khau-canbo", Role.EDITOR, "Nguyễn Văn An", ADMIN_NAME)
    officer = auth.login(database, "canbo", "mat-khau-canbo")
    window = MainWindow(database, officer, "vi")
    qtbot.addWidget(window)
    assert window.ui.accountMenu.title() == "Tài &khoản"

    def fill(dialog: PasswordDialog):
        dialog.ui.oldEdit.setText("mat-khau-canbo")
        dialog.ui.newEdit.setText("mat-khau-moi-1")
        dialog.ui.confirmEdit.setText("mat-khau-moi-1")
        dialog.accept()
    when_modal(None, fill)
    window.ui.passwordAction.trigger()
    assert auth.login(database, "canbo", "mat-khau-moi-1").username == "canbo"
    with pytest.raises(UserError):
        auth.login(database, "canbo", "mat-khau-canbo")


def test_excel_export_asks_to_leave_personal_data_out(qtbot, database, tmp_path, monkeypatch):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    out = tmp_path / "luc-luong.xlsx"
    monkeypatch.setattr(excel_actions, "_choose_kind", lambda parent, title: "members")
    monkeypatch.setattr(excel_actions, "_save_path", lambda parent, title, name: str(out))
    asked = []

    def leave_out(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Bỏ ra").click()
    when_modal(None, leave_out)
    window.ui.exportAction.trigger()
    assert asked[0].startswith("Bỏ dữ liệu cá nhân") and out.exists()
    assert any("không có dữ liệu cá nhân nhạy cảm" in e.summary for e in audit_log.entries(database, ADMIN_USER))


def test_idle_window_locks_and_only_the_password_unlocks(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.show()
    lock = window.idle_lock
    assert lock.limit == 15 * 60
    lock.check()
    assert not lock.locked and window.centralWidget().isVisible()  # just used: no lock
    lock.last_activity -= lock.limit
    seen = []

    def wrong_then_right(dialog):
        seen.append((dialog.windowTitle(), dialog.ui.usernameEdit.text(), window.centralWidget().isVisible()))
        dialog.ui.passwordEdit.setText("sai-mat-khau")
        dialog.accept()
        seen.append(dialog.ui.errorLabel.text())
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.accept()
    when_modal(None, wrong_then_right)
    lock.check()
    assert seen[0] == ("Đã khóa", ADMIN_NAME, False)
    assert "Sai tên đăng nhập" in seen[1]
    assert not lock.locked and window.centralWidget().isVisible()


def test_audit_trail_filtered_by_day(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    page = window.page(ADMIN)
    assert page.ui.auditSinceEdit.text() == "từ đầu" and len(page.audit.rows) >= 2
    calendar = page.ui.auditSinceEdit.calendarWidget()
    QApplication.sendEvent(calendar, QShowEvent())  # the popup opening
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    page.ui.auditSinceEdit.setDate(QDate.currentDate().addDays(1))
    page.refresh_audit()
    assert page.audit.rows == []
    page.ui.auditSinceEdit.setDate(QDate.currentDate().addDays(-1))
    page.ui.auditUntilEdit.setDate(QDate.currentDate())
    page.refresh_audit()
    assert any(e.action == "init" for e in page.audit.rows)


def test_about_box_names_version_data_folder_and_licences(database):
    text = about_text(database.paths)
    assert __version__ in text and str(database.paths.data_dir) in text
    assert "Thư mục dữ liệu" in text and "SIL Open Font License" in text and "MB" in text


@pytest.mark.both_storages
def test_on_a_server_the_backup_tab_says_who_backs_up_and_the_about_box_hides_the_password(qtbot, database):
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.show()
    window.ui.sidebar.setCurrentRow(ADMIN)
    page = window.page(ADMIN)
    page.ui.tabs.setCurrentIndex(2)
    on_server = database.paths.on_server
    assert ("pg_dump" in page.ui.backupHelp.text()) is on_server
    assert page.ui.backupButton.isVisible() is not on_server and page.ui.restoreButton.isVisible() is not on_server
    text = about_text(database.paths)
    assert ("Máy chủ cơ sở dữ liệu: postgresql+psycopg://" in text) is on_server and ("MB" in text) is not on_server
