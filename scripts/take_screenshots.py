"""Takes the user guide's screenshots from the real application, on demo data for Xã Thượng Lâm, in
Vietnamese, offscreen: `.venv/bin/python scripts/take_screenshots.py` writes them into the guide's images/."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from antt_desktop.config import resolve_paths  # noqa: E402
from antt_desktop.domain.units import Level  # noqa: E402
from antt_desktop.gui import main_window as pages  # noqa: E402
from antt_desktop.gui.app import app_icon  # noqa: E402
from antt_desktop.gui.i18n import install_translators  # noqa: E402
from antt_desktop.services import auth, demo  # noqa: E402
from antt_desktop.services.admin.setup import SetupRequest, initialize  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "antt_desktop" / "resources" / "guide" / "images"
SIZE = (1100, 700)
PAGES = {"tong-quan": pages.OVERVIEW, "dia-ban": pages.RESIDENTIAL_AREAS, "luc-luong": pages.FORCES,
         "mo-hinh": pages.MODELS, "phong-trao": pages.CAMPAIGNS, "ke-hoach": pages.PLANS,
         "danh-gia": pages.EVALUATION, "bao-cao": pages.REPORTS, "dong-bo": pages.SYNC, "quan-tri": pages.ADMIN}


def settle(milliseconds: int = 300) -> None:
    """Lets queued paints and worker results arrive before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"{name}.png")


def shoot_dialogs(paths, database) -> None:  # noqa: ANN001
    from antt_desktop.gui.login_dialog import LoginDialog
    from antt_desktop.gui.setup.setup_wizard import SetupWizard

    wizard = SetupWizard(resolve_paths(Path(tempfile.mkdtemp()) / "new"))
    wizard.resize(720, 520)
    wizard.show()
    wizard.next()
    wizard.ui.unitSearchEdit.setText("thuong lam")
    save(wizard, "thiet-lap")
    wizard.close()
    unit = database.own_unit()
    login = LoginDialog(database, f"<b>{unit.name}</b> ({unit.code})", "admin")
    login.show()
    save(login, "dang-nhap")
    login.close()


def shoot_window(database, user) -> None:  # noqa: ANN001
    from antt_desktop.gui.excel.import_wizard import ImportWizard

    window = pages.MainWindow(database, user, "vi")
    window.resize(*SIZE)
    window.show()
    for name, index in PAGES.items():
        window.ui.sidebar.setCurrentRow(index)
        if index == pages.REPORTS:
            reports = window.page(index)
            reports.ui.reportList.setCurrentRow(0)
            reports.ui.previewButton.click()
            settle(4000)  # the report is built on a worker thread
        save(window, name)
    from antt_desktop.services.admin.backups import automatic_backup

    automatic_backup(database)  # the list shows the day's automatic backup, as on an office PC
    admin = window.page(pages.ADMIN)
    admin.refresh()
    admin.ui.tabs.setCurrentIndex(2)
    save(window, "sao-luu")
    wizard = ImportWizard(database, user, window)
    wizard.resize(820, 560)
    wizard.show()
    save(wizard, "nhap-excel")
    wizard.close()
    window.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    install_translators(app, "vi")
    paths = resolve_paths(Path(tempfile.mkdtemp()) / "demo")
    database = initialize(paths, SetupRequest(Level.COMMUNE, demo.DEMO_COMMUNE, admin_user=demo.DEMO_ADMIN,
                                              admin_password=demo.DEMO_PASSWORD, admin_full_name="Quản trị viên"))
    user = auth.login(database, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    demo.fill_commune(database, user)
    shoot_dialogs(paths, database)
    shoot_window(database, user)
    database.close()


if __name__ == "__main__":
    main()
