"""A province's score sheet as it publishes it: the national header and a title above, a table with columns STT,
Nội dung, Điểm chuẩn (maybe Điểm tự chấm, Ghi chú, a header over two merged rows), notes and the level
thresholds under it. The workbook goes through the bounds of ``xlsx_guard`` and the header finding of
``excel_reader``; what is read here is plain text and raw values, every one of them still to be checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from antt_desktop.domain.text import search_key
from antt_desktop.exchange import cell_values
from antt_desktop.exchange.excel_reader import HEADER_SCAN_ROWS, MAX_COLUMNS, open_workbook, read_table

KIND = "score_sheet"
MAX_ROWS_READ = 2_000  # rows of the table looked at; a real sheet has 30–120
MAX_NOTE_ROWS = 200  # rows under the table searched for the level thresholds
MAX_NOTE_TEXT = 2_000  # characters of a cell kept (a threshold sentence is short)


@dataclass(frozen=True)
class SheetRow:
    row: int  # Excel row number, for the messages
    number: str
    text: str
    points: object  # the raw cell value


@dataclass
class PublishedSheet:
    file_name: str
    titles: list[str] = field(default_factory=list)  # the lines above the table
    rows: list[SheetRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # every text in the rows under the table (thresholds)
    truncated: bool = False  # more than MAX_ROWS_READ rows


def _number_column(headings: dict[int, str], text_column: int) -> int | None:
    """STT is left of Nội dung: the column headed STT/TT/Mục, else the one just left of the text."""
    for column, heading in headings.items():
        if column < text_column and search_key(heading) in {"stt", "tt", "so tt", "so thu tu", "thu tu", "muc"}:
            return column
    return text_column - 1 if text_column > 1 else None


def read_published_sheet(path: Path) -> PublishedSheet:
    table = read_table(path, KIND)
    by_key = {key: column for column, key in table.mapping.items()}
    text_column, points_column = by_key.get("text"), by_key.get("max_points")
    number_column = _number_column(table.headings, text_column) if text_column else None
    sheet = PublishedSheet(path.name)
    for row, values in table.rows[:MAX_ROWS_READ]:
        sheet.rows.append(SheetRow(row, cell_values.text(values.get(number_column)) if number_column else "",
                                   cell_values.text(values.get(text_column)) if text_column else "",
                                   values.get(points_column) if points_column else None))
    sheet.truncated = len(table.rows) > MAX_ROWS_READ
    first_data = max(table.header_rows) + 1
    last_data = min(table.rows[-1][0] if table.rows else first_data, first_data + MAX_ROWS_READ)
    calamine_sheet = open_workbook(path).sheet(table.sheet)
    start_row = (calamine_sheet.start or (0, 0))[0] + 1
    for number, values in enumerate(calamine_sheet.iter_rows(), start=start_row):
        if number > last_data + MAX_NOTE_ROWS:
            break
        texts = [t[:MAX_NOTE_TEXT] for value in values[:MAX_COLUMNS] if (t := cell_values.text(value))]
        if number < min(table.header_rows) and number <= HEADER_SCAN_ROWS:
            sheet.titles.append(" ".join(texts))
        elif number >= first_data:
            sheet.notes.extend(texts)
    return sheet
