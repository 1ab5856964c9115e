# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(520, 240)
        self.mainLayout = QVBoxLayout(DecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(DecisionDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(DecisionDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(DecisionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DecisionDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.levelLabel = QLabel(DecisionDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(DecisionDialog)
        self.levelCombo.setObjectName(u"levelCombo")
        self.levelCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.levelLabel.setBuddy(self.levelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionDialog)
        self.buttonBox.accepted.connect(DecisionDialog.accept)
        self.buttonBox.rejected.connect(DecisionDialog.reject)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Recognising decision", None))
        self.numberLabel.setText(QCoreApplication.translate("DecisionDialog", u"Decision &number:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"e.g. 45/Q\u0110-UBND", None))
        self.dateLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Date (dd/mm/yyyy):", None))
        self.levelLabel.setText(QCoreApplication.translate("DecisionDialog", u"Recognised &by:", None))
    # retranslateUi

