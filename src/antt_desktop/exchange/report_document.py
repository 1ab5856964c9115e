"""A report as the renderers see it (PDF, xlsx, docx): the administrative header of Nghị định 30/2020/NĐ-CP,
a title, sections of text and tables, and the signature block."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NARRATIVE_PLACEHOLDER = "…………………………………………………………………………………………………………"


@dataclass
class ReportTable:
    columns: list[str]
    rows: list[list[object]]
    numeric: set[int] = field(default_factory=set)  # right-aligned columns


@dataclass
class ReportSection:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    table: ReportTable | None = None


@dataclass
class ReportDocument:
    superior: str  # e.g. CÔNG AN TỈNH TUYÊN QUANG
    issuer: str  # e.g. CÔNG AN XÃ THƯỢNG LÂM
    number: str  # e.g. Số:     /BC-CAX
    place: str
    day: date
    title: str
    subtitle: str
    sections: list[ReportSection]
    signer_title: str
    signer_name: str = ""
    recipients: list[str] = field(default_factory=lambda: ["Như trên;", "Lưu: VT."])

    @property
    def place_and_date(self) -> str:
        return f"{self.place}, ngày {self.day:%d} tháng {self.day:%m} năm {self.day:%Y}"
