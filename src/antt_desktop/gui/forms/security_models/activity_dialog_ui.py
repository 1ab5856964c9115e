# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(480, 220)
        self.mainLayout = QVBoxLayout(ActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ActivityDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(ActivityDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.contentLabel = QLabel(ActivityDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QLineEdit(ActivityDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.participantsLabel = QLabel(ActivityDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(ActivityDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.resultLabel = QLabel(ActivityDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QLineEdit(ActivityDialog)
        self.resultEdit.setObjectName(u"resultEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)
        self.buttonBox.accepted.connect(ActivityDialog.accept)
        self.buttonBox.rejected.connect(ActivityDialog.reject)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Model activity", None))
        self.dateLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Date (dd/mm/yyyy):", None))
        self.contentLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Content:", None))
        self.participantsLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Participants:", None))
        self.resultLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Result:", None))
    # retranslateUi

