# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criterion_dialog.ui'
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

class Ui_CriterionDialog(object):
    def setupUi(self, CriterionDialog):
        if not CriterionDialog.objectName():
            CriterionDialog.setObjectName(u"CriterionDialog")
        CriterionDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(CriterionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.criterionLabel = QLabel(CriterionDialog)
        self.criterionLabel.setObjectName(u"criterionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.criterionLabel)

        self.criterionText = QLabel(CriterionDialog)
        self.criterionText.setObjectName(u"criterionText")
        self.criterionText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.criterionText)

        self.resultLabel = QLabel(CriterionDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultCombo = QComboBox(CriterionDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.evidenceLabel = QLabel(CriterionDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QPlainTextEdit(CriterionDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.notesLabel = QLabel(CriterionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(CriterionDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CriterionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CriterionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.criterionLabel.setBuddy(self.criterionText)
        self.resultLabel.setBuddy(self.resultCombo)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CriterionDialog)
        self.buttonBox.accepted.connect(CriterionDialog.accept)
        self.buttonBox.rejected.connect(CriterionDialog.reject)

        QMetaObject.connectSlotsByName(CriterionDialog)
    # setupUi

    def retranslateUi(self, CriterionDialog):
        CriterionDialog.setWindowTitle(QCoreApplication.translate("CriterionDialog", u"Criterion self-assessment", None))
        self.criterionLabel.setText(QCoreApplication.translate("CriterionDialog", u"Criterion:", None))
        self.resultLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Result:", None))
        self.evidenceLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Evidence:", None))
        self.notesLabel.setText(QCoreApplication.translate("CriterionDialog", u"N&otes:", None))
    # retranslateUi

