"""Residential areas (khu dân cư): kinds and key-area flags, and the rules an area must satisfy."""

from __future__ import annotations

from dataclasses import dataclass, field

from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError

AREA_KINDS = ("Thôn", "Tổ dân phố", "Khu dân cư", "Khu phố", "Ấp", "Bản", "Làng", "Buôn", "Phum",
              "Sóc", "Khóm", "Xóm")

# Attribute name on the record → label shown and printed.
KEY_FLAGS = {
    "key_ethnic": "Vùng dân tộc",
    "key_religion": "Vùng tôn giáo",
    "key_drugs": "Trọng điểm ma túy",
    "key_crime": "Trọng điểm hình sự",
    "key_traffic": "Trọng điểm giao thông",
    "key_environment": "Trọng điểm môi trường",
}
MAX_POPULATION = 1_000_000


@dataclass
class AreaInput:
    """What a user types for an area; ``validated`` returns a normalised copy or raises UserError."""

    name: str
    kind: str = "Thôn"
    population: int | None = None
    households: int | None = None
    flags: set[str] = field(default_factory=set)
    key_notes: str = ""
    notes: str = ""

    def validated(self) -> AreaInput:
        name = normalize(self.name)
        if not name:
            raise UserError("Chưa nhập tên khu dân cư.")
        if len(name) > 120:
            raise UserError("Tên khu dân cư dài quá 120 ký tự.")
        kind = normalize(self.kind)
        if kind not in AREA_KINDS:
            raise UserError(f"Loại khu dân cư “{kind}” không có trong danh mục ({', '.join(AREA_KINDS)}).")
        for label, value in (("Số nhân khẩu", self.population), ("Số hộ", self.households)):
            if value is not None and not 0 <= value <= MAX_POPULATION:
                raise UserError(f"{label} phải là số từ 0 đến {MAX_POPULATION:,}.".replace(",", "."))
        if self.population is not None and self.households is not None and self.households > self.population:
            raise UserError("Số hộ không thể lớn hơn số nhân khẩu.")
        unknown = set(self.flags) - KEY_FLAGS.keys()
        if unknown:
            raise UserError(f"Đặc điểm địa bàn không hợp lệ: {', '.join(sorted(unknown))}.")
        return AreaInput(name, kind, self.population, self.households, set(self.flags),
                         normalize(self.key_notes), normalize(self.notes))
