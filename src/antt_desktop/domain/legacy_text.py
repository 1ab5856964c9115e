"""Vietnamese typed in the old 8-bit encodings, TCVN3 (ABC) and VNI, turned into Unicode.

Before Unicode, offices typed Vietnamese with fonts that draw Vietnamese letters where Latin-1 has others: in
TCVN3 (fonts ".VnTime", ".VnArial"…) "Nguyễn" is stored "NguyÔn"; in VNI (fonts "VNI-Times"…) a letter is
followed by a mark character, "Nguyeãn". A workbook kept since then still holds these characters; shown in a
Unicode font they are unreadable, and no heading or name matches them. TCVN3 fonts whose name ends in "H"
(".VnTimeH") draw every letter upper case.

No maintained library does this conversion, so the tables are here; they are checked with known words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TCVN3 = "tcvn3"
TCVN3_UPPER = "tcvn3-upper"
VNI = "vni"
LABELS = {TCVN3: "TCVN3 (ABC)", TCVN3_UPPER: "TCVN3 (ABC)", VNI: "VNI"}

# TCVN3: one character per Vietnamese letter. The upper case letters with a tone have no code of their own:
# a ".VnTimeH" font draws the lower case codes upper case.
_TCVN3_CODES = ("µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô"
                "\xadõøö÷ù" "úýûüþ" "¡¢§£¤¥¦")
_TCVN3_LETTERS = ("àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đèéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ"
                  "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ")
_TCVN3_TABLE = str.maketrans(dict(zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True)))

# VNI: a base letter followed by a mark character (tone, or hat/breve); a few letters have one character.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # after a, e, o
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # after a
_VNI_SINGLE = {"ñ": "đ", "ô": "ơ", "ö": "ư", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_PAIR = re.compile(r"([aeoyuơưAEOYUƠƯ])([ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË])")

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_ONSETS = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# Vowel groups of Vietnamese syllables, tones aside (a coda may follow).
_NUCLEI = sorted("""a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy
    ưa ưi ươ ưu ya yê oai oao oay oeo uây uôi uya uyê uyu ươi ươu iêu yêu""".split(), key=len, reverse=True)
_SYLLABLE = re.compile(_ONSETS + "(?:" + "|".join(_NUCLEI) + ")(?:ch|ng|nh|[cmnptk])?")
_WORD = re.compile(r"[^\W\d_]+")
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def font_encoding(font_name: str | None) -> str | None:
    """The legacy encoding a font's name tells (".VnTime" TCVN3, ".VnTimeH" TCVN3 upper case, "VNI-Times" VNI)."""
    name = (font_name or "").strip().lower()
    if name.startswith(".vn"):
        return TCVN3_UPPER if name.endswith("h") else TCVN3
    if re.match(r"vni[- _]", name):
        return VNI
    return None


def from_tcvn3(text: str, upper: bool = False) -> str:
    converted = text.translate(_TCVN3_TABLE)
    return converted.upper() if upper else converted


def from_vni(text: str) -> str:
    def letter(found: re.Match[str]) -> str:
        base, mark = found.group(1), found.group(2)
        lower_mark, lower_base = mark.lower(), base.lower()
        if lower_mark in _VNI_TONES:
            return base + _VNI_TONES[lower_mark]
        if lower_mark in _VNI_HAT and lower_base in "aeo":
            return base + "\u0302" + _VNI_HAT[lower_mark]
        if lower_mark in _VNI_BREVE and lower_base == "a":
            return base + "\u0306" + _VNI_BREVE[lower_mark]
        return found.group(0)

    singles = "".join(_VNI_SINGLE.get(ch.lower(), ch).upper() if ch.isupper() and ch.lower() in _VNI_SINGLE
                      else _VNI_SINGLE.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFC", _VNI_PAIR.sub(letter, singles))


@lru_cache(maxsize=8192)
def to_unicode(text: str, encoding: str | None) -> str:
    if encoding == TCVN3:
        return from_tcvn3(text)
    if encoding == TCVN3_UPPER:
        return from_tcvn3(text, upper=True)
    if encoding == VNI:
        return from_vni(text)
    return text


def _valid_word(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(mark) for mark in _TONE_MARKS) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


@lru_cache(maxsize=8192)
def reads_as_vietnamese(text: str) -> bool:
    """Every word with a letter outside ASCII is a Vietnamese syllable (ASCII words: names, codes, aside)."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    return all(_valid_word(w) for w in words)


@lru_cache(maxsize=8192)  # a column repeats its values (gender, thôn, dân tộc…)
def guess_encoding(text: str) -> str | None:
    """TCVN3 or VNI when ``text`` is unreadable as it is and reads as Vietnamese once converted, else None.
    Unicode Vietnamese (any character past Latin-1) and plain ASCII are never taken for a legacy encoding."""
    if text.isascii() or any(ord(ch) > 0xFF for ch in text):
        return None
    odd = any(ord(ch) >= 0xA0 and ch not in _VIETNAMESE_LATIN1 for ch in text)
    if not odd and reads_as_vietnamese(text):
        return None
    for encoding in (TCVN3, VNI):
        converted = to_unicode(text, encoding)
        if converted != text and reads_as_vietnamese(converted):
            return encoding
    return None
