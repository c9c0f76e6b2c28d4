"""Long work off the UI thread: a small job runner with progress, cancel and a status-bar indicator.

A job is a function ``work(control)`` that runs in a ``QThreadPool`` thread. It calls services only (each
service opens its own unit of work, so the job has its own database session and connection), reports progress
with ``control.progress(done, total)`` and calls ``control.check()`` between steps: after a cancel that raises
``JobCancelled``, and the job ends there. A job writes its files under a temporary name and renames them at the
end (``files.write_atomic``), after its last ``check()``, so a cancelled job leaves nothing half-written.

The result, the error or the cancel arrive on the UI thread through queued signals; ``on_done`` gets the
result, ``on_failed`` the exception (default: the German message of ``operations.explain_failure``).
Cyclic garbage collection pauses from ``submit`` until the job's end has arrived on the UI thread
(``ui/common/collection_pause.py``, shared with ``busy.run_in_worker``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Qt (many enum types) is taken when a job is submitted: context.py imports this module on the way to the first
# dialog, and PySide6 creates a class's Python types when it is first taken from its module.
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.ui.common import collection_pause


class JobCancelled(UserError):
    """Raised by ``JobControl.check`` after the person cancelled the job."""

    def __init__(self) -> None:
        super().__init__("Abgebrochen. Es wurde nichts gespeichert.")


class JobControl:
    """What a running job sees: cancel requests and a way to report progress."""

    def __init__(self, emit_progress: Callable[[int, int], None]) -> None:
        self._cancel = threading.Event()
        self._emit_progress = emit_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``JobCancelled`` when a cancel was requested; call it between the steps of the work."""
        if self._cancel.is_set():
            raise JobCancelled

    def progress(self, done: int, total: int) -> None:
        self.check()
        self._emit_progress(done, total)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            job.control.check()
            result = job.work(job.control)
        except JobCancelled:
            job.signals.cancelled.emit()
        except Exception as exc:
            job.signals.failed.emit(exc)
        else:
            job.signals.finished.emit(result)


@dataclass(eq=False)
class Job:
    """One piece of long work: its title (shown in the status bar) and the function that does it."""

    title: str
    work: Callable[[JobControl], Any]
    signals: _Signals = field(default_factory=_Signals)
    control: JobControl = field(init=False)
    done: bool = False
    outcome: str = ""  # "finished", "failed" or "cancelled" once done

    def __post_init__(self) -> None:
        self.control = JobControl(self.signals.progress.emit)

    def cancel(self) -> None:
        self.control.cancel()


class JobRunner(QObject):
    """Runs jobs in a thread pool and tells the indicator what is running (``changed``) and how far."""

    changed = Signal()
    progress = Signal(object, int, int)  # job, done, total

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.running: list[Job] = []

    def submit(
        self,
        title: str,
        work: Callable[[JobControl], Any],
        on_done: Callable[[Any], object] | None = None,
        on_failed: Callable[[BaseException], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> Job:
        job = Job(title, work)
        from PySide6.QtCore import Qt

        queued = Qt.ConnectionType.QueuedConnection  # always delivered on the UI thread, in its event loop
        job.signals.progress.connect(lambda done, total: self.progress.emit(job, done, total), queued)
        job.signals.finished.connect(lambda result: self._end(job, "finished", on_done, result), queued)
        job.signals.failed.connect(lambda exc: self._end(job, "failed", on_failed, exc), queued)
        job.signals.cancelled.connect(lambda: self._end(job, "cancelled", on_cancelled), queued)
        self.running.append(job)
        self.changed.emit()
        collection_pause.pause()  # resumed in _end, on the UI thread, after the worker is done
        self.pool.start(_Runnable(job))
        return job

    def _end(self, job: Job, outcome: str, callback: Callable[..., object] | None, *args: object) -> None:
        if job.done:
            return
        job.done, job.outcome = True, outcome
        collection_pause.resume()
        if job in self.running:
            self.running.remove(job)
        self.changed.emit()
        if callback is not None:
            callback(*args)

    def cancel_all(self) -> None:
        for job in list(self.running):
            job.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the pool's threads are idle (closing the window, tests); signals arrive afterwards."""
        return bool(self.pool.waitForDone(timeout_ms))
