# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(480, 260)
        self.mainLayout = QVBoxLayout(ReviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ReviewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(ReviewDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.ratingLabel = QLabel(ReviewDialog)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.ratingCombo = QComboBox(ReviewDialog)
        self.ratingCombo.setObjectName(u"ratingCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ratingCombo)

        self.outcomeLabel = QLabel(ReviewDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(ReviewDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.reviewerLabel = QLabel(ReviewDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerEdit = QLineEdit(ReviewDialog)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.notesLabel = QLabel(ReviewDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(ReviewDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.ratingLabel.setBuddy(self.ratingCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.reviewerLabel.setBuddy(self.reviewerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)
        self.buttonBox.accepted.connect(ReviewDialog.accept)
        self.buttonBox.rejected.connect(ReviewDialog.reject)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review and classification", None))
        self.dateLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Date (dd/mm/yyyy):", None))
        self.ratingLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Rating:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Outcome:", None))
        self.reviewerLabel.setText(QCoreApplication.translate("ReviewDialog", u"Reviewed &by:", None))
        self.notesLabel.setText(QCoreApplication.translate("ReviewDialog", u"N&otes:", None))
    # retranslateUi

