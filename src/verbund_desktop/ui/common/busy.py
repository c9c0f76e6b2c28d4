"""Wait for one step the next screen needs (opening a workspace) without freezing the window.

``run_in_worker`` runs the step in a thread while the UI thread keeps its event loop turning behind a busy
indicator, then returns the step's result or raises its exception, as if it had been called directly. Work
that the person may leave running and cancel goes to the job runner (``ui/common/jobs.py``) instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal

from verbund_desktop.ui.common import collection_pause

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

# Qt (with its many enum types) and QProgressDialog are taken at first use, after Enter: this module is imported on
# the way to the first dialog, and PySide6 creates a class's Python types when it is first taken.
T = TypeVar("T")


class _Done(QObject):
    finished = Signal()


def busy_indicator(parent: QWidget | None, label: str) -> QProgressDialog:
    """A modal, indeterminate progress dialog without a cancel button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)  # None removes the button (Qt documents it)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setWindowTitle("Verbund Desktop")
    busy.setMinimumDuration(0)
    busy.setAutoClose(False)
    busy.setAutoReset(False)
    return busy


def run_in_worker(parent: QWidget | None, label: str, step: Callable[[], T]) -> T:
    """``step()`` in a thread; the UI repaints and shows ``label`` with a busy indicator meanwhile."""
    from PySide6.QtCore import Qt

    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            outcome["result"] = step()
        except BaseException as exc:  # handed to the caller on the UI thread
            outcome["error"] = exc
        finally:
            done.finished.emit()

    busy = busy_indicator(parent, label)
    busy.show()
    worker = threading.Thread(target=target, name="verbund-busy-step", daemon=True)
    # No cyclic garbage collection while the step runs (ui/common/collection_pause.py); it resumes once the
    # step is done.
    with collection_pause.paused():
        worker.start()
        loop.exec()
        worker.join()
    busy.close()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
