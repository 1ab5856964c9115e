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
    QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpinBox, QSplitter,
    QVBoxLayout, QWidget)

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

        self.formatLabel = QLabel(self.controls)
        self.formatLabel.setObjectName(u"formatLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.controls)
        self.formatCombo.setObjectName(u"formatCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatCombo)


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
        self.splitter.addWidget(self.previewHost)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"&Year:", None))
        self.formatLabel.setText(QCoreApplication.translate("ReportsPage", u"&Format:", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"&Preview", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as file\u2026", None))
        pass
    # retranslateUi

