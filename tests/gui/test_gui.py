"""The desktop client, offscreen: first-run wizard, sign-in, the Địa bàn page, and a restart."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from antt_desktop.gui.app import language_for
from antt_desktop.gui.areas.area_dialog import AreaDialog
from antt_desktop.gui.login_dialog import LoginDialog
from antt_desktop.gui.main_window import RESIDENTIAL_AREAS, MainWindow
from antt_desktop.gui.setup.setup_wizard import SetupWizard
from antt_desktop.services.areas import areas
from antt_desktop.services.database import open_database
from tests.conftest import ADMIN, ADMIN_USER, PASSWORD
from tests.gui_helpers import press_accept, when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")




def _sign_in(qtbot, database, password=PASSWORD):
    dialog = LoginDialog(database, "Xã Thượng Lâm", ADMIN)
    qtbot.addWidget(dialog)
    dialog.ui.passwordEdit.setText(password)
    dialog.accept()
    return dialog


def _main_window(qtbot, database):
    window = MainWindow(database, _sign_in(qtbot, database).user, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(RESIDENTIAL_AREAS)
    return window


def _fill_area(name, population="", households=""):
    def act(dialog: AreaDialog):
        dialog.ui.nameEdit.setText(name)
        dialog.ui.populationEdit.setText(population)
        dialog.ui.householdsEdit.setText(households)
        dialog.ui.key_religion.setChecked(True)
        dialog.accept()
    return act


def test_vietnamese_is_the_default_language(empty_paths):
    assert language_for(empty_paths) == "vi"
    assert QCoreApplication.translate("MainWindow", "Residential areas") == "Địa bàn"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_wizard_then_area_then_restart(qtbot, empty_paths):
    wizard = SetupWizard(empty_paths)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.communeRadio.setChecked(True)
    wizard.next()
    wizard.ui.unitSearchEdit.setText("thuong lam")
    wizard._search()
    assert wizard.units.rowCount() == 1
    wizard.next()
    assert wizard.currentId() == 2
    wizard.ui.adminPasswordEdit.setText(PASSWORD)
    wizard.ui.adminConfirmEdit.setText("khac-mat-khau")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.ui.adminErrorLabel.text().startswith("Hai lần nhập mật khẩu không giống nhau")
    assert not empty_paths.database.exists()
    wizard.ui.adminConfirmEdit.setText(PASSWORD)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    database = wizard.database

    window = _main_window(qtbot, database)
    page = window.page(RESIDENTIAL_AREAS)
    when_modal(qtbot, _fill_area("Thôn Nà Liềm", "812", "186"))
    page.add_area()
    assert page.model.rowCount() == 1
    window.close()
    database.close()

    reopened = open_database(empty_paths)
    window = _main_window(qtbot, reopened)
    page = window.page(RESIDENTIAL_AREAS)
    assert page.model.row_at(0).name == "Thôn Nà Liềm"
    assert page.model.row_at(0).population == 812
    assert "Vùng tôn giáo" in page.model.row_at(0).flag_labels
    reopened.close()


def test_wrong_password_message_is_shown(qtbot, database):
    dialog = _sign_in(qtbot, database, "sai-mat-khau")
    assert dialog.user is None
    assert "Sai tên đăng nhập hoặc mật khẩu" in dialog.ui.errorLabel.text()


def test_invalid_area_keeps_the_dialog_open_with_the_reason(qtbot, database):
    saved = []
    dialog = AreaDialog(lambda data: saved.append(areas.create_area(database, _sign_in(qtbot, database).user, data)))
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Thôn Bản Chợ")
    dialog.ui.populationEdit.setText("10")
    dialog.ui.householdsEdit.setText("50")
    dialog.accept()
    assert dialog.result() == 0 and saved == []
    assert dialog.ui.errorLabel.text() == "Số hộ không thể lớn hơn số nhân khẩu."
    assert dialog.ui.nameEdit.text() == "Thôn Bản Chợ"  # nothing typed is lost


def test_filter_delete_confirm_and_undo(qtbot, database):
    window = _main_window(qtbot, database)
    page = window.page(RESIDENTIAL_AREAS)
    for name in ("Thôn Đồng Tâm", "Thôn Nà Va"):
        when_modal(qtbot, _fill_area(name))
        page.add_area()
    page.ui.searchEdit.setText("dong tam")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).name == "Thôn Đồng Tâm"

    page.ui.tableView.selectRow(0)
    when_modal(qtbot, lambda box: box.reject())  # Cancel keeps the area
    page.delete_selected()
    assert [r.name for r in areas.list_areas(database)] == ["Thôn Đồng Tâm", "Thôn Nà Va"]

    when_modal(qtbot, press_accept)
    page.delete_selected()
    assert [r.name for r in areas.list_areas(database)] == ["Thôn Nà Va"]
    assert page.model.rowCount() == 0

    page.undo_delete()
    assert [r.name for r in areas.list_areas(database)] == ["Thôn Đồng Tâm", "Thôn Nà Va"]
    assert page.model.rowCount() == 1


def test_province_scale_lists_do_not_stretch_the_window(qtbot, tmp_path):
    """Hundreds of gaps and uncovered key areas at a province scroll in their own boxes: the window keeps a size
    that fits an office screen whichever page is opened."""
    from antt_desktop.config import resolve_paths
    from antt_desktop.domain.units import Level
    from antt_desktop.gui.main_window import AREAS
    from antt_desktop.services.admin.setup import SetupRequest, initialize
    from antt_desktop.services.demo import demo

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    demo.fill_province(province, ADMIN_USER, areas_per_commune=2)
    window = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    for index in range(len(AREAS)):
        window.ui.sidebar.setCurrentRow(index)
        qtbot.wait(50)
        assert window.minimumSizeHint().height() < 800, AREAS[index]
        assert window.height() < 800, AREAS[index]
        assert window.minimumSizeHint().width() <= 1366 and window.width() <= 1366, AREAS[index]  # 1366×768 PCs
    province.close()
