# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaigns_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from antt_desktop.gui.campaigns.marked_calendar import MarkedCalendar

class Ui_CampaignsPage(object):
    def setupUi(self, CampaignsPage):
        if not CampaignsPage.objectName():
            CampaignsPage.setObjectName(u"CampaignsPage")
        self.mainLayout = QVBoxLayout(CampaignsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.titleLabel = QLabel(CampaignsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.unitFilter = QComboBox(CampaignsPage)
        self.unitFilter.setObjectName(u"unitFilter")

        self.header.addWidget(self.unitFilter)

        self.yearLabel = QLabel(CampaignsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.header.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CampaignsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.header.addWidget(self.yearSpin)


        self.mainLayout.addLayout(self.header)

        self.tabs = QTabWidget(CampaignsPage)
        self.tabs.setObjectName(u"tabs")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarTabLayout = QVBoxLayout(self.calendarTab)
        self.calendarTabLayout.setObjectName(u"calendarTabLayout")
        self.calendarRow = QHBoxLayout()
        self.calendarRow.setObjectName(u"calendarRow")
        self.calendar = MarkedCalendar(self.calendarTab)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setGridVisible(True)

        self.calendarRow.addWidget(self.calendar)

        self.dayColumn = QVBoxLayout()
        self.dayColumn.setObjectName(u"dayColumn")
        self.dayLabel = QLabel(self.calendarTab)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setStyleSheet(u"font-weight: bold;")

        self.dayColumn.addWidget(self.dayLabel)

        self.dayTable = QTableView(self.calendarTab)
        self.dayTable.setObjectName(u"dayTable")
        self.dayTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dayTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dayTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dayTable.horizontalHeader().setStretchLastSection(True)
        self.dayTable.verticalHeader().setVisible(False)

        self.dayColumn.addWidget(self.dayTable)


        self.calendarRow.addLayout(self.dayColumn)


        self.calendarTabLayout.addLayout(self.calendarRow)

        self.checklistTitle = QLabel(self.calendarTab)
        self.checklistTitle.setObjectName(u"checklistTitle")
        self.checklistTitle.setStyleSheet(u"font-weight: bold;")

        self.calendarTabLayout.addWidget(self.checklistTitle)

        self.checklistTable = QTableView(self.calendarTab)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklistTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistTable.horizontalHeader().setStretchLastSection(True)
        self.checklistTable.verticalHeader().setVisible(False)

        self.calendarTabLayout.addWidget(self.checklistTable)

        self.checklistButtons = QHBoxLayout()
        self.checklistButtons.setObjectName(u"checklistButtons")
        self.addCampaignButton = QPushButton(self.calendarTab)
        self.addCampaignButton.setObjectName(u"addCampaignButton")

        self.checklistButtons.addWidget(self.addCampaignButton)

        self.checklistSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklistButtons.addItem(self.checklistSpacer)


        self.calendarTabLayout.addLayout(self.checklistButtons)

        self.tabs.addTab(self.calendarTab, "")
        self.activitiesTab = QWidget()
        self.activitiesTab.setObjectName(u"activitiesTab")
        self.activitiesTabLayout = QVBoxLayout(self.activitiesTab)
        self.activitiesTabLayout.setObjectName(u"activitiesTabLayout")
        self.activityTools = QHBoxLayout()
        self.activityTools.setObjectName(u"activityTools")
        self.addActivityButton = QPushButton(self.activitiesTab)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activityTools.addWidget(self.addActivityButton)

        self.editActivityButton = QPushButton(self.activitiesTab)
        self.editActivityButton.setObjectName(u"editActivityButton")

        self.activityTools.addWidget(self.editActivityButton)

        self.deleteActivityButton = QPushButton(self.activitiesTab)
        self.deleteActivityButton.setObjectName(u"deleteActivityButton")

        self.activityTools.addWidget(self.deleteActivityButton)

        self.restoreActivityButton = QPushButton(self.activitiesTab)
        self.restoreActivityButton.setObjectName(u"restoreActivityButton")

        self.activityTools.addWidget(self.restoreActivityButton)

        self.activitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityTools.addItem(self.activitySpacer)

        self.showDeletedCheck = QCheckBox(self.activitiesTab)
        self.showDeletedCheck.setObjectName(u"showDeletedCheck")

        self.activityTools.addWidget(self.showDeletedCheck)

        self.searchEdit = QLineEdit(self.activitiesTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.activityTools.addWidget(self.searchEdit)


        self.activitiesTabLayout.addLayout(self.activityTools)

        self.activityFilters = QHBoxLayout()
        self.activityFilters.setObjectName(u"activityFilters")
        self.typeFilter = QComboBox(self.activitiesTab)
        self.typeFilter.setObjectName(u"typeFilter")

        self.activityFilters.addWidget(self.typeFilter)

        self.campaignFilter = QComboBox(self.activitiesTab)
        self.campaignFilter.setObjectName(u"campaignFilter")

        self.activityFilters.addWidget(self.campaignFilter)

        self.areaFilter = QComboBox(self.activitiesTab)
        self.areaFilter.setObjectName(u"areaFilter")

        self.activityFilters.addWidget(self.areaFilter)


        self.activitiesTabLayout.addLayout(self.activityFilters)

        self.activityTable = QTableView(self.activitiesTab)
        self.activityTable.setObjectName(u"activityTable")
        self.activityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activityTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityTable.horizontalHeader().setStretchLastSection(True)
        self.activityTable.verticalHeader().setVisible(False)

        self.activitiesTabLayout.addWidget(self.activityTable)

        self.activitySummary = QLabel(self.activitiesTab)
        self.activitySummary.setObjectName(u"activitySummary")

        self.activitiesTabLayout.addWidget(self.activitySummary)

        self.tabs.addTab(self.activitiesTab, "")
        self.keyAreasTab = QWidget()
        self.keyAreasTab.setObjectName(u"keyAreasTab")
        self.keyAreasTabLayout = QVBoxLayout(self.keyAreasTab)
        self.keyAreasTabLayout.setObjectName(u"keyAreasTabLayout")
        self.keyAreaTable = QTableView(self.keyAreasTab)
        self.keyAreaTable.setObjectName(u"keyAreaTable")
        self.keyAreaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keyAreaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keyAreaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keyAreaTable.horizontalHeader().setStretchLastSection(True)
        self.keyAreaTable.verticalHeader().setVisible(False)

        self.keyAreasTabLayout.addWidget(self.keyAreaTable)

        self.uncoveredText = QPlainTextEdit(self.keyAreasTab)
        self.uncoveredText.setObjectName(u"uncoveredText")
        self.uncoveredText.setReadOnly(True)
        self.uncoveredText.setMaximumSize(QSize(16777215, 150))
        self.uncoveredText.setStyleSheet(u"color: #b00020;")

        self.keyAreasTabLayout.addWidget(self.uncoveredText)

        self.tabs.addTab(self.keyAreasTab, "")
        self.personsTab = QWidget()
        self.personsTab.setObjectName(u"personsTab")
        self.personsTabLayout = QVBoxLayout(self.personsTab)
        self.personsTabLayout.setObjectName(u"personsTabLayout")
        self.personTools = QHBoxLayout()
        self.personTools.setObjectName(u"personTools")
        self.addPersonButton = QPushButton(self.personsTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.personTools.addWidget(self.addPersonButton)

        self.editPersonButton = QPushButton(self.personsTab)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.personTools.addWidget(self.editPersonButton)

        self.deletePersonButton = QPushButton(self.personsTab)
        self.deletePersonButton.setObjectName(u"deletePersonButton")

        self.personTools.addWidget(self.deletePersonButton)

        self.personSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personTools.addItem(self.personSpacer)

        self.personSearchEdit = QLineEdit(self.personsTab)
        self.personSearchEdit.setObjectName(u"personSearchEdit")
        self.personSearchEdit.setMinimumSize(QSize(240, 0))
        self.personSearchEdit.setClearButtonEnabled(True)

        self.personTools.addWidget(self.personSearchEdit)


        self.personsTabLayout.addLayout(self.personTools)

        self.personTable = QTableView(self.personsTab)
        self.personTable.setObjectName(u"personTable")
        self.personTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.personTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.personTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.personTable.horizontalHeader().setStretchLastSection(True)
        self.personTable.verticalHeader().setVisible(False)

        self.personsTabLayout.addWidget(self.personTable)

        self.tabs.addTab(self.personsTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignsPage)

        QMetaObject.connectSlotsByName(CampaignsPage)
    # setupUi

    def retranslateUi(self, CampaignsPage):
        self.titleLabel.setText(QCoreApplication.translate("CampaignsPage", u"Campaigns and activities", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("CampaignsPage", u"All units below", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("CampaignsPage", u"&Year:", None))
        self.checklistTitle.setText(QCoreApplication.translate("CampaignsPage", u"Campaign days of the year and the grassroots events held for each:", None))
        self.addCampaignButton.setText(QCoreApplication.translate("CampaignsPage", u"Add a campaign &day\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("CampaignsPage", u"Year &calendar", None))
        self.addActivityButton.setText(QCoreApplication.translate("CampaignsPage", u"&Add\u2026", None))
        self.editActivityButton.setText(QCoreApplication.translate("CampaignsPage", u"&Edit\u2026", None))
        self.deleteActivityButton.setText(QCoreApplication.translate("CampaignsPage", u"&Delete", None))
        self.restoreActivityButton.setText(QCoreApplication.translate("CampaignsPage", u"&Restore", None))
        self.showDeletedCheck.setText(QCoreApplication.translate("CampaignsPage", u"Show deleted", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CampaignsPage", u"Search content, place, organisers (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.typeFilter.setToolTip(QCoreApplication.translate("CampaignsPage", u"All types", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.campaignFilter.setToolTip(QCoreApplication.translate("CampaignsPage", u"All campaigns", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.areaFilter.setToolTip(QCoreApplication.translate("CampaignsPage", u"All areas", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.activitiesTab), QCoreApplication.translate("CampaignsPage", u"&Activities", None))
        self.tabs.setTabText(self.tabs.indexOf(self.keyAreasTab), QCoreApplication.translate("CampaignsPage", u"&Key areas", None))
        self.addPersonButton.setText(QCoreApplication.translate("CampaignsPage", u"&Add\u2026", None))
        self.editPersonButton.setText(QCoreApplication.translate("CampaignsPage", u"&Edit\u2026", None))
        self.deletePersonButton.setText(QCoreApplication.translate("CampaignsPage", u"&Delete", None))
        self.personSearchEdit.setPlaceholderText(QCoreApplication.translate("CampaignsPage", u"Search by name, without diacritics too", None))
        self.tabs.setTabText(self.tabs.indexOf(self.personsTab), QCoreApplication.translate("CampaignsPage", u"&Prestigious people", None))
        pass
    # retranslateUi

