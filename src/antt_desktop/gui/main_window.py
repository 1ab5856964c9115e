"""The main window: sidebar of the work areas, one page each, and a status bar with unit, user, last sync."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from antt_desktop.config import save_setting
from antt_desktop.gui.areas.area_page import AreaPage
from antt_desktop.gui.campaigns.campaigns_page import CampaignsPage
from antt_desktop.gui.evaluation.evaluation_page import EvaluationPage
from antt_desktop.gui.exchange import excel_actions
from antt_desktop.gui.forces.forces_page import ForcesPage
from antt_desktop.gui.forms.main_window_ui import Ui_MainWindow
from antt_desktop.gui.models.models_page import ModelsPage
from antt_desktop.gui.overview_page import OverviewPage
from antt_desktop.gui.placeholder_page import PlaceholderPage
from antt_desktop.gui.plans.plans_page import PlansPage
from antt_desktop.gui.reports.reports_page import ReportsPage
from antt_desktop.gui.sync.sync_page import SyncPage
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import ROLE_LABELS
from antt_desktop.services.sync import last_sync


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
OVERVIEW, RESIDENTIAL_AREAS, FORCES, MODELS, CAMPAIGNS, PLANS, EVALUATION, REPORTS, SYNC = range(9)
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
        for index, name in enumerate(AREAS):
            title = _t(name)
            self.ui.sidebar.addItem(title)
            if index == OVERVIEW:
                overview = OverviewPage(database, f"{unit.name} ({unit.code})", self, TILE_PAGES)
                overview.open_page.connect(self.ui.sidebar.setCurrentRow)
                page: QWidget = overview
            elif index == RESIDENTIAL_AREAS:
                page = AreaPage(database, user, self)
            elif index == FORCES:
                page = ForcesPage(database, user, self)
            elif index == MODELS:
                page = ModelsPage(database, user, self)
            elif index == CAMPAIGNS:
                page = CampaignsPage(database, user, self)
            elif index == PLANS:
                page = PlansPage(database, user, self)
            elif index == EVALUATION:
                page = EvaluationPage(database, user, self)
            elif index == REPORTS:
                page = ReportsPage(database, user, self)
            elif index == SYNC:
                page = SyncPage(database, user, self)
            else:
                page = PlaceholderPage(title, self)
            self.ui.pages.addWidget(page)
        self.ui.sidebar.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.sidebar.setCurrentRow(OVERVIEW)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.importAction.triggered.connect(self._import_excel)
        self.ui.exportAction.triggered.connect(lambda: excel_actions.export_excel(self, database, user))
        self.ui.templateAction.triggered.connect(lambda: excel_actions.excel_template(self))
        self._language_menu(language)
        self._status_bar(unit.name, unit.code)

    def _import_excel(self) -> None:
        excel_actions.import_excel(self, self.database, self.user)
        current = self.ui.pages.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def page(self, index: int) -> QWidget:
        return self.ui.pages.widget(index)

    def _status_bar(self, unit_name: str, unit_code: str) -> None:
        bar = self.statusBar()
        name = self.user.full_name or self.user.username
        for text in (f"{unit_name} ({unit_code})",
                     self.tr("User: %1 (%2)").replace("%1", name).replace("%2", ROLE_LABELS[self.user.role]),
                     self._last_sync_text()):
            bar.addPermanentWidget(QLabel(text, self))

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
