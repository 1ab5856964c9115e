# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 700)
        self.importAction = QAction(MainWindow)
        self.importAction.setObjectName(u"importAction")
#if QT_CONFIG(shortcut)
        self.importAction.setShortcut(u"Ctrl+I")
#endif // QT_CONFIG(shortcut)
        self.exportAction = QAction(MainWindow)
        self.exportAction.setObjectName(u"exportAction")
#if QT_CONFIG(shortcut)
        self.exportAction.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.templateAction = QAction(MainWindow)
        self.templateAction.setObjectName(u"templateAction")
        self.scoreSheetAction = QAction(MainWindow)
        self.scoreSheetAction.setObjectName(u"scoreSheetAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.guideAction = QAction(MainWindow)
        self.guideAction.setObjectName(u"guideAction")
#if QT_CONFIG(shortcut)
        self.guideAction.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.passwordAction = QAction(MainWindow)
        self.passwordAction.setObjectName(u"passwordAction")
        self.vietnameseAction = QAction(MainWindow)
        self.vietnameseAction.setObjectName(u"vietnameseAction")
        self.vietnameseAction.setCheckable(True)
        self.vietnameseAction.setText(u"Ti\u1ebfng Vi\u1ec7t")
        self.englishAction = QAction(MainWindow)
        self.englishAction.setObjectName(u"englishAction")
        self.englishAction.setCheckable(True)
        self.englishAction.setText(u"English")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.sidebar = QListWidget(self.centralWidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(220, 0))
        self.sidebar.setMaximumSize(QSize(260, 16777215))
        self.sidebar.setStyleSheet(u"QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")

        self.centralLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.languageMenu = QMenu(self.viewMenu)
        self.languageMenu.setObjectName(u"languageMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        self.accountMenu = QMenu(self.menuBar)
        self.accountMenu.setObjectName(u"accountMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.accountMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.importAction)
        self.fileMenu.addAction(self.exportAction)
        self.fileMenu.addAction(self.templateAction)
        self.fileMenu.addAction(self.scoreSheetAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.languageMenu.menuAction())
        self.languageMenu.addAction(self.vietnameseAction)
        self.languageMenu.addAction(self.englishAction)
        self.helpMenu.addAction(self.guideAction)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.aboutAction)
        self.accountMenu.addAction(self.passwordAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ANTT Desktop", None))
        self.importAction.setText(QCoreApplication.translate("MainWindow", u"&Import from Excel\u2026", None))
        self.exportAction.setText(QCoreApplication.translate("MainWindow", u"&Export to Excel\u2026", None))
        self.templateAction.setText(QCoreApplication.translate("MainWindow", u"Excel &template for importing\u2026", None))
        self.scoreSheetAction.setText(QCoreApplication.translate("MainWindow", u"Province &score sheets\u2026", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.guideAction.setText(QCoreApplication.translate("MainWindow", u"&User guide", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About ANTT Desktop\u2026", None))
        self.passwordAction.setText(QCoreApplication.translate("MainWindow", u"&Change password\u2026", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.languageMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.accountMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Account", None))
    # retranslateUi

