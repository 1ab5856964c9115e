# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(520, 200)
        self.mainLayout = QVBoxLayout(FollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.noteLabel = QLabel(FollowUpDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FollowUpDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.closedCheck = QCheckBox(FollowUpDialog)
        self.closedCheck.setObjectName(u"closedCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closedCheck)

        self.closedLabel = QLabel(FollowUpDialog)
        self.closedLabel.setObjectName(u"closedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedEdit = QLineEdit(FollowUpDialog)
        self.closedEdit.setObjectName(u"closedEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closedEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FollowUpDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.closedLabel.setBuddy(self.closedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)
        self.buttonBox.accepted.connect(FollowUpDialog.accept)
        self.buttonBox.rejected.connect(FollowUpDialog.reject)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up of a remedy", None))
        self.noteLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Progress:", None))
        self.closedCheck.setText(QCoreApplication.translate("FollowUpDialog", u"Remedy &completed", None))
        self.closedLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Completed &on (dd/mm/yyyy):", None))
    # retranslateUi

