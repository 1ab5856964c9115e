"""Đồng bộ in the desktop client: a package made on a worker thread, its import seen at the upper level."""

from datetime import date

import pytest

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.gui.main_window import SYNC, MainWindow
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.demo import demo
from antt_desktop.services.sync import sync
from tests.conftest import ADMIN_USER, VIEWER_USER, exchange_keys
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def province_window(qtbot, tmp_path):
    """The main window of Tỉnh Tuyên Quang holding one area and its forces for each of its 124 communes."""
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    demo.fill_province(province, ADMIN_USER, areas_per_commune=1)
    window = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    yield window
    province.close()


def test_make_and_import_a_package(qtbot, database, tmp_path, monkeypatch):
    demo.fill_commune(database, ADMIN_USER)
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    exchange_keys(database, province, tmp_path)
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(SYNC)
    page = window.page(SYNC)
    assert page.ui.fingerprintLabel.text().startswith("Dấu vân tay khóa của đơn vị này")
    monkeypatch.setattr("antt_desktop.gui.sync.sync_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    page.export_package()
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)
    assert page.ui.resultLabel.text().startswith("Đã lập gói số 1")
    assert [p.seq for p in page.sent.rows] == [1]

    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    upper_page = upper.page(SYNC)
    [package] = (tmp_path / "usb").glob("*.anttsync")
    monkeypatch.setattr("antt_desktop.gui.sync.sync_page.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: ([str(package)], ""))
    upper_page.import_packages()
    qtbot.waitUntil(lambda: upper_page.job is None, timeout=20000)
    assert "gói số 1 của Xã Thượng Lâm" in upper_page.ui.resultLabel.text()
    assert [r.unit_code for r in upper_page.received.rows] == ["02269"]
    province.close()


def test_a_package_opened_with_the_app_is_imported_on_the_sync_page(qtbot, database, tmp_path):
    """Double-clicking a .anttsync file starts the app with its path; after sign-in it is imported."""
    demo.fill_commune(database, ADMIN_USER)
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    exchange_keys(database, province, tmp_path)
    package = sync.export_package(database, ADMIN_USER, tmp_path).path
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    upper.import_packages([package])
    page = upper.page(SYNC)
    assert upper.ui.sidebar.currentRow() == SYNC
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)
    assert "gói số 1 của Xã Thượng Lâm" in page.ui.resultLabel.text()
    assert [r.unit_code for r in page.received.rows] == ["02269"]
    province.close()


def test_a_viewer_opening_a_package_is_told_who_may_import_it(qtbot, database, tmp_path):
    window = MainWindow(database, VIEWER_USER, "vi")
    qtbot.addWidget(window)
    shown = []
    when_modal(qtbot, lambda box: shown.append(box.text()))
    window.import_packages([tmp_path / "goi.anttsync"])
    assert shown == ["Tài khoản của bạn chỉ được xem dữ liệu; hãy nhờ quản trị viên hoặc cán bộ nhập liệu nhập các "
                     "gói này."]
    assert window.page(SYNC).received.rows == []


def test_a_package_opened_while_the_app_runs_goes_to_the_open_window(qtbot, database, tmp_path):
    """A second start on the same data folder hands its packages over and ends; the signed-in window imports
    them, but only once it is unlocked."""
    from antt_desktop.gui.single_instance import InstanceServer, hand_over, server_name

    demo.fill_commune(database, ADMIN_USER)
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    exchange_keys(database, province, tmp_path)
    package = sync.export_package(database, ADMIN_USER, tmp_path).path
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    assert not hand_over(province.paths, [package])  # nobody listens yet: this start opens its own window
    InstanceServer(upper, server_name(province.paths))
    upper.idle_lock.locked = True
    assert hand_over(province.paths, [package])
    qtbot.wait(300)
    assert upper.page(SYNC).received.rows == []  # still locked: nothing imported
    upper.idle_lock.locked = False
    page = upper.page(SYNC)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text() != "" and page.job is None, timeout=20000)
    assert "gói số 1 của Xã Thượng Lâm" in page.ui.resultLabel.text()
    assert [r.unit_code for r in page.received.rows] == ["02269"]
    province.close()


def test_the_check_box_makes_a_package_without_personal_data(qtbot, database, tmp_path, monkeypatch):
    from antt_desktop.services.sync.sync import peek

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    exchange_keys(database, province, tmp_path)
    province.close()
    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    page = window.page(SYNC)
    assert page.ui.omitSensitiveCheck.text() == "Không gửi dữ liệu &cá nhân"
    page.ui.omitSensitiveCheck.setChecked(True)
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr("antt_desktop.gui.sync.sync_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(tmp_path / "usb"))
    page.export_package()
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)
    [package] = (tmp_path / "usb").glob("*.anttsync")
    header = peek(package)
    assert header["omitted"]["force_members"] == ["cccd", "phone", "ethnicity", "religion"]


def test_the_units_below_tab_lists_the_provinces_communes_and_searches_them(qtbot, database, tmp_path):
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    page = upper.page(SYNC)
    assert page.ui.tabs.tabText(0) == "Đơn vị &trực thuộc"
    assert page.ui.unitsSummary.text().startswith("124 đơn vị trực thuộc: 0 đủ gói, 0 còn thiếu gói, 124 chưa "
                                                  "gửi gói nào.")
    page.ui.unitSearchEdit.setText("thuong lam")
    assert [(u.name, u.state) for u in page.units.rows] == [("Xã Thượng Lâm", "chưa gửi gói nào")]
    province.close()
    commune_window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(commune_window)
    assert commune_window.page(SYNC).ui.tabs.indexOf(commune_window.page(SYNC).ui.unitsTab) == -1
    from antt_desktop.gui.main_window import FORCES

    forces = commune_window.page(FORCES)  # a commune has no units below: no unit filter, no unit columns
    assert forces.ui.teamTable.isColumnHidden(forces.teams.columnCount() - 1)
    assert not forces.ui.unitFilter.isVisibleTo(forces)
    from antt_desktop.gui.main_window import MODELS

    models_page = commune_window.page(MODELS)
    assert models_page.ui.modelTable.isColumnHidden(models_page.table.columnCount() - 1)
    assert not models_page.ui.unitFilter.isVisibleTo(models_page)
    from antt_desktop.gui.main_window import CAMPAIGNS

    campaigns_page = commune_window.page(CAMPAIGNS)
    assert campaigns_page.ui.activityTable.isColumnHidden(campaigns_page.activities.columnCount() - 1)
    assert campaigns_page.ui.unitFilter.isHidden()


def test_double_clicking_a_unit_below_opens_its_forces(qtbot, province_window):
    from antt_desktop.gui.forces.member_table_model import UNIT_COLUMN
    from antt_desktop.gui.main_window import FORCES

    upper = province_window
    page = upper.page(SYNC)
    page.ui.unitSearchEdit.setText("thuong lam")
    view = page.ui.unitTable
    view.selectRow(0)
    view.activated.emit(view.model().index(0, 0))
    assert upper.ui.sidebar.currentRow() == FORCES
    forces = upper.page(FORCES)
    assert forces.ui.unitFilter.currentText() == "Xã Thượng Lâm (02269)"
    assert forces.members.rows and {m.owner_unit for m in forces.members.rows} == {"02269"}
    assert not forces.ui.memberTable.isColumnHidden(UNIT_COLUMN)
    assert forces.members.data(forces.members.index(0, UNIT_COLUMN)) == "Xã Thượng Lâm"
    unit_column = forces.teams.columnCount() - 1
    assert not forces.ui.teamTable.isColumnHidden(unit_column)
    thuong_lam_teams = [t for t in forces.teams.rows if t.owner_unit == "02269"]
    assert thuong_lam_teams and forces.teams.columns[unit_column].text(thuong_lam_teams[0]) == "Xã Thượng Lâm"
    forces.ui.memberTable.selectRow(0)  # a commune's member, seen at the province: changed only there
    assert not forces.ui.deleteMemberButton.isEnabled() and not forces.ui.endMemberButton.isEnabled()
    assert forces.ui.deleteMemberButton.toolTip() == "Bản ghi của Xã Thượng Lâm: chỉ đơn vị đó được sửa."
    assert forces.ui.editMemberButton.text() == "&Xem…"
    seen = []

    def look(dialog):  # noqa: ANN001
        from PySide6.QtWidgets import QDialogButtonBox

        seen.append((dialog.windowTitle(), dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
                     .isVisible(), dialog.ui.infoContents.isEnabled(), dialog.ui.openFileButton.isEnabled()))
    when_modal(qtbot, look)
    forces.edit_member()
    assert seen == [(f"Thành viên lực lượng: {forces.members.rows[0].full_name} (chỉ xem: bản ghi của Xã Thượng Lâm)",
                     False, False, True)]
    forces.ui.teamTable.selectRow(next(i for i, t in enumerate(forces.teams.rows) if t.owner_unit == "02269"))
    assert not forces.ui.editTeamButton.isEnabled() and not forces.ui.deleteTeamButton.isEnabled()
    everyone = forces.members.total
    forces.ui.unitFilter.setCurrentIndex(0)
    forces.reload_members()
    assert forces.members.total > everyone

    from antt_desktop.gui.main_window import MODELS

    models_page = upper.page(MODELS)
    all_models = len(models_page.table.rows)
    models_page.ui.unitFilter.setCurrentIndex(models_page.ui.unitFilter.findData("02269"))
    models_page.refresh()
    rows = models_page.table.rows
    assert 0 < len(rows) < all_models and {r.owner_unit for r in rows} == {"02269"}
    models_page.ui.modelTable.selectRow(0)  # the commune's model: read here, changed there
    assert models_page.ui.editButton.text() == "&Xem…" and not models_page.ui.deleteButton.isEnabled()
    model_seen = []

    def look_at_model(dialog):  # noqa: ANN001
        from PySide6.QtWidgets import QDialogButtonBox

        model_seen.append((dialog.windowTitle().endswith("(chỉ xem: bản ghi của Xã Thượng Lâm)"),
                           dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isVisible(),
                           dialog.ui.addReviewButton.isEnabled()))
    when_modal(qtbot, look_at_model)
    models_page.edit_model()
    assert model_seen == [(True, False, False)]

    from antt_desktop.gui.main_window import RESIDENTIAL_AREAS

    areas_page = upper.page(RESIDENTIAL_AREAS)
    areas_page.ui.tableView.selectRow(0)
    assert not areas_page.ui.editButton.isEnabled() and not areas_page.ui.deleteButton.isEnabled()
    assert areas_page.ui.editButton.toolTip().startswith("Bản ghi của ")
    unit_column = models_page.table.columnCount() - 1
    assert not models_page.ui.modelTable.isColumnHidden(unit_column)
    assert models_page.table.columns[unit_column].text(rows[0]) == "Xã Thượng Lâm"


def test_the_province_overview_lists_every_commune_with_its_figures_and_opens_one(province_window):
    from antt_desktop.gui.main_window import FORCES, OVERVIEW
    from antt_desktop.services.forces import teams

    upper = province_window
    overview = upper.page(OVERVIEW)
    overview.refresh()
    units = overview.units
    assert len(units.model.rows) == 124 and overview.ui.unitsBox.isVisibleTo(overview)
    assert overview.ui.unitsSummary.text().startswith("124 đơn vị trực thuộc, 124 đơn vị đã có dữ liệu:")
    overview.ui.unitSearchEdit.setText("thuong lam")
    [row] = units.model.rows
    short = sum(1 for t in teams.list_teams(upper.database) if t.owner_unit == "02269" and t.missing)
    shown = [units.model.data(units.model.index(0, column)) for column in range(units.model.columnCount())]
    assert shown[:2] == ["Xã Thượng Lâm", "02269"] and shown[2] == "1" and shown[4] == str(short)
    assert int(shown[3].replace(".", "")) == row.members > 0 and shown[-1] == "chưa gửi gói nào"
    units.table.selectRow(0)
    units.table.activated.emit(units.table.model().index(0, 0))
    assert upper.ui.sidebar.currentRow() == FORCES
    assert {m.owner_unit for m in upper.page(FORCES).members.rows} == {"02269"}


def test_a_commune_overview_has_no_units_below(qtbot, database):
    from antt_desktop.gui.main_window import OVERVIEW

    window = MainWindow(database, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    overview = window.page(OVERVIEW)
    assert overview.units is None and not overview.ui.unitsBox.isVisibleTo(overview)


def test_activities_at_a_province_filter_by_unit_and_name_it(province_window):
    from antt_desktop.gui.main_window import CAMPAIGNS

    upper = province_window
    page = upper.page(CAMPAIGNS)
    assert not page.ui.unitFilter.isHidden() and page.ui.unitFilter.count() == 125
    everyone = len(page.activities.rows)
    page.ui.unitFilter.setCurrentIndex(page.ui.unitFilter.findData("02269"))
    page.refresh()
    rows = page.activities.rows
    assert 0 < len(rows) < everyone and {r.owner_unit for r in rows} == {"02269"}
    unit_column = page.activities.columnCount() - 1
    assert not page.ui.activityTable.isColumnHidden(unit_column)
    assert page.activities.data(page.activities.index(0, unit_column)) == "Xã Thượng Lâm"


def test_a_directive_is_sent_down_with_its_scanned_text_and_opened_below(qtbot, tmp_path, monkeypatch):
    from antt_desktop.gui.sync.directive_dialog import DirectiveDialog

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    scan = tmp_path / "huong-dan.pdf"
    scan.write_bytes(b"%PDF-1.4 huong dan")
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    page = upper.page(SYNC)
    monkeypatch.setattr("antt_desktop.gui.sync.directive_dialog.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: ([str(scan)], ""))

    def fill(dialog: DirectiveDialog):
        ui = dialog.ui
        ui.numberEdit.setText("12/CAT-PV05")
        ui.issuerEdit.setText("Công an tỉnh Tuyên Quang")
        ui.titleEdit.setText("Hướng dẫn Ngày hội toàn dân bảo vệ ANTQ")
        dialog.attach()
        assert ui.fileList.count() == 1 and ui.fileList.item(0).text() == "huong-dan.pdf"
        ui.buttonBox.button(ui.buttonBox.StandardButton.Save).click()
    when_modal(None, fill)
    page.add_directive()
    [row] = page.directives.rows
    assert [f.filename for f in row.files] == ["huong-dan.pdf"]
    opened = []
    monkeypatch.setattr("antt_desktop.gui.attachment_actions.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    page.ui.directiveTable.selectRow(0)
    page.open_directive_files()
    assert len(opened) == 1 and open(opened[0], "rb").read() == scan.read_bytes()
    province.close()


def test_a_province_sets_a_target_for_one_commune(qtbot, tmp_path):
    from antt_desktop.gui.main_window import PLANS
    from antt_desktop.gui.plans.plan_dialogs import TargetDialog
    from antt_desktop.services.plans import plans

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    plans.save_plan(province, ADMIN_USER, plans.PlanInput("Kế hoạch", "15/KH-CAT", date(date.today().year, 1, 5),
                                                          "Công an tỉnh Tuyên Quang", date.today().year))
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    upper.ui.sidebar.setCurrentRow(PLANS)
    page = upper.page(PLANS)
    page.ui.planTable.selectRow(0)

    def fill(dialog: TargetDialog):
        ui = dialog.ui
        assert not ui.forUnitCombo.isHidden() and ui.forUnitCombo.count() == 125
        assert ui.forUnitCombo.itemText(0) == "Mọi đơn vị trực thuộc"
        ui.forUnitCombo.setCurrentIndex(ui.forUnitCombo.findData("02269"))
        ui.indicatorCombo.setCurrentIndex(ui.indicatorCombo.findData("models_live"))
        ui.valueEdit.setText("30")
        dialog.accept()
    when_modal(None, fill)
    page.edit_target(new=True)
    [row] = page.targets.rows
    assert row.data.for_unit == "02269" and not page.ui.targetTable.isColumnHidden(page.targets.columnCount() - 1)
    assert page.targets.data(page.targets.index(0, page.targets.columnCount() - 1)) == "Xã Thượng Lâm"
    province.close()


def test_many_packages_imported_at_once_are_summed_up_with_the_refused_ones_named(qtbot, database, tmp_path):
    from antt_desktop.domain.areas import AreaInput
    from antt_desktop.services.areas import areas

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    exchange_keys(database, province, tmp_path)
    packages = []
    for number in range(10):
        areas.create_area(database, ADMIN_USER, AreaInput(f"Thôn Mới {number}"))
        packages.append(sync.export_package(database, ADMIN_USER, tmp_path / f"p{number}.anttsync").path)
    (tmp_path / "hong.anttsync").write_bytes(packages[0].read_bytes()[:-300])
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    page = upper.page(SYNC)
    before = upper.last_sync_label.text()
    assert before == "Đồng bộ gần nhất: chưa có"
    page.import_paths([*packages, packages[0], tmp_path / "hong.anttsync"])
    qtbot.waitUntil(lambda: page.job is None and page.ui.resultLabel.text() != "", timeout=20000)
    lines = page.ui.resultLabel.text().splitlines()
    assert lines[0] == "Đã nhập 10 gói, 1 gói đã có từ trước, từ chối 1 gói."
    assert lines[1].startswith("hong.anttsync: Gói đồng bộ bị cắt cụt hoặc hỏng") and len(lines) == 2
    assert page.ui.progressBar.isHidden() and page.ui.progressBar.text() == "Tệp 12 / 12"
    assert [r.packages for r in page.received.rows] == [10]
    assert upper.last_sync_label.text() not in ("", before)  # the status bar shows the import's time
    province.close()


def test_a_package_of_an_unregistered_key_waits_until_the_administrator_registers_it(qtbot, database, tmp_path):
    from antt_desktop.services.reports import stats
    from antt_desktop.services.sync import sync_keys

    demo.fill_commune(database, ADMIN_USER)
    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    sync_keys.export_public_key(province, tmp_path / "tinh.anttkey")  # only the commune registered a key
    sync_keys.import_public_key(database, ADMIN_USER, tmp_path / "tinh.anttkey")
    package = sync.export_package(database, ADMIN_USER, tmp_path).path
    upper = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(upper)
    page = upper.page(SYNC)
    page.import_paths([package])
    qtbot.waitUntil(lambda: page.job is None and page.ui.resultLabel.text() != "", timeout=20000)
    assert "chưa được đăng ký ở đơn vị này" in page.ui.resultLabel.text()
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.heldTab)) == "&Chờ xác nhận (1)"
    [held] = page.trust.held.rows
    assert held.sender == "02269" and held.fingerprint == sync_keys.own_keys(database).fingerprint
    assert held.records == sum(held.counts.values()) and held.counts["force_members"] > 0
    assert stats.record_counts(province)["by_owner"].get("02269") is None  # nothing merged yet
    page.ui.heldTable.selectRow(0)
    assert f"{held.counts['force_members']} thành viên" in page.ui.heldContentsLabel.text()
    when_modal(qtbot, lambda box: next(b for b in box.buttons() if b.text() == "Đăng ký và nhập gói").click())
    page.trust.accept_held()
    assert "gói số 1 của Xã Thượng Lâm" in page.ui.resultLabel.text()
    assert page.trust.held.rows == [] and [k.unit for k in page.trust.keys.rows] == ["02269"]
    assert stats.record_counts(province)["by_owner"]["02269"] == stats.record_counts(database)["by_owner"]["02269"]
    province.close()


def test_the_province_adds_an_intermediate_unit_and_assigns_a_commune_to_it(qtbot, tmp_path, monkeypatch):
    from antt_desktop.services.sync import unit_hierarchy

    province = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    window = MainWindow(province, ADMIN_USER, "vi")
    qtbot.addWidget(window)
    page = window.page(SYNC)

    def fill(dialog):
        dialog.ui.codeEdit.setText("h-lambinh")
        dialog.ui.nameEdit.setText("Cụm xã Lâm Bình")
        dialog.accept()
    when_modal(qtbot, fill)
    page.unit_setup.add_intermediate()
    assert page.ui.resultLabel.text() == "Đã thêm đơn vị trung gian Cụm xã Lâm Bình (H-LAMBINH)."
    page.ui.unitSearchEdit.setText("thuong lam")
    page.ui.unitTable.selectRow(0)
    monkeypatch.setattr("antt_desktop.gui.sync.unit_setup.QInputDialog.getItem",
                        lambda *args: ("Cụm xã Lâm Bình (H-LAMBINH)", True))
    page.unit_setup.assign()
    assert page.ui.resultLabel.text() == "Xã Thượng Lâm từ nay gửi: Cụm xã Lâm Bình (H-LAMBINH)."
    assert [(u.code, u.via) for u in unit_hierarchy.configured_below(province)] == [("H-LAMBINH", ""),
                                                                                    ("02269", "H-LAMBINH")]
    province.close()
