"""Waiting for something another thread or process does, with a bound."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

#: Generous bound for waiting loops; never an assertion on speed.
WAIT = 60.0


def wait_until(condition: Callable[[], bool], what: str, *, timeout: float = WAIT,
               step: float = 0.05) -> None:
    """Return once *condition()* holds; fail the test naming *what* if it never does."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(step)
