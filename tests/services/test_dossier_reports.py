"""The year-end dossier as reports: the Bảng tự chấm điểm and the Tờ trình of a small commune (Thượng Lâm, three
areas), checked in the PDF text, the workbook cells and the Word tables."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from antt_desktop.db.evaluation import Evaluation, EvaluationReview
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.evaluation import unit_type
from antt_desktop.domain.score_sheet import sheet_for
from antt_desktop.errors import UserError
from antt_desktop.services.areas.areas import create_area
from antt_desktop.services.reports import reports
from tests import cli_runner
from tests.conftest import ADMIN_USER

YEAR = date.today().year
AREAS = ("Thôn Bản Bó", "Thôn Nà Liềm", "Thôn Khuôn Hè")


def _pdf_text(path) -> str:
    """The words of the PDF, one space apart (cells wrap their text over lines)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).replace("\u00a0", " ").split())


def _criteria(unit: str, failed: str | None = None) -> dict:
    return {c["code"]: {"met": c["code"] != failed, "evidence": f"Biên bản {c['code']}"}
            for c in unit_type(unit)["criteria"]}


def _scores(unit: str, less: float = 0.0, deducted: float = 0.0) -> dict:
    """Every item of the sample sheet at its standard, the first one ``less``, the first deduction ``deducted``."""
    sheet = sheet_for(unit)
    scores = {leaf.number: {"points": leaf.max_points, "note": ""} for leaf in sheet.leaves()}
    first = sheet.leaves()[0].number
    scores[first] = {"points": scores[first]["points"] - less, "note": "Nghị quyết ban hành tháng 4"}
    if deducted:
        scores[sheet.deductions[0].number] = {"points": deducted, "note": "Một vụ việc kéo dài"}
    return scores


def _evaluation(session, unit: str, name: str, scores: dict, results: dict, area_id=None) -> Evaluation:
    evaluation = Evaluation(id=uuid.uuid4(), year=YEAR, unit_type=unit, area_id=area_id, subject_name=name,
                            catalog_version="x", results=results, scores=scores, decision_number="",
                            decision_level="", override_level="", override_reason="",
                            score_sheet_version=sheet_for(unit).version)
    session.add(evaluation)
    session.flush()
    return evaluation


@pytest.fixture
def commune(database):
    """The commune scored 95 (one item 3 short, 2 deducted) and recognised; Bản Bó and Nà Liềm recognised, Khuôn
    Hè not (scored full, so capped); the level above has reviewed the commune's sheet."""
    areas = [create_area(database, ADMIN_USER, AreaInput(name)) for name in AREAS]
    with database.session(ADMIN_USER.username) as session:
        own = _evaluation(session, "xa", "Xã Thượng Lâm", _scores("xa", less=3, deducted=2), _criteria("xa"))
        review_scores = {**own.scores, "1b": {"points": 3, "note": ""}}  # the level above gives 2 less on 1b
        session.add(EvaluationReview(evaluation_id=own.id, year=YEAR, reviewed_version=1, decision="accepted",
                                     scores=review_scores, level="xuat_sac", comment="Đủ hồ sơ",
                                     decided_on=date(YEAR, 12, 1)))
        last = unit_type("khu_dan_cu")["criteria"][-1]["code"]
        for area, failed in zip(areas, (None, None, last), strict=True):
            _evaluation(session, "khu_dan_cu", area.name, _scores("khu_dan_cu", less=1),
                        _criteria("khu_dan_cu", failed), area.id)
    return database


def test_the_score_sheet_in_pdf_has_every_item_the_total_the_level_and_the_review(commune, tmp_path):
    text = _pdf_text(reports.render(commune, ADMIN_USER, "bang-diem", YEAR, "pdf", tmp_path / "bd.pdf"))
    assert "BẢNG TỰ CHẤM ĐIỂM" in text and "CÔNG AN XÃ THƯỢNG LÂM" in text and "Kính gửi" not in text
    for heading in ("STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm", "Điểm cấp trên chấm", "Ghi chú"):
        assert heading in text
    assert "Chấm theo BẢNG ĐIỂM MẪU" in text and "Nghị quyết ban hành tháng 4" in text
    assert "Tổng số điểm tự chấm: 95/100 điểm" in text and "tự phân loại: Xuất sắc" in text
    assert "Cấp trên chấm: 93 điểm, mức Xuất sắc (đã duyệt ngày 01/12" in text and "Đủ hồ sơ" in text
    assert "Một vụ việc kéo dài" in text


def test_the_score_sheet_in_xlsx_and_docx_holds_the_points(commune, tmp_path):
    sheet = load_workbook(reports.render(commune, ADMIN_USER, "bang-diem", YEAR, "xlsx", tmp_path / "bd.xlsx")).active
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
    header = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "STT")
    assert list(header[:6]) == ["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm", "Điểm cấp trên chấm", "Ghi chú"]
    assert rows["1"][2:5] == (15, 12, 10) and rows["1a"][2:6] == (5, 2, 2, "Nghị quyết ban hành tháng 4")
    assert rows["1a"][1].startswith("\u00a0") and not rows["1"][1].startswith("\u00a0")  # sub-items indented
    assert rows["T1"][3] == -2
    total = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    assert total[2:5] == (100, 95, 93)
    tables = Document(reports.render(commune, ADMIN_USER, "bang-diem", YEAR, "docx", tmp_path / "bd.docx")).tables
    cells = [[c.text for c in row.cells] for table in tables for row in table.rows]
    assert ["1a", cells[[r[0] for r in cells].index("1a")][1], "5", "2", "2", "Nghị quyết ban hành tháng 4"] in cells


def test_every_area_s_sheet_and_the_cap_when_not_recognised(commune, tmp_path):
    out = reports.render(commune, ADMIN_USER, "bang-diem", YEAR, "pdf", tmp_path / "kdc.pdf", "khu_dan_cu")
    text = _pdf_text(out)
    for name in AREAS:
        assert name in text
    assert "Điểm cấp trên chấm" not in text  # no area was reviewed
    assert text.count("Tổng số điểm tự chấm: 99/100 điểm") == 3
    assert text.count("tự phân loại: Xuất sắc") == 2 and "chưa đạt; tự phân loại: Khá" in text


def test_forged_scores_are_left_out(commune, tmp_path):
    from sqlalchemy import select

    with commune.session(ADMIN_USER.username) as session:
        own = session.scalars(select(Evaluation).where(Evaluation.unit_type == "xa")).one()
        own.scores = {**own.scores, "1a": {"points": 1e308, "note": "x"}, "../../etc": {"points": 5},
                      "2a": {"points": "7"}, "3": "mười", "T1": {"points": -50}}
    sheet = load_workbook(reports.render(commune, ADMIN_USER, "bang-diem", YEAR, "xlsx", tmp_path / "f.xlsx")).active
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["1a"][3] is None and rows["2a"][3] is None and rows["3"][3] is None and rows["T1"][3] is None
    assert "../../etc" not in rows
    assert "chưa chấm hết các mục nên chưa phân loại" in _pdf_text(
        reports.render(commune, ADMIN_USER, "bang-diem", YEAR, "pdf", tmp_path / "f.pdf"))


def test_the_proposal_names_the_grounds_the_criteria_the_level_and_the_areas(commune, tmp_path):
    flat = text = _pdf_text(reports.render(commune, ADMIN_USER, "to-trinh", YEAR, "pdf", tmp_path / "tt.pdf"))
    assert "TỜ TRÌNH" in text and "Số: /TTr-CAX" in flat
    assert "Kính gửi: Công an tỉnh Tuyên Quang" in flat
    assert "Thông tư số 124/2021/TT-BCA" in flat and "Thông tư số 48/2025/TT-BCA" in flat
    assert "Quyết định số 510/QĐ-BCA-V05" in flat
    assert "xã Thượng Lâm đạt tiêu chuẩn “An toàn về an ninh, trật tự”" in flat
    assert f"Biên bản {unit_type('xa')['criteria'][0]['code']}" in flat
    assert "Tổng số điểm tự chấm: 95/100 điểm" in flat and "2/3 đạt tiêu chuẩn" in flat
    assert (f"Công nhận 2 khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm {YEAR}: Thôn Bản Bó, Thôn Nà "
            "Liềm.") in flat
    assert "phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc đạt mức Xuất sắc" in flat
    assert "Nơi nhận" in flat and "TRƯỞNG CÔNG AN XÃ" in flat
    words = "\n".join(p.text for p in Document(reports.render(commune, ADMIN_USER, "to-trinh", YEAR, "docx",
                                                               tmp_path / "tt.docx")).paragraphs)
    assert "Quyết định số 510/QĐ-BCA-V05" in words and "IV. Đề nghị" in words


def test_a_report_without_subjects_says_so_and_wrong_options_are_refused(database, tmp_path):
    text = _pdf_text(reports.render(database, ADMIN_USER, "bang-diem", YEAR, "pdf", tmp_path / "e.pdf", "co_quan"))
    assert "chưa có cơ quan, doanh nghiệp, cơ sở giáo dục nào được chấm điểm" in text
    with pytest.raises(UserError, match="không chọn loại đối tượng"):
        reports.render(database, ADMIN_USER, "mo-hinh", YEAR, "pdf", tmp_path / "m.pdf", "xa")
    with pytest.raises(UserError, match="không có"):
        reports.render(database, ADMIN_USER, "to-trinh", YEAR, "pdf", tmp_path / "m.pdf", "../thon")


def test_the_command_line_lists_and_builds_the_dossier(tmp_path):
    data = tmp_path / "d"

    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)

    assert antt("init", "--level", "commune", "--unit-code", "02269", *cli_runner.admin_args()).returncode == 0
    listed = antt("report", "--list").stdout
    assert "bang-diem\tBảng tự chấm điểm" in listed and "to-trinh\tTờ trình" in listed
    done = antt("report", "to-trinh", "--year", YEAR, "--for", "khu-dan-cu", "--format", "docx", "--out",
                tmp_path / "tt.docx")
    assert done.returncode == 0, done.stderr
    refused = antt("report", "mo-hinh", "--year", YEAR, "--for", "xa", "--out", tmp_path / "m.pdf")
    assert refused.returncode == 1 and "không chọn loại đối tượng" in refused.stderr
    assert antt("report", "bang-diem", "--year", YEAR, "--for", "thon", "--out", tmp_path / "x.pdf").returncode == 2


def test_the_reports_page_chooses_the_subjects_for_the_dossier_only(qtbot, qapp, vietnamese, commune):
    from PySide6.QtCore import Qt

    from antt_desktop.gui.reports.reports_page import ReportsPage

    page = ReportsPage(commune, ADMIN_USER)
    qtbot.addWidget(page)
    names = [page.ui.reportList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.ui.reportList.count())]
    page.ui.reportList.setCurrentRow(names.index("mo-hinh"))
    assert not page.ui.subjectCombo.isEnabled()
    page.ui.reportList.setCurrentRow(names.index("bang-diem"))
    assert page.ui.subjectCombo.isEnabled() and page.ui.subjectCombo.currentText().startswith("Xã")
    page.ui.subjectCombo.setCurrentIndex(page.ui.subjectCombo.findData("khu_dan_cu"))
    page.ui.yearSpin.setValue(YEAR)
    page.preview()
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.ui.statusLabel.text().startswith("Đã xong: Bảng tự chấm điểm")
    text = _pdf_text(page._preview_dir / f"bang-diem-{YEAR}.pdf")
    assert all(name in text for name in AREAS) and "Xã Thượng Lâm Chấm theo" not in text


def test_at_the_province_the_dossier_holds_the_communes_sheets_sent_up(tmp_path):
    from antt_desktop.config import resolve_paths
    from antt_desktop.domain.units import Level
    from antt_desktop.services.admin.setup import SetupRequest, initialize

    database = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    try:
        with database.session(ADMIN_USER.username) as session:
            sent = _evaluation(session, "xa", "Xã Thượng Lâm", _scores("xa", less=3), _criteria("xa"))
            sent.owner_unit = "02269"  # as the commune's package brought it
            failed = unit_type("xa")["criteria"][1]["code"]
            other = _evaluation(session, "xa", "Phường An Tường", _scores("xa", less=4.5), _criteria("xa", failed))
            other.owner_unit = "02212"
        text = _pdf_text(reports.render(database, ADMIN_USER, "bang-diem", YEAR, "pdf", tmp_path / "bd.pdf"))
        assert "CÔNG AN TỈNH TUYÊN QUANG" in text and "GIÁM ĐỐC" in text
        assert "1. Phường An Tường" in text and "2. Xã Thượng Lâm" in text  # ordered by unit code
        assert "Tổng số điểm tự chấm: 97/100 điểm" in text and "Tổng số điểm tự chấm: 95,5/100 điểm" in text
        proposal = _pdf_text(reports.render(database, ADMIN_USER, "to-trinh", YEAR, "pdf", tmp_path / "tt.pdf"))
        assert "Kết quả của các xã, phường, đặc khu" in proposal and "1/2 đạt tiêu chuẩn" in proposal
        assert f"Công nhận 1 xã, phường, đặc khu đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm {YEAR}: Xã Thượng " \
               "Lâm." in proposal
    finally:
        database.close()
