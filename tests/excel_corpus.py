"""Workbooks as commune offices really make them, written at test time, each with what importing it must give.

Every shape seen in commune lists is here at least once: the national header and titles above the table,
headers over two rows with merged cells, the numbering row "(1) (2)…", sub-totals, the signature block, several
sheets, hidden rows and columns (read: "Unhide" shows them), formulas (with the values Excel keeps), rows
grouped under a heading per thôn, names split into "Họ và tên đệm" and "Tên", the sex as two columns "Nam" |
"Nữ", TCVN3 and VNI text, old .xls files, dates as dates, as text in three styles
and as a year, CCCD numbers that lost their leading zero; members and areas both. The areas the member lists
name exist before (``AREAS``)."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from tests.xls_forge import forge as forge_xls
from tests.xls_forge import workbook as xls_workbook

AREAS = ("Bản Ché", "Nà Va", "Nà Liềm")
NATIONAL = [["CÔNG AN TỈNH TUYÊN QUANG", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["CÔNG AN XÃ THƯỢNG LÂM", None, None, None, "Độc lập - Tự do - Hạnh phúc"], [],
            [None, None, "DANH SÁCH THÀNH VIÊN TỔ BẢO VỆ AN NINH, TRẬT TỰ"],
            [None, None, "(Kèm theo Quyết định số 12/QĐ-UBND)"], []]
SIGNATURE = [[], [None, None, None, None, "Thượng Lâm, ngày 20 tháng 11 năm 2026"],
             [None, "NGƯỜI LẬP BIỂU", None, None, "TRƯỞNG CÔNG AN XÃ"],
             [None, "(Ký, ghi rõ họ tên)", None, None, "(Ký tên, đóng dấu)"], [],
             [None, "Nguyễn Văn Lập", None, None, "Lý Văn Trưởng"]]
MEMBER_HEADINGS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Thôn", "Chức danh"]
PEOPLE = [  # name, gender, birth, CCCD (12 digits, matching the birth year and gender), area, role
    ("Nguyễn Văn Hùng", "Nam", date(1980, 3, 5), "008080000101", "Bản Ché", "Tổ trưởng"),
    ("Hoàng Thị Lan", "Nữ", date(1985, 7, 12), "008185000102", "Bản Ché", "Tổ viên"),
    ("Lý Văn Sơn", "Nam", date(1990, 1, 20), "008090000103", "Nà Va", "Tổ phó"),
]


@dataclass
class Case:
    name: str  # the file written (its extension is what the office would have given it)
    kind: str
    build: Callable[[Path], Path]
    rows: int  # rows imported
    values: dict[str, dict[str, object]] = field(default_factory=dict)  # name → attribute → value in the database
    errors: list[tuple[int, str | None]] = field(default_factory=list)  # (row, column letter) of each error
    notes: tuple[str, ...] = ()  # words the summary's notes must hold


def _save(path: Path, lines: Sequence[Sequence[object]], merges: Sequence[str] = (), fonts: str | None = None,
          hidden_rows: Sequence[int] = (), hidden_columns: Sequence[str] = (), sheets: Sequence[tuple] = (),
          title: str = "Danh sách") -> Path:
    book = Workbook()
    for name, other in sheets:  # sheets before the table's: instructions, a summary…
        extra = book.create_sheet(name)
        for line in other:
            extra.append(line)
    book.remove(book.active) if sheets else None
    sheet = book.create_sheet(title) if sheets else book.active
    sheet.title = title
    for line in lines:
        sheet.append(list(line))
    for span in merges:
        sheet.merge_cells(span)
    if fonts:
        for row in sheet.iter_rows():
            for cell in row:
                cell.font = Font(name=fonts)
    for number in hidden_rows:
        sheet.row_dimensions[number].hidden = True
    for letter in hidden_columns:
        sheet.column_dimensions[letter].hidden = True
    book.save(path)
    return path


def _with_cached_values(path: Path, values: dict[str, object]) -> Path:
    """Formula cells holding the value Excel computed and saved (openpyxl writes the formula alone)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = next(name for name in parts if name.startswith("xl/worksheets/sheet"))
    text = parts[sheet].decode()
    for ref, value in values.items():
        text = re.sub(rf'(<c r="{ref}"[^>]*>)<f>(.*?)</f><v\s*/?>(?:</v>)?', rf"\1<f>\2</f><v>{value}</v>", text)
    parts[sheet] = text.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _people(style: Callable[[date], object] = lambda d: d, cccd: Callable[[str], object] = str) -> list[list]:
    return [[n, name, gender, style(birth), cccd(number), area, role]
            for n, (name, gender, birth, number, area, role) in enumerate(PEOPLE, start=1)]


def _expected(**changes: object) -> dict[str, dict[str, object]]:
    return {name: {"gender": {"Nam": "nam", "Nữ": "nu"}[gender], "birth_date": birth, "cccd": number, **changes}
            for name, gender, birth, number, _, _ in PEOPLE}


def national_header(path: Path) -> Path:
    numbering = [f"({n})" for n in range(1, 8)]
    return _save(path, [*NATIONAL, MEMBER_HEADINGS, numbering, *_people(), *SIGNATURE],
                 merges=["E1:G1", "E2:G2", "C4:G4"])


def two_row_merged_header(path: Path) -> Path:
    upper = ["STT", "Thông tin cá nhân", None, None, None, "Nơi cư trú", "Chức danh trong tổ"]
    lower = [None, "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Thôn", None]
    return _save(path, [["DANH SÁCH TỔ BẢO VỆ AN NINH, TRẬT TỰ"], [], upper, lower, *_people()],
                 merges=["A3:A4", "B3:E3", "G3:G4", "A1:G1"])


def subtotals(path: Path) -> Path:
    people = _people()
    lines = [MEMBER_HEADINGS, people[0], people[1], [None, "Cộng", None, None, None, None, "2 người"], people[2],
             [None, "Cộng", None, None, None, None, "1 người"], [None, "Tổng cộng", None, None, None, None, "3 người"]]
    return _save(path, lines)


def several_sheets(path: Path) -> Path:
    instructions = [["Hướng dẫn: ghi mỗi thành viên một dòng, ngày sinh dạng ngày/tháng/năm."]]
    summary = [["Thôn", "Số thành viên"], ["Bản Ché", 2], ["Nà Va", 1]]
    return _save(path, [MEMBER_HEADINGS, *_people()], sheets=[("Hướng dẫn", instructions), ("Tổng hợp", summary)],
                 title="DS thành viên")


def hidden_rows_and_columns(path: Path) -> Path:
    headings = ["STT", "Mã cũ", *MEMBER_HEADINGS[1:]]
    lines = [[row[0], f"M{row[0]:03}", *row[1:]] for row in _people()]
    return _save(path, [headings, *lines], hidden_rows=[3], hidden_columns=["B"])


def formulas(path: Path) -> Path:
    headings = [*MEMBER_HEADINGS, "Tuổi"]
    lines = [headings]
    for n, row in enumerate(_people(), start=2):
        lines.append(["=ROW()-1" if n > 2 else 1, *row[1:], f"=2026-YEAR(D{n})"])
    lines.append([None, "Tổng số", None, None, None, None, "=COUNTA(B2:B4)"])
    _save(path, lines)
    return _with_cached_values(path, {"A3": 2, "A4": 3, "H2": 46, "H3": 41, "H4": 36, "G5": 3})


def tcvn3_xls(path: Path) -> Path:
    lines = [["DANH S¸CH Tæ B¶O VÖ AN NINH, TRËT Tù"], [],
             ["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "Sè CCCD", "Th«n", "Chøc danh"],
             [1, "NguyÔn V¨n Hïng", "Nam", date(1980, 3, 5), 8080000101, "B¶n ChÐ", "Tæ tr­ëng"],
             [2, "Hoµng ThÞ Lan", "N÷", date(1985, 7, 12), 8185000102, "B¶n ChÐ", "Tæ viªn"],
             [3, "Lý V¨n S¬n", "Nam", date(1990, 1, 20), 8090000103, "Nµ Va", "Tæ phã"],
             [], [None, "Ng­êi lËp biÓu", None, None, "Tr­ëng C«ng an x·"]]
    return forge_xls(path, xls_workbook(lines, font=".VnTime"))


def vni_xlsx(path: Path) -> Path:
    lines = [["STT", "Hoï vaø teân", "Giôùi tính", "Ngaøy sinh", "Soá CCCD", "Thoân", "Chöùc danh"],
             [1, "Nguyeãn Vaên Huøng", "Nam", "05/03/1980", "008080000101", "Baûn Cheù", "Toå tröôûng"],
             [2, "Hoaøng Thò Lan", "Nöõ", "12/07/1985", "008185000102", "Baûn Cheù", "Toå vieân"],
             [3, "Lyù Vaên Sôn", "Nam", "20/01/1990", "008090000103", "Naø Va", "Toå phoù"]]
    return _save(path, lines, fonts="VNI-Times")


def xls_with_national_header(path: Path) -> Path:
    """The national header, then a header over two rows merged as Excel merges it, the numbering row."""
    upper = ["STT", "Thông tin cá nhân", None, None, None, "Nơi cư trú", "Chức danh trong tổ"]
    lower = [None, "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Thôn", None]
    numbering = [f"({n})" for n in range(1, 8)]
    lines = [*NATIONAL, upper, lower, numbering, *_people(), *SIGNATURE]
    top = len(NATIONAL)
    merges = [(0, 0, 4, 6), (1, 1, 4, 6), (top, top + 1, 0, 0), (top, top, 1, 4), (top, top + 1, 6, 6)]
    return forge_xls(path, xls_workbook(lines, merges=merges))


def dates_as_text(path: Path) -> Path:
    lines = [MEMBER_HEADINGS, *_people()]
    lines[1][3], lines[2][3], lines[3][3] = "05/03/1980", "12-7-85", "ngày 20 tháng 1 năm 1990"
    return _save(path, lines)


def year_only(path: Path) -> Path:
    headings = [*MEMBER_HEADINGS[:3], "Năm sinh", *MEMBER_HEADINGS[4:]]
    lines = [headings, *_people()]
    lines[1][3], lines[2][3], lines[3][3] = 1980, "1985", 1990
    lines[1][4] = lines[2][4] = lines[3][4] = None
    return _save(path, lines)


def cccd_as_numbers(path: Path) -> Path:
    return _save(path, [MEMBER_HEADINGS, *_people(cccd=int)])


def force_column(path: Path) -> Path:
    headings = [*MEMBER_HEADINGS, "Lực lượng"]
    lines = [[*row, "Đội dân phòng" if row[0] == 3 else "Tổ bảo vệ ANTT"] for row in _people()]
    lines[2][6] = "Đội viên"
    return _save(path, [headings, *lines])


def grouped_by_area(path: Path) -> Path:
    people = _people()
    lines = [MEMBER_HEADINGS, ["I", "THÔN BẢN CHÉ"], people[0], people[1], ["II", "THÔN NÀ VA"], people[2]]
    return _save(path, lines, merges=["B2:G2", "B5:G5"])


def split_name_xls(path: Path) -> Path:
    headings = ["STT", "Họ và tên đệm", "Tên", *MEMBER_HEADINGS[2:]]
    lines = [[row[0], *row[1].rsplit(" ", 1), *row[2:]] for row in _people()]
    return forge_xls(path, xls_workbook([headings, *lines]))


def birth_year_under_sex(path: Path) -> Path:
    """"Năm sinh" over two columns "Nam" | "Nữ": the year written in the column of the person's sex."""
    upper = ["STT", "Họ và tên", "Năm sinh", None, "Thôn", "Chức danh"]
    lower = [None, None, "Nam", "Nữ", None, None]
    lines = [[n, name, birth.year if sex == "Nam" else None, birth.year if sex == "Nữ" else None, area, role]
             for n, (name, sex, birth, _, area, role) in enumerate(PEOPLE, start=1)]
    return _save(path, [upper, lower, *lines], merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"])


def sex_marks_xls(path: Path) -> Path:
    """"Giới tính" over "Nam" | "Nữ", an x in one of them."""
    upper = ["STT", "Họ và tên", "Giới tính", None, "Ngày sinh", "Số CCCD", "Thôn", "Chức danh"]
    lower = [None, None, "Nam", "Nữ", None, None, None, None]
    lines = [[n, name, "x" if sex == "Nam" else None, "x" if sex == "Nữ" else None, birth, cccd, area, role]
             for n, (name, sex, birth, cccd, area, role) in enumerate(PEOPLE, start=1)]
    return forge_xls(path, xls_workbook([upper, lower, *lines], merges=[(0, 0, 2, 3)]))


def rows_with_errors(path: Path) -> Path:
    lines = [MEMBER_HEADINGS, *_people()]
    lines[1][2] = None  # gender missing
    lines[2][3], lines[2][4] = "31/02/1985", "12345"  # no such day; a CCCD too short
    lines[3][6] = "Trưởng thôn"  # not a role of the team
    return _save(path, lines)


AREA_HEADINGS = ["STT", "Tên thôn, xóm", "Số hộ", "Số nhân khẩu", "Ghi chú"]
NEW_AREAS = [("Thôn Khuổi Phầy", 86, 402), ("Thôn Nặm Đíp", 120, 530), ("Bản Tát", 54, 241)]


def areas_national_header(path: Path) -> Path:
    lines = [*NATIONAL, AREA_HEADINGS, ["(1)", "(2)", "(3)", "(4)", "(5)"],
             *[[n, name, h, p, None] for n, (name, h, p) in enumerate(NEW_AREAS, start=1)],
             [None, "Tổng cộng", "=SUM(C9:C11)", "=SUM(D9:D11)"], *SIGNATURE]
    _save(path, lines, merges=["E1:G1", "E2:G2"])
    return _with_cached_values(path, {"C12": 260, "D12": 1173})


def areas_two_row_header(path: Path) -> Path:
    upper = ["STT", "Thôn, bản, khu phố", "Dân số", None, "Ghi chú"]
    lower = [None, None, "Số hộ", "Số khẩu", None]
    lines = [upper, lower, *[[n, name, h, p, None] for n, (name, h, p) in enumerate(NEW_AREAS, start=1)]]
    return _save(path, lines, merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2"])


def areas_tcvn3_xls(path: Path) -> Path:
    lines = [["Tªn th«n, xãm", "Sè hé", "Sè nh©n khÈu"], ["Th«n Khuæi PhÇy", 86, 402], ["Th«n NÆm §Ýp", 120, 530],
             ["B¶n T¸t", 54, 241]]
    return forge_xls(path, xls_workbook(lines, font=".VnTime"))


def areas_hidden_and_blank_rows(path: Path) -> Path:
    lines = [["Thôn/TDP", "Số hộ gia đình", "Dân số"], [NEW_AREAS[0][0], 86, 402], [], [NEW_AREAS[1][0], 120, 530],
             [NEW_AREAS[2][0], 54, 241], ["Ghi chú: số liệu đến 30/9/2026"]]
    return _save(path, lines, hidden_rows=[4])


def kept(name: str) -> Callable[[Path], Path]:
    """A workbook kept in tests/workbooks (made once by LibreOffice: see the README there), copied to ``path``."""
    return lambda path: Path(shutil.copy(Path(__file__).parent / "workbooks" / name, path))


MEMBERS_EXPECTED = _expected()
AREAS_EXPECTED = {name: {"households": h, "population": p} for name, h, p in NEW_AREAS}
TCVN3_NOTE, VNI_NOTE = ("bảng mã cũ TCVN3 (ABC)",), ("bảng mã cũ VNI",)

CASES = [
    Case("thanh-vien-quoc-hieu.xlsx", "members", national_header, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-tieu-de-hai-dong.xlsx", "members", two_row_merged_header, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-dong-cong.xlsx", "members", subtotals, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-nhieu-trang.xlsx", "members", several_sheets, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-an-dong-cot.xlsx", "members", hidden_rows_and_columns, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-cong-thuc.xlsx", "members", formulas, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-tcvn3.xls", "members", tcvn3_xls, 3, MEMBERS_EXPECTED, notes=TCVN3_NOTE),
    Case("thanh-vien-vni.xlsx", "members", vni_xlsx, 3, MEMBERS_EXPECTED, notes=VNI_NOTE),
    Case("thanh-vien-cu.xls", "members", xls_with_national_header, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-ngay-chu.xlsx", "members", dates_as_text, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-nam-sinh.xlsx", "members", year_only, 3,
         {name: {"birth_date": date(birth.year, 1, 1), "cccd": ""} for name, _, birth, *_ in PEOPLE}),
    Case("thanh-vien-cccd-so.xlsx", "members", cccd_as_numbers, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-luc-luong.xlsx", "members", force_column, 3,
         {"Nguyễn Văn Hùng": {"team_name": "Tổ bảo vệ ANTT bản Ché"},
          "Lý Văn Sơn": {"force_type": "dan_phong"}}),
    Case("thanh-vien-nhom-theo-thon.xlsx", "members", grouped_by_area, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-ten-tach-cot.xls", "members", split_name_xls, 3, MEMBERS_EXPECTED),
    Case("libreoffice-thanh-vien-vni.xls", "members", kept("libreoffice-thanh-vien-vni.xls"), 3, MEMBERS_EXPECTED,
         notes=VNI_NOTE),
    Case("libreoffice-thanh-vien-quoc-hieu.xls", "members", kept("libreoffice-thanh-vien-quoc-hieu.xls"), 3,
         MEMBERS_EXPECTED),
    Case("thanh-vien-nam-sinh-theo-gioi.xlsx", "members", birth_year_under_sex, 3,
         {name: {"gender": {"Nam": "nam", "Nữ": "nu"}[sex], "birth_date": date(birth.year, 1, 1)}
          for name, sex, birth, *_ in PEOPLE}),
    Case("thanh-vien-gioi-tinh-danh-dau.xls", "members", sex_marks_xls, 3, MEMBERS_EXPECTED),
    Case("thanh-vien-loi.xlsx", "members", rows_with_errors, 0, errors=[(2, "C"), (3, "D"), (3, "E"), (4, "G")]),
    Case("khu-dan-cu-quoc-hieu.xlsx", "areas", areas_national_header, 3, AREAS_EXPECTED),
    Case("khu-dan-cu-hai-dong.xlsx", "areas", areas_two_row_header, 3, AREAS_EXPECTED),
    Case("khu-dan-cu-tcvn3.xls", "areas", areas_tcvn3_xls, 3, AREAS_EXPECTED, notes=TCVN3_NOTE),
    Case("libreoffice-khu-dan-cu-quoc-hieu.xls", "areas", kept("libreoffice-khu-dan-cu-quoc-hieu.xls"), 3,
         AREAS_EXPECTED),
    Case("khu-dan-cu-an-dong.xlsx", "areas", areas_hidden_and_blank_rows, 3, AREAS_EXPECTED),
]
