"""Start-up check of an installation (`--quit-when-shown`, `--check-pages`): reports when the main window is
on screen, optionally opens every work area, then closes; any uncaught error makes the exit code 1."""

from __future__ import annotations

import sys
import time
import traceback

from PySide6.QtCore import QTimer

from antt_desktop.gui.main_window import AREAS, MainWindow

SETTLE_MS = 1500  # deferred work (charts, page refreshes) finishes within this after the last page opens


class SelfCheck:
    def __init__(self, window: MainWindow, started: float, check_pages: bool) -> None:
        self.window, self.started, self.check_pages = window, started, check_pages
        self.errors: list[str] = []
        sys.excepthook = self._record
        QTimer.singleShot(0, self._shown)

    def _record(self, kind, value, trace) -> None:  # noqa: ANN001
        self.errors.append("".join(traceback.format_exception(kind, value, trace)))
        print(self.errors[-1], file=sys.stderr)

    def _shown(self) -> None:
        print(f"main window shown after {time.perf_counter() - self.started:.3f} s", flush=True)
        if not self.check_pages:
            self.window.close()
            return
        for index in range(len(AREAS)):
            self.window.ui.sidebar.setCurrentRow(index)
        print(f"{len(AREAS)} work areas opened", flush=True)
        QTimer.singleShot(SETTLE_MS, self.window.close)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0
