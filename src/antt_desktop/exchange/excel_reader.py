"""Finding the table in a workbook as communes keep it: title and signature rows around it, the header not on
row 1, merged or spread over two rows, an STT column, blank rows in the middle, formulas (their values)."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from antt_desktop.domain.text import search_key
from antt_desktop.errors import UserError
from antt_desktop.exchange import cell_values
from antt_desktop.exchange.excel_schema import FIELDS, SKIPPED_HEADINGS, propose

HEADER_SCAN_ROWS = 40


@dataclass
class Table:
    sheet: str
    header_rows: tuple[int, ...]
    headings: dict[int, str]  # column number → heading as written
    mapping: dict[int, str]  # column number → field key (proposed, editable)
    rows: list[tuple[int, dict[int, object]]] = field(default_factory=list)  # (Excel row number, column → value)

    @property
    def unknown_columns(self) -> list[str]:
        return [h for c, h in self.headings.items()
                if c not in self.mapping and h and search_key(h) not in SKIPPED_HEADINGS]


EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def open_workbook(path: Path):  # noqa: ANN201
    """The workbook, or a Vietnamese reason saying what to do (never the library's own English message)."""
    if not str(path).strip() or str(path) == "." or path.is_dir():
        raise UserError("Chưa chọn tệp Excel: hãy bấm “Chọn tệp…” và chọn một tệp .xlsx.")
    if not path.exists():
        raise UserError(f"Không tìm thấy tệp {path}.")
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        hint = (" Tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx." if path.suffix.lower() == ".xls"
                else " Hãy chọn tệp .xlsx (trong Excel: Tệp → Lưu thành → Sổ làm việc Excel).")
        raise UserError(f"Tệp {path.name} không phải tệp Excel .xlsx.{hint}")
    try:
        return load_workbook(path, data_only=True)  # formulas give their last computed values
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp {path}.") from None
    except PermissionError:
        raise UserError(f"Không mở được tệp {path.name}: tệp đang mở trong Excel hoặc không có quyền đọc; "
                        "hãy đóng tệp rồi thử lại.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, TypeError,
            AttributeError, IndexError, zlib.error, EOFError, NotImplementedError, RuntimeError):
        # SyntaxError: broken XML inside the zip; zlib.error and EOFError: a damaged or cut compressed part;
        # NotImplementedError: an unknown compression method; RuntimeError: a password-protected part
        raise UserError(f"Không đọc được tệp {path.name}: tệp bị hỏng, có mật khẩu hoặc không phải tệp Excel "
                        ".xlsx. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi thử lại.") from None


def sheet_names(path: Path) -> list[str]:
    return open_workbook(path).sheetnames


def _merged_values(ws: Worksheet) -> dict[tuple[int, int], object]:
    """Every cell of a merged range carries the value of its top-left cell."""
    values = {}
    for merged in ws.merged_cells.ranges:
        top_left = ws.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                values[(row, col)] = top_left
    return values


def _heading(ws: Worksheet, merged: dict, row: int, col: int) -> str:
    return cell_values.text(merged.get((row, col), ws.cell(row, col).value))


def _score(kind: str, headings: dict[int, str]) -> int:
    return len({propose(kind, h) for h in headings.values() if h} - {None})


def _header_at(ws: Worksheet, merged: dict, kind: str, top: int, width: int) -> tuple[int, dict[int, str], bool]:
    """(score, headings, spans two rows) for a header starting at row ``top``."""
    one = {c: _heading(ws, merged, top, c) for c in range(1, width + 1)}
    below = {c: _heading(ws, merged, top + 1, c) for c in range(1, width + 1)}
    two = {}
    for c in range(1, width + 1):
        upper, lower = one[c], below[c]
        # Of the two rows, the more specific wording wins; "upper lower" when both are needed.
        options = [h for h in (lower, f"{upper} {lower}".strip(), upper) if h]
        two[c] = next((h for h in options if propose(kind, h)), lower or upper)
    if _score(kind, two) > _score(kind, one):
        return _score(kind, two), two, True
    return _score(kind, one), one, False


def read_table(path: Path, kind: str, sheet: str | None = None) -> Table:
    """The best-matching header row over the sheets (or the one named), the proposed mapping and the data rows."""
    workbook = open_workbook(path)
    if sheet is not None and sheet not in workbook.sheetnames:
        raise UserError(f"Tệp {path.name} không có trang tính “{sheet}”; có: {', '.join(workbook.sheetnames)}.")
    best: tuple[int, Table] | None = None
    for name in [sheet] if sheet else workbook.sheetnames:
        ws = workbook[name]
        merged = _merged_values(ws)
        width = min(ws.max_column, 60)
        for top in range(1, min(ws.max_row, HEADER_SCAN_ROWS) + 1):
            score, headings, two_rows = _header_at(ws, merged, kind, top, width)
            if best is None or score > best[0]:
                mapping = {c: key for c, h in headings.items() if h and (key := propose(kind, h))}
                rows = (top, top + 1) if two_rows else (top,)
                best = (score, Table(name, rows, headings, _unique(mapping)))
    required = {f.key for f in FIELDS[kind] if f.required}
    if best is None or best[0] == 0 or not required & set(best[1].mapping.values()):
        raise UserError(f"Không tìm thấy bảng dữ liệu trong tệp {path.name}: không có dòng tiêu đề nào có các cột "
                        f"như {', '.join(f.header for f in FIELDS[kind] if f.required)}. Hãy dùng mẫu "
                        "(antt template) hoặc đổi tên cột cho khớp.")
    table = best[1]
    _read_rows(workbook[table.sheet], table, [c for c, key in table.mapping.items() if key in required])
    return table


def _unique(mapping: dict[int, str]) -> dict[int, str]:
    """One column per field: the leftmost wins (a second 'Họ tên' column stays unmapped)."""
    seen, result = set(), {}
    for col in sorted(mapping):
        if mapping[col] not in seen:
            seen.add(mapping[col])
            result[col] = mapping[col]
    return result


def _read_rows(ws: Worksheet, table: Table, required_columns: list[int]) -> None:
    """Data rows: blank rows, and rows with nothing in any required column (place and date, signatures,
    notes under the table), are not data."""
    first = max(table.header_rows) + 1
    for number, values in enumerate(ws.iter_rows(min_row=first, max_col=max(table.headings), values_only=True),
                                    start=first):
        cells = {c: values[c - 1] for c in table.headings if c - 1 < len(values)}
        if all(cell_values.text(cells.get(c)) == "" for c in required_columns):
            continue
        table.rows.append((number, cells))
