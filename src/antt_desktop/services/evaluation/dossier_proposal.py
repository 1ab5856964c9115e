"""``to-trinh``: the Tờ trình by which a unit asks the level above to recognise it "An toàn về an ninh, trật tự"
(Thông tư 124/2021/TT-BCA, amended by 48/2025/TT-BCA) and to classify its movement (Quyết định 510), with the
result of each criterion, the self-score and level, and the areas (or units below) it proposes."""

from __future__ import annotations

from antt_desktop.exchange.report_document import ReportDocument, ReportSection, ReportTable, number_text
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.evaluation.dossier_data import KINDS, RESULT_TEXT, Subject, dossier_subjects
from antt_desktop.services.evaluation.evaluation_reports import level_line
from antt_desktop.services.reports.report_data import document, in_sentence, is_upper_level

RECOGNITION = "“An toàn về an ninh, trật tự”"
NOUNS = {"xa": "xã, phường, đặc khu", "khu_dan_cu": "khu dân cư", "co_quan": "cơ quan, doanh nghiệp, cơ sở giáo dục"}


def _grounds(subjects: list[Subject], year: int, issuer: str) -> list[str]:
    sheet = subjects[0].sheet if subjects else None
    which = ("bảng điểm mẫu" if sheet is None or sheet.sample else f"bảng điểm của Công an tỉnh (phiên bản "
             f"{sheet.version})")
    return ["Căn cứ Thông tư số 124/2021/TT-BCA của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị "
            f"trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn {RECOGNITION} (được sửa đổi, bổ sung bởi "
            "Thông tư số 48/2025/TT-BCA);",
            "Căn cứ Quyết định số 510/QĐ-BCA-V05 năm 2022 của Bộ Công an về phân loại phong trào toàn dân bảo vệ an "
            f"ninh Tổ quốc và {which};",
            f"Căn cứ kết quả tự đánh giá, chấm điểm năm {year},",
            f"{issuer} kính trình xem xét, công nhận và phân loại như sau:"]


def _level(subject: Subject) -> str:
    result = subject.classification
    return subject.sheet.level_name(result.level) if result.level else "Chưa phân loại"


def _own_sections(subject: Subject) -> list[ReportSection]:
    rows = [[i, c.text, RESULT_TEXT[c.met], c.evidence] for i, c in enumerate(subject.criteria, start=1)]
    missing = sum(c.met is not True for c in subject.criteria)
    verdict = {True: f"đạt tiêu chuẩn {RECOGNITION}",
               False: f"chưa đạt tiêu chuẩn {RECOGNITION} ({missing} tiêu chuẩn chưa đạt)",
               None: f"chưa đánh giá xong các tiêu chuẩn {RECOGNITION}"}[subject.recognised]
    return [ReportSection(f"Kết quả thực hiện các tiêu chuẩn {RECOGNITION} của {in_sentence(subject.name)}",
                          [], ReportTable(["STT", "Tiêu chuẩn", "Kết quả", "Minh chứng"], rows, {0}), level=1),
            ReportSection("", [f"Đối chiếu với các tiêu chuẩn, {in_sentence(subject.name)} {verdict}."],
                          numbered=False),
            ReportSection("Kết quả tự chấm điểm, phân loại phong trào", [
                level_line(subject), "(Có bảng tự chấm điểm kèm theo.)"], level=1)]


def _list_section(title: str, subjects: list[Subject], upper_level: bool) -> ReportSection:
    reviewed = any(s.review for s in subjects)
    rows = [[i, f"{s.name}" + (f" ({in_sentence(s.unit_name)})" if upper_level and s.unit_type != "xa" else ""),
             RESULT_TEXT[s.recognised], s.classification.total,
             *([s.reviewed.total if s.reviewed else ""] if reviewed else []), _level(s)]
            for i, s in enumerate(subjects, start=1)]
    recognised = sum(s.recognised is True for s in subjects)
    return ReportSection(title, [f"{number_text(recognised)}/{number_text(len(subjects))} đạt tiêu chuẩn "
                                 f"{RECOGNITION}."],
                         ReportTable(["STT", NOUNS[subjects[0].unit_type].capitalize(), "Tiêu chuẩn ANTT",
                                      "Điểm tự chấm",
                                      *(["Điểm cấp trên chấm"] if reviewed else []), "Tự phân loại"],
                                     rows, {0, 3, 4} if reviewed else {0, 3}), level=1)


def _proposal(issuer: str, superior: str, year: int, own: Subject | None, listed: list[Subject]) -> list[str]:
    asks = []
    if own is not None:
        result = own.classification
        if result.level is None:
            asks.append(f"Chưa đủ căn cứ đề nghị phân loại {in_sentence(own.name)}: {result.explanation[-1]}")
        elif own.recognised:
            asks.append(f"Công nhận {in_sentence(own.name)} đạt tiêu chuẩn {RECOGNITION} năm {year} và phân loại "
                        f"phong trào toàn dân bảo vệ an ninh Tổ quốc đạt mức {_level(own)}.")
        else:
            asks.append(f"Phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc của {in_sentence(own.name)} năm "
                        f"{year} đạt mức {_level(own)}.")
    named = [s.name for s in listed if s.recognised]
    if named:
        asks.append(f"Công nhận {len(named)} {NOUNS[listed[0].unit_type]} đạt tiêu chuẩn {RECOGNITION} năm {year}: "
                    f"{', '.join(named)}.")
    if not asks:
        asks.append(f"Năm {year} chưa có đơn vị nào đủ điều kiện đề nghị công nhận.")
    return [f"{issuer} kính đề nghị {superior} xem xét:", *(f"- {ask}" for ask in asks)]


def proposal_report(database: Database, user: CurrentUser, year: int, unit_type: str | None = None
                    ) -> ReportDocument:
    """``to-trinh``: at a commune for the commune with its residential areas listed (or for its areas or agencies
    alone); at an upper level for the communes below."""
    upper = is_upper_level(database)
    kind = unit_type or "xa"
    subjects = dossier_subjects(database, year, kind)
    own = subjects[0] if subjects and kind == "xa" and not upper else None
    listed = [] if own else subjects
    if own is not None:
        listed = dossier_subjects(database, year, "khu_dan_cu")
    built = document(database, "Tờ trình", f"Đề nghị công nhận đạt tiêu chuẩn {RECOGNITION} và phân loại phong "
                     f"trào toàn dân bảo vệ an ninh Tổ quốc năm {year}", [], "TTr")
    built.title = "Tờ trình"
    superior = built.superior[:1] + built.superior[1:].lower() if built.superior.isupper() else built.superior
    sections = [ReportSection("", _grounds(subjects or listed, year, built.issuer), numbered=False)]
    if own is not None:
        sections += _own_sections(own)
    if listed:
        title = {"xa": "Kết quả của các xã, phường, đặc khu", "co_quan": "Kết quả của các cơ quan, doanh nghiệp, "
                 "cơ sở giáo dục"}.get(listed[0].unit_type, "Kết quả của các khu dân cư")
        sections.append(_list_section(title, listed, upper))
    elif own is None:
        sections.append(ReportSection("", [f"Năm {year} chưa có {KINDS[kind].lower()} nào được đánh giá."],
                                      numbered=False))
    sections.append(ReportSection("Đề nghị", _proposal(built.issuer, superior, year, own, listed), level=1))
    built.sections = sections
    built.recipients = ["Như trên;", "Lưu: VT."]
    return built
