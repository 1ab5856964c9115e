"""Finding the table in a workbook as communes keep it: title and signature rows around it, the header not on
row 1, merged or spread over two rows, an STT column, blank rows in the middle, formulas (their values).

A .xlsx is checked against the limits of ``xlsx_guard`` first, then read by python-calamine (a Rust reader,
many times faster than openpyxl); an old .xls (each decided by its content, not its name) is checked by
``xls_guard`` and read by xlrd; an OpenDocument .ods is refused (its reader would fill in every repeated cell).
Text typed in TCVN3 or VNI is turned into Unicode as it is read (``legacy_cells``).
Only the rows of the table found are kept."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import python_calamine as calamine

from antt_desktop.domain.text import search_key
from antt_desktop.errors import UserError
from antt_desktop.exchange import cell_values
from antt_desktop.exchange.excel_schema import SKIPPED_HEADINGS, fields_of, match, propose
from antt_desktop.exchange.legacy_cells import PAST_LATIN1, CellDecoder
from antt_desktop.exchange.split_columns import join_split_columns
from antt_desktop.exchange.table_extent import ends_table, is_numbering, is_section, is_subtotal
from antt_desktop.exchange.workbook_file import OLE_MAGIC, open_source
from antt_desktop.exchange.xls_book import XlsBook
from antt_desktop.exchange.xlsx_fonts import legacy_cells
from antt_desktop.exchange.xlsx_guard import check_workbook, unreadable

HEADER_SCAN_ROWS = 40
SECTIONS_ARE_DATA = frozenset({"score_sheet"})  # its parts ("II | ĐIỂM TRỪ") say what the rows under them are
MAX_COLUMNS = 60  # columns of a table looked at; a real one has 10–30


@dataclass
class Table:
    sheet: str
    header_rows: tuple[int, ...]
    headings: dict[int, str]  # column number → heading as written
    mapping: dict[int, str]  # column number → field key (proposed, editable)
    rows: list[tuple[int, dict[int, object]]] = field(default_factory=list)  # (Excel row number, column → value)
    notes: list[str] = field(default_factory=list)  # said with the preview and the summary (old encodings…)

    def ties(self, kind: str) -> dict[str, list[int]]:
        """Fields that two or more columns name equally surely: field key → those columns, the chosen first."""
        found: dict[str, list[int]] = {}
        for column, key in self.mapping.items():
            score = match(kind, self.headings[column])[1]
            others = [c for c, h in self.headings.items()
                      if c != column and h and match(kind, h) == (key, score)]
            if others:
                found[key] = [column, *others]
        return found

    @property
    def unknown_columns(self) -> list[str]:
        return [h for c, h in self.headings.items()
                if c not in self.mapping and h and search_key(h) not in SKIPPED_HEADINGS]


class Workbook:
    """A checked workbook open for reading; sheets are loaded one at a time, when asked for."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        if not str(path).strip() or str(path) == "." or path.is_dir():
            raise UserError("Chưa chọn tệp Excel: hãy bấm “Chọn tệp…” và chọn một tệp .xlsx hoặc .xls.")
        self.name = path.name
        source = open_source(path, password)
        self.source: io.BytesIO | Path = source
        self.xls: XlsBook | None = None
        # Read by content, never by the name's extension: a ".xls" may be a .xlsx renamed, and the other way round.
        if isinstance(source, io.BytesIO):
            data = source.getvalue() if bytes(source.getbuffer()[:len(OLE_MAGIC)]) == OLE_MAGIC else b""
        else:
            with source.open("rb") as handle:
                data = handle.read() if handle.read(len(OLE_MAGIC)) == OLE_MAGIC else b""
            data = OLE_MAGIC + data if data else b""
        if data:
            self.xls = XlsBook(data, path.name)
            self.sheetnames = self.xls.sheetnames
            return
        check_workbook(source if isinstance(source, io.BytesIO) else str(source), path.name)
        try:  # from a file object: calamine would choose its reader by the name's extension otherwise
            if isinstance(source, io.BytesIO):
                source.seek(0)
                self.book = calamine.CalamineWorkbook.from_filelike(source)
            else:
                with source.open("rb") as handle:
                    self.book = calamine.CalamineWorkbook.from_filelike(handle)
            self.sheetnames = [m.name for m in self.book.sheets_metadata
                               if m.typ == calamine.SheetTypeEnum.WorkSheet]
        except (calamine.CalamineError, OSError, ValueError, TypeError):
            raise unreadable(path.name) from None

    def sheet(self, name: str):  # noqa: ANN201 - a calamine sheet, or an XlsSheet with the same face
        if self.xls is not None:
            return self.xls.sheet(name)
        try:
            return self.book.get_sheet_by_name(name)
        except (calamine.CalamineError, OSError, ValueError, TypeError):
            raise unreadable(self.name) from None

    def decoder(self, name: str, sheet: object) -> CellDecoder:
        """The reader of TCVN3 / VNI text for a sheet: by the cells' fonts where the workbook has such fonts."""
        if self.xls is not None:
            return CellDecoder(sheet.font_encoding if sheet.has_legacy_fonts else None)
        source = self.source
        if isinstance(source, io.BytesIO):
            source.seek(0)
        try:
            cells = legacy_cells(source if isinstance(source, io.BytesIO) else str(source), name, self.name)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError, zlib.error):
            cells = None  # the fonts are a hint: without them the characters still tell
        return CellDecoder(None if cells is None else lambda row, col: cells.get((row, col)))


def open_workbook(path: Path, password: str | None = None) -> Workbook:
    return Workbook(path, password)


def sheet_names(path: Path, password: str | None = None) -> list[str]:
    return open_workbook(path, password).sheetnames


class SheetRows:
    """The first rows of a sheet in memory (1-based Excel numbers), and merged ranges read from the top-left."""

    def __init__(self, sheet: calamine.CalamineSheet, decoder: CellDecoder | None = None) -> None:
        self.sheet = sheet
        self.decoder = decoder or CellDecoder()
        start = sheet.start or (0, 0)
        self.first_row, self.first_col = start[0] + 1, start[1] + 1
        self.top: list[list[object]] = []
        for values in sheet.iter_rows():
            self.top.append(self.decoded(self.first_row + len(self.top), values))
            if len(self.top) + self.first_row > HEADER_SCAN_ROWS + 2:
                break
        self.merged: dict[tuple[int, int], tuple[int, int]] = {}
        last_row = self.first_row + len(self.top)
        for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ():
            if r0 + 1 >= last_row or c0 >= MAX_COLUMNS:
                continue  # merged ranges matter for the header only
            for row in range(r0 + 1, min(r1 + 1, last_row) + 1):
                for col in range(c0 + 1, min(c1 + 1, MAX_COLUMNS) + 1):
                    self.merged.setdefault((row, col), (r0 + 1, c0 + 1))

    def decoded(self, number: int, values: list[object], columns: list[int] | None = None) -> list[object]:
        """The row's values (``number``: its Excel row) with legacy text in Unicode; only ``columns`` (0-based
        positions in ``values``) when given."""
        decode, row, first, copied = self.decoder.value, number - 1, self.first_col - 1, False
        plain = self.decoder.fonts is None  # then ASCII and text past Latin-1 are Unicode as they are
        for i in range(len(values)) if columns is None else (i for i in columns if i < len(values)):
            value = values[i]
            if type(value) is not str or not value or plain and value.isascii():
                continue
            if plain and PAST_LATIN1.search(value):
                self.decoder.unicode_seen = True
                continue
            if (text := decode(row, first + i, value)) is not value:
                if not copied:
                    values, copied = list(values), True
                values[i] = text
        return values

    @property
    def width(self) -> int:
        return min(self.first_col - 1 + self.sheet.width, MAX_COLUMNS) if self.sheet.width else 0

    @property
    def height(self) -> int:
        return self.first_row - 1 + self.sheet.height if self.sheet.height else 0

    def value(self, row: int, col: int) -> object:
        row, col = self.merged.get((row, col), (row, col))
        index_row, index_col = row - self.first_row, col - self.first_col
        if 0 <= index_row < len(self.top) and 0 <= index_col < len(self.top[index_row]):
            return self.top[index_row][index_col]
        return None


def _heading(sheet: SheetRows, row: int, col: int) -> str:
    return cell_values.text(sheet.value(row, col))


def _score(kind: str, headings: dict[int, str]) -> tuple[int, int]:
    """(fields recognised, how surely): the header row is the one that names the most fields, the surest."""
    matches = [match(kind, h) for h in headings.values() if h]
    return len({key for key, _ in matches} - {None}), sum(score for _, score in matches)


def _header_at(sheet: SheetRows, kind: str, top: int, width: int) -> tuple[tuple[int, int], dict[int, str], bool]:
    """(score, headings, spans two rows) for a header starting at row ``top``."""
    one = {c: _heading(sheet, top, c) for c in range(1, width + 1)}
    below = {c: _heading(sheet, top + 1, c) for c in range(1, width + 1)}
    if len({h for h in one.values() if h}) <= 2:  # a title or the national header above the table, not its header
        return _score(kind, one), one, False
    two = {}
    for c in range(1, width + 1):
        upper, lower = one[c], below[c]
        if search_key(lower) in SKIPPED_HEADINGS:  # "STT" under a heading that spans the columns stays STT
            two[c] = lower
            continue
        # Of the two rows, the more specific wording wins; "upper lower" when both are needed.
        options = [h for h in (lower, f"{upper} {lower}".strip(), upper) if h]
        two[c] = next((h for h in options if propose(kind, h)), lower or upper)
    if _score(kind, two) > _score(kind, one):
        return _score(kind, two), two, True
    return _score(kind, one), one, False


def read_table(path: Path, kind: str, sheet: str | None = None, password: str | None = None) -> Table:
    """The best-matching header row over the sheets (or the one named), the proposed mapping and the data rows."""
    workbook = open_workbook(path, password)
    if sheet is not None and sheet not in workbook.sheetnames:
        raise UserError(f"Tệp {path.name} không có trang tính “{sheet}”; có: {', '.join(workbook.sheetnames)}.")
    best: tuple[tuple[int, int], Table, SheetRows] | None = None
    for name in [sheet] if sheet else workbook.sheetnames:
        found = workbook.sheet(name)
        rows = SheetRows(found, workbook.decoder(name, found))
        for top in range(1, min(rows.height, HEADER_SCAN_ROWS) + 1):
            score, headings, two_rows = _header_at(rows, kind, top, rows.width)
            if best is None or score > best[0]:
                header_rows = (top, top + 1) if two_rows else (top,)
                best = (score, Table(name, header_rows, headings, _best_columns(kind, headings)), rows)
    required = {f.key for f in fields_of(kind) if f.required}
    if best is None or best[0][0] == 0 or not required & set(best[1].mapping.values()):
        raise UserError(f"Không tìm thấy bảng dữ liệu trong tệp {path.name}: không có dòng tiêu đề nào có các cột "
                        f"như {', '.join(f.header for f in fields_of(kind) if f.required)}. Hãy dùng mẫu "
                        "(antt template) hoặc đổi tên cột cho khớp.")
    table = best[1]
    _read_rows(best[2], table, [c for c, key in table.mapping.items() if key in required], kind)
    join_split_columns(kind, table, best[2])
    note = best[2].decoder.note(path.name)
    if note:
        table.notes.append(note)
    return table


def _best_columns(kind: str, headings: dict[int, str]) -> dict[int, str]:
    """One column per field: the surest match wins, then the leftmost (a second 'Họ tên' column stays
    unmapped, and 'Thôn' does not take the area from a column headed 'Tên thôn')."""
    scored = sorted(((score, -col, col, key) for col, h in headings.items() if h
                     for key, score in [match(kind, h)] if key), reverse=True)
    seen, result = set(), {}
    for _, _, col, key in scored:
        if key not in seen:
            seen.add(key)
            result[col] = key
    return dict(sorted(result.items()))


def _read_rows(sheet: SheetRows, table: Table, required_columns: list[int], kind: str) -> None:
    """Data rows. Not data: blank rows; rows with nothing in any required column (notes under the table); the
    numbering row under the header; sub-totals; headings of groups of rows; and from the place-and-date line,
    a signer's title or a note on, the signature block. Empty cells are None, as an empty cell is in openpyxl."""
    first = max(table.header_rows) + 1
    offset = sheet.first_col
    columns = [(c, c - offset) for c in table.headings if c - offset >= 0]
    required = [c - offset for c in required_columns if c - offset >= 0]
    positions = [i for _, i in columns]
    for number, values in enumerate(sheet.sheet.iter_rows(), start=sheet.first_row):
        if number < first:
            continue
        values = sheet.decoded(number, values, positions)
        width = len(values)
        texts = [t for _, i in columns if i < width and values[i] != "" and (t := cell_values.text(values[i]))]
        if ends_table(texts):
            break
        if all(i >= width or values[i] == "" or cell_values.text(values[i]) == "" for i in required):
            continue
        if (number <= first + 1 and is_numbering(texts)) or is_subtotal(texts):
            continue
        filled = sum(i < width and cell_values.text(values[i]) != "" for i in required)
        if kind not in SECTIONS_ARE_DATA and len(texts) <= 2 and is_section(texts, filled, len(required)):
            continue
        table.rows.append((number, {c: values[i] if i < width and values[i] != "" else None for c, i in columns}))
