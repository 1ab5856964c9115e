# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(540, 330)
        self.mainLayout = QVBoxLayout(PlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(PlanDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PlanDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.numberLabel = QLabel(PlanDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(PlanDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(PlanDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(PlanDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.issuerLabel = QLabel(PlanDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(PlanDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.yearLabel = QLabel(PlanDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(PlanDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.summaryLabel = QLabel(PlanDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(PlanDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDialog)
        self.buttonBox.accepted.connect(PlanDialog.accept)
        self.buttonBox.rejected.connect(PlanDialog.reject)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Plan or resolution", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanDialog", u"&Kind:", None))
        self.numberLabel.setText(QCoreApplication.translate("PlanDialog", u"&Number:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"e.g. 15/KH-CAX", None))
        self.dateLabel.setText(QCoreApplication.translate("PlanDialog", u"&Date (dd/mm/yyyy):", None))
        self.issuerLabel.setText(QCoreApplication.translate("PlanDialog", u"&Issued by:", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanDialog", u"For the &year:", None))
        self.summaryLabel.setText(QCoreApplication.translate("PlanDialog", u"&Summary:", None))
    # retranslateUi

