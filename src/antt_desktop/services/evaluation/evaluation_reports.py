"""The year-end dossier a unit sends to the level above (Quyết định 510, Thông tư 124): the "Bảng tự chấm điểm"
of each subject and the "Tờ trình đề nghị công nhận và phân loại", in the layout of the other reports."""

from __future__ import annotations

from antt_desktop.domain.dates import format_date
from antt_desktop.domain.score_sheet import SheetItem
from antt_desktop.exchange.report_document import ReportDocument, ReportSection, ReportTable, number_text
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.dossier_data import KINDS, RESULT_TEXT, Subject, dossier_subjects
from antt_desktop.services.reports.report_data import document, in_sentence, is_upper_level

INDENT = "\u00a0" * 4  # a sub-item's text, one step in (kept by every renderer)
DECISIONS = {"accepted": "đã duyệt", "returned": "trả lại để sửa"}


def _points(value: float | None) -> object:
    return "" if value is None else value


def _item_rows(item: SheetItem, subject: Subject, depth: int, reviewed: bool) -> list[list[object]]:
    leaves = list(item.leaves())
    own = [subject.points[leaf.number] for leaf in leaves if leaf.number in subject.points]
    upper = [subject.review.points[leaf.number] for leaf in leaves
             if subject.review and leaf.number in subject.review.points]
    row = [item.number, INDENT * depth + item.text, item.max_points, _points(sum(own) if own else None),
           *([_points(sum(upper) if upper else None)] if reviewed else []),
           "" if item.items else subject.notes.get(item.number, "")]
    return [row, *(r for child in item.items for r in _item_rows(child, subject, depth + 1, reviewed))]


def level_line(subject: Subject) -> str:
    result = subject.classification
    level = subject.sheet.level_name(result.level) if result.level else "chưa phân loại"
    line = (f"Tổng số điểm tự chấm: {number_text(result.total)}/{number_text(subject.sheet.total)} điểm; "
            f"tiêu chuẩn “An toàn về an ninh, trật tự”: {RESULT_TEXT[subject.recognised].lower()}; "
            f"tự phân loại: {level}.")
    if result.level is None:
        line += f" ({result.explanation[-1]})"
    elif not subject.recognised and result.level == subject.sheet.level_if_not_recognised:
        line += f" {result.explanation[-1]}"
    return line


def _review_line(subject: Subject) -> str | None:
    review, reviewed = subject.review, subject.reviewed
    if review is None or reviewed is None:
        return None
    level = subject.sheet.level_name(review.level) or (subject.sheet.level_name(reviewed.level) if reviewed.level
                                                       else "chưa phân loại")
    line = (f"Cấp trên chấm: {number_text(reviewed.total)} điểm, mức {level} "
            f"({DECISIONS.get(review.decision, review.decision)} ngày {format_date(review.decided_on)})")
    return line + (f"; ý kiến: {review.comment}." if review.comment else ".")


def _sheet_table(subject: Subject) -> ReportTable:
    reviewed = subject.review is not None
    columns = ["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm", *(["Điểm cấp trên chấm"] if reviewed else []),
               "Ghi chú"]
    rows = [r for item in subject.sheet.items for r in _item_rows(item, subject, 0, reviewed)]
    if subject.sheet.deductions:
        rows.append(["", "Điểm trừ", "", "", *([""] if reviewed else []), ""])
        for item in subject.sheet.deductions:
            own = subject.points.get(item.number)
            upper = subject.review.points.get(item.number) if subject.review else None
            rows.append([item.number, f"{INDENT}{item.text}", item.max_points, _points(-own if own else own),
                         *([_points(-upper if upper else upper)] if reviewed else []),
                         subject.notes.get(item.number, "")])
    own = subject.classification
    upper = subject.reviewed
    rows.append(["", "Tổng cộng", subject.sheet.total, own.total, *([upper.total] if upper else []), ""])
    return ReportTable(columns, rows, {2, 3, 4} if reviewed else {2, 3})


def _subject_sections(subject: Subject, upper_level: bool) -> list[ReportSection]:
    owner = (f" ({in_sentence(subject.unit_name)})" if upper_level and subject.unit_name and subject.unit_type != "xa"
             else "")
    paragraphs = [subject.version_note] if subject.version_note else []
    paragraphs.append(f"Chấm theo BẢNG ĐIỂM MẪU (chưa có bảng điểm của tỉnh), phiên bản {subject.sheet.version}."
                      if subject.sheet.sample else f"Chấm theo bảng điểm của tỉnh, phiên bản {subject.sheet.version}.")
    after = [level_line(subject), *filter(None, [_review_line(subject)])]
    return [ReportSection(f"{subject.name}{owner}", paragraphs, _sheet_table(subject)),
            ReportSection("", after, numbered=False)]


def score_sheet_report(database: Database, user: CurrentUser, year: int, unit_type: str | None = None
                       ) -> ReportDocument:
    """``bang-diem``: each subject's self-scored sheet (by default the commune's own, or at an upper level the
    communes' sheets sent up), sub-items indented, deductions, the total, the level and the level above's score."""
    subjects = dossier_subjects(database, year, unit_type)
    kind = unit_type or "xa"
    upper = is_upper_level(database)
    sections = [s for subject in subjects for s in _subject_sections(subject, upper)]
    if not sections:
        sections = [ReportSection("", [f"Năm {year} chưa có {KINDS[kind].lower()} nào được chấm điểm."])]
    built = document(database, "Bảng tự chấm điểm", f"Phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc năm "
                     f"{year}", sections, "BC")
    built.title = "Bảng tự chấm điểm"
    built.addressees = []  # sent with the tờ trình, not addressed on its own
    return built
