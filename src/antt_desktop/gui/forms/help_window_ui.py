# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_HelpWindow(object):
    def setupUi(self, HelpWindow):
        if not HelpWindow.objectName():
            HelpWindow.setObjectName(u"HelpWindow")
        HelpWindow.resize(1180, 680)
        self.mainLayout = QVBoxLayout(HelpWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.backButton = QPushButton(HelpWindow)
        self.backButton.setObjectName(u"backButton")

        self.toolRow.addWidget(self.backButton)

        self.forwardButton = QPushButton(HelpWindow)
        self.forwardButton.setObjectName(u"forwardButton")

        self.toolRow.addWidget(self.forwardButton)

        self.homeButton = QPushButton(HelpWindow)
        self.homeButton.setObjectName(u"homeButton")

        self.toolRow.addWidget(self.homeButton)

        self.printButton = QPushButton(HelpWindow)
        self.printButton.setObjectName(u"printButton")

        self.toolRow.addWidget(self.printButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.searchEdit = QLineEdit(HelpWindow)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolRow.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.toolRow)

        self.splitter = QSplitter(HelpWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.chapterList = QListView(self.splitter)
        self.chapterList.setObjectName(u"chapterList")
        self.chapterList.setMinimumSize(QSize(240, 0))
        self.chapterList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chapterList.setWordWrap(True)
        self.chapterList.setStyleSheet(u"QListView { font-size: 10pt; } QListView::item { padding: 4px; }")
        self.splitter.addWidget(self.chapterList)
        self.browser = QTextBrowser(self.splitter)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)
        self.splitter.addWidget(self.browser)

        self.mainLayout.addWidget(self.splitter)

        self.searchResultLabel = QLabel(HelpWindow)
        self.searchResultLabel.setObjectName(u"searchResultLabel")

        self.mainLayout.addWidget(self.searchResultLabel)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(HelpWindow)

        QMetaObject.connectSlotsByName(HelpWindow)
    # setupUi

    def retranslateUi(self, HelpWindow):
        HelpWindow.setWindowTitle(QCoreApplication.translate("HelpWindow", u"User guide \u2013 ANTT Desktop", None))
        self.backButton.setText(QCoreApplication.translate("HelpWindow", u"\u2190 &Back", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("HelpWindow", u"Previous page (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.forwardButton.setText(QCoreApplication.translate("HelpWindow", u"&Forward \u2192", None))
#if QT_CONFIG(tooltip)
        self.forwardButton.setToolTip(QCoreApplication.translate("HelpWindow", u"Next page (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.homeButton.setText(QCoreApplication.translate("HelpWindow", u"&Contents", None))
        self.printButton.setText(QCoreApplication.translate("HelpWindow", u"&Print\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HelpWindow", u"Search the guide, without diacritics too (Ctrl+F)", None))
    # retranslateUi

