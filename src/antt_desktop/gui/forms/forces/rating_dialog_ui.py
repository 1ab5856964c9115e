# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_RatingDialog(object):
    def setupUi(self, RatingDialog):
        if not RatingDialog.objectName():
            RatingDialog.setObjectName(u"RatingDialog")
        RatingDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(RatingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(RatingDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(RatingDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearRow.addWidget(self.yearSpin)

        self.periodLabel = QLabel(RatingDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.yearRow.addWidget(self.periodLabel)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)

        self.capLabel = QLabel(RatingDialog)
        self.capLabel.setObjectName(u"capLabel")
        self.capLabel.setStyleSheet(u"font-weight: bold;")

        self.yearRow.addWidget(self.capLabel)


        self.mainLayout.addLayout(self.yearRow)

        self.hintLabel = QLabel(RatingDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.ratingTable = QTableView(RatingDialog)
        self.ratingTable.setObjectName(u"ratingTable")
        self.ratingTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.ratingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ratingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.ratingTable.horizontalHeader().setStretchLastSection(True)
        self.ratingTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.ratingTable)

        self.othersTitle = QLabel(RatingDialog)
        self.othersTitle.setObjectName(u"othersTitle")

        self.mainLayout.addWidget(self.othersTitle)

        self.othersText = QPlainTextEdit(RatingDialog)
        self.othersText.setObjectName(u"othersText")
        self.othersText.setReadOnly(True)
        self.othersText.setMaximumSize(QSize(16777215, 80))

        self.mainLayout.addWidget(self.othersText)

        self.errorLabel = QLabel(RatingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RatingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.ratingTable)
        QWidget.setTabOrder(self.ratingTable, self.othersText)

        self.retranslateUi(RatingDialog)
        self.buttonBox.accepted.connect(RatingDialog.accept)
        self.buttonBox.rejected.connect(RatingDialog.reject)

        QMetaObject.connectSlotsByName(RatingDialog)
    # setupUi

    def retranslateUi(self, RatingDialog):
        RatingDialog.setWindowTitle(QCoreApplication.translate("RatingDialog", u"Yearly rating of members", None))
        self.yearLabel.setText(QCoreApplication.translate("RatingDialog", u"&Year:", None))
        self.hintLabel.setText(QCoreApplication.translate("RatingDialog", u"Choose a level in the Level column (F2 or start typing to open it; Tab moves on). Rows marked red are over the cap on the top level.", None))
        self.othersTitle.setText(QCoreApplication.translate("RatingDialog", u"Not rated this year:", None))
    # retranslateUi

