"""PDF in the layout of Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Liberation Serif (Times-compatible,
embedded; no other font is referenced), issuing body and national title side by side with their rules, the
addressee, headings kept with what follows them, the signature block, page numbers from page 2."""

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
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import (
    MOTTO,
    NATIONAL_TITLE,
    ReportDocument,
    ReportSection,
    ReportTable,
    number_text,
)

FONT = "LiberationSerif"
MARGINS = {"topMargin": 20 * mm, "bottomMargin": 20 * mm, "leftMargin": 30 * mm, "rightMargin": 15 * mm}
HEADER_LEFT = 73 * mm  # the issuing body; the national title takes the rest (88 mm at 12 pt bold)
KEEP_WHOLE_ROWS = 15  # a table this short moves to the next page with its heading rather than split
SIGNING_ROOM = 28 * mm
IN_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)  # every table's own cell font, Helvetica unless told


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


HEADER_SIZES = (13, 12.5, 12)


def header_lines(text: str, font: str, width: float) -> list[tuple[str, float]]:
    """A line of the header as (text, size) lines that never break inside a name: the whole line if it fits at
    one of HEADER_SIZES, else "CÔNG AN" over the unit's name, the name made smaller until it fits."""
    for size in HEADER_SIZES:
        if pdfmetrics.stringWidth(text, font, size) <= width:
            return [(text, size)]
    head, name = ("CÔNG AN", text[8:]) if text.startswith("CÔNG AN ") else (text.partition(" ")[0],
                                                                            text.partition(" ")[2])
    size = HEADER_SIZES[-1]
    while size > 8 and pdfmetrics.stringWidth(name, font, size) > width:
        size -= 0.5
    return [(head, HEADER_SIZES[-1]), (name, size)]


def _header_paragraphs(text: str, font: str, width: float) -> list[Paragraph]:
    return [Paragraph(_text(line), _style(f"hd{size}", size, TA_CENTER, font))
            for line, size in header_lines(text, font, width)]


def _header(doc: ReportDocument, width: float) -> list:
    left_w = HEADER_LEFT
    centre = _style("c", 13, TA_CENTER)
    left = [*_header_paragraphs(doc.superior.upper(), FONT, left_w - 2),
            *_header_paragraphs(doc.issuer.upper(), FONT + "-Bold", left_w - 2),
            HRFlowable(width=28 * mm, thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=4, hAlign="CENTER"),
            Paragraph(_text(doc.number), centre)]
    right = [Paragraph(NATIONAL_TITLE, _style("qh", 12, TA_CENTER, FONT + "-Bold")),
             Paragraph(MOTTO, _style("tn", 13, TA_CENTER, FONT + "-Bold")),
             HRFlowable(width=58 * mm, thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=4, hAlign="CENTER"),
             Paragraph(_text(doc.place_and_date), _style("pd", 13, TA_CENTER, FONT + "-Italic"))]
    table = Table([[left, right]], colWidths=[left_w, width - left_w])
    table.setStyle(TableStyle([IN_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
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
        data.append([Paragraph(_text(number_text(v)), number if i in spec.numeric else cell)
                     for i, v in enumerate(row)])
    shown = [[number_text(v) for v in row] for row in spec.rows]
    table = Table(data, colWidths=fitted_widths([spec.columns, *shown], width), repeatRows=1)
    table.setStyle(TableStyle([IN_FONT, ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)]))
    return table


def _addressees(doc: ReportDocument, width: float) -> list:
    """"Kính gửi:" under the title, centred; several addressees one a line, each after a dash."""
    if not doc.addressees:
        return []
    style = _style("kg", 14, TA_CENTER)
    if len(doc.addressees) == 1:
        return [Paragraph(f"Kính gửi: {_text(doc.addressees[0])}", style), Spacer(1, 4 * mm)]
    lines = [Paragraph(f"- {_text(a)};", _style("kgl", 14, TA_LEFT)) for a in doc.addressees]
    table = Table([[Paragraph("Kính gửi:", _style("kgh", 14, TA_RIGHT)), lines]], colWidths=[30 * mm, width - 60 * mm])
    table.setStyle(TableStyle([IN_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table, Spacer(1, 4 * mm)]


def _signature(doc: ReportDocument, width: float) -> Table:
    """Nơi nhận on the left; on the right the signer's title, room to sign and stamp, the signer's name."""
    recipients = [Paragraph("<b><i>Nơi nhận:</i></b>", _style("nn", 12, TA_LEFT))]
    recipients += [Paragraph(f"- {_text(r)}", _style("nr", 11, TA_LEFT, leading=13)) for r in doc.recipients]
    name = _text(doc.signer_name) or "." * 40
    signer = [Paragraph(_text(doc.signer_title.upper()), _style("st", 13, TA_CENTER, FONT + "-Bold")),
              Spacer(1, SIGNING_ROOM), Paragraph(name, _style("sn", 13.5, TA_CENTER, FONT + "-Bold"))]
    table = Table([[recipients, signer]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([IN_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _section(section: ReportSection, width: float) -> list:
    """A heading never stays alone at the foot of a page: a short table moves with it, a long one starts
    where at least a few of its rows fit under it."""
    bold = FONT + ("-BoldItalic" if section.level >= 3 else "-Bold")
    parts = []
    if section.heading:
        parts.append(Paragraph(_text(section.heading), _style("h", 13.5, TA_LEFT, bold, spaceBefore=6,
                                                              spaceAfter=3, keepWithNext=1)))
    body = _style("body", 13.5, TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=3)
    parts.extend(Paragraph(_text(p), body) for p in section.paragraphs)
    if section.table is None:
        return parts
    if section.heading:  # a long table cannot move with its heading (reportlab would push it whole)
        parts[0].style = _style("hl", 13.5, TA_LEFT, bold, spaceBefore=6, spaceAfter=3)
    table = _table(section.table, width)
    if len(section.table.rows) <= KEEP_WHOLE_ROWS:
        return [KeepTogether([*parts, table]), Spacer(1, 4 * mm)]
    return [CondPageBreak(60 * mm), *parts, table, Spacer(1, 4 * mm)]


def _page_number(canvas, document) -> None:  # noqa: ANN001
    canvas.saveState()
    canvas.setFont(FONT, 13)
    canvas.drawCentredString(MARGINS["leftMargin"] + document.width / 2, A4[1] - 12 * mm, str(document.page))
    canvas.restoreState()


def write_pdf(doc: ReportDocument, out: Path) -> Path:
    register_fonts()
    partial = out.with_name(out.name + ".partial")
    template = SimpleDocTemplate(str(partial), pagesize=A4, title=doc.subtitle or doc.title, author=doc.issuer,
                                 initialFontName=FONT, initialFontSize=13, **MARGINS)
    width = template.width
    story = _header(doc, width)
    story.append(Paragraph(_text(doc.title.upper()), _style("title", 14, TA_CENTER, FONT + "-Bold")))
    if doc.subtitle:
        story.append(Paragraph(_text(doc.subtitle), _style("subtitle", 14, TA_CENTER, FONT + "-Bold")))
    story.append(Spacer(1, 5 * mm))
    story.extend(_addressees(doc, width))
    for section in doc.sections:
        story.extend(_section(section, width))
    story.extend([Spacer(1, 6 * mm), _signature(doc, width)])
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        template.build(story, onLaterPages=_page_number)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Không ghi được tệp {out}: {exc.strerror or exc}. Nếu tệp đang mở, hãy đóng lại.") from exc
    return out
