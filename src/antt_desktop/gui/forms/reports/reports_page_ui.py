# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.mainLayout = QVBoxLayout(ReportsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.controls = QWidget(self.splitter)
        self.controls.setObjectName(u"controls")
        self.controlsLayout = QVBoxLayout(self.controls)
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.controlsLayout.setContentsMargins(0, 0, 0, 0)
        self.reportList = QListWidget(self.controls)
        self.reportList.setObjectName(u"reportList")
        self.reportList.setWordWrap(True)

        self.controlsLayout.addWidget(self.reportList)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.yearLabel = QLabel(self.controls)
        self.yearLabel.setObjectName(u"yearLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.controls)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.subjectLabel = QLabel(self.controls)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(self.controls)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.formatLabel = QLabel(self.controls)
        self.formatLabel.setObjectName(u"formatLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.controls)
        self.formatCombo.setObjectName(u"formatCombo")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.signerTitleLabel = QLabel(self.controls)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.controls)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")
        self.signerTitleEdit.setMaxLength(120)

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.controls)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.optionsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.controls)
        self.signerNameEdit.setObjectName(u"signerNameEdit")
        self.signerNameEdit.setMaxLength(120)

        self.optionsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.controlsLayout.addLayout(self.optionsLayout)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.previewButton = QPushButton(self.controls)
        self.previewButton.setObjectName(u"previewButton")

        self.actionButtons.addWidget(self.previewButton)

        self.saveButton = QPushButton(self.controls)
        self.saveButton.setObjectName(u"saveButton")

        self.actionButtons.addWidget(self.saveButton)


        self.controlsLayout.addLayout(self.actionButtons)

        self.progressBar = QProgressBar(self.controls)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.controlsLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.controls)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.controlsLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.controls)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewTools = QHBoxLayout()
        self.previewTools.setObjectName(u"previewTools")
        self.printButton = QPushButton(self.previewHost)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.previewTools.addWidget(self.printButton)

        self.previousButton = QToolButton(self.previewHost)
        self.previousButton.setObjectName(u"previousButton")

        self.previewTools.addWidget(self.previousButton)

        self.pageSpin = QSpinBox(self.previewHost)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.previewTools.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(self.previewHost)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.previewTools.addWidget(self.pageCountLabel)

        self.nextButton = QToolButton(self.previewHost)
        self.nextButton.setObjectName(u"nextButton")

        self.previewTools.addWidget(self.nextButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTools.addItem(self.toolsSpacer)

        self.zoomOutButton = QToolButton(self.previewHost)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.previewTools.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(self.previewHost)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumWidth(44)
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.previewTools.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(self.previewHost)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.previewTools.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(self.previewHost)
        self.fitWidthButton.setObjectName(u"fitWidthButton")

        self.previewTools.addWidget(self.fitWidthButton)


        self.previewLayout.addLayout(self.previewTools)

        self.splitter.addWidget(self.previewHost)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"&Year:", None))
        self.subjectLabel.setText(QCoreApplication.translate("ReportsPage", u"Su&bjects:", None))
#if QT_CONFIG(tooltip)
        self.subjectCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Whose score sheet or proposal: the commune itself (at an upper level, the communes below), every residential area, or every agency", None))
#endif // QT_CONFIG(tooltip)
        self.formatLabel.setText(QCoreApplication.translate("ReportsPage", u"&Format:", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("ReportsPage", u"Signer's &title:", None))
        self.signerNameLabel.setText(QCoreApplication.translate("ReportsPage", u"Signer's &name:", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Left blank to write by hand", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"&Preview", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as file\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"P&rint\u2026", None))
        self.previousButton.setText(QCoreApplication.translate("ReportsPage", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Previous page (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pageSpin.setToolTip(QCoreApplication.translate("ReportsPage", u"Page", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ReportsPage", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Next page (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("ReportsPage", u"\u2212", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("ReportsPage", u"+", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("ReportsPage", u"&Fit width", None))
        pass
    # retranslateUi

