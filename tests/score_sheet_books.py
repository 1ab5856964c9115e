"""Score-sheet workbooks as provinces publish them: the national header, a title, a header over two merged rows,
items "1", "1a", "a)", "1.1" and unnumbered rows, a part "Điểm trừ", the levels written under the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

TITLES = {"xa": "XÃ, PHƯỜNG, ĐẶC KHU", "khu_dan_cu": "KHU DÂN CƯ", "co_quan": "CƠ QUAN, DOANH NGHIỆP, CƠ SỞ GIÁO DỤC"}
PROVINCE_ROWS = [
    ("I", "TIÊU CHÍ CHẤM ĐIỂM", 100),
    ("1", "Công tác lãnh đạo, chỉ đạo", 20), ("1a", "Đảng ủy ban hành nghị quyết trong quý I", 10),
    ("1b", "Ủy ban nhân dân ban hành kế hoạch", 10),
    ("2", "Công tác tuyên truyền, vận động", 30), ("a)", "Tuyên truyền ít nhất 4 đợt trong năm", 15),
    ("b)", "100% hộ gia đình ký cam kết", 15),
    ("3", "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8)", 20),
    ("4", "Xây dựng, nhân rộng mô hình tự phòng, tự quản", 30),
    (None, "Có mô hình hoạt động hiệu quả", 20), ("-", "Sơ kết, nhân rộng mô hình", 10),
    ("II", "ĐIỂM TRỪ", None), ("1", "Để xảy ra vụ việc phức tạp về an ninh, trật tự", "-10"),
    ("2", "Báo cáo chậm, không đúng thời hạn", 5),
    (None, "Tổng cộng", 100),
]
LEVELS_NOTE = "Phân loại: Xuất sắc: từ 92 điểm trở lên; Khá: từ 75 đến dưới 92 điểm; Trung bình: từ 50 đến dưới 75 " \
              "điểm; Yếu: dưới 50 điểm."


def province_book(path: Path, rows: list[tuple] | None = None, kind: str = "xa", levels: str | None = LEVELS_NOTE,
                  formulas: dict[str, str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Bảng điểm"
    sheet["A1"], sheet["D1"] = "CÔNG AN TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["D2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A4"] = f"BẢNG CHẤM ĐIỂM PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC Ở {TITLES[kind]}"
    sheet.merge_cells("A4:E4")
    sheet["A6"], sheet["B6"], sheet["C6"], sheet["E6"] = "STT", "Nội dung tiêu chí", "Điểm", "Ghi chú"
    sheet["C7"], sheet["D7"] = "Chuẩn", "Tự chấm"
    for merged in ("A6:A7", "B6:B7", "C6:D6", "E6:E7"):
        sheet.merge_cells(merged)
    body = PROVINCE_ROWS if rows is None else rows
    for number, (stt, text, points) in enumerate(body, start=8):
        sheet.cell(number, 1, stt)
        sheet.cell(number, 2, text)
        sheet.cell(number, 3, points)
    for ref, formula in (formulas or {}).items():
        sheet[ref] = formula
    last = 8 + len(body)
    if levels:
        sheet.cell(last + 1, 1, levels)
    sheet.cell(last + 3, 4, "Tuyên Quang, ngày 01 tháng 10 năm 2026")
    sheet.cell(last + 4, 4, "GIÁM ĐỐC")
    book.save(path)
    return path
