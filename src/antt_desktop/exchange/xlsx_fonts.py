"""Which cells of a .xlsx sheet are written in a TCVN3 or VNI font, read cheaply from the parts themselves.

python-calamine gives values only. The fonts are in styles.xml (each cell style, ``s="…"`` on the cell,
names a font) and in the rich text runs of shared strings; both are small to read, and the sheet is scanned
for the ``s`` of its cells only when some style or run uses such a font (most workbooks: never). Called on
a workbook that ``xlsx_guard`` has bounded."""

from __future__ import annotations

import re
import zipfile
from posixpath import join, normpath
from typing import IO
from xml.etree import ElementTree

from antt_desktop.domain.legacy_text import font_encoding
from antt_desktop.exchange.xlsx_guard import _chunks

# A cell: its column letters and row (r is written first by every spreadsheet), its other attributes, and the
# number in <v> (a shared string's index) when there is one.
_CELL = re.compile(rb'<(?:\w+:)?c r="([A-Za-z]{1,3})(\d+)"([^>]*)>(?:<(?:\w+:)?v>(\d+)<)?')
_STYLE = re.compile(rb'\bs="(\d+)"')
_LEGACY_FONT = re.compile(rb'val="(?:\.vn|vni[- _])', re.IGNORECASE)
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _font_name(element: ElementTree.Element) -> str | None:
    return next((child.get("val") for child in element if _local(child.tag) in ("name", "rFont")), None)


def _style_encodings(data: bytes) -> dict[int, str]:
    """Cell style index → encoding of its font, for the styles whose font is a legacy one."""
    root = ElementTree.fromstring(data)
    fonts: list[str | None] = []
    styles: dict[int, str] = {}
    for element in root:
        if _local(element.tag) == "fonts":
            fonts = [font_encoding(_font_name(font)) for font in element]
        elif _local(element.tag) == "cellXfs":
            for index, xf in enumerate(element):
                font = int(xf.get("fontId", "0") or 0)
                if 0 <= font < len(fonts) and fonts[font]:
                    styles[index] = fonts[font]
    return styles


def _string_encodings(data: bytes) -> dict[int, str]:
    """Shared string index → encoding, for strings with a rich text run in a legacy font."""
    found: dict[int, str] = {}
    for index, item in enumerate(ElementTree.fromstring(data)):
        for run in item:
            properties = next((p for p in run if _local(p.tag) == "rPr"), None)
            encoding = font_encoding(_font_name(properties)) if properties is not None else None
            if encoding:
                found[index] = encoding
                break
    return found


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


def legacy_cells(source: str | IO[bytes], sheet: str) -> dict[tuple[int, int], str] | None:
    """(row, column), 0-based → encoding, for the cells of ``sheet`` in a legacy font; None when there are none."""
    with zipfile.ZipFile(source) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        styles = _style_encodings(archive.read(names["xl/styles.xml"])) if "xl/styles.xml" in names else {}
        strings: dict[int, str] = {}
        shared = names.get("xl/sharedstrings.xml")
        if shared is not None:
            data = archive.read(shared)
            if _LEGACY_FONT.search(data):
                strings = _string_encodings(data)
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
