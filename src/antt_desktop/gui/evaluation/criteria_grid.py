"""The recognition criteria of a subject (Thông tư 124) in one editable grid: met / not met and the evidence."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

TEXT, RESULT, EVIDENCE = range(3)
Answers = dict[str, tuple[bool | None, str]]
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class CriteriaModel(QAbstractTableModel):
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

    def results(self) -> dict[str, dict]:
        """The answers as the recognition rule reads them."""
        return {code: {"met": met, "evidence": evidence} for code, (met, evidence) in self.answers.items()
                if met is not None}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ScoreSheet", "Criterion"), translate("ScoreSheet", "Result"),
                    translate("ScoreSheet", "Evidence"))[section]
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
            return (criterion["text"], dict(self.result_names())[met], evidence)[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return met if index.column() == RESULT else evidence
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
        for value, name in CriteriaModel.result_names():
            combo.addItem(name, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
