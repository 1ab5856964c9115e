"""Every typed date field has a calendar: the day chosen is written dd/mm/yyyy, typing still works, and an
optional date may stay empty."""

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.teams import TeamInput
from antt_desktop.gui.campaigns.activity_edit_dialog import ActivityEditDialog
from antt_desktop.gui.date_field import CalendarPopup, ask_date
from antt_desktop.gui.evaluation.evaluation_dialogs import CommendationDialog, DecisionDialog
from antt_desktop.gui.forces.end_service_dialog import EndServiceDialog
from antt_desktop.gui.forces.event_dialog import EventDialog
from antt_desktop.gui.forces.member_dialog import MemberDialog
from antt_desktop.gui.forces.team_dialog import TeamDialog
from antt_desktop.gui.plans.plan_dialogs import FollowUpDialog, InspectionDialog, PlanDialog, RemedyDialog
from antt_desktop.gui.security_models.log_dialogs import ActivityDialog, ReviewDialog
from antt_desktop.gui.security_models.model_dialog import ModelDialog
from antt_desktop.gui.sync.directive_dialog import DirectiveDialog
from antt_desktop.services.areas import areas
from antt_desktop.services.forces import teams
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.conftest import ADMIN_USER, EDITOR_USER
from tests.gui.test_gui_list_keys import _press
from tests.gui_helpers import when_modal

pytestmark = pytest.mark.usefixtures("vietnamese")
DATE_FIELD = re.compile(r"(date|Date|birth|start|change|deadline|closed)Edit$")


def _nothing(*_args) -> None:
    return None


def _dialogs(database) -> list[QDialog]:
    return [
        ActivityEditDialog(database, EDITOR_USER), MemberDialog(database, EDITOR_USER, []),
        ModelDialog(database, EDITOR_USER, []), TeamDialog([], _nothing), EndServiceDialog("A", _nothing),
        EventDialog("welfare", _nothing), PlanDialog(_nothing, 2025), InspectionDialog({}, _nothing),
        RemedyDialog(_nothing), FollowUpDialog(_nothing), DecisionDialog(_nothing),
        CommendationDialog(2025, [], _nothing), ActivityDialog(_nothing), ReviewDialog(_nothing),
        DirectiveDialog(_nothing)]


def test_every_date_field_of_every_form_has_a_calendar(qtbot, database):
    checked = []
    for dialog in _dialogs(database):
        qtbot.addWidget(dialog)
        fields = [e for e in dialog.findChildren(QLineEdit) if DATE_FIELD.search(e.objectName())]
        assert fields, type(dialog).__name__
        for field in fields:
            assert [a.toolTip() for a in field.actions()] == ["Chọn ngày trên lịch (Alt+↓)"], field.objectName()
            checked.append(f"{type(dialog).__name__}.{field.objectName()}")
    assert len(checked) == 19


def _open(field: QLineEdit) -> CalendarPopup:
    field.actions()[0].trigger()
    popup = field.findChild(CalendarPopup)
    assert popup is not None and popup.isVisible()
    return popup


def _pick(qtbot, field: QLineEdit, day: QDate) -> None:
    popup = _open(field)
    assert popup.firstDayOfWeek().name == "Monday"
    popup.clicked.emit(day)
    assert not popup.isVisible()


def test_a_day_chosen_on_the_calendar_is_saved(qtbot, database):
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Đông"))
    teams.create_team(database, EDITOR_USER, TeamInput("Tổ bảo vệ ANTT thôn Đông", "to_bao_ve_antt", area.id,
                                                       {"to_vien": 1}))
    dialog = MemberDialog(database, EDITOR_USER, teams.list_teams(database))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fullNameEdit.setText("Nguyễn Văn Ánh")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("to_vien"))
    dialog.ui.birthEdit.setText("2/4/1985")
    _pick(qtbot, dialog.ui.birthEdit, QDate(1985, 4, 12))
    assert dialog.ui.birthEdit.text() == "12/04/1985"
    _pick(qtbot, dialog.ui.startEdit, QDate(2024, 7, 1))
    assert dialog.ui.startEdit.text() == "01/07/2024"
    assert dialog.ui.appointmentDateEdit.text() == ""  # optional: stays empty
    dialog.accept()
    member = query_members(database, ADMIN_USER, MemberFilter())[0]
    assert (member.birth_date, member.start_date, member.appointment_date) == (date(1985, 4, 12), date(2024, 7, 1),
                                                                               None)


def test_the_calendar_opens_on_the_typed_day(qtbot, database):
    dialog = EndServiceDialog("Nguyễn Văn Ánh", _nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setText("30/09/2025")
    popup = _open(dialog.ui.dateEdit)
    assert popup.selectedDate() == QDate(2025, 9, 30)
    popup.setParent(None)  # gone at once, not at the next event loop turn
    popup.close()
    dialog.ui.dateEdit.setText("ngày nào đó")
    popup = _open(dialog.ui.dateEdit)
    assert popup.selectedDate() == QDate.currentDate()
    popup.close()


def test_alt_down_opens_the_calendar_from_the_keyboard(qtbot, database):
    dialog = EndServiceDialog("Nguyễn Văn Ánh", _nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _press(qtbot, dialog.ui.dateEdit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = dialog.ui.dateEdit.findChild(CalendarPopup)
    assert popup is not None and popup.isVisible()
    popup.activated.emit(QDate(2025, 9, 30))
    assert dialog.ui.dateEdit.text() == "30/09/2025"


def test_the_one_field_date_questions_have_the_calendar_too(qtbot, database):
    seen: list[str] = []

    def answer(dialog):
        field = dialog.findChild(QLineEdit)
        seen.append(field.actions()[0].toolTip())
        field.setText("05/03/2025")
        dialog.accept()
    when_modal(None, answer)
    assert ask_date(None, "Bước đã xong", "Ngày (ngày/tháng/năm):", date(2025, 1, 1)) == "05/03/2025"
    assert seen == ["Chọn ngày trên lịch (Alt+↓)"]
