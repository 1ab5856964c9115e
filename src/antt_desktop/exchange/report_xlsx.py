"""The same report as a workbook: the administrative header in the first rows, each table under its heading."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import MOTTO, NATIONAL_TITLE, ReportDocument

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "Times New Roman"


def write_xlsx(doc: ReportDocument, out: Path) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = "Báo cáo"
    width = max([len(s.table.columns) for s in doc.sections if s.table] + [6])
    half = max(2, width // 2)

    def put(row: int, col: int, value: object, bold: bool = False, italic: bool = False, size: int = 12,
            span: int = 1, align: str = "center") -> None:
        cell = ws.cell(row, col, value)
        cell.font = Font(name=FONT, bold=bold, italic=italic, size=size)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if span > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)

    put(1, 1, doc.superior.upper(), span=half)
    put(2, 1, doc.issuer.upper(), bold=True, span=half)
    put(3, 1, doc.number, span=half)
    put(1, half + 1, NATIONAL_TITLE, bold=True, span=width - half)
    put(2, half + 1, MOTTO, bold=True, span=width - half)
    put(3, half + 1, doc.place_and_date, italic=True, span=width - half)
    put(5, 1, doc.title.upper(), bold=True, size=14, span=width)
    put(6, 1, doc.subtitle, bold=True, size=13, span=width)
    row = 8
    for section in doc.sections:
        if section.heading:
            put(row, 1, section.heading, bold=True, span=width, align="left")
            row += 1
        for paragraph in section.paragraphs:
            put(row, 1, paragraph, span=width, align="left")
            row += 1
        if section.table:
            for col, heading in enumerate(section.table.columns, start=1):
                put(row, col, heading, bold=True, size=11)
                ws.cell(row, col).border = BORDER
            for values in section.table.rows:
                row += 1
                for col, value in enumerate(values, start=1):
                    cell = ws.cell(row, col, value)
                    cell.font = Font(name=FONT, size=11)
                    cell.border = BORDER
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
            row += 2
    put(row + 1, half + 1, doc.signer_title.upper(), bold=True, span=width - half)
    put(row + 5, half + 1, doc.signer_name, bold=True, span=width - half)
    for col in range(1, width + 1):
        ws.column_dimensions[get_column_letter(col)].width = 18
    ws.column_dimensions["A"].width = 8
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(out.with_name(out.name + ".partial"))
        out.with_name(out.name + ".partial").replace(out)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Nếu tệp đang mở, hãy đóng lại.") from exc
    return out
