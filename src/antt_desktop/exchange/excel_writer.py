"""Writing formatted workbooks: exports a commune can print or re-import, templates, error reports."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_schema import FIELDS, KIND_LABELS
from antt_desktop.exchange.sheet_output import fit_row_heights, print_setup, put

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
DATE_FORMAT = "DD/MM/YYYY"
WRAP = Alignment(vertical="top", wrap_text=True)
NUMBER = Alignment(horizontal="right", vertical="top")
WIDEST = 26  # characters: longer text wraps inside its cell, so that a wide list still prints legibly


def _header(ws: Worksheet, row: int, headings: Sequence[str]) -> None:
    for column, heading in enumerate(headings, start=1):
        cell = put(ws, row, column, heading)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        longest_word = max((len(word) for word in heading.split()), default=0)
        ws.column_dimensions[get_column_letter(column)].width = max(8, min(WIDEST, longest_word + 4))


def _title(ws: Worksheet, title: str, subtitle: str, width: int) -> None:
    put(ws, 1, 1, title).font = Font(bold=True, size=14)
    put(ws, 2, 1, subtitle).font = Font(italic=True)
    for row in (1, 2):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(1, width))
        ws.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _widen(ws: Worksheet, widest: dict[int, int]) -> None:
    """Each column as wide as its longest value (up to WIDEST), never narrower than its heading needs."""
    for column, length in widest.items():
        dimension = ws.column_dimensions[get_column_letter(column)]
        dimension.width = max(dimension.width or 8, min(WIDEST, length + 2))


def _save(workbook: Workbook, out: Path) -> Path:
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(partial)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Hãy kiểm tra ổ đĩa, USB hoặc quyền ghi; "
                        "nếu tệp đang mở trong Excel, hãy đóng lại.") from exc
    return out


def write_table(out: Path, kind: str, unit_name: str, rows: Iterable[Sequence[object]]) -> int:
    """The kind's columns under a title; dates as real dates, CCCD as text (the leading 0 kept)."""
    fields = FIELDS[kind]
    workbook = Workbook()
    ws = workbook.active
    ws.title = KIND_LABELS[kind][:31]
    _title(ws, f"DANH SÁCH {KIND_LABELS[kind].upper()}", f"{unit_name} – lập ngày {date.today():%d/%m/%Y}",
           len(fields) + 1)
    _header(ws, 4, ["STT", *(f.header for f in fields)])
    count, widest = 0, {}
    for count, values in enumerate(rows, start=1):
        number = put(ws, 4 + count, 1, count)
        number.border, number.alignment = BORDER, NUMBER
        for column, (spec, value) in enumerate(zip(fields, values, strict=True), start=2):
            cell = put(ws, 4 + count, column, value)
            cell.border = BORDER
            cell.alignment = NUMBER if isinstance(value, (int, float)) else WRAP
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif spec.key == "cccd":
                cell.number_format = "@"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            shown = 10 if isinstance(value, date) else len(str(value)) if value is not None else 0
            widest[column] = max(widest.get(column, 0), shown)
    ws.freeze_panes = "B5"
    ws.auto_filter.ref = f"A4:{get_column_letter(len(fields) + 1)}{4 + max(count, 1)}"
    _widen(ws, widest)
    ws.column_dimensions["A"].width = 6
    ws.print_options.gridLines = False
    print_setup(ws, "4:4", landscape=len(fields) > 6)
    fit_row_heights(ws)
    _save(workbook, out)
    return count


def write_template(out: Path, kind: str, choices: dict[str, Sequence[str]]) -> Path:
    """An empty table with drop-down lists where the values come from a catalog, and a sheet of instructions."""
    fields = FIELDS[kind]
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Nhập liệu"
    _title(ws, f"MẪU NHẬP {KIND_LABELS[kind].upper()}", "Điền từ dòng 5; giữ nguyên dòng tiêu đề.", len(fields) + 1)
    _header(ws, 4, ["STT", *(f.header for f in fields)])
    for column, spec in enumerate(fields, start=2):
        letter = get_column_letter(column)
        if spec.key in choices:
            values = ",".join(choices[spec.key])
            if len(values) < 250:  # Excel's limit for an inline list
                validation = DataValidation(type="list", formula1=f'"{values}"', allow_blank=not spec.required)
                validation.add(f"{letter}5:{letter}2000")
                ws.add_data_validation(validation)
        if spec.key in ("cccd", "phone"):
            for row in range(5, 2001):
                ws[f"{letter}{row}"].number_format = "@"
    ws.freeze_panes = "B5"
    print_setup(ws, "4:4", landscape=len(fields) > 6)
    fit_row_heights(ws)
    guide = workbook.create_sheet("Hướng dẫn")
    _header(guide, 1, ["Cột", "Bắt buộc", "Ví dụ", "Các cách ghi tiêu đề khác được nhận"])
    for row, spec in enumerate(fields, start=2):
        values = [spec.header, "có" if spec.required else "", spec.example, ", ".join(spec.aliases)]
        for column, value in enumerate(values, start=1):
            put(guide, row, column, value).alignment = WRAP
    guide.column_dimensions["D"].width = 2 * WIDEST
    print_setup(guide, "1:1")
    fit_row_heights(guide)
    return _save(workbook, out)
