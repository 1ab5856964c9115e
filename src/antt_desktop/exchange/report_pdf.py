"""PDF in the layout of Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Liberation Serif (Times-compatible,
embedded), issuing body and national title side by side with their rules, page numbers from page 2."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import MOTTO, NATIONAL_TITLE, ReportDocument, ReportTable

FONT = "LiberationSerif"
MARGINS = {"topMargin": 20 * mm, "bottomMargin": 20 * mm, "leftMargin": 30 * mm, "rightMargin": 15 * mm}


@cache
def register_fonts() -> None:
    faces = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
    for suffix, face in faces.items():
        with as_file(files("antt_desktop") / "resources" / "fonts" / f"LiberationSerif-{face}.ttf") as path:
            pdfmetrics.registerFont(TTFont(FONT + suffix, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT + "-Bold", italic=FONT + "-Italic",
                                  boldItalic=FONT + "-BoldItalic")


def _style(name: str, size: float = 13, align: int = TA_JUSTIFY, font: str = FONT, leading: float | None = None,
           **extra: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, alignment=align,
                          **extra)


def _text(value: object) -> str:
    return escape("" if value is None else str(value))


def _header(doc: ReportDocument, width: float) -> list:
    left_w = 68 * mm
    centre = _style("c", 13, TA_CENTER)
    bold_centre = _style("bc", 13, TA_CENTER, FONT + "-Bold")
    left = [Paragraph(_text(doc.superior.upper()), centre), Paragraph(_text(doc.issuer.upper()), bold_centre),
            HRFlowable(width=28 * mm, thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=4, hAlign="CENTER"),
            Paragraph(_text(doc.number), centre)]
    right = [Paragraph(NATIONAL_TITLE, _style("qh", 12, TA_CENTER, FONT + "-Bold")),
             Paragraph(MOTTO, _style("tn", 13, TA_CENTER, FONT + "-Bold")),
             HRFlowable(width=58 * mm, thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=4, hAlign="CENTER"),
             Paragraph(_text(doc.place_and_date), _style("pd", 13, TA_CENTER, FONT + "-Italic"))]
    table = Table([[left, right]], colWidths=[left_w, width - left_w])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 8 * mm)]


CELL_PADDING = 3  # points left and right of the text in a table cell


def fitted_widths(rows: list[list[object]], width: float, size: float = 11) -> list[float]:
    """Column widths fitted to the content: no column narrower than its longest word (so "1994" or "Nam" never
    breaks inside), the rest of the page width shared by how much more text each column holds."""
    padding = 2 * CELL_PADDING + 1  # both sides, and the grid line

    def measure(text: str, bold: bool) -> float:
        return pdfmetrics.stringWidth(text, FONT + ("-Bold" if bold else ""), size) + padding

    columns = [["" if cell is None else str(cell) for cell in col] for col in zip(*rows, strict=True)]
    least = [max(measure(word, i == 0) for i, cell in enumerate(col) for word in cell.split() or [""])
             for col in columns]
    wanted = [max(measure(cell, i == 0) for i, cell in enumerate(col)) for col in columns]
    if sum(least) >= width:
        return [width * w / sum(least) for w in least]
    if sum(wanted) <= width:
        return [width * w / sum(wanted) for w in wanted]
    spare, extra = width - sum(least), [w - m for w, m in zip(wanted, least, strict=True)]
    return [m + spare * e / sum(extra) for m, e in zip(least, extra, strict=True)]


def _table(spec: ReportTable, width: float) -> Table:
    cell = _style("cell", 11, TA_LEFT, leading=13)
    number = _style("num", 11, TA_RIGHT, leading=13)
    head = _style("head", 11, TA_CENTER, FONT + "-Bold", leading=13)
    data = [[Paragraph(_text(c), head) for c in spec.columns]]
    for row in spec.rows:
        data.append([Paragraph(_text(v), number if i in spec.numeric else cell) for i, v in enumerate(row)])
    table = Table(data, colWidths=fitted_widths([spec.columns, *spec.rows], width), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)]))
    return table


def _signature(doc: ReportDocument, width: float) -> Table:
    recipients = [Paragraph("<b><i>Nơi nhận:</i></b>", _style("nn", 12, TA_LEFT))]
    recipients += [Paragraph(f"- {_text(r)}", _style("nr", 11, TA_LEFT)) for r in doc.recipients]
    signer = [Paragraph(_text(doc.signer_title.upper()), _style("st", 13, TA_CENTER, FONT + "-Bold")),
              Spacer(1, 22 * mm), Paragraph(_text(doc.signer_name), _style("sn", 13, TA_CENTER, FONT + "-Bold"))]
    table = Table([[recipients, signer]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _page_number(canvas, document) -> None:  # noqa: ANN001
    canvas.saveState()
    canvas.setFont(FONT, 13)
    canvas.drawCentredString(MARGINS["leftMargin"] + document.width / 2, A4[1] - 12 * mm, str(document.page))
    canvas.restoreState()


def write_pdf(doc: ReportDocument, out: Path) -> Path:
    register_fonts()
    partial = out.with_name(out.name + ".partial")
    template = SimpleDocTemplate(str(partial), pagesize=A4, title=doc.subtitle or doc.title, author=doc.issuer,
                                 **MARGINS)
    width = template.width
    story = _header(doc, width)
    story.append(Paragraph(_text(doc.title.upper()), _style("title", 14, TA_CENTER, FONT + "-Bold")))
    if doc.subtitle:
        story.append(Paragraph(_text(doc.subtitle), _style("subtitle", 14, TA_CENTER, FONT + "-Bold")))
    story.append(Spacer(1, 6 * mm))
    body = _style("body", 13.5, TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=3)
    for section in doc.sections:
        if section.heading:
            story.append(Paragraph(_text(section.heading), _style("h", 13.5, TA_LEFT, FONT + "-Bold", spaceBefore=6,
                                                                  spaceAfter=3)))
        story.extend(Paragraph(_text(p), body) for p in section.paragraphs)
        if section.table is not None:
            story.extend([_table(section.table, width), Spacer(1, 4 * mm)])
    story.extend([Spacer(1, 6 * mm), _signature(doc, width)])
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        template.build(story, onLaterPages=_page_number)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Nếu tệp đang mở, hãy đóng lại.") from exc
    return out
