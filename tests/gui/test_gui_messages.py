"""What a user reads is Vietnamese and says what to do; where a step is missing, a button does it."""

import pytest
from PySide6.QtWidgets import QMessageBox

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.gui.main_window import SYNC, MainWindow
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.sync import sync_keys
from tests.conftest import ADMIN_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


def test_a_package_without_the_upper_levels_key_offers_to_import_it(qtbot, database, tmp_path, monkeypatch):
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    sync_keys.export_public_key(province, tmp_path / "tinh.anttkey")
    province.close()
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    page = window.page(SYNC)
    monkeypatch.setattr("antt_desktop.gui.sync.sync_page.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(tmp_path / "tinh.anttkey"), ""))
    seen = {}

    def press_import(box: QMessageBox):
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Nhập tệp khóa của cấp trên…").click()

    when_modal(qtbot, press_import)
    page.export_package()
    assert seen["text"] == "Chưa có khóa công khai của đơn vị nhận; hãy nhập tệp khóa (.anttkey) của cấp trên."
    assert "antt" not in seen["text"].replace(".anttkey", "")
    assert "Nhập tệp khóa của cấp trên…" in seen["buttons"]
    assert page.ui.resultLabel.text().startswith("Đã đăng ký khóa của Tỉnh Tuyên Quang (08)")
    assert [k.unit for k in sync_keys.key_history(database) if k.active] == ["08"]


def test_the_audit_trail_shows_who_by_name_and_what_in_words(qtbot, database):
    from antt_desktop.db.audit import append_audit
    from antt_desktop.domain.areas import AreaInput
    from antt_desktop.gui.main_window import ADMIN
    from antt_desktop.services import auth
    from antt_desktop.services.areas import areas
    from antt_desktop.services.auth import CurrentUser
    from antt_desktop.services.roles import Role

    auth.create_user(database, "canbo", "mat-khau-canbo", Role.EDITOR, "Nguyễn Văn An", "admin")
    areas.create_area(database, CurrentUser("canbo", "Nguyễn Văn An", Role.EDITOR), AreaInput("Thôn Nà Liềm"))
    with database.session("admin") as session:  # an entry written by an older version, without a summary
        append_audit(session, "admin", "create", "activities", "None", "")
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    page = window.page(ADMIN)
    shown = [[page.audit.data(page.audit.index(row, column)) for column in range(page.audit.columnCount())]
             for row in range(page.audit.rowCount())]
    assert ["Nguyễn Văn An (canbo)", "thêm", "khu dân cư", "Thôn Nà Liềm"] in [line[1:] for line in shown]
    assert all(line[-1] != "None" for line in shown)
