# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remedy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RemedyDialog(object):
    def setupUi(self, RemedyDialog):
        if not RemedyDialog.objectName():
            RemedyDialog.setObjectName(u"RemedyDialog")
        RemedyDialog.resize(520, 180)
        self.mainLayout = QVBoxLayout(RemedyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.descriptionLabel = QLabel(RemedyDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(RemedyDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.deadlineLabel = QLabel(RemedyDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QLineEdit(RemedyDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RemedyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RemedyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RemedyDialog)
        self.buttonBox.accepted.connect(RemedyDialog.accept)
        self.buttonBox.rejected.connect(RemedyDialog.reject)

        QMetaObject.connectSlotsByName(RemedyDialog)
    # setupUi

    def retranslateUi(self, RemedyDialog):
        RemedyDialog.setWindowTitle(QCoreApplication.translate("RemedyDialog", u"Required remedy", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RemedyDialog", u"&Remedy required:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("RemedyDialog", u"&Deadline (dd/mm/yyyy):", None))
    # retranslateUi

