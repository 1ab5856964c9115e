# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forces_page.ui'
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
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ForcesPage(object):
    def setupUi(self, ForcesPage):
        if not ForcesPage.objectName():
            ForcesPage.setObjectName(u"ForcesPage")
        self.mainLayout = QVBoxLayout(ForcesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.titleLabel = QLabel(ForcesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.unitFilter = QComboBox(ForcesPage)
        self.unitFilter.setObjectName(u"unitFilter")

        self.header.addWidget(self.unitFilter)


        self.mainLayout.addLayout(self.header)

        self.tabs = QTabWidget(ForcesPage)
        self.tabs.setObjectName(u"tabs")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.memberTools = QHBoxLayout()
        self.memberTools.setObjectName(u"memberTools")
        self.addMemberButton = QPushButton(self.membersTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberTools.addWidget(self.addMemberButton)

        self.editMemberButton = QPushButton(self.membersTab)
        self.editMemberButton.setObjectName(u"editMemberButton")

        self.memberTools.addWidget(self.editMemberButton)

        self.endMemberButton = QPushButton(self.membersTab)
        self.endMemberButton.setObjectName(u"endMemberButton")

        self.memberTools.addWidget(self.endMemberButton)

        self.deleteMemberButton = QPushButton(self.membersTab)
        self.deleteMemberButton.setObjectName(u"deleteMemberButton")

        self.memberTools.addWidget(self.deleteMemberButton)

        self.restoreMemberButton = QPushButton(self.membersTab)
        self.restoreMemberButton.setObjectName(u"restoreMemberButton")

        self.memberTools.addWidget(self.restoreMemberButton)

        self.memberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberTools.addItem(self.memberSpacer)

        self.showDeletedCheck = QCheckBox(self.membersTab)
        self.showDeletedCheck.setObjectName(u"showDeletedCheck")

        self.memberTools.addWidget(self.showDeletedCheck)

        self.searchEdit = QLineEdit(self.membersTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.memberTools.addWidget(self.searchEdit)


        self.membersTabLayout.addLayout(self.memberTools)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.areaFilter = QComboBox(self.membersTab)
        self.areaFilter.setObjectName(u"areaFilter")

        self.filterRow.addWidget(self.areaFilter)

        self.teamFilter = QComboBox(self.membersTab)
        self.teamFilter.setObjectName(u"teamFilter")

        self.filterRow.addWidget(self.teamFilter)

        self.typeFilter = QComboBox(self.membersTab)
        self.typeFilter.setObjectName(u"typeFilter")

        self.filterRow.addWidget(self.typeFilter)

        self.roleFilter = QComboBox(self.membersTab)
        self.roleFilter.setObjectName(u"roleFilter")

        self.filterRow.addWidget(self.roleFilter)

        self.statusFilter = QComboBox(self.membersTab)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)


        self.membersTabLayout.addLayout(self.filterRow)

        self.memberTable = QTableView(self.membersTab)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.memberTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memberTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.memberTable.horizontalHeader().setStretchLastSection(True)
        self.memberTable.verticalHeader().setVisible(False)

        self.membersTabLayout.addWidget(self.memberTable)

        self.memberSummaryLabel = QLabel(self.membersTab)
        self.memberSummaryLabel.setObjectName(u"memberSummaryLabel")

        self.membersTabLayout.addWidget(self.memberSummaryLabel)

        self.tabs.addTab(self.membersTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamsTabLayout = QVBoxLayout(self.teamsTab)
        self.teamsTabLayout.setObjectName(u"teamsTabLayout")
        self.teamTools = QHBoxLayout()
        self.teamTools.setObjectName(u"teamTools")
        self.addTeamButton = QPushButton(self.teamsTab)
        self.addTeamButton.setObjectName(u"addTeamButton")

        self.teamTools.addWidget(self.addTeamButton)

        self.editTeamButton = QPushButton(self.teamsTab)
        self.editTeamButton.setObjectName(u"editTeamButton")

        self.teamTools.addWidget(self.editTeamButton)

        self.deleteTeamButton = QPushButton(self.teamsTab)
        self.deleteTeamButton.setObjectName(u"deleteTeamButton")

        self.teamTools.addWidget(self.deleteTeamButton)

        self.rateTeamButton = QPushButton(self.teamsTab)
        self.rateTeamButton.setObjectName(u"rateTeamButton")

        self.teamTools.addWidget(self.rateTeamButton)

        self.teamSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamTools.addItem(self.teamSpacer)


        self.teamsTabLayout.addLayout(self.teamTools)

        self.teamTable = QTableView(self.teamsTab)
        self.teamTable.setObjectName(u"teamTable")
        self.teamTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teamTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teamTable.horizontalHeader().setStretchLastSection(True)
        self.teamTable.verticalHeader().setVisible(False)

        self.teamsTabLayout.addWidget(self.teamTable)

        self.gapsTitle = QLabel(self.teamsTab)
        self.gapsTitle.setObjectName(u"gapsTitle")
        self.gapsTitle.setStyleSheet(u"font-weight: bold;")

        self.teamsTabLayout.addWidget(self.gapsTitle)

        self.gapsText = QPlainTextEdit(self.teamsTab)
        self.gapsText.setObjectName(u"gapsText")
        self.gapsText.setReadOnly(True)
        self.gapsText.setMaximumSize(QSize(16777215, 150))

        self.teamsTabLayout.addWidget(self.gapsText)

        self.tabs.addTab(self.teamsTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(ForcesPage)

        QMetaObject.connectSlotsByName(ForcesPage)
    # setupUi

    def retranslateUi(self, ForcesPage):
        self.titleLabel.setText(QCoreApplication.translate("ForcesPage", u"Security forces", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("ForcesPage", u"All units below", None))
#endif // QT_CONFIG(tooltip)
        self.addMemberButton.setText(QCoreApplication.translate("ForcesPage", u"&Add\u2026", None))
        self.editMemberButton.setText(QCoreApplication.translate("ForcesPage", u"&Edit\u2026", None))
        self.endMemberButton.setText(QCoreApplication.translate("ForcesPage", u"E&nd service\u2026", None))
        self.deleteMemberButton.setText(QCoreApplication.translate("ForcesPage", u"&Delete", None))
        self.restoreMemberButton.setText(QCoreApplication.translate("ForcesPage", u"&Restore", None))
        self.showDeletedCheck.setText(QCoreApplication.translate("ForcesPage", u"Show deleted", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ForcesPage", u"Search by name, without diacritics too (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.areaFilter.setToolTip(QCoreApplication.translate("ForcesPage", u"All areas", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.teamFilter.setToolTip(QCoreApplication.translate("ForcesPage", u"All teams", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.typeFilter.setToolTip(QCoreApplication.translate("ForcesPage", u"All force types", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.roleFilter.setToolTip(QCoreApplication.translate("ForcesPage", u"All roles", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("ForcesPage", u"Any status", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("ForcesPage", u"&Members", None))
        self.addTeamButton.setText(QCoreApplication.translate("ForcesPage", u"Add &team\u2026", None))
        self.editTeamButton.setText(QCoreApplication.translate("ForcesPage", u"Edit t&eam\u2026", None))
        self.deleteTeamButton.setText(QCoreApplication.translate("ForcesPage", u"Delete te&am", None))
        self.rateTeamButton.setText(QCoreApplication.translate("ForcesPage", u"Rate &members of year\u2026", None))
#if QT_CONFIG(tooltip)
        self.rateTeamButton.setToolTip(QCoreApplication.translate("ForcesPage", u"The yearly rating of the selected team's members (T\u1ed5 b\u1ea3o v\u1ec7 ANTT)", None))
#endif // QT_CONFIG(tooltip)
        self.gapsTitle.setText(QCoreApplication.translate("ForcesPage", u"Gaps against quota:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("ForcesPage", u"&Teams and quotas", None))
        pass
    # retranslateUi

