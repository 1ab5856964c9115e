"""The records behind a figure measured for a score-sheet item (the events, models, teams… it counts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from antt_desktop.gui.column_fit import fit_columns
from antt_desktop.gui.forms.evaluation.measure_records_dialog_ui import Ui_MeasureRecordsDialog
from antt_desktop.gui.row_table_model import Column, RowTableModel
from antt_desktop.services.evaluation.evaluation_measures import Measurement


class MeasureRecordsDialog(QDialog):
    def __init__(self, title: str, measure: Measurement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeasureRecordsDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
        self.ui.reasonLabel.setText(f"{measure.value} – {measure.reason}")
        columns = [Column(heading, lambda record, i=i: record[i]) for i, heading in enumerate(measure.headings)]
        self.records = RowTableModel(columns, self)
        self.records.set_rows(list(measure.records))
        self.ui.recordTable.setModel(self.records)
        fit_columns(self.ui.recordTable, wrap=True)
