"""Đồng bộ: make packages for the upper level (or another computer of this unit), import packages in any
order, see what arrived from whom and what is missing, review conflicts, manage keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from antt_desktop.domain.text import matches_words
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.gui import ops
from antt_desktop.gui.attachment_actions import open_attachment
from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.forms.sync.sync_page_ui import Ui_SyncPage
from antt_desktop.gui.list_keys import ListKeys
from antt_desktop.gui.messages import confirm, show_error
from antt_desktop.gui.row_table_model import SORT_ROLE, RowTableModel
from antt_desktop.gui.sync.directive_dialog import DirectiveDialog
from antt_desktop.gui.sync.sync_tables import (
    conflict_columns,
    directive_columns,
    received_columns,
    sent_columns,
    subordinate_columns,
)
from antt_desktop.gui.sync.trust_tabs import TrustTabs
from antt_desktop.gui.sync.unit_setup import UnitSetup
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role, allows
from antt_desktop.services.sync import directives, sync, sync_import, sync_keys
from antt_desktop.services.sync.subordinates import Subordinate, subordinates

PACKAGE_FILTER = "*.anttsync"
SHOWN_OUTCOMES = 8  # more packages than this are summed up, the refused ones still named


class SyncPage(QWidget):
    shows = frozenset({ops.SYNC})  # kinds of records whose change refreshes this page
    open_unit = Signal(str)  # a unit below chosen for its lists (double-click, Enter)
    synced = Signal()  # a package made or imported: the status bar's last sync moves

    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self.job: ops.Job | None = None
        ui = self.ui
        self.received = self._model(ui.receivedTable, received_columns())
        self.sent = self._model(ui.sentTable, sent_columns())
        self.conflicts = self._model(ui.conflictTable, conflict_columns())
        self.directives = self._model(ui.directiveTable, directive_columns())
        self.below: list[Subordinate] = []
        self.units = RowTableModel(subordinate_columns(), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.units)
        proxy.setSortRole(SORT_ROLE)
        ui.unitTable.setModel(proxy)
        ui.unitTable.setSortingEnabled(True)
        ui.unitTable.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # nothing sent or packages missing first
        ui.unitSearchEdit.textChanged.connect(lambda _text: self._show_units())
        ui.unitTable.activated.connect(self._open_unit)
        if database.installation().level == Level.COMMUNE:
            ui.tabs.removeTab(ui.tabs.indexOf(ui.unitsTab))
        ui.addDirectiveButton.clicked.connect(self.add_directive)
        ui.openDirectiveFilesButton.clicked.connect(self.open_directive_files)
        ui.directiveTable.doubleClicked.connect(self.open_directive_files)
        self.list_keys = ListKeys(self, ui.addDirectiveButton, lambda: self._unit_search())
        self.list_keys.on(ui.directiveTable, ui.openDirectiveFilesButton)
        ui.progressBar.hide()
        ui.exportButton.clicked.connect(self.export_package)
        ui.importButton.clicked.connect(self.import_packages)
        ui.receiptButton.clicked.connect(self.make_receipt)
        ui.exportKeyButton.clicked.connect(self.export_key)
        self.trust = TrustTabs(self, ui, database, user, ui.resultLabel.setText)
        self.unit_setup = UnitSetup(self, ui, database, user, lambda: self.units.selected_in(ui.unitTable),
                                    ui.resultLabel.setText)
        ui.importKeyButton.clicked.connect(self.trust.import_key)
        ui.revertButton.clicked.connect(self.revert)
        editor, admin = allows(user.role, Role.EDITOR), allows(user.role, Role.ADMIN)
        for button in (ui.exportButton, ui.importButton, ui.receiptButton, ui.addDirectiveButton):
            button.setEnabled(editor)
        for button in (ui.importKeyButton, ui.revertButton):
            button.setEnabled(admin)
        self.refresh()

    def _unit_search(self) -> QLineEdit | None:
        if self.ui.tabs.indexOf(self.ui.unitsTab) < 0:
            return None
        self.ui.tabs.setCurrentWidget(self.ui.unitsTab)
        return self.ui.unitSearchEdit

    def _model(self, view, columns) -> RowTableModel:  # noqa: ANN001
        model = RowTableModel(columns, self)
        view.setModel(model)
        return model

    def refresh(self) -> None:
        fingerprint = sync_keys.own_keys(self.database).fingerprint
        self.ui.fingerprintLabel.setText(self.tr("Fingerprint of this unit's key (read it out by phone when the upper "
                                                 "level imports the key file): %1").replace("%1", fingerprint))
        self.below = subordinates(self.database)
        self._show_units()
        statuses = sync.status(self.database)
        self.received.set_rows(statuses)
        self.sent.set_rows(sync.sent(self.database))
        self.conflicts.set_rows(sync.conflicts(self.database))
        self.trust.refresh()
        self.directives.set_rows(directives.list_directives(self.database))
        for view in (self.ui.receivedTable, self.ui.sentTable, self.ui.conflictTable, self.ui.keyTable,
                     self.ui.directiveTable):
            fit_columns(view)
        gaps = [s.sentence() for s in statuses if s.missing]
        if self.trust.held.rows and not self.ui.resultLabel.text():
            gaps.insert(0, self.tr("%1 package(s) wait for confirmation: see the tab Waiting for confirmation.")
                        .replace("%1", str(len(self.trust.held.rows))))
        if gaps and not self.ui.resultLabel.text():
            self.ui.resultLabel.setText("\n".join(gaps))

    def _show_units(self) -> None:
        query = self.ui.unitSearchEdit.text()
        self.units.set_rows([u for u in self.below if matches_words(query, f"{u.name} {u.code}")])
        fit_columns(self.ui.unitTable)
        complete = sum(1 for u in self.below if u.packages and not u.missing)
        silent = sum(1 for u in self.below if not u.packages)
        self.ui.unitsSummary.setText(
            self.tr("%1 units below: %2 complete, %3 with packages missing, %4 have sent nothing yet. "
                    "Double-click a unit to see its forces.")
            .replace("%1", str(len(self.below))).replace("%2", str(complete))
            .replace("%3", str(len(self.below) - complete - silent)).replace("%4", str(silent)))

    def _open_unit(self) -> None:
        unit = self.units.selected_in(self.ui.unitTable)
        if unit is not None:
            self.open_unit.emit(unit.code)

    def _run(self, job, describe, changes: frozenset[str] = frozenset({"sync"})) -> None:  # noqa: ANN001
        if self.job is not None:
            return
        self.ui.progressBar.setMaximum(0)  # busy until a job tells how far it is
        self.ui.progressBar.setTextVisible(False)
        self.ui.progressBar.show()
        self.job = ops.Job(job, changes=changes, parent=self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(lambda result: self._finished(describe(result)))
        self.job.failed.connect(self._finished)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setTextVisible(True)
        self.ui.progressBar.setFormat(self.tr("%v of %m files"))
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)

    def _finished(self, message: str) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self.ui.resultLabel.setText(message)
        self.refresh()
        self.synced.emit()

    def export_package(self) -> None:
        try:
            sync.recipient_for(self.database, None)
        except UserError as exc:
            self._offer_key_import(exc.message)
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder or USB stick for the package"))
        if folder:
            full, omit = self.ui.fullCheck.isChecked(), self.ui.omitSensitiveCheck.isChecked()
            self._run(lambda _p, _c: sync.export_package(self.database, self.user, Path(folder), full,
                                                         omit_sensitive=omit),
                      lambda r: self.tr("Package %1 made (%2 records): %3").replace("%1", str(r.seq))
                      .replace("%2", str(r.records)).replace("%3", str(r.path)))

    def import_packages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose packages"), "", PACKAGE_FILTER)
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Imports packages on a worker thread; also what double-clicking a package file leads to."""
        if not allows(self.user.role, Role.EDITOR):
            show_error(self, self.tr("Your account may only view data; ask an administrator or an editor to "
                                     "import the packages."))
            return
        self._run(lambda progress, _c: sync_import.import_files(self.database, self.user, paths, progress),
                  self._describe_import, ops.EVERYTHING)

    def _describe_import(self, outcomes: list) -> str:
        """Every outcome when they are few; otherwise the counts, and the refusals with their reasons."""
        if len(outcomes) <= SHOWN_OUTCOMES:
            return "\n".join(o.message for o in outcomes)
        refused = [o.message for o in outcomes if o.state == "refused"]
        counts = self.tr("%1 packages imported, %2 already here, %3 refused.") \
            .replace("%1", str(sum(o.state == "imported" for o in outcomes))) \
            .replace("%2", str(sum(o.state == "duplicate" for o in outcomes))).replace("%3", str(len(refused)))
        held = [o.message for o in outcomes if o.state == "held"]
        if held:
            counts += " " + self.tr("%1 held until their key is registered.").replace("%1", str(len(held)))
            refused = held + refused
        more = len(refused) - SHOWN_OUTCOMES
        rest = self.tr("… and %1 more refused; import those files on their own to see why.").replace("%1", str(more))
        return "\n".join([counts, *refused[:SHOWN_OUTCOMES], *([rest] if more > 0 else [])])

    def make_receipt(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt"), "bien-nhan.anttsync", PACKAGE_FILTER)
        if path and ops.run(self, lambda: sync.make_receipt(self.database, self.user, Path(path)), {ops.SYNC}):
            self.ui.resultLabel.setText(self.tr("Receipt saved: %1").replace("%1", path))

    def export_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the public key"),
                                              f"khoa-{self.database.own_unit().code}.anttkey", "*.anttkey")
        if path and ops.run(self, lambda: sync_keys.export_public_key(self.database, Path(path)), {ops.SYNC}):
            self.ui.resultLabel.setText(self.tr("Public key saved: %1").replace("%1", path))

    def _offer_key_import(self, reason: str) -> None:
        """A package needs the recipient's key: the button that imports it, beside the reason."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No package made"), reason,
                          QMessageBox.StandardButton.NoButton, self)
        choose = box.addButton(self.tr("Import the upper level's key file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(choose)
        self._window = box  # for tests
        box.exec()
        if box.clickedButton() is choose:
            self.trust.import_key()

    def revert(self) -> None:
        conflict = self.conflicts.selected_in(self.ui.conflictTable)
        if conflict and confirm(self, self.tr("Bring back"), self.tr("Bring back the overwritten version? It becomes "
                            "the current one on every computer after the next packages."), self.tr("Bring back")):
            ops.run(self, lambda: sync.revert_conflict(self.database, self.user, conflict.id), {ops.SYNC})
            self.refresh()

    def add_directive(self) -> None:
        if DirectiveDialog(lambda *args: directives.add_directive(self.database, self.user, *args), self).exec():
            self.refresh()

    def open_directive_files(self) -> None:
        """Each file of the chosen directive, opened with the program the PC uses for its type."""
        chosen = self.directives.selected_in(self.ui.directiveTable)
        if chosen is None:
            return
        if not chosen.files:
            self.ui.resultLabel.setText(self.tr("This directive has no attached files."))
        for row in chosen.files:
            open_attachment(self, self.database, row)
