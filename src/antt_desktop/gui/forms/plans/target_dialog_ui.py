# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_dialog.ui'
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

class Ui_TargetDialog(object):
    def setupUi(self, TargetDialog):
        if not TargetDialog.objectName():
            TargetDialog.setObjectName(u"TargetDialog")
        TargetDialog.resize(600, 280)
        self.mainLayout = QVBoxLayout(TargetDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.indicatorLabel = QLabel(TargetDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorCombo = QComboBox(TargetDialog)
        self.indicatorCombo.setObjectName(u"indicatorCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicatorCombo)

        self.titleLabel = QLabel(TargetDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TargetDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.valueLabel = QLabel(TargetDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(TargetDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.unitLabel = QLabel(TargetDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(TargetDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.actualLabel = QLabel(TargetDialog)
        self.actualLabel.setObjectName(u"actualLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualEdit = QLineEdit(TargetDialog)
        self.actualEdit.setObjectName(u"actualEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actualEdit)

        self.notesLabel = QLabel(TargetDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(TargetDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.forUnitLabel = QLabel(TargetDialog)
        self.forUnitLabel.setObjectName(u"forUnitLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.forUnitLabel)

        self.forUnitCombo = QComboBox(TargetDialog)
        self.forUnitCombo.setObjectName(u"forUnitCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.forUnitCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(TargetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TargetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.indicatorLabel.setBuddy(self.indicatorCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.valueLabel.setBuddy(self.valueEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.actualLabel.setBuddy(self.actualEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.forUnitLabel.setBuddy(self.forUnitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TargetDialog)
        self.buttonBox.accepted.connect(TargetDialog.accept)
        self.buttonBox.rejected.connect(TargetDialog.reject)

        QMetaObject.connectSlotsByName(TargetDialog)
    # setupUi

    def retranslateUi(self, TargetDialog):
        TargetDialog.setWindowTitle(QCoreApplication.translate("TargetDialog", u"Target", None))
        self.indicatorLabel.setText(QCoreApplication.translate("TargetDialog", u"&Indicator:", None))
        self.titleLabel.setText(QCoreApplication.translate("TargetDialog", u"&Title (entered by hand):", None))
        self.valueLabel.setText(QCoreApplication.translate("TargetDialog", u"Target &value:", None))
        self.unitLabel.setText(QCoreApplication.translate("TargetDialog", u"&Unit:", None))
        self.actualLabel.setText(QCoreApplication.translate("TargetDialog", u"&Actual (entered by hand):", None))
        self.notesLabel.setText(QCoreApplication.translate("TargetDialog", u"N&otes:", None))
        self.forUnitLabel.setText(QCoreApplication.translate("TargetDialog", u"&Set for:", None))
    # retranslateUi

