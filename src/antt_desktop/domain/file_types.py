"""What a file really is, read from its first bytes (a renamed program is not a PDF), and the name it may be
stored and opened under: a bare base name that no file system reads as a path, a device or a program."""

from __future__ import annotations

import re
import unicodedata

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
}
LABELS = {"pdf": "PDF", "jpeg": "JPG", "png": "PNG"}
EXTENSIONS = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png"}
HEADER_BYTES = 16
MAX_STEM = 100  # characters before the extension: room for a temporary folder within Windows' 260
FALLBACK_STEM = "tep-dinh-kem"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
             *(f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
_SUFFIX = re.compile(r"\.[0-9A-Za-z]{1,5}$")


def sniff(header: bytes) -> str | None:
    """The type whose signature starts ``header``, or None."""
    return next((kind for kind, marks in SIGNATURES.items() if header.startswith(marks)), None)


def is_sha256(value: object) -> bool:
    """A content hash as stored: exactly 64 lowercase hex digits (so it can never be read as a path)."""
    return type(value) is str and _SHA256.fullmatch(value) is not None


def document_name(name: object) -> str:
    """A name as received with a file whose type is not known yet: safe, and an extension that is not one of a
    document (``.exe``, ``.hta``…) dropped; the real one is set from the content when the file is opened."""
    text = safe_name(name)
    found = _SUFFIX.search(text)
    if found is None or found.group().lower() in {*EXTENSIONS.values(), ".jpeg"}:
        return text
    return text[:found.start()].rstrip(" .") or FALLBACK_STEM


def safe_name(name: object, kind: str | None = None) -> str:
    """``name`` reduced to a base name safe on Windows and Linux: the last path part only, no drive, no control
    or reserved characters, no device name (CON, NUL, COM1…), bounded in length; with ``kind`` the extension is
    the one of that type, whatever the name said."""
    text = unicodedata.normalize("NFC", str(name))
    text = re.split(r"[/\\]", text)[-1]
    text = re.sub(r"^[A-Za-z]:", "", text)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch for ch in text)
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r" {2,}", " ", text).strip(" .")
    stem, suffix = text, ""
    if (found := _SUFFIX.search(text)) is not None:
        stem, suffix = text[:found.start()].rstrip(" ."), found.group().lower()
    if kind is not None:
        suffix = EXTENSIONS[kind]
    stem = stem[:MAX_STEM].rstrip(" .") or FALLBACK_STEM
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + suffix
