# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'model_dialog.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ModelDialog(object):
    def setupUi(self, ModelDialog):
        if not ModelDialog.objectName():
            ModelDialog.setObjectName(u"ModelDialog")
        ModelDialog.resize(780, 680)
        self.mainLayout = QVBoxLayout(ModelDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ModelDialog)
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
        self.nameLabel = QLabel(self.infoContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.infoContents)
        self.nameEdit.setObjectName(u"nameEdit")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.fieldLabel = QLabel(self.infoContents)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.infoContents)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.statusLabel = QLabel(self.infoContents)
        self.statusLabel.setObjectName(u"statusLabel")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.infoContents)
        self.statusCombo.setObjectName(u"statusCombo")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.scopeKindLabel = QLabel(self.infoContents)
        self.scopeKindLabel.setObjectName(u"scopeKindLabel")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scopeKindLabel)

        self.scopeKindCombo = QComboBox(self.infoContents)
        self.scopeKindCombo.setObjectName(u"scopeKindCombo")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scopeKindCombo)

        self.areasLabel = QLabel(self.infoContents)
        self.areasLabel.setObjectName(u"areasLabel")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.areasLabel)

        self.areasList = QListWidget(self.infoContents)
        self.areasList.setObjectName(u"areasList")
        self.areasList.setMaximumSize(QSize(16777215, 110))

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.areasList)

        self.scopeNameLabel = QLabel(self.infoContents)
        self.scopeNameLabel.setObjectName(u"scopeNameLabel")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scopeNameLabel)

        self.scopeNameEdit = QLineEdit(self.infoContents)
        self.scopeNameEdit.setObjectName(u"scopeNameEdit")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scopeNameEdit)

        self.decisionNumberLabel = QLabel(self.infoContents)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionNumberEdit = QLineEdit(self.infoContents)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(self.infoContents)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = QLineEdit(self.infoContents)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.decisionIssuerLabel = QLabel(self.infoContents)
        self.decisionIssuerLabel.setObjectName(u"decisionIssuerLabel")

        self.infoLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.decisionIssuerLabel)

        self.decisionIssuerEdit = QLineEdit(self.infoContents)
        self.decisionIssuerEdit.setObjectName(u"decisionIssuerEdit")

        self.infoLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decisionIssuerEdit)

        self.leadOrgLabel = QLabel(self.infoContents)
        self.leadOrgLabel.setObjectName(u"leadOrgLabel")

        self.infoLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.leadOrgLabel)

        self.leadOrgCombo = QComboBox(self.infoContents)
        self.leadOrgCombo.setObjectName(u"leadOrgCombo")
        self.leadOrgCombo.setEditable(True)

        self.infoLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.leadOrgCombo)

        self.headLabel = QLabel(self.infoContents)
        self.headLabel.setObjectName(u"headLabel")

        self.infoLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headEdit = QLineEdit(self.infoContents)
        self.headEdit.setObjectName(u"headEdit")

        self.infoLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.headEdit)

        self.coreLabel = QLabel(self.infoContents)
        self.coreLabel.setObjectName(u"coreLabel")

        self.infoLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.coreLabel)

        self.coreEdit = QPlainTextEdit(self.infoContents)
        self.coreEdit.setObjectName(u"coreEdit")
        self.coreEdit.setMaximumSize(QSize(16777215, 80))

        self.infoLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.coreEdit)

        self.regulationLabel = QLabel(self.infoContents)
        self.regulationLabel.setObjectName(u"regulationLabel")

        self.infoLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.regulationLabel)

        self.regulationEdit = QPlainTextEdit(self.infoContents)
        self.regulationEdit.setObjectName(u"regulationEdit")
        self.regulationEdit.setMaximumSize(QSize(16777215, 60))

        self.infoLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.regulationEdit)

        self.typicalCheck = QCheckBox(self.infoContents)
        self.typicalCheck.setObjectName(u"typicalCheck")

        self.infoLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.typicalCheck)

        self.typicalLevelLabel = QLabel(self.infoContents)
        self.typicalLevelLabel.setObjectName(u"typicalLevelLabel")

        self.infoLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.typicalLevelLabel)

        self.typicalLevelCombo = QComboBox(self.infoContents)
        self.typicalLevelCombo.setObjectName(u"typicalLevelCombo")

        self.infoLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.typicalLevelCombo)

        self.typicalDecisionLabel = QLabel(self.infoContents)
        self.typicalDecisionLabel.setObjectName(u"typicalDecisionLabel")

        self.infoLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.typicalDecisionLabel)

        self.typicalDecisionEdit = QLineEdit(self.infoContents)
        self.typicalDecisionEdit.setObjectName(u"typicalDecisionEdit")

        self.infoLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.typicalDecisionEdit)

        self.notesLabel = QLabel(self.infoContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.infoLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(self.infoContents)
        self.notesEdit.setObjectName(u"notesEdit")

        self.infoLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.infoScroll.setWidget(self.infoContents)

        self.infoTabLayout.addWidget(self.infoScroll)

        self.tabs.addTab(self.infoTab, "")
        self.fileTab = QWidget()
        self.fileTab.setObjectName(u"fileTab")
        self.fileTabLayout = QVBoxLayout(self.fileTab)
        self.fileTabLayout.setObjectName(u"fileTabLayout")
        self.completenessLabel = QLabel(self.fileTab)
        self.completenessLabel.setObjectName(u"completenessLabel")
        self.completenessLabel.setWordWrap(True)

        self.fileTabLayout.addWidget(self.completenessLabel)

        self.documentTable = QTableView(self.fileTab)
        self.documentTable.setObjectName(u"documentTable")
        self.documentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentTable.horizontalHeader().setStretchLastSection(True)
        self.documentTable.verticalHeader().setVisible(False)

        self.fileTabLayout.addWidget(self.documentTable)

        self.fileTable = QTableView(self.fileTab)
        self.fileTable.setObjectName(u"fileTable")
        self.fileTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fileTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fileTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fileTable.horizontalHeader().setStretchLastSection(True)
        self.fileTable.verticalHeader().setVisible(False)

        self.fileTabLayout.addWidget(self.fileTable)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.attachButton = QPushButton(self.fileTab)
        self.attachButton.setObjectName(u"attachButton")

        self.fileButtons.addWidget(self.attachButton)

        self.openButton = QPushButton(self.fileTab)
        self.openButton.setObjectName(u"openButton")

        self.fileButtons.addWidget(self.openButton)

        self.removeFileButton = QPushButton(self.fileTab)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.fileTabLayout.addLayout(self.fileButtons)

        self.tabs.addTab(self.fileTab, "")
        self.activityTab = QWidget()
        self.activityTab.setObjectName(u"activityTab")
        self.activityTabLayout = QVBoxLayout(self.activityTab)
        self.activityTabLayout.setObjectName(u"activityTabLayout")
        self.activityTable = QTableView(self.activityTab)
        self.activityTable.setObjectName(u"activityTable")
        self.activityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activityTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityTable.horizontalHeader().setStretchLastSection(True)
        self.activityTable.verticalHeader().setVisible(False)

        self.activityTabLayout.addWidget(self.activityTable)

        self.activityButtons = QHBoxLayout()
        self.activityButtons.setObjectName(u"activityButtons")
        self.addActivityButton = QPushButton(self.activityTab)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activityButtons.addWidget(self.addActivityButton)

        self.removeActivityButton = QPushButton(self.activityTab)
        self.removeActivityButton.setObjectName(u"removeActivityButton")

        self.activityButtons.addWidget(self.removeActivityButton)

        self.activitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityButtons.addItem(self.activitySpacer)


        self.activityTabLayout.addLayout(self.activityButtons)

        self.tabs.addTab(self.activityTab, "")
        self.reviewTab = QWidget()
        self.reviewTab.setObjectName(u"reviewTab")
        self.reviewTabLayout = QVBoxLayout(self.reviewTab)
        self.reviewTabLayout.setObjectName(u"reviewTabLayout")
        self.reviewTable = QTableView(self.reviewTab)
        self.reviewTable.setObjectName(u"reviewTable")
        self.reviewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewTable.horizontalHeader().setStretchLastSection(True)
        self.reviewTable.verticalHeader().setVisible(False)

        self.reviewTabLayout.addWidget(self.reviewTable)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.addReviewButton = QPushButton(self.reviewTab)
        self.addReviewButton.setObjectName(u"addReviewButton")

        self.reviewButtons.addWidget(self.addReviewButton)

        self.removeReviewButton = QPushButton(self.reviewTab)
        self.removeReviewButton.setObjectName(u"removeReviewButton")

        self.reviewButtons.addWidget(self.removeReviewButton)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)


        self.reviewTabLayout.addLayout(self.reviewButtons)

        self.tabs.addTab(self.reviewTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ModelDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ModelDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.scopeKindLabel.setBuddy(self.scopeKindCombo)
        self.areasLabel.setBuddy(self.areasList)
        self.scopeNameLabel.setBuddy(self.scopeNameEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.decisionIssuerLabel.setBuddy(self.decisionIssuerEdit)
        self.leadOrgLabel.setBuddy(self.leadOrgCombo)
        self.headLabel.setBuddy(self.headEdit)
        self.coreLabel.setBuddy(self.coreEdit)
        self.regulationLabel.setBuddy(self.regulationEdit)
        self.typicalLevelLabel.setBuddy(self.typicalLevelCombo)
        self.typicalDecisionLabel.setBuddy(self.typicalDecisionEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModelDialog)
        self.buttonBox.accepted.connect(ModelDialog.accept)
        self.buttonBox.rejected.connect(ModelDialog.reject)

        QMetaObject.connectSlotsByName(ModelDialog)
    # setupUi

    def retranslateUi(self, ModelDialog):
        ModelDialog.setWindowTitle(QCoreApplication.translate("ModelDialog", u"Self-management model", None))
        self.nameLabel.setText(QCoreApplication.translate("ModelDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"e.g. Camera an ninh th\u00f4n N\u00e0 Li\u1ec1m", None))
        self.fieldLabel.setText(QCoreApplication.translate("ModelDialog", u"&Field:", None))
        self.statusLabel.setText(QCoreApplication.translate("ModelDialog", u"&Status:", None))
        self.scopeKindLabel.setText(QCoreApplication.translate("ModelDialog", u"Sco&pe:", None))
        self.areasLabel.setText(QCoreApplication.translate("ModelDialog", u"Residential &areas:", None))
        self.scopeNameLabel.setText(QCoreApplication.translate("ModelDialog", u"Agency, enterprise or &school:", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("ModelDialog", u"Establishing decision n&umber:", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("ModelDialog", u"Decision &date (dd/mm/yyyy):", None))
        self.decisionIssuerLabel.setText(QCoreApplication.translate("ModelDialog", u"Decision &issued by:", None))
        self.leadOrgLabel.setText(QCoreApplication.translate("ModelDialog", u"&Lead organisation:", None))
        self.headLabel.setText(QCoreApplication.translate("ModelDialog", u"&Head:", None))
        self.headEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"full name; linked to the force member of that name if recorded", None))
        self.coreLabel.setText(QCoreApplication.translate("ModelDialog", u"&Core members (one per line):", None))
        self.regulationLabel.setText(QCoreApplication.translate("ModelDialog", u"&Regulation:", None))
        self.typicalCheck.setText(QCoreApplication.translate("ModelDialog", u"T&ypical model (\u0111i\u1ec3n h\u00ecnh)", None))
        self.typicalLevelLabel.setText(QCoreApplication.translate("ModelDialog", u"Recognised &at level:", None))
        self.typicalDecisionLabel.setText(QCoreApplication.translate("ModelDialog", u"Recognising decisi&on:", None))
        self.notesLabel.setText(QCoreApplication.translate("ModelDialog", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.infoTab), QCoreApplication.translate("ModelDialog", u"&Information", None))
        self.attachButton.setText(QCoreApplication.translate("ModelDialog", u"&Attach PDF or image\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ModelDialog", u"&Open", None))
        self.removeFileButton.setText(QCoreApplication.translate("ModelDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fileTab), QCoreApplication.translate("ModelDialog", u"File (&h\u1ed3 s\u01a1)", None))
        self.addActivityButton.setText(QCoreApplication.translate("ModelDialog", u"&Add activity\u2026", None))
        self.removeActivityButton.setText(QCoreApplication.translate("ModelDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.activityTab), QCoreApplication.translate("ModelDialog", u"A&ctivities", None))
        self.addReviewButton.setText(QCoreApplication.translate("ModelDialog", u"Add &review\u2026", None))
        self.removeReviewButton.setText(QCoreApplication.translate("ModelDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewTab), QCoreApplication.translate("ModelDialog", u"&Reviews", None))
    # retranslateUi

