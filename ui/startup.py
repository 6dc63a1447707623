"""Startup timing: report the first paint of a window, then quit.

With ``UMCONNECT_EXIT_AFTER_PAINT=1`` in the environment the wizard prints
``painted <seconds since the process began>`` when its first page is painted
and quits at once; ``bench/cold_start.py`` uses it for the venv program and
the frozen bundle alike.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

VARIABLE = "UMCONNECT_EXIT_AFTER_PAINT"


def wanted() -> bool:
    """Whether this run should report its first paint and quit."""
    return os.environ.get(VARIABLE) == "1"


def _report_and_quit() -> None:
    print(f"painted {time.process_time():.3f}", flush=True)
    QCoreApplication.quit()


def exit_after_first_paint(widget: QWidget) -> None:
    """Watch *widget*; see the module docstring. The time is stamped after Qt
    has drawn it: the report runs from the event loop."""
    after_first_paint(widget, _report_and_quit)


class _AfterPaint(QObject):
    """Runs a callback once, from the event loop, after the first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """On the first paint: queue the callback behind the paint itself."""
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call *callback* once *widget* has been painted for the first time."""
    _AfterPaint(widget, callback)
