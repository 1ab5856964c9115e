# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assess_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AssessDialog(object):
    def setupUi(self, AssessDialog):
        if not AssessDialog.objectName():
            AssessDialog.setObjectName(u"AssessDialog")
        AssessDialog.resize(580, 280)
        self.mainLayout = QVBoxLayout(AssessDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.criterionLabel = QLabel(AssessDialog)
        self.criterionLabel.setObjectName(u"criterionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.criterionLabel)

        self.criterionText = QLabel(AssessDialog)
        self.criterionText.setObjectName(u"criterionText")
        self.criterionText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.criterionText)

        self.resultLabel = QLabel(AssessDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultCombo = QComboBox(AssessDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.evidenceLabel = QLabel(AssessDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QPlainTextEdit(AssessDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AssessDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AssessDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.criterionLabel.setBuddy(self.criterionText)
        self.resultLabel.setBuddy(self.resultCombo)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessDialog)
        self.buttonBox.accepted.connect(AssessDialog.accept)
        self.buttonBox.rejected.connect(AssessDialog.reject)

        QMetaObject.connectSlotsByName(AssessDialog)
    # setupUi

    def retranslateUi(self, AssessDialog):
        AssessDialog.setWindowTitle(QCoreApplication.translate("AssessDialog", u"Assess a criterion", None))
        self.criterionLabel.setText(QCoreApplication.translate("AssessDialog", u"Criterion:", None))
        self.resultLabel.setText(QCoreApplication.translate("AssessDialog", u"&Result:", None))
        self.evidenceLabel.setText(QCoreApplication.translate("AssessDialog", u"&Evidence:", None))
    # retranslateUi

