"""Import from Excel: choose file and sheet → match columns (proposed) → check every row → import with progress."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QLineEdit, QWidget, QWizard

from antt_desktop.domain.dates import format_date
from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import Table, read_table, sheet_names
from antt_desktop.exchange.excel_schema import FIELDS, KIND_LABELS
from antt_desktop.exchange.workbook_file import PasswordRequired, WrongPassword
from antt_desktop.gui import ops
from antt_desktop.gui.excel.preview_model import PreviewModel
from antt_desktop.gui.forms.excel.import_wizard_ui import Ui_ImportWizard
from antt_desktop.gui.messages import show_error
from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.admin.audit_log import record_refusal
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import ImportReport, run_import
from antt_desktop.services.excel.import_mappings import remember, remembered

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE = range(4)
PREVIEW_ROWS = 200
SHOWN_ERRORS = 12  # the rest are marked in the preview and saved in the error workbook


def _preview_rows(table: Table, report: ImportReport) -> list:
    """The rows with errors first chosen (all of them up to the preview's size), then the others, in order."""
    bad = {e.row for e in report.errors}
    chosen = [r for r in table.rows if r[0] in bad][:PREVIEW_ROWS]
    chosen += [r for r in table.rows[:PREVIEW_ROWS] if r[0] not in bad][:PREVIEW_ROWS - len(chosen)]
    return sorted(chosen, key=lambda r: r[0])


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):  # a date cell without a time, as python-calamine and xlrd give it
        return format_date(value)
    return "" if value is None else str(value)


class ImportWizard(QWizard):
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.job: ops.Job | None = None
        self.password: str | None = None  # of the chosen workbook, asked for when it has one
        self._password_of: Path | None = None
        self._combos: dict[int, QComboBox] = {}
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        for kind, label in KIND_LABELS.items():
            self.ui.kindCombo.addItem(label, kind)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.editingFinished.connect(self._load_sheets)
        self.ui.errorReportButton.clicked.connect(self.save_error_report)
        self.currentIdChanged.connect(self._page_shown)

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a workbook"), "",
                                              self.tr("Excel workbooks (*.xlsx *.xlsm *.xls)"))
        if path:
            self.ui.fileEdit.setText(path)
            self._load_sheets()

    def _opened(self, action):  # noqa: ANN001, ANN202
        """``action(password)``, asking for the workbook's password while it is needed or wrong; None when the
        person gives up."""
        prompt = self.tr("This workbook is protected by a password. Password of the workbook:")
        while True:
            try:
                return ops.call(action, self.password)  # the question for a password stays here
            except (PasswordRequired, WrongPassword) as exc:
                label = f"{exc.message}\n\n{prompt}" if isinstance(exc, WrongPassword) else prompt
                password, ok = QInputDialog.getText(self, self.tr("Workbook password"), label,
                                                    QLineEdit.EchoMode.Password)
                if not ok:
                    raise UserError(exc.message) from None
                self.password = password

    def _load_sheets(self) -> None:
        self.ui.sheetCombo.clear()
        path = Path(self.ui.fileEdit.text())
        if path != self._password_of:
            self.password, self._password_of = None, path
        if path.is_file():
            try:
                names = self._opened(lambda password: sheet_names(path, password))
            except ops.OperationFailed:
                return
            except UserError as exc:
                show_error(self, exc.message)
                return
            if names is not None:
                self.ui.sheetCombo.addItem(self.tr("(find the table automatically)"), None)
                for name in names:
                    self.ui.sheetCombo.addItem(name, name)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        try:
            if self.currentId() == FILE_PAGE:
                path, sheet = Path(self.ui.fileEdit.text()), self.ui.sheetCombo.currentData()
                self.table = self._opened(lambda password: read_table(path, self.kind, sheet, password))
            elif self.currentId() == MAPPING_PAGE:
                self.table.mapping = {c: combo.currentData() for c, combo in self._combos.items()
                                      if combo.currentData()}
                with contextlib.suppress(OSError):  # not remembering is no reason to stop the import
                    remember(self.database.paths, self.kind, self.table.headings, self.table.mapping)
            elif self.currentId() == PREVIEW_PAGE and (self.report is None or self.report.errors):
                show_error(self, self.tr("Fix the rows with errors in the workbook, then start again."))
                return False
        except UserError as exc:
            if self.currentId() == FILE_PAGE:  # a refused file is written to the audit trail
                record_refusal(self.database, self.user.username, self.kind, Path(self.ui.fileEdit.text()).name,
                               exc.message)
            show_error(self, exc.message)
            return False
        return super().validateCurrentPage()

    def _page_shown(self, page: int) -> None:
        if page == MAPPING_PAGE:
            self._fill_mapping()
        elif page == PREVIEW_PAGE:
            self._check()
        elif page == RUN_PAGE:
            self._run()

    def _fill_mapping(self) -> None:
        layout = self.ui.mappingLayout
        while layout.rowCount():
            layout.removeRow(0)
        self._combos.clear()
        table = self.table
        choice = remembered(self.database.paths, self.kind, table.headings)
        if choice is not None:
            table.mapping = choice  # as the person matched these same headings last time
        rows = "–".join(str(r) for r in table.header_rows)
        info = (self.tr("Sheet “%1”, header on row %2, %3 data rows.").replace("%1", table.sheet)
                .replace("%2", rows).replace("%3", str(len(table.rows))))
        fields = {spec.key: spec.header for spec in FIELDS[self.kind]}
        for key, columns in table.ties(self.kind).items():
            info += "\n" + (self.tr("Columns %1 all look like “%2”: check which one to import.")
                            .replace("%1", ", ".join(get_column_letter(c) for c in columns))
                            .replace("%2", fields[key]))
        info += "".join(f"\n{note}" for note in table.notes)  # text converted from TCVN3 / VNI…
        self.ui.headerInfo.setText(info)
        for column, heading in table.headings.items():
            if not heading:
                continue
            combo = QComboBox(self)
            combo.addItem(self.tr("(not imported)"), "")
            for spec in FIELDS[self.kind]:
                combo.addItem(spec.header + (" *" if spec.required else ""), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(table.mapping.get(column, ""))))
            layout.addRow(heading, combo)
            self._combos[column] = combo

    def _check(self) -> None:
        table = self.table
        fields = {spec.key: spec.header for spec in FIELDS[self.kind]}
        mapped = [(c, key) for c, key in sorted(table.mapping.items())]
        columns = [Column(self.tr("Row"), lambda r: str(r[0]), lambda r: r[0])]
        columns += [Column(f"{fields[key]} ({get_column_letter(c)})", lambda r, c=c: _shown(r[1].get(c)))
                    for c, key in mapped]
        model = PreviewModel(columns, [None, *(c for c, _ in mapped)], self)
        self.ui.previewTable.setModel(model)
        self.report = None
        try:
            self.report = ops.call(run_import, self.database, self.user, self.kind, table, dry_run=True)
        except UserError as exc:
            model.set_rows(table.rows[:PREVIEW_ROWS])
            self.ui.checkLabel.setText(exc.message)
            self.ui.errorReportButton.setEnabled(False)
            return
        model.set_rows(_preview_rows(table, self.report))
        model.set_errors(self.report.errors)
        self.ui.previewTable.resizeColumnsToContents()
        lines = [self.report.summary(), *self.report.notes] + [str(e) for e in self.report.errors[:SHOWN_ERRORS]]
        if self.report.error_count > SHOWN_ERRORS:
            lines.append(self.tr("… and %1 more errors: save the list of errors to see them all.")
                         .replace("%1", str(self.report.error_count - SHOWN_ERRORS)))
        self.ui.checkLabel.setText("\n".join(lines))
        self.ui.errorReportButton.setEnabled(bool(self.report.errors))

    def save_error_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rows with errors"), "dong-loi.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path and self.report:
            source = Path(self.ui.fileEdit.text())
            ops.run(self, lambda: excel_export.error_report(self.table, self.report, Path(path), source))

    def _run(self) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        database, user, kind, table = self.database, self.user, self.kind, self.table
        self.job = ops.Job(lambda progress, cancelled: run_import(database, user, kind, table, False, progress,
                                                                  cancelled), changes=ops.EVERYTHING, parent=self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        self.ui.resultLabel.setText("\n".join([report.summary(), *report.notes]))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def _failed(self, message: str) -> None:
        self.ui.resultLabel.setText(message)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    def reject(self) -> None:
        if self.job is not None and not self.button(QWizard.WizardButton.FinishButton).isEnabled():
            self.job.cancel()  # the import rolls back; the wizard closes when it has
            return
        super().reject()
