"""A bounded pool of open mailboxes, one per user at a time.

Opening a mailbox costs a TCP and TLS handshake and a login (tens of
milliseconds on a LAN, far more to a hosted server); checking one already
open costs a round trip. The pool keeps up to ``size`` mailboxes open, lends
each to one thread at a time, closes the least recently used when it needs
room, and drops any that failed: the next borrower of that user gets a fresh
one. Borrowers wait while all ``size`` are lent out, so the service never
holds more connections than configured.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Protocol

from app.mailbox import Mailbox
from app.model import VoicemailUser

log = logging.getLogger(__name__)


class Pooled(Mailbox, Protocol):
    """A mailbox the pool can keep: it says whether it is still usable."""

    def renew(self) -> bool:
        """Ready for another round (False: close it and open a new one)."""

    def watch(self, changed: Callable[[str], None]) -> None:
        """While idle in the pool, report changes by others (if it can)."""


class MailboxPool:
    """At most *size* open mailboxes, lent out one user at a time."""

    def __init__(self, opener: Callable[[VoicemailUser], Pooled], size: int,
                 changed: Callable[[str], None] | None = None) -> None:
        self._opener = opener
        self._changed = changed
        self.size = max(1, size)
        self._idle: OrderedDict[str, Pooled] = OrderedDict()
        self._lent = 0
        self._cond = threading.Condition()
        self._closed = False
        self.opened = 0

    def __repr__(self) -> str:
        return f"MailboxPool(size={self.size}, open={self.open_count})"

    @property
    def open_count(self) -> int:
        """Connections held now, lent or idle."""
        with self._cond:
            return self._lent + len(self._idle)

    @contextmanager
    def mailbox(self, user: VoicemailUser) -> Iterator[Pooled]:
        """Lend *user*'s mailbox; an exception in the block discards it."""
        box = self._take(user)
        try:
            yield box
        except BaseException:
            self._discard(box)
            raise
        # Watching starts before another borrower can take it (and stop it).
        if self._changed is not None and not self._closed:
            box.watch(self._changed)
        with self._cond:
            self._lent -= 1
            closed = self._closed
            if not closed:
                self._idle[user.login] = box
                self._idle.move_to_end(user.login)
            self._cond.notify()
        if closed:
            _close(box)

    def _take(self, user: VoicemailUser) -> Pooled:
        evicted: list[Pooled] = []
        with self._cond:
            kept = self._idle.pop(user.login, None)
            if kept is None:
                while self._lent + len(self._idle) >= self.size:
                    if self._idle:
                        evicted.append(self._idle.popitem(last=False)[1])
                    else:
                        self._cond.wait()
            self._lent += 1
        for box in evicted:
            _close(box)
        if kept is not None:
            if kept.renew():
                return kept
            _close(kept)
        try:
            box = self._opener(user)
        except BaseException:
            with self._cond:
                self._lent -= 1
                self._cond.notify()
            raise
        with self._cond:
            self.opened += 1
        return box

    def _discard(self, box: Pooled) -> None:
        _close(box)
        with self._cond:
            self._lent -= 1
            self._cond.notify()

    def close(self) -> None:
        """Close every idle mailbox (lent ones close when they come back)."""
        with self._cond:
            self._closed = True
            idle = list(self._idle.values())
            self._idle.clear()
        # Side by side: each may wait for its IDLE to end and for a logout.
        with ThreadPoolExecutor(min(16, len(idle) or 1),
                                thread_name_prefix="pool-close") as closers:
            list(closers.map(_close, idle))


def _close(box: Mailbox) -> None:
    try:
        box.close()
    except Exception:
        log.debug("Closing %r failed", box, exc_info=True)
