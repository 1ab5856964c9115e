"""One running application per data folder: a package opened while the application runs (a double-click in
Windows Explorer) goes to the window already open and signed in, instead of a second window asking to sign in
again; starting the application a second time brings the open window to the front."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow

from antt_desktop.config import Paths

WAIT_MS = 1000


def server_name(paths: Paths) -> str:
    digest = hashlib.sha256(str(paths.data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"antt-desktop-{digest}"


def hand_over(paths: Paths, packages: list[Path]) -> bool:
    """True when an application already runs on this data folder and has taken the packages (maybe none)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(json.dumps([str(path.resolve()) for path in packages]).encode("utf-8") + b"\n")
    handed = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return handed


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; their packages are imported once the window is
    unlocked, so a locked window never imports on behalf of someone who has not signed in."""

    def __init__(self, window: QMainWindow, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a socket file left by a crash; no live instance answered on it
        self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            try:
                paths = [Path(p) for p in json.loads(bytes(socket.readLine()).decode("utf-8"))]
            except (ValueError, TypeError):
                continue  # not one of ours
            self._deliver(paths)

    def _deliver(self, paths: list[Path]) -> None:
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if getattr(window, "idle_lock", None) is not None and window.idle_lock.locked:
            QTimer.singleShot(WAIT_MS, lambda: self._deliver(paths))
        elif paths:
            window.import_packages(paths)
