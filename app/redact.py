"""Masking secrets in text: logs, reports, transcripts and exceptions.

Kept apart from :mod:`app.secrets` (which loads keyring, slowly) so that
logging can be set up before anything else is imported.
"""

from __future__ import annotations

import re

MASK = "••••••"


class Redactor:
    """Replaces known secrets in text, for logs, reports and transcripts."""

    def __init__(self, *secrets: str) -> None:
        self._secrets: list[str] = []
        self._pattern: re.Pattern[str] | None = None
        self.add(*secrets)

    def add(self, *secrets: str) -> None:
        """Also hide these secrets from now on (empty strings are ignored)."""
        known = set(self._secrets) | {s for s in secrets if s}
        self._secrets = sorted(known, key=len, reverse=True)
        # A lookahead finds every occurrence, also those overlapping another.
        self._pattern = (
            re.compile("(?=(" + "|".join(map(re.escape, self._secrets)) + "))")
            if self._secrets else None)

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        # Mask the union of all occurrences: "abcd" and "cdef" in "abcdef"
        # must not leave "ef" behind, as masking one match after another would.
        spans: list[list[int]] = []
        for match in self._pattern.finditer(text):
            start, end = match.start(), match.start() + len(match.group(1))
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        if not spans:
            return text
        pieces, done = [], 0
        for start, end in spans:
            pieces += [text[done:start], MASK]
            done = end
        pieces.append(text[done:])
        return "".join(pieces)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secret(s))"
