"""Opening an attached file with the program the PC associates with its type."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from antt_desktop.errors import UserError
from antt_desktop.gui.messages import show_error
from antt_desktop.services import attachments
from antt_desktop.services.database import Database


def open_attachment(parent: QWidget, database: Database, row: attachments.AttachmentRow) -> None:
    folder = Path(tempfile.mkdtemp(prefix="antt-"))
    try:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(attachments.copy_out(database, row, folder))))
    except UserError as exc:
        show_error(parent, exc.message)
