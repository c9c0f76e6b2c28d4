"""One window per workspace: the running app listens on a local channel; a second start that finds the workspace
locked offers to bring that window to the front, or to open the workspace read-only."""

from __future__ import annotations

import enum
import getpass
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:  # QtNetwork is imported when a channel is used, not on the way to the first window
    from PySide6.QtNetwork import QLocalSocket

    from verbund_desktop.persistence.writer_lock import LockHolder

log = logging.getLogger(__name__)
_SHOW = b"zeigen\n"
_WAIT_MS = 3000


def channel_name(db_path: Path) -> str:
    """A local-socket name per workspace file and login (no path or name in clear, it may be listed)."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):
        login = ""
    import hashlib  # after the first window: not on its way

    digest = hashlib.sha256(f"{Path(db_path).resolve()}\x00{login}".encode()).hexdigest()[:24]
    return f"verbund-desktop-{digest}"


class WindowChannel(QObject):
    """Listens while a workspace is open; ``show_requested`` when a second start asks for the window."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        # A channel left by a crashed instance would block listen() on Unix; only the lock holder gets here.
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("Der lokale Kanal für „Fenster zeigen“ konnte nicht geöffnet werden.")
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_SHOW.strip()):
            self.show_requested.emit()


def ask_to_show(channel: str) -> bool:
    """Ask the instance listening on ``channel`` to bring its window to the front; True when it was reached."""
    if not channel:
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(channel)
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(_SHOW)
    sent = socket.waitForBytesWritten(_WAIT_MS)
    socket.disconnectFromServer()
    return sent


class LockedChoice(enum.Enum):
    SWITCH = "switch"
    READ_ONLY = "read-only"
    CANCEL = "cancel"


def ask_when_locked(parent: QWidget | None, db_path: Path, holder: LockHolder) -> LockedChoice:
    """The workspace is open elsewhere: say who has it; offer its window, read-only, or nothing."""
    from verbund_desktop.ui.common.service_messages import ui_message  # not needed before this box

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Verbund Desktop")
    box.setText(
        QCoreApplication.translate(
            "Instance",
            "„{0}“ ist schon geöffnet: {1}.\n\nEin Arbeitsbereich kann nur in einem Programm zugleich "
            "bearbeitet werden, damit keine Änderung verloren geht.",
        ).format(db_path.name, ui_message(holder.describe()))
    )
    switch = None
    if holder.channel and holder.on_this_host:
        switch = box.addButton(
            QCoreApplication.translate("Instance", "Zum geöffneten Fenster wechseln"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    read_only = box.addButton(
        QCoreApplication.translate("Instance", "Nur zum Lesen öffnen"), QMessageBox.ButtonRole.ActionRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Instance", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(switch or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if switch is not None and clicked is switch:
        return LockedChoice.SWITCH
    if clicked is read_only:
        return LockedChoice.READ_ONLY
    return LockedChoice.CANCEL
