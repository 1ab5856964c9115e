# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_sheet_dialog.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ScoreSheetDialog(object):
    def setupUi(self, ScoreSheetDialog):
        if not ScoreSheetDialog.objectName():
            ScoreSheetDialog.setObjectName(u"ScoreSheetDialog")
        ScoreSheetDialog.resize(1080, 600)
        self.mainLayout = QVBoxLayout(ScoreSheetDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.subjectLabel = QLabel(ScoreSheetDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.subjectLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.subjectLabel)

        self.hintLabel = QLabel(ScoreSheetDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.sheetTable = QTableView(ScoreSheetDialog)
        self.sheetTable.setObjectName(u"sheetTable")
        self.sheetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.sheetTable.setWordWrap(True)
        self.sheetTable.horizontalHeader().setStretchLastSection(True)
        self.sheetTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.sheetTable)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.summaryLabel = QLabel(ScoreSheetDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.footer.addWidget(self.summaryLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)


        self.mainLayout.addLayout(self.footer)

        self.errorLabel = QLabel(ScoreSheetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ScoreSheetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ScoreSheetDialog)
        self.buttonBox.accepted.connect(ScoreSheetDialog.accept)
        self.buttonBox.rejected.connect(ScoreSheetDialog.reject)

        QMetaObject.connectSlotsByName(ScoreSheetDialog)
    # setupUi

    def retranslateUi(self, ScoreSheetDialog):
        ScoreSheetDialog.setWindowTitle(QCoreApplication.translate("ScoreSheetDialog", u"Score the criteria", None))
        self.hintLabel.setText(QCoreApplication.translate("ScoreSheetDialog", u"Choose the result of each criterion and note its evidence, right in the table (double-click, F2 or start typing); Save records the whole sheet at once.", None))
    # retranslateUi

