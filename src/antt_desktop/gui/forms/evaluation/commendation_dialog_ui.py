# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commendation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CommendationDialog(object):
    def setupUi(self, CommendationDialog):
        if not CommendationDialog.objectName():
            CommendationDialog.setObjectName(u"CommendationDialog")
        CommendationDialog.resize(560, 320)
        self.mainLayout = QVBoxLayout(CommendationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(CommendationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CommendationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.recipientLabel = QLabel(CommendationDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(CommendationDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")
        self.recipientCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.formLabel = QLabel(CommendationDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(CommendationDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.issuerLabel = QLabel(CommendationDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(CommendationDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.numberLabel = QLabel(CommendationDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(CommendationDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(CommendationDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(CommendationDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(CommendationDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(CommendationDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CommendationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CommendationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.formLabel.setBuddy(self.formCombo)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommendationDialog)
        self.buttonBox.accepted.connect(CommendationDialog.accept)
        self.buttonBox.rejected.connect(CommendationDialog.reject)

        QMetaObject.connectSlotsByName(CommendationDialog)
    # setupUi

    def retranslateUi(self, CommendationDialog):
        CommendationDialog.setWindowTitle(QCoreApplication.translate("CommendationDialog", u"Commendation", None))
        self.kindLabel.setText(QCoreApplication.translate("CommendationDialog", u"&For:", None))
        self.recipientLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Recipient:", None))
        self.formLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Form:", None))
        self.issuerLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Issued by:", None))
        self.issuerEdit.setPlaceholderText(QCoreApplication.translate("CommendationDialog", u"e.g. Ch\u1ee7 t\u1ecbch UBND x\u00e3", None))
        self.numberLabel.setText(QCoreApplication.translate("CommendationDialog", u"Decision &number:", None))
        self.dateLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Date (dd/mm/yyyy):", None))
        self.reasonLabel.setText(QCoreApplication.translate("CommendationDialog", u"Re&ason:", None))
    # retranslateUi

