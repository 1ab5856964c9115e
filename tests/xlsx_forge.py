"""Hand-made .xlsx files, part by part, as an attacker would make them: a sheet XML written directly, so that
a merged range, a declared dimension or a shared-strings table can claim anything at a cost of a few bytes."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
 Target="sharedStrings.xml"/></Relationships>"""
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
AREA_HEADER = ["STT", "Tên khu dân cư", "Số hộ"]


def cell(ref: str, value: object) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row(number: int, values: Iterable[object], first_column: str = "A") -> str:
    cells = "".join(cell(f"{chr(ord(first_column) + i)}{number}", v) for i, v in enumerate(values) if v is not None)
    return f'<row r="{number}">{cells}</row>'


def areas_rows(count: int = 2, first: int = 1) -> list[str]:
    """A header and ``count`` residential areas: a table the importer takes when nothing else is wrong."""
    return [row(first, AREA_HEADER)] + [row(first + n, [n, f"Thôn Số {n}", 100 + n]) for n in range(1, count + 1)]


def sheet_xml(rows: Iterable[str], merges: Iterable[str] = (), dimension: str | None = None) -> str:
    merges = list(merges)
    merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
              + "</mergeCells>") if merges else ""
    head = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{SHEET_HEAD}{head}<sheetData>{''.join(rows)}</sheetData>{merged}</worksheet>"


def forge(path: Path, sheet: str, shared_strings: str | None = None,
          extra: Iterable[tuple[str, bytes]] = ()) -> Path:
    """Write the parts of a one-sheet workbook (deflated, as Excel does) and any ``extra`` entries."""
    strings = shared_strings or ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                                 'spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)):
            archive.writestr(name, text.encode("utf-8"))
        for name, data in extra:
            archive.writestr(name, data)
    return path
