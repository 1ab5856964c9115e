"""Running a long service call on the thread pool, reporting progress; never touch widgets inside ``job``."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from antt_desktop.errors import UserError


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """``job(progress, cancelled)`` runs on a pool thread; results and refusals come back as signals."""

    def __init__(self, job: Callable[[Callable[[int, int], None], Callable[[], bool]], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._job(self.signals.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001  (shown, never a crash of the window)
            self.signals.failed.emit(f"Lỗi không mong muốn: {exc}. Dữ liệu giữ nguyên; hãy báo cho quản trị viên.")
        else:
            self.signals.finished.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
