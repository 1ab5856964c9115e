"""Reports: the numbers in the PDF, the workbook and the Word file agree with the database."""

from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from antt_desktop.errors import UserError
from antt_desktop.services.demo import demo
from antt_desktop.services.forces import teams
from antt_desktop.services.forces.member_query import MemberFilter, count_members
from antt_desktop.services.reports import reports
from tests import cli_runner
from tests.conftest import ADMIN_USER

pytestmark = pytest.mark.both_storages


YEAR = date.today().year


@pytest.fixture
def filled(database):
    demo.fill_commune(database, ADMIN_USER)
    return database


def _pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_every_report_renders_in_every_format(filled, tmp_path):
    for name in reports.REPORTS:
        for fmt in reports.FORMATS:
            out = reports.render(filled, ADMIN_USER, name, YEAR, fmt, tmp_path / f"{name}.{fmt}")
            assert out.stat().st_size > 1000, (name, fmt)


def test_pdf_has_the_official_header_and_the_numbers(filled, tmp_path):
    out = reports.render(filled, ADMIN_USER, "thong-ke-luc-luong", YEAR, "pdf", tmp_path / "tk.pdf")
    text = _pdf_text(out)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "CÔNG AN TỈNH TUYÊN QUANG" in text and "CÔNG AN XÃ THƯỢNG LÂM" in text
    assert f"Thượng Lâm, ngày {date.today():%d} tháng {date.today():%m} năm {date.today():%Y}" in text
    active = count_members(filled, MemberFilter(status="active"))
    assert f"Tổng cộng\n {active}" in text
    staffing = teams.staffing_summary(filled)
    assert f"{staffing.teams_short}/{staffing.teams} tổ, đội chưa đủ định biên, thiếu {staffing.people_missing}" in text
    fonts = {font.get_object()["/BaseFont"] for page in PdfReader(out).pages
             for font in page["/Resources"]["/Font"].values()}
    embedded = {name.split("+")[-1] for name in fonts if "+" in name}  # subset prefix = embedded
    assert embedded >= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"}


def test_member_list_in_xlsx_matches_the_database(filled, tmp_path):
    out = reports.render(filled, ADMIN_USER, "luc-luong-dia-ban", YEAR, "xlsx", tmp_path / "ds.xlsx")
    sheet = load_workbook(out).active
    names = [row[1] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert len(names) == count_members(filled, MemberFilter(status="active"))
    assert sheet["A1"].value == "CÔNG AN TỈNH TUYÊN QUANG"


def test_docx_is_editable_with_the_yearly_sections(filled, tmp_path):
    out = reports.render(filled, ADMIN_USER, "tong-hop-nam", YEAR, "docx", tmp_path / "nam.docx")
    text = "\n".join(p.text for p in Document(out).paragraphs)
    for heading in ("I. Đặc điểm tình hình", "II. Kết quả thực hiện", "III. Tồn tại, hạn chế và nguyên nhân",
                    "IV. Phương hướng, nhiệm vụ năm tới"):
        assert heading in text


def test_unknown_report_or_format_is_refused(filled, tmp_path):
    with pytest.raises(UserError, match="antt report --list"):
        reports.render(filled, ADMIN_USER, "khong-co", YEAR, "pdf", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="pdf, xlsx hoặc docx"):
        reports.render(filled, ADMIN_USER, "mo-hinh", YEAR, "odt", tmp_path / "x.odt")


def test_cli_report(tmp_path):
    data = tmp_path / "d"
    def antt(*args):
        return cli_runner.antt(*args, "--data-dir", data)
    assert antt("demo").returncode == 0
    listed = antt("report", "--list")
    assert listed.returncode == 0 and "tong-hop-nam\tBáo cáo tổng hợp năm" in listed.stdout
    assert antt("report", "mo-hinh").returncode == 2
    made = antt("report", "mo-hinh", "--year", YEAR, "--format", "pdf", "--out", tmp_path / "mh.pdf")
    assert made.returncode == 0, made.stderr
    assert "Danh sách và phân loại mô hình tự phòng, tự quản" in _pdf_text(tmp_path / "mh.pdf")


def test_upper_level_reports_consolidate_per_commune(tmp_path):
    from antt_desktop.config import resolve_paths
    from antt_desktop.domain.units import Level
    from antt_desktop.services.admin.setup import SetupRequest, initialize

    database = initialize(resolve_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    demo.fill_province(database, ADMIN_USER, areas_per_commune=1)
    out = reports.render(database, ADMIN_USER, "thong-ke-luc-luong", YEAR, "xlsx", tmp_path / "tinh.xlsx")
    rows = [row for row in load_workbook(out).active.iter_rows(values_only=True)
            if isinstance(row[0], int) and isinstance(row[2], str) and len(row[2]) == 5]
    assert len(rows) == 124  # every commune of Tuyên Quang
    assert sum(row[4] for row in rows) == count_members(database, MemberFilter(status="active"))
    text = _pdf_text(reports.render(database, ADMIN_USER, "danh-gia", YEAR, "pdf", tmp_path / "tinh.pdf"))
    assert "BỘ CÔNG AN\n CÔNG AN TỈNH TUYÊN QUANG\n" in text and "GIÁM ĐỐC" in text  # never broken inside a name
    assert "Xã, phường" not in text  # the province is not assessed as a commune

    from antt_desktop.services.security_models import security_models

    models = security_models.list_models(database)
    listed = load_workbook(reports.render(database, ADMIN_USER, "mo-hinh", YEAR, "xlsx", tmp_path / "mh.xlsx")).active
    named = [row for row in listed.iter_rows(values_only=True) if isinstance(row[0], int) and len(row) > 2]
    assert len(named) == len(models) and named[0][1] == "Phường An Tường"  # grouped by unit, which each names
    yearly = load_workbook(reports.render(database, ADMIN_USER, "tong-hop-nam", YEAR, "xlsx", tmp_path / "n.xlsx"))
    cells = [row for row in yearly.active.iter_rows(values_only=True)]
    # the yearly report counts models by unit rather than listing thousands of them
    totals = [row for row in cells if row[1] == "Tổng cộng"]
    assert [len(models), sum(m.data.typical for m in models)] in [[v for v in row[2:4]] for row in totals]
    assert not any(models[0].data.name in row for row in cells)
    assert len(cells) < 4 * 124 * 3
    database.close()


def test_member_list_pdf_breaks_no_date_or_year_across_lines(filled, tmp_path):
    """Column widths follow the content: a birth year or a date stays whole on its line."""
    out = reports.render(filled, ADMIN_USER, "luc-luong-dia-ban", YEAR, "pdf", tmp_path / "ds.pdf")
    words = PdfReader(out).pages[0].extract_text().split()
    rows = reports.forces_by_area(filled, ADMIN_USER, YEAR).sections[0].table.rows
    for row in rows[:5]:  # STT, name, birth year, gender, role, team, area, party member, start date
        assert str(row[2]) in words and row[-1] in words, row


def test_fitted_widths_never_make_a_column_narrower_than_its_longest_word():
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics

    from antt_desktop.exchange.report_pdf import CELL_PADDING, FONT, fitted_widths, register_fonts

    register_fonts()
    rows = [["STT", "Họ và tên", "Năm sinh", "Ngày tham gia", "Tổ/đội"],
            [1, "Nguyễn Thị Phương", 1994, "11/02/2025", "Đội dân phòng thôn Phiêng Luông"]]
    widths = fitted_widths(rows, 165 * mm)
    assert abs(sum(widths) - 165 * mm) < 0.01
    for column, width in zip(zip(*rows, strict=True), widths, strict=True):
        longest = max(pdfmetrics.stringWidth(word, FONT + "-Bold", 11) for cell in column for word in str(cell).split())
        assert width >= longest + 2 * CELL_PADDING


def test_the_evaluation_report_gives_recognition_self_score_and_level(filled, tmp_path):
    from antt_desktop.services.evaluation import evaluations

    out = reports.render(filled, ADMIN_USER, "danh-gia", YEAR, "xlsx", tmp_path / "dg.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    header = next(row for row in rows if row and row[0] == "STT")
    assert header[:7] == ("STT", "Đơn vị", "Loại", "“An toàn về ANTT”", "Điểm tự chấm", "Phân loại",
                          "Quyết định công nhận")
    listed = {row[1]: row[3:6] for row in rows if row and isinstance(row[0], int)}
    for subject in evaluations.subjects(filled, YEAR):
        c = subject.classification
        total = f"{c.total:g}".replace(".", ",") if c.scored else None
        if total and c.scored < c.to_score:
            total += f" ({c.scored}/{c.to_score} mục)"
        assert listed[subject.subject.name] == (subject.outcome.result_text, total, subject.level_text or None)
    assert any(level for _result, _total, level in listed.values())  # the demo scores some subjects fully
