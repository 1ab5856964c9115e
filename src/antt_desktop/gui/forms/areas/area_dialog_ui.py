# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'area_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AreaDialog(object):
    def setupUi(self, AreaDialog):
        if not AreaDialog.objectName():
            AreaDialog.setObjectName(u"AreaDialog")
        AreaDialog.resize(520, 400)
        self.mainLayout = QVBoxLayout(AreaDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(AreaDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AreaDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(AreaDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AreaDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.populationLabel = QLabel(AreaDialog)
        self.populationLabel.setObjectName(u"populationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationEdit = QLineEdit(AreaDialog)
        self.populationEdit.setObjectName(u"populationEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.populationEdit)

        self.householdsLabel = QLabel(AreaDialog)
        self.householdsLabel.setObjectName(u"householdsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.householdsLabel)

        self.householdsEdit = QLineEdit(AreaDialog)
        self.householdsEdit.setObjectName(u"householdsEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.householdsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.flagsBox = QGroupBox(AreaDialog)
        self.flagsBox.setObjectName(u"flagsBox")
        self.flagsLayout = QGridLayout(self.flagsBox)
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.key_ethnic = QCheckBox(self.flagsBox)
        self.key_ethnic.setObjectName(u"key_ethnic")

        self.flagsLayout.addWidget(self.key_ethnic, 0, 0, 1, 1)

        self.key_religion = QCheckBox(self.flagsBox)
        self.key_religion.setObjectName(u"key_religion")

        self.flagsLayout.addWidget(self.key_religion, 0, 1, 1, 1)

        self.key_drugs = QCheckBox(self.flagsBox)
        self.key_drugs.setObjectName(u"key_drugs")

        self.flagsLayout.addWidget(self.key_drugs, 1, 0, 1, 1)

        self.key_crime = QCheckBox(self.flagsBox)
        self.key_crime.setObjectName(u"key_crime")

        self.flagsLayout.addWidget(self.key_crime, 1, 1, 1, 1)

        self.key_traffic = QCheckBox(self.flagsBox)
        self.key_traffic.setObjectName(u"key_traffic")

        self.flagsLayout.addWidget(self.key_traffic, 2, 0, 1, 1)

        self.key_environment = QCheckBox(self.flagsBox)
        self.key_environment.setObjectName(u"key_environment")

        self.flagsLayout.addWidget(self.key_environment, 2, 1, 1, 1)

        self.keyNotesEdit = QLineEdit(self.flagsBox)
        self.keyNotesEdit.setObjectName(u"keyNotesEdit")

        self.flagsLayout.addWidget(self.keyNotesEdit, 3, 0, 1, 2)


        self.mainLayout.addWidget(self.flagsBox)

        self.notesLayout = QFormLayout()
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(AreaDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(AreaDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.notesLayout)

        self.errorLabel = QLabel(AreaDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AreaDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.populationLabel.setBuddy(self.populationEdit)
        self.householdsLabel.setBuddy(self.householdsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.populationEdit)
        QWidget.setTabOrder(self.populationEdit, self.householdsEdit)
        QWidget.setTabOrder(self.householdsEdit, self.key_ethnic)
        QWidget.setTabOrder(self.key_ethnic, self.key_religion)
        QWidget.setTabOrder(self.key_religion, self.key_drugs)
        QWidget.setTabOrder(self.key_drugs, self.key_crime)
        QWidget.setTabOrder(self.key_crime, self.key_traffic)
        QWidget.setTabOrder(self.key_traffic, self.key_environment)
        QWidget.setTabOrder(self.key_environment, self.keyNotesEdit)
        QWidget.setTabOrder(self.keyNotesEdit, self.notesEdit)

        self.retranslateUi(AreaDialog)
        self.buttonBox.accepted.connect(AreaDialog.accept)
        self.buttonBox.rejected.connect(AreaDialog.reject)

        QMetaObject.connectSlotsByName(AreaDialog)
    # setupUi

    def retranslateUi(self, AreaDialog):
        AreaDialog.setWindowTitle(QCoreApplication.translate("AreaDialog", u"Residential area", None))
        self.nameLabel.setText(QCoreApplication.translate("AreaDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AreaDialog", u"e.g. Th\u00f4n N\u00e0 Li\u1ec1m", None))
        self.kindLabel.setText(QCoreApplication.translate("AreaDialog", u"&Kind:", None))
        self.populationLabel.setText(QCoreApplication.translate("AreaDialog", u"&Population:", None))
        self.populationEdit.setPlaceholderText(QCoreApplication.translate("AreaDialog", u"number of residents (may be left empty)", None))
        self.householdsLabel.setText(QCoreApplication.translate("AreaDialog", u"&Households:", None))
        self.householdsEdit.setPlaceholderText(QCoreApplication.translate("AreaDialog", u"number of households (may be left empty)", None))
        self.flagsBox.setTitle(QCoreApplication.translate("AreaDialog", u"Key-area characteristics", None))
        self.keyNotesEdit.setPlaceholderText(QCoreApplication.translate("AreaDialog", u"Notes on the key area", None))
        self.notesLabel.setText(QCoreApplication.translate("AreaDialog", u"N&otes:", None))
    # retranslateUi

