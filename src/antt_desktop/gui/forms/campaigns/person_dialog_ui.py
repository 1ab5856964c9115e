# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(PersonDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(PersonDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PersonDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.areaLabel = QLabel(PersonDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(PersonDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.ethnicityLabel = QLabel(PersonDialog)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityEdit = QLineEdit(PersonDialog)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicityEdit)

        self.religionLabel = QLabel(PersonDialog)
        self.religionLabel.setObjectName(u"religionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.religionLabel)

        self.religionEdit = QLineEdit(PersonDialog)
        self.religionEdit.setObjectName(u"religionEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.religionEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(PersonDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(PersonDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.areaLabel.setBuddy(self.areaCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.religionLabel.setBuddy(self.religionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
        self.buttonBox.accepted.connect(PersonDialog.accept)
        self.buttonBox.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Prestigious person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Full name:", None))
        self.categoryLabel.setText(QCoreApplication.translate("PersonDialog", u"&Category:", None))
        self.titleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title, position:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. gi\u00e0 l\u00e0ng, tr\u01b0\u1edfng h\u1ecd, linh m\u1ee5c qu\u1ea3n x\u1ee9", None))
        self.areaLabel.setText(QCoreApplication.translate("PersonDialog", u"Residential &area:", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("PersonDialog", u"&Ethnicity:", None))
        self.religionLabel.setText(QCoreApplication.translate("PersonDialog", u"Re&ligion:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"A&ddress:", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"N&otes:", None))
    # retranslateUi

