"""One way to run an operation from the window.

Database work runs on one worker thread, one operation at a time in the order asked (one writer, in order);
the window keeps painting while it waits. A refusal (``UserError``) is shown as it is worded; any other
exception is logged with its traceback and shown in the error dialog, the data as it was. An operation says
which kinds of records it changed; ``hub().changed`` announces them and every open page showing them refreshes.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from antt_desktop.errors import UserError
from antt_desktop.gui import messages
from antt_desktop.gui.error_dialog import on_gui_thread, show_unexpected

# Kinds of records an operation changes, as pages declare what they show (``shows``).
AREAS, FORCES, MODELS, CAMPAIGNS, PLANS, EVALUATION = "areas", "forces", "models", "campaigns", "plans", "evaluation"
SYNC, USERS, FILES = "sync", "users", "files"
EVERYTHING = frozenset({AREAS, FORCES, MODELS, CAMPAIGNS, PLANS, EVALUATION, SYNC, USERS})
UNEXPECTED = "Lỗi không mong muốn; việc vừa làm chưa được thực hiện, dữ liệu giữ nguyên. Chi tiết đã ghi vào nhật ký."

_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="antt-database")


class OperationFailed(UserError):
    """An unexpected error, already logged and shown: callers treat it as a refusal (the form stays open)."""


class Hub(QObject):
    changed = Signal(object, object)  # a frozenset of kinds, and the widget the operation came from (or None)


_hub: Hub | None = None


def hub() -> Hub:
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub


def announce(changes: Iterable[str], origin: QObject | None = None) -> None:
    kinds = frozenset(changes)
    if kinds:
        hub().changed.emit(kinds, origin)


class _Done(QObject):
    finished = Signal()


def _wait(future: Future) -> Any:
    """The result, the window painting meanwhile (clicks and keys wait until the operation ends)."""
    if on_gui_thread():
        loop, done = QEventLoop(), _Done()
        done.finished.connect(loop.quit)
        future.add_done_callback(lambda _future: done.finished.emit())
        if not future.done():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return future.result()


def call(action: Callable[..., Any], *args: Any, changes: Iterable[str] = (), parent: QWidget | None = None,
         **kwargs: Any) -> Any:
    """Run ``action(*args, **kwargs)`` on the database worker and return its result. A ``UserError`` is raised
    as it is; anything else is logged, shown, and raised as ``OperationFailed``. Read widgets before calling:
    ``action`` runs on another thread."""
    if threading.current_thread().name.startswith("antt-database"):
        result = action(*args, **kwargs)  # already on the worker (an operation calling another)
    else:
        try:
            result = _wait(_worker.submit(action, *args, **kwargs))
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001  (logged and shown; the window goes on)
            show_unexpected(parent, f"Thao tác {getattr(action, '__qualname__', action)!s}", exc)
            raise OperationFailed(UNEXPECTED) from exc
    announce(changes, parent)
    return result


def on_worker(action: Callable[..., Any], changes: Iterable[str] = (), parent: QWidget | None = None
              ) -> Callable[..., Any]:
    """``action`` made to run on the database worker when called; its arguments are read on the GUI thread."""
    return functools.partial(call, action, changes=frozenset(changes), parent=parent)


def run(parent: QWidget | None, action: Callable[[], Any], changes: Iterable[str] = ()) -> bool:
    """Run an operation; a refusal is shown to the user as it is worded. True when it went through."""
    try:
        call(action, changes=changes, parent=parent)
    except OperationFailed:
        return False
    except UserError as exc:
        messages.show_error(parent, exc.message)  # through the module: tests reach the seam
        return False
    return True


class Job(QObject):
    """A long operation on the database worker: ``job(progress, cancelled)``; progress, the result and a refusal
    come back as signals on the GUI thread. An unexpected error is logged and shown, then ``failed`` says so."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    _crashed = Signal(object)
    _done = Signal()

    def __init__(self, job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                 changes: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job, self._changes = job, frozenset(changes)
        self._cancel = threading.Event()
        self._crashed.connect(self._show_crash)
        self._done.connect(self._announce)  # emitted on the worker, run on the GUI thread
        self.future: Future | None = None

    def start(self) -> Job:
        self.future = _worker.submit(self._run)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Wait for the end (tests, closing the window), the window painting meanwhile."""
        if self.future is not None:
            _wait(self.future)

    def _run(self) -> None:
        try:
            result = self._job(self.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001  (logged and shown on the GUI thread)
            self._crashed.emit(exc)
        else:
            self.finished.emit(result)
            self._done.emit()

    @Slot()
    def _announce(self) -> None:
        announce(self._changes, self.parent())

    @Slot(object)
    def _show_crash(self, error: BaseException) -> None:
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        show_unexpected(parent, "Thao tác chạy nền", error)
        self.failed.emit(UNEXPECTED)
