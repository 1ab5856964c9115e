# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'province_sheet_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeView, QVBoxLayout, QWidget)

class Ui_ProvinceSheetDialog(object):
    def setupUi(self, ProvinceSheetDialog):
        if not ProvinceSheetDialog.objectName():
            ProvinceSheetDialog.setObjectName(u"ProvinceSheetDialog")
        ProvinceSheetDialog.resize(900, 620)
        self.mainLayout = QVBoxLayout(ProvinceSheetDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindLabel = QLabel(ProvinceSheetDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ProvinceSheetDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)

        self.importButton = QPushButton(ProvinceSheetDialog)
        self.importButton.setObjectName(u"importButton")

        self.kindRow.addWidget(self.importButton)


        self.mainLayout.addLayout(self.kindRow)

        self.sourceLabel = QLabel(ProvinceSheetDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sourceLabel)

        self.sheetTree = QTreeView(ProvinceSheetDialog)
        self.sheetTree.setObjectName(u"sheetTree")
        self.sheetTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheetTree.setAlternatingRowColors(True)
        self.sheetTree.setWordWrap(True)

        self.mainLayout.addWidget(self.sheetTree)

        self.levelsLabel = QLabel(ProvinceSheetDialog)
        self.levelsLabel.setObjectName(u"levelsLabel")
        self.levelsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.levelsLabel)

        self.problemsLabel = QLabel(ProvinceSheetDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setStyleSheet(u"color: #b00020;")
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(ProvinceSheetDialog)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setReadOnly(True)
        self.problemsEdit.setMaximumSize(QSize(16777215, 160))

        self.mainLayout.addWidget(self.problemsEdit)

        self.buttonBox = QDialogButtonBox(ProvinceSheetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProvinceSheetDialog)
        self.buttonBox.rejected.connect(ProvinceSheetDialog.reject)

        QMetaObject.connectSlotsByName(ProvinceSheetDialog)
    # setupUi

    def retranslateUi(self, ProvinceSheetDialog):
        ProvinceSheetDialog.setWindowTitle(QCoreApplication.translate("ProvinceSheetDialog", u"Province score sheets", None))
        self.kindLabel.setText(QCoreApplication.translate("ProvinceSheetDialog", u"&Kind of unit:", None))
        self.importButton.setText(QCoreApplication.translate("ProvinceSheetDialog", u"&Install the province's workbook\u2026", None))
    # retranslateUi

