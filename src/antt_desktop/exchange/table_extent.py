"""Rows of a sheet that are not records although they sit in the table's columns: the numbering row under the
header, sub-totals, headings of a group of rows ("I. THÔN BẢN CHÉ"), and the place-and-date line, signature
block and notes that end the table."""

from __future__ import annotations

import re

from antt_desktop.domain.text import search_key

NUMBERING = re.compile(r"^\(?\s*(\d{1,2}|[A-Za-z])\s*\)?$")
SUBTOTAL_WORDS = {"tong", "cong", "tong cong", "tong so", "cong tong"}
PLACE_AND_DATE = re.compile(r"\bngay\b.*\bthang\b.*\bnam\b")
SIGNATURE_TITLES = ("nguoi lap", "xac nhan", "truong cong an", "thu truong", "chu tich", "t/m ", "tm ", "ky ten",
                    "ky, ghi ro", "(ky", "can bo lap")
NOTE_WORDS = ("ghi chu", "luu y", "chu y", "chu thich", "nguon")  # "Ghi chú: …" under the table
SECTION_MARK = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?$")  # "I", "II.", "A)"
GROUP_WORDS = {"thon", "ban", "to", "doi", "khu", "ap", "xom", "lang", "buon", "phum", "soc", "khom", "luc", "cum"}


def is_numbering(texts: list[str]) -> bool:
    """“(1) (2) (3)…”, “1 2 3…” or “A B C…” under the header: the columns' numbers, not data."""
    return len(texts) >= 3 and all(NUMBERING.match(t) for t in texts)


def is_subtotal(texts: list[str]) -> bool:
    key = search_key(texts[0]) if texts else ""
    return key in SUBTOTAL_WORDS or key.startswith(("tong cong", "tong so "))


def is_section(texts: list[str], required_filled: int, required_total: int) -> bool:
    """“I | THÔN BẢN CHÉ”, or “THÔN NÀ VA” alone, where a record has several required cells: the heading of the
    rows that follow. A row with a number in its STT column stays a record (its missing cells are errors)."""
    if required_total < 2 or required_filled != 1 or not 1 <= len(texts) <= 2:
        return False
    if len(texts) == 2:
        return SECTION_MARK.match(texts[0]) is not None
    words = search_key(texts[0]).split()
    return texts[0].isupper() and bool(words) and words[0] in GROUP_WORDS


def ends_table(texts: list[str]) -> bool:
    """The place-and-date line, a signer's title or a note ("Ghi chú: …"): what follows is the signature block or
    notes, not data."""
    if not texts or len(texts) > 2:
        return False
    return any(PLACE_AND_DATE.search(key) or key.startswith(SIGNATURE_TITLES)
               or (key.startswith(NOTE_WORDS) and ":" in key[:12]) for key in map(search_key, texts))
