"""Which cells of a .xlsx sheet are written in a TCVN3 or VNI font, read cheaply from the parts themselves.

python-calamine gives values only. The fonts are in styles.xml (each cell style, ``s="…"`` on the cell,
names a font) and in the rich text runs of shared strings; both are small to read, and the sheet is scanned
for the ``s`` of its cells only when some style or run uses such a font (most workbooks: never). Called on
a workbook that ``xlsx_guard`` has bounded."""

from __future__ import annotations

import io
import re
import zipfile
from itertools import islice
from posixpath import join, normpath
from typing import IO
from xml.etree import ElementTree

from antt_desktop.domain.legacy_text import font_encoding
from antt_desktop.errors import UserError
from antt_desktop.exchange.xlsx_guard import CHUNK, _chunks

# A cell: its column letters and row (r is written first by every spreadsheet), its other attributes, and the
# number in <v> (a shared string's index) when there is one.
_CELL = re.compile(rb'<(?:\w+:)?c r="([A-Za-z]{1,3})(\d+)"([^>]*)>(?:<(?:\w+:)?v>(\d+)<)?')
_STYLE = re.compile(rb'\bs="(\d+)"')
_LEGACY_FONT = re.compile(rb'val="(?:\.vn|vni[- _])', re.IGNORECASE)
_RUN = re.compile(rb"<(?:\w+:)?r[\s>]")
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


MAX_FONTS = 1_024  # Excel allows 1,024 fonts in a workbook
MAX_CELL_STYLES = 64_000  # and 64,000 cell formats
MAX_RUNS = 500_000  # rich-text runs in all shared strings (a list of 100,000 names in rich text: 300,000)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Part:
    """A parser target that sees each element as the part streams by and keeps nothing but what it counts, so a
    part of millions of fonts or runs costs no memory; a DTD (entities that multiply text) is refused."""

    def __init__(self, name: str) -> None:
        self.name, self.path = name, []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.path.append(_local(tag))
        self.opened(self.path, attributes)

    def end(self, _tag: str) -> None:
        self.closed(self.path)
        self.path.pop()

    def doctype(self, *_: object) -> None:
        raise self.refusal()

    def opened(self, path: list[str], attributes: dict[str, str]) -> None: ...

    def closed(self, path: list[str]) -> None: ...

    def close(self) -> None:
        return None

    def refusal(self) -> UserError:
        return UserError(f"Tệp {self.name}: phần định dạng (phông chữ, kiểu ô, chữ nhiều định dạng) quá lớn hoặc "
                         "không đúng dạng Excel; không nhập. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi "
                         "thử lại.")

    def read(self, source: IO[bytes]) -> None:
        parser = ElementTree.XMLParser(target=self)
        while piece := source.read(CHUNK):
            parser.feed(piece)
        parser.close()


class _Styles(_Part):
    """Cell style index → encoding of its font, for the styles whose font is a legacy one."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.fonts: list[str | None] = []
        self.font: str | None = None
        self.styles: dict[int, str] = {}
        self.count = 0

    def opened(self, path: list[str], attributes: dict[str, str]) -> None:
        if path[1:3] == ["fonts", "font"] and path[3:] in (["name"], ["rFont"]):
            self.font = attributes.get("val")
        elif path[1:] == ["cellXfs", "xf"]:
            font = int(attributes.get("fontId", "0") or 0)
            if 0 <= font < len(self.fonts) and self.fonts[font]:
                self.styles[self.count] = self.fonts[font]
            self.count += 1
            if self.count > MAX_CELL_STYLES:
                raise self.refusal()

    def closed(self, path: list[str]) -> None:
        if path[1:] == ["fonts", "font"]:
            self.fonts.append(font_encoding(self.font))
            self.font = None
            if len(self.fonts) > MAX_FONTS:
                raise self.refusal()


class _Strings(_Part):
    """Shared string index → encoding, for strings with a rich text run in a legacy font."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.index, self.runs = -1, 0
        self.found: dict[int, str] = {}

    def opened(self, path: list[str], attributes: dict[str, str]) -> None:
        if len(path) == 2:
            self.index += 1
        elif path[1:] == ["si", "r"]:
            self.runs += 1
            if self.runs > MAX_RUNS:
                raise self.refusal()
        elif path[1:4] == ["si", "r", "rPr"] and path[4:] in (["rFont"], ["name"]):
            encoding = font_encoding(attributes.get("val"))
            if encoding:
                self.found.setdefault(self.index, encoding)


def _sheet_part(archive: zipfile.ZipFile, names: dict[str, str], sheet: str) -> str | None:
    workbook = ElementTree.fromstring(archive.read(names["xl/workbook.xml"]))
    rel_id = next((e.get(_RELATIONSHIP_ID) for e in workbook.iter() if _local(e.tag) == "sheet"
                   and e.get("name") == sheet), None)
    rels_name = names.get("xl/_rels/workbook.xml.rels")
    if rel_id is None or rels_name is None:
        return None
    for rel in ElementTree.fromstring(archive.read(rels_name)):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
            return names.get(path.lower())
    return None


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number - 1


def legacy_cells(source: str | IO[bytes], sheet: str, name: str) -> dict[tuple[int, int], str] | None:
    """(row, column), 0-based → encoding, for the cells of ``sheet`` in a legacy font; None when there are none."""
    with zipfile.ZipFile(source) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        styles: dict[int, str] = {}
        if "xl/styles.xml" in names:
            with archive.open(names["xl/styles.xml"]) as stream:
                found = _Styles(name)
                found.read(stream)
                styles = found.styles
        strings: dict[int, str] = {}
        shared = names.get("xl/sharedstrings.xml")
        if shared is not None:
            data = archive.read(shared)
            if _LEGACY_FONT.search(data):
                found_strings = _Strings(name)
                if next(islice(_RUN.finditer(data), MAX_RUNS, None), None):  # counted first: parsing them takes long
                    raise found_strings.refusal()
                found_strings.read(io.BytesIO(data))
                strings = found_strings.found
        if not styles and not strings:
            return None
        part = _sheet_part(archive, names, sheet)
        if part is None:
            return None
        cells: dict[tuple[int, int], str] = {}
        columns: dict[bytes, int] = {}
        with archive.open(part) as stream:
            for piece in _chunks(stream):
                for letters, row, attributes, value in _CELL.findall(piece):
                    style = _STYLE.search(attributes) if b"s=" in attributes else None
                    encoding = styles.get(int(style.group(1))) if style else None
                    if value and strings and b't="s"' in attributes:
                        encoding = strings.get(int(value), encoding)
                    if encoding:
                        column = columns.get(letters)
                        if column is None:
                            column = columns[letters] = _column(letters)
                        cells[(int(row) - 1, column)] = encoding
    return cells or None
