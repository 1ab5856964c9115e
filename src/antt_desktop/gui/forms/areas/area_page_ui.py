# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'area_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AreaPage(object):
    def setupUi(self, AreaPage):
        if not AreaPage.objectName():
            AreaPage.setObjectName(u"AreaPage")
        self.mainLayout = QVBoxLayout(AreaPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AreaPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(AreaPage)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QPushButton(AreaPage)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(AreaPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)

        self.restoreButton = QPushButton(AreaPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.toolLayout.addWidget(self.restoreButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.showDeletedCheck = QCheckBox(AreaPage)
        self.showDeletedCheck.setObjectName(u"showDeletedCheck")

        self.toolLayout.addWidget(self.showDeletedCheck)

        self.searchEdit = QLineEdit(AreaPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.toolLayout)

        self.tableView = QTableView(AreaPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tableView)

        self.summaryLabel = QLabel(AreaPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.mainLayout.addWidget(self.summaryLabel)


        self.retranslateUi(AreaPage)

        QMetaObject.connectSlotsByName(AreaPage)
    # setupUi

    def retranslateUi(self, AreaPage):
        self.titleLabel.setText(QCoreApplication.translate("AreaPage", u"Residential areas", None))
        self.addButton.setText(QCoreApplication.translate("AreaPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AreaPage", u"Add a residential area (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("AreaPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("AreaPage", u"Edit the selected area (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("AreaPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("AreaPage", u"Delete the selected area; it can be restored later (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("AreaPage", u"&Restore", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("AreaPage", u"Restore the selected deleted area (Ctrl+Z restores the last one deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.showDeletedCheck.setText(QCoreApplication.translate("AreaPage", u"Show deleted", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AreaPage", u"Search by name, without diacritics too (Ctrl+F)", None))
        pass
    # retranslateUi

