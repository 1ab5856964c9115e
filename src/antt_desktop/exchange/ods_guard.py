"""Bounds on an OpenDocument spreadsheet (.ods, LibreOffice) before python-calamine reads it.

An .ods is a zip whose content.xml holds every sheet; a row or a cell may say it is repeated
(``table:number-rows-repeated``, ``table:number-columns-repeated``), so that a few bytes claim millions of
cells, which a reader then fills in. The zip is checked as a .xlsx is (parts, inflated size, compression),
then content.xml is read once as a stream, counting the rows and columns that really hold something (the
empty rows LibreOffice repeats to the sheet's end cost nothing); past any limit the file is refused whole."""

from __future__ import annotations

import zipfile
import zlib
from typing import IO
from xml.etree.ElementTree import ParseError, XMLPullParser

from antt_desktop.errors import UserError
from antt_desktop.exchange.xls_guard import MAX_SHEETS
from antt_desktop.exchange.xlsx_guard import CHUNK, MAX_CELLS, MAX_MERGED, MAX_ROWS, _check_archive, _number, unreadable

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
CELLS = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")


def is_ods(source: str | IO[bytes]) -> bool:
    """An OpenDocument spreadsheet, told by its "mimetype" part (whatever the file's name)."""
    try:
        with zipfile.ZipFile(source) as archive:
            if any(entry.lower() == "xl/workbook.xml" for entry in archive.namelist()):
                return False  # an .xlsx carrying ODS parts too is read, and checked, as the .xlsx it is
            info = archive.getinfo("mimetype")
            return info.file_size < 100 and archive.read(info).strip() == ODS_MIMETYPE
    except Exception:  # noqa: BLE001 - not a zip, or a broken one: the .xlsx check says why
        return False


def _repeat(element, name: str) -> int:  # noqa: ANN001
    try:
        return max(int(element.get(f"{TABLE}{name}", "1")), 1)
    except ValueError:
        return 1


class _Sheet:
    def __init__(self) -> None:
        self.row = self.column = self.max_row = self.max_column = self.cells = 0
        self.row_repeat, self.row_used = 1, False


def check_ods(source: str | IO[bytes], name: str) -> None:
    """Refuse, with the limit named, an .ods whose sheets claim more than any real list."""
    try:
        with zipfile.ZipFile(source) as archive:
            _check_archive(archive, name)
            with archive.open("content.xml") as stream:
                _check_content(stream, name)
    except UserError:
        raise
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError,
            zlib.error, ParseError):
        raise unreadable(name) from None


def _check_content(stream: IO[bytes], name: str) -> None:
    parser = XMLPullParser(events=("start", "end"))
    sheets, merged, sheet = 0, 0, _Sheet()
    while piece := stream.read(CHUNK):
        parser.feed(piece)
        for event, element in parser.read_events():
            tag = element.tag
            if event == "start" and tag == f"{TABLE}table":
                sheets, sheet = sheets + 1, _Sheet()
                if sheets > MAX_SHEETS:
                    raise UserError(f"Tệp {name} có hơn {MAX_SHEETS} trang tính, quá giới hạn; không nhập.")
            elif event == "start" and tag == f"{TABLE}table-row":
                sheet.column, sheet.row_repeat, sheet.row_used = 0, _repeat(element, "number-rows-repeated"), False
            elif event == "start" and tag in CELLS:
                repeat = _repeat(element, "number-columns-repeated")
                if element.get(f"{OFFICE}value-type") or element.get(f"{TABLE}formula"):
                    sheet.max_column = max(sheet.max_column, sheet.column + repeat)
                    sheet.cells += repeat * sheet.row_repeat
                    sheet.row_used = True
                if element.get(f"{TABLE}number-columns-spanned") or element.get(f"{TABLE}number-rows-spanned"):
                    merged += 1
                sheet.column += repeat
            elif event == "end" and tag == f"{TABLE}table-row":
                sheet.row += sheet.row_repeat
                if sheet.row_used:
                    sheet.max_row = sheet.row
                _check(sheet, merged, name)
            if event == "end":
                element.clear()  # memory stays that of one row


def _check(sheet: _Sheet, merged: int, name: str) -> None:
    if sheet.max_row > MAX_ROWS:
        raise UserError(f"Tệp {name} có trang tính dài tới dòng {_number(sheet.max_row)}, quá giới hạn "
                        f"{_number(MAX_ROWS)} dòng; không nhập.")
    if sheet.max_row * sheet.max_column > MAX_CELLS or sheet.cells > MAX_CELLS:
        raise UserError(f"Tệp {name} có trang tính trải trên {_number(sheet.max_row)} dòng × "
                        f"{_number(sheet.max_column)} cột, quá giới hạn {_number(MAX_CELLS)} ô; không nhập. Hãy xóa "
                        "các ô có dữ liệu lẻ ở xa bảng, hoặc chia bảng thành nhiều tệp.")
    if merged > MAX_MERGED:
        raise UserError(f"Tệp {name} có {_number(merged)} vùng gộp ô, quá giới hạn {_number(MAX_MERGED)}; không nhập. "
                        "Hãy bỏ gộp ô (Merge) trong bảng rồi thử lại.")
