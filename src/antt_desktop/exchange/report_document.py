"""A report as the renderers see it (PDF, xlsx, docx): the administrative header of Nghị định 30/2020/NĐ-CP,
a title, the addressees, sections of text and tables numbered by level, and the signature block."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NARRATIVE_PLACEHOLDER = "…" * 31  # one line of the body, where the officer writes the text


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LETTERS = "abcdefghiklmnopqrstuvxy"  # the Vietnamese alphabet without đ, as documents letter their points


def number_text(value: object) -> str:
    """A number the Vietnamese way: thousands dot, decimal comma ("17.711", "87,5"); anything else as it is."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and not value.is_integer():
        shown = f"{value:,.1f}"
    else:
        shown = f"{int(value):,}"
    return shown.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent_text(part: float, whole: float) -> str:
    """A share with one decimal, as the app shows it everywhere: "6,3%", "7,0%"."""
    return f"{100 * part / whole if whole else 0:.1f}%".replace(".", ",")


def heading_number(level: int, index: int) -> str:
    """I. II. at level 1, 1. 2. at level 2, a) b) at level 3, - below."""
    if level <= 1:
        return f"{ROMAN[index - 1] if index <= len(ROMAN) else index}."
    if level == 2:
        return f"{index}."
    if level == 3:
        return f"{LETTERS[(index - 1) % len(LETTERS)]})"
    return "-"


@dataclass
class ReportTable:
    columns: list[str]
    rows: list[list[object]]
    numeric: set[int] = field(default_factory=set)  # right-aligned columns


@dataclass
class ReportSection:
    heading: str  # without its number, which ``number_headings`` gives by level
    paragraphs: list[str] = field(default_factory=list)
    table: ReportTable | None = None
    level: int = 2  # 1: I., 2: 1., 3: a)
    numbered: bool = True


def number_headings(sections: list[ReportSection]) -> None:
    """Number each heading within its level, restarting under every heading of the level above."""
    counters = [0] * 6
    for section in sections:
        if not section.heading or not section.numbered:
            continue
        level = min(max(section.level, 1), len(counters))
        counters[level - 1] += 1
        counters[level:] = [0] * (len(counters) - level)
        section.heading = f"{heading_number(level, counters[level - 1])} {section.heading}"
        section.numbered = False  # numbered once


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
    addressees: list[str] = field(default_factory=list)  # "Kính gửi"
    recipients: list[str] = field(default_factory=lambda: ["Như trên;", "Lưu: VT."])

    @property
    def place_and_date(self) -> str:
        return f"{self.place}, ngày {self.day:%d} tháng {self.day:%m} năm {self.day:%Y}"
