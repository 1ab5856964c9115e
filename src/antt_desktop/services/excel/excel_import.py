"""Importing a workbook: read, check every row, then write all of it in one transaction or nothing at all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from antt_desktop.db.audit import append_audit
from antt_desktop.db.engine import defer_foreign_keys
from antt_desktop.errors import UserError
from antt_desktop.exchange.excel_reader import Table, read_table
from antt_desktop.exchange.excel_schema import FIELDS, KIND_LABELS
from antt_desktop.services.admin.audit_log import record_refusal
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.campaigns.campaigns import all_campaigns
from antt_desktop.services.database import Database
from antt_desktop.services.excel.import_cells import RowErrors
from antt_desktop.services.excel.import_context import ImportContext
from antt_desktop.services.excel.import_rows import CONVERTERS
from antt_desktop.services.roles import Role

PROGRESS_EVERY = 25
FLUSH_EVERY = 500
KEEP_PARSED_UP_TO = 20_000  # rows; a larger table is parsed again while written, so memory stays bounded
MAX_ERRORS_KEPT = 10_000  # every error is counted; the first ones are kept to be shown and saved


@dataclass(frozen=True)
class RowError:
    row: int  # the Excel row number
    message: str
    column: int | None = None  # the Excel column number of the cell at fault; None for the row as a whole
    heading: str = ""  # that column's heading as written

    @property
    def place(self) -> str:
        """“Dòng 9, cột G (Chức vụ)”: where to look in the workbook."""
        if self.column is None:
            return f"Dòng {self.row}"
        return f"Dòng {self.row}, cột {get_column_letter(self.column)}" + (f" ({self.heading})" if self.heading else "")

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    sheet: str
    rows: int
    counts: Counter = field(default_factory=Counter)  # created / updated / skipped
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0  # all errors found, kept or not
    error_rows: int = 0  # rows with at least one error
    unknown_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    written: bool = False

    def summary(self) -> str:
        label = KIND_LABELS[self.kind].lower()
        if self.errors:
            return (f"{self.error_rows} dòng có lỗi ({self.error_count} lỗi) trong {self.rows} dòng {label}: chưa nhập "
                    f"dòng nào, dữ liệu giữ nguyên. {self.errors[0]}")
        if self.written:
            text = (f"Đã nhập {self.rows} dòng {label} (trang “{self.sheet}”): thêm mới {self.counts['created']}, "
                    f"cập nhật {self.counts['updated']}, bỏ qua vì trùng {self.counts['skipped']}.")
        else:
            text = f"Kiểm tra xong, có thể nhập {self.rows} dòng {label} (trang “{self.sheet}”): không có lỗi."
        if self.unknown_columns:
            text += f" Cột không dùng: {', '.join(self.unknown_columns)}."
        return text


def _row_values(table: Table, cells: dict[int, object]) -> dict[str, object]:
    return {key: cells.get(column) for column, key in table.mapping.items()}


def _row_errors(table: Table, number: int, exc: UserError) -> list[RowError]:
    """Each error of the row, placed in the column of its field."""
    columns = {key: column for column, key in table.mapping.items()}
    found = exc.errors if isinstance(exc, RowErrors) else [None]
    errors = []
    for error in found:
        column = columns.get(error.field) if error is not None else None
        errors.append(RowError(number, error.message if error is not None else exc.message, column,
                               table.headings.get(column, "") if column else ""))
    return sorted(errors, key=lambda e: (e.column is None, e.column or 0))  # left to right, as in the sheet


def run_import(database: Database, user: CurrentUser, kind: str, table: Table, dry_run: bool = False,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Check every row; with no error and not ``dry_run``, write them all in one transaction."""
    user.require(Role.EDITOR)
    if kind not in CONVERTERS:
        raise UserError(f"Loại dữ liệu “{kind}” không nhập được; chọn một trong: {', '.join(CONVERTERS)}.")
    missing = [f.header for f in FIELDS[kind] if f.required and f.key not in table.mapping.values()]
    if missing:
        raise UserError(f"Bảng thiếu cột bắt buộc: {', '.join(missing)}. Hãy chọn cột tương ứng ở bước ghép cột.")
    parse, write = CONVERTERS[kind]
    report = ImportReport(kind, table.sheet, len(table.rows), unknown_columns=table.unknown_columns,
                          notes=list(table.notes))
    codes = {c.code for c in all_campaigns(database)}
    keep = len(table.rows) <= KEEP_PARSED_UP_TO
    with database.session(user.username) as session:
        context = ImportContext.load(session, session.info["unit_code"], codes)
        parsed = []
        for index, (number, cells) in enumerate(table.rows, start=1):
            try:
                item = parse(_row_values(table, cells), context)
                if keep:
                    parsed.append(item)
            except UserError as exc:
                found = _row_errors(table, number, exc)
                report.error_rows += 1
                report.error_count += len(found)
                report.errors.extend(found[:MAX_ERRORS_KEPT - len(report.errors)])
            _tick(progress, cancelled, index, 2 * len(table.rows))
        if report.errors or dry_run:
            session.rollback()
            return report
        defer_foreign_keys(session.connection())  # rows are flushed in batches
        context.cccds.clear()  # the rows are seen again
        items = parsed if keep else (parse(_row_values(table, cells), context) for _, cells in table.rows)
        with session.no_autoflush:
            for index, item in enumerate(items, start=1):
                try:
                    report.counts[write(item, context)] += 1
                except UserError as exc:
                    raise UserError(f"Dòng {table.rows[index - 1][0]}: {exc.message} Chưa nhập dòng nào.") from exc
                if index % FLUSH_EVERY == 0:
                    context.write_staged()
                _tick(progress, cancelled, len(table.rows) + index, 2 * len(table.rows))
        context.write_staged()
        report.written = True
        report.notes = [*table.notes, *context.notes]
        append_audit(session, user.username, "import", kind, "", report.summary())
    return report


def _tick(progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None, done: int,
          total: int) -> None:
    if cancelled and cancelled():
        raise UserError("Đã hủy nhập theo yêu cầu; dữ liệu giữ nguyên như trước.")
    if progress and (done % PROGRESS_EVERY == 0 or done == total):
        progress(done, total)


def import_file(database: Database, user: CurrentUser, kind: str, path: Path, dry_run: bool = False,
                sheet: str | None = None, password: str | None = None) -> tuple[Table, ImportReport]:
    """Read and import a workbook; a refused file, or one whose rows are refused, is written to the audit trail."""
    try:
        table = read_table(path, kind, sheet, password)
        report = run_import(database, user, kind, table, dry_run)
    except UserError as exc:
        record_refusal(database, user.username, kind, path.name, exc.message)
        raise
    if report.errors and not dry_run:
        record_refusal(database, user.username, kind, path.name, report.summary())
    return table, report
