# GENERATED from forms/video_dialog.ui by packaging/build_forms.py (pyside6-uic) - do not edit.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_VideoDialog(object):
    def setupUi(self, VideoDialog):
        if not VideoDialog.objectName():
            VideoDialog.setObjectName(u"VideoDialog")
        VideoDialog.resize(520, 480)
        VideoDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(VideoDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formError = QLabel(VideoDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.titleLabel = QLabel(VideoDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(VideoDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(100)
        self.title.setMinimumSize(QSize(300, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleError = QLabel(VideoDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.platformLabel = QLabel(VideoDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.platform = QComboBox(VideoDialog)
        self.platform.setObjectName(u"platform")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.platform)

        self.platformError = QLabel(VideoDialog)
        self.platformError.setObjectName(u"platformError")
        self.platformError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.platformError)

        self.publishedOnLabel = QLabel(VideoDialog)
        self.publishedOnLabel.setObjectName(u"publishedOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.publishedOnLabel)

        self.publishedRow = QHBoxLayout()
        self.publishedRow.setObjectName(u"publishedRow")
        self.published = QCheckBox(VideoDialog)
        self.published.setObjectName(u"published")

        self.publishedRow.addWidget(self.published)

        self.publishedOn = QDateEdit(VideoDialog)
        self.publishedOn.setObjectName(u"publishedOn")
        self.publishedOn.setEnabled(False)
        self.publishedOn.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.publishedOn.sizePolicy().hasHeightForWidth())
        self.publishedOn.setSizePolicy(sizePolicy)

        self.publishedRow.addWidget(self.publishedOn)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.publishedRow)

        self.publishedOnError = QLabel(VideoDialog)
        self.publishedOnError.setObjectName(u"publishedOnError")
        self.publishedOnError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.publishedOnError)

        self.viewsLabel = QLabel(VideoDialog)
        self.viewsLabel.setObjectName(u"viewsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.viewsLabel)

        self.views = QSpinBox(VideoDialog)
        self.views.setObjectName(u"views")
        self.views.setMaximum(2000000000)
        self.views.setGroupSeparatorShown(True)
        self.views.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.views.setMinimumSize(QSize(160, 0))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.views)

        self.viewsError = QLabel(VideoDialog)
        self.viewsError.setObjectName(u"viewsError")
        self.viewsError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.viewsError)

        self.likesLabel = QLabel(VideoDialog)
        self.likesLabel.setObjectName(u"likesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.likesLabel)

        self.likes = QSpinBox(VideoDialog)
        self.likes.setObjectName(u"likes")
        self.likes.setMaximum(2000000000)
        self.likes.setGroupSeparatorShown(True)
        self.likes.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.likes.setMinimumSize(QSize(160, 0))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.likes)

        self.likesError = QLabel(VideoDialog)
        self.likesError.setObjectName(u"likesError")
        self.likesError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.likesError)

        self.commentsLabel = QLabel(VideoDialog)
        self.commentsLabel.setObjectName(u"commentsLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.commentsLabel)

        self.comments = QSpinBox(VideoDialog)
        self.comments.setObjectName(u"comments")
        self.comments.setMaximum(2000000000)
        self.comments.setGroupSeparatorShown(True)
        self.comments.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.comments.setMinimumSize(QSize(160, 0))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.comments)

        self.commentsError = QLabel(VideoDialog)
        self.commentsError.setObjectName(u"commentsError")
        self.commentsError.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.commentsError)

        self.iterationOfLabel = QLabel(VideoDialog)
        self.iterationOfLabel.setObjectName(u"iterationOfLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.iterationOfLabel)

        self.iterationOf = QComboBox(VideoDialog)
        self.iterationOf.setObjectName(u"iterationOf")
        self.iterationOf.setMinimumSize(QSize(300, 0))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.iterationOf)

        self.iterationOfError = QLabel(VideoDialog)
        self.iterationOfError.setObjectName(u"iterationOfError")
        self.iterationOfError.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.iterationOfError)


        self.dialogLayout.addLayout(self.form)

        self.rates = QLabel(VideoDialog)
        self.rates.setObjectName(u"rates")
        self.rates.setWordWrap(True)

        self.dialogLayout.addWidget(self.rates)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(VideoDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.platformLabel.setBuddy(self.platform)
        self.publishedOnLabel.setBuddy(self.published)
        self.viewsLabel.setBuddy(self.views)
        self.likesLabel.setBuddy(self.likes)
        self.commentsLabel.setBuddy(self.comments)
        self.iterationOfLabel.setBuddy(self.iterationOf)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.platform)
        QWidget.setTabOrder(self.platform, self.published)
        QWidget.setTabOrder(self.published, self.publishedOn)
        QWidget.setTabOrder(self.publishedOn, self.views)
        QWidget.setTabOrder(self.views, self.likes)
        QWidget.setTabOrder(self.likes, self.comments)
        QWidget.setTabOrder(self.comments, self.iterationOf)

        self.retranslateUi(VideoDialog)
    # setupUi

    def retranslateUi(self, VideoDialog):
        VideoDialog.setWindowTitle(QCoreApplication.translate("VideoDialog", u"Short video", None))
        self.formError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("VideoDialog", u"Video title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("VideoDialog", u"e.g. Peach gift box unboxing, take 2", None))
        self.titleError.setText("")
        self.platformLabel.setText(QCoreApplication.translate("VideoDialog", u"Platform", None))
        self.platformError.setText("")
        self.publishedOnLabel.setText(QCoreApplication.translate("VideoDialog", u"Publish date", None))
        self.published.setText(QCoreApplication.translate("VideoDialog", u"Published", None))
        self.publishedOn.setDisplayFormat(QCoreApplication.translate("VideoDialog", u"yyyy-MM-dd", None))
        self.publishedOnError.setText("")
        self.viewsLabel.setText(QCoreApplication.translate("VideoDialog", u"Views", None))
        self.viewsError.setText("")
        self.likesLabel.setText(QCoreApplication.translate("VideoDialog", u"Likes", None))
        self.likesError.setText("")
        self.commentsLabel.setText(QCoreApplication.translate("VideoDialog", u"Comments", None))
        self.commentsError.setText("")
        self.iterationOfLabel.setText(QCoreApplication.translate("VideoDialog", u"Iteration of", None))
#if QT_CONFIG(tooltip)
        self.iterationOf.setToolTip(QCoreApplication.translate("VideoDialog", u"The earlier video of this student that this one improves on", None))
#endif // QT_CONFIG(tooltip)
        self.iterationOfError.setText("")
        self.rates.setText("")
    # retranslateUi

