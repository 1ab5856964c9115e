"""Old Excel workbooks (.xls) for tests: written with xlwt, and forged record by record for the attacks.

A .xls is an OLE2 container holding a "Workbook" stream of BIFF records (type, length, data). ``forge``
takes the stream xlwt would write, lets a test change its records, puts the sheets' positions right again
and wraps it in a container, so the forged file is valid everywhere but where the test broke it."""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Sequence
from pathlib import Path

import xlwt
from xlwt.CompoundDoc import XlsDoc

BOF, BOUNDSHEET, DIMENSIONS, NUMBER, MERGEDCELLS, FILEPASS = 0x0809, 0x0085, 0x0200, 0x0203, 0x00E5, 0x002F
SST = 0x00FC
Record = tuple[int, bytes]


def workbook(rows: Sequence[Sequence[object]], font: str | None = None, sheet: str = "Danh sách",
             date_format: str = "dd/mm/yyyy", merges: Sequence[tuple[int, int, int, int]] = ()) -> xlwt.Workbook:
    """One sheet of ``rows`` (row 1 first); text in ``font`` when given; dates as dates; ``merges``: ranges
    (first row, last row, first column, last column), 0-based, merged as Excel merges a header."""
    book = xlwt.Workbook(encoding="utf-8")
    page = book.add_sheet(sheet)
    text = xlwt.easyxf(f"font: name {font}") if font else xlwt.Style.default_style
    day = xlwt.easyxf(num_format_str=date_format)
    for r, line in enumerate(rows):
        for c, value in enumerate(line):
            if value is None:
                continue
            page.write(r, c, value, day if hasattr(value, "year") else text if isinstance(value, str) else
                       xlwt.Style.default_style)
    for first_row, last_row, first_column, last_column in merges:
        page.merge(first_row, last_row, first_column, last_column)
    return book


def records(stream: bytes) -> list[Record]:
    found, position = [], 0
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        found.append((kind, stream[position + 4:position + 4 + length]))
        position += 4 + length
    return found


def joined(found: list[Record]) -> bytes:
    """The stream of ``found``, each BOUNDSHEET pointing at its sheet's BOF where it now is."""
    positions, position = [], 0
    for index, (kind, data) in enumerate(found):
        if kind == BOF and index > 0:
            positions.append(position)
        position += 4 + len(data)
    out, sheets = [], iter(positions)
    for kind, data in found:
        if kind == BOUNDSHEET:
            data = struct.pack("<I", next(sheets, 0)) + data[4:]
        out.append(struct.pack("<HH", kind, len(data)) + data)
    return b"".join(out)


def container(stream: bytes) -> bytes:
    out = io.BytesIO()
    XlsDoc().save(out, stream)
    return out.getvalue()


def forge(path: Path, book: xlwt.Workbook, change: Callable[[list[Record]], list[Record]] = lambda r: r) -> Path:
    path.write_bytes(container(joined(change(records(book.get_biff_data())))))
    return path


def after_first(kind: int, new: Record) -> Callable[[list[Record]], list[Record]]:
    """A change putting ``new`` after the first record of type ``kind`` (after the last one when ``kind`` is the
    sheet's DIMENSIONS)."""
    def change(found: list[Record]) -> list[Record]:
        index = next(i for i, (k, _) in enumerate(found) if k == kind)
        return [*found[:index + 1], new, *found[index + 1:]]
    return change
