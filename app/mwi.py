"""Each user's message-waiting state, for the UM system's lamps and prompts.

The service writes ``mwi.json`` in its state folder, atomically, after every
sync of a user that went through (voicemail delivered, and heard / read /
deleted mirrored both ways). A user whose sync failed (the mail server is
down, say) keeps the entry it had: the file never shows a half-known state.
The format, one object keyed by the user's mail login::

    {"alice": {"context": "default", "mailbox": "1001",
               "new": 2, "urgent": 1, "old": 5, "waiting": true,
               "updated": "2026-12-04T18:00:00+00:00"}}

``new`` counts unheard voicemail (the INBOX and Urgent folders, ``urgent``
those in Urgent), ``old`` the heard ones in every other folder, and
``waiting`` is what a message-waiting lamp shows.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.config import atomic_write
from app.model import VoicemailUser
from app.spool import Voicemail

log = logging.getLogger(__name__)

MWI_NAME = "mwi.json"


def counts(voicemail: Iterable[Voicemail]) -> dict[str, int]:
    """New, urgent and old voicemail among *voicemail* (one user's box)."""
    new = urgent = old = 0
    for vm in voicemail:
        if vm.heard:
            old += 1
        else:
            new += 1
            urgent += vm.folder == "Urgent"
    return {"new": new, "urgent": urgent, "old": old}


def load(state_dir: Path) -> dict[str, dict[str, Any]]:
    """The message-waiting file as it stands ({} if missing or unreadable)."""
    try:
        data = json.loads((state_dir / MWI_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class MessageWaiting:
    """The message-waiting file, updated per user; safe across threads."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / MWI_NAME
        self._lock = threading.Lock()
        self._users = load(state_dir)
        self._dirty = False

    def __repr__(self) -> str:
        return f"MessageWaiting({self.path}, users={len(self._users)})"

    def update(self, user: VoicemailUser, voicemail: Iterable[Voicemail]) -> None:
        """Record *user*'s box as *voicemail* now holds it (saved by :meth:`save`)."""
        numbers = counts(voicemail)
        with self._lock:
            known = self._users.get(user.login, {})
            same = all(known.get(k) == v for k, v in numbers.items())
            if same and known.get("mailbox") == user.mailbox:
                return
            self._users[user.login] = {
                "context": user.context, "mailbox": user.mailbox, **numbers,
                "waiting": numbers["new"] > 0,
                "updated": datetime.now(UTC).isoformat()}
            self._dirty = True
        if known.get("new") != numbers["new"]:
            log.info("[%s] message waiting: %d new, %d old", user.login,
                     numbers["new"], numbers["old"])

    def save(self) -> None:
        """Write the file if anything changed since the last save."""
        with self._lock:
            if not self._dirty:
                return
            data = json.dumps(self._users, indent=1, sort_keys=True).encode()
            self._dirty = False
        try:
            atomic_write(self.path, data, mode=0o600)
        except OSError as exc:
            log.warning("Message-waiting file %s cannot be written: %s",
                        self.path, exc)
            with self._lock:
                self._dirty = True
