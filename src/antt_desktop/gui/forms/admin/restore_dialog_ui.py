# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 340)
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.previewLabel = QLabel(RestoreDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.refusalLabel = QLabel(RestoreDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setStyleSheet(u"color: #b00020;")
        self.refusalLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.refusalLabel)

        self.takeOverCheck = QCheckBox(RestoreDialog)
        self.takeOverCheck.setObjectName(u"takeOverCheck")

        self.mainLayout.addWidget(self.takeOverCheck)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passphraseLabel = QLabel(RestoreDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(RestoreDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.newKeysCheck = QCheckBox(RestoreDialog)
        self.newKeysCheck.setObjectName(u"newKeysCheck")

        self.mainLayout.addWidget(self.newKeysCheck)

        self.noteLabel = QLabel(RestoreDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreDialog)
        self.buttonBox.accepted.connect(RestoreDialog.accept)
        self.buttonBox.rejected.connect(RestoreDialog.reject)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore a backup", None))
        self.takeOverCheck.setText(QCoreApplication.translate("RestoreDialog", u"This PC &replaces the computer the backup came from (that computer is broken or no longer used)", None))
        self.passphraseLabel.setText(QCoreApplication.translate("RestoreDialog", u"&Passphrase of the private keys:", None))
        self.newKeysCheck.setText(QCoreApplication.translate("RestoreDialog", u"Make &new keys instead (the units exchanging packages with this PC must register the new key file)", None))
        self.noteLabel.setText(QCoreApplication.translate("RestoreDialog", u"A copy of the current data is kept in the backups folder first. The application then closes; open it again to work on the restored data.", None))
    # retranslateUi

