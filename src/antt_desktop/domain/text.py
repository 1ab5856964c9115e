"""Vietnamese text: normalisation, diacritics-insensitive search keys and name collation.

Search keys let the database filter with a plain ``LIKE`` on an indexed column, so "nguyen van a"
finds "Nguyễn Văn A" and "d" finds "đ". Collation keys are ASCII strings whose byte order is the
Vietnamese dictionary order (a ă â b c d đ e ê …, tones after letters), so SQL ``ORDER BY`` on them
sorts correctly in any database that compares bytes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")

# Combining marks for the five tones, in dictionary order after the level tone (ngang).
_TONES = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
# Marks that make a separate letter of the alphabet.
_LETTER_MARKS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}  # ă, â/ê/ô, ơ/ư

_ALPHABET = [
    "a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k",
    "l", "m", "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w",
    "x", "y", "z",
]  # fmt: skip
# Byte order of the key: space < digits < letters < anything else.
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}


def normalize(value: str | None) -> str:
    """NFC, trimmed, inner whitespace folded to one space: the form every text input is stored in."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", without_controls(value))
    if text.isprintable() and "  " not in text:  # its only whitespace is single spaces: nothing to fold
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def without_controls(value: str) -> str:
    """``value`` without control and format characters (\x01, ESC, U+202E that reverses what follows, zero-width
    spaces): invisible, they fake names, and a workbook or Word file cannot hold them. Whitespace stays."""
    if value.isprintable():
        return value
    return "".join(ch for ch in value if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf"))


CACHED_UP_TO = 120  # characters: names, roles and places are kept in the caches below, long texts never are


def search_key(value: str | None) -> str:
    """Lower case without diacritics, đ→d, spaces folded: the form search compares."""
    return _short_search_key(value) if value is None or len(value) <= CACHED_UP_TO else _search_key(value)


@lru_cache(maxsize=4096)  # an import asks for the same few names, roles and places row after row
def _short_search_key(value: str | None) -> str:
    return _search_key(value)


def _search_key(value: str | None) -> str:
    text = unicodedata.normalize("NFD", normalize(value).lower()).replace("đ", "d")
    if text.isascii():
        return text
    stripped = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def matches_words(query: str, text: str) -> bool:
    """Every word of the query somewhere in the text, case and diacritics aside ("sao luu" finds "Sao lưu");
    an empty query matches everything."""
    key = search_key(text)
    return all(word in key for word in search_key(query).split())


def _letters(word: str) -> list[tuple[str, int]]:
    """Split a word into (alphabet letter, tone) pairs."""
    result: list[tuple[str, int]] = []
    for ch in unicodedata.normalize("NFC", word.lower()):
        decomposed = unicodedata.normalize("NFD", ch)
        base, tone, marks = decomposed[0], 0, ""
        for mark in decomposed[1:]:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _LETTER_MARKS:
                marks += mark
        result.append((base + marks if base + marks in _LETTER_RANK else base, tone))
    return result


def _char_code(letter: str) -> str:
    if letter == " ":
        return "!"
    if letter.isdigit():
        return chr(ord("0") + int(letter)) if letter in "0123456789" else "9"
    if letter in _LETTER_RANK:
        return chr(ord("A") + _LETTER_RANK[letter])  # 'A'..'`' (33 letters)
    return "~"


def collation_key(value: str | None) -> str:
    """A key that sorts text in Vietnamese dictionary order: letters first, tones break ties."""
    return _short_collation_key(value) if value is None or len(value) <= CACHED_UP_TO else _collation_key(value)


@lru_cache(maxsize=4096)  # names share their words: family, middle and given names repeat
def _short_collation_key(value: str | None) -> str:
    return _collation_key(value)


def _collation_key(value: str | None) -> str:
    pairs = _letters(normalize(value))
    primary = "".join(_char_code(letter) for letter, _ in pairs)
    tones = "".join(str(tone) for _, tone in pairs)
    return f"{primary} {tones}"


def split_person_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese full name; a single word is a given name."""
    words = normalize(full_name).split(" ")
    if not words or words == [""]:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def person_name_key(full_name: str | None) -> str:
    """Sort key for a person: given name, then middle name, then family name."""
    family, middle, given = split_person_name(full_name or "")
    return "|".join(collation_key(part) for part in (given, middle, family))
