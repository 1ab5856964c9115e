# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.mainLayout = QVBoxLayout(SyncPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(SyncPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.fingerprintLabel = QLabel(SyncPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.fingerprintLabel)

        self.packageButtons = QHBoxLayout()
        self.packageButtons.setObjectName(u"packageButtons")
        self.exportButton = QPushButton(SyncPage)
        self.exportButton.setObjectName(u"exportButton")

        self.packageButtons.addWidget(self.exportButton)

        self.fullCheck = QCheckBox(SyncPage)
        self.fullCheck.setObjectName(u"fullCheck")

        self.packageButtons.addWidget(self.fullCheck)

        self.omitSensitiveCheck = QCheckBox(SyncPage)
        self.omitSensitiveCheck.setObjectName(u"omitSensitiveCheck")

        self.packageButtons.addWidget(self.omitSensitiveCheck)

        self.importButton = QPushButton(SyncPage)
        self.importButton.setObjectName(u"importButton")

        self.packageButtons.addWidget(self.importButton)

        self.receiptButton = QPushButton(SyncPage)
        self.receiptButton.setObjectName(u"receiptButton")

        self.packageButtons.addWidget(self.receiptButton)

        self.packageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packageButtons.addItem(self.packageSpacer)


        self.mainLayout.addLayout(self.packageButtons)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.exportKeyButton = QPushButton(SyncPage)
        self.exportKeyButton.setObjectName(u"exportKeyButton")

        self.keyButtons.addWidget(self.exportKeyButton)

        self.importKeyButton = QPushButton(SyncPage)
        self.importKeyButton.setObjectName(u"importKeyButton")

        self.keyButtons.addWidget(self.importKeyButton)

        self.keySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.mainLayout.addLayout(self.keyButtons)

        self.progressBar = QProgressBar(SyncPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.resultLabel = QLabel(SyncPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.tabs = QTabWidget(SyncPage)
        self.tabs.setObjectName(u"tabs")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsTabLayout = QVBoxLayout(self.unitsTab)
        self.unitsTabLayout.setObjectName(u"unitsTabLayout")
        self.unitsTools = QHBoxLayout()
        self.unitsTools.setObjectName(u"unitsTools")
        self.unitsSummary = QLabel(self.unitsTab)
        self.unitsSummary.setObjectName(u"unitsSummary")
        self.unitsSummary.setWordWrap(True)

        self.unitsTools.addWidget(self.unitsSummary)

        self.unitSearchEdit = QLineEdit(self.unitsTab)
        self.unitSearchEdit.setObjectName(u"unitSearchEdit")
        self.unitSearchEdit.setMaximumSize(QSize(320, 16777215))
        self.unitSearchEdit.setClearButtonEnabled(True)

        self.unitsTools.addWidget(self.unitSearchEdit)


        self.unitsTabLayout.addLayout(self.unitsTools)

        self.unitTable = QTableView(self.unitsTab)
        self.unitTable.setObjectName(u"unitTable")
        self.unitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitTable.horizontalHeader().setStretchLastSection(True)
        self.unitTable.verticalHeader().setVisible(False)

        self.unitsTabLayout.addWidget(self.unitTable)

        self.unitButtons = QHBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.addIntermediateButton = QPushButton(self.unitsTab)
        self.addIntermediateButton.setObjectName(u"addIntermediateButton")

        self.unitButtons.addWidget(self.addIntermediateButton)

        self.assignButton = QPushButton(self.unitsTab)
        self.assignButton.setObjectName(u"assignButton")

        self.unitButtons.addWidget(self.assignButton)

        self.unitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitButtons.addItem(self.unitSpacer)


        self.unitsTabLayout.addLayout(self.unitButtons)

        self.tabs.addTab(self.unitsTab, "")
        self.receivedTab = QWidget()
        self.receivedTab.setObjectName(u"receivedTab")
        self.receivedTabLayout = QVBoxLayout(self.receivedTab)
        self.receivedTabLayout.setObjectName(u"receivedTabLayout")
        self.receivedTable = QTableView(self.receivedTab)
        self.receivedTable.setObjectName(u"receivedTable")
        self.receivedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receivedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.receivedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.receivedTable.horizontalHeader().setStretchLastSection(True)
        self.receivedTable.verticalHeader().setVisible(False)

        self.receivedTabLayout.addWidget(self.receivedTable)

        self.tabs.addTab(self.receivedTab, "")
        self.sentTab = QWidget()
        self.sentTab.setObjectName(u"sentTab")
        self.sentTabLayout = QVBoxLayout(self.sentTab)
        self.sentTabLayout.setObjectName(u"sentTabLayout")
        self.sentTable = QTableView(self.sentTab)
        self.sentTable.setObjectName(u"sentTable")
        self.sentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sentTable.horizontalHeader().setStretchLastSection(True)
        self.sentTable.verticalHeader().setVisible(False)

        self.sentTabLayout.addWidget(self.sentTable)

        self.tabs.addTab(self.sentTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsTabLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsTabLayout.setObjectName(u"conflictsTabLayout")
        self.conflictHelp = QLabel(self.conflictsTab)
        self.conflictHelp.setObjectName(u"conflictHelp")
        self.conflictHelp.setWordWrap(True)

        self.conflictsTabLayout.addWidget(self.conflictHelp)

        self.conflictTable = QTableView(self.conflictsTab)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictTable.horizontalHeader().setStretchLastSection(True)
        self.conflictTable.verticalHeader().setVisible(False)

        self.conflictsTabLayout.addWidget(self.conflictTable)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.revertButton = QPushButton(self.conflictsTab)
        self.revertButton.setObjectName(u"revertButton")

        self.conflictButtons.addWidget(self.revertButton)

        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictSpacer)


        self.conflictsTabLayout.addLayout(self.conflictButtons)

        self.tabs.addTab(self.conflictsTab, "")
        self.directivesTab = QWidget()
        self.directivesTab.setObjectName(u"directivesTab")
        self.directivesTabLayout = QVBoxLayout(self.directivesTab)
        self.directivesTabLayout.setObjectName(u"directivesTabLayout")
        self.directiveTable = QTableView(self.directivesTab)
        self.directiveTable.setObjectName(u"directiveTable")
        self.directiveTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.directiveTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.directiveTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.directiveTable.horizontalHeader().setStretchLastSection(True)
        self.directiveTable.verticalHeader().setVisible(False)

        self.directivesTabLayout.addWidget(self.directiveTable)

        self.directiveButtons = QHBoxLayout()
        self.directiveButtons.setObjectName(u"directiveButtons")
        self.addDirectiveButton = QPushButton(self.directivesTab)
        self.addDirectiveButton.setObjectName(u"addDirectiveButton")

        self.directiveButtons.addWidget(self.addDirectiveButton)

        self.openDirectiveFilesButton = QPushButton(self.directivesTab)
        self.openDirectiveFilesButton.setObjectName(u"openDirectiveFilesButton")

        self.directiveButtons.addWidget(self.openDirectiveFilesButton)

        self.directiveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.directiveButtons.addItem(self.directiveSpacer)


        self.directivesTabLayout.addLayout(self.directiveButtons)

        self.tabs.addTab(self.directivesTab, "")
        self.heldTab = QWidget()
        self.heldTab.setObjectName(u"heldTab")
        self.heldTabLayout = QVBoxLayout(self.heldTab)
        self.heldTabLayout.setObjectName(u"heldTabLayout")
        self.heldHelp = QLabel(self.heldTab)
        self.heldHelp.setObjectName(u"heldHelp")
        self.heldHelp.setWordWrap(True)

        self.heldTabLayout.addWidget(self.heldHelp)

        self.heldTable = QTableView(self.heldTab)
        self.heldTable.setObjectName(u"heldTable")
        self.heldTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heldTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heldTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.heldTable.horizontalHeader().setStretchLastSection(True)
        self.heldTable.verticalHeader().setVisible(False)

        self.heldTabLayout.addWidget(self.heldTable)

        self.heldButtons = QHBoxLayout()
        self.heldButtons.setObjectName(u"heldButtons")
        self.acceptHeldButton = QPushButton(self.heldTab)
        self.acceptHeldButton.setObjectName(u"acceptHeldButton")

        self.heldButtons.addWidget(self.acceptHeldButton)

        self.rejectHeldButton = QPushButton(self.heldTab)
        self.rejectHeldButton.setObjectName(u"rejectHeldButton")

        self.heldButtons.addWidget(self.rejectHeldButton)

        self.heldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldButtons.addItem(self.heldSpacer)


        self.heldTabLayout.addLayout(self.heldButtons)

        self.tabs.addTab(self.heldTab, "")
        self.keysTab = QWidget()
        self.keysTab.setObjectName(u"keysTab")
        self.keysTabLayout = QVBoxLayout(self.keysTab)
        self.keysTabLayout.setObjectName(u"keysTabLayout")
        self.keysHelp = QLabel(self.keysTab)
        self.keysHelp.setObjectName(u"keysHelp")
        self.keysHelp.setWordWrap(True)

        self.keysTabLayout.addWidget(self.keysHelp)

        self.keyTable = QTableView(self.keysTab)
        self.keyTable.setObjectName(u"keyTable")
        self.keyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keyTable.horizontalHeader().setStretchLastSection(True)
        self.keyTable.verticalHeader().setVisible(False)

        self.keysTabLayout.addWidget(self.keyTable)

        self.keyTabButtons = QHBoxLayout()
        self.keyTabButtons.setObjectName(u"keyTabButtons")
        self.forgetKeyButton = QPushButton(self.keysTab)
        self.forgetKeyButton.setObjectName(u"forgetKeyButton")

        self.keyTabButtons.addWidget(self.forgetKeyButton)

        self.keyTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyTabButtons.addItem(self.keyTabSpacer)


        self.keysTabLayout.addLayout(self.keyTabButtons)

        self.tabs.addTab(self.keysTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.titleLabel.setText(QCoreApplication.translate("SyncPage", u"Synchronisation", None))
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"&Make a package to send\u2026", None))
        self.fullCheck.setText(QCoreApplication.translate("SyncPage", u"All &data (not only changes)", None))
        self.omitSensitiveCheck.setText(QCoreApplication.translate("SyncPage", u"Leave out &personal data", None))
#if QT_CONFIG(tooltip)
        self.omitSensitiveCheck.setToolTip(QCoreApplication.translate("SyncPage", u"CCCD numbers, phones, ethnicity, religion and what welfare events say about health are not sent; the receiver keeps what it already has", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"&Import packages\u2026", None))
        self.receiptButton.setText(QCoreApplication.translate("SyncPage", u"Make a &receipt\u2026", None))
        self.exportKeyButton.setText(QCoreApplication.translate("SyncPage", u"Save this unit's public &key\u2026", None))
        self.importKeyButton.setText(QCoreApplication.translate("SyncPage", u"Import another unit's key &file\u2026", None))
        self.unitSearchEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"Search a unit, without diacritics too", None))
        self.addIntermediateButton.setText(QCoreApplication.translate("SyncPage", u"Add an &intermediate unit\u2026", None))
        self.assignButton.setText(QCoreApplication.translate("SyncPage", u"The chosen commune sends &through\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("SyncPage", u"&Units below", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receivedTab), QCoreApplication.translate("SyncPage", u"&Received", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sentTab), QCoreApplication.translate("SyncPage", u"&Sent", None))
        self.conflictHelp.setText(QCoreApplication.translate("SyncPage", u"When two computers of this unit changed the same record, the later change was kept; the earlier one is listed here and can be brought back.", None))
        self.revertButton.setText(QCoreApplication.translate("SyncPage", u"&Bring back the overwritten version", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("SyncPage", u"&Conflicts", None))
        self.addDirectiveButton.setText(QCoreApplication.translate("SyncPage", u"&Add a directive to send down\u2026", None))
        self.openDirectiveFilesButton.setText(QCoreApplication.translate("SyncPage", u"&Open its attached files", None))
        self.tabs.setTabText(self.tabs.indexOf(self.directivesTab), QCoreApplication.translate("SyncPage", u"&Directives", None))
        self.heldHelp.setText(QCoreApplication.translate("SyncPage", u"These packages are signed by a key not registered for their unit, so nothing in them was imported. Call the unit, have its officer read out the fingerprint of its key, and compare it with the one shown here. Only if they match, register the key: the package is then imported. Otherwise reject it.", None))
        self.acceptHeldButton.setText(QCoreApplication.translate("SyncPage", u"The fingerprints &match: register the key and import", None))
        self.rejectHeldButton.setText(QCoreApplication.translate("SyncPage", u"Re&ject the package", None))
        self.tabs.setTabText(self.tabs.indexOf(self.heldTab), QCoreApplication.translate("SyncPage", u"&Waiting for confirmation", None))
        self.keysHelp.setText(QCoreApplication.translate("SyncPage", u"Only the keys registered here speak for a unit: one key for each of its computers. Retired keys stay listed as history.", None))
        self.forgetKeyButton.setText(QCoreApplication.translate("SyncPage", u"&Forget the chosen key", None))
        self.tabs.setTabText(self.tabs.indexOf(self.keysTab), QCoreApplication.translate("SyncPage", u"&Keys", None))
        pass
    # retranslateUi

