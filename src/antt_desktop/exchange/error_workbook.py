"""The workbook of an import's errors: every error with its row and column, and each refused row as it was
written with its bad cells in red, so that the person can fix them in the original file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from antt_desktop.exchange.excel_writer import BORDER, HEADER_FILL, _save
from antt_desktop.exchange.sheet_output import fit_row_heights, print_setup, put

BAD_FILL = PatternFill("solid", fgColor="F8CBAD")
RED = Font(color="B00020")


def _header(sheet, headings: Sequence[str]) -> None:  # noqa: ANN001
    for number, heading in enumerate(headings, start=1):
        cell = put(sheet, 1, number, heading)
        cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(number)].width = max(10, min(40, len(heading) + 4))
    sheet.freeze_panes = "A2"


def write_error_workbook(out: Path, columns: Sequence[tuple[int, str]],
                         rows: dict[int, dict[int, object]], errors: Sequence) -> Path:
    """``columns``: (Excel column, heading) of the table; ``rows``: the refused rows' values by column;
    ``errors``: each with ``row``, ``column`` (None for the row as a whole), ``heading``, ``message``."""
    workbook = Workbook()
    listing = workbook.active
    listing.title = "Lỗi"
    _header(listing, ["Dòng", "Cột", "Tiêu đề cột", "Lỗi cần sửa"])
    listing.column_dimensions["D"].width = 80
    for line, error in enumerate(errors, start=2):
        for column, value in enumerate([error.row, get_column_letter(error.column) if error.column else "",
                                        error.heading], start=1):
            put(listing, line, column, value)
        put(listing, line, 4, error.message).font = RED
    sheet = workbook.create_sheet("Dòng lỗi")
    _header(sheet, ["Dòng", *(f"{h} ({get_column_letter(c)})" for c, h in columns), "Lỗi"])
    position = {column: index for index, (column, _) in enumerate(columns, start=2)}
    by_row: dict[int, list] = {}
    for error in errors:
        by_row.setdefault(error.row, []).append(error)
    for line, (number, found) in enumerate(sorted(by_row.items()), start=2):
        sheet.cell(line, 1, number)
        values = rows.get(number, {})
        for column, index in position.items():
            put(sheet, line, index, values.get(column))
        for error in found:
            if error.column in position:
                sheet.cell(line, position[error.column]).fill = BAD_FILL
        put(sheet, line, len(columns) + 2, " ".join(
            (f"[{get_column_letter(e.column)}] " if e.column else "") + e.message for e in found)).font = RED
    sheet.column_dimensions[get_column_letter(len(columns) + 2)].width = 80
    for each in (listing, sheet):
        print_setup(each, "1:1", landscape=each is sheet)
        fit_row_heights(each)
    return _save(workbook, out)
