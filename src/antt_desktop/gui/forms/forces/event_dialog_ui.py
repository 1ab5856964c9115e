# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(EventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(EventDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(EventDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.categoryLabel = QLabel(EventDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(EventDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.contentLabel = QLabel(EventDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QLineEdit(EventDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.decisionLabel = QLabel(EventDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(EventDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.issuerLabel = QLabel(EventDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(EventDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.proposedLabel = QLabel(EventDialog)
        self.proposedLabel.setObjectName(u"proposedLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.proposedLabel)

        self.proposedEdit = QLineEdit(EventDialog)
        self.proposedEdit.setObjectName(u"proposedEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.proposedEdit)

        self.supportLabel = QLabel(EventDialog)
        self.supportLabel.setObjectName(u"supportLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.supportLabel)

        self.supportEdit = QLineEdit(EventDialog)
        self.supportEdit.setObjectName(u"supportEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.supportEdit)

        self.amountLabel = QLabel(EventDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(EventDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.supportDateLabel = QLabel(EventDialog)
        self.supportDateLabel.setObjectName(u"supportDateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.supportDateLabel)

        self.supportDateEdit = QLineEdit(EventDialog)
        self.supportDateEdit.setObjectName(u"supportDateEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.supportDateEdit)

        self.supportByLabel = QLabel(EventDialog)
        self.supportByLabel.setObjectName(u"supportByLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.supportByLabel)

        self.supportByEdit = QLineEdit(EventDialog)
        self.supportByEdit.setObjectName(u"supportByEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.supportByEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EventDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.proposedLabel.setBuddy(self.proposedEdit)
        self.supportLabel.setBuddy(self.supportEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.supportDateLabel.setBuddy(self.supportDateEdit)
        self.supportByLabel.setBuddy(self.supportByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)
        self.buttonBox.accepted.connect(EventDialog.accept)
        self.buttonBox.rejected.connect(EventDialog.reject)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        self.dateLabel.setText(QCoreApplication.translate("EventDialog", u"&Date (dd/mm/yyyy):", None))
        self.categoryLabel.setText(QCoreApplication.translate("EventDialog", u"&Kind:", None))
        self.contentLabel.setText(QCoreApplication.translate("EventDialog", u"&Content:", None))
        self.decisionLabel.setText(QCoreApplication.translate("EventDialog", u"Decision &number:", None))
        self.issuerLabel.setText(QCoreApplication.translate("EventDialog", u"&Issued by:", None))
        self.proposedLabel.setText(QCoreApplication.translate("EventDialog", u"Support &proposed:", None))
        self.proposedEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"what the police proposes to the commune (visit, allowance\u2026)", None))
        self.supportLabel.setText(QCoreApplication.translate("EventDialog", u"&Support given:", None))
        self.supportEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"visit, gift, allowance\u2026", None))
        self.amountLabel.setText(QCoreApplication.translate("EventDialog", u"&Amount (VND):", None))
        self.supportDateLabel.setText(QCoreApplication.translate("EventDialog", u"Support &date:", None))
        self.supportByLabel.setText(QCoreApplication.translate("EventDialog", u"Support &by:", None))
        pass
    # retranslateUi

