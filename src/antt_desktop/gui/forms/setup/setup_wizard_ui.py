# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QListView,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(640, 500)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.levelPage = QWizardPage()
        self.levelPage.setObjectName(u"levelPage")
        self.levelLayout = QVBoxLayout(self.levelPage)
        self.levelLayout.setObjectName(u"levelLayout")
        self.communeRadio = QRadioButton(self.levelPage)
        self.communeRadio.setObjectName(u"communeRadio")
        self.communeRadio.setChecked(True)

        self.levelLayout.addWidget(self.communeRadio)

        self.provinceRadio = QRadioButton(self.levelPage)
        self.provinceRadio.setObjectName(u"provinceRadio")

        self.levelLayout.addWidget(self.provinceRadio)

        self.districtRadio = QRadioButton(self.levelPage)
        self.districtRadio.setObjectName(u"districtRadio")

        self.levelLayout.addWidget(self.districtRadio)

        self.levelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.levelLayout.addItem(self.levelSpacer)

        SetupWizard.addPage(self.levelPage)
        self.unitPage = QWizardPage()
        self.unitPage.setObjectName(u"unitPage")
        self.unitLayout = QVBoxLayout(self.unitPage)
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitSearchEdit = QLineEdit(self.unitPage)
        self.unitSearchEdit.setObjectName(u"unitSearchEdit")
        self.unitSearchEdit.setClearButtonEnabled(True)

        self.unitLayout.addWidget(self.unitSearchEdit)

        self.unitList = QListView(self.unitPage)
        self.unitList.setObjectName(u"unitList")
        self.unitList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.unitLayout.addWidget(self.unitList)

        self.districtBox = QGroupBox(self.unitPage)
        self.districtBox.setObjectName(u"districtBox")
        self.districtLayout = QFormLayout(self.districtBox)
        self.districtLayout.setObjectName(u"districtLayout")
        self.districtProvinceLabel = QLabel(self.districtBox)
        self.districtProvinceLabel.setObjectName(u"districtProvinceLabel")

        self.districtLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.districtProvinceLabel)

        self.districtProvinceCombo = QComboBox(self.districtBox)
        self.districtProvinceCombo.setObjectName(u"districtProvinceCombo")

        self.districtLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.districtProvinceCombo)

        self.districtNameLabel = QLabel(self.districtBox)
        self.districtNameLabel.setObjectName(u"districtNameLabel")

        self.districtLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtNameLabel)

        self.districtNameEdit = QLineEdit(self.districtBox)
        self.districtNameEdit.setObjectName(u"districtNameEdit")

        self.districtLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtNameEdit)

        self.districtCodeLabel = QLabel(self.districtBox)
        self.districtCodeLabel.setObjectName(u"districtCodeLabel")

        self.districtLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtCodeLabel)

        self.districtCodeEdit = QLineEdit(self.districtBox)
        self.districtCodeEdit.setObjectName(u"districtCodeEdit")

        self.districtLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtCodeEdit)


        self.unitLayout.addWidget(self.districtBox)

        self.unitErrorLabel = QLabel(self.unitPage)
        self.unitErrorLabel.setObjectName(u"unitErrorLabel")
        self.unitErrorLabel.setStyleSheet(u"color: #b00020;")
        self.unitErrorLabel.setWordWrap(True)

        self.unitLayout.addWidget(self.unitErrorLabel)

        SetupWizard.addPage(self.unitPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QFormLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminUserLabel = QLabel(self.adminPage)
        self.adminUserLabel.setObjectName(u"adminUserLabel")

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminUserLabel)

        self.adminUserEdit = QLineEdit(self.adminPage)
        self.adminUserEdit.setObjectName(u"adminUserEdit")
        self.adminUserEdit.setText(u"admin")

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminUserEdit)

        self.adminNameLabel = QLabel(self.adminPage)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(self.adminPage)
        self.adminNameEdit.setObjectName(u"adminNameEdit")

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminPasswordLabel = QLabel(self.adminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPasswordEdit = QLineEdit(self.adminPage)
        self.adminPasswordEdit.setObjectName(u"adminPasswordEdit")
        self.adminPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminPasswordEdit)

        self.adminConfirmLabel = QLabel(self.adminPage)
        self.adminConfirmLabel.setObjectName(u"adminConfirmLabel")

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminConfirmLabel)

        self.adminConfirmEdit = QLineEdit(self.adminPage)
        self.adminConfirmEdit.setObjectName(u"adminConfirmEdit")
        self.adminConfirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminConfirmEdit)

        self.adminErrorLabel = QLabel(self.adminPage)
        self.adminErrorLabel.setObjectName(u"adminErrorLabel")
        self.adminErrorLabel.setStyleSheet(u"color: #b00020;")
        self.adminErrorLabel.setWordWrap(True)

        self.adminLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.adminErrorLabel)

        SetupWizard.addPage(self.adminPage)
#if QT_CONFIG(shortcut)
        self.districtProvinceLabel.setBuddy(self.districtProvinceCombo)
        self.districtNameLabel.setBuddy(self.districtNameEdit)
        self.districtCodeLabel.setBuddy(self.districtCodeEdit)
        self.adminUserLabel.setBuddy(self.adminUserEdit)
        self.adminNameLabel.setBuddy(self.adminNameEdit)
        self.adminPasswordLabel.setBuddy(self.adminPasswordEdit)
        self.adminConfirmLabel.setBuddy(self.adminConfirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"First-run setup", None))
        self.levelPage.setTitle(QCoreApplication.translate("SetupWizard", u"Level of this installation", None))
        self.levelPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Choose the level of the police unit that works on this computer.", None))
        self.communeRadio.setText(QCoreApplication.translate("SetupWizard", u"&Commune, ward or special zone police (C\u00f4ng an x\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu)", None))
        self.provinceRadio.setText(QCoreApplication.translate("SetupWizard", u"&Provincial police (receives and consolidates the communes' data)", None))
        self.districtRadio.setText(QCoreApplication.translate("SetupWizard", u"&Intermediate unit (a former district or a cluster of communes, created by hand)", None))
        self.unitPage.setTitle(QCoreApplication.translate("SetupWizard", u"Your unit", None))
        self.unitPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Find your unit in the official list; typing without diacritics works too.", None))
        self.unitSearchEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Type part of the name or the code, e.g. thuong lam or 02269", None))
        self.districtBox.setTitle(QCoreApplication.translate("SetupWizard", u"Intermediate unit", None))
        self.districtProvinceLabel.setText(QCoreApplication.translate("SetupWizard", u"Pro&vince:", None))
        self.districtNameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Name:", None))
        self.districtNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. C\u1ee5m x\u00e3 L\u00e2m B\u00ecnh", None))
        self.districtCodeLabel.setText(QCoreApplication.translate("SetupWizard", u"&Code:", None))
        self.districtCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"letters first, e.g. H-LAMBINH", None))
        self.adminPage.setTitle(QCoreApplication.translate("SetupWizard", u"Administrator account", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The administrator manages users and settings. Keep the password safe: it cannot be recovered.", None))
        self.adminUserLabel.setText(QCoreApplication.translate("SetupWizard", u"&User name:", None))
        self.adminNameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Full name:", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Password:", None))
        self.adminConfirmLabel.setText(QCoreApplication.translate("SetupWizard", u"Pass&word again:", None))
    # retranslateUi

