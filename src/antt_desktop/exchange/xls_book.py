"""An old Excel workbook (.xls) read by xlrd, once ``xls_guard`` has bounded it, and shown to the table finder
with the same face as a python-calamine sheet (start, width, height, rows of values, merged ranges), plus the
legacy encoding (TCVN3, VNI) each cell's font tells."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import xlrd
from xlrd.xldate import xldate_as_datetime

from antt_desktop.domain.legacy_text import font_encoding
from antt_desktop.exchange.xls_guard import broken, measure, workbook_stream


class XlsSheet:
    def __init__(self, book: xlrd.Book, sheet: xlrd.sheet.Sheet, xf_encodings: list[str | None],
                 font_encodings: list[str | None]) -> None:
        self._book, self._sheet = book, sheet
        self._xf_encodings, self._font_encodings = xf_encodings, font_encodings
        self.start = (0, 0)
        self.height = sheet.nrows
        self.width = max((sheet.row_len(r) for r in range(sheet.nrows)), default=0)
        self.merged_cell_ranges = [((r0, c0), (r1 - 1, c1 - 1)) for r0, r1, c0, c1 in sheet.merged_cells]
        self.has_legacy_fonts = any(xf_encodings) or any(font_encodings)

    def _value(self, kind: int, value: object) -> object:
        if kind == xlrd.XL_CELL_TEXT:
            return value
        if kind == xlrd.XL_CELL_NUMBER:
            return int(value) if float(value).is_integer() else value
        if kind == xlrd.XL_CELL_DATE:
            try:
                moment = xldate_as_datetime(value, self._book.datemode)
            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                return value
            return moment.date() if moment == datetime(moment.year, moment.month, moment.day) else moment
        if kind == xlrd.XL_CELL_BOOLEAN:
            return bool(value)
        return ""  # empty, blank, or an error value (#N/A…)

    def iter_rows(self) -> Iterator[list[object]]:
        for row in range(self._sheet.nrows):
            types, values = self._sheet.row_types(row), self._sheet.row_values(row)
            yield [self._value(kind, value) for kind, value in zip(types, values, strict=True)]

    def font_encoding(self, row: int, col: int) -> str | None:
        """TCVN3 / VNI when the cell (0-based) is written in such a font, or in rich text runs of one."""
        if not self.has_legacy_fonts:
            return None
        runs = self._sheet.rich_text_runlist_map.get((row, col))
        if runs:
            found = [self._font_encodings[font] for _, font in runs if font < len(self._font_encodings)]
            if any(found):
                return next(e for e in found if e)
        try:
            return self._xf_encodings[self._sheet.cell_xf_index(row, col)]
        except IndexError:
            return None


class XlsBook:
    """A checked .xls: sheets read when asked for, one at a time."""

    def __init__(self, data: bytes, name: str) -> None:
        stream = workbook_stream(data, name)
        measure(stream, name)
        try:
            # The bare BIFF stream: xlrd reads it as it is, so only olefile parsed the container.
            self.book = xlrd.open_workbook(file_contents=stream, formatting_info=True, on_demand=True,
                                           ragged_rows=True, logfile=_Quiet())
            fonts = [font_encoding(font.name) for font in self.book.font_list]
            self._font_encodings = fonts
            self._xf_encodings = [fonts[xf.font_index] if xf.font_index < len(fonts) else None
                                  for xf in self.book.xf_list]
            self.sheetnames = self.book.sheet_names()  # worksheets only: xlrd leaves charts and macros out
        except Exception:  # noqa: BLE001 - hostile records break the reader in many ways
            raise broken(name) from None
        self.name = name

    def sheet(self, name: str) -> XlsSheet:
        """The sheet, read now; the book lets go of any sheet read before (only the caller keeps it)."""
        try:
            for loaded in [n for n in self.sheetnames if n != name and self.book.sheet_loaded(n)]:
                self.book.unload_sheet(loaded)
            sheet = self.book.sheet_by_name(name)
            return XlsSheet(self.book, sheet, self._xf_encodings, self._font_encodings)
        except Exception:  # noqa: BLE001 - as above
            raise broken(self.name) from None


class _Quiet:
    """xlrd writes warnings about odd records to a log file; they mean nothing to the person importing."""

    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        pass
