"""The status-bar indicator of running jobs: what runs, how far it is, and a button to cancel it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from verbund_desktop.ui.common.jobs import Job, JobRunner


class JobIndicator(QWidget):
    """Hidden while nothing runs; else „<title> …“ (and „+n“ more), a progress bar and „Abbrechen“."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.cancel_button.setAccessibleName(self.tr("Laufende Arbeit abbrechen"))
        self.cancel_button.clicked.connect(self.cancel_current)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        runner.changed.connect(self._update)
        runner.progress.connect(self._progress)
        self._update()

    def current(self) -> Job | None:
        return self.runner.running[0] if self.runner.running else None

    def cancel_current(self) -> None:
        job = self.current()
        if job is not None:
            job.cancel()
            self.label.setText(self.tr("{0} wird abgebrochen …").format(job.title))

    def _update(self) -> None:
        job = self.current()
        self.setVisible(job is not None)
        if job is None:
            return
        more = len(self.runner.running) - 1
        text = self.tr("{0} …").format(job.title)
        self.label.setText(text + (self.tr(" (+{0} weitere)").format(more) if more else ""))
        self.bar.setRange(0, 0)  # busy until the job reports its first progress

    def _progress(self, job: Job, done: int, total: int) -> None:
        if job is self.current() and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
