# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intermediate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_IntermediateDialog(object):
    def setupUi(self, IntermediateDialog):
        if not IntermediateDialog.objectName():
            IntermediateDialog.setObjectName(u"IntermediateDialog")
        IntermediateDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(IntermediateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.helpLabel = QLabel(IntermediateDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.helpLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(IntermediateDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(IntermediateDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(IntermediateDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(IntermediateDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(IntermediateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IntermediateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntermediateDialog)
        self.buttonBox.accepted.connect(IntermediateDialog.accept)
        self.buttonBox.rejected.connect(IntermediateDialog.reject)

        QMetaObject.connectSlotsByName(IntermediateDialog)
    # setupUi

    def retranslateUi(self, IntermediateDialog):
        IntermediateDialog.setWindowTitle(QCoreApplication.translate("IntermediateDialog", u"Intermediate unit", None))
        self.helpLabel.setText(QCoreApplication.translate("IntermediateDialog", u"A former district or a cluster of communes that forwards its communes' packages to this unit. Its packages are accepted only from a key registered for it, and only for the communes assigned to it.", None))
        self.codeLabel.setText(QCoreApplication.translate("IntermediateDialog", u"&Code:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("IntermediateDialog", u"e.g. H-LAMBINH", None))
        self.nameLabel.setText(QCoreApplication.translate("IntermediateDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IntermediateDialog", u"e.g. C\u1ee5m x\u00e3 L\u00e2m B\u00ecnh", None))
    # retranslateUi

