"""Xếp loại năm…: the members of one Tổ bảo vệ ANTT rated for a year, the cap on the top level shown live."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from antt_desktop.domain.member_rating import rating_rules
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.forces.rating_table_model import LEVEL, MEMBER, NOTE, ROLE, LevelDelegate, RatingTableModel
from antt_desktop.gui.forms.forces.rating_dialog_ui import Ui_RatingDialog
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.unsaved import may_discard
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.forces import member_ratings
from antt_desktop.services.forces.teams import TeamRow


class RatingDialog(QDialog):
    def __init__(self, database: Database, user: CurrentUser, team: TeamRow, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RatingDialog()
        self.ui.setupUi(self)
        self.database, self.user, self.team = database, user, team
        self.rules = rating_rules()
        self.setWindowTitle(self.tr("Yearly rating of members: %1").replace("%1", team.name))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        self.model = RatingTableModel(self.rules, self)
        self.model.editable = editable
        self.model.changed.connect(self._show_cap)
        table = self.ui.ratingTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(LEVEL, LevelDelegate(self.rules, self.tr("— not rated —"), table))
        header = table.horizontalHeader()
        for column, mode in ((MEMBER, QHeaderView.ResizeMode.ResizeToContents),
                             (ROLE, QHeaderView.ResizeMode.ResizeToContents),
                             (LEVEL, QHeaderView.ResizeMode.Interactive), (NOTE, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        table.setColumnWidth(LEVEL, 260)
        latest = self.rules.last_ended_year(date.today())
        rule = self.tr("At most %1 % of the members rated, rounded %2, and at least %3.")
        rule = rule.replace("%1", f"{self.rules.percent:g}").replace("%3", str(self.rules.minimum))
        self.ui.capLabel.setToolTip(rule.replace("%2", self.tr("up") if self.rules.rounding == "ceil"
                                                 else self.tr("down")))
        self.ui.yearSpin.setRange(2000, latest + 1)  # up to the period under way
        self.ui.yearSpin.setValue(latest)
        self.ui.yearSpin.valueChanged.connect(self._year_changed)
        self.ui.periodLabel.setToolTip(self.rules.source)
        self._year, self._dirty = latest, False
        self.model.dataChanged.connect(lambda *_: setattr(self, "_dirty", True))
        self.load()

    def _year_changed(self, year: int) -> None:
        """Another year's ratings, once the choices not yet saved are given up."""
        if self._dirty and not confirm(self, self.tr("Change year"), self.tr(
                "The levels chosen for %1 are not saved yet. Drop them and show another year?").replace(
                "%1", str(self._year)), self.tr("Drop and change")):
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setValue(self._year)
            self.ui.yearSpin.blockSignals(False)
            return
        self._year, self._dirty = year, False
        self.load()

    def load(self) -> None:
        year = self.ui.yearSpin.value()
        self.ui.periodLabel.setText(self.tr("Rating period: %1").replace("%1", self.rules.period_text(year)))
        self.ui.errorLabel.clear()
        try:
            sheet = member_ratings.team_sheet(self.database, self.team.id, year)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.model.set_entries(())
            return
        self.model.set_entries(sheet.entries)
        self.ui.othersText.setPlainText("\n".join(sheet.not_ratable) or self.tr("Everyone in the team can be rated."))
        if sheet.entries:
            self.ui.ratingTable.setCurrentIndex(self.model.index(0, LEVEL))

    def _show_cap(self) -> None:
        level = self.rules.level(self.rules.top_level)
        text = self.tr("%1: %2/%3 at most").replace("%1", level.short_name if level else self.rules.top_level)
        text = text.replace("%2", str(self.model.top())).replace("%3", str(self.model.cap()))
        over = self.model.over_cap()
        self.ui.capLabel.setText(text + (self.tr(" — over the cap") if over else ""))
        self.ui.capLabel.setStyleSheet("font-weight: bold;" + (" color: #b00020;" if over else ""))

    def reject(self) -> None:
        if may_discard(self, self._dirty):
            super().reject()

    def accept(self) -> None:
        try:
            ops.call(member_ratings.save_ratings, self.database, self.user, self.team.id, self.ui.yearSpin.value(),
                     self.model.choices(), changes={ops.FORCES}, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
