"""The one way the wizard leaves the GUI thread.

:class:`Task` runs a callable on Qt's global thread pool. The callable gets an
``emit`` function for progress and a ``threading.Event`` it must honour for
cancellation.

The worker thread never emits the signals the pages connect to. It posts each
event to the task's own decorated slot through one queued connection, and the
task re-emits it from the GUI thread; a page's slot is therefore always called
directly, on the GUI thread. PySide6 is known to crash now and then when a
signal emitted on another thread reaches a callable that is not a declared
slot, and this keeps every such connection on one thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[Callable[[object], None], threading.Event], object]

_PROGRESS, _SUCCEEDED, _FAILED, _ENDED = range(4)


class Task(QObject):
    """A background job with progress, result and error signals.

    Signals (all emitted on the GUI thread):
        progress(object): something the job reported while running.
        succeeded(object): the job's return value.
        failed(object): the exception the job raised.
        ended(): after succeeded or failed, whatever happened; by then the
            worker thread no longer touches the task, so it may be deleted.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()
    _posted = Signal(int, object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_event = threading.Event()
        self._done = threading.Event()
        self.running = False
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

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

    @Slot(int, object)
    def _deliver(self, kind: int, value: object) -> None:
        if kind == _PROGRESS:
            self.progress.emit(value)
        elif kind == _SUCCEEDED:
            self.succeeded.emit(value)
        elif kind == _FAILED:
            self.failed.emit(value)
        else:
            # The worker sets _done right after posting this; waiting for it
            # (microseconds) makes "ended" mean the thread has let go.
            self._done.wait(5.0)
            self.running = False
            self.ended.emit()

    def _report(self, value: object) -> None:
        self._posted.emit(_PROGRESS, value)

    def _run(self) -> None:
        try:
            result = self._job(self._report, self.cancel_event)
        except Exception as exc:
            log.debug("Background task failed", exc_info=True)
            self._posted.emit(_FAILED, exc)
        else:
            self._posted.emit(_SUCCEEDED, result)
        finally:
            self._posted.emit(_ENDED, None)
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
