"""ui.worker: background jobs report back on the GUI thread, in order."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject

from ui.worker import run_in_background

pytestmark = pytest.mark.gui


def test_every_signal_reaches_the_gui_thread_in_order(qtbot: QtBot) -> None:
    owner = QObject()
    seen: list[tuple[str, object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def note(kind: str) -> Callable[..., None]:
        def slot(*value: object) -> None:
            on_gui = threading.current_thread() is threading.main_thread()
            seen.append((kind, value[0] if value else None, on_gui))
        return slot

    def job(emit: Callable[[object], None], cancel: threading.Event) -> int:
        worker_threads.append(threading.current_thread())
        for step in range(3):
            emit(step)
        return 42

    task = run_in_background(job, owner, on_progress=note("progress"),
                             on_success=note("succeeded"),
                             on_failure=note("failed"), on_end=note("ended"))
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "ended", timeout=5_000)
    assert worker_threads[0] is not threading.main_thread()
    assert seen == [("progress", 0, True), ("progress", 1, True),
                    ("progress", 2, True), ("succeeded", 42, True),
                    ("ended", None, True)]
    # "ended" means the worker has let go of the task.
    assert task.wait(0)
    assert not task.running


def test_a_failing_job_reports_its_exception_then_ends(qtbot: QtBot) -> None:
    owner = QObject()
    seen: list[object] = []

    def job(emit: Callable[[object], None], cancel: threading.Event) -> None:
        raise OSError("no route to host")

    run_in_background(job, owner, on_success=seen.append, on_failure=seen.append,
                      on_end=lambda: seen.append("ended"))
    qtbot.waitUntil(lambda: "ended" in seen, timeout=5_000)
    assert len(seen) == 2
    assert isinstance(seen[0], OSError)
    assert str(seen[0]) == "no route to host"


def test_cancel_reaches_the_job(qtbot: QtBot) -> None:
    owner = QObject()
    results: list[object] = []

    def job(emit: Callable[[object], None], cancel: threading.Event) -> str:
        emit("waiting")
        return "cancelled" if cancel.wait(10) else "timed out"

    task = run_in_background(job, owner, on_success=results.append,
                             on_progress=lambda _value: task.cancel())
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    assert results == ["cancelled"]
