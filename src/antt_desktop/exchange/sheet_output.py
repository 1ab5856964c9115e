"""Every cell and every page setup of the workbooks the app writes goes through here, so that text is always
stored as text (a name typed as ``=HYPERLINK(…)`` never becomes a formula) and every sheet prints on A4, all its
columns fitted to the page width, its header rows repeated, long text wrapped in rows tall enough to show it."""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

# What a spreadsheet may take for the start of a formula or a command (OWASP "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
POINTS_PER_LINE = 13.5  # the height of one line of 11 pt text
# a column width counts digits of the workbook's default font; bold text runs wider
CHARACTERS_PER_WIDTH = 1.1
CAPITAL_WIDTH = 1.4  # a capital letter takes about this many lower-case ones
BOLD_WIDTH = 0.9


def put(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write a value; text stays text whatever it starts with (Excel shows it as typed and never evaluates it)."""
    cell = ws.cell(row, column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters from older data: a sheet cannot hold them
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl makes "=…" a formula and "#N/A" an error otherwise
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def print_setup(ws: Worksheet, title_rows: str | None, landscape: bool = False) -> None:
    """A4, every column on the width of one page (as many pages down as needed), ``title_rows`` (e.g. "4:4")
    repeated at the top of each page, and the margins of an office printout."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left, ws.page_margins.right = 0.6, 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.6
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows


def _length(text: str) -> float:
    return len(text) + (CAPITAL_WIDTH - 1) * sum(ch.isupper() for ch in text)


def _lines(text: str, width: float) -> int:
    """How many lines the text takes wrapped at word boundaries in a column ``width`` characters wide."""
    per_line = max(1.0, width - 1)
    lines = 0
    for part in text.split("\n"):
        lines, used = lines + 1, 0.0
        for word in part.split():
            if used and used + 1 + _length(word) > per_line:
                lines, used = lines + 1, 0.0
            used += (1 if used else 0) + _length(word)
            while used > per_line:  # a word longer than the line breaks inside
                lines, used = lines + 1, used - per_line
    return max(lines, 1)


def fit_row_heights(ws: Worksheet, first_row: int = 1) -> None:
    """Row heights that show every line of wrapped text, merged cells measured across their columns."""
    widths = {}
    for column in range(1, ws.max_column + 1):
        dimension = ws.column_dimensions.get(get_column_letter(column))
        widths[column] = dimension.width if dimension is not None and dimension.width else 8.43
    spans = {(m.min_row, m.min_col): sum(widths.get(c, 8.43) for c in range(m.min_col, m.max_col + 1))
             for m in ws.merged_cells.ranges if m.min_row == m.max_row}
    fonts = {}  # font id → (size, characters per width unit); reading cell.font for every cell is slow

    def font_of(cell: Cell) -> tuple[float, float]:
        key = cell._style.fontId if cell.has_style else 0  # noqa: SLF001 - an unstyled cell: the default font
        if key not in fonts:
            font = cell.font
            fonts[key] = (float(font.sz or 11), CHARACTERS_PER_WIDTH * (BOLD_WIDTH if font.b else 1.0))
        return fonts[key]

    for row in ws.iter_rows(min_row=first_row):
        lines, size = 1, 11.0
        for cell in row:
            if not isinstance(cell.value, str):
                continue
            font_size, per_width = font_of(cell)
            width = spans.get((cell.row, cell.column), widths.get(cell.column, 8.43)) * per_width * 11.0 / font_size
            size = max(size, font_size)
            if len(cell.value) * CAPITAL_WIDTH < width - 1 and "\n" not in cell.value:
                continue  # one line: most cells of a long list
            lines = max(lines, _lines(cell.value, width))
        if lines > 1 or size > 11:  # a single line of 11 pt fits the default height
            ws.row_dimensions[row[0].row].height = round(lines * POINTS_PER_LINE * size / 11.0 + 2, 1)
