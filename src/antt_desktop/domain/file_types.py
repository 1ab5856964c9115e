"""What a file really is, read from its first bytes: a renamed program is not a PDF."""

from __future__ import annotations

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
}
LABELS = {"pdf": "PDF", "jpeg": "JPG", "png": "PNG"}
HEADER_BYTES = 16


def sniff(header: bytes) -> str | None:
    """The type whose signature starts ``header``, or None."""
    return next((kind for kind, marks in SIGNATURES.items() if header.startswith(marks)), None)
