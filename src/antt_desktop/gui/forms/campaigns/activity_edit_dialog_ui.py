# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_edit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ActivityEditDialog(object):
    def setupUi(self, ActivityEditDialog):
        if not ActivityEditDialog.objectName():
            ActivityEditDialog.setObjectName(u"ActivityEditDialog")
        ActivityEditDialog.resize(640, 720)
        self.mainLayout = QVBoxLayout(ActivityEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.typeLabel = QLabel(ActivityEditDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(ActivityEditDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.dateLabel = QLabel(ActivityEditDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(ActivityEditDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.campaignLabel = QLabel(ActivityEditDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(ActivityEditDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.areaLabel = QLabel(ActivityEditDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(ActivityEditDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.placeLabel = QLabel(ActivityEditDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(ActivityEditDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.modelLabel = QLabel(ActivityEditDialog)
        self.modelLabel.setObjectName(u"modelLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelCombo = QComboBox(ActivityEditDialog)
        self.modelCombo.setObjectName(u"modelCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modelCombo)

        self.organisersLabel = QLabel(ActivityEditDialog)
        self.organisersLabel.setObjectName(u"organisersLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisersLabel)

        self.organisersEdit = QLineEdit(ActivityEditDialog)
        self.organisersEdit.setObjectName(u"organisersEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisersEdit)

        self.participantsLabel = QLabel(ActivityEditDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(ActivityEditDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.audienceLabel = QLabel(ActivityEditDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceEdit = QLineEdit(ActivityEditDialog)
        self.audienceEdit.setObjectName(u"audienceEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.audienceEdit)

        self.channelLabel = QLabel(ActivityEditDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ActivityEditDialog)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setEditable(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.contentLabel = QLabel(ActivityEditDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(ActivityEditDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.resultLabel = QLabel(ActivityEditDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QLineEdit(ActivityEditDialog)
        self.resultEdit.setObjectName(u"resultEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.personsLabel = QLabel(ActivityEditDialog)
        self.personsLabel.setObjectName(u"personsLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.personsLabel)

        self.personsList = QListWidget(ActivityEditDialog)
        self.personsList.setObjectName(u"personsList")
        self.personsList.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.personsList)


        self.mainLayout.addLayout(self.formLayout)

        self.filesBox = QGroupBox(ActivityEditDialog)
        self.filesBox.setObjectName(u"filesBox")
        self.filesLayout = QVBoxLayout(self.filesBox)
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileTable = QTableView(self.filesBox)
        self.fileTable.setObjectName(u"fileTable")
        self.fileTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fileTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fileTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fileTable.horizontalHeader().setStretchLastSection(True)
        self.fileTable.verticalHeader().setVisible(False)

        self.filesLayout.addWidget(self.fileTable)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.attachButton = QPushButton(self.filesBox)
        self.attachButton.setObjectName(u"attachButton")

        self.fileButtons.addWidget(self.attachButton)

        self.openFileButton = QPushButton(self.filesBox)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileButtons.addWidget(self.openFileButton)

        self.removeFileButton = QPushButton(self.filesBox)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)


        self.mainLayout.addWidget(self.filesBox)

        self.errorLabel = QLabel(ActivityEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.modelLabel.setBuddy(self.modelCombo)
        self.organisersLabel.setBuddy(self.organisersEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.audienceLabel.setBuddy(self.audienceEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.personsLabel.setBuddy(self.personsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityEditDialog)
        self.buttonBox.accepted.connect(ActivityEditDialog.accept)
        self.buttonBox.rejected.connect(ActivityEditDialog.reject)

        QMetaObject.connectSlotsByName(ActivityEditDialog)
    # setupUi

    def retranslateUi(self, ActivityEditDialog):
        ActivityEditDialog.setWindowTitle(QCoreApplication.translate("ActivityEditDialog", u"Activity", None))
        self.typeLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Type:", None))
        self.dateLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Date (dd/mm/yyyy):", None))
        self.campaignLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Campaign:", None))
        self.areaLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"Residential &area:", None))
        self.placeLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Place:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ActivityEditDialog", u"e.g. nh\u00e0 v\u0103n h\u00f3a th\u00f4n", None))
        self.modelLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Model:", None))
        self.organisersLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Organisers:", None))
        self.participantsLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"Partici&pants:", None))
        self.audienceLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"People &reached:", None))
        self.channelLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"Propaganda c&hannel:", None))
        self.contentLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"&Content:", None))
        self.resultLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"Res&ult:", None))
        self.personsLabel.setText(QCoreApplication.translate("ActivityEditDialog", u"Prestigious people &taking part:", None))
        self.filesBox.setTitle(QCoreApplication.translate("ActivityEditDialog", u"Attached files", None))
        self.attachButton.setText(QCoreApplication.translate("ActivityEditDialog", u"&Attach file\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("ActivityEditDialog", u"&Open", None))
        self.removeFileButton.setText(QCoreApplication.translate("ActivityEditDialog", u"Re&move", None))
    # retranslateUi

