# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_records_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_MeasureRecordsDialog(object):
    def setupUi(self, MeasureRecordsDialog):
        if not MeasureRecordsDialog.objectName():
            MeasureRecordsDialog.setObjectName(u"MeasureRecordsDialog")
        MeasureRecordsDialog.resize(760, 480)
        self.mainLayout = QVBoxLayout(MeasureRecordsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(MeasureRecordsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold;")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.reasonLabel = QLabel(MeasureRecordsDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonLabel)

        self.recordTable = QTableView(MeasureRecordsDialog)
        self.recordTable.setObjectName(u"recordTable")
        self.recordTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordTable.setWordWrap(True)
        self.recordTable.horizontalHeader().setStretchLastSection(True)
        self.recordTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.recordTable)

        self.buttonBox = QDialogButtonBox(MeasureRecordsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MeasureRecordsDialog)
        self.buttonBox.rejected.connect(MeasureRecordsDialog.reject)

        QMetaObject.connectSlotsByName(MeasureRecordsDialog)
    # setupUi

    def retranslateUi(self, MeasureRecordsDialog):
        MeasureRecordsDialog.setWindowTitle(QCoreApplication.translate("MeasureRecordsDialog", u"Records behind the figure", None))
    # retranslateUi

