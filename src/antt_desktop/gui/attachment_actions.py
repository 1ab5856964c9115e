"""Opening an attached file: a copy in a private temporary folder, under a safe name whose extension is that of
its real type (PDF, JPEG, PNG), shown by the PC's viewer for that type; nothing else is ever launched."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from antt_desktop.errors import UserError
from antt_desktop.gui.messages import show_error
from antt_desktop.services import attachments
from antt_desktop.services.database import Database


def open_attachment(parent: QWidget, database: Database, row: attachments.AttachmentRow) -> None:
    try:
        copy = attachments.open_copy(database, row)
    except UserError as exc:
        show_error(parent, exc.message)
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
