"""Quản trị in the desktop client: accounts, the audit trail and its check."""

import pytest

from antt_desktop.gui.admin.admin_dialogs import UserDialog
from antt_desktop.gui.i18n import install_translators
from antt_desktop.gui.main_window import ADMIN, MainWindow
from tests.conftest import ADMIN_USER
from tests.test_gui import _when_modal


@pytest.fixture(autouse=True, scope="module")
def vietnamese(qapp):
    translators = install_translators(qapp, "vi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


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
    _when_modal(None, fill)
    page.add_user()
    assert [u.username for u in page.users.rows] == ["admin", "canbo"]
    assert any(e.record_id == "canbo" and e.action == "create" for e in page.audit.rows)
    page.verify()
    assert page.ui.verifyLabel.text().startswith("Nhật ký nguyên vẹn")
