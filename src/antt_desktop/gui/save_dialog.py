"""Base of the small forms: Save runs ``save()``; a refusal stays in the dialog with its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from antt_desktop.errors import UserError


class SaveDialog(QDialog):
    """Subclasses set ``self.ui`` (with ``buttonBox`` and ``errorLabel``), call ``_ready()`` and define ``save``."""

    def _ready(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
