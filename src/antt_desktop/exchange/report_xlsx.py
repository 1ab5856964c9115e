"""The same report as a workbook: the administrative header in the first rows (each line of Nghị định 30/2020 on
its own row, wide enough never to break), each table under its heading, the addressee and the signature block;
printed on A4 with every column on the page width."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList

from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import MOTTO, NATIONAL_TITLE, ReportDocument, number_text
from antt_desktop.exchange.sheet_output import fit_row_heights, print_setup, put

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "Times New Roman"
HEADER_RIGHT_WIDTH = 56  # width units: the national title in 12 pt bold capitals on one line
HEADER_LEFT_WIDTH = 38  # the issuing body's name in 12 pt capitals
WIDEST, NARROWEST = 30, 5
PAGE_WIDTH = 105  # characters across a portrait A4 page at 11 pt: wider sheets are shrunk to it, text wraps


def _column_widths(doc: ReportDocument, count: int) -> list[float]:
    """Each column as wide as its longest value (wrapped beyond WIDEST), the two halves of the header wide enough."""
    widths = [float(NARROWEST)] * count
    for section in doc.sections:
        if section.table is None:
            continue
        for row in [section.table.columns, *section.table.rows]:
            for column, value in enumerate(row):
                longest = max((len(word) for word in number_text(value).split()), default=0)
                wanted = min(WIDEST, max(len(number_text(value)) * 0.8, longest) + 2)
                widths[column] = max(widths[column], wanted)
    half = max(1, count // 2)
    halves = ((range(half), HEADER_LEFT_WIDTH), (range(half, count), HEADER_RIGHT_WIDTH))
    for part, least in halves:  # each half wide enough for its header lines
        total = sum(widths[c] for c in part)
        if total < least:
            for c in part:
                widths[c] *= least / total
    excess = sum(widths) - PAGE_WIDTH
    room = {part: sum(widths[c] for c in part) - least for part, least in halves}
    if excess > 0 and sum(room.values()) > 0:  # narrow each half toward its least width to fit the page
        for part, _least in halves:
            total = sum(widths[c] for c in part)
            cut = min(room[part], excess * room[part] / sum(room.values()))
            for c in part:
                widths[c] = max(NARROWEST, widths[c] * (total - cut) / total)
    return widths


def write_xlsx(doc: ReportDocument, out: Path) -> Path:
    workbook = Workbook()
    # the workbook's default font (which also sets the unit of column widths): Times, as every cell
    workbook._fonts = IndexedList([Font(name=FONT, size=11, family=1)])  # noqa: SLF001
    ws = workbook.active
    ws.title = "Báo cáo"
    tables = [s.table for s in doc.sections if s.table]
    width = max([len(t.columns) for t in tables] + [6])
    half = max(1, width // 2)
    widths = _column_widths(doc, width)

    def write(row: int, col: int, value: object, bold: bool = False, italic: bool = False, size: float = 12,
              span: int = 1, align: str = "center") -> None:
        cell = put(ws, row, col, value)
        cell.font = Font(name=FONT, bold=bold, italic=italic, size=size)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if span > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)

    rule = Border(bottom=THIN)
    write(1, 1, doc.superior.upper(), span=half)
    write(2, 1, doc.issuer.upper(), bold=True, span=half)
    write(4, 1, doc.number, span=half)
    write(1, half + 1, NATIONAL_TITLE, bold=True, span=width - half)
    write(2, half + 1, MOTTO, bold=True, size=13, span=width - half)
    write(4, half + 1, doc.place_and_date, italic=True, size=13, span=width - half)
    for col in range(1, width + 1):  # the rules under the issuing body and the motto, across their halves
        ws.cell(2, col).border = rule
    write(6, 1, doc.title.upper(), bold=True, size=14, span=width)
    write(7, 1, doc.subtitle, bold=True, size=13, span=width)
    row = 8
    for addressee in doc.addressees:
        write(row, 1, f"Kính gửi: {addressee}", size=13, span=width)
        row += 1
    row += 1
    header_rows = []
    for section in doc.sections:
        if section.heading:
            write(row, 1, section.heading, bold=True, italic=section.level >= 3, size=13, span=width, align="left")
            row += 1
        for paragraph in section.paragraphs:
            write(row, 1, paragraph, size=13, span=width, align="left")
            row += 1
        if section.table:
            header_rows.append(row)
            for col, heading in enumerate(section.table.columns, start=1):
                write(row, col, heading, bold=True, size=11)
                ws.cell(row, col).border = BORDER
            for values in section.table.rows:
                row += 1
                for col, value in enumerate(values, start=1):
                    cell = put(ws, row, col, value)
                    cell.font = Font(name=FONT, size=11)
                    cell.border = BORDER
                    right = (col - 1) in section.table.numeric
                    cell.alignment = Alignment(horizontal="right" if right else "left", vertical="center",
                                               wrap_text=True)
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.0"
            row += 2
    write(row, 1, "Nơi nhận:", bold=True, italic=True, span=half, align="left")
    for number, recipient in enumerate(doc.recipients, start=1):
        write(row + number, 1, f"- {recipient}", size=11, span=half, align="left")
    write(row, half + 1, doc.signer_title.upper(), bold=True, size=13, span=width - half)
    write(row + 5, half + 1, doc.signer_name or "." * 40, bold=True, size=13, span=width - half)
    for col, column_width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = round(column_width, 1)
    print_setup(ws, f"{header_rows[0]}:{header_rows[0]}" if len(header_rows) == 1 else None)
    fit_row_heights(ws)
    for empty in range(row + 1, row + 5):  # the room to sign stays open
        if ws.cell(empty, half + 1).value is None:
            ws.row_dimensions[empty].height = 18
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(out.with_name(out.name + ".partial"))
        out.with_name(out.name + ".partial").replace(out)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Nếu tệp đang mở, hãy đóng lại.") from exc
    return out
