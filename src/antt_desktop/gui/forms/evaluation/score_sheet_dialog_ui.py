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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ScoreSheetDialog(object):
    def setupUi(self, ScoreSheetDialog):
        if not ScoreSheetDialog.objectName():
            ScoreSheetDialog.setObjectName(u"ScoreSheetDialog")
        ScoreSheetDialog.resize(1320, 700)
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

        self.splitter = QSplitter(ScoreSheetDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.gridSplitter = QSplitter(self.splitter)
        self.gridSplitter.setObjectName(u"gridSplitter")
        self.gridSplitter.setOrientation(Qt.Orientation.Vertical)
        self.criteriaPane = QWidget(self.gridSplitter)
        self.criteriaPane.setObjectName(u"criteriaPane")
        self.criteriaLayout = QVBoxLayout(self.criteriaPane)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setContentsMargins(0, 0, 0, 0)
        self.criteriaHeading = QLabel(self.criteriaPane)
        self.criteriaHeading.setObjectName(u"criteriaHeading")
        self.criteriaHeading.setStyleSheet(u"font-weight: bold;")
        self.criteriaHeading.setWordWrap(True)

        self.criteriaLayout.addWidget(self.criteriaHeading)

        self.criteriaTable = QTableView(self.criteriaPane)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.criteriaTable.setWordWrap(True)
        self.criteriaTable.horizontalHeader().setStretchLastSection(True)
        self.criteriaTable.verticalHeader().setVisible(False)

        self.criteriaLayout.addWidget(self.criteriaTable)

        self.gridSplitter.addWidget(self.criteriaPane)
        self.sheetPane = QWidget(self.gridSplitter)
        self.sheetPane.setObjectName(u"sheetPane")
        self.sheetLayout = QVBoxLayout(self.sheetPane)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLayout.setContentsMargins(0, 0, 0, 0)
        self.sheetHeading = QLabel(self.sheetPane)
        self.sheetHeading.setObjectName(u"sheetHeading")
        self.sheetHeading.setStyleSheet(u"font-weight: bold;")
        self.sheetHeading.setWordWrap(True)

        self.sheetLayout.addWidget(self.sheetHeading)

        self.sheetTable = QTableView(self.sheetPane)
        self.sheetTable.setObjectName(u"sheetTable")
        self.sheetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.sheetTable.setWordWrap(True)
        self.sheetTable.verticalHeader().setVisible(False)

        self.sheetLayout.addWidget(self.sheetTable)

        self.gridSplitter.addWidget(self.sheetPane)
        self.splitter.addWidget(self.gridSplitter)
        self.sidePane = QWidget(self.splitter)
        self.sidePane.setObjectName(u"sidePane")
        self.sideLayout = QVBoxLayout(self.sidePane)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.totalLabel = QLabel(self.sidePane)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.totalLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.totalLabel)

        self.itemBox = QGroupBox(self.sidePane)
        self.itemBox.setObjectName(u"itemBox")
        self.itemLayout = QVBoxLayout(self.itemBox)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemLabel = QLabel(self.itemBox)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)

        self.itemLayout.addWidget(self.itemLabel)

        self.measureLabel = QLabel(self.itemBox)
        self.measureLabel.setObjectName(u"measureLabel")
        self.measureLabel.setWordWrap(True)
        self.measureLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.itemLayout.addWidget(self.measureLabel)

        self.measureButtons = QHBoxLayout()
        self.measureButtons.setObjectName(u"measureButtons")
        self.suggestButton = QPushButton(self.itemBox)
        self.suggestButton.setObjectName(u"suggestButton")

        self.measureButtons.addWidget(self.suggestButton)

        self.recordsButton = QPushButton(self.itemBox)
        self.recordsButton.setObjectName(u"recordsButton")

        self.measureButtons.addWidget(self.recordsButton)

        self.measureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measureButtons.addItem(self.measureSpacer)


        self.itemLayout.addLayout(self.measureButtons)

        self.filesHeading = QLabel(self.itemBox)
        self.filesHeading.setObjectName(u"filesHeading")

        self.itemLayout.addWidget(self.filesHeading)

        self.filesTable = QTableView(self.itemBox)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setMaximumSize(QSize(16777215, 110))
        self.filesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesTable.horizontalHeader().setStretchLastSection(True)
        self.filesTable.verticalHeader().setVisible(False)

        self.itemLayout.addWidget(self.filesTable)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.attachButton = QPushButton(self.itemBox)
        self.attachButton.setObjectName(u"attachButton")

        self.fileButtons.addWidget(self.attachButton)

        self.openFileButton = QPushButton(self.itemBox)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileButtons.addWidget(self.openFileButton)

        self.removeFileButton = QPushButton(self.itemBox)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.itemLayout.addLayout(self.fileButtons)


        self.sideLayout.addWidget(self.itemBox)

        self.explanationHeading = QLabel(self.sidePane)
        self.explanationHeading.setObjectName(u"explanationHeading")

        self.sideLayout.addWidget(self.explanationHeading)

        self.explanationText = QPlainTextEdit(self.sidePane)
        self.explanationText.setObjectName(u"explanationText")
        self.explanationText.setReadOnly(True)

        self.sideLayout.addWidget(self.explanationText)

        self.splitter.addWidget(self.sidePane)

        self.mainLayout.addWidget(self.splitter)

        self.errorLabel = QLabel(ScoreSheetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ScoreSheetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.criteriaHeading.setBuddy(self.criteriaTable)
        self.sheetHeading.setBuddy(self.sheetTable)
        self.explanationHeading.setBuddy(self.explanationText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoreSheetDialog)
        self.buttonBox.accepted.connect(ScoreSheetDialog.accept)
        self.buttonBox.rejected.connect(ScoreSheetDialog.reject)

        QMetaObject.connectSlotsByName(ScoreSheetDialog)
    # setupUi

    def retranslateUi(self, ScoreSheetDialog):
        ScoreSheetDialog.setWindowTitle(QCoreApplication.translate("ScoreSheetDialog", u"Recognition and score sheet", None))
        self.hintLabel.setText(QCoreApplication.translate("ScoreSheetDialog", u"Edit right in the tables (double-click, F2 or start typing): each criterion met or not with its evidence, each item's self-score (halves allowed, e.g. 2,5) and note. Save records the whole sheet at once.", None))
        self.itemBox.setTitle(QCoreApplication.translate("ScoreSheetDialog", u"Selected row", None))
        self.suggestButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"Use the su&ggestion", None))
        self.recordsButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"Show the &records\u2026", None))
        self.filesHeading.setText(QCoreApplication.translate("ScoreSheetDialog", u"Evidence files of this row:", None))
        self.attachButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"A&ttach\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"&Open", None))
        self.removeFileButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"Re&move", None))
        self.explanationHeading.setText(QCoreApplication.translate("ScoreSheetDialog", u"E&xplanation", None))
    # retranslateUi

