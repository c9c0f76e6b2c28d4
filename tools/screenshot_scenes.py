"""One language's screenshots, taken by ``tools/screenshots.py`` under Xvfb (``QT_QPA_PLATFORM=xcb``).

The program's own start-up pieces (translations as ``--lang`` installs them, the demo workspace, the main
window and its application object) run here, and the scenes (``tools/screenshot_script.py``) drive the real
windows: menus, buttons, dialogs. A scene is a generator that yields how many milliseconds the event loop
should run before it goes on, so modal dialogs (``exec()``) can be open while a scene looks at them. What the
X server shows is grabbed: the whole 1366×768 screen, or one top-level window at its real size.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

Wait = Generator[int, None, None]
PASSPHRASE = "Bildschirmfotos sind öffentlich"  # the demo's; the workspace is thrown away afterwards


class Camera:
    """Saves what the X server shows; names get ``-en`` in English."""

    def __init__(self, out: Path, lang: str) -> None:
        self.out = out
        self.suffix = "" if lang == "de" else "-en"
        self.taken: list[Path] = []

    def path(self, name: str) -> Path:
        return self.out / f"{name}{self.suffix}.png"

    def screen(self, name: str) -> None:
        """The whole screen: the main window, with a dialog in front where one is open."""
        QApplication.processEvents()
        screen = QGuiApplication.primaryScreen()
        self._save(framed(screen.grabWindow(0).toImage()), name)

    def window(self, name: str, widget: QWidget) -> None:
        """One top-level window at its real size (without a frame: Xvfb runs no window manager)."""
        QApplication.processEvents()
        top = widget.window()
        screen = top.screen() or QGuiApplication.primaryScreen()
        self._save(screen.grabWindow(int(top.winId())).toImage(), name)

    def _save(self, image: object, name: str) -> None:
        target = self.path(name)
        if not image.save(str(target)):  # type: ignore[attr-defined]
            raise RuntimeError(f"{target} not written")
        self.taken.append(target)
        print(f"{target.name}: {image.width()}×{image.height()}", flush=True)  # type: ignore[attr-defined]


def framed(shot: QImage) -> QImage:
    """Xvfb runs no window manager, so a dialog has no frame: draw its outline and a shadow, as a desktop
    would, around every visible window that is not full-screen."""
    painter = QPainter(shot)
    shadow = QColor(0, 0, 0, 70)
    for top in QApplication.topLevelWidgets():
        area = top.frameGeometry()
        if not top.isVisible() or area.size() == shot.size():
            continue
        painter.fillRect(QRect(area.left() + 5, area.bottom() + 1, area.width(), 5), shadow)
        painter.fillRect(QRect(area.right() + 1, area.top() + 5, 5, area.height() - 5), shadow)
        painter.setPen(QColor("#44474a"))
        painter.drawRect(area.adjusted(-1, -1, 0, 0))
    painter.end()
    return shot


def until(condition: Callable[[], object], what: str, timeout_ms: int = 30_000) -> Wait:
    """Let the event loop run until ``condition()`` holds."""
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError(f"waited {timeout_ms} ms for {what}")
        yield 25
        waited += 25


def settle(ms: int = 200) -> Wait:
    """Time for layouts, lazy tabs and the status bar to draw."""
    yield ms


def later(action: Callable[[], object]) -> None:
    """Run ``action`` from the event loop: a modal ``exec()`` inside it then does not block the scene."""
    QTimer.singleShot(0, action)


def modal(kind: type[QWidget] = QWidget, what: str = "a dialog") -> Iterator[int]:
    """Wait for the modal dialog of ``kind``; ``yield from`` returns it."""
    yield from until(lambda: isinstance(QApplication.activeModalWidget(), kind), what)
    yield from settle(300)
    return QApplication.activeModalWidget()  # type: ignore[return-value]


def press(box: QMessageBox, button: QMessageBox.StandardButton | None = None) -> None:
    """Click a message box's button (``None``: its default, else the first accepting one)."""
    chosen: QAbstractButton | None = box.button(button) if button is not None else box.defaultButton()
    if chosen is None:
        chosen = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    chosen.click()


def drive(app: QApplication, steps: Iterator[int]) -> int:
    """Run the scenes from the event loop; the first exception ends the run with its traceback."""
    outcome = {"code": 0}

    def step() -> None:
        try:
            delay = next(steps)
        except StopIteration:
            app.quit()
            return
        except Exception:
            traceback.print_exc()
            outcome["code"] = 1
            app.quit()
            return
        QTimer.singleShot(delay, step)

    QTimer.singleShot(0, step)
    app.exec()
    return outcome["code"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("de", "en"), required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workdir", type=Path, required=True)
    args = parser.parse_args()

    from verbund_desktop.ui.shell.app import configure_diagnostics, install_translations, ui_language

    configure_diagnostics()
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Verbund Desktop")
    app.setApplicationName("Verbund Desktop")
    install_translations(app, ui_language(args.lang))
    screen = QGuiApplication.primaryScreen().size()
    if (screen.width(), screen.height()) != (1366, 768):
        print(f"screen is {screen.width()}×{screen.height()}, not 1366×768", file=sys.stderr)
        return 1
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import screenshot_script

    camera = Camera(args.out, args.lang)
    code = drive(app, screenshot_script.scenes(camera, args.workdir, args.lang))
    QCoreApplication.processEvents()
    print(f"{len(camera.taken)} screenshots ({args.lang})", flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
