"""Kế hoạch & chỉ tiêu in the desktop client: a plan, a computed target that moves, a remedy followed up."""

from datetime import date, timedelta

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.security_models import ModelInput
from antt_desktop.gui.main_window import PLANS, MainWindow
from antt_desktop.gui.plans.plan_dialogs import FollowUpDialog, InspectionDialog, PlanDialog, RemedyDialog, TargetDialog
from antt_desktop.services.areas import areas
from antt_desktop.services.plans import inspections
from antt_desktop.services.security_models import security_models as models
from tests.conftest import EDITOR_USER
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def page(qtbot, database):
    window = MainWindow(database, EDITOR_USER, "vi")
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(PLANS)
    return window.page(PLANS)


def test_plan_target_progress_moves_with_data(qtbot, page, database):
    def plan(dialog: PlanDialog):
        dialog.ui.numberEdit.setText("05/KH-CAX")
        dialog.ui.dateEdit.setText(f"10/01/{date.today().year}")
        dialog.ui.issuerEdit.setText("Công an xã Thượng Lâm")
        dialog.accept()
    when_modal(None, plan)
    page.edit_plan(new=True)
    assert len(page.plans.rows) == 1

    def target(dialog: TargetDialog):
        assert dialog.ui.forUnitCombo.isHidden()  # a commune has no units below to set it for
        dialog.ui.indicatorCombo.setCurrentIndex(dialog.ui.indicatorCombo.findData("models_live"))
        dialog.ui.valueEdit.setText("2")
        dialog.accept()
    when_modal(None, target)
    page.edit_target(new=True)
    [row] = page.targets.rows
    assert (row.actual, row.percent, row.status) == (0, 0, "Đang thực hiện")
    assert page.ui.targetTable.isColumnHidden(page.targets.columnCount() - 1)

    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông")).id
    for name in ("Camera an ninh", "Tổ liên gia PCCC"):
        models.create_model(database, EDITOR_USER, ModelInput(name, "pccc", area_ids=(area,)))
    page.refresh()
    [row] = page.targets.rows
    assert (row.actual, row.percent, row.status) == (2, 100, "Đạt")


def test_inspection_remedy_followed_until_closed(qtbot, page, database):
    areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông"))

    def inspection(dialog: InspectionDialog):
        dialog.ui.dateEdit.setText((date.today() - timedelta(days=20)).strftime("%d/%m/%Y"))
        dialog.ui.inspectorEdit.setText("Đoàn kiểm tra Công an xã")
        dialog.ui.findingsEdit.setPlainText("Sổ theo dõi chưa cập nhật")
        dialog.accept()
    when_modal(None, inspection)
    page.add_inspection()
    page.ui.inspectionTable.selectRow(0)

    def remedy(dialog: RemedyDialog):
        dialog.ui.descriptionEdit.setText("Cập nhật sổ theo dõi")
        dialog.ui.deadlineEdit.setText((date.today() - timedelta(days=1)).strftime("%d/%m/%Y"))
        dialog.accept()
    when_modal(None, remedy)
    page.add_remedy()
    assert len(inspections.overdue_sentences(database, date.today())) == 1
    page.ui.remedyTable.selectRow(0)

    def close(dialog: FollowUpDialog):
        dialog.ui.noteEdit.setText("Đã cập nhật đủ")
        dialog.ui.closedCheck.setChecked(True)
        dialog.accept()
    when_modal(None, close)
    page.follow_up()
    assert inspections.overdue_sentences(database, date.today()) == []
