"""The text of a sheet's cells in Unicode, whether typed in Unicode or in TCVN3 / VNI (see domain.legacy_text).

A cell's font says it first (".VnTime" → TCVN3); without such a font, the characters do: text unreadable as
it is that reads as Vietnamese once converted. Once a sheet is known to hold one of these encodings, a cell
that could be either (VNI "Soá" is also a Unicode spelling) is converted when the result reads as Vietnamese,
but only in a sheet that tells nothing by its fonts and holds no Unicode Vietnamese (a letter past Latin-1,
"ư", "đ", "ạ"…): in a sheet that mixes both, "Thôn" typed in Unicode must stay "Thôn"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from antt_desktop.domain.legacy_text import LABELS, TCVN3_UPPER, guess_encoding, reads_as_vietnamese, to_unicode

PAST_LATIN1 = re.compile(r"[^\x00-\xff]")

FontLookup = Callable[[int, int], "str | None"]  # (row, column), 0-based → the encoding its font tells, or None


class CellDecoder:
    def __init__(self, fonts: FontLookup | None = None) -> None:
        self.fonts = fonts
        self.found: Counter[str] = Counter()
        self.unicode_seen = False  # a cell with a letter past Latin-1: the sheet is (partly) Unicode

    def value(self, row: int, col: int, value: object) -> object:
        """``value`` (of the cell at 0-based ``row``, ``col``) with its text in Unicode."""
        if type(value) is not str:
            return value
        encoding = self.fonts(row, col) if self.fonts is not None else None
        if value.isascii():
            return value.upper() if encoding == TCVN3_UPPER else value
        if encoding is None:
            if PAST_LATIN1.search(value):
                self.unicode_seen = True
                return value
            encoding = guess_encoding(value)
            if encoding is None and self.found and self.fonts is None and not self.unicode_seen:
                usual = self.found.most_common(1)[0][0]
                converted = to_unicode(value, usual)
                if converted != value and reads_as_vietnamese(converted):
                    encoding = usual
            if encoding is None:
                return value
        self.found[encoding] += 1
        return to_unicode(value, encoding)

    def note(self, name: str) -> str | None:
        """The line said in the preview and the summary when some text was converted."""
        if not self.found:
            return None
        labels = sorted({LABELS[e] for e in self.found})
        return (f"Tệp {name} có chữ gõ bằng bảng mã cũ {' và '.join(labels)}: đã chuyển sang Unicode "
                f"({sum(self.found.values())} ô). Hãy xem lại tên người, tên thôn trong bảng xem trước.")
