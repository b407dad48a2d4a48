"""One window per plan file: a second start brings the first window forward instead.

Like Anki, a :class:`QLocalServer` listens under a key made of the user and the
database file (shared school PCs have several users; the demo has its own file).
A second start connects, says ``raise`` and ends.  Writes are guarded separately
by the writer lock in ``storage.lock``; this guard only spares the user a second,
useless window.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_TIMEOUT_MS = 1000
_MESSAGE = b"raise\n"


def instance_key(db_path: Path) -> str:
    """A short, per-user, per-file name for the local server."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name available (rare on locked-down PCs): the file alone still separates
        user = "gebruiker"
    digest = hashlib.sha256(f"{user}\0{db_path.resolve()}".encode()).hexdigest()[:16]
    return f"wellbeing-planner-{digest}"


class SingleInstance(QObject):
    """Claim the key for this process, or hand over to the process that has it."""

    #: Another start asked this window to come forward.
    raise_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True when another instance answered (it has been asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(_TIMEOUT_MS):
            return False
        socket.write(_MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(_TIMEOUT_MS)
        socket.disconnectFromServer()
        socket.close()
        return True

    def claim(self) -> bool:
        """Start listening; False when another instance is running (it has been notified)."""
        if self.notify_running():
            return False
        QLocalServer.removeServer(self.key)  # a socket left by a crashed run
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            log.warning("single-instance server could not listen: %s", server.errorString())
            return True  # the writer lock still keeps the data safe
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
