# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
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

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(540, 260)
        self.mainLayout = QVBoxLayout(OverrideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.computedLabel = QLabel(OverrideDialog)
        self.computedLabel.setObjectName(u"computedLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.computedLabel)

        self.computedText = QLabel(OverrideDialog)
        self.computedText.setObjectName(u"computedText")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.computedText)

        self.levelLabel = QLabel(OverrideDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(OverrideDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.reasonLabel = QLabel(OverrideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(OverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(OverrideDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.computedLabel.setBuddy(self.computedText)
        self.levelLabel.setBuddy(self.levelCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverrideDialog)
        self.buttonBox.accepted.connect(OverrideDialog.accept)
        self.buttonBox.rejected.connect(OverrideDialog.reject)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Adjust the classification", None))
        self.computedLabel.setText(QCoreApplication.translate("OverrideDialog", u"Computed level:", None))
        self.levelLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Level decided:", None))
        self.reasonLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Reason (kept):", None))
    # retranslateUi

