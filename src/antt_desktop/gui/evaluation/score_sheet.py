"""One window per subject for the year-end assessment: the recognition criteria (met / not met, evidence) and the
score sheet (self-score, note, evidence files per item), the total, level and explanation recomputed as the officer
types, the figures measured from the data beside the items; Save writes criteria and scores in one transaction."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTableView, QWidget

from antt_desktop.domain.evaluation import evaluate, instrument, unit_type
from antt_desktop.domain.score_sheet import classify
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.evaluation.criteria_grid import EVIDENCE, RESULT, CriteriaModel, ResultDelegate
from antt_desktop.gui.evaluation.measure_records import MeasureRecordsDialog
from antt_desktop.gui.evaluation.score_grid import (
    CONTENT,
    FILES,
    MEASURED,
    NOTE,
    NUMBER,
    POINTS,
    STANDARD,
    SUGGESTED,
    PointsDelegate,
    ScoreGridModel,
    points_text,
)
from antt_desktop.gui.forces.member_tables import attachment_columns
from antt_desktop.gui.forms.evaluation.score_sheet_dialog_ui import Ui_ScoreSheetDialog
from antt_desktop.gui.messages import confirm
from antt_desktop.gui.record_files import RecordFiles
from antt_desktop.gui.row_table_model import RowTableModel
from antt_desktop.gui.unsaved import may_discard
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluation_measures, evaluation_scores
from antt_desktop.services.evaluation.evaluations import SubjectRow

FILE_KIND = "evaluations"  # attachments of an evaluation; the slot names the criterion or the item


def criterion_slot(code: str) -> str:
    return f"tieu_chi:{code}"


def item_slot(number: str) -> str:
    return f"muc:{number}"


class ScoreSheetDialog(QDialog):
    def __init__(self, database: Database, user: CurrentUser, year: int, row: SubjectRow,
                 parent: QWidget | None = None, start_row: int = 0) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoreSheetDialog()
        self.ui.setupUi(self)
        self.database, self.user, self.year, self.row = database, user, year, row
        self.read_only = row.subject.owner_unit not in ("", database.own_unit().code)  # a unit below's
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.subjectLabel.setText(self.tr("%1 – year %2").replace("%1", row.subject.name).replace("%2", str(year)))
        self.sheet = row.sheet  # the sheet it is scored with
        ui.criteriaHeading.setText(self.tr("&Recognition “An toàn về an ninh, trật tự” (%1): every criterion met "
                                           "or not").replace("%1", instrument(row.subject.unit_type)))
        ui.sheetHeading.setText(self.tr("Score &sheet: %1 (version %2)").replace("%1", self.sheet.title)
                                .replace("%2", self.sheet.version)
                                + (self.tr(" – a SAMPLE sheet until the province installs its own")
                                   if self.sheet.sample else ""))
        self.model = CriteriaModel(unit_type(row.subject.unit_type)["criteria"], row.results, self)
        self.grid = ScoreGridModel(self.sheet, row.scores, self)
        self._criteria_table(ui.criteriaTable)
        self._sheet_table(ui.sheetTable)
        self.files = RowTableModel(attachment_columns(), self)
        ui.filesTable.setModel(self.files)
        self.record_files = RecordFiles(database, user, FILE_KIND, row.evaluation_id)
        self.finished.connect(lambda _result: self.record_files.discard())
        self._slot = ""
        self.measured = False
        ui.splitter.setSizes([960, 340])
        ui.gridSplitter.setSizes([170, 400])
        ui.splitter.setStretchFactor(0, 1)
        for signal in (self.model.dataChanged, self.grid.dataChanged):
            signal.connect(lambda *_: self._summarise())
        ui.criteriaTable.selectionModel().currentChanged.connect(lambda *_: self._select(ui.criteriaTable))
        ui.sheetTable.selectionModel().currentChanged.connect(lambda *_: self._select(ui.sheetTable))
        ui.suggestButton.clicked.connect(self.use_suggestion)
        ui.recordsButton.clicked.connect(self.show_records)
        ui.sheetTable.doubleClicked.connect(self._double_clicked)
        ui.attachButton.clicked.connect(self.attach)
        ui.openFileButton.clicked.connect(self.open_file)
        ui.removeFileButton.clicked.connect(self.remove_file)
        if self.read_only:
            self._show_only()
        self._refresh_files()
        self._summarise()
        start = self.model.index(min(start_row, max(0, self.model.rowCount() - 1)), RESULT)
        ui.criteriaTable.setCurrentIndex(start)
        self._select(ui.criteriaTable)
        self.measuring = ops.Job(lambda _progress, _cancelled: evaluation_measures.measurements(
            database, year, row.subject, self.sheet), parent=self)
        self.measuring.finished.connect(self._measured)
        self.measuring.start()

    def _criteria_table(self, table: QTableView) -> None:
        table.setModel(self.model)
        table.setItemDelegateForColumn(RESULT, ResultDelegate(table))
        table.setEditTriggers(table.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RESULT, 120), (EVIDENCE, 300)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())

    def _sheet_table(self, table: QTableView) -> None:
        table.setModel(self.grid)
        table.setItemDelegateForColumn(POINTS, PointsDelegate(table))
        table.setEditTriggers(table.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 44), (STANDARD, 70), (POINTS, 80), (MEASURED, 180), (SUGGESTED, 60),
                              (NOTE, 140), (FILES, 40)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))  # the heading stays whole
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())

    def _show_only(self) -> None:
        """At the level above, a unit's sheet is read, not edited: its own unit scores it."""
        ui = self.ui
        for table in (ui.criteriaTable, ui.sheetTable):
            table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.hintLabel.setText(self.tr("The sheet of a unit below, as it sent it; only that unit can change it."))

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - rows fit the text columns' real width
        super().showEvent(event)
        self.ui.criteriaTable.resizeRowsToContents()
        self.ui.sheetTable.resizeRowsToContents()

    def _measured(self, found: dict) -> None:
        self.measured = True
        self.grid.set_measures(found)
        self.ui.sheetTable.resizeRowsToContents()
        self._select(self.ui.sheetTable if self._slot.startswith("muc:") else self.ui.criteriaTable)

    # the selected row: its figure and its files
    def _selected_item(self) -> tuple[int, object] | None:
        index = self.ui.sheetTable.currentIndex()
        if not index.isValid() or not self._slot.startswith("muc:"):
            return None
        return index.row(), self.grid.rows[index.row()]

    def _select(self, table: QTableView) -> None:
        index = table.currentIndex()
        ui = self.ui
        measure = None
        if not index.isValid():
            self._slot, text = "", ""
        elif table is ui.criteriaTable:
            criterion = self.model.criteria[index.row()]
            self._slot, text = criterion_slot(criterion["code"]), criterion["text"]
        else:
            grid_row = self.grid.rows[index.row()]
            scored = grid_row.scored
            self._slot = item_slot(grid_row.item.number) if scored else ""
            text = f"{grid_row.item.number}. {grid_row.item.text}" if grid_row.item else ""
            measure = self.grid.measures.get(grid_row.item.number) if scored else None
        ui.itemLabel.setText(text)
        if measure:
            ui.measureLabel.setText(self.tr("Measured: %1. Suggested score: %2 (%3).").replace("%1", measure.value)
                                    .replace("%2", points_text(measure.suggested) or "—")
                                    .replace("%3", measure.reason))
        else:
            ui.measureLabel.setText(self.tr("Nothing measured from the data for this row.") if self.measured
                                    else self.tr("Measuring from the data…"))
        editable = not self.read_only
        ui.suggestButton.setEnabled(editable and bool(measure and measure.suggested is not None))
        ui.recordsButton.setEnabled(bool(measure and measure.records))
        ui.openFileButton.setEnabled(bool(self._slot))
        for button in (ui.attachButton, ui.removeFileButton):
            button.setEnabled(editable and bool(self._slot))
        self._refresh_files()

    def use_suggestion(self) -> None:
        selected = self._selected_item()
        if selected and self.grid.use_suggestion(selected[0]):
            self.ui.sheetTable.setCurrentIndex(self.grid.index(selected[0], POINTS))

    def show_records(self) -> None:
        selected = self._selected_item()
        measure = self.grid.measures.get(selected[1].item.number) if selected else None
        if measure:
            MeasureRecordsDialog(f"{selected[1].item.number}. {selected[1].item.text}", measure, self).exec()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (MEASURED, SUGGESTED):
            self.show_records()

    def _refresh_files(self) -> None:
        rows = self.record_files.rows()
        self.files.set_rows([r for r in rows if r.slot == self._slot] if self._slot else [])
        counts: dict[str, int] = {}
        for r in rows:
            if r.slot.startswith("muc:"):
                counts[r.slot[4:]] = counts.get(r.slot[4:], 0) + 1
        self.grid.set_file_counts(counts)

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach an evidence file"), "",
                                              self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png)"))
        if path and self._slot and ops.run(self, lambda: self.record_files.attach(Path(path), self._slot),
                                           {ops.EVALUATION}):
            self._refresh_files()

    def open_file(self) -> None:
        row = self.files.selected_in(self.ui.filesTable)
        if row:
            self.record_files.open(self, row)

    def remove_file(self) -> None:
        row = self.files.selected_in(self.ui.filesTable)
        if row and confirm(self, self.tr("Remove file"), self.tr("Remove “%1” from this row?").replace(
                "%1", row.filename), self.tr("Remove")):
            if ops.run(self, lambda: self.record_files.remove(row), {ops.EVALUATION}):
                self._refresh_files()

    # totals as the officer types
    def _summarise(self) -> None:
        outcome = evaluate(self.row.subject.unit_type, self.model.results())
        result = classify(self.sheet, self.grid.points(), outcome.recognised)
        level = self.sheet.level_name(result.level) or self.tr("not classified yet")
        self.ui.totalLabel.setText(self.tr("Recognition: %1 · Total %2/%3 · Level: %4")
                                   .replace("%1", outcome.result_text).replace("%2", points_text(result.total))
                                   .replace("%3", points_text(self.sheet.total)).replace("%4", level))
        self.ui.explanationText.setPlainText("\n".join((*outcome.explanation, "", *result.explanation)))
        problems = self.grid.problems()
        self.ui.errorLabel.setText(problems[0] if problems else "")

    def _commit_open_edits(self) -> None:
        for table in (self.ui.criteriaTable, self.ui.sheetTable):
            table.setCurrentIndex(QModelIndex())  # an edit still open is committed (and counts as typed)

    def reject(self) -> None:
        self._commit_open_edits()
        typed = not self.read_only and bool(self.model.changed() or self.grid.changed() or self.record_files.waiting)
        if may_discard(self, typed):
            super().reject()

    def accept(self) -> None:
        self._commit_open_edits()
        try:
            if self.model.changed() or self.grid.changed() or self.record_files.waiting:
                evaluation_id = ops.call(evaluation_scores.save_assessment, self.database, self.user, self.year,
                                         self.row.subject, self.model.changed(), self.grid.changed(),
                                         changes={ops.EVALUATION}, parent=self)
                ops.call(self._attach_waiting, evaluation_id, parent=self)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()

    def _attach_waiting(self, evaluation_id: uuid.UUID) -> None:
        if self.record_files.waiting:
            self.record_files.saved_as(evaluation_id)
