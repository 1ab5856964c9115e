# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(760, 640)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(MemberDialog)
        self.tabs.setObjectName(u"tabs")
        self.infoTab = QWidget()
        self.infoTab.setObjectName(u"infoTab")
        self.infoTabLayout = QVBoxLayout(self.infoTab)
        self.infoTabLayout.setObjectName(u"infoTabLayout")
        self.infoScroll = QScrollArea(self.infoTab)
        self.infoScroll.setObjectName(u"infoScroll")
        self.infoScroll.setWidgetResizable(True)
        self.infoContents = QWidget()
        self.infoContents.setObjectName(u"infoContents")
        self.infoLayout = QFormLayout(self.infoContents)
        self.infoLayout.setObjectName(u"infoLayout")
        self.fullNameLabel = QLabel(self.infoContents)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.infoContents)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.genderLabel = QLabel(self.infoContents)
        self.genderLabel.setObjectName(u"genderLabel")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.infoContents)
        self.genderCombo.setObjectName(u"genderCombo")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthLabel = QLabel(self.infoContents)
        self.birthLabel.setObjectName(u"birthLabel")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = QLineEdit(self.infoContents)
        self.birthEdit.setObjectName(u"birthEdit")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.cccdLabel = QLabel(self.infoContents)
        self.cccdLabel.setObjectName(u"cccdLabel")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cccdLabel)

        self.cccdEdit = QLineEdit(self.infoContents)
        self.cccdEdit.setObjectName(u"cccdEdit")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cccdEdit)

        self.phoneLabel = QLabel(self.infoContents)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.infoContents)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.residenceLabel = QLabel(self.infoContents)
        self.residenceLabel.setObjectName(u"residenceLabel")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.residenceLabel)

        self.residenceEdit = QLineEdit(self.infoContents)
        self.residenceEdit.setObjectName(u"residenceEdit")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.residenceEdit)

        self.ethnicityLabel = QLabel(self.infoContents)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityEdit = QLineEdit(self.infoContents)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ethnicityEdit)

        self.religionLabel = QLabel(self.infoContents)
        self.religionLabel.setObjectName(u"religionLabel")

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.religionLabel)

        self.religionEdit = QLineEdit(self.infoContents)
        self.religionEdit.setObjectName(u"religionEdit")

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.religionEdit)

        self.educationLabel = QLabel(self.infoContents)
        self.educationLabel.setObjectName(u"educationLabel")

        self.infoLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(self.infoContents)
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setEditable(True)

        self.infoLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.teamLabel = QLabel(self.infoContents)
        self.teamLabel.setObjectName(u"teamLabel")

        self.infoLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(self.infoContents)
        self.teamCombo.setObjectName(u"teamCombo")

        self.infoLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.roleLabel = QLabel(self.infoContents)
        self.roleLabel.setObjectName(u"roleLabel")

        self.infoLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.infoContents)
        self.roleCombo.setObjectName(u"roleCombo")

        self.infoLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.startLabel = QLabel(self.infoContents)
        self.startLabel.setObjectName(u"startLabel")

        self.infoLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(self.infoContents)
        self.startEdit.setObjectName(u"startEdit")

        self.infoLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.changeLabel = QLabel(self.infoContents)
        self.changeLabel.setObjectName(u"changeLabel")

        self.infoLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.changeLabel)

        self.changeEdit = QLineEdit(self.infoContents)
        self.changeEdit.setObjectName(u"changeEdit")

        self.infoLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.changeEdit)

        self.appointmentNumberLabel = QLabel(self.infoContents)
        self.appointmentNumberLabel.setObjectName(u"appointmentNumberLabel")

        self.infoLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.appointmentNumberLabel)

        self.appointmentNumberEdit = QLineEdit(self.infoContents)
        self.appointmentNumberEdit.setObjectName(u"appointmentNumberEdit")

        self.infoLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.appointmentNumberEdit)

        self.appointmentDateLabel = QLabel(self.infoContents)
        self.appointmentDateLabel.setObjectName(u"appointmentDateLabel")

        self.infoLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.appointmentDateLabel)

        self.appointmentDateEdit = QLineEdit(self.infoContents)
        self.appointmentDateEdit.setObjectName(u"appointmentDateEdit")

        self.infoLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.appointmentDateEdit)

        self.appointmentIssuerLabel = QLabel(self.infoContents)
        self.appointmentIssuerLabel.setObjectName(u"appointmentIssuerLabel")

        self.infoLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.appointmentIssuerLabel)

        self.appointmentIssuerEdit = QLineEdit(self.infoContents)
        self.appointmentIssuerEdit.setObjectName(u"appointmentIssuerEdit")

        self.infoLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.appointmentIssuerEdit)

        self.notesLabel = QLabel(self.infoContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.infoLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(self.infoContents)
        self.notesEdit.setObjectName(u"notesEdit")

        self.infoLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.partyCheck = QCheckBox(self.infoContents)
        self.partyCheck.setObjectName(u"partyCheck")

        self.infoLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.partyCheck)

        self.infoScroll.setWidget(self.infoContents)

        self.infoTabLayout.addWidget(self.infoScroll)

        self.tabs.addTab(self.infoTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineTabLayout = QVBoxLayout(self.timelineTab)
        self.timelineTabLayout.setObjectName(u"timelineTabLayout")
        self.statusLabel = QLabel(self.timelineTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.timelineTabLayout.addWidget(self.statusLabel)

        self.timelineTable = QTableView(self.timelineTab)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.timelineTabLayout.addWidget(self.timelineTable)

        self.timelineButtons = QHBoxLayout()
        self.timelineButtons.setObjectName(u"timelineButtons")
        self.endButton = QPushButton(self.timelineTab)
        self.endButton.setObjectName(u"endButton")

        self.timelineButtons.addWidget(self.endButton)

        self.resumeButton = QPushButton(self.timelineTab)
        self.resumeButton.setObjectName(u"resumeButton")

        self.timelineButtons.addWidget(self.resumeButton)

        self.timelineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timelineButtons.addItem(self.timelineSpacer)


        self.timelineTabLayout.addLayout(self.timelineButtons)

        self.tabs.addTab(self.timelineTab, "")
        self.recordsTab = QWidget()
        self.recordsTab.setObjectName(u"recordsTab")
        self.recordsTabLayout = QVBoxLayout(self.recordsTab)
        self.recordsTabLayout.setObjectName(u"recordsTabLayout")
        self.recordsTable = QTableView(self.recordsTab)
        self.recordsTable.setObjectName(u"recordsTable")
        self.recordsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsTable.horizontalHeader().setStretchLastSection(True)
        self.recordsTable.verticalHeader().setVisible(False)

        self.recordsTabLayout.addWidget(self.recordsTable)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.addTrainingButton = QPushButton(self.recordsTab)
        self.addTrainingButton.setObjectName(u"addTrainingButton")

        self.recordButtons.addWidget(self.addTrainingButton)

        self.addCommendationButton = QPushButton(self.recordsTab)
        self.addCommendationButton.setObjectName(u"addCommendationButton")

        self.recordButtons.addWidget(self.addCommendationButton)

        self.addDisciplineButton = QPushButton(self.recordsTab)
        self.addDisciplineButton.setObjectName(u"addDisciplineButton")

        self.recordButtons.addWidget(self.addDisciplineButton)

        self.removeRecordButton = QPushButton(self.recordsTab)
        self.removeRecordButton.setObjectName(u"removeRecordButton")

        self.recordButtons.addWidget(self.removeRecordButton)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordSpacer)


        self.recordsTabLayout.addLayout(self.recordButtons)

        self.tabs.addTab(self.recordsTab, "")
        self.welfareTab = QWidget()
        self.welfareTab.setObjectName(u"welfareTab")
        self.welfareTabLayout = QVBoxLayout(self.welfareTab)
        self.welfareTabLayout.setObjectName(u"welfareTabLayout")
        self.welfareTable = QTableView(self.welfareTab)
        self.welfareTable.setObjectName(u"welfareTable")
        self.welfareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.welfareTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.welfareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.welfareTable.horizontalHeader().setStretchLastSection(True)
        self.welfareTable.verticalHeader().setVisible(False)

        self.welfareTabLayout.addWidget(self.welfareTable)

        self.welfareButtons = QHBoxLayout()
        self.welfareButtons.setObjectName(u"welfareButtons")
        self.addWelfareButton = QPushButton(self.welfareTab)
        self.addWelfareButton.setObjectName(u"addWelfareButton")

        self.welfareButtons.addWidget(self.addWelfareButton)

        self.removeWelfareButton = QPushButton(self.welfareTab)
        self.removeWelfareButton.setObjectName(u"removeWelfareButton")

        self.welfareButtons.addWidget(self.removeWelfareButton)

        self.welfareSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welfareButtons.addItem(self.welfareSpacer)


        self.welfareTabLayout.addLayout(self.welfareButtons)

        self.tabs.addTab(self.welfareTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesTabLayout = QVBoxLayout(self.filesTab)
        self.filesTabLayout.setObjectName(u"filesTabLayout")
        self.filesTable = QTableView(self.filesTab)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesTable.horizontalHeader().setStretchLastSection(True)
        self.filesTable.verticalHeader().setVisible(False)

        self.filesTabLayout.addWidget(self.filesTable)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFileButton = QPushButton(self.filesTab)
        self.addFileButton.setObjectName(u"addFileButton")

        self.fileButtons.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(self.filesTab)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileButtons.addWidget(self.openFileButton)

        self.removeFileButton = QPushButton(self.filesTab)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesTabLayout.addLayout(self.fileButtons)

        self.tabs.addTab(self.filesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(MemberDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthLabel.setBuddy(self.birthEdit)
        self.cccdLabel.setBuddy(self.cccdEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.residenceLabel.setBuddy(self.residenceEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.religionLabel.setBuddy(self.religionEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.changeLabel.setBuddy(self.changeEdit)
        self.appointmentNumberLabel.setBuddy(self.appointmentNumberEdit)
        self.appointmentDateLabel.setBuddy(self.appointmentDateEdit)
        self.appointmentIssuerLabel.setBuddy(self.appointmentIssuerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)
        self.buttonBox.accepted.connect(MemberDialog.accept)
        self.buttonBox.rejected.connect(MemberDialog.reject)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Force member", None))
        self.fullNameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Full name:", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. Nguy\u1ec5n V\u0103n An", None))
        self.genderLabel.setText(QCoreApplication.translate("MemberDialog", u"&Gender:", None))
        self.birthLabel.setText(QCoreApplication.translate("MemberDialog", u"Date of &birth (dd/mm/yyyy):", None))
        self.cccdLabel.setText(QCoreApplication.translate("MemberDialog", u"&CCCD number:", None))
        self.cccdEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"12 digits", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"&Phone:", None))
        self.residenceLabel.setText(QCoreApplication.translate("MemberDialog", u"&Residence:", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MemberDialog", u"&Ethnicity:", None))
        self.religionLabel.setText(QCoreApplication.translate("MemberDialog", u"Re&ligion:", None))
        self.educationLabel.setText(QCoreApplication.translate("MemberDialog", u"E&ducation:", None))
        self.teamLabel.setText(QCoreApplication.translate("MemberDialog", u"&Team:", None))
        self.roleLabel.setText(QCoreApplication.translate("MemberDialog", u"R&ole:", None))
        self.startLabel.setText(QCoreApplication.translate("MemberDialog", u"&Start of service (dd/mm/yyyy):", None))
        self.changeLabel.setText(QCoreApplication.translate("MemberDialog", u"Date of the team/role c&hange:", None))
        self.appointmentNumberLabel.setText(QCoreApplication.translate("MemberDialog", u"Appointment decision n&umber:", None))
        self.appointmentDateLabel.setText(QCoreApplication.translate("MemberDialog", u"Appointment decision d&ate:", None))
        self.appointmentIssuerLabel.setText(QCoreApplication.translate("MemberDialog", u"Appointment decision &issuer:", None))
        self.notesLabel.setText(QCoreApplication.translate("MemberDialog", u"N&otes:", None))
        self.partyCheck.setText(QCoreApplication.translate("MemberDialog", u"Party &member", None))
        self.tabs.setTabText(self.tabs.indexOf(self.infoTab), QCoreApplication.translate("MemberDialog", u"&Information", None))
        self.endButton.setText(QCoreApplication.translate("MemberDialog", u"&End service\u2026", None))
        self.resumeButton.setText(QCoreApplication.translate("MemberDialog", u"Re&sume service\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("MemberDialog", u"&Service history", None))
        self.addTrainingButton.setText(QCoreApplication.translate("MemberDialog", u"Add &training\u2026", None))
        self.addCommendationButton.setText(QCoreApplication.translate("MemberDialog", u"Add &commendation\u2026", None))
        self.addDisciplineButton.setText(QCoreApplication.translate("MemberDialog", u"Add &discipline\u2026", None))
        self.removeRecordButton.setText(QCoreApplication.translate("MemberDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordsTab), QCoreApplication.translate("MemberDialog", u"T&raining and commendations", None))
        self.addWelfareButton.setText(QCoreApplication.translate("MemberDialog", u"&Add\u2026", None))
        self.removeWelfareButton.setText(QCoreApplication.translate("MemberDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.welfareTab), QCoreApplication.translate("MemberDialog", u"&Visits and support", None))
        self.addFileButton.setText(QCoreApplication.translate("MemberDialog", u"&Attach file\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("MemberDialog", u"&Open", None))
        self.removeFileButton.setText(QCoreApplication.translate("MemberDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("MemberDialog", u"Attached &files", None))
    # retranslateUi

