# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_service_dialog.ui'
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

class Ui_EndServiceDialog(object):
    def setupUi(self, EndServiceDialog):
        if not EndServiceDialog.objectName():
            EndServiceDialog.setObjectName(u"EndServiceDialog")
        EndServiceDialog.resize(460, 200)
        self.mainLayout = QVBoxLayout(EndServiceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.memberLabel = QLabel(EndServiceDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.memberLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(EndServiceDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(EndServiceDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(EndServiceDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(EndServiceDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EndServiceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EndServiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndServiceDialog)
        self.buttonBox.accepted.connect(EndServiceDialog.accept)
        self.buttonBox.rejected.connect(EndServiceDialog.reject)

        QMetaObject.connectSlotsByName(EndServiceDialog)
    # setupUi

    def retranslateUi(self, EndServiceDialog):
        EndServiceDialog.setWindowTitle(QCoreApplication.translate("EndServiceDialog", u"End of service", None))
        self.dateLabel.setText(QCoreApplication.translate("EndServiceDialog", u"&Date (dd/mm/yyyy):", None))
        self.reasonLabel.setText(QCoreApplication.translate("EndServiceDialog", u"&Reason:", None))
    # retranslateUi

