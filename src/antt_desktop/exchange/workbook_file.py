"""Opening the bytes of a workbook: bounded in size, and decrypted with its password when it has one.

Lists of personal data are often kept with a password (Excel's "Encrypt with Password"): such a file is an
OLE container holding the encrypted .xlsx, which msoffcrypto-tool decrypts in memory (nothing decrypted is
written to disk)."""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
import olefile
from msoffcrypto import exceptions as crypto_errors

from antt_desktop.errors import UserError

MAX_FILE_BYTES = 200 * 2**20  # a workbook of 100,000 members is about 5 MiB
MAX_SPIN_COUNT = 10_000_000  # password hashing rounds; Excel uses 100,000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class PasswordRequired(UserError):
    """The workbook is encrypted and no password was given."""


class WrongPassword(UserError):
    """The password given does not open the workbook."""


def _encrypted_file(data: bytes, name: str):  # noqa: ANN202
    """The msoffcrypto file of an encrypted workbook, or None for a plain one (an old .xls, say)."""
    try:
        if not olefile.OleFileIO(io.BytesIO(data)).exists("EncryptionInfo"):
            return None
        return msoffcrypto.OfficeFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - hostile bytes can break the container's parser in any way
        raise UserError(f"Không đọc được tệp {name}: tệp có mật khẩu nhưng phần mã hóa bị hỏng.") from None


def open_source(path: Path, password: str | None = None) -> io.BytesIO | Path:
    """The workbook to read: the file itself, or its decrypted content when it is protected by a password."""
    try:
        if path.exists() and not path.is_file():  # a folder, or a device such as /dev/zero that never ends
            raise UserError(f"{path} không phải tệp Excel (.xlsx) mà là thư mục hoặc thiết bị; hãy chọn tệp .xlsx.")
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
    if not password:
        raise PasswordRequired(f"Tệp {path.name} được đặt mật khẩu; hãy nhập mật khẩu của tệp để mở.")
    info = getattr(encrypted, "info", None) or {}
    if int(info.get("spinValue", 0) or 0) > MAX_SPIN_COUNT:
        raise UserError(f"Tệp {path.name}: cách đặt mật khẩu của tệp đòi quá nhiều vòng tính; không mở.")
    out = io.BytesIO()
    try:
        encrypted.load_key(password=password, verify_password=True)
        encrypted.decrypt(out)
    except crypto_errors.InvalidKeyError:
        raise WrongPassword(f"Sai mật khẩu của tệp {path.name}; hãy nhập lại đúng mật khẩu đã đặt cho tệp "
                            "(phân biệt chữ hoa, chữ thường).") from None
    except Exception:  # noqa: BLE001 - as above
        raise UserError(f"Không mở được tệp {path.name} có mật khẩu: phần mã hóa bị hỏng hoặc dùng cách mã hóa "
                        "chưa hỗ trợ. Hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.") from None
    out.seek(0)
    return out
