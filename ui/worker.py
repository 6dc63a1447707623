"""The one way the wizard leaves the GUI thread.

:class:`Task` runs a callable on Qt's global thread pool and delivers its
progress, its result or its exception back to the GUI thread through queued
signals. The callable gets an ``emit`` function for progress and a
``threading.Event`` it must honour for cancellation.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Job = Callable[[Callable[[object], None], threading.Event], object]


class Task(QObject):
    """A background job with progress, result and error signals.

    Signals:
        progress(object): something the job reported while running.
        succeeded(object): the job's return value.
        failed(object): the exception the job raised.
        ended(): after succeeded or failed, whatever happened.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_event = threading.Event()
        self._done = threading.Event()
        self.running = False

    def start(self) -> None:
        """Run the job on the global thread pool."""
        self.running = True
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        """Ask the job to stop; it ends soon after with its partial result."""
        self.cancel_event.set()

    def wait(self, timeout: float) -> bool:
        """Block up to *timeout* seconds for the job to end (for shutdown)."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        try:
            result = self._job(self.progress.emit, self.cancel_event)
        except Exception as exc:
            log.debug("Background task failed", exc_info=True)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.ended.emit()
            # Last: whoever waits on this may delete the task's parent, which
            # must not happen while a signal is still being sent.
            self._done.set()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_in_background(job: Job, parent: QObject, *,
                      on_progress: Callable[[Any], None] | None = None,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[Any], None] | None = None,
                      on_end: Callable[[], None] | None = None) -> Task:
    """Create, wire and start a :class:`Task`."""
    task = Task(job, parent)
    for signal, slot in ((task.progress, on_progress), (task.succeeded, on_success),
                         (task.failed, on_failure), (task.ended, on_end)):
        if slot is not None:
            signal.connect(slot)
    task.start()
    return task
