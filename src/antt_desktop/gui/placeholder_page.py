"""An honest page for a part of the application that is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from antt_desktop.gui.forms.placeholder_page_ui import Ui_PlaceholderPage


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
