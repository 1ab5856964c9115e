# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        self.mainLayout = QVBoxLayout(EvaluationPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.titleLabel = QLabel(EvaluationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.yearLabel = QLabel(EvaluationPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.header.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(EvaluationPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.header.addWidget(self.yearSpin)


        self.mainLayout.addLayout(self.header)

        self.tabs = QTabWidget(EvaluationPage)
        self.tabs.setObjectName(u"tabs")
        self.recognitionTab = QWidget()
        self.recognitionTab.setObjectName(u"recognitionTab")
        self.recognitionTabLayout = QVBoxLayout(self.recognitionTab)
        self.recognitionTabLayout.setObjectName(u"recognitionTabLayout")
        self.splitter = QSplitter(self.recognitionTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.subjectPane = QWidget(self.splitter)
        self.subjectPane.setObjectName(u"subjectPane")
        self.subjectLayout = QVBoxLayout(self.subjectPane)
        self.subjectLayout.setObjectName(u"subjectLayout")
        self.subjectLayout.setContentsMargins(0, 0, 0, 0)
        self.subjectTable = QTableView(self.subjectPane)
        self.subjectTable.setObjectName(u"subjectTable")
        self.subjectTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subjectTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjectTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjectTable.horizontalHeader().setStretchLastSection(True)
        self.subjectTable.verticalHeader().setVisible(False)

        self.subjectLayout.addWidget(self.subjectTable)

        self.criteriaButtons = QHBoxLayout()
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.assessButton = QPushButton(self.subjectPane)
        self.assessButton.setObjectName(u"assessButton")

        self.criteriaButtons.addWidget(self.assessButton)

        self.decisionButton = QPushButton(self.subjectPane)
        self.decisionButton.setObjectName(u"decisionButton")

        self.criteriaButtons.addWidget(self.decisionButton)

        self.overrideButton = QPushButton(self.subjectPane)
        self.overrideButton.setObjectName(u"overrideButton")

        self.criteriaButtons.addWidget(self.overrideButton)

        self.criteriaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaButtons.addItem(self.criteriaSpacer)


        self.subjectLayout.addLayout(self.criteriaButtons)

        self.subjectButtons = QHBoxLayout()
        self.subjectButtons.setObjectName(u"subjectButtons")
        self.addAgencyButton = QPushButton(self.subjectPane)
        self.addAgencyButton.setObjectName(u"addAgencyButton")

        self.subjectButtons.addWidget(self.addAgencyButton)

        self.subjectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subjectButtons.addItem(self.subjectSpacer)


        self.subjectLayout.addLayout(self.subjectButtons)

        self.splitter.addWidget(self.subjectPane)
        self.criteriaPane = QWidget(self.splitter)
        self.criteriaPane.setObjectName(u"criteriaPane")
        self.criteriaLayout = QVBoxLayout(self.criteriaPane)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setContentsMargins(0, 0, 0, 0)
        self.subjectTitle = QLabel(self.criteriaPane)
        self.subjectTitle.setObjectName(u"subjectTitle")
        self.subjectTitle.setWordWrap(True)
        self.subjectTitle.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.criteriaLayout.addWidget(self.subjectTitle)

        self.criteriaTable = QTableView(self.criteriaPane)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaTable.horizontalHeader().setStretchLastSection(True)
        self.criteriaTable.verticalHeader().setVisible(False)

        self.criteriaLayout.addWidget(self.criteriaTable)

        self.explanationScroll = QScrollArea(self.criteriaPane)
        self.explanationScroll.setObjectName(u"explanationScroll")
        self.explanationScroll.setWidgetResizable(True)
        self.explanationScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.explanationContents = QWidget()
        self.explanationContents.setObjectName(u"explanationContents")
        self.explanationLayout = QVBoxLayout(self.explanationContents)
        self.explanationLayout.setObjectName(u"explanationLayout")
        self.explanationLayout.setContentsMargins(0, 0, 0, 0)
        self.explanationLabel = QLabel(self.explanationContents)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.explanationLayout.addWidget(self.explanationLabel)

        self.explanationScroll.setWidget(self.explanationContents)

        self.criteriaLayout.addWidget(self.explanationScroll)

        self.splitter.addWidget(self.criteriaPane)

        self.recognitionTabLayout.addWidget(self.splitter)

        self.tabs.addTab(self.recognitionTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineTabLayout = QVBoxLayout(self.timelineTab)
        self.timelineTabLayout.setObjectName(u"timelineTabLayout")
        self.stepTable = QTableView(self.timelineTab)
        self.stepTable.setObjectName(u"stepTable")
        self.stepTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepTable.horizontalHeader().setStretchLastSection(True)
        self.stepTable.verticalHeader().setVisible(False)

        self.timelineTabLayout.addWidget(self.stepTable)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setObjectName(u"stepButtons")
        self.markStepButton = QPushButton(self.timelineTab)
        self.markStepButton.setObjectName(u"markStepButton")

        self.stepButtons.addWidget(self.markStepButton)

        self.stepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepSpacer)


        self.timelineTabLayout.addLayout(self.stepButtons)

        self.tabs.addTab(self.timelineTab, "")
        self.commendationsTab = QWidget()
        self.commendationsTab.setObjectName(u"commendationsTab")
        self.commendationsTabLayout = QVBoxLayout(self.commendationsTab)
        self.commendationsTabLayout.setObjectName(u"commendationsTabLayout")
        self.commendationTable = QTableView(self.commendationsTab)
        self.commendationTable.setObjectName(u"commendationTable")
        self.commendationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commendationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commendationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commendationTable.horizontalHeader().setStretchLastSection(True)
        self.commendationTable.verticalHeader().setVisible(False)

        self.commendationsTabLayout.addWidget(self.commendationTable)

        self.commendationButtons = QHBoxLayout()
        self.commendationButtons.setObjectName(u"commendationButtons")
        self.addCommendationButton = QPushButton(self.commendationsTab)
        self.addCommendationButton.setObjectName(u"addCommendationButton")

        self.commendationButtons.addWidget(self.addCommendationButton)

        self.deleteCommendationButton = QPushButton(self.commendationsTab)
        self.deleteCommendationButton.setObjectName(u"deleteCommendationButton")

        self.commendationButtons.addWidget(self.deleteCommendationButton)

        self.commendationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commendationButtons.addItem(self.commendationSpacer)


        self.commendationsTabLayout.addLayout(self.commendationButtons)

        self.tabs.addTab(self.commendationsTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationPage)

        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
        self.titleLabel.setText(QCoreApplication.translate("EvaluationPage", u"Evaluation and commendation", None))
        self.yearLabel.setText(QCoreApplication.translate("EvaluationPage", u"&Year:", None))
        self.assessButton.setText(QCoreApplication.translate("EvaluationPage", u"Assess and &score\u2026", None))
        self.decisionButton.setText(QCoreApplication.translate("EvaluationPage", u"Recognising &decision\u2026", None))
        self.overrideButton.setText(QCoreApplication.translate("EvaluationPage", u"Ad&just level\u2026", None))
        self.addAgencyButton.setText(QCoreApplication.translate("EvaluationPage", u"Add an &agency, enterprise or school\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recognitionTab), QCoreApplication.translate("EvaluationPage", u"&Recognition and classification", None))
        self.markStepButton.setText(QCoreApplication.translate("EvaluationPage", u"&Mark step done\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("EvaluationPage", u"Year &timeline", None))
        self.addCommendationButton.setText(QCoreApplication.translate("EvaluationPage", u"&Add\u2026", None))
        self.deleteCommendationButton.setText(QCoreApplication.translate("EvaluationPage", u"&Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.commendationsTab), QCoreApplication.translate("EvaluationPage", u"&Commendations", None))
        pass
    # retranslateUi

