"""Marking user-visible text of the core for translation.

The core cannot use Qt's ``tr``. It marks its sentences with :func:`_`, and the
wizard installs a translator that routes them through Qt's translation
catalogues (context ``app``). Without one, text passes through unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = str


def _(text: str) -> str:
    """Return *text* in the user's language, if a translator is installed."""
    return _translate(text)


def install(translate: Callable[[str], str]) -> None:
    """Route every marked sentence of the core through *translate*."""
    global _translate  # noqa: PLW0603 - one process-wide hook, set once at start
    _translate = translate
