"""Bảng điểm của tỉnh: the score sheet in use for each kind of unit (the shipped sample or the province's), and
installing a province's workbook, with every problem of a refused one shown row by row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from antt_desktop.domain.score_sheet import UNIT_TYPES, SheetItem, sheet_for
from antt_desktop.domain.units import Level
from antt_desktop.gui import ops
from antt_desktop.gui.forms.evaluation.province_sheet_dialog_ui import Ui_ProvinceSheetDialog
from antt_desktop.gui.messages import confirm
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.score_sheets import KIND_NAMES, install_sheet
from antt_desktop.services.roles import Role, allows


def _points(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class ProvinceSheetDialog(QDialog):
    def __init__(self, database: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProvinceSheetDialog()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        self.job: ops.Job | None = None
        self.model = QStandardItemModel(self)
        self.ui.sheetTree.setModel(self.model)
        for unit_type in UNIT_TYPES:
            self.ui.kindCombo.addItem(KIND_NAMES[unit_type].capitalize(), unit_type)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _index: self.show_sheet())
        admin = allows(user.role, Role.ADMIN)
        at_province = database.installation().level == Level.PROVINCE
        self.ui.importButton.setEnabled(admin and at_province)
        if not at_province:
            self.ui.importButton.setToolTip(self.tr("The provincial police install the province's score sheet; it "
                                                    "reaches this unit in a package from the level above."))
        elif not admin:
            self.ui.importButton.setToolTip(self.tr("Only an administrator can install a score sheet."))
        self.ui.importButton.clicked.connect(self.choose_workbook)
        self._show_problems("", [])
        self.show_sheet()

    @property
    def unit_type(self) -> str:
        return self.ui.kindCombo.currentData()

    def _row(self, number: str, text: str, points: str) -> list[QStandardItem]:
        items = [QStandardItem(number), QStandardItem(text), QStandardItem(points)]
        items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return items

    def _add(self, parent: QStandardItem, item: SheetItem) -> None:
        row = self._row(item.number, item.text, _points(item.max_points))
        parent.appendRow(row)
        for child in item.items:
            self._add(row[0], child)

    def show_sheet(self) -> None:
        sheet = sheet_for(self.unit_type)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("No."), self.tr("Content"), self.tr("Standard points")])
        root = self.model.invisibleRootItem()
        for item in sheet.items:
            self._add(root, item)
        if sheet.deductions:
            heading = self._row("", self.tr("Deductions"), "")
            root.appendRow(heading)
            for item in sheet.deductions:
                self._add(heading[0], item)
        self.ui.sheetTree.expandAll()
        header = self.ui.sheetTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        said = (self.tr("SAMPLE score sheet (no province sheet installed yet), version %1, %2 points.") if sheet.sample
                else self.tr("The province's score sheet, version %1, %2 points."))
        self.ui.sourceLabel.setText(said.replace("%1", sheet.version).replace("%2", _points(sheet.total)))
        levels = "; ".join(f"{level['name']} ≥ {_points(level['min_points'])}" for level in sheet.levels)
        cap = sheet.level_name(sheet.level_if_not_recognised)
        self.ui.levelsLabel.setText(self.tr("Levels: %1. When not recognised: at most %2.")
                                    .replace("%1", levels).replace("%2", cap))

    def _show_problems(self, summary: str, lines: list[str]) -> None:
        self.ui.problemsLabel.setText(summary)
        self.ui.problemsLabel.setVisible(bool(summary))
        self.ui.problemsEdit.setPlainText("\n".join(lines))
        self.ui.problemsEdit.setVisible(bool(lines))

    def choose_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the province's score sheet"), "",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path, ask: bool = True) -> None:
        if self.job is not None:
            return
        kind = self.ui.kindCombo.currentText().lower()
        if ask and not confirm(self, self.tr("Install the score sheet"),
                               self.tr("Install %1 as the score sheet of %2? Sheets not scored yet, here and in the "
                                       "units below (it is sent down in the next package), use it; sheets already "
                                       "scored keep the sheet they were scored with.")
                               .replace("%1", path.name).replace("%2", kind), self.tr("Install")):
            return
        database, user, unit_type = self.database, self.user, self.unit_type
        self.ui.importButton.setEnabled(False)
        self._show_problems(self.tr("Reading %1…").replace("%1", path.name), [])
        self.job = ops.Job(lambda _progress, _cancelled: install_sheet(database, user, path, unit_type),
                           {ops.EVALUATION}, parent=self)
        self.job.finished.connect(self._installed)
        self.job.failed.connect(self._refused)
        self.job.start()

    def _installed(self, done) -> None:  # noqa: ANN001
        self.job = None
        self.ui.importButton.setEnabled(True)
        self._show_problems("", [])
        self.show_sheet()
        self.ui.sourceLabel.setText(self.tr("Installed: version %1, %2 items to score. It is sent down to the units "
                                            "below in the next package.").replace("%1", done.version)
                                    .replace("%2", str(done.items)))

    def _refused(self, message: str) -> None:
        self.job = None
        self.ui.importButton.setEnabled(True)
        first, *rest = message.splitlines() or [""]
        self._show_problems(first, [line.strip() for line in rest])
