# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        self.mainLayout = QVBoxLayout(AdminPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AdminPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(AdminPage)
        self.tabs.setObjectName(u"tabs")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersTabLayout = QVBoxLayout(self.usersTab)
        self.usersTabLayout.setObjectName(u"usersTabLayout")
        self.userTable = QTableView(self.usersTab)
        self.userTable.setObjectName(u"userTable")
        self.userTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.userTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.userTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.userTable.horizontalHeader().setStretchLastSection(True)
        self.userTable.verticalHeader().setVisible(False)

        self.usersTabLayout.addWidget(self.userTable)

        self.userButtons = QHBoxLayout()
        self.userButtons.setObjectName(u"userButtons")
        self.addUserButton = QPushButton(self.usersTab)
        self.addUserButton.setObjectName(u"addUserButton")

        self.userButtons.addWidget(self.addUserButton)

        self.roleButton = QPushButton(self.usersTab)
        self.roleButton.setObjectName(u"roleButton")

        self.userButtons.addWidget(self.roleButton)

        self.activeButton = QPushButton(self.usersTab)
        self.activeButton.setObjectName(u"activeButton")

        self.userButtons.addWidget(self.activeButton)

        self.resetButton = QPushButton(self.usersTab)
        self.resetButton.setObjectName(u"resetButton")

        self.userButtons.addWidget(self.resetButton)

        self.userSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.userButtons.addItem(self.userSpacer)

        self.passwordButton = QPushButton(self.usersTab)
        self.passwordButton.setObjectName(u"passwordButton")

        self.userButtons.addWidget(self.passwordButton)


        self.usersTabLayout.addLayout(self.userButtons)

        self.tabs.addTab(self.usersTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditTabLayout = QVBoxLayout(self.auditTab)
        self.auditTabLayout.setObjectName(u"auditTabLayout")
        self.auditFilters = QHBoxLayout()
        self.auditFilters.setObjectName(u"auditFilters")
        self.auditUserFilter = QComboBox(self.auditTab)
        self.auditUserFilter.setObjectName(u"auditUserFilter")

        self.auditFilters.addWidget(self.auditUserFilter)

        self.auditActionFilter = QComboBox(self.auditTab)
        self.auditActionFilter.setObjectName(u"auditActionFilter")

        self.auditFilters.addWidget(self.auditActionFilter)

        self.auditSinceEdit = QDateEdit(self.auditTab)
        self.auditSinceEdit.setObjectName(u"auditSinceEdit")
        self.auditSinceEdit.setCalendarPopup(True)
        self.auditSinceEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.auditSinceEdit.setMinimumDate(QDate(2000, 1, 1))
        self.auditSinceEdit.setDate(QDate(2000, 1, 1))

        self.auditFilters.addWidget(self.auditSinceEdit)

        self.auditUntilEdit = QDateEdit(self.auditTab)
        self.auditUntilEdit.setObjectName(u"auditUntilEdit")
        self.auditUntilEdit.setCalendarPopup(True)
        self.auditUntilEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.auditUntilEdit.setMinimumDate(QDate(2000, 1, 1))
        self.auditUntilEdit.setDate(QDate(2000, 1, 1))

        self.auditFilters.addWidget(self.auditUntilEdit)

        self.auditSearchEdit = QLineEdit(self.auditTab)
        self.auditSearchEdit.setObjectName(u"auditSearchEdit")
        self.auditSearchEdit.setClearButtonEnabled(True)

        self.auditFilters.addWidget(self.auditSearchEdit)

        self.verifyButton = QPushButton(self.auditTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.auditFilters.addWidget(self.verifyButton)


        self.auditTabLayout.addLayout(self.auditFilters)

        self.auditTable = QTableView(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.horizontalHeader().setStretchLastSection(True)
        self.auditTable.verticalHeader().setVisible(False)

        self.auditTabLayout.addWidget(self.auditTable)

        self.verifyLabel = QLabel(self.auditTab)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setWordWrap(True)

        self.auditTabLayout.addWidget(self.verifyLabel)

        self.tabs.addTab(self.auditTab, "")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupTabLayout = QVBoxLayout(self.backupTab)
        self.backupTabLayout.setObjectName(u"backupTabLayout")
        self.backupHelp = QLabel(self.backupTab)
        self.backupHelp.setObjectName(u"backupHelp")
        self.backupHelp.setWordWrap(True)

        self.backupTabLayout.addWidget(self.backupHelp)

        self.backupTable = QTableView(self.backupTab)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.horizontalHeader().setStretchLastSection(True)
        self.backupTable.verticalHeader().setVisible(False)

        self.backupTabLayout.addWidget(self.backupTable)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupButton = QPushButton(self.backupTab)
        self.backupButton.setObjectName(u"backupButton")

        self.backupButtons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.backupTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)


        self.backupTabLayout.addLayout(self.backupButtons)

        self.backupLabel = QLabel(self.backupTab)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setWordWrap(True)

        self.backupTabLayout.addWidget(self.backupLabel)

        self.tabs.addTab(self.backupTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.titleLabel.setText(QCoreApplication.translate("AdminPage", u"Administration", None))
        self.addUserButton.setText(QCoreApplication.translate("AdminPage", u"&Add user\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("AdminPage", u"Change &role\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("AdminPage", u"&Lock / unlock", None))
        self.resetButton.setText(QCoreApplication.translate("AdminPage", u"&Reset password\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("AdminPage", u"Change &my password\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("AdminPage", u"&Users", None))
#if QT_CONFIG(tooltip)
        self.auditSinceEdit.setToolTip(QCoreApplication.translate("AdminPage", u"From this day", None))
#endif // QT_CONFIG(tooltip)
        self.auditSinceEdit.setSpecialValueText(QCoreApplication.translate("AdminPage", u"from the start", None))
#if QT_CONFIG(tooltip)
        self.auditUntilEdit.setToolTip(QCoreApplication.translate("AdminPage", u"Up to this day", None))
#endif // QT_CONFIG(tooltip)
        self.auditUntilEdit.setSpecialValueText(QCoreApplication.translate("AdminPage", u"up to today", None))
        self.auditSearchEdit.setPlaceholderText(QCoreApplication.translate("AdminPage", u"Search the entries", None))
        self.verifyButton.setText(QCoreApplication.translate("AdminPage", u"&Verify the trail", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("AdminPage", u"Audit &trail", None))
        self.backupHelp.setText(QCoreApplication.translate("AdminPage", u"A verified copy is made automatically once a day when the application starts (the last ten are kept). Make one now to a USB stick before moving the computer or updating. To restore, choose a backup in the list (or a file) and press \u201cRestore\u2026\u201d: what it holds is shown first, a copy of the current data is kept, and the application closes so that it opens on the restored data. The private keys leave this computer only encrypted with a passphrase set for that backup; a backup of another unit or computer is not restored unless this computer replaces it.", None))
        self.backupButton.setText(QCoreApplication.translate("AdminPage", u"Back up &now to a folder or USB stick\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("AdminPage", u"&Restore\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("AdminPage", u"&Backups", None))
        pass
    # retranslateUi

