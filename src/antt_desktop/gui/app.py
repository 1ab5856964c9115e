"""Start-up of the desktop client: translations, database, first-run wizard, sign-in, main window."""

from __future__ import annotations

import argparse
import sys
import time
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from antt_desktop.config import Paths, load_settings, resolve_paths
from antt_desktop.error_log import install_log
from antt_desktop.errors import UserError
from antt_desktop.gui.error_dialog import install_error_hooks
from antt_desktop.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translators
from antt_desktop.gui.login_dialog import LoginDialog
from antt_desktop.gui.main_window import MainWindow
from antt_desktop.gui.messages import show_error
from antt_desktop.gui.screen_fit import install_screen_fit, show_main_window
from antt_desktop.gui.self_check import SelfCheck
from antt_desktop.gui.setup.setup_wizard import SetupWizard
from antt_desktop.gui.single_instance import InstanceServer, hand_over, server_name
from antt_desktop.services.admin.backups import automatic_backup
from antt_desktop.services.auth import login, user_count
from antt_desktop.services.database import Database, database_exists, open_database


def language_for(paths: Paths) -> str:
    language = load_settings(paths).get("language", DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def open_main_window(paths: Paths, username: str = "", password: str | None = None) -> MainWindow | None:
    """Everything between the application object and the main window; None when the user gives up.
    A password given beforehand (``--password-file``) signs in without the dialog."""
    database: Database | None = None
    if database_exists(paths):
        database = open_database(paths)
    if database is None or database.installation() is None or user_count(database) == 0:
        wizard = SetupWizard(paths, database if database and database.installation() else None)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        database, username = wizard.database, wizard.username
    unit = database.own_unit()
    automatic_backup(database)  # once a day, kept for the last ten days
    if password is not None:
        try:
            return MainWindow(database, login(database, username, password), language_for(paths))
        except UserError:
            database.close()
            raise
    dialog = LoginDialog(database, f"<b>{unit.name}</b> ({unit.code})", username)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        database.close()
        return None
    return MainWindow(database, dialog.user, language_for(paths))


def app_icon() -> QIcon:
    return QIcon(str(files("antt_desktop") / "resources" / "icons" / "antt.svg"))


def application(paths: Paths) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ANTT Desktop")
    app.setWindowIcon(app_icon())
    install_translators(app, language_for(paths))
    if not hasattr(app, "screen_fit"):
        app.screen_fit = install_screen_fit(app)
    return app


def show_guide(paths: Paths) -> int:
    """The user guide on its own (the Start-menu shortcut): no sign-in, no database."""
    from antt_desktop.gui.help_window import HelpWindow
    from antt_desktop.services.admin.user_guide import INDEX

    app = application(paths)
    guide = HelpWindow()
    guide.open_chapter(INDEX)
    return app.exec()


def run(paths: Paths, username: str = "", password: str | None = None, packages: list[Path] | None = None,
        quit_when_shown: bool = False, check_pages: bool = False) -> int:
    started = time.perf_counter()
    app = application(paths)
    install_error_hooks(install_log(paths.log_file))
    checking = quit_when_shown or check_pages
    if not checking and hand_over(paths, packages or []):
        return 0  # the window already open on this data folder takes over
    try:
        window = open_main_window(paths, username, password)
    except UserError as exc:
        if checking:
            print(exc.message, file=sys.stderr)
        else:
            show_error(None, exc.message)
        return 1
    if window is None:
        return 0
    show_main_window(window, paths)
    if packages:
        window.import_packages(packages)
    check = SelfCheck(window, started, check_pages) if checking else None
    if not checking:
        InstanceServer(window, server_name(paths))  # a child of the window: it listens while the window lives
    code = app.exec()
    window.database.close()
    return code or (check.exit_code if check else 0)


def main() -> None:
    parser = argparse.ArgumentParser(prog="antt-desktop")
    parser.add_argument("packages", nargs="*", type=Path, metavar="PACKAGE",
                        help="gói đồng bộ (.anttsync) cần nhập sau khi đăng nhập")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--db-url", metavar="URL", help="máy chủ PostgreSQL thay cho tệp SQLite")
    parser.add_argument("--user", default="", help="tên đăng nhập điền sẵn")
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help="đăng nhập bằng mật khẩu trong tệp này, không hiện hộp đăng nhập")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="đóng ngay khi cửa sổ chính hiện ra (kiểm tra bản cài đặt, đo thời gian khởi động)")
    parser.add_argument("--guide", action="store_true", help="chỉ mở hướng dẫn sử dụng")
    parser.add_argument("--check-pages", action="store_true",
                        help="mở lần lượt mọi trang rồi đóng; mã thoát 1 nếu có lỗi (kiểm tra bản cài đặt)")
    args = parser.parse_args()
    if args.guide:
        sys.exit(show_guide(resolve_paths(args.data_dir, args.db_url)))
    try:
        password = args.password_file.read_text(encoding="utf-8").strip() if args.password_file else None
    except (OSError, UnicodeDecodeError):
        parser.error(f"không đọc được tệp mật khẩu {args.password_file}")
    sys.exit(run(resolve_paths(args.data_dir, args.db_url), args.user, password, args.packages, args.quit_when_shown,
                 args.check_pages))
