"""Opening the bytes of a workbook: bounded in size, and decrypted with its password when it has one.

Lists of personal data are often kept with a password (Excel's "Encrypt with Password"): such a file is an
OLE container holding the encrypted .xlsx, or an old .xls whose records are encrypted; msoffcrypto-tool
decrypts either in memory (nothing decrypted is written to disk). An old .xls protected against changes only
is encrypted with the password Excel itself uses for that, and opens without asking."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import msoffcrypto
import olefile
from msoffcrypto import exceptions as crypto_errors
from msoffcrypto.format.xls97 import Xls97File

from antt_desktop.errors import UserError

MAX_FILE_BYTES = 200 * 2**20  # a workbook of 100,000 members is about 5 MiB
MAX_SPIN_COUNT = 10_000_000  # password hashing rounds; Excel uses 100,000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XLS_READ_ONLY_PASSWORD = "VelvetSweatshop"  # Excel's own, for a .xls "protected" against changes only


class PasswordRequired(UserError):
    """The workbook is encrypted and no password was given."""


class WrongPassword(UserError):
    """The password given does not open the workbook."""


def _encrypted_file(data: bytes, name: str):  # noqa: ANN202
    """The msoffcrypto file of an encrypted workbook, or None for a plain one (an old .xls, say)."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        if ole.exists("EncryptionInfo"):
            return msoffcrypto.OfficeFile(io.BytesIO(data))
        if not ole.exists("Workbook"):
            return None
    except Exception:  # noqa: BLE001 - hostile bytes can break the container's parser in any way
        raise UserError(f"Không đọc được tệp {name}: tệp bị hỏng hoặc không trọn vẹn.") from None
    try:
        old = Xls97File(io.BytesIO(data))
        return old if old.is_encrypted() else None
    except Exception:  # noqa: BLE001 - a broken .xls is refused by its own check (xls_guard), with its reason
        return None


def _load_key(encrypted, password: str) -> None:  # noqa: ANN001
    if isinstance(encrypted, Xls97File):
        encrypted.load_key(password=password)  # verifies the password
    else:
        encrypted.load_key(password=password, verify_password=True)


def open_source(path: Path, password: str | None = None) -> io.BytesIO | Path:
    """The workbook to read: the file itself, or its decrypted content when it is protected by a password."""
    try:
        if path.exists() and not path.is_file():  # a folder, or a device such as /dev/zero that never ends
            raise UserError(f"{path} không phải tệp Excel mà là thư mục hoặc thiết bị; hãy chọn tệp .xlsx hoặc .xls.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(f"Tệp {path.name} nặng {size // 2**20} MiB, quá giới hạn {MAX_FILE_BYTES // 2**20} MiB "
                            "của một tệp nhập; hãy chia bảng thành nhiều tệp.")
        with path.open("rb") as handle:
            magic = handle.read(len(OLE_MAGIC))
            data = magic + handle.read() if magic == OLE_MAGIC else b""
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp {path}.") from None
    except PermissionError:
        raise UserError(f"Không mở được tệp {path.name}: tệp đang mở trong Excel hoặc không có quyền đọc; "
                        "hãy đóng tệp rồi thử lại.") from None
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {path}: {exc.strerror or exc}.") from None
    if not data:
        return path
    encrypted = _encrypted_file(data, path.name)
    if encrypted is None:
        return path
    if not password and isinstance(encrypted, Xls97File):
        with contextlib.suppress(Exception):
            _load_key(encrypted, XLS_READ_ONLY_PASSWORD)
            password = XLS_READ_ONLY_PASSWORD
    if not password:
        raise PasswordRequired(f"Tệp {path.name} được đặt mật khẩu; hãy nhập mật khẩu của tệp để mở.")
    info = getattr(encrypted, "info", None) or {}
    if int(info.get("spinValue", 0) or 0) > MAX_SPIN_COUNT:
        raise UserError(f"Tệp {path.name}: cách đặt mật khẩu của tệp đòi quá nhiều vòng tính; không mở.")
    out = io.BytesIO()
    try:
        _load_key(encrypted, password)
        encrypted.decrypt(out)
    except crypto_errors.InvalidKeyError:
        raise WrongPassword(f"Sai mật khẩu của tệp {path.name}; hãy nhập lại đúng mật khẩu đã đặt cho tệp "
                            "(phân biệt chữ hoa, chữ thường).") from None
    except Exception:  # noqa: BLE001 - as above
        raise UserError(f"Không mở được tệp {path.name} có mật khẩu: phần mã hóa bị hỏng hoặc dùng cách mã hóa "
                        "chưa hỗ trợ. Hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.") from None
    out.seek(0)
    return out
