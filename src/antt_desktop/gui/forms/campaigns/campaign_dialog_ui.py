# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
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

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(CampaignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(CampaignDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CampaignDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.dayLabel = QLabel(CampaignDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QLineEdit(CampaignDialog)
        self.dayEdit.setObjectName(u"dayEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.startLabel = QLabel(CampaignDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(CampaignDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(CampaignDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QLineEdit(CampaignDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CampaignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.dayLabel.setBuddy(self.dayEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignDialog)
        self.buttonBox.accepted.connect(CampaignDialog.accept)
        self.buttonBox.rejected.connect(CampaignDialog.reject)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"Add a campaign day", None))
        self.nameLabel.setText(QCoreApplication.translate("CampaignDialog", u"&Name:", None))
        self.dayLabel.setText(QCoreApplication.translate("CampaignDialog", u"Main &day (dd/mm):", None))
        self.startLabel.setText(QCoreApplication.translate("CampaignDialog", u"Counts &from (dd/mm):", None))
        self.endLabel.setText(QCoreApplication.translate("CampaignDialog", u"Counts &until (dd/mm):", None))
    # retranslateUi

