# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directive_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DirectiveDialog(object):
    def setupUi(self, DirectiveDialog):
        if not DirectiveDialog.objectName():
            DirectiveDialog.setObjectName(u"DirectiveDialog")
        DirectiveDialog.resize(620, 420)
        self.mainLayout = QVBoxLayout(DirectiveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(DirectiveDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(DirectiveDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(DirectiveDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DirectiveDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.issuerLabel = QLabel(DirectiveDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(DirectiveDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.titleLabel = QLabel(DirectiveDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DirectiveDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.contentLabel = QLabel(DirectiveDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(DirectiveDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.filesLabel = QLabel(DirectiveDialog)
        self.filesLabel.setObjectName(u"filesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.filesLabel)

        self.filesLayout = QHBoxLayout()
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileList = QListWidget(DirectiveDialog)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setMaximumSize(QSize(16777215, 80))

        self.filesLayout.addWidget(self.fileList)

        self.fileButtons = QVBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.attachButton = QPushButton(DirectiveDialog)
        self.attachButton.setObjectName(u"attachButton")

        self.fileButtons.addWidget(self.attachButton)

        self.removeFileButton = QPushButton(DirectiveDialog)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.filesLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DirectiveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DirectiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DirectiveDialog)
        self.buttonBox.accepted.connect(DirectiveDialog.accept)
        self.buttonBox.rejected.connect(DirectiveDialog.reject)

        QMetaObject.connectSlotsByName(DirectiveDialog)
    # setupUi

    def retranslateUi(self, DirectiveDialog):
        DirectiveDialog.setWindowTitle(QCoreApplication.translate("DirectiveDialog", u"Directive", None))
        self.numberLabel.setText(QCoreApplication.translate("DirectiveDialog", u"&Number:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("DirectiveDialog", u"e.g. 30/CAT-PV05", None))
        self.dateLabel.setText(QCoreApplication.translate("DirectiveDialog", u"&Date (dd/mm/yyyy):", None))
        self.issuerLabel.setText(QCoreApplication.translate("DirectiveDialog", u"&Issued by:", None))
        self.titleLabel.setText(QCoreApplication.translate("DirectiveDialog", u"&Summary:", None))
        self.contentLabel.setText(QCoreApplication.translate("DirectiveDialog", u"&Content:", None))
        self.filesLabel.setText(QCoreApplication.translate("DirectiveDialog", u"Attached files:", None))
        self.attachButton.setText(QCoreApplication.translate("DirectiveDialog", u"A&ttach PDF or image\u2026", None))
        self.removeFileButton.setText(QCoreApplication.translate("DirectiveDialog", u"&Remove", None))
    # retranslateUi

