"""The level above's review of one unit's sheet: the items with their standard points, the unit's self-scores and
notes, and a column where the reviewer sets its own score (its total shown as it is typed); the unit's
recognition results and data beside it; **Duyệt** (asked first: it locks the sheet) or **Trả lại để sửa** with a
comment. Closing with scores, a level or a comment typed asks before dropping them."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QWidget

from antt_desktop.domain.dates import format_date
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.evaluation.review_sheet_model import TEXT, UPPER, ReviewSheetModel, criterion_columns, points_text
from antt_desktop.gui.evaluation.score_grid import PointsDelegate
from antt_desktop.gui.forms.evaluation.review_panel_ui import Ui_ReviewPanel
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluation_review_upper as upper
from antt_desktop.services.evaluation.evaluation_review import STATUS_LABELS
from antt_desktop.services.roles import Role, allows

__all__ = ["UPPER", "ReviewPanel"]


class ReviewPanel(QDialog):
    def __init__(self, database: Database, user: CurrentUser, evaluation_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewPanel()
        self.ui.setupUi(self)
        self.database, self.user, self.evaluation_id = database, user, evaluation_id
        ui = self.ui
        self.review = sheet = upper.review_sheet(database, evaluation_id)
        self.decided = False
        self.outcome = ""  # what was done, for the list's status
        may = allows(user.role, Role.EDITOR) and sheet.submitted_at is not None
        self.setWindowTitle(self.tr("Review: %1 (%2)").replace("%1", sheet.subject_name).replace("%2", sheet.unit_name))
        names = [sheet.subject_name, sheet.unit_type_name] + ([sheet.unit_name] if sheet.unit_name != sheet.subject_name
                                                              else [])
        ui.titleLabel.setText(" — ".join([*names, str(sheet.year)]))
        sent = format_date(sheet.submitted_at.date()) if sheet.submitted_at else "—"
        state = self.tr("State: %1; sent on %2.").replace("%1", STATUS_LABELS[sheet.status]).replace("%2", sent)
        if sheet.comment:
            state += " " + self.tr("Last comment: %1").replace("%1", sheet.comment)
        ui.stateLabel.setText(state)
        self.model = ReviewSheetModel(sheet.sheet, sheet.items, may, self)
        ui.sheetTable.setModel(self.model)
        ui.sheetTable.setItemDelegateForColumn(UPPER, PointsDelegate(ui.sheetTable))
        fit_columns(ui.sheetTable, wrap=True, names=(TEXT,))
        self.criteria = RowTableModel(criterion_columns(), self)
        ui.criteriaTable.setModel(self.criteria)
        self.criteria.set_rows(list(sheet.criteria))
        fit_columns(ui.criteriaTable, wrap=True)
        met = [line.met for line in sheet.criteria]
        self.recognised = None if None in met else all(met)
        ui.figuresLabel.setText("\n".join(f"{label}: {number}" for label, number in sheet.figures))
        ui.levelCombo.addItem(self.tr("(not set)"), "")
        for level in sheet.sheet.levels:
            ui.levelCombo.addItem(level["name"], level["code"])
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findData(sheet.upper_level)))
        ui.commentEdit.setPlainText(sheet.comment)
        ui.splitter.setSizes([780, 420])
        for widget in (ui.acceptButton, ui.returnButton, ui.levelCombo, ui.commentEdit):
            widget.setEnabled(may)
        self._shown_problems: set[str] = set()  # the score problems the error line shows
        self._show_totals()
        if sheet.submitted_at is None:
            ui.errorLabel.setText(self.tr("The unit has not sent this sheet (or changed it after sending); it can be "
                                          "decided on once it is sent."))
        self.model.dataChanged.connect(lambda *_args: self._show_totals())
        ui.acceptButton.clicked.connect(lambda: self.decide(True))
        ui.returnButton.clicked.connect(lambda: self.decide(False))

    def _level_name(self, code: str) -> str:
        return self.review.sheet.level_name(code) or self.tr("(not set)")

    def _show_totals(self) -> None:
        review = self.review
        total, level = self.model.upper_result(self.recognised)
        self.ui.totalLabel.setText(
            self.tr("Self-assessed total: %1 of %2 points; level %3.").replace("%1", points_text(review.self_total))
            .replace("%2", points_text(review.sheet.total)).replace("%3", review.self_level) + "\n"
            + self.tr("Level above's total: %1 of %2 points, which gives the level %3 (items not scored again count "
                      "the unit's own score).").replace("%1", points_text(total))
            .replace("%2", points_text(review.sheet.total)).replace("%3", self._level_name(level)))
        problems = self.model.problems()
        if problems or self.ui.errorLabel.text() in self._shown_problems:
            self.ui.errorLabel.setText(problems[0] if problems else "")
        self._shown_problems = set(problems)

    def _typed(self) -> bool:
        """Whether scores, a level or a comment were typed and not yet decided on."""
        return (self.model.changed() or self.ui.commentEdit.toPlainText().strip() != self.review.comment.strip()
                or (self.ui.levelCombo.currentData() or "") != self.review.upper_level)

    def _accept_question(self) -> str:
        review = self.review
        total, given = self.model.upper_result(self.recognised)
        chosen = self.ui.levelCombo.currentData() or ""
        question = (self.tr("Accept the sheet of %1 (%2)?").replace("%1", review.subject_name)
                    .replace("%2", review.unit_name) + "\n\n"
                    + self.tr("Level above's total: %1 of %2 points, which gives the level %3.")
                    .replace("%1", points_text(total)).replace("%2", points_text(review.sheet.total))
                    .replace("%3", self._level_name(given)) + "\n"
                    + self.tr("Level chosen: %1.").replace("%1", self._level_name(chosen)))
        order = [level["code"] for level in review.sheet.levels]
        if chosen in order and order.index(chosen) < order.index(given):
            question += "\n\n" + self.tr("Warning: the level chosen is above the level the total gives.")
        return question + "\n\n" + self.tr("Once accepted, the sheet is locked: the unit can no longer change it.")

    def decide(self, accepted: bool) -> None:
        self.ui.sheetTable.setFocus()  # an open cell editor commits its value
        if problems := self.model.problems():
            self.ui.errorLabel.setText(problems[0])
            return
        comment = self.ui.commentEdit.toPlainText()
        if not accepted and not comment.strip():
            self.ui.errorLabel.setText(self.tr("Write in the comment what the unit must correct, then return the "
                                               "sheet."))
            return
        if accepted and not confirm(self, self.tr("Accept the sheet"), self._accept_question(), self.tr("Accept")):
            return
        try:
            ops.call(upper.decide, self.database, self.user, self.evaluation_id, accepted, comment,
                     dict(self.model.upper), self.ui.levelCombo.currentData() or "",
                     changes={ops.EVALUATION}, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        done = self.tr("Accepted the sheet of %1 (%2).") if accepted else \
            self.tr("Returned the sheet of %1 (%2) for correction.")
        self.outcome = done.replace("%1", self.review.subject_name).replace("%2", self.review.unit_name)
        self.decided = True
        super().accept()

    def reject(self) -> None:
        if not self.decided and self.ui.acceptButton.isEnabled() and self._typed() and not confirm(
                self, self.tr("Close the review"), self.tr("Discard what you typed (scores, level or comment)?"),
                self.tr("Discard")):
            return
        super().reject()
