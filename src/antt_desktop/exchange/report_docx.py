"""The same report as a Word document officers edit before signing (python-docx), in the official layout:
one font for every script (no fallback in Word or LibreOffice), the header in two fixed columns so the national
title keeps its line, numbers right-aligned, headings kept with what follows them, room to sign."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import MOTTO, NATIONAL_TITLE, ReportDocument, ReportTable, number_text
from antt_desktop.exchange.report_pdf import (
    CELL_PADDING,
    HEADER_LEFT,
    KEEP_WHOLE_ROWS,
    fitted_widths,
    header_lines,
    register_fonts,
)
from antt_desktop.exchange.report_pdf import FONT as PDF_FONT

FONT = "Times New Roman"
TEXT_WIDTH = 165  # mm between the margins of 30 and 15


SCRIPTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def _name_font(fonts) -> None:  # noqa: ANN001
    """The font for every script, and no theme font (which Word would prefer to a named one)."""
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for attribute in SCRIPTS:
        fonts.set(qn(attribute), FONT)


def _set_fonts(element, size: float | None = None) -> None:  # noqa: ANN001
    """Name the font of a run or a style for every script, so that Vietnamese letters never fall back."""
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    _name_font(fonts)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            value = properties.find(qn(tag))
            if value is None:
                value = OxmlElement(tag)
                properties.append(value)
            value.set(qn("w:val"), str(round(size * 2)))


def _one_font(document) -> None:  # noqa: ANN001
    """Every style, the document defaults included, in the one font."""
    _set_fonts(document.styles["Normal"].element, 13)
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        _name_font(fonts)


def _paragraph(container, text: str, size: float = 13, bold: bool = False, italic: bool = False,  # noqa: ANN001
               align: int = WD_ALIGN_PARAGRAPH.CENTER, after: float = 2, keep: bool = False):  # noqa: ANN202
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(ILLEGAL_CHARACTERS_RE.sub("", text))  # control characters from older data
    run.font.size, run.bold, run.italic = Pt(size), bold, italic
    _set_fonts(run._element)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.keep_with_next = keep
    return paragraph


def _rule(container, width_mm: float, column_mm: float):  # noqa: ANN001, ANN202
    """The short full-length rule under a header line: the bottom border of an empty paragraph, centred."""
    paragraph = _paragraph(container, "", 4, after=4)
    side = Mm(max(0.0, (column_mm - width_mm) / 2))
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = side
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def _fixed_table(container, rows: int, widths_mm: list[float], grid: bool = False,  # noqa: ANN001, ANN202
                 padding_pt: float = 0):
    """A table whose columns keep their widths, ``padding_pt`` left and right of the text of each cell (the
    widths the PDF measured), rows that never split across pages."""
    table = container.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        margin = OxmlElement(side)
        margin.set(qn("w:w"), str(round(padding_pt * 20)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    return table


def _first(cell):  # noqa: ANN001, ANN202
    """A new cell holds one empty paragraph: drop it so the cell holds only what is added."""
    cell._element.remove(cell.paragraphs[0]._p)
    return cell


def _header(document, doc: ReportDocument) -> None:  # noqa: ANN001
    left_mm = HEADER_LEFT * 25.4 / 72
    right_mm = TEXT_WIDTH - left_mm
    table = _fixed_table(document, 1, [left_mm, right_mm])
    left, right = (_first(c) for c in table.rows[0].cells)
    for line, size in header_lines(doc.superior.upper(), PDF_FONT, HEADER_LEFT - 2):
        _paragraph(left, line, size, after=0)
    for line, size in header_lines(doc.issuer.upper(), PDF_FONT + "-Bold", HEADER_LEFT - 2):
        _paragraph(left, line, size, bold=True, after=0)
    _rule(left, 28, left_mm)
    _paragraph(left, doc.number)
    _paragraph(right, NATIONAL_TITLE, 12, bold=True, after=0)
    _paragraph(right, MOTTO, 13, bold=True, after=0)
    _rule(right, 58, right_mm)
    _paragraph(right, doc.place_and_date, italic=True)


def _table(document, spec: ReportTable) -> None:  # noqa: ANN001
    shown = [[number_text(v) for v in row] for row in spec.rows]
    widths = [w * 25.4 / 72 for w in fitted_widths([spec.columns, *shown], TEXT_WIDTH * 72 / 25.4)]
    table = _fixed_table(document, 1 + len(shown), widths, grid=True, padding_pt=CELL_PADDING)
    whole = len(shown) <= KEEP_WHOLE_ROWS  # a short table stays on one page, with its heading
    header = table.rows[0]
    header.repeat = True
    marker = OxmlElement("w:tblHeader")
    header._tr.get_or_add_trPr().append(marker)
    for cell, heading in zip(header.cells, spec.columns, strict=True):
        _paragraph(_first(cell), heading, 11, bold=True, after=1, keep=True)
    for number, (row, values) in enumerate(zip(table.rows[1:], shown, strict=True), start=1):
        for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            align = WD_ALIGN_PARAGRAPH.RIGHT if column in spec.numeric else WD_ALIGN_PARAGRAPH.LEFT
            paragraph = _paragraph(_first(cell), value, 11, align=align, after=1,
                                   keep=whole and number < len(shown))
            paragraph.paragraph_format.space_before = Pt(1)


def _signature(document, doc: ReportDocument) -> None:  # noqa: ANN001
    table = _fixed_table(document, 1, [74, TEXT_WIDTH - 74])
    left, right = (_first(c) for c in table.rows[0].cells)
    _paragraph(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    for recipient in doc.recipients:
        _paragraph(left, f"- {recipient}", 11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    _paragraph(right, doc.signer_title.upper(), bold=True, after=0)
    for _ in range(5):  # room to sign and stamp
        _paragraph(right, "", after=0)
    _paragraph(right, doc.signer_name or "." * 40, 13.5, bold=True)


def _page_numbers(section) -> None:  # noqa: ANN001
    """The page number centred in the top margin from page 2 on, as Nghị định 30/2020 places it."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    _set_fonts(run, 13)


def write_docx(doc: ReportDocument, out: Path) -> Path:
    register_fonts()  # the header lines are measured with the PDF's Times-compatible font
    document = Document()
    _one_font(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _page_numbers(section)
    _header(document, doc)
    _paragraph(document, "", after=6)
    _paragraph(document, doc.title.upper(), 14, bold=True, after=0, keep=True)
    _paragraph(document, doc.subtitle, 14, bold=True, after=8, keep=True)
    if len(doc.addressees) == 1:
        _paragraph(document, f"Kính gửi: {doc.addressees[0]}", 14, after=8)
    elif doc.addressees:
        _paragraph(document, "Kính gửi:", 14, after=0)
        for addressee in doc.addressees:
            _paragraph(document, f"- {addressee};", 14, after=0).paragraph_format.left_indent = Mm(30)
    for part in doc.sections:
        if part.heading:
            _paragraph(document, part.heading, 13.5, bold=True, italic=part.level >= 3, align=WD_ALIGN_PARAGRAPH.LEFT,
                       after=3, keep=True).paragraph_format.space_before = Pt(6)
        for text in part.paragraphs:
            paragraph = _paragraph(document, text, 13.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3,
                                   keep=part.table is not None)
            paragraph.paragraph_format.first_line_indent = Mm(10)
        if part.table:
            _table(document, part.table)
            _paragraph(document, "", 6, after=0)
    _paragraph(document, "", after=0)
    _signature(document, doc)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        document.save(out.with_name(out.name + ".partial"))
        out.with_name(out.name + ".partial").replace(out)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Nếu tệp đang mở, hãy đóng lại.") from exc
    return out
