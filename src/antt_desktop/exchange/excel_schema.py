"""The columns of each importable kind: Vietnamese header, the other wordings communes use, and type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from antt_desktop.domain.text import search_key


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    example: str = ""

    def matches(self, heading: str) -> bool:
        return search_key(heading) in _keys(self)


SKIPPED_HEADINGS = {"stt", "tt", "so tt", "so thu tu", "thu tu"}
WORD = re.compile(r"[a-z0-9]+")
FILLER_WORDS = frozenset({"va", "cua", "x"})
MAX_HEADING_WORDS = 6

FIELDS: dict[str, tuple[Field, ...]] = {
    "areas": (
        Field("name", "Tên khu dân cư", ("Khu dân cư", "Tên thôn", "Thôn, tổ dân phố", "Tên", "Thôn/TDP", "Địa bàn",
                                         "Thôn"), True, "Thôn Nà Liềm"),
        Field("kind", "Loại", ("Loại khu dân cư", "Phân loại"), False, "Thôn"),
        Field("population", "Số nhân khẩu", ("Nhân khẩu", "Dân số", "Số khẩu"), False, "812"),
        Field("households", "Số hộ", ("Hộ", "Số hộ gia đình", "Tổng số hộ"), False, "186"),
        Field("key_notes", "Đặc điểm trọng điểm", ("Ghi chú trọng điểm", "Trọng điểm"), False, ""),
        Field("notes", "Ghi chú", ("Ghi chu",), False, ""),
    ),
    "members": (
        Field("full_name", "Họ và tên", ("Họ tên", "Ho ten", "Tên", "Họ và tên thành viên"), True, "Nguyễn Văn An"),
        Field("gender", "Giới tính", ("Nam/Nữ", "Giới"), True, "Nam"),
        Field("birth_date", "Ngày sinh", ("Ngày, tháng, năm sinh", "Năm sinh", "Sinh ngày"), True, "02/04/1985"),
        Field("cccd", "Số CCCD", ("CCCD", "Số định danh", "Căn cước công dân", "Số căn cước", "CMND/CCCD"), False,
              "008085012345"),
        Field("phone", "Số điện thoại", ("Điện thoại", "SĐT", "SDT"), False, "0912345678"),
        Field("area", "Khu dân cư", ("Thôn", "Thôn, tổ dân phố", "Địa bàn", "Nơi cư trú", "Tên thôn"), False,
              "Thôn Nà Liềm"),
        Field("team", "Tổ/đội", ("Tổ", "Tên tổ", "Đơn vị"), False, ""),
        Field("role", "Chức danh", ("Chức vụ", "Vị trí"), True, "Tổ viên"),
        Field("ethnicity", "Dân tộc", (), False, "Tày"),
        Field("religion", "Tôn giáo", (), False, "Không"),
        Field("education", "Trình độ học vấn", ("Học vấn", "Trình độ văn hóa", "Văn hóa"), False, "12/12"),
        Field("party_member", "Đảng viên", ("Đảng viên (x)",), False, "x"),
        Field("start_date", "Ngày tham gia", ("Ngày vào", "Thời gian tham gia", "Ngày bắt đầu"), False, "01/07/2024"),
        Field("appointment_number", "Số quyết định", ("Quyết định", "Số QĐ"), False, "125/QĐ-UBND"),
        Field("force", "Lực lượng", ("Loại lực lượng", "Thuộc lực lượng", "Lực lượng tham gia"), False,
              "Tổ bảo vệ ANTT"),
    ),
    "persons": (
        Field("full_name", "Họ và tên", ("Họ tên", "Ho ten", "Tên"), True, "Hoàng Văn Sính"),
        Field("category", "Loại", ("Thành phần", "Đối tượng"), True, "Người có uy tín"),
        Field("title", "Chức danh", ("Chức vụ", "Vị trí"), False, "Già làng"),
        Field("area", "Khu dân cư", ("Thôn", "Địa bàn", "Nơi cư trú"), False, "Thôn Nặm Đíp"),
        Field("ethnicity", "Dân tộc", (), False, "Tày"),
        Field("religion", "Tôn giáo", (), False, "Không"),
        Field("phone", "Số điện thoại", ("Điện thoại", "SĐT"), False, ""),
        Field("notes", "Ghi chú", (), False, ""),
    ),
    "activities": (
        Field("activity_date", "Ngày", ("Ngày tổ chức", "Thời gian", "Ngày thực hiện"), True, "19/08/2026"),
        Field("activity_type", "Loại hoạt động", ("Hình thức hoạt động", "Loại"), True, "Tuyên truyền"),
        Field("content", "Nội dung", ("Nội dung hoạt động",), True, "Tuyên truyền phòng, chống ma túy"),
        Field("area", "Khu dân cư", ("Thôn", "Địa bàn", "Địa điểm"), False, "Thôn Bản Bó"),
        Field("channel", "Hình thức tuyên truyền", ("Hình thức", "Kênh"), False, "Loa truyền thanh cơ sở"),
        Field("participants", "Số người tham gia", ("Số người", "Người tham gia"), False, "40"),
        Field("audience", "Số người được tuyên truyền", ("Số lượt người", "Lượt người"), False, "300"),
        Field("organisers", "Đơn vị tổ chức", ("Chủ trì",), False, "Công an xã"),
        Field("result", "Kết quả", (), False, ""),
    ),
    "models": (
        Field("name", "Tên mô hình", ("Mô hình", "Tên"), True, "Camera an ninh thôn Nà Liềm"),
        Field("field", "Lĩnh vực", ("Lĩnh vực hoạt động",), True, "Phòng, chống tội phạm"),
        Field("area", "Khu dân cư", ("Thôn", "Địa bàn", "Phạm vi"), True, "Thôn Nà Liềm"),
        Field("decision_number", "Số quyết định thành lập", ("Quyết định thành lập", "Số QĐ"), False, "21/QĐ-UBND"),
        Field("decision_date", "Ngày quyết định", ("Ngày thành lập",), False, "05/01/2023"),
        Field("lead_org", "Tổ chức chủ trì", ("Chủ trì", "Cơ quan chủ trì"), False, "Chi bộ thôn"),
        Field("head", "Người phụ trách", ("Chủ nhiệm", "Trưởng mô hình"), False, ""),
        Field("status", "Trạng thái", ("Tình trạng",), False, "Đang hoạt động"),
        Field("notes", "Ghi chú", (), False, ""),
    ),
}
# Tables read but not imported as records: a province's score sheet (Quyết định 510).
READ_ONLY_FIELDS: dict[str, tuple[Field, ...]] = {
    "score_sheet": (
        Field("text", "Nội dung", ("Nội dung tiêu chí", "Tiêu chí", "Nội dung chấm điểm", "Tiêu chí chấm điểm",
                                   "Nội dung đánh giá", "Các tiêu chí", "Nội dung tiêu chí chấm điểm"), True),
        Field("max_points", "Điểm chuẩn", ("Điểm tối đa", "Thang điểm", "Điểm quy định", "Số điểm", "Điểm",
                                           "Điểm chuẩn tối đa", "Khung điểm"), True),
        Field("self_score", "Điểm tự chấm", ("Tự chấm", "Điểm đơn vị tự chấm", "Điểm tự đánh giá"), False),
        Field("review_score", "Điểm cấp trên chấm", ("Điểm thẩm định", "Cấp trên chấm"), False),
        Field("note", "Ghi chú", ("Ghi chu",), False),
    ),
}
KIND_LABELS = {"areas": "Khu dân cư", "members": "Thành viên lực lượng", "persons": "Người có uy tín",
               "activities": "Hoạt động", "models": "Mô hình tự phòng, tự quản"}


def fields_of(kind: str) -> tuple[Field, ...]:
    """The columns of an importable kind or of a table only read (a score sheet)."""
    return FIELDS[kind] if kind in FIELDS else READ_ONLY_FIELDS[kind]


@cache
def _keys(spec: Field) -> frozenset[str]:
    return frozenset(search_key(h) for h in (spec.header, *spec.aliases))


@lru_cache(maxsize=1024)  # the aliases' words, asked for every heading of every candidate header row
def _words(text: str) -> frozenset[str]:
    """The words of a heading, diacritics, case, punctuation and order aside ("Thôn/TDP" → thon, tdp)."""
    return frozenset(WORD.findall(search_key(text))) - FILLER_WORDS


@cache
def match(kind: str, heading: str) -> tuple[str | None, int]:
    """The field a column heading means and how sure that is (0–100): 100 for a known wording; a heading that
    says all an alias says and a little more ("Tên thôn, xóm", "Thôn/Bản") 80–95; a near spelling 80–90."""
    key = search_key(heading)
    if not key or key in SKIPPED_HEADINGS:
        return None, 0
    exact = next((f.key for f in fields_of(kind) if key in _keys(f)), None)
    if exact:
        return exact, 100
    words = _words(heading)
    if not words or len(words) > MAX_HEADING_WORDS:
        return None, 0  # a title or a sentence, not a heading
    best: tuple[str | None, int] = (None, 0)
    for spec in fields_of(kind):
        for alias in (spec.header, *spec.aliases):
            said = _words(alias)
            if said and said <= words:
                score = 80 + round(15 * len(said) / len(words))
            else:
                ratio = fuzz.token_sort_ratio(" ".join(sorted(words)), " ".join(sorted(said)))
                score = round(ratio) - 10 if ratio >= 90 else 0
            if score > best[1]:
                best = (spec.key, score)
    return best if best[1] >= 80 else (None, 0)


def propose(kind: str, heading: str) -> str | None:
    """The field a column heading means, if any."""
    return match(kind, heading)[0]
