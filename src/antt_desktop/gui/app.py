"""Start-up of the desktop client: translations, database, first-run wizard, sign-in, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QDialog

from antt_desktop.config import Paths, load_settings, resolve_paths
from antt_desktop.errors import UserError
from antt_desktop.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translators
from antt_desktop.gui.login_dialog import LoginDialog
from antt_desktop.gui.main_window import MainWindow
from antt_desktop.gui.messages import show_error
from antt_desktop.gui.setup.setup_wizard import SetupWizard
from antt_desktop.services.auth import user_count
from antt_desktop.services.backups import automatic_backup
from antt_desktop.services.database import Database, open_database


def language_for(paths: Paths) -> str:
    language = load_settings(paths).get("language", DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def open_main_window(paths: Paths, username: str = "") -> MainWindow | None:
    """Everything between the application object and the main window; None when the user gives up."""
    database: Database | None = None
    if paths.database.exists():
        database = open_database(paths)
    if database is None or database.installation() is None or user_count(database) == 0:
        wizard = SetupWizard(paths, database if database and database.installation() else None)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        database, username = wizard.database, wizard.username
    unit = database.own_unit()
    automatic_backup(database)  # once a day, kept for the last ten days
    login = LoginDialog(database, f"<b>{unit.name}</b> ({unit.code})", username)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        database.close()
        return None
    return MainWindow(database, login.user, language_for(paths))


def run(paths: Paths, username: str = "") -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ANTT Desktop")
    install_translators(app, language_for(paths))
    try:
        window = open_main_window(paths, username)
    except UserError as exc:
        show_error(None, exc.message)
        return 1
    if window is None:
        return 0
    window.show()
    code = app.exec()
    window.database.close()
    return code


def main() -> None:
    parser = argparse.ArgumentParser(prog="antt-desktop")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--user", default="", help="tên đăng nhập điền sẵn")
    args = parser.parse_args()
    sys.exit(run(resolve_paths(args.data_dir), args.user))
