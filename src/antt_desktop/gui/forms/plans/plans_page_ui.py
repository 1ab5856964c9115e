# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_PlansPage(object):
    def setupUi(self, PlansPage):
        if not PlansPage.objectName():
            PlansPage.setObjectName(u"PlansPage")
        self.mainLayout = QVBoxLayout(PlansPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.titleLabel = QLabel(PlansPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.header.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.yearLabel = QLabel(PlansPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.header.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(PlansPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.header.addWidget(self.yearSpin)


        self.mainLayout.addLayout(self.header)

        self.tabs = QTabWidget(PlansPage)
        self.tabs.setObjectName(u"tabs")
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansTabLayout = QVBoxLayout(self.plansTab)
        self.plansTabLayout.setObjectName(u"plansTabLayout")
        self.planSplitter = QSplitter(self.plansTab)
        self.planSplitter.setObjectName(u"planSplitter")
        self.planSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.planListPane = QWidget(self.planSplitter)
        self.planListPane.setObjectName(u"planListPane")
        self.planListLayout = QVBoxLayout(self.planListPane)
        self.planListLayout.setObjectName(u"planListLayout")
        self.planListLayout.setContentsMargins(0, 0, 0, 0)
        self.planTable = QTableView(self.planListPane)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.horizontalHeader().setStretchLastSection(True)
        self.planTable.verticalHeader().setVisible(False)

        self.planListLayout.addWidget(self.planTable)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.addPlanButton = QPushButton(self.planListPane)
        self.addPlanButton.setObjectName(u"addPlanButton")

        self.planButtons.addWidget(self.addPlanButton)

        self.editPlanButton = QPushButton(self.planListPane)
        self.editPlanButton.setObjectName(u"editPlanButton")

        self.planButtons.addWidget(self.editPlanButton)

        self.deletePlanButton = QPushButton(self.planListPane)
        self.deletePlanButton.setObjectName(u"deletePlanButton")

        self.planButtons.addWidget(self.deletePlanButton)


        self.planListLayout.addLayout(self.planButtons)

        self.planSplitter.addWidget(self.planListPane)
        self.targetPane = QWidget(self.planSplitter)
        self.targetPane.setObjectName(u"targetPane")
        self.targetLayout = QVBoxLayout(self.targetPane)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetLayout.setContentsMargins(0, 0, 0, 0)
        self.planTitle = QLabel(self.targetPane)
        self.planTitle.setObjectName(u"planTitle")
        self.planTitle.setWordWrap(True)
        self.planTitle.setStyleSheet(u"font-weight: bold;")

        self.targetLayout.addWidget(self.planTitle)

        self.targetTable = QTableView(self.targetPane)
        self.targetTable.setObjectName(u"targetTable")
        self.targetTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetTable.horizontalHeader().setStretchLastSection(True)
        self.targetTable.verticalHeader().setVisible(False)

        self.targetLayout.addWidget(self.targetTable)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addTargetButton = QPushButton(self.targetPane)
        self.addTargetButton.setObjectName(u"addTargetButton")

        self.targetButtons.addWidget(self.addTargetButton)

        self.editTargetButton = QPushButton(self.targetPane)
        self.editTargetButton.setObjectName(u"editTargetButton")

        self.targetButtons.addWidget(self.editTargetButton)

        self.deleteTargetButton = QPushButton(self.targetPane)
        self.deleteTargetButton.setObjectName(u"deleteTargetButton")

        self.targetButtons.addWidget(self.deleteTargetButton)

        self.targetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetSpacer)


        self.targetLayout.addLayout(self.targetButtons)

        self.planSplitter.addWidget(self.targetPane)

        self.plansTabLayout.addWidget(self.planSplitter)

        self.tabs.addTab(self.plansTab, "")
        self.inspectionsTab = QWidget()
        self.inspectionsTab.setObjectName(u"inspectionsTab")
        self.inspectionsTabLayout = QVBoxLayout(self.inspectionsTab)
        self.inspectionsTabLayout.setObjectName(u"inspectionsTabLayout")
        self.inspectionTable = QTableView(self.inspectionsTab)
        self.inspectionTable.setObjectName(u"inspectionTable")
        self.inspectionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspectionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionTable.horizontalHeader().setStretchLastSection(True)
        self.inspectionTable.verticalHeader().setVisible(False)

        self.inspectionsTabLayout.addWidget(self.inspectionTable)

        self.inspectionButtons = QHBoxLayout()
        self.inspectionButtons.setObjectName(u"inspectionButtons")
        self.addInspectionButton = QPushButton(self.inspectionsTab)
        self.addInspectionButton.setObjectName(u"addInspectionButton")

        self.inspectionButtons.addWidget(self.addInspectionButton)

        self.deleteInspectionButton = QPushButton(self.inspectionsTab)
        self.deleteInspectionButton.setObjectName(u"deleteInspectionButton")

        self.inspectionButtons.addWidget(self.deleteInspectionButton)

        self.inspectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inspectionButtons.addItem(self.inspectionSpacer)


        self.inspectionsTabLayout.addLayout(self.inspectionButtons)

        self.remediesTitle = QLabel(self.inspectionsTab)
        self.remediesTitle.setObjectName(u"remediesTitle")
        self.remediesTitle.setStyleSheet(u"font-weight: bold;")

        self.inspectionsTabLayout.addWidget(self.remediesTitle)

        self.remedyTable = QTableView(self.inspectionsTab)
        self.remedyTable.setObjectName(u"remedyTable")
        self.remedyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remedyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remedyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remedyTable.horizontalHeader().setStretchLastSection(True)
        self.remedyTable.verticalHeader().setVisible(False)

        self.inspectionsTabLayout.addWidget(self.remedyTable)

        self.remedyButtons = QHBoxLayout()
        self.remedyButtons.setObjectName(u"remedyButtons")
        self.addRemedyButton = QPushButton(self.inspectionsTab)
        self.addRemedyButton.setObjectName(u"addRemedyButton")

        self.remedyButtons.addWidget(self.addRemedyButton)

        self.followUpButton = QPushButton(self.inspectionsTab)
        self.followUpButton.setObjectName(u"followUpButton")

        self.remedyButtons.addWidget(self.followUpButton)

        self.remedySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remedyButtons.addItem(self.remedySpacer)


        self.inspectionsTabLayout.addLayout(self.remedyButtons)

        self.tabs.addTab(self.inspectionsTab, "")
        self.criteriaTab = QWidget()
        self.criteriaTab.setObjectName(u"criteriaTab")
        self.criteriaTabLayout = QVBoxLayout(self.criteriaTab)
        self.criteriaTabLayout.setObjectName(u"criteriaTabLayout")
        self.criteriaHeader = QHBoxLayout()
        self.criteriaHeader.setObjectName(u"criteriaHeader")
        self.setLabel = QLabel(self.criteriaTab)
        self.setLabel.setObjectName(u"setLabel")

        self.criteriaHeader.addWidget(self.setLabel)

        self.setCombo = QComboBox(self.criteriaTab)
        self.setCombo.setObjectName(u"setCombo")

        self.criteriaHeader.addWidget(self.setCombo)

        self.criteriaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaHeader.addItem(self.criteriaSpacer)


        self.criteriaTabLayout.addLayout(self.criteriaHeader)

        self.criteriaTable = QTableView(self.criteriaTab)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaTable.horizontalHeader().setStretchLastSection(True)
        self.criteriaTable.verticalHeader().setVisible(False)

        self.criteriaTabLayout.addWidget(self.criteriaTable)

        self.overallLabel = QLabel(self.criteriaTab)
        self.overallLabel.setObjectName(u"overallLabel")
        self.overallLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.criteriaTabLayout.addWidget(self.overallLabel)

        self.criteriaButtons = QHBoxLayout()
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.assessButton = QPushButton(self.criteriaTab)
        self.assessButton.setObjectName(u"assessButton")

        self.criteriaButtons.addWidget(self.assessButton)

        self.assessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaButtons.addItem(self.assessSpacer)


        self.criteriaTabLayout.addLayout(self.criteriaButtons)

        self.tabs.addTab(self.criteriaTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.setLabel.setBuddy(self.setCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlansPage)

        QMetaObject.connectSlotsByName(PlansPage)
    # setupUi

    def retranslateUi(self, PlansPage):
        self.titleLabel.setText(QCoreApplication.translate("PlansPage", u"Plans and targets", None))
        self.yearLabel.setText(QCoreApplication.translate("PlansPage", u"&Year:", None))
        self.addPlanButton.setText(QCoreApplication.translate("PlansPage", u"&Add plan\u2026", None))
        self.editPlanButton.setText(QCoreApplication.translate("PlansPage", u"&Edit\u2026", None))
        self.deletePlanButton.setText(QCoreApplication.translate("PlansPage", u"&Delete", None))
        self.addTargetButton.setText(QCoreApplication.translate("PlansPage", u"Add &target\u2026", None))
        self.editTargetButton.setText(QCoreApplication.translate("PlansPage", u"Edit ta&rget\u2026", None))
        self.deleteTargetButton.setText(QCoreApplication.translate("PlansPage", u"Delete tar&get", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plansTab), QCoreApplication.translate("PlansPage", u"&Plans and targets", None))
        self.addInspectionButton.setText(QCoreApplication.translate("PlansPage", u"Add &inspection\u2026", None))
        self.deleteInspectionButton.setText(QCoreApplication.translate("PlansPage", u"Delete inspection", None))
        self.remediesTitle.setText(QCoreApplication.translate("PlansPage", u"Remedies required by the selected inspection:", None))
        self.addRemedyButton.setText(QCoreApplication.translate("PlansPage", u"Add re&medy\u2026", None))
        self.followUpButton.setText(QCoreApplication.translate("PlansPage", u"&Follow up\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inspectionsTab), QCoreApplication.translate("PlansPage", u"&Inspections", None))
        self.setLabel.setText(QCoreApplication.translate("PlansPage", u"Criteria &set:", None))
        self.assessButton.setText(QCoreApplication.translate("PlansPage", u"&Assess the criterion\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.criteriaTab), QCoreApplication.translate("PlansPage", u"Typical-&commune criteria", None))
        pass
    # retranslateUi

