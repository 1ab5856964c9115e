"""Whether a file name that came from elsewhere (a package, another unit) is a plain name that stays inside the
folder it is written to and is not a program the desktop would run when it is opened."""

from __future__ import annotations

import re

MAX_NAME = 255
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])", re.IGNORECASE)  # Windows device names
# Kinds the desktop runs (or has a program run) when the file is opened.
RUNNABLE = frozenset({"exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "hta", "js", "jse", "vbs", "vbe",
                      "wsf", "wsh", "ps1", "psm1", "lnk", "url", "reg", "cpl", "jar", "dll", "sh", "desktop",
                      "appimage", "application", "chm", "inf", "scf", "gadget", "msc", "xll", "iqy",
                      "settingcontent-ms"})
SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def name_problem(name: object) -> str:
    """Why ``name`` is not a plain file name, in Vietnamese; empty when it is one."""
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        return "không phải tên tệp hợp lệ"
    if _FORBIDDEN.search(name) or name in (".", "..") or name != name.strip() or name.endswith("."):
        return "có đường dẫn hoặc ký tự không được dùng trong tên tệp"
    if _RESERVED.fullmatch(name.split(".")[0].strip()):
        return "là tên thiết bị dành riêng của Windows"
    if "." in name and name.rsplit(".", 1)[1].lower() in RUNNABLE:
        return "là loại tệp chương trình, có thể tự chạy khi mở"
    return ""
