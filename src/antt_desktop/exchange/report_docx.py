"""The same report as a Word document officers edit before signing (python-docx), in the official layout."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import MOTTO, NATIONAL_TITLE, ReportDocument

FONT = "Times New Roman"


def _paragraph(container, text: str, size: float = 13, bold: bool = False, italic: bool = False,  # noqa: ANN001
               align: int = WD_ALIGN_PARAGRAPH.CENTER):  # noqa: ANN202
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.font.name, run.font.size, run.bold, run.italic = FONT, Pt(size), bold, italic
    paragraph.paragraph_format.space_after = Pt(2)
    return paragraph


def write_docx(doc: ReportDocument, out: Path) -> Path:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.paragraphs[0].text = ""
    _paragraph(left, doc.superior.upper())
    _paragraph(left, doc.issuer.upper(), bold=True)
    _paragraph(left, "―――――")
    _paragraph(left, doc.number)
    _paragraph(right, NATIONAL_TITLE, 12.5, bold=True)
    _paragraph(right, MOTTO, 13.5, bold=True)
    _paragraph(right, "――――――――――――")
    _paragraph(right, doc.place_and_date, italic=True)
    _paragraph(document, "")
    _paragraph(document, doc.title.upper(), 14, bold=True)
    _paragraph(document, doc.subtitle, 14, bold=True)
    for part in doc.sections:
        if part.heading:
            _paragraph(document, part.heading, 13.5, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        for text in part.paragraphs:
            _paragraph(document, text, 13.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if part.table:
            table = document.add_table(rows=1, cols=len(part.table.columns))
            table.style = "Table Grid"
            for cell, heading in zip(table.rows[0].cells, part.table.columns, strict=True):
                cell.text = ""
                _paragraph(cell, heading, 11, bold=True)
            for values in part.table.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, values, strict=True):
                    cell.text = "" if value is None else str(value)
            _paragraph(document, "")
    signature = document.add_table(rows=1, cols=2)
    left, right = signature.rows[0].cells
    _paragraph(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for recipient in doc.recipients:
        _paragraph(left, f"- {recipient}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(right, doc.signer_title.upper(), bold=True)
    for _ in range(4):
        _paragraph(right, "")
    _paragraph(right, doc.signer_name, bold=True)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        document.save(out.with_name(out.name + ".partial"))
        out.with_name(out.name + ".partial").replace(out)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Nếu tệp đang mở, hãy đóng lại.") from exc
    return out
