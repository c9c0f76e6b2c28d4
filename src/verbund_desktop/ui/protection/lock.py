"""Auto-lock: after a configurable idle time every window hides its content until the passphrase is entered.

An application-wide event filter notes the time of the last keyboard, mouse or touch input. When the idle time
has passed, the main window and every other open window (dialogs included) hide their widgets behind a cover;
nothing is closed or reset, so input not yet saved is still there after unlocking. While locked, input to
anything but the unlock field is swallowed, shortcuts included. The passphrase is checked against the database
file itself (a read-only SQLCipher open), never against a copy kept in memory for that purpose.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.persistence.rekey import verify_passphrase
from verbund_desktop.persistence.workspace import Workspace

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Mouse moves count as activity but are too frequent to matter for blocking.
_BLOCKED_EVENTS = _INPUT_EVENTS - {QEvent.Type.MouseMove}
MIN_MINUTES, MAX_MINUTES = 1, 240
PANEL_WIDTH = 480


class _Cover(QFrame):
    """An opaque panel over the whole of its parent window that follows the parent's size."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False


def lock_text(file_name: str, *, encrypted: bool, by_hand: bool) -> str:
    """Why the workspace is locked (by hand with Strg+L, or after inactivity) and how to unlock it."""
    if by_hand:
        why = QCoreApplication.translate(
            "LockScreen", "Der Arbeitsbereich „{0}“ wurde gesperrt (Jetzt sperren, Strg+L)."
        )
    else:
        why = QCoreApplication.translate(
            "LockScreen", "Der Arbeitsbereich „{0}“ wurde nach längerer Inaktivität gesperrt."
        )
    how = (
        QCoreApplication.translate(
            "LockScreen", "Bitte die Passphrase eingeben. Nicht gespeicherte Eingaben bleiben erhalten."
        )
        if encrypted
        else QCoreApplication.translate(
            "LockScreen", "Er ist nicht verschlüsselt; zum Entsperren genügt ein Klick."
        )
    )
    return f"{why.format(file_name)} {how}"


class LockScreen(_Cover):
    """Shown over the main window: the passphrase field and the unlock button."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget, file_name: str, encrypted: bool, *, by_hand: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(PANEL_WIDTH)
        panel.setStyleSheet(
            "#lockPanel { background: palette(base); border: 1px solid #b9ccd3; border-radius: 8px; }"
        )
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        title = QLabel(self.tr("Verbund Desktop ist gesperrt"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1f5f73;")
        title.setWordWrap(True)
        inner.addWidget(title)
        info = QLabel(lock_text(file_name, encrypted=encrypted, by_hand=by_hand))
        info.setWordWrap(True)
        # A word-wrapped label in a fixed-width panel: tell the layout the height it needs at that width.
        info.setMinimumHeight(info.heightForWidth(PANEL_WIDTH - 56))
        inner.addWidget(info)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Passphrase"))
        self.edit.setAccessibleName(self.tr("Passphrase zum Entsperren"))
        self.edit.setVisible(encrypted)
        inner.addWidget(self.edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        inner.addWidget(self.error_label)
        self.button = QPushButton(self.tr("Entsperren"))
        self.button.setDefault(True)
        inner.addWidget(self.button)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.button.clicked.connect(self._submit)
        self.edit.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.edit.text())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setMinimumHeight(self.error_label.heightForWidth(PANEL_WIDTH - 56))
        self.error_label.setVisible(True)
        self.edit.clear()
        self.edit.setFocus()


class _WindowCover(_Cover):
    """Over every other open window (dialogs): their content is hidden, their input kept."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Gesperrt – bitte im Hauptfenster entsperren."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)


class IdleLock(QObject):
    """Locks ``window`` (and every other window of the application) after ``minutes`` without input."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        *,
        minutes: int = 10,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._clock = clock
        self._timeout_s = 60.0 * minutes
        self._last_input = clock()
        self._screen: LockScreen | None = None
        self._covers: list[_Cover] = []
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None
        self._host_size: tuple[QWidget, QSize] | None = None
        self._titles: list[tuple[QWidget, str]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check_idle)
        app = QApplication.instance()
        if app is not None:
            # Qt drops a filter from the application's list by itself when the filter object is destroyed
            # (with its window); no explicit removal is needed.
            app.installEventFilter(self)
        self._arm(self._timeout_s)

    # -- idle time --------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._screen is not None

    @property
    def timeout_seconds(self) -> float:
        return self._timeout_s

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_seconds(60.0 * max(MIN_MINUTES, min(MAX_MINUTES, minutes)))

    def set_timeout_seconds(self, seconds: float) -> None:
        self._timeout_s = max(0.01, seconds)
        self._last_input = self._clock()
        if not self.is_locked:
            self._arm(self._timeout_s)

    def _arm(self, seconds: float) -> None:
        self.timer.start(max(1, int(seconds * 1000)))

    def _check_idle(self) -> None:
        if self.is_locked or not self.window.isVisible():
            return
        remaining = self._last_input + self._timeout_s - self._clock()
        if remaining > 0:
            self._arm(remaining)
        else:
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS or not self.window.isVisible():
            return False
        if not self.is_locked:
            self._last_input = self._clock()
            return False
        if kind not in _BLOCKED_EVENTS:
            return False
        if isinstance(watched, QWidget) and self._inside_lock_screen(watched):
            return False
        # Widgets, actions and shortcuts outside the lock screen get nothing while locked.
        return isinstance(watched, QWidget | QAction) or kind == QEvent.Type.Shortcut

    def _inside_lock_screen(self, widget: QWidget) -> bool:
        screen = self._screen
        return screen is not None and (widget is screen or screen.isAncestorOf(widget))

    # -- locking ---------------------------------------------------------------------------------------
    def lock_now(self) -> None:
        """„Jetzt sperren“ (Strg+L): the lock screen says it was locked by hand, not after inactivity."""
        self.lock(by_hand=True)

    def lock(self, *, by_hand: bool = False) -> None:
        """Hide the content of every window now; idempotent. A closed (replaced) window never locks."""
        if self.is_locked or not self.window.isVisible():
            return
        self.timer.stop()
        QToolTip.hideText()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and not self._inside_any_cover(focus) else None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                widget.close()
        # An open modal dialog blocks input to every other window: the unlock field must go on top of it.
        modal = QApplication.activeModalWidget()
        host = modal if modal is not None and modal.isVisible() else self.window
        for top in QApplication.topLevelWidgets():
            if top is host or not top.isVisible() or isinstance(top, QMenu | _Cover):
                continue
            if top.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            self._cover(top, _WindowCover(top))
        if host is not self.window:
            self._host_size = (host, host.size())
            host.resize(max(host.width(), PANEL_WIDTH + 40), max(host.height(), 320))
        screen = LockScreen(host, self.workspace.path.name, self.workspace.encrypted, by_hand=by_hand)
        self._screen = screen
        self._cover(host, screen)
        screen.unlock_requested.connect(self.try_unlock)
        self._hide_titles(host)
        # Open connections stay keyed inside SQLCipher; the program's own copy is zeroed until unlocking.
        self.workspace.forget_passphrase()
        if self.workspace.encrypted:
            screen.edit.setFocus()
        else:
            screen.button.setFocus()
        self.locked.emit()

    def _hide_titles(self, host: QWidget) -> None:
        """Task bar and window switcher show titles even while the content is covered: no names there."""
        locked_title = self.tr("Verbund Desktop – gesperrt")
        for top in [host, *(c.parentWidget() for c in self._covers)]:
            if top is not None and all(top is not seen for seen, _ in self._titles):
                self._titles.append((top, top.windowTitle()))
                top.setWindowTitle(locked_title)

    def _inside_any_cover(self, widget: QWidget) -> bool:
        return any(c is widget or c.isAncestorOf(widget) for c in self._covers)

    def _cover(self, top: QWidget, cover: _Cover) -> None:
        for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not cover and child.isVisible() and not child.isWindow():
                child.hide()
                self._hidden.append(child)
        cover.show()
        cover.raise_()
        self._covers.append(cover)

    def try_unlock(self, passphrase: str) -> bool:
        """Unlock when ``passphrase`` opens the database file; otherwise show why and stay locked."""
        if not self.is_locked:
            return True
        if self.workspace.encrypted and not verify_passphrase(self.workspace.path, passphrase):
            assert self._screen is not None
            self._screen.show_error(
                self.tr("Die Passphrase ist falsch. Der Arbeitsbereich bleibt gesperrt.")
                if passphrase
                else self.tr("Bitte die Passphrase eingeben.")
            )
            return False
        if self.workspace.encrypted:
            self.workspace.hold_passphrase(passphrase)
        self.unlock()
        return True

    def unlock(self) -> None:
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
        self._covers.clear()
        self._screen = None
        for top, title in self._titles:
            if shiboken6.isValid(top):
                top.setWindowTitle(title)
        self._titles.clear()
        for widget in reversed(self._hidden):
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden.clear()
        if self._host_size is not None:
            host, size = self._host_size
            if shiboken6.isValid(host):
                host.resize(size)
            self._host_size = None
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self._last_input = self._clock()
        self._arm(self._timeout_s)
        self.unlocked.emit()

    @property
    def lock_screen(self) -> LockScreen | None:
        return self._screen
