# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submission_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SubmissionBar(object):
    def setupUi(self, SubmissionBar):
        if not SubmissionBar.objectName():
            SubmissionBar.setObjectName(u"SubmissionBar")
        SubmissionBar.resize(640, 64)
        self.mainLayout = QVBoxLayout(SubmissionBar)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.stateLabel = QLabel(SubmissionBar)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.stateLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.sendButton = QPushButton(SubmissionBar)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonRow.addWidget(self.sendButton)

        self.sendAllButton = QPushButton(SubmissionBar)
        self.sendAllButton.setObjectName(u"sendAllButton")

        self.buttonRow.addWidget(self.sendAllButton)


        self.mainLayout.addLayout(self.buttonRow)


        self.retranslateUi(SubmissionBar)

        QMetaObject.connectSlotsByName(SubmissionBar)
    # setupUi

    def retranslateUi(self, SubmissionBar):
        self.sendButton.setText(QCoreApplication.translate("SubmissionBar", u"Se&nd to the level above", None))
        self.sendAllButton.setText(QCoreApplication.translate("SubmissionBar", u"Send &all sheets", None))
        pass
    # retranslateUi

