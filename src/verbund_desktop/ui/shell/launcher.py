"""Controller that gets the user from program start to an open workspace: unlock, create, demo, or open.

Only Qt and small modules are imported here, so the first dialog shows at once; the database layer is imported
in the background (``ui/shell/preload.py``) and used after ``preload.wait()``, in the worker that opens.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from verbund_desktop.assessment.errors import failure_message, not_a_workspace_message
from verbund_desktop.files import is_plain_sqlite
from verbund_desktop.paths import default_database_path
from verbund_desktop.persistence import writer_lock
from verbund_desktop.persistence.errors import WorkspaceLockedError, WrongPassphraseError
from verbund_desktop.ui.common import settings
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
from verbund_desktop.ui.shell import enum_warmup, preload

if TYPE_CHECKING:
    from verbund_desktop.persistence.workspace import Workspace
    from verbund_desktop.ui.shell.welcome import StartRequest

# The welcome dialog and the file dialogs (``welcome``, ``folders``) are imported when first shown: a start
# that opens an existing workspace shows the passphrase dialog without them (PySide6 creates a class's Python
# types, with its enums, when the class is first taken from its module). So are the busy indicator's worker
# (``busy``, after Enter) and the questions about a workspace held by another start (``instance``).


def _open_file(path: Path, passphrase: str | None, *, read_only: bool) -> Workspace:
    """Key derivation, opening and the schema check: run in a worker after Enter (see ``open_path``)."""
    preload.wait()
    from verbund_desktop.services.workspace.workspace_service import open_existing, open_read_only

    return open_read_only(path, passphrase) if read_only else open_existing(path, passphrase)


def _explain(exc: Exception) -> str:
    """``operations.explain_failure``, imported when a failure is to be explained (it pulls in the job
    runner, the prompts and the message catalogue: ≈ 15-30 ms that the first dialog does not need)."""
    from verbund_desktop.ui.common.operations import explain_failure

    return explain_failure(exc, None)[0]


def _user_message(exc: Exception) -> str:
    from verbund_desktop.ui.common.service_messages import user_message  # as in _explain

    return user_message(exc)


def _ui_message(text: str) -> str:
    from verbund_desktop.ui.common.service_messages import ui_message  # as in _explain

    return ui_message(text)


def offer_restore(
    parent: QWidget | None, path: Path, message: str, *, warn_without_backups: bool = True
) -> bool:
    """``backup_dialogs.offer_restore``, imported when first needed (it pulls in the backup layer)."""
    preload.wait()
    from verbund_desktop.ui.protection import backup_dialogs

    return backup_dialogs.offer_restore(parent, path, message, warn_without_backups=warn_without_backups)


class WorkspaceLauncher:
    """Every path ends in an open workspace or in None (the user cancelled); errors are shown, never raised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        # True when the workspace was already open in another window and that window was brought forward.
        self.switched = False
        # True when the advisor chose, at a workspace held by another instance, not to open it here.
        self.declined = False

    def start(self, path: Path | None) -> Workspace | None:
        candidate = path or settings.last_database() or default_database_path()
        if candidate.exists():
            ws = self.open_path(candidate)
            if ws is not None or self.declined:
                return ws
        return self.welcome(candidate if not candidate.exists() else default_database_path())

    def welcome(self, default_path: Path) -> Workspace | None:
        from verbund_desktop.ui.shell.welcome import WelcomeDialog

        while True:
            dialog = WelcomeDialog(default_path, self.parent)
            enum_warmup.warm_while_shown(dialog)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            ws = self.fulfil(dialog.request())
            if ws is not None:
                return ws

    def fulfil(self, request: StartRequest) -> Workspace | None:
        from verbund_desktop.ui.shell.welcome import StartChoice

        if request.choice is StartChoice.OPEN:
            return self.open_path(request.path)
        text = QCoreApplication.translate(
            "WorkspaceLauncher",
            "Der Arbeitsbereich wird angelegt und verschlüsselt … Das dauert einige Sekunden.",
        )
        try:
            from verbund_desktop.ui.common.prompts import working

            with working(self.parent, text):
                preload.start()  # begun already while the welcome dialog showed, unless it was never painted
                preload.wait()
                ws = self._create(request)
        except Exception as exc:
            self._error(_explain(exc))
            return None
        settings.LAST_DATABASE.set(str(request.path))
        return ws

    @staticmethod
    def _create(request: StartRequest) -> Workspace:
        from verbund_desktop.ui.shell.welcome import StartChoice

        if request.choice is StartChoice.DEMO:
            from verbund_desktop.services.workspace.demo import create_demo_workspace

            return create_demo_workspace(request.path, request.passphrase)
        from verbund_desktop.services.workspace.workspace_service import create_new

        return create_new(
            request.path,
            request.passphrase,
            network_name=request.network_name,
            advisor_name=request.advisor_name,
        )

    def choose_and_open(self) -> Workspace | None:
        from verbund_desktop.ui.common import folders

        path = folders.open_file(
            self.parent,
            "workspace",
            QCoreApplication.translate("WorkspaceLauncher", "Arbeitsbereich öffnen"),
            default=default_database_path().parent,
        )
        return self.open_path(path) if path is not None else None

    def open_path(self, path: Path) -> Workspace | None:
        """Open ``path``, asking for the passphrase as often as needed; None when the user gives up."""
        encrypted = self._encrypted(path)
        if encrypted is None:
            return None
        read_only = self._read_only_when_held(path)
        if read_only is None:
            return None
        env_passphrase = os.environ.get("VERBUND_PASSPHRASE") or None
        error = ""
        while True:
            passphrase: str | None = None
            if encrypted:
                if env_passphrase is not None and not error:
                    passphrase = env_passphrase
                else:
                    dialog = PassphraseDialog(path.name, error, self.parent)
                    enum_warmup.warm_while_shown(dialog)  # the main window's Qt enums, while the person types
                    if dialog.exec() != QDialog.DialogCode.Accepted:
                        # Cancelling means „not now“, even after a wrong passphrase: no offer to restore a
                        # backup over the file (that is in the menu, and offered for files that fail to open).
                        return None
                    passphrase = dialog.passphrase()
                    if "\x00" in passphrase:  # SQLite cannot take it; it is simply not the passphrase
                        error = QCoreApplication.translate(
                            "WorkspaceLauncher", "Die Passphrase ist falsch. Die Datei wurde nicht verändert."
                        )
                        continue
            result = self._attempt(path, passphrase, read_only=read_only, encrypted=encrypted)
            if not isinstance(result, str):
                return result
            error = result  # a wrong passphrase: ask again, saying so

    def _encrypted(self, path: Path) -> bool | None:
        """Whether ``path`` needs a passphrase; None (and the reason shown) when it cannot be read or is no
        workspace at all."""
        try:
            encrypted = path.is_file() and path.stat().st_size > 0 and not is_plain_sqlite(path)
            foreign = not_a_workspace_message(path) if encrypted else None
        except OSError as exc:
            self._error(
                QCoreApplication.translate(
                    "WorkspaceLauncher", "„{0}“ kann nicht gelesen werden: {1}."
                ).format(path, _ui_message(failure_message(exc)))
            )
            return None
        if foreign is not None:  # a PDF or the like: say so instead of asking for a passphrase
            self._error(_ui_message(foreign))
            return None
        return encrypted

    def _attempt(
        self, path: Path, passphrase: str | None, *, read_only: bool, encrypted: bool
    ) -> Workspace | str | None:
        """One try at opening ``path``: the workspace, the message of a wrong passphrase (to ask again with), or
        None when the advisor gives up."""
        preload.start()  # at once when no dialog was shown (else begun once it was on screen; once only)
        from verbund_desktop.ui.common.busy import run_in_worker

        try:
            ws = run_in_worker(
                self.parent,
                QCoreApplication.translate(
                    "WorkspaceLauncher", "Arbeitsbereich „{0}“ wird geöffnet …"
                ).format(path.name),
                functools.partial(_open_file, path, passphrase, read_only=read_only),
            )
        except WorkspaceLockedError as exc:  # taken by another start since the check above
            self._error(_user_message(exc))
            return None
        except WrongPassphraseError as exc:
            if not encrypted:
                self._error(_user_message(exc))
                return None
            return _user_message(exc)
        except Exception as exc:
            # Damaged, foreign, half-upgraded or newer files: say why, and offer a backup (the file itself
            # stays as it is). The exception's own text is shown only when it is a UserError.
            message = _explain(exc)
            return self.open_path(path) if offer_restore(self.parent, path, message) else None
        return ws if read_only else self._opened(ws, path)

    def _read_only_when_held(self, path: Path) -> bool | None:
        """False when no other instance holds ``path``; else True to open it read-only, or None for not here
        (the advisor switched to the other window or cancelled; a switch is done here)."""
        holder = writer_lock.holder_if_locked(path)
        if holder is None:
            return False
        from verbund_desktop.ui.shell.instance import LockedChoice, ask_to_show, ask_when_locked

        choice = ask_when_locked(self.parent, path, holder)
        self.declined = choice is not LockedChoice.READ_ONLY
        if choice is LockedChoice.SWITCH:
            self.switched = ask_to_show(holder.channel)
            if not self.switched:
                self._error(
                    QCoreApplication.translate(
                        "WorkspaceLauncher",
                        "Das geöffnete Fenster hat nicht geantwortet. Bitte wechseln Sie über die Taskleiste "
                        "dorthin.",
                    )
                )
        return True if choice is LockedChoice.READ_ONLY else None

    def _opened(self, ws: Workspace, path: Path) -> Workspace:
        settings.LAST_DATABASE.set(str(path))
        notice = writer_lock.stale_takeover_message(ws.writer_lock) if ws.writer_lock else None
        if notice:
            QMessageBox.information(self.parent, "Verbund Desktop", _ui_message(notice))
        return ws  # the daily backup runs after the main window is shown (MainWindow.start_daily_backup)

    def _error(self, message: str) -> None:
        QMessageBox.warning(self.parent, "Verbund Desktop", message)
