"""Bounds on a workbook before any reader opens it, so that memory and time follow the cells really written.

A .xlsx is a zip of XML parts, and a few bytes of it can claim a great deal: a part that inflates a
thousandfold, a cell at row 1,048,576 (a reader that keeps the sheet as a rectangle allocates every cell in
between), one long shared string repeated in every cell, tens of thousands of merged ranges. Each part is
inflated once, as a stream, and its tags are counted; a workbook past any limit is refused whole, the limit
named, before it is read."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from antt_desktop.errors import UserError

MAX_ENTRIES = 1_000
MAX_PART_BYTES = 256 * 2**20  # one inflated part (a sheet of 100,000 members is about 50 MiB)
MAX_TOTAL_BYTES = 512 * 2**20
MAX_SHARED_STRINGS_BYTES = 64 * 2**20
MAX_SHARED_STRINGS = 2_000_000
MAX_RATIO = 100  # inflated / compressed, for parts over RATIO_FROM bytes (real sheets: 5–20)
RATIO_FROM = 2**20
MAX_ROWS = 200_000
MAX_CELLS = 4_000_000  # rows × columns of a sheet's used rectangle
MAX_MERGED = 10_000
MAX_STRING_BYTES = 256 * 2**20  # text of the shared strings as the cells repeat them
CHUNK = 4 * 2**20

# Tags written with a namespace prefix (<x:c>) are found by the general patterns; the usual unprefixed ones
# by patterns that start with a literal, which the regular expression engine finds several times faster.
PREFIXED = re.compile(rb'<[A-Za-z_][\w.-]*:(?:row|c|mergeCell|si|v)\b')
FAST_ROW_NUMBER = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
FAST_ROW_WITHOUT_NUMBER = re.compile(rb'<row\b(?![^>]*\br=")')
FAST_CELL_REF = re.compile(rb'<c r="([A-Za-z]{1,3})(\d+)"[^>/]*>')  # r first, as every spreadsheet writes it
FAST_SHARED_INDEX = re.compile(rb'\bt="s"[^>]*>\s*<v>\s*(\d+)')
ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
ROW_WITHOUT_NUMBER = re.compile(rb'<(?:\w+:)?row\b(?![^>]*\br=")')
# A cell with content (<c …/> is formatting only); its column letters and row number.
CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Za-z]{1,3})(\d+)"[^>/]*>')
CELL_WITHOUT_REF = re.compile(rb'<(?:\w+:)?c\b(?![^>]*\br=")[^>/]*>')
SHARED_INDEX = re.compile(rb'<(?:\w+:)?c\b[^>]*\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d+)')
MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b')
STRING_ITEM = re.compile(rb'<(?:\w+:)?si\b')


def unreadable(name: str) -> UserError:
    """A file that is not a workbook read here, said in Vietnamese (the libraries' own words are English)."""
    return UserError(f"Không đọc được tệp {name}: tệp bị hỏng, có mật khẩu hoặc không phải tệp Excel (.xlsx, .xls). "
                     "Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi thử lại.")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


@dataclass
class SheetShape:
    """What a worksheet part really holds: its used rectangle, cells and merged ranges."""

    max_row: int = 0
    max_column: int = 0
    rows_without_number: int = 0
    cells_without_reference: int = 0
    merged: int = 0
    string_cells: int = 0
    repeated_bytes: int = 0  # the shared strings' text, once per cell that shows it

    @property
    def rows(self) -> int:
        return self.max_row + self.rows_without_number

    @property
    def columns(self) -> int:
        # A cell without a reference follows the previous one; at worst they all sit in one row.
        return self.max_column + self.cells_without_reference


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The part in pieces that each end before a tag (a tag never straddles two pieces)."""
    carry = b""
    while piece := stream.read(CHUNK):
        piece = carry + piece
        cut = piece.rfind(b"<")
        cut = len(piece) if cut <= 0 else cut
        carry = piece[cut:]
        yield piece[:cut]
    if carry:
        yield carry


def _scan_strings(stream: IO[bytes], name: str) -> list[int]:
    """The size in bytes of each shared string, in order (an upper bound of its text)."""
    sizes: list[int] = []
    for piece in _chunks(stream):
        starts = [m.start() for m in STRING_ITEM.finditer(piece)]
        if starts:
            sizes.extend(b - a for a, b in zip(starts, [*starts[1:], len(piece)], strict=True))
        if len(sizes) > MAX_SHARED_STRINGS:
            raise UserError(f"Tệp {name} có hơn {_number(MAX_SHARED_STRINGS)} đoạn chữ dùng chung, quá giới hạn; "
                            "không nhập. Hãy chia bảng thành nhiều tệp.")
    return sizes


def _scan_part(stream: IO[bytes], shape: SheetShape, string_sizes: list[int]) -> None:
    for piece in _chunks(stream):
        general = PREFIXED.search(piece) is not None
        numbers = (ROW_NUMBER if general else FAST_ROW_NUMBER).findall(piece)
        if numbers:
            shape.max_row = max(shape.max_row, max(map(int, numbers)))
        shape.rows_without_number += len((ROW_WITHOUT_NUMBER if general else FAST_ROW_WITHOUT_NUMBER).findall(piece))
        cells = piece.count(b"<c ") + piece.count(b"<c>")
        if not general and cells == piece.count(b'<c r="'):
            refs = FAST_CELL_REF.findall(piece)
        else:
            refs = CELL_REF.findall(piece)
            shape.cells_without_reference += len(CELL_WITHOUT_REF.findall(piece))
        if refs:
            columns, rows = zip(*refs, strict=True)
            shape.max_row = max(shape.max_row, max(map(int, set(rows))))
            widest = max(set(columns), key=lambda letters: (len(letters), letters.upper()))
            shape.max_column = max(shape.max_column, _column_number(widest))
        shape.merged += len(MERGE.findall(piece)) if general else piece.count(b"<mergeCell ")
        count = len(string_sizes)
        for index in (SHARED_INDEX if general else FAST_SHARED_INDEX).findall(piece):
            shape.string_cells += 1
            shape.repeated_bytes += string_sizes[int(index)] if int(index) < count else 0
        if shape.rows > MAX_ROWS or shape.string_cells > MAX_CELLS or shape.repeated_bytes > MAX_STRING_BYTES:
            return  # past a limit already: no need to read the rest


def _is_opendocument(archive: zipfile.ZipFile) -> bool:
    """An OpenDocument file (.ods, or a text or drawing), told by its parts, whatever its name."""
    names = {entry.lower() for entry in archive.namelist()}
    if "mimetype" in names:
        info = next(i for i in archive.infolist() if i.filename.lower() == "mimetype")
        if info.file_size < 100 and archive.read(info).startswith(b"application/vnd.oasis.opendocument"):
            return True
    return "content.xml" in names and "meta-inf/manifest.xml" in names


def check_workbook(source: str | IO[bytes], name: str) -> None:
    """Refuse, with the limit named, a workbook whose parts or sheets are larger than any real one."""
    try:
        archive = zipfile.ZipFile(source)
    except Exception:  # noqa: BLE001 - hostile bytes break the zip parser in many ways
        # Never left to the reader: a zip this check cannot open would be read without its bounds.
        raise unreadable(name) from None
    with archive:
        if not any(entry.lower() == "xl/workbook.xml" for entry in archive.namelist()):
            if _is_opendocument(archive):
                raise UserError(f"Tệp {name} là bảng tính OpenDocument (.ods); phần mềm chỉ nhập tệp Excel. Hãy mở "
                                "tệp bằng LibreOffice hoặc Excel, chọn Lưu thành… (Save As) dạng Excel (.xlsx) rồi "
                                "nhập tệp .xlsx đó.")
            # A binary workbook (.xlsb), or a zip of something else: these bounds cannot see its cells
            raise UserError(f"Tệp {name} không phải tệp Excel .xlsx (có thể là tệp .xlsb); không nhập. Hãy "
                            "mở bằng Excel hoặc LibreOffice và lưu lại dạng Excel (.xlsx).")
        _check_archive(archive, name)
        total_merged, string_sizes, shapes = 0, [], []
        parts = [info for info in archive.infolist() if not info.filename.endswith("/")]  # is_dir() fails on ""
        try:
            for info in parts:
                if info.filename.lower().endswith("sharedstrings.xml"):
                    with archive.open(info) as stream:
                        string_sizes = _scan_strings(stream, name)
            for info in parts:
                shape = SheetShape()
                with archive.open(info) as stream:
                    _scan_part(stream, shape, string_sizes)
                total_merged += shape.merged
                shapes.append(shape)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError,
                zlib.error):
            raise UserError(f"Không đọc được tệp {name}: tệp bị hỏng hoặc nén theo cách lạ. "
                            "Hãy mở bằng Excel và lưu lại.") from None
        if total_merged > MAX_MERGED:
            raise UserError(f"Tệp {name} có {_number(total_merged)} vùng gộp ô, quá giới hạn "
                            f"{_number(MAX_MERGED)}; không nhập. Hãy bỏ gộp ô (Merge) trong bảng rồi thử lại.")
        for shape in shapes:
            _check_sheet(shape, name)


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise UserError(f"Tệp {name} chứa {_number(len(entries))} phần, quá giới hạn {_number(MAX_ENTRIES)} của "
                        "một tệp Excel; không nhập.")
    total = 0
    for info in entries:
        limit = MAX_SHARED_STRINGS_BYTES if info.filename.lower().endswith("sharedstrings.xml") else MAX_PART_BYTES
        if info.file_size > limit:
            raise UserError(f"Tệp {name}: phần “{info.filename[:80]}” giải nén ra {info.file_size // 2**20} MiB, "
                            f"quá giới hạn {limit // 2**20} MiB; không nhập. Hãy chia bảng thành nhiều tệp.")
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UserError(f"Tệp {name}: phần “{info.filename[:80]}” nén hơn {MAX_RATIO} lần (tệp Excel thật không "
                            "như vậy, đây có thể là tệp gây hại); không nhập.")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise UserError(f"Tệp {name} giải nén ra {total // 2**20} MiB, quá giới hạn {MAX_TOTAL_BYTES // 2**20} MiB; "
                        "không nhập. Hãy chia bảng thành nhiều tệp.")


def _check_sheet(shape: SheetShape, name: str) -> None:
    if shape.rows > MAX_ROWS:
        raise UserError(f"Tệp {name} có trang tính dài tới dòng {_number(shape.rows)}, quá giới hạn "
                        f"{_number(MAX_ROWS)} dòng; không nhập. Hãy chia bảng thành nhiều tệp (hoặc xóa các ô "
                        "có dữ liệu lẻ ở cuối trang).")
    cells = shape.rows * shape.columns
    if cells > MAX_CELLS:
        raise UserError(f"Tệp {name} có trang tính trải trên {_number(shape.rows)} dòng × {_number(shape.columns)} "
                        f"cột, quá giới hạn {_number(MAX_CELLS)} ô; không nhập. Hãy xóa các ô có dữ liệu lẻ ở xa "
                        "bảng, hoặc chia bảng thành nhiều tệp.")
    if shape.repeated_bytes > MAX_STRING_BYTES:
        raise UserError(f"Tệp {name}: chữ trong các ô cộng lại quá {MAX_STRING_BYTES // 2**20} MiB; không nhập. "
                        "Hãy chia bảng thành nhiều tệp.")
