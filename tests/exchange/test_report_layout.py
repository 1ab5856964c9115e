"""Reports read like the office's own: fonts embedded, headings numbered by level and kept with their tables,
catalog order, Vietnamese numbers, "Kính gửi", a signature block with the signer's name from the settings."""

import re
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from antt_desktop.exchange.report_document import number_text, percent_text
from antt_desktop.services.demo import demo
from antt_desktop.services.reports import reports
from antt_desktop.services.reports.report_data import save_signer, signer
from tests.conftest import ADMIN_USER

YEAR = date.today().year


@pytest.fixture(scope="module")
def commune(tmp_path_factory):
    """One commune with demo data and every report as PDF (built once: the tests only read them)."""
    from antt_desktop.config import resolve_paths
    from antt_desktop.services.admin.setup import initialize
    from tests.conftest import TEMPLATE_SETUP

    folder = tmp_path_factory.mktemp("xa")
    database = initialize(resolve_paths(folder / "data"), TEMPLATE_SETUP)
    demo.fill_commune(database, ADMIN_USER)
    save_signer(database, "Trưởng Công an xã", "Nguyễn  Văn Bình ")
    pdfs = {name: reports.render(database, ADMIN_USER, name, YEAR, "pdf", folder / f"{name}.pdf")
            for name in reports.REPORTS}
    yield database, pdfs, folder
    database.close()


def _lines(path):
    return [[line.strip() for line in page.extract_text().splitlines() if line.strip()]
            for page in PdfReader(path).pages]


def test_every_font_of_every_page_is_embedded(commune):
    _database, pdfs, _folder = commune
    for name, path in pdfs.items():
        for number, page in enumerate(PdfReader(path).pages, start=1):
            fonts = page["/Resources"]["/Font"]
            for font in fonts.values():
                font = font.get_object()
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor.get_object(), (name, number, font)
                assert "Helvetica" not in str(font["/BaseFont"]), (name, number)


def test_yearly_headings_are_numbered_by_level(commune):
    _database, pdfs, _folder = commune
    lines = [line for page in _lines(pdfs["tong-hop-nam"]) for line in page]
    for heading in ("I. Đặc điểm tình hình", "II. Kết quả thực hiện", "1. Thống kê lực lượng tham gia bảo vệ ANTT",
                    "a) Theo loại lực lượng và chức danh", "b) Theo độ tuổi", "2. Danh sách và phân loại mô hình",
                    "a) Số mô hình theo lĩnh vực và xếp loại", "III. Tồn tại, hạn chế và nguyên nhân"):
        assert any(line.startswith(heading) for line in lines), heading
    assert not any(line.startswith("1. Theo loại") for line in lines)


def test_no_page_ends_with_a_heading(commune):
    _database, pdfs, _folder = commune
    heading = re.compile(r"^([IVX]+\.|\d+\.|[a-z]\)) \S")
    for name, path in pdfs.items():
        for number, page in enumerate(_lines(path), start=1):
            assert not heading.match(page[-1]), (name, number, page[-1])


def test_roles_and_education_in_catalog_order(commune):
    database, _pdfs, _folder = commune
    sections = reports.forces_statistics(database, ADMIN_USER, YEAR).sections
    roles = [row[0] for row in sections[0].table.rows]
    assert roles.index("Tổ bảo vệ ANTT – Tổ trưởng") < roles.index("Tổ bảo vệ ANTT – Tổ phó") \
        < roles.index("Tổ bảo vệ ANTT – Tổ viên")
    levels = [row[0] for row in sections[2].table.rows][:-1]
    catalog = ["Tiểu học", "Trung học cơ sở", "Trung học phổ thông", "Trung cấp", "Cao đẳng", "Đại học",
               "Sau đại học"]
    assert levels == sorted(levels, key=lambda e: catalog.index(e) if e in catalog else len(catalog))


def test_numbers_have_a_thousands_dot_and_a_decimal_comma(commune):
    assert [number_text(17711), number_text(87.5), number_text(100.0), number_text(None)] == ["17.711", "87,5",
                                                                                           "100", ""]
    assert [percent_text(7, 100), percent_text(1, 3), percent_text(0, 0)] == ["7,0%", "33,3%", "0,0%"]
    _database, pdfs, _folder = commune
    for name, path in pdfs.items():
        text = "\n".join("\n".join(page) for page in _lines(path))
        assert not re.search(r"\d\.\d(?!\d\d)", text.replace("/", " ")), name  # 87.5 would be English


def test_addressee_and_signature_block(commune):
    database, pdfs, folder = commune
    assert signer(database) == ("Trưởng Công an xã", "Nguyễn Văn Bình")
    pages = _lines(pdfs["mo-hinh"])
    first, last = pages[0], pages[-1]
    assert "Kính gửi: Công an tỉnh Tuyên Quang (Phòng Xây dựng phong trào toàn dân bảo vệ ANTQ)" in " ".join(first)
    assert last[-1] == "Nguyễn Văn Bình" and "TRƯỞNG CÔNG AN XÃ" in last and "Nơi nhận:" in last
    word = reports.render(database, ADMIN_USER, "mo-hinh", YEAR, "docx", folder / "mh.docx")
    cells = [p.text for table in Document(word).tables for cell in table._cells for p in cell.paragraphs]
    assert "Nguyễn Văn Bình" in cells and "TRƯỞNG CÔNG AN XÃ" in cells
    book = reports.render(database, ADMIN_USER, "mo-hinh", YEAR, "xlsx", folder / "mh.xlsx")
    values = [c.value for row in load_workbook(book).active.iter_rows() for c in row]
    assert "Nguyễn Văn Bình" in values and values.count("Kính gửi: Công an tỉnh Tuyên Quang (Phòng Xây dựng phong "
                                                         "trào toàn dân bảo vệ ANTQ)") == 1


def test_docx_names_one_font_for_every_script_and_aligns_numbers_right(commune):
    database, _pdfs, folder = commune
    word = Document(reports.render(database, ADMIN_USER, "thong-ke-luc-luong", YEAR, "docx", folder / "tk.docx"))
    fonts = {value for element in word.element.body.iter() if element.tag.endswith("}rFonts")
             for value in element.attrib.values()}
    assert fonts == {"Times New Roman"}
    style_fonts = {value for element in word.styles.element.iter() if element.tag.endswith("}rFonts")
                   for value in element.attrib.values()}  # no theme font either, which Word would prefer
    assert style_fonts == {"Times New Roman"}
    roles = word.tables[1]
    assert roles.rows[1].cells[1].paragraphs[0].alignment == 2  # RIGHT
    section = word.sections[0]  # page numbers in the top margin, from page 2 on
    assert section.different_first_page_header_footer and 'w:instr="PAGE"' in section.header._element.xml
