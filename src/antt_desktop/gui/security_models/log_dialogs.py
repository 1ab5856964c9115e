"""Small dialogs to add an activity or a review to a model; the service call runs on Save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QWidget

from antt_desktop.domain.dates import format_date, parse_date
from antt_desktop.domain.security_models import names, words
from antt_desktop.gui import ops
from antt_desktop.gui.date_field import with_calendar
from antt_desktop.gui.forms.security_models.activity_dialog_ui import Ui_ActivityDialog
from antt_desktop.gui.forms.security_models.review_dialog_ui import Ui_ReviewDialog
from antt_desktop.gui.save_dialog import SaveDialog


class _DatedDialog(SaveDialog):
    def _prepare(self) -> None:
        self._ready()
        with_calendar(self.ui.dateEdit)
        self.ui.dateEdit.setText(format_date(date.today()))


class ActivityDialog(_DatedDialog):
    def __init__(self, save: Callable[[date | None, str, int | None, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.MODELS}, self)
        self._prepare()
        self.ui.participantsEdit.setValidator(QIntValidator(0, 1_000_000, self))

    def save(self) -> None:
        participants = self.ui.participantsEdit.text().strip()
        self._save(parse_date(self.ui.dateEdit.text(), "Ngày hoạt động"), self.ui.contentEdit.text(),
                   int(participants) if participants else None, self.ui.resultEdit.text())


class ReviewDialog(_DatedDialog):
    def __init__(self, save: Callable[[date | None, str, str, str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self._save = ops.on_worker(save, {ops.MODELS}, self)
        self._prepare()
        for code, name in names("ratings").items():
            self.ui.ratingCombo.addItem(name, code)
        self.ui.outcomeCombo.addItems(list(words("review_outcomes")))

    def save(self) -> None:
        self._save(parse_date(self.ui.dateEdit.text(), "Ngày rà soát"), self.ui.ratingCombo.currentData(),
                   self.ui.outcomeCombo.currentText(), self.ui.reviewerEdit.text(), self.ui.notesEdit.text())
