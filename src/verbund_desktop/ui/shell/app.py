"""Entry point of the desktop program (`verbund-desktop`, `python -m verbund_desktop`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from verbund_desktop import crash_dumps, malloc_arenas
from verbund_desktop.logfile import configure_early_logging, configure_logging
from verbund_desktop.resources import resource_path
from verbund_desktop.ui.shell import preload
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher, offer_restore

if TYPE_CHECKING:  # imported in the background while the first dialog shows (ui/shell/preload.py)
    from verbund_desktop.persistence.workspace import Workspace
    from verbund_desktop.ui.shell.instance import WindowChannel
    from verbund_desktop.ui.shell.main_window import MainWindow

# Needed once a workspace is open, imported there: the busy indicator's worker (``busy``), the daily backup's job
# (``daily_backup`` with the job runner) and the window's channel (``instance``: ``getpass``, ``QMessageBox``).

_START = time.perf_counter()
_qt_log = logging.getLogger("verbund_desktop.qt")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go to the log file (a windowed program on Windows has no stderr to show them)."""
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt (%s): %s", context.category or "default", message)


def configure_diagnostics() -> None:
    """Log file, uncaught-exception hooks and Qt's message handler, before any window exists. The log file
    is first written by a plain file handler (nothing to import for it); the rotating one takes over once the
    main window is up (``main``)."""
    configure_early_logging()
    qInstallMessageHandler(qt_message_handler)


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """German is the source language. A locale with a translation of ours (English) loads our .qm file;
    any other locale keeps the German UI. Qt's own texts (standard buttons, context menus, file dialogs)
    follow the language the UI ends up in, so a German UI never shows Qt's English „Cancel“."""
    translators: list[QTranslator] = []
    ui_locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if locale.language() != QLocale.Language.German:
        ours = QTranslator(app)
        if ours.load(locale, "verbund_desktop", "_", str(resource_path("translations"))):
            app.installTranslator(ours)
            translators.append(ours)
            ui_locale = locale
    qt = QTranslator(app)
    if qt.load(ui_locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


class DesktopApplication:
    """Owns the main window and swaps workspaces when the user opens or creates another one."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None
        self.channel: WindowChannel | None = None

    def show(self, ws_window: MainWindow) -> None:
        old = self.window
        self.window = ws_window
        ws_window.open_requested.connect(self.open_other)
        ws_window.new_requested.connect(self.create_other)
        ws_window.show()
        from verbund_desktop.ui.shell.daily_backup import start_daily_backup

        start_daily_backup(ws_window.jobs, ws_window.workspace, ws_window.statusBar())
        if old is not None:
            old.close()
            old.workspace.close()
        self._listen(ws_window)

    def _listen(self, ws_window: MainWindow) -> None:
        """A second start finds the workspace locked and can ask, through this channel, for our window."""
        if self.channel is not None:
            self.channel.close()
            self.channel = None
        lock = ws_window.workspace.writer_lock
        if lock is None:
            return
        from verbund_desktop.ui.shell.instance import WindowChannel, channel_name

        channel = WindowChannel(channel_name(ws_window.workspace.path), self.app)
        if channel.listen():
            lock.set_channel(channel.name)
            channel.show_requested.connect(self.bring_to_front)
            self.channel = channel

    def bring_to_front(self) -> None:
        if self.window is None:
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open_other(self) -> None:
        ws = WorkspaceLauncher(self.window).choose_and_open()
        if ws is not None:
            self.show(open_window(ws))

    def create_other(self) -> None:
        from verbund_desktop.paths import default_database_path

        ws = WorkspaceLauncher(self.window).welcome(default_database_path().with_name("neu.db"))
        if ws is not None:
            self.show(open_window(ws))


def main_window_class() -> type[MainWindow]:
    """The main window's class, once the background imports are done."""
    preload.wait()
    from verbund_desktop.ui.shell.main_window import MainWindow

    return MainWindow


def open_window(ws: Workspace) -> MainWindow:
    """The main window for ``ws``, its tree's data read in a worker (6,000 people at network scale) behind the
    opening's busy indicator, so the window is built without reading them on the UI thread."""
    from verbund_desktop.services.organisation.directory import Directory
    from verbund_desktop.ui.common.busy import run_in_worker

    label = QCoreApplication.translate("WorkspaceLauncher", "Arbeitsbereich „{0}“ wird geöffnet …")
    snapshot = run_in_worker(None, label.format(ws.path.name), Directory(ws).snapshot)
    return main_window_class()(ws, snapshot=snapshot)


def first_window(ws: Workspace | None) -> MainWindow | None:
    """The main window for ``ws``. Damage can also show only while the window reads its first data: then the
    cause is named and a restore offered (and the restored workspace opened), instead of a crash."""
    for _attempt in range(2):
        if ws is None:
            return None
        try:
            return open_window(ws)
        except Exception as exc:
            path = ws.path
            ws.close()
            from verbund_desktop.ui.common.operations import (
                explain_failure,  # once needed: not before the dialog
            )

            if not offer_restore(None, path, explain_failure(exc, None)[0]):
                return None
            ws = WorkspaceLauncher().open_path(path)
    return None


def ui_language(lang: str | None) -> QLocale:
    """``--lang de|en`` chooses the UI language; without it the system's language does."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if lang == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale.system()


def main(argv: Sequence[str] | None = None) -> int:
    crash_dumps.disable_core_dumps()  # before any passphrase is typed
    malloc_arenas.use_one_arena()  # before any thread starts
    parser = argparse.ArgumentParser(prog="verbund-desktop", description="Verbund Desktop starten.")
    parser.add_argument("--db", type=Path, help="Arbeitsbereich (Datenbankdatei), der geöffnet wird.")
    parser.add_argument(
        "--lang", choices=("de", "en"), help="Sprache der Oberfläche (ohne Angabe: die des Systems)."
    )
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    configure_diagnostics()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Verbund Desktop")
    app.setApplicationName("Verbund Desktop")
    install_translations(app, ui_language(args.lang))
    # SQLAlchemy, the models and the main window are imported in the background once the first dialog is on
    # screen (``enum_warmup.warm_while_shown``), or where the launcher opens when no dialog shows (``preload``).
    db = args.db or (Path(os.environ["VERBUND_DB"]) if os.environ.get("VERBUND_DB") else None)
    window = first_window(WorkspaceLauncher().start(db))
    if window is None:
        return 0
    desktop = DesktopApplication(app)
    if os.environ.get("VERBUND_EXIT_AFTER_SHOW"):
        # Benchmarks: report the time until the window with the workspace is on screen, then quit.
        def _report() -> None:
            print(f"shown_after_s={time.perf_counter() - _START:.4f}", flush=True)
            app.quit()

        window.shown.connect(lambda: QTimer.singleShot(0, _report))
    desktop.show(window)
    configure_logging()  # the rotating log file, its module imported by the preload thread
    code = app.exec()
    if desktop.window is not None:
        desktop.window.jobs.cancel_all()
        desktop.window.jobs.wait()
        desktop.window.workspace.close()
    return code
