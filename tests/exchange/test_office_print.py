"""The Word and Excel outputs print as well as the PDF: LibreOffice converts every report, export, template and
error workbook to PDF (as printing does) and the pages are read back: how many, every column on the page width,
the national title and the titles whole on one line, one font."""

import math
import os
import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader

from antt_desktop.exchange.error_workbook import write_error_workbook
from antt_desktop.exchange.excel_schema import FIELDS
from antt_desktop.exchange.report_document import NATIONAL_TITLE
from antt_desktop.services.demo import demo
from antt_desktop.services.excel import excel_export
from antt_desktop.services.excel.excel_import import RowError
from antt_desktop.services.forces.member_query import MemberFilter, count_members
from antt_desktop.services.reports import reports
from tests.conftest import ADMIN_USER

YEAR = 2026
pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed (scripts/bootstrap --test installs it)")


def _fonts_config(folder: Path) -> Path:
    """fontconfig as the system has it, plus the app's bundled Liberation fonts (metric twins of Times New
    Roman), so the conversion does not depend on which fonts the machine happens to have."""
    fonts = files("antt_desktop") / "resources" / "fonts"
    config = folder / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{fonts}</dir>
<cachedir>{folder / "fc-cache"}</cachedir></fontconfig>""", encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every file the app writes for Word or Excel, converted to PDF in one LibreOffice run."""
    from antt_desktop.config import resolve_paths
    from antt_desktop.services.admin.setup import initialize
    from tests.conftest import TEMPLATE_SETUP

    folder = tmp_path_factory.mktemp("office")
    database = initialize(resolve_paths(folder / "data"), TEMPLATE_SETUP)
    demo.fill_commune(database, ADMIN_USER)
    written = [reports.render(database, ADMIN_USER, name, YEAR, fmt, folder / f"{name}-{fmt}.{fmt}")
               for name in reports.REPORTS for fmt in ("docx", "xlsx")]
    for kind in FIELDS:
        out = folder / f"export-{kind}.xlsx"
        excel_export.export_kind(database, ADMIN_USER, kind, out)
        written += [out, excel_export.template(kind, folder / f"template-{kind}.xlsx")]
    written.append(write_error_workbook(
        folder / "errors.xlsx", [(1, "Họ và tên"), (2, "Ghi chú")], {6: {1: "Nguyễn Văn An", 2: "x" * 200}},
        [RowError(6, "Ngày sinh “31/02/1990” không có thật.", None)]))
    members = count_members(database, MemberFilter(status="active"))
    database.close()
    out = folder / "pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(_fonts_config(folder)), "HOME": str(folder)}
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(out), *map(str, written)], env=env, capture_output=True, timeout=300,
                   check=True)
    return {path.stem: out / f"{path.stem}.pdf" for path in written}, members


def _page_lines(path, number=0):
    return [" ".join(line.split()) for line in PdfReader(path).pages[number].extract_text().splitlines()]


def test_every_file_converts_and_reports_keep_the_national_title_on_one_line(printed):
    pdfs, _members = printed
    for stem, path in pdfs.items():
        assert path.exists(), stem
        pages = len(PdfReader(path).pages)
        assert 1 <= pages <= 12, (stem, pages)
        if stem.startswith(tuple(reports.REPORTS)):
            lines = _page_lines(path)
            assert any(NATIONAL_TITLE in line for line in lines), (stem, lines[:6])
            assert any("Độc lập - Tự do - Hạnh phúc" in line for line in lines), stem


def test_wide_exports_fit_every_column_on_the_page_width(printed):
    pdfs, members = printed
    path = pdfs["export-members"]
    first = " ".join(_page_lines(path))
    assert "DANH SÁCH THÀNH VIÊN LỰC LƯỢNG" in first
    for spec in FIELDS["members"]:  # all 15 columns on page 1, none on a page of its own
        assert spec.header.split()[0] in first, spec.header
    assert len(PdfReader(path).pages) <= math.ceil(members / 12)  # pages follow the rows, not the columns
    repeated = " ".join(_page_lines(path, 1))
    assert "Họ và tên" in repeated and "Số quyết định" in repeated  # the header row printed on every page


def test_word_files_print_in_one_font(printed):
    pdfs, _members = printed
    for stem, path in pdfs.items():
        if not stem.endswith("-docx"):
            continue
        fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1] for page in PdfReader(path).pages
                 for font in page["/Resources"].get("/Font", {}).values()}
        assert fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                         "LiberationSerif-BoldItalic"}, (stem, fonts)
