# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(560, 330)
        self.mainLayout = QVBoxLayout(InspectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(InspectionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(InspectionDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(InspectionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(InspectionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.subjectLabel = QLabel(InspectionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(InspectionDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")
        self.subjectCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.inspectorLabel = QLabel(InspectionDialog)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.inspectorLabel)

        self.inspectorEdit = QLineEdit(InspectionDialog)
        self.inspectorEdit.setObjectName(u"inspectorEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inspectorEdit)

        self.findingsLabel = QLabel(InspectionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(InspectionDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.findingsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(InspectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.inspectorLabel.setBuddy(self.inspectorEdit)
        self.findingsLabel.setBuddy(self.findingsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionDialog)
        self.buttonBox.accepted.connect(InspectionDialog.accept)
        self.buttonBox.rejected.connect(InspectionDialog.reject)

        QMetaObject.connectSlotsByName(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"Inspection", None))
        self.dateLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Date (dd/mm/yyyy):", None))
        self.kindLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Inspected:", None))
        self.subjectLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Which one:", None))
        self.inspectorLabel.setText(QCoreApplication.translate("InspectionDialog", u"Inspected &by:", None))
        self.findingsLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Findings:", None))
    # retranslateUi

