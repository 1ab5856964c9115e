# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        self.mainLayout = QVBoxLayout(PlaceholderPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(PlaceholderPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.bodyLabel = QLabel(PlaceholderPage)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.bodyLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderPage)

        QMetaObject.connectSlotsByName(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        self.bodyLabel.setText(QCoreApplication.translate("PlaceholderPage", u"This part of the application is not available yet. It will come in a later version; nothing here is stored or shown until then.", None))
        pass
    # retranslateUi

