"""The main window: sidebar of the work areas, one page each, and a status bar with unit, user, last sync."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from antt_desktop.config import save_setting
from antt_desktop.gui import ops
from antt_desktop.gui.about import about_text
from antt_desktop.gui.forms.main_window_ui import Ui_MainWindow
from antt_desktop.gui.idle_lock import IdleLock
from antt_desktop.gui.overview_page import OverviewPage
from antt_desktop.services.admin.user_guide import chapter_for_page
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import ROLE_LABELS
from antt_desktop.services.sync.sync_log import last_sync


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# The work areas in sidebar order; pages not built yet say so honestly.
AREAS = [
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "Residential areas"),
    QT_TRANSLATE_NOOP("MainWindow", "Security forces"),
    QT_TRANSLATE_NOOP("MainWindow", "Self-management models"),
    QT_TRANSLATE_NOOP("MainWindow", "Campaigns & activities"),
    QT_TRANSLATE_NOOP("MainWindow", "Plans & targets"),
    QT_TRANSLATE_NOOP("MainWindow", "Evaluation & commendation"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("MainWindow", "Synchronisation"),
    QT_TRANSLATE_NOOP("MainWindow", "Administration"),
]
OVERVIEW, RESIDENTIAL_AREAS, FORCES, MODELS, CAMPAIGNS, PLANS, EVALUATION, REPORTS, SYNC, ADMIN = range(10)
TILE_PAGES = {"areas": RESIDENTIAL_AREAS, "forces": FORCES, "models": MODELS, "campaigns": CAMPAIGNS,
              "plans": PLANS, "evaluation": EVALUATION}


class MainWindow(QMainWindow):
    def __init__(self, database: Database, user: CurrentUser, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.database, self.user = database, user
        unit = database.own_unit()
        self.setWindowTitle(f"ANTT Desktop – {unit.name}")
        self._built: set[int] = set()
        self._stale: set[int] = set()  # pages whose records changed while another page was shown
        ops.hub().changed.connect(self._records_changed)
        for index, name in enumerate(AREAS):
            self.ui.sidebar.addItem(_t(name))
            if index == OVERVIEW:
                overview = OverviewPage(database, f"{unit.name} ({unit.code})", self, TILE_PAGES)
                overview.open_page.connect(self.ui.sidebar.setCurrentRow)
                overview.open_unit.connect(self.show_unit)
                self.ui.pages.addWidget(overview)
                self._built.add(index)
            else:
                self.ui.pages.addWidget(QWidget(self))  # built when first opened, to start fast
        self.ui.sidebar.currentRowChanged.connect(self._show_page)
        self.ui.sidebar.setCurrentRow(OVERVIEW)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.importAction.triggered.connect(self._import_excel)
        self.ui.exportAction.triggered.connect(lambda: self._excel().export_excel(self, database, user))
        self.ui.templateAction.triggered.connect(lambda: self._excel().excel_template(self))
        self.ui.scoreSheetAction.triggered.connect(self._score_sheets)
        self.ui.passwordAction.triggered.connect(self._change_password)
        self.help_window: QWidget | None = None
        self.ui.guideAction.triggered.connect(lambda: self.show_help(chapter_for_page(self.ui.sidebar.currentRow())))
        self.ui.aboutAction.triggered.connect(lambda: QMessageBox.about(self, self.tr("About ANTT Desktop"),
                                                                        about_text(database.paths)))
        self._language_menu(language)
        self._status_bar(unit.name, unit.code)
        self.idle_lock = IdleLock(self)

    @staticmethod
    def _excel():  # noqa: ANN205
        from antt_desktop.gui.excel import excel_actions  # openpyxl loads when first used, not at start-up

        return excel_actions

    def _import_excel(self) -> None:
        self._excel().import_excel(self, self.database, self.user)

    def _records_changed(self, kinds: frozenset[str], origin: QObject | None) -> None:
        """Every built page showing what an operation changed refreshes: the one on screen now (unless the
        operation came from it, which refreshes itself), the others when they are next shown."""
        current = self.ui.pages.currentWidget()
        for index in self._built:
            page = self.ui.pages.widget(index)
            if not kinds & getattr(page, "shows", frozenset()) or not hasattr(page, "refresh"):
                continue
            if page is not current:
                self._stale.add(index)
            elif not _comes_from(origin, page):
                page.refresh()

    def _score_sheets(self) -> None:
        from antt_desktop.gui.evaluation.province_sheet import ProvinceSheetDialog

        ProvinceSheetDialog(self.database, self.user, self).exec()
        current = self.ui.pages.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def show_unit(self, code: str) -> None:
        """Drill-down at an upper level: the forces of one unit below."""
        self.ui.sidebar.setCurrentRow(FORCES)
        self.page(FORCES).show_unit(code)

    def import_packages(self, paths: list[Path]) -> None:
        """Opens the synchronisation page and imports the packages (a package file opened with the app)."""
        self.ui.sidebar.setCurrentRow(SYNC)
        self.page(SYNC).import_paths(paths)

    def show_help(self, chapter: str) -> None:
        """Opens the user guide at the chapter (F1 opens the one about the page on screen)."""
        from antt_desktop.gui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.open_chapter(chapter)

    def _change_password(self) -> None:
        from antt_desktop.gui.admin.admin_dialogs import PasswordDialog

        PasswordDialog(self.database, self.user, self).exec()

    def _show_page(self, index: int) -> None:
        page = self.page(index)
        self.ui.pages.setCurrentIndex(index)
        if index in self._stale:
            self._stale.discard(index)
            page.refresh()

    def page(self, index: int) -> QWidget:
        """The page of a sidebar row, built the first time it is needed."""
        if index not in self._built:
            placeholder = self.ui.pages.widget(index)
            page = build_page(index, self.database, self.user, self)
            if index == SYNC:
                page.open_unit.connect(self.show_unit)
                page.synced.connect(lambda: self.last_sync_label.setText(self._last_sync_text()))
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built.add(index)
        return self.ui.pages.widget(index)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        from antt_desktop.gui.screen_fit import remember_geometry

        remember_geometry(self, self.database.paths)
        super().closeEvent(event)

    def _status_bar(self, unit_name: str, unit_code: str) -> None:
        bar = self.statusBar()
        name = self.user.full_name or self.user.username
        for text in (f"{unit_name} ({unit_code})",
                     self.tr("User: %1 (%2)").replace("%1", name).replace("%2", ROLE_LABELS[self.user.role])):
            bar.addPermanentWidget(QLabel(text, self))
        self.last_sync_label = QLabel(self._last_sync_text(), self)
        bar.addPermanentWidget(self.last_sync_label)

    def _last_sync_text(self) -> str:
        when = last_sync(self.database)
        if when is None:
            return self.tr("Last sync: never")
        return self.tr("Last sync: %1").replace("%1", when.astimezone().strftime("%d/%m/%Y %H:%M"))

    def _language_menu(self, language: str) -> None:
        for action, code in ((self.ui.vietnameseAction, "vi"), (self.ui.englishAction, "en")):
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked, c=code: self._choose_language(c))

    def _choose_language(self, code: str) -> None:
        save_setting(self.database.paths, "language", code)
        self.ui.vietnameseAction.setChecked(code == "vi")
        self.ui.englishAction.setChecked(code == "en")
        self.statusBar().showMessage(self.tr("The language changes when the application is started again."), 10000)


def _comes_from(origin: QObject | None, page: QWidget) -> bool:
    while origin is not None:
        if origin is page:
            return True
        origin = origin.parent()
    return False


def build_page(index: int, database: Database, user: CurrentUser, parent: QWidget) -> QWidget:
    """Each page's module is imported here, when the page is first opened: start-up loads only the overview."""
    if index == RESIDENTIAL_AREAS:
        from antt_desktop.gui.areas.area_page import AreaPage as Page
    elif index == FORCES:
        from antt_desktop.gui.forces.forces_page import ForcesPage as Page
    elif index == MODELS:
        from antt_desktop.gui.security_models.models_page import ModelsPage as Page
    elif index == CAMPAIGNS:
        from antt_desktop.gui.campaigns.campaigns_page import CampaignsPage as Page
    elif index == PLANS:
        from antt_desktop.gui.plans.plans_page import PlansPage as Page
    elif index == EVALUATION:
        from antt_desktop.gui.evaluation.evaluation_page import EvaluationPage as Page
    elif index == REPORTS:
        from antt_desktop.gui.reports.reports_page import ReportsPage as Page
    elif index == SYNC:
        from antt_desktop.gui.sync.sync_page import SyncPage as Page
    else:
        from antt_desktop.gui.admin.admin_page import AdminPage as Page
    return Page(database, user, parent)
