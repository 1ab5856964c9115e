# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReviewPanel(object):
    def setupUi(self, ReviewPanel):
        if not ReviewPanel.objectName():
            ReviewPanel.setObjectName(u"ReviewPanel")
        ReviewPanel.resize(1240, 680)
        self.mainLayout = QVBoxLayout(ReviewPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ReviewPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.stateLabel = QLabel(ReviewPanel)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stateLabel)

        self.scrollArea = QScrollArea(ReviewPanel)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(self.scrollContents)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setMinimumSize(QSize(0, 360))
        self.sheetPane = QWidget(self.splitter)
        self.sheetPane.setObjectName(u"sheetPane")
        self.sheetLayout = QVBoxLayout(self.sheetPane)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLayout.setContentsMargins(0, 0, 0, 0)
        self.sheetHint = QLabel(self.sheetPane)
        self.sheetHint.setObjectName(u"sheetHint")
        self.sheetHint.setWordWrap(True)

        self.sheetLayout.addWidget(self.sheetHint)

        self.sheetTable = QTableView(self.sheetPane)
        self.sheetTable.setObjectName(u"sheetTable")
        self.sheetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.sheetTable.setWordWrap(True)
        self.sheetTable.horizontalHeader().setStretchLastSection(True)
        self.sheetTable.verticalHeader().setVisible(False)

        self.sheetLayout.addWidget(self.sheetTable)

        self.totalLabel = QLabel(self.sheetPane)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.sheetLayout.addWidget(self.totalLabel)

        self.splitter.addWidget(self.sheetPane)
        self.dataPane = QWidget(self.splitter)
        self.dataPane.setObjectName(u"dataPane")
        self.dataLayout = QVBoxLayout(self.dataPane)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataLayout.setContentsMargins(0, 0, 0, 0)
        self.criteriaTitle = QLabel(self.dataPane)
        self.criteriaTitle.setObjectName(u"criteriaTitle")
        self.criteriaTitle.setStyleSheet(u"font-weight: bold;")
        self.criteriaTitle.setWordWrap(True)

        self.dataLayout.addWidget(self.criteriaTitle)

        self.criteriaTable = QTableView(self.dataPane)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaTable.setWordWrap(True)
        self.criteriaTable.horizontalHeader().setStretchLastSection(True)
        self.criteriaTable.verticalHeader().setVisible(False)

        self.dataLayout.addWidget(self.criteriaTable)

        self.figuresTitle = QLabel(self.dataPane)
        self.figuresTitle.setObjectName(u"figuresTitle")
        self.figuresTitle.setStyleSheet(u"font-weight: bold;")

        self.dataLayout.addWidget(self.figuresTitle)

        self.figuresLabel = QLabel(self.dataPane)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dataLayout.addWidget(self.figuresLabel)

        self.splitter.addWidget(self.dataPane)

        self.scrollLayout.addWidget(self.splitter)

        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.levelLabel = QLabel(self.scrollContents)
        self.levelLabel.setObjectName(u"levelLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.scrollContents)
        self.levelCombo.setObjectName(u"levelCombo")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.commentLabel = QLabel(self.scrollContents)
        self.commentLabel.setObjectName(u"commentLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.scrollContents)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 72))
        self.commentEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.scrollLayout.addLayout(self.decisionForm)

        self.scrollLayout.setStretch(0, 1)
        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.errorLabel = QLabel(ReviewPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.acceptButton = QPushButton(ReviewPanel)
        self.acceptButton.setObjectName(u"acceptButton")

        self.buttons.addWidget(self.acceptButton)

        self.returnButton = QPushButton(ReviewPanel)
        self.returnButton.setObjectName(u"returnButton")

        self.buttons.addWidget(self.returnButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReviewPanel)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.levelCombo)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewPanel)
        self.closeButton.clicked.connect(ReviewPanel.reject)

        QMetaObject.connectSlotsByName(ReviewPanel)
    # setupUi

    def retranslateUi(self, ReviewPanel):
        ReviewPanel.setWindowTitle(QCoreApplication.translate("ReviewPanel", u"Review a unit's sheet", None))
        self.sheetHint.setText(QCoreApplication.translate("ReviewPanel", u"The unit's self-scores beside the standard points; set the level above's score in the last column (double-click, F2 or start typing; halves allowed).", None))
        self.criteriaTitle.setText(QCoreApplication.translate("ReviewPanel", u"Recognition \u201cAn to\u00e0n v\u1ec1 ANTT\u201d (the unit's results and evidence)", None))
        self.figuresTitle.setText(QCoreApplication.translate("ReviewPanel", u"The unit's data held here", None))
        self.levelLabel.setText(QCoreApplication.translate("ReviewPanel", u"&Level set by the level above:", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewPanel", u"&Comment (required to return):", None))
        self.acceptButton.setText(QCoreApplication.translate("ReviewPanel", u"&Accept (Duy\u1ec7t)", None))
        self.returnButton.setText(QCoreApplication.translate("ReviewPanel", u"&Return for correction", None))
        self.closeButton.setText(QCoreApplication.translate("ReviewPanel", u"Close", None))
    # retranslateUi

