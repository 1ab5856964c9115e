"""Who runs a command: the command line signs in as a named user, as the window does.

The name comes from ``--user`` or ``ANTT_USER``; the password from ``--password-file`` or
``ANTT_PASSWORD_FILE``, else it is asked for on the terminal. With no terminal to ask on, the command is
refused: a script must say who it acts as.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from antt_desktop.errors import UserError
from antt_desktop.services.auth import CurrentUser, login, user_count
from antt_desktop.services.database import Database

USER_ENV = "ANTT_USER"
PASSWORD_FILE_ENV = "ANTT_PASSWORD_FILE"

NO_CREDENTIALS = ("Lệnh này cần đăng nhập: hãy cho --user TÊN --password-file TỆP (hoặc biến môi trường "
                  f"{USER_ENV} và {PASSWORD_FILE_ENV}), hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập mật khẩu.")


MAX_PASSWORD_FILE_BYTES = 4096  # a password (or passphrase) and its line end; /dev/zero never ends


def read_password_file(path: Path) -> str:
    """The first line of a small UTF-8 file; a folder, an endless or a large file is refused at once."""
    if path.is_dir():
        raise UserError(f"Tệp mật khẩu {path} là một thư mục; hãy cho đường dẫn tới tệp chứa mật khẩu.")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PASSWORD_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Không đọc được tệp mật khẩu {path} (lỗi hệ thống {exc.errno}); hãy kiểm tra đường dẫn "
                        "và quyền đọc tệp.") from None
    if len(data) > MAX_PASSWORD_FILE_BYTES:
        raise UserError(f"Tệp mật khẩu {path} dài quá {MAX_PASSWORD_FILE_BYTES} byte, không phải một mật khẩu; "
                        "hãy cho tệp chỉ chứa mật khẩu trên một dòng.")
    try:
        return data.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise UserError(f"Tệp mật khẩu {path} không phải văn bản UTF-8; hãy lưu lại tệp với bảng mã UTF-8.") from None


def _on_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The user name and password given for this command, asked for on the terminal when missing."""
    username = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    password_file = getattr(args, "password_file", None) or os.environ.get(PASSWORD_FILE_ENV, "")
    if not username:
        if password_file or not _on_terminal():
            raise UserError(NO_CREDENTIALS)
        username = input("Tên đăng nhập: ").strip()
    if password_file:
        return username, read_password_file(Path(password_file))
    if not _on_terminal():
        raise UserError(NO_CREDENTIALS)
    return username, getpass.getpass(f"Mật khẩu của {username}: ")


def sign_in(args: argparse.Namespace, database: Database) -> CurrentUser:
    """The signed-in user for this command (asked once, kept on ``args`` for the rest of the command)."""
    signed = getattr(args, "signed_in_user", None)
    if signed is None:
        if user_count(database) == 0:
            raise UserError("Dữ liệu này chưa có tài khoản nào. Hãy mở ANTT Desktop để tạo quản trị viên, hoặc "
                            "khởi tạo bằng “antt init … --admin-user TÊN --admin-password-file TỆP”.")
        username, password = credentials(args)
        signed = login(database, username, password)
        args.signed_in_user = signed
    return signed
