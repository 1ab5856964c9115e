# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(540, 440)
        self.mainLayout = QVBoxLayout(TeamDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.typeLabel = QLabel(TeamDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(TeamDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.areaLabel = QLabel(TeamDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(TeamDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.nameLabel = QLabel(TeamDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TeamDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.quotaBox = QGroupBox(TeamDialog)
        self.quotaBox.setObjectName(u"quotaBox")
        self.quotaLayout = QFormLayout(self.quotaBox)
        self.quotaLayout.setObjectName(u"quotaLayout")

        self.mainLayout.addWidget(self.quotaBox)

        self.decisionBox = QGroupBox(TeamDialog)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QFormLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionNumberLabel = QLabel(self.decisionBox)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionNumberEdit = QLineEdit(self.decisionBox)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(self.decisionBox)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = QLineEdit(self.decisionBox)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.decisionIssuerLabel = QLabel(self.decisionBox)
        self.decisionIssuerLabel.setObjectName(u"decisionIssuerLabel")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionIssuerLabel)

        self.decisionIssuerEdit = QLineEdit(self.decisionBox)
        self.decisionIssuerEdit.setObjectName(u"decisionIssuerEdit")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionIssuerEdit)


        self.mainLayout.addWidget(self.decisionBox)

        self.notesLayout = QFormLayout()
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(TeamDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(TeamDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.notesLayout)

        self.errorLabel = QLabel(TeamDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.decisionIssuerLabel.setBuddy(self.decisionIssuerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDialog)
        self.buttonBox.accepted.connect(TeamDialog.accept)
        self.buttonBox.rejected.connect(TeamDialog.reject)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team", None))
        self.typeLabel.setText(QCoreApplication.translate("TeamDialog", u"Force &type:", None))
        self.areaLabel.setText(QCoreApplication.translate("TeamDialog", u"Residential &area:", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamDialog", u"&Name:", None))
        self.quotaBox.setTitle(QCoreApplication.translate("TeamDialog", u"Quota per role (\u0111\u1ecbnh bi\u00ean)", None))
        self.decisionBox.setTitle(QCoreApplication.translate("TeamDialog", u"Decision establishing the team", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("TeamDialog", u"N&umber:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"e.g. 125/Q\u0110-UBND", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("TeamDialog", u"&Date (dd/mm/yyyy):", None))
        self.decisionIssuerLabel.setText(QCoreApplication.translate("TeamDialog", u"&Issued by:", None))
        self.notesLabel.setText(QCoreApplication.translate("TeamDialog", u"N&otes:", None))
    # retranslateUi

