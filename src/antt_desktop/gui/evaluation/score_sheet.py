"""One grid to score every criterion of a subject: result and evidence edited in place, saved at once.

Generic over the subject's criteria list (code, text, points) from the evaluation catalog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from antt_desktop.errors import UserError
from antt_desktop.gui.forms.evaluation.score_sheet_dialog_ui import Ui_ScoreSheetDialog

TEXT, POINTS, RESULT, EVIDENCE = range(4)
Answers = dict[str, tuple[bool | None, str]]
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class ScoreSheetModel(QAbstractTableModel):
    """Rows: criteria; the result (None: not assessed) and the evidence are editable."""

    def __init__(self, criteria: list[dict], results: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.answers: Answers = {c["code"]: (results.get(c["code"], {}).get("met"),
                                             results.get(c["code"], {}).get("evidence", "")) for c in criteria}
        self._saved = dict(self.answers)

    @staticmethod
    def result_names() -> list[tuple[bool | None, str]]:
        return [(None, translate("ScoreSheet", "not assessed")), (True, translate("ScoreSheet", "met")),
                (False, translate("ScoreSheet", "not met"))]

    def changed(self) -> Answers:
        return {code: answer for code, answer in self.answers.items() if answer != self._saved[code]}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ScoreSheet", "Criterion"), translate("ScoreSheet", "Points"),
                    translate("ScoreSheet", "Result"), translate("ScoreSheet", "Evidence / note"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (RESULT, EVIDENCE) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        criterion = self.criteria[index.row()]
        met, evidence = self.answers[criterion["code"]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (criterion["text"], str(criterion["points"]), dict(self.result_names())[met], evidence)[
                index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return met if index.column() == RESULT else evidence
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == RESULT and met is False:
            return Qt.GlobalColor.darkRed
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (RESULT, EVIDENCE):
            return False
        code = self.criteria[index.row()]["code"]
        met, evidence = self.answers[code]
        self.answers[code] = (value, evidence) if index.column() == RESULT else (met, str(value))
        self.dataChanged.emit(index, index)
        return True


class ResultDelegate(QStyledItemDelegate):
    """A drop-down of not assessed / met / not met in the result column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, name in ScoreSheetModel.result_names():
            combo.addItem(name, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ScoreSheetDialog(QDialog):
    def __init__(self, title: str, criteria: list[dict], results: dict, save: Callable[[Answers], object],
                 parent: QWidget | None = None, start_row: int = 0) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoreSheetDialog()
        self.ui.setupUi(self)
        self._save = save
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.subjectLabel.setText(title)
        self.model = ScoreSheetModel(criteria, results, self)
        table = ui.sheetTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(RESULT, ResultDelegate(table))
        table.setEditTriggers(table.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((POINTS, 60), (RESULT, 130), (EVIDENCE, 300)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())  # wrapped text sets the height
        self.model.dataChanged.connect(lambda *_: self._summarise())
        self._summarise()
        table.setCurrentIndex(self.model.index(min(start_row, max(0, len(criteria) - 1)), RESULT))

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - rows fit the criterion column's real width
        super().showEvent(event)
        self.ui.sheetTable.resizeRowsToContents()

    def _summarise(self) -> None:
        answers = list(self.model.answers.values())
        met = sum(a[0] is True for a in answers)
        assessed = sum(a[0] is not None for a in answers)
        self.ui.summaryLabel.setText(self.tr("Assessed %1 of %2 criteria; %3 met.").replace("%1", str(assessed))
                                     .replace("%2", str(len(answers))).replace("%3", str(met)))

    def accept(self) -> None:
        self.ui.sheetTable.setCurrentIndex(QModelIndex())  # commits an edit still open
        try:
            if self.model.changed():
                self._save(self.model.changed())
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
