"""Marking user-visible text of the core for translation.

The core cannot use Qt's ``tr``. It marks its sentences with :func:`_`, and the
wizard installs a translator that routes them through Qt's translation
catalogues (the empty context, where ``scripts/translations`` files every
``_()`` string). Without one, text passes through unchanged.

Call :func:`_` when the text is needed, never at import time: a sentence
built before the translator is installed stays in English.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = str

#: The catalogue context of the core's sentences (``_()`` outside any class
#: and inside one alike, as Qt's lupdate files them).
CONTEXT = ""

#: The languages shipped besides English (resources/i18n/umconnect_LANG.qm).
LANGUAGES = ("de", "fr")


def _(text: str) -> str:
    """Return *text* in the user's language, if a translator is installed."""
    return _translate(text)


# FIXME: the command line installs no translator, so `umconnect` speaks English
# whatever the locale; only the wizard is translated.
def install(translate: Callable[[str], str]) -> None:
    """Route every marked sentence of the core through *translate*."""
    global _translate  # noqa: PLW0603 - one process-wide hook, set once at start
    _translate = translate
