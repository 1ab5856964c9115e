"""The report suite: each report is built from live data into a ReportDocument, then rendered as PDF, xlsx or docx.

``antt report --list`` shows them; the numbers are the ones the lists in the app show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from antt_desktop.config import refuse_own_file
from antt_desktop.db.audit import append_audit
from antt_desktop.domain.dates import format_date
from antt_desktop.domain.evaluation import unit_types
from antt_desktop.domain.forces import GENDERS, catalog_list, force_type, force_types
from antt_desktop.domain.security_models import names
from antt_desktop.errors import UserError
from antt_desktop.exchange.report_document import (
    NARRATIVE_PLACEHOLDER,
    ReportDocument,
    ReportSection,
    ReportTable,
    number_headings,
    number_text,
    percent_text,
)
from antt_desktop.exchange.report_docx import write_docx
from antt_desktop.exchange.report_pdf import write_pdf
from antt_desktop.exchange.report_xlsx import write_xlsx
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.campaigns import campaigns
from antt_desktop.services.campaigns.activities import ActivityFilter, list_activities
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation import evaluations
from antt_desktop.services.evaluation.dossier_proposal import proposal_report
from antt_desktop.services.evaluation.evaluation_reports import score_sheet_report
from antt_desktop.services.forces import teams
from antt_desktop.services.forces.member_query import MemberFilter, MemberRow, query_members
from antt_desktop.services.forces.member_rating_report import rating_section
from antt_desktop.services.plans import plans
from antt_desktop.services.reports.report_data import (
    AGE_BANDS,
    age_band,
    by_unit,
    document,
    is_upper_level,
    per_unit_totals,
    unit_counts,
)
from antt_desktop.services.roles import Role
from antt_desktop.services.security_models import security_models

FORMATS = {"pdf": write_pdf, "xlsx": write_xlsx, "docx": write_docx}


def _members(database: Database, user: CurrentUser) -> list[MemberRow]:
    rows, offset = [], 0
    while page := query_members(database, user, MemberFilter(status="active"), offset, 5000, sort="area"):
        rows.extend(page)
        offset += 5000
    return rows


def _unit_section(database: Database, year: int) -> list[ReportSection]:
    if not is_upper_level(database):
        return []
    rows = per_unit_totals(database, year)
    return [ReportSection("Số liệu theo đơn vị trực thuộc", [], ReportTable(
        ["STT", "Đơn vị", "Mã", "Khu dân cư", "Thành viên lực lượng", "Mô hình", f"Hoạt động năm {year}"],
        [[i, *r] for i, r in enumerate(rows, start=1)], {0, 3, 4, 5, 6}))]


def forces_by_area(database: Database, user: CurrentUser, year: int) -> ReportDocument:
    members = _members(database, user)
    table = by_unit(database, ["Họ và tên", "Năm sinh", "Giới tính", "Chức danh", "Tổ/đội", "Khu dân cư",
                               "Đảng viên", "Ngày tham gia"], members,
                    lambda m: [m.full_name, str(m.birth_date.year), GENDERS[m.gender], m.role_name, m.team_name,
                               m.area_name, "x" if m.party_member else "", format_date(m.start_date)], {1})
    return document(database, "Danh sách lực lượng",
                    f"Danh sách lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở theo địa bàn năm {year}",
                    [ReportSection("", [f"Tổng số {number_text(len(members))} người đang tham gia."], table),
                     *_unit_section(database, year)], "DS")


def _count_table(title: str, counter: Counter, order: list[str] | None = None) -> ReportSection:
    """Counts in catalog ``order`` (then any other value met, alphabetically), with shares and the total."""
    keys = [*(order or []), *sorted(k for k in counter if k not in (order or []))]
    total = sum(counter.values())
    rows = [[k, counter.get(k, 0), percent_text(counter.get(k, 0), total)] for k in keys]
    return ReportSection(title, [], ReportTable(["Nội dung", "Số người", "Tỷ lệ"], rows + [["Tổng cộng", total, ""]],
                                                {1, 2}))


def _role_label(type_code: str, role_name: str) -> str:
    kind = force_type(type_code)
    return f"{kind.short_name if kind else type_code} – {role_name}"


def forces_statistics(database: Database, user: CurrentUser, year: int) -> ReportDocument:
    members = _members(database, user)
    on = min(date(year, 12, 31), date.today())
    by_role = Counter(_role_label(m.force_type, m.role_name) for m in members)
    role_order = [_role_label(kind.code, role.name) for kind in force_types() for role in kind.roles
                  if not kind.historical or any(m.force_type == kind.code for m in members)]
    by_education = Counter(m.education or "Chưa ghi" for m in members)
    team_rows = teams.list_teams(database)
    staffing = teams.summarize(team_rows)
    said = (f"{staffing.teams_short}/{staffing.teams} tổ, đội chưa đủ định biên, thiếu "
            f"{number_text(staffing.people_missing)} người" + (":" if staffing.sentences else "."))
    if not staffing.teams_short:
        gaps = ReportSection("Thiếu so với định biên", ["Tất cả tổ, đội đã đủ định biên."])
    elif is_upper_level(database):  # by unit: each commune's own report names its teams
        gaps = ReportSection("Thiếu so với định biên", [said], unit_counts(
            database, [t for t in team_rows if t.missing], lambda t: t.owner_unit,
            {"Tổ, đội thiếu định biên": len, "Số người còn thiếu": lambda ts: sum(t.missing for t in ts)}))
    else:
        gaps = ReportSection("Thiếu so với định biên", [said, *staffing.sentences])
    return document(database, "Thống kê lực lượng", f"Thống kê lực lượng tham gia bảo vệ ANTT ở cơ sở năm {year}", [
        _count_table("Theo loại lực lượng và chức danh", by_role, role_order),
        _count_table("Theo độ tuổi", Counter(age_band(m.birth_date, on) for m in members),
                     [label for _, _, label in AGE_BANDS]),
        _count_table("Theo trình độ học vấn", by_education,
                     [e for e in catalog_list("education_levels") if e in by_education]
                     + sorted(set(by_education) - {*catalog_list("education_levels"), "Chưa ghi"})
                     + (["Chưa ghi"] if "Chưa ghi" in by_education else [])),
        _count_table("Đảng viên", Counter("Đảng viên" if m.party_member else "Chưa là đảng viên" for m in members),
                     ["Đảng viên", "Chưa là đảng viên"]),
        gaps, rating_section(database, year), *_unit_section(database, year)], "TK")


def models_report(database: Database, user: CurrentUser, year: int, listing: bool = True) -> ReportDocument:
    """With ``listing`` off (the yearly report of an upper level), models are counted by unit, not listed."""
    rows = security_models.list_models(database)
    ratings = {**names("ratings"), "none": "Chưa đánh giá"}
    matrix = [[name, *(sum(r.data.field == code and (r.last_rating or "none") == rating for r in rows)
                       for rating in ratings), sum(r.data.field == code for r in rows)]
              for code, name in names("fields").items()]
    summary = ReportTable(["Lĩnh vực", *ratings.values(), "Tổng"], matrix,
                          set(range(1, len(ratings) + 2)))
    if listing:
        second = ReportSection("Danh sách mô hình", [], by_unit(
            database, ["Tên mô hình", "Lĩnh vực", "Phạm vi", "Trạng thái", "Xếp loại", "Hồ sơ"], rows,
            lambda r: [r.data.name, names("fields")[r.data.field], r.scope_text, names("statuses")[r.data.status],
                       ratings[r.last_rating or "none"], f"{r.completeness}%"], set()))
    else:
        second = ReportSection("Số mô hình theo đơn vị", [], unit_counts(
            database, rows, lambda r: r.owner_unit,
            {"Mô hình": len, "Điển hình": lambda rs: sum(r.data.typical for r in rs)}))
    return document(database, "Mô hình", f"Danh sách và phân loại mô hình tự phòng, tự quản năm {year}", [
        ReportSection("Số mô hình theo lĩnh vực và xếp loại", [], summary), second], "DS")


def campaigns_report(database: Database, user: CurrentUser, year: int, listing: bool = True) -> ReportDocument:
    """With ``listing`` off (the yearly report of an upper level), each campaign's events are counted by unit."""
    sections = []
    for status in campaigns.year_checklist(database, year):
        events = [a for a in list_activities(database, ActivityFilter(year, campaign_code=status.campaign.code))]
        text = (f"Đã tổ chức {len(status.events)} hoạt động ở cơ sở." if status.done
                else "Chưa tổ chức hoạt động nào ở cơ sở trong thời gian của đợt.")
        if not events:
            table = None
        elif not listing:
            table = unit_counts(database, events, lambda a: a.owner_unit, {
                "Số hoạt động": len,
                "Số lượt người được tuyên truyền": lambda es: sum(e.data.audience or 0 for e in es)})
        else:
            table = by_unit(database, ["Ngày", "Hoạt động", "Nội dung", "Địa bàn", "Số người", "Được tuyên truyền"],
                            events, lambda a: [format_date(a.data.activity_date), a.data.activity_type,
                                               a.data.content, a.area_name, a.data.participants or "",
                                               a.data.audience or ""], {4, 5})
        sections.append(ReportSection(status.campaign.label(year), [text], table))
    return document(database, "Hoạt động cao điểm",
                    f"Kết quả hoạt động hưởng ứng các ngày, tháng cao điểm năm {year}", sections)


def targets_report(database: Database, user: CurrentUser, year: int) -> ReportDocument:
    sections, upper = [], is_upper_level(database)
    for plan in plans.list_plans(database, year):
        rows = [[t.data.title, t.data.target_value, t.actual, t.data.unit, f"{number_text(t.percent)}%", t.status,
                 *([t.for_unit_name or "Mọi đơn vị trực thuộc"] if upper else [])]
                for t in plans.targets(database, plan.id)]
        sections.append(ReportSection(plan.label, [plan.data.summary] if plan.data.summary else [], ReportTable(
            ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đơn vị tính", "Tỷ lệ", "Đánh giá",
             *(["Giao cho"] if upper else [])], rows, {1, 2, 4})))
    if not sections:
        sections.append(ReportSection("", [f"Năm {year} chưa có kế hoạch, chỉ tiêu nào được nhập."]))
    return document(database, "Kết quả thực hiện chỉ tiêu", f"Kết quả thực hiện chỉ tiêu phong trào năm {year}",
                    sections)


def _score_text(row: evaluations.SubjectRow) -> str:
    """The self-score total, with how many items are still to score when the sheet is not finished."""
    c = row.classification
    if not c.scored:
        return ""
    total = f"{c.total:g}".replace(".", ",")
    return total if c.scored == c.to_score else f"{total} ({c.scored}/{c.to_score} mục)"


def evaluation_report(database: Database, user: CurrentUser, year: int, listing: bool = True) -> ReportDocument:
    """With ``listing`` off (the yearly report of an upper level), areas recognised are counted by unit."""
    rows = evaluations.subjects(database, year)
    if listing:
        table = by_unit(database, ["Đối tượng" if is_upper_level(database) else "Đơn vị", "Loại",
                                    "“An toàn về ANTT”", "Điểm tự chấm", "Phân loại", "Quyết định công nhận"], rows,
                         lambda r: [r.subject.name, unit_types()[r.subject.unit_type], r.outcome.result_text,
                                    _score_text(r), r.level_text,
                                    f"{r.decision_number} {format_date(r.decision_date)}".strip()],
                         {3}, lambda r: r.subject.owner_unit)
    else:
        table = unit_counts(database, [r for r in rows if r.subject.unit_type == "khu_dan_cu"],
                            lambda r: r.subject.owner_unit,
                            {"Khu dân cư": len, "Đạt “An toàn về ANTT”": lambda rs: sum(r.outcome.recognised is True
                                                                                        for r in rs)})
    recognised = sum(r.outcome.recognised is True for r in rows if r.subject.unit_type == "khu_dan_cu")
    areas = sum(r.subject.unit_type == "khu_dan_cu" for r in rows)
    return document(database, "Kết quả công nhận", f"Kết quả công nhận “An toàn về an ninh, trật tự” và phân loại "
                    f"phong trào năm {year}", [ReportSection("", [
                        f"{number_text(recognised)}/{number_text(areas)} khu dân cư đạt tiêu chuẩn “An toàn về an "
                        "ninh, trật tự”."], table)])


def yearly_report(database: Database, user: CurrentUser, year: int) -> ReportDocument:
    listing = not is_upper_level(database)  # a province's yearly report counts by unit; lists are reports of their own
    parts = [forces_statistics(database, user, year), models_report(database, user, year, listing),
             campaigns_report(database, user, year, listing), targets_report(database, user, year),
             evaluation_report(database, user, year, listing)]
    sections = [ReportSection("Đặc điểm tình hình", [NARRATIVE_PLACEHOLDER, NARRATIVE_PLACEHOLDER], level=1),
                ReportSection("Kết quả thực hiện", level=1)]
    for part in parts:  # each report's own sections one level down: I. → 1. → a)
        sections.append(ReportSection(part.subtitle, level=2))
        sections.extend(ReportSection(s.heading, s.paragraphs, s.table, s.level + 1, s.numbered)
                        for s in part.sections)
    sections += [ReportSection("Tồn tại, hạn chế và nguyên nhân", [NARRATIVE_PLACEHOLDER], level=1),
                 ReportSection("Phương hướng, nhiệm vụ năm tới", [NARRATIVE_PLACEHOLDER], level=1)]
    return document(database, "Báo cáo tổng hợp",
                    f"Tổng kết Phong trào toàn dân bảo vệ an ninh Tổ quốc năm {year}", sections)


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    build: Callable[..., ReportDocument]  # (database, user, year[, unit_type])
    for_kind: bool = False  # takes the kind of subject (xa, khu_dan_cu, co_quan)


REPORTS = {spec.name: spec for spec in (
    ReportSpec("luc-luong-dia-ban", "Danh sách lực lượng theo địa bàn", forces_by_area),
    ReportSpec("thong-ke-luc-luong", "Thống kê lực lượng (loại, chức danh, tuổi, học vấn, đảng viên, thiếu định biên)",
               forces_statistics),
    ReportSpec("mo-hinh", "Danh sách và phân loại mô hình theo 6 lĩnh vực", models_report),
    ReportSpec("hoat-dong-cao-diem", "Hoạt động hưởng ứng các ngày, tháng cao điểm", campaigns_report),
    ReportSpec("chi-tieu", "Kết quả thực hiện chỉ tiêu", targets_report),
    ReportSpec("danh-gia", "Kết quả công nhận “An toàn về ANTT” và phân loại phong trào", evaluation_report),
    ReportSpec("bang-diem", "Bảng tự chấm điểm phân loại phong trào (QĐ 510)", score_sheet_report, True),
    ReportSpec("to-trinh", "Tờ trình đề nghị công nhận “An toàn về ANTT” và phân loại phong trào", proposal_report,
               True),
    ReportSpec("tong-hop-nam", "Báo cáo tổng hợp năm", yearly_report),
)}


def render(database: Database, user: CurrentUser, name: str, year: int, fmt: str, out: Path,
           unit_type: str | None = None) -> Path:
    user.require(Role.VIEWER)
    if name not in REPORTS:
        raise UserError(f"Không có báo cáo “{name}”; xem danh sách bằng “antt report --list”.")
    if fmt not in FORMATS:
        raise UserError(f"Định dạng “{fmt}” không hỗ trợ; chọn pdf, xlsx hoặc docx.")
    refuse_own_file(database.paths, out)
    if not 2000 <= year <= date.today().year + 1:
        raise UserError(f"Năm {year} không hợp lệ.")
    if unit_type and not REPORTS[name].for_kind:
        raise UserError(f"Báo cáo “{name}” không chọn loại đối tượng; bỏ --for.")
    built = REPORTS[name].build(database, user, year, *([unit_type] if unit_type else []))
    number_headings(built.sections)
    path = FORMATS[fmt](built, out)
    with database.session(user.username) as session:
        append_audit(session, user.username, "export", "report", name, f"{year} {fmt} → {out.name}")
    return path
