# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(820, 600)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QFormLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.kindLabel = QLabel(self.filePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.filePage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.browseButton)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        ImportWizard.addPage(self.filePage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.headerInfo = QLabel(self.mappingPage)
        self.headerInfo.setObjectName(u"headerInfo")
        self.headerInfo.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.headerInfo)

        self.mappingScroll = QScrollArea(self.mappingPage)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingLayout = QFormLayout(self.mappingContents)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingScroll.setWidget(self.mappingContents)

        self.mappingPageLayout.addWidget(self.mappingScroll)

        ImportWizard.addPage(self.mappingPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTable = QTableView(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewTable)

        self.checkLabel = QLabel(self.previewPage)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setWordWrap(True)
        self.checkLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.checkLabel)

        self.previewButtons = QHBoxLayout()
        self.previewButtons.setObjectName(u"previewButtons")
        self.errorReportButton = QPushButton(self.previewPage)
        self.errorReportButton.setObjectName(u"errorReportButton")

        self.previewButtons.addWidget(self.errorReportButton)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewButtons.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewButtons)

        ImportWizard.addPage(self.previewPage)
        self.runPage = QWizardPage()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setObjectName(u"runLayout")
        self.progressBar = QProgressBar(self.runPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.runLayout.addWidget(self.progressBar)

        self.resultLabel = QLabel(self.runPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.runLayout.addWidget(self.resultLabel)

        self.runSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runSpacer)

        ImportWizard.addPage(self.runPage)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import from Excel", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose the workbook", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Workbooks as you keep them work: titles above the table, merged headings, headings without diacritics.", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportWizard", u"&Data:", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sheet:", None))
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Match the columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Each column of the workbook and the field it fills (proposed automatically; change it if needed).", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"Check before importing", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Every row is checked; nothing is written unless every row is right.", None))
        self.errorReportButton.setText(QCoreApplication.translate("ImportWizard", u"Save the rows with errors as a &workbook\u2026", None))
        self.runPage.setTitle(QCoreApplication.translate("ImportWizard", u"Import", None))
    # retranslateUi

