"""Bounds on an old Excel workbook (.xls, Excel 97–2003) before any reader opens it.

A .xls is an OLE2 compound file holding one "Workbook" stream of BIFF records, each a 4-byte header (type,
length) and its data. A few bytes can claim a great deal: a DIMENSIONS record saying the sheet spans millions
of rows, a merged range to the last row, a thousand sheets, a shared string whose lengths send xlrd round
and round, two sheet entries pointing at the same records (read again for each). The stream is taken out of
the container by olefile and its records are walked cheaply: once for the workbook's own records (sheets,
shared strings, cell styles, fonts, number formats), then each sheet from where its entry points to its EOF,
as xlrd reads it, counting every record xlrd keeps an object for. A workbook past any limit, truncated or
encrypted, is refused whole, the reason named, before xlrd reads it."""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from dataclasses import dataclass

import olefile

from antt_desktop.errors import UserError
from antt_desktop.exchange.xls_strings import check_strings
from antt_desktop.exchange.xlsx_guard import MAX_CELLS, MAX_MERGED, MAX_PART_BYTES, MAX_ROWS, _number

MAX_SHEETS = 255
MAX_CELL_RECORDS = 2_000_000  # cells written in all sheets (xlrd keeps each one as a Python object)
MAX_STRINGS = MAX_CELL_RECORDS  # shared strings: at most one per cell
MAX_RUNS = 500_000  # rich-text runs in the shared strings, as in a .xlsx
MAX_XF = 16_384  # cell styles: Excel 97–2003 keeps at most 4,000 formats in a workbook (xlrd: ~3 KB each)
MAX_FONTS = 1_024  # Excel 97–2003 allows 512 fonts in a workbook
MAX_NAMED = 16_384  # number formats (Excel 97–2003 keeps 250 at most) and named ranges, each kept by xlrd
BIFF8_ROWS, BIFF8_COLUMNS = 65_536, 256

FILEPASS, BOUNDSHEET, DIMENSIONS, MERGEDCELLS, ROW = 0x002F, 0x0085, 0x0200, 0x00E5, 0x0208
EOF_RECORD, SST, CONTINUE = 0x000A, 0x00FC, 0x003C
BOF_RECORDS = {0x0809, 0x0409, 0x0209, 0x0009}
XF_RECORDS = {0x00E0, 0x0043, 0x0243, 0x0443}  # BIFF8/5, BIFF2, BIFF3, BIFF4
FONT_RECORDS = {0x0031, 0x0231}
NAMED_RECORDS = {0x041E, 0x001E, 0x0018}  # FORMAT (BIFF4–8, BIFF2–3), NAME
# Sheet records xlrd keeps an object for, each costing what a cell costs: ROW (and BIFF2's), NOTE, HLINK, OBJ,
# TXO, QUICKTIP; COLINFO fills in one entry per column it spans.
KEPT = {ROW, 0x0008, 0x001C, 0x01B8, 0x005D, 0x01B6, 0x0800}
COLINFO = 0x007D
# Every record xlrd turns into a cell or a run of cells in a row: row (2 bytes) and first column (2 bytes) first.
# LABELSST NUMBER RK FORMULA (BIFF2–8 codes) BLANK LABEL BOOLERR RSTRING, and the BIFF2 BLANK INTEGER NUMBER
# LABEL BOOLERR, which xlrd's sheet reader takes in any workbook.
CELLS = {0x00FD, 0x0203, 0x027E, 0x0006, 0x0206, 0x0406, 0x0201, 0x0204, 0x0205, 0x00D6,
         0x0001, 0x0002, 0x0003, 0x0004, 0x0005}
RUNS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: the last column is in the record's last 2 bytes
ROWS = {ROW, 0x0008}  # ROW, and BIFF2's


class EncryptedXls(UserError):
    """The .xls is encrypted (FILEPASS): it must be decrypted with its password first."""


@dataclass
class XlsShape:
    sheets: int = 0
    cells: int = 0
    merged: int = 0
    max_row: int = 0  # 1-based, over all sheets (a forged BOF record cannot reset what was counted)
    max_column: int = 0


def workbook_stream(data: bytes, name: str) -> bytes:
    """The BIFF "Workbook" (or Excel 5 "Book") stream of an OLE2 file, bounded in size."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
            if stream is None:
                raise UserError(f"Tệp {name} không phải tệp Excel (có thể là tệp Word hoặc tệp Office khác); "
                                "không nhập. Hãy chọn đúng tệp Excel.")
            if ole.get_size(stream) > MAX_PART_BYTES:
                raise UserError(f"Tệp {name} quá lớn ({ole.get_size(stream) // 2**20} MiB dữ liệu bảng); không nhập. "
                                "Hãy chia bảng thành nhiều tệp.")
            return ole.openstream(stream).read()
    except UserError:
        raise
    except Exception:  # noqa: BLE001 - hostile bytes break the container's parser in many ways
        raise broken(name) from None


def broken(name: str) -> UserError:
    return UserError(f"Không đọc được tệp {name}: tệp Excel cũ (.xls) bị hỏng hoặc không trọn vẹn. Hãy mở bằng Excel "
                     "hoặc LibreOffice, lưu lại (dạng .xlsx càng tốt) rồi thử lại.")


def _records(stream: bytes, position: int, name: str) -> Iterator[tuple[int, int, int]]:
    """(type, start of data, length) of each record from ``position`` to the end of the stream."""
    size = len(stream)
    while position + 4 <= size:
        kind, length = struct.unpack_from("<HH", stream, position)
        body = position + 4
        position = body + length
        if position > size:
            raise broken(name)
        yield kind, body, length


def measure(stream: bytes, name: str) -> XlsShape:
    """Walk the records; raise at the first limit passed, so the walk itself stays short."""
    shape, offsets, xf, fonts, named = XlsShape(), [], 0, 0, 0
    records = _records(stream, 0, name)
    for kind, body, length in records:
        if kind == FILEPASS:
            raise EncryptedXls(f"Tệp {name} được đặt mật khẩu; hãy nhập mật khẩu của tệp để mở.")
        if kind == BOUNDSHEET and length >= 4:
            offsets.append(struct.unpack_from("<I", stream, body)[0])
            if len(offsets) > MAX_SHEETS:
                raise UserError(f"Tệp {name} có hơn {MAX_SHEETS} trang tính, quá giới hạn; không nhập. Hãy để bảng "
                                "cần nhập trong một tệp riêng.")
        elif kind in XF_RECORDS:
            xf += 1
        elif kind in FONT_RECORDS:
            fonts += 1
        elif kind in NAMED_RECORDS:
            named += 1
            if named > MAX_NAMED:
                raise UserError(f"Tệp {name} có hơn {_number(MAX_NAMED)} định dạng số và tên vùng, quá mức Excel "
                                "cho phép; không nhập. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi "
                                "thử lại.")
        elif kind == SST:
            _check_strings(stream, body, length, name)
        if xf > MAX_XF:
            raise UserError(f"Tệp {name} có hơn {_number(MAX_XF)} kiểu định dạng ô, quá mức một tệp Excel có thể "
                            "dùng; không nhập. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi thử lại.")
        if fonts > MAX_FONTS:
            raise UserError(f"Tệp {name} có hơn {_number(MAX_FONTS)} phông chữ, quá mức Excel cho phép; không nhập. "
                            "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi thử lại.")
    if not offsets:
        raise broken(name)
    shape.sheets = len(offsets)
    _measure_sheets(stream, offsets, shape, name)
    return shape


def _check_strings(stream: bytes, body: int, length: int, name: str) -> None:
    """The shared-string table with the CONTINUE records that follow it, each string's lengths bounded."""
    pieces, position = [stream[body:body + length]], body + length
    for kind, start, size in _records(stream, position, name):
        if kind != CONTINUE:
            break
        pieces.append(stream[start:start + size])
    check_strings(pieces, MAX_STRINGS, MAX_RUNS, broken(name))


def _measure_sheets(stream: bytes, offsets: list[int], shape: XlsShape, name: str) -> None:
    """Each sheet's records, from where its entry points to its end (EOF), as xlrd reads them. Sheets never
    share records: two entries at one place (or one inside another) would make xlrd read the same cells again
    and again, so the file is refused."""
    end = 0
    for offset in sorted(offsets):
        if offset < end or offset >= len(stream):
            raise broken(name)
        end = _measure_sheet(stream, offset, shape, name)


def _measure_sheet(stream: bytes, offset: int, shape: XlsShape, name: str) -> int:
    """Count one sheet's cells into ``shape``; where its records end. As in xlrd, the sheet's own BOF comes
    first, and a chart inside it (another BOF) is skipped to its EOF."""
    end, embedded = len(stream), False
    for number, (kind, body, length) in enumerate(_records(stream, offset, name)):
        rows = columns = 0
        if embedded:
            embedded = kind != EOF_RECORD
            continue
        if kind in BOF_RECORDS and number:
            embedded = True
            continue
        if kind == EOF_RECORD:
            end = body + length
            break
        if kind == DIMENSIONS and length >= 14:
            _, last_row, _, last_column = struct.unpack_from("<IIHH", stream, body)
            if last_row > BIFF8_ROWS or last_column > BIFF8_COLUMNS:
                raise broken(name)  # past what the format can hold: forged
        elif kind == MERGEDCELLS and length >= 2:
            (count,) = struct.unpack_from("<H", stream, body)
            shape.merged += count
            for index in range(min(count, (length - 2) // 8)):
                _, last_row, _, last_column = struct.unpack_from("<HHHH", stream, body + 2 + 8 * index)
                rows, columns = max(rows, last_row + 1), max(columns, last_column + 1)
        elif kind in ROWS and length >= 2:
            rows = struct.unpack_from("<H", stream, body)[0] + 1
            shape.cells += 1
        elif kind in KEPT:
            shape.cells += 1
        elif kind == COLINFO and length >= 4:
            first, last = struct.unpack_from("<HH", stream, body)
            shape.cells += max(min(last, 255) - first + 1, 1)
        elif (kind in CELLS and length >= 4) or (kind in RUNS and length >= 6):
            row, column = struct.unpack_from("<HH", stream, body)
            if kind in RUNS:
                last = struct.unpack_from("<H", stream, body + length - 2)[0]
                shape.cells += max(last - column + 1, 1)
                column = max(column, last)
            else:
                shape.cells += 1
            rows, columns = row + 1, column + 1
        else:
            continue
        shape.max_row, shape.max_column = max(shape.max_row, rows), max(shape.max_column, columns)
        _check(shape, name)
    return end


def _check(shape: XlsShape, name: str) -> None:
    if shape.max_row > MAX_ROWS:
        raise UserError(f"Tệp {name} có trang tính dài tới dòng {_number(shape.max_row)}, quá giới hạn "
                        f"{_number(MAX_ROWS)} dòng; không nhập.")
    if shape.max_row * shape.max_column > MAX_CELLS:
        raise UserError(f"Tệp {name} có trang tính trải trên {_number(shape.max_row)} dòng × "
                        f"{_number(shape.max_column)} cột, quá giới hạn {_number(MAX_CELLS)} ô; không nhập. Hãy xóa "
                        "các ô có dữ liệu lẻ ở xa bảng (cả ô gộp), hoặc chia bảng thành nhiều tệp.")
    if shape.cells > MAX_CELL_RECORDS:
        raise UserError(f"Tệp {name} có hơn {_number(MAX_CELL_RECORDS)} ô có dữ liệu, quá giới hạn; không nhập. Hãy "
                        "chia bảng thành nhiều tệp.")
    if shape.merged > MAX_MERGED:
        raise UserError(f"Tệp {name} có {_number(shape.merged)} vùng gộp ô, quá giới hạn {_number(MAX_MERGED)}; "
                        "không nhập. Hãy bỏ gộp ô (Merge) trong bảng rồi thử lại.")
