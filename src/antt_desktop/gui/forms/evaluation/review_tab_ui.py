# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ReviewTab(object):
    def setupUi(self, ReviewTab):
        if not ReviewTab.objectName():
            ReviewTab.setObjectName(u"ReviewTab")
        ReviewTab.resize(1000, 520)
        self.mainLayout = QVBoxLayout(ReviewTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusLabel = QLabel(ReviewTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ReviewTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.summaryLabel = QLabel(ReviewTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.filterRow.addWidget(self.summaryLabel)


        self.mainLayout.addLayout(self.filterRow)

        self.reviewTable = QTableView(ReviewTab)
        self.reviewTable.setObjectName(u"reviewTable")
        self.reviewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewTable.setSortingEnabled(True)
        self.reviewTable.horizontalHeader().setStretchLastSection(True)
        self.reviewTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.reviewTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openButton = QPushButton(ReviewTab)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewTab)

        QMetaObject.connectSlotsByName(ReviewTab)
    # setupUi

    def retranslateUi(self, ReviewTab):
        self.statusLabel.setText(QCoreApplication.translate("ReviewTab", u"&Show:", None))
        self.openButton.setText(QCoreApplication.translate("ReviewTab", u"&Open the sheet\u2026", None))
        pass
    # retranslateUi

