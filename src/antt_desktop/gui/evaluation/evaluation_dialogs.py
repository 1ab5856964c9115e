"""The small forms of the evaluation page; each runs its service call on Save."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.evaluation import catalog_list, level_name, levels
from antt_desktop.gui import ops
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.evaluation.commendation_dialog_ui import Ui_CommendationDialog
from antt_desktop.gui.forms.evaluation.decision_dialog_ui import Ui_DecisionDialog
from antt_desktop.gui.forms.evaluation.override_dialog_ui import Ui_OverrideDialog
from antt_desktop.gui.save_dialog import SaveDialog
from antt_desktop.services.evaluation.evaluation_year import CommendationInput


class DecisionDialog(SaveDialog):
    def __init__(self, save: Callable[[str, date | None, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self._save = ops.on_worker(save, {ops.EVALUATION}, self)
        self._ready()
        self.ui.levelCombo.addItems(list(catalog_list("recognition_levels")))
        self.ui.dateEdit.setText(format_date(date.today()))

    def save(self) -> None:
        self._save(self.ui.numberEdit.text(), parse_date(self.ui.dateEdit.text(), "Ngày quyết định"),
                   self.ui.levelCombo.currentText())


class OverrideDialog(SaveDialog):
    def __init__(self, unit_type: str, computed: str | None, current: str, reason: str,
                 save: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.EVALUATION}, self)
        self._ready()
        self.ui.computedText.setText(level_name(computed, unit_type) or "—")
        self.ui.levelCombo.addItem(self.tr("Use the computed level"), "")
        for level in levels(unit_type):
            self.ui.levelCombo.addItem(level["name"], level["code"])
        self.ui.levelCombo.setCurrentIndex(max(0, self.ui.levelCombo.findData(current)))
        self.ui.reasonEdit.setPlainText(reason)

    def save(self) -> None:
        self._save(self.ui.levelCombo.currentData(), self.ui.reasonEdit.toPlainText())


class CommendationDialog(SaveDialog):
    def __init__(self, year: int, recipients: list[tuple[str, uuid.UUID | None, uuid.UUID | None]],
                 save: Callable[[CommendationInput], object], parent: QWidget | None = None) -> None:
        """``recipients``: (text, force member id, evaluation id) to link the commendation where they apply."""
        super().__init__(parent)
        self.ui = Ui_CommendationDialog()
        self.ui.setupUi(self)
        with_calendar(self.ui.dateEdit)
        self._save, self._year = save, year
        self._ready()
        self.ui.kindCombo.addItem(self.tr("A collective (tập thể)"), True)
        self.ui.kindCombo.addItem(self.tr("An individual (cá nhân)"), False)
        self._links = {text: (member_id, evaluation_id) for text, member_id, evaluation_id in recipients}
        self.ui.recipientCombo.addItems(list(self._links))
        self.ui.recipientCombo.setCurrentIndex(-1)
        self.ui.formCombo.addItems(list(catalog_list("commendation_forms")))
        self.ui.dateEdit.setText(format_date(date.today()))

    def save(self) -> None:
        ui = self.ui
        member_id, evaluation_id = self._links.get(ui.recipientCombo.currentText(), (None, None))
        self._save(CommendationInput(self._year, ui.kindCombo.currentData(), ui.recipientCombo.currentText(),
                                     ui.formCombo.currentText(), ui.issuerEdit.text(), ui.numberEdit.text(),
                                     parse_date(ui.dateEdit.text(), "Ngày quyết định"), ui.reasonEdit.text(),
                                     member_id, evaluation_id))
