"""The files of one record inside its dialog, usable before the record exists.

Files chosen while a record is being created are checked and copied aside at once, attached when the record is
saved, and forgotten with their copies when the dialog is closed without saving.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from antt_desktop.domain.file_types import safe_name
from antt_desktop.errors import UserError
from antt_desktop.gui.attachment_actions import open_attachment
from antt_desktop.services import attachments
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database


@dataclass(frozen=True)
class _Waiting:
    row: attachments.AttachmentRow
    copy: Path
    allowed: tuple[str, ...]
    max_bytes: int


class RecordFiles:
    def __init__(self, database: Database, user: CurrentUser, record_kind: str, record_id: uuid.UUID | None) -> None:
        self.database, self.user, self.record_kind, self.record_id = database, user, record_kind, record_id
        self._waiting: list[_Waiting] = []
        self._folder: tempfile.TemporaryDirectory | None = None

    def rows(self) -> list[attachments.AttachmentRow]:
        stored = [] if self.record_id is None else attachments.list_attachments(self.database, self.record_kind,
                                                                                  self.record_id)
        return stored + [w.row for w in self._waiting]

    @property
    def waiting(self) -> bool:
        return bool(self._waiting)

    def attach(self, source: Path, slot: str = "", allowed: tuple[str, ...] = attachments.DOCUMENT_TYPES,
               max_bytes: int = attachments.MAX_BYTES) -> None:
        """Attach now, or (record not saved yet) check the file and keep a copy for the save."""
        if self.record_id is not None:
            attachments.add_attachment(self.database, self.user, self.record_kind, self.record_id, source,
                                       slot=slot, allowed=allowed, max_bytes=max_bytes)
            return
        sha, size = attachments.inspect_file(source, allowed, max_bytes)
        attachments.refuse_duplicate(source.name, sha, [r for r in self.rows() if r.slot == slot])
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="antt-new-")
        copy = Path(self._folder.name) / str(len(self._waiting)) / source.name
        try:
            copy.parent.mkdir()
            shutil.copyfile(source, copy)
        except OSError as exc:
            raise UserError(f"Không chép được tệp {source}: {exc.strerror or exc}.") from exc
        row = attachments.AttachmentRow(uuid.uuid4(), safe_name(source.name), size, sha, "", slot)
        self._waiting.append(_Waiting(row, copy, allowed, max_bytes))

    def remove(self, row: attachments.AttachmentRow) -> None:
        if any(w.row.id == row.id for w in self._waiting):
            self._waiting = [w for w in self._waiting if w.row.id != row.id]
        else:
            attachments.delete_attachment(self.database, self.user, row.id)

    def open(self, parent: QWidget, row: attachments.AttachmentRow) -> None:
        copies = {w.row.id: w.copy for w in self._waiting}
        if row.id in copies:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copies[row.id])))
        else:
            open_attachment(parent, self.database, row)

    def saved_as(self, record_id: uuid.UUID) -> None:
        """The record now exists: attach the waiting files to it (each one leaves the queue once attached)."""
        self.record_id = record_id
        while self._waiting:
            waiting = self._waiting[0]
            attachments.add_attachment(self.database, self.user, self.record_kind, record_id, waiting.copy,
                                       slot=waiting.row.slot, allowed=waiting.allowed, max_bytes=waiting.max_bytes)
            self._waiting.pop(0)
        self.discard()

    def discard(self) -> None:
        """Forget the files still waiting and delete their copies."""
        self._waiting.clear()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
