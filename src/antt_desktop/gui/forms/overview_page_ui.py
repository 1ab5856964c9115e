# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        self.mainLayout = QVBoxLayout(OverviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: bold;")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.chartsBox = QGroupBox(OverviewPage)
        self.chartsBox.setObjectName(u"chartsBox")
        self.chartsLayout = QHBoxLayout(self.chartsBox)
        self.chartsLayout.setObjectName(u"chartsLayout")

        self.mainLayout.addWidget(self.chartsBox)

        self.unitsBox = QGroupBox(OverviewPage)
        self.unitsBox.setObjectName(u"unitsBox")
        self.unitsLayout = QVBoxLayout(self.unitsBox)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsSummary = QLabel(self.unitsBox)
        self.unitsSummary.setObjectName(u"unitsSummary")
        self.unitsSummary.setWordWrap(True)

        self.unitsLayout.addWidget(self.unitsSummary)

        self.unitSearchEdit = QLineEdit(self.unitsBox)
        self.unitSearchEdit.setObjectName(u"unitSearchEdit")
        self.unitSearchEdit.setMaximumSize(QSize(420, 16777215))
        self.unitSearchEdit.setClearButtonEnabled(True)

        self.unitsLayout.addWidget(self.unitSearchEdit)

        self.unitTable = QTableView(self.unitsBox)
        self.unitTable.setObjectName(u"unitTable")
        self.unitTable.setMinimumSize(QSize(0, 260))
        self.unitTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitTable.setSortingEnabled(True)
        self.unitTable.horizontalHeader().setStretchLastSection(True)
        self.unitTable.verticalHeader().setVisible(False)

        self.unitsLayout.addWidget(self.unitTable)


        self.mainLayout.addWidget(self.unitsBox)

        self.areasBox = QGroupBox(OverviewPage)
        self.areasBox.setObjectName(u"areasBox")
        self.areasLayout = QFormLayout(self.areasBox)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areaCountCaption = QLabel(self.areasBox)
        self.areaCountCaption.setObjectName(u"areaCountCaption")

        self.areasLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaCountCaption)

        self.areaCountValue = QLabel(self.areasBox)
        self.areaCountValue.setObjectName(u"areaCountValue")

        self.areasLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaCountValue)

        self.populationCaption = QLabel(self.areasBox)
        self.populationCaption.setObjectName(u"populationCaption")

        self.areasLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.populationCaption)

        self.populationValue = QLabel(self.areasBox)
        self.populationValue.setObjectName(u"populationValue")

        self.areasLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.populationValue)

        self.keyAreasCaption = QLabel(self.areasBox)
        self.keyAreasCaption.setObjectName(u"keyAreasCaption")

        self.areasLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keyAreasCaption)

        self.keyAreasValue = QLabel(self.areasBox)
        self.keyAreasValue.setObjectName(u"keyAreasValue")
        self.keyAreasValue.setWordWrap(True)

        self.areasLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keyAreasValue)


        self.mainLayout.addWidget(self.areasBox)

        self.forcesBox = QGroupBox(OverviewPage)
        self.forcesBox.setObjectName(u"forcesBox")
        self.forcesLayout = QFormLayout(self.forcesBox)
        self.forcesLayout.setObjectName(u"forcesLayout")
        self.membersCaption = QLabel(self.forcesBox)
        self.membersCaption.setObjectName(u"membersCaption")

        self.forcesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.membersCaption)

        self.membersValue = QLabel(self.forcesBox)
        self.membersValue.setObjectName(u"membersValue")

        self.forcesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.membersValue)

        self.shortCaption = QLabel(self.forcesBox)
        self.shortCaption.setObjectName(u"shortCaption")

        self.forcesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortCaption)

        self.shortValue = QLabel(self.forcesBox)
        self.shortValue.setObjectName(u"shortValue")

        self.forcesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortValue)

        self.gapsValue = QLabel(self.forcesBox)
        self.gapsValue.setObjectName(u"gapsValue")
        self.gapsValue.setWordWrap(True)
        self.gapsValue.setStyleSheet(u"color: #8a4b00;")

        self.forcesLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.gapsValue)


        self.mainLayout.addWidget(self.forcesBox)

        self.modelsBox = QGroupBox(OverviewPage)
        self.modelsBox.setObjectName(u"modelsBox")
        self.modelsLayout = QFormLayout(self.modelsBox)
        self.modelsLayout.setObjectName(u"modelsLayout")
        self.modelsCaption = QLabel(self.modelsBox)
        self.modelsCaption.setObjectName(u"modelsCaption")

        self.modelsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modelsCaption)

        self.modelsValue = QLabel(self.modelsBox)
        self.modelsValue.setObjectName(u"modelsValue")
        self.modelsValue.setWordWrap(True)

        self.modelsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.modelsValue)

        self.modelAlertsCaption = QLabel(self.modelsBox)
        self.modelAlertsCaption.setObjectName(u"modelAlertsCaption")

        self.modelsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modelAlertsCaption)

        self.modelAlertsCount = QLabel(self.modelsBox)
        self.modelAlertsCount.setObjectName(u"modelAlertsCount")

        self.modelsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modelAlertsCount)

        self.modelAlertsValue = QLabel(self.modelsBox)
        self.modelAlertsValue.setObjectName(u"modelAlertsValue")
        self.modelAlertsValue.setWordWrap(True)
        self.modelAlertsValue.setStyleSheet(u"color: #8a4b00;")

        self.modelsLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.modelAlertsValue)


        self.mainLayout.addWidget(self.modelsBox)

        self.campaignsBox = QGroupBox(OverviewPage)
        self.campaignsBox.setObjectName(u"campaignsBox")
        self.campaignsLayout = QFormLayout(self.campaignsBox)
        self.campaignsLayout.setObjectName(u"campaignsLayout")
        self.campaignsCaption = QLabel(self.campaignsBox)
        self.campaignsCaption.setObjectName(u"campaignsCaption")

        self.campaignsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignsCaption)

        self.campaignsValue = QLabel(self.campaignsBox)
        self.campaignsValue.setObjectName(u"campaignsValue")
        self.campaignsValue.setWordWrap(True)

        self.campaignsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignsValue)

        self.remindersValue = QLabel(self.campaignsBox)
        self.remindersValue.setObjectName(u"remindersValue")
        self.remindersValue.setWordWrap(True)
        self.remindersValue.setStyleSheet(u"color: #b00020; font-weight: bold;")

        self.campaignsLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.remindersValue)

        self.uncoveredValue = QLabel(self.campaignsBox)
        self.uncoveredValue.setObjectName(u"uncoveredValue")
        self.uncoveredValue.setWordWrap(True)
        self.uncoveredValue.setStyleSheet(u"color: #8a4b00;")

        self.campaignsLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.uncoveredValue)


        self.mainLayout.addWidget(self.campaignsBox)

        self.plansBox = QGroupBox(OverviewPage)
        self.plansBox.setObjectName(u"plansBox")
        self.plansLayout = QFormLayout(self.plansBox)
        self.plansLayout.setObjectName(u"plansLayout")
        self.targetsCaption = QLabel(self.plansBox)
        self.targetsCaption.setObjectName(u"targetsCaption")

        self.plansLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetsCaption)

        self.targetsValue = QLabel(self.plansBox)
        self.targetsValue.setObjectName(u"targetsValue")
        self.targetsValue.setWordWrap(True)

        self.plansLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetsValue)

        self.overdueValue = QLabel(self.plansBox)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setWordWrap(True)
        self.overdueValue.setStyleSheet(u"color: #b00020;")

        self.plansLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.overdueValue)


        self.mainLayout.addWidget(self.plansBox)

        self.evaluationBox = QGroupBox(OverviewPage)
        self.evaluationBox.setObjectName(u"evaluationBox")
        self.evaluationLayout = QFormLayout(self.evaluationBox)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.recognisedCaption = QLabel(self.evaluationBox)
        self.recognisedCaption.setObjectName(u"recognisedCaption")

        self.evaluationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recognisedCaption)

        self.recognisedValue = QLabel(self.evaluationBox)
        self.recognisedValue.setObjectName(u"recognisedValue")

        self.evaluationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recognisedValue)

        self.timelineValue = QLabel(self.evaluationBox)
        self.timelineValue.setObjectName(u"timelineValue")
        self.timelineValue.setWordWrap(True)
        self.timelineValue.setStyleSheet(u"color: #b00020;")

        self.evaluationLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.timelineValue)


        self.mainLayout.addWidget(self.evaluationBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.chartsBox.setTitle(QCoreApplication.translate("OverviewPage", u"At a glance", None))
        self.unitsBox.setTitle(QCoreApplication.translate("OverviewPage", u"Units below", None))
        self.unitSearchEdit.setPlaceholderText(QCoreApplication.translate("OverviewPage", u"Find a unit by name or code", None))
        self.areasBox.setTitle(QCoreApplication.translate("OverviewPage", u"Residential areas", None))
        self.areaCountCaption.setText(QCoreApplication.translate("OverviewPage", u"Residential areas:", None))
        self.populationCaption.setText(QCoreApplication.translate("OverviewPage", u"Population / households:", None))
        self.keyAreasCaption.setText(QCoreApplication.translate("OverviewPage", u"Key areas:", None))
        self.forcesBox.setTitle(QCoreApplication.translate("OverviewPage", u"Security forces", None))
        self.membersCaption.setText(QCoreApplication.translate("OverviewPage", u"Active members / teams:", None))
        self.shortCaption.setText(QCoreApplication.translate("OverviewPage", u"Teams below quota:", None))
        self.modelsBox.setTitle(QCoreApplication.translate("OverviewPage", u"Self-management models", None))
        self.modelsCaption.setText(QCoreApplication.translate("OverviewPage", u"Models by status:", None))
        self.modelAlertsCaption.setText(QCoreApplication.translate("OverviewPage", u"Needing attention:", None))
        self.campaignsBox.setTitle(QCoreApplication.translate("OverviewPage", u"Campaigns and propaganda", None))
        self.campaignsCaption.setText(QCoreApplication.translate("OverviewPage", u"Campaign days answered this year:", None))
        self.plansBox.setTitle(QCoreApplication.translate("OverviewPage", u"Plans and inspections", None))
        self.targetsCaption.setText(QCoreApplication.translate("OverviewPage", u"Targets of this year's plans:", None))
        self.evaluationBox.setTitle(QCoreApplication.translate("OverviewPage", u"Year-end evaluation", None))
        self.recognisedCaption.setText(QCoreApplication.translate("OverviewPage", u"Residential areas meeting \u201cAn to\u00e0n v\u1ec1 ANTT\u201d:", None))
        pass
    # retranslateUi

