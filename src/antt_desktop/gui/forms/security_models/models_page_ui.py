# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'models_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_ModelsPage(object):
    def setupUi(self, ModelsPage):
        if not ModelsPage.objectName():
            ModelsPage.setObjectName(u"ModelsPage")
        self.mainLayout = QVBoxLayout(ModelsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ModelsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.tools = QHBoxLayout()
        self.tools.setObjectName(u"tools")
        self.addButton = QPushButton(ModelsPage)
        self.addButton.setObjectName(u"addButton")

        self.tools.addWidget(self.addButton)

        self.editButton = QPushButton(ModelsPage)
        self.editButton.setObjectName(u"editButton")

        self.tools.addWidget(self.editButton)

        self.deleteButton = QPushButton(ModelsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.tools.addWidget(self.deleteButton)

        self.restoreButton = QPushButton(ModelsPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.tools.addWidget(self.restoreButton)

        self.inactiveLabel = QLabel(ModelsPage)
        self.inactiveLabel.setObjectName(u"inactiveLabel")

        self.tools.addWidget(self.inactiveLabel)

        self.inactiveSpin = QSpinBox(ModelsPage)
        self.inactiveSpin.setObjectName(u"inactiveSpin")
        self.inactiveSpin.setMinimum(1)
        self.inactiveSpin.setMaximum(24)

        self.tools.addWidget(self.inactiveSpin)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tools.addItem(self.toolSpacer)

        self.showDeletedCheck = QCheckBox(ModelsPage)
        self.showDeletedCheck.setObjectName(u"showDeletedCheck")

        self.tools.addWidget(self.showDeletedCheck)

        self.searchEdit = QLineEdit(ModelsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.tools.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.tools)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.unitFilter = QComboBox(ModelsPage)
        self.unitFilter.setObjectName(u"unitFilter")

        self.filterRow.addWidget(self.unitFilter)

        self.fieldFilter = QComboBox(ModelsPage)
        self.fieldFilter.setObjectName(u"fieldFilter")

        self.filterRow.addWidget(self.fieldFilter)

        self.statusFilter = QComboBox(ModelsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.ratingFilter = QComboBox(ModelsPage)
        self.ratingFilter.setObjectName(u"ratingFilter")

        self.filterRow.addWidget(self.ratingFilter)

        self.areaFilter = QComboBox(ModelsPage)
        self.areaFilter.setObjectName(u"areaFilter")

        self.filterRow.addWidget(self.areaFilter)


        self.mainLayout.addLayout(self.filterRow)

        self.modelTable = QTableView(ModelsPage)
        self.modelTable.setObjectName(u"modelTable")
        self.modelTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.modelTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.modelTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.modelTable.horizontalHeader().setStretchLastSection(True)
        self.modelTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.modelTable)

        self.countsLabel = QLabel(ModelsPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countsLabel)

#if QT_CONFIG(shortcut)
        self.inactiveLabel.setBuddy(self.inactiveSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModelsPage)

        QMetaObject.connectSlotsByName(ModelsPage)
    # setupUi

    def retranslateUi(self, ModelsPage):
        self.titleLabel.setText(QCoreApplication.translate("ModelsPage", u"Self-management models", None))
        self.addButton.setText(QCoreApplication.translate("ModelsPage", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ModelsPage", u"&Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ModelsPage", u"&Delete", None))
        self.restoreButton.setText(QCoreApplication.translate("ModelsPage", u"&Restore", None))
        self.inactiveLabel.setText(QCoreApplication.translate("ModelsPage", u"Alert after no activity for (months):", None))
        self.showDeletedCheck.setText(QCoreApplication.translate("ModelsPage", u"Show deleted", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ModelsPage", u"Search by name, without diacritics too (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.unitFilter.setToolTip(QCoreApplication.translate("ModelsPage", u"All units below", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fieldFilter.setToolTip(QCoreApplication.translate("ModelsPage", u"All fields", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("ModelsPage", u"Any status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.ratingFilter.setToolTip(QCoreApplication.translate("ModelsPage", u"Any rating", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.areaFilter.setToolTip(QCoreApplication.translate("ModelsPage", u"All areas", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

