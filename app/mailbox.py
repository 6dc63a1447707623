"""A user's mailbox as the sync engine sees it, and its IMAP back end.

The engine (``app.connector``) needs a few things of a mailbox, listed in
:class:`Mailbox`; any back end that offers them plugs in (the IMAP one here;
an Exchange Web Services one can follow the same shape): give
``Connector(…, opener=…)`` a function that opens one user's mailbox, adding
``renew`` and ``watch`` (``app.pool.Pooled``) so the pool can keep it.
Message numbers are the back end's own stable identifiers (IMAP UIDs), valid
as long as the mailbox's ``validity`` stays the same.

Errors: a back end raises :class:`CommandFailed` when one command failed;
``network`` says whether the connection broke (retry everything later) or the
server refused this one request (quota, size: the other messages go on).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from app.i18n import _
from app.imapconn import ImapSession, Timeouts
from app.model import Deployment, VoicemailUser

log = logging.getLogger(__name__)

_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")
#: Mail folder names that mean "deleted" to mail clients; used when the
#: configured trash folder does not exist.
_TRASH_USES = (b"\\Trash",)
#: UIDs per FETCH command (a line of about 10 kB).
_FETCH_CHUNK = 1000
#: Message-IDs per SEARCH command (a line of about 5 kB).
_SEARCH_CHUNK = 80
#: How often a watcher in IDLE looks whether it must give the connection back.
WATCH_TICK = 0.1
#: Untagged responses during IDLE that mean the inbox changed.
_NEWS = (b"EXISTS", b"EXPUNGE", b"FETCH")


class CommandFailed(Exception):
    """One mailbox command failed; ``network`` if the connection is gone."""

    def __init__(self, message: str, *, network: bool) -> None:
        super().__init__(message)
        self.network = network


@dataclass(frozen=True)
class Cursor:
    """Where a mailbox stood: its validity and its modification sequence."""

    validity: int
    modseq: int


class Mailbox(Protocol):
    """One user's inbox, opened by the superuser, as the engine needs it."""

    user: VoicemailUser

    def find(self, message_id: str) -> int | None:
        """The message carrying this Message-ID, if the inbox holds one."""

    def find_many(self, message_ids: list[str]) -> dict[str, int]:
        """Of *message_ids*, those the inbox holds, each with its number."""

    def append(self, data: bytes, when: datetime, *, seen: bool,
               flagged: bool) -> int | None:
        """Store *data* in the inbox; its number if the server says."""

    def cursor(self) -> Cursor:
        """Look again and say where the inbox stands now."""

    def seen_flags(self, numbers: list[int], since: int = 0,
                   ) -> tuple[set[int], dict[int, bool]]:
        """Of *numbers*: those still in the inbox, and the read state of those
        changed after modification sequence *since* (0: of all of them)."""

    def set_seen(self, numbers: list[int], seen: bool) -> None:
        """Mark messages read or unread."""

    def delete(self, numbers: list[int], policy: str, trash: str) -> None:
        """Remove messages by *policy*: ``expunge`` or ``trash`` (move there)."""

    def close(self) -> None:
        """Log out and let the connection go."""


def uid_set(numbers: list[int]) -> str:
    """*numbers* as a compact IMAP sequence set: ``1:3,7,9:12``."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ",".join(f"{a}:{b}" if a != b else str(a) for a, b in runs)


class ImapMailbox:
    """:class:`Mailbox` over one IMAP session (imapclient, CONDSTORE, MOVE)."""

    def __init__(self, dep: Deployment, password: str, user: VoicemailUser,
                 timeouts: Timeouts, session: ImapSession, *,
                 tokens: Callable[[str], str] | None = None) -> None:
        self.user = user
        self.timeouts = timeouts
        self.session = session
        self.client: IMAPClient = session.open(dep.superuser, password, user.login,
                                               tokens=tokens)
        caps = set(self.client.capabilities())
        self._condstore = b"CONDSTORE" in caps
        self._move = b"MOVE" in caps
        self._uidplus = b"UIDPLUS" in caps
        if self._condstore and b"ENABLE" in caps:
            # Without it a server need not report HIGHESTMODSEQ; the cursor's
            # sequence is then 0 and the engine reads the flags every time.
            self._run(self.client.enable, "CONDSTORE")
        self._idle = b"IDLE" in caps
        self._selected = self._run(self.client.select_folder, "INBOX")
        self.used_at = time.monotonic()
        self._watcher: threading.Thread | None = None
        self._stop_watching = threading.Event()
        self._broken = False

    def __repr__(self) -> str:
        return f"ImapMailbox({self.user.login!r})"

    def _run(self, command: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one imapclient command; failures become CommandFailed.

        Each command gets the session's whole time limit afresh, so a long
        backlog on one connection is bounded per command, not cut off midway.
        """
        guard = self.session.guard
        if guard.fired:
            raise CommandFailed(_("the connection was closed ({why})").format(
                why=guard.fired), network=True)
        guard.deadline = time.monotonic() + self.timeouts.total
        try:
            return command(*args, **kwargs)
        except IMAPClientAbortError as exc:
            raise CommandFailed(str(exc), network=True) from exc
        except IMAPClientError as exc:
            raise CommandFailed(str(exc), network=False) from exc
        except OSError as exc:
            raise CommandFailed(str(exc) or type(exc).__name__,
                                network=True) from exc

    def renew(self) -> bool:
        """Ready for another round (watch ended, still connected)?"""
        self.unwatch()
        if self._broken or self.session.guard.fired:
            return False
        try:
            self._run(self.client.noop)
        except CommandFailed:
            return False
        self.used_at = time.monotonic()
        return True

    def watch(self, changed: Callable[[str], None]) -> None:
        """While lent to nobody, wait in IDLE; call *changed(login)* on news.

        A mail client's flag change, a new or an expunged message makes the
        server speak during IDLE (RFC 2177); the engine then looks at this
        mailbox at its next poll instead of waiting for its turn.
        """
        if not self._idle or self._watcher is not None or self._broken:
            return
        self._stop_watching.clear()
        self._watcher = threading.Thread(target=self._watch, args=(changed,),
                                         name=f"idle-{self.user.login}",
                                         daemon=True)
        self._watcher.start()

    def unwatch(self) -> None:
        """End IDLE and take the connection back (at most one tick's wait)."""
        if self._watcher is None:
            return
        self._stop_watching.set()
        self._watcher.join()
        self._watcher = None

    def _watch(self, changed: Callable[[str], None]) -> None:
        try:
            while not self._stop_watching.is_set():
                self._run(self.client.idle)
                # Servers end IDLE after about 30 minutes; ours ends well before
                # the session's own time limit and starts again.
                until = time.monotonic() + self.timeouts.total / 2
                while (not self._stop_watching.is_set()
                       and time.monotonic() < until):
                    news = self._run(self.client.idle_check, timeout=WATCH_TICK)
                    if any(len(r) > 1 and r[1] in _NEWS for r in news):
                        changed(self.user.login)
                self._run(self.client.idle_done)
        except CommandFailed as exc:
            log.debug("[%s] IDLE ended: %s", self.user.login, exc)
            self._broken = True

    def find(self, message_id: str) -> int | None:
        """The UID of the message with this Message-ID, if any."""
        found = self._run(self.client.search, ["HEADER", "Message-ID", message_id])
        return int(found[0]) if found else None

    def find_many(self, message_ids: list[str]) -> dict[str, int]:
        """One UID SEARCH (OR … HEADER Message-ID …) per chunk, then the headers.

        A header search reads every message of the mailbox; once per session
        instead of once per voicemail keeps a backlog from costing the square
        of its length.
        """
        found: dict[str, int] = {}
        for start in range(0, len(message_ids), _SEARCH_CHUNK):
            chunk = message_ids[start:start + _SEARCH_CHUNK]
            criteria: list[str] = ["OR"] * (len(chunk) - 1)
            for message_id in chunk:
                criteria += ["HEADER", "Message-ID", message_id]
            uids = self._run(self.client.search, criteria)
            if not uids:
                continue
            wanted = set(chunk)
            part = "BODY[HEADER.FIELDS (MESSAGE-ID)]"
            fetched = self._run(self.client.fetch, uids,
                                [part.replace("BODY", "BODY.PEEK", 1)])
            for uid, data in fetched.items():
                header = data.get(part.encode(), b"").decode("ascii", "replace")
                value = header.partition(":")[2].strip()
                if value in wanted:
                    found.setdefault(value, int(uid))
        return found

    def append(self, data: bytes, when: datetime, *, seen: bool,
               flagged: bool) -> int | None:
        """APPEND to INBOX; the UID from APPENDUID when the server gives it."""
        flags = [b"\\Seen"] * seen + [b"\\Flagged"] * flagged
        response = self._run(self.client.append, "INBOX", data, flags=flags,
                             msg_time=when)
        match = _APPENDUID.search(response or b"")
        return int(match.group(1)) if match else None

    def cursor(self) -> Cursor:
        """SELECT INBOX again: UIDVALIDITY and HIGHESTMODSEQ (0 without CONDSTORE)."""
        info = self._run(self.client.select_folder, "INBOX")
        return Cursor(int(info.get(b"UIDVALIDITY", 0)),
                      int(info.get(b"HIGHESTMODSEQ", 0)))

    def seen_flags(self, numbers: list[int], since: int = 0,
                   ) -> tuple[set[int], dict[int, bool]]:
        """UID SEARCH for what is left, UID FETCH FLAGS (CHANGEDSINCE) for changes.

        Without *since* (or CONDSTORE) one FETCH of every message answers
        both: an expunged message is simply not in the reply.
        """
        if not numbers:
            return set(), {}
        wanted = sorted(set(numbers))
        modifiers = [f"CHANGEDSINCE {since}"] if since and self._condstore else None
        fetched: dict[int, dict[bytes, Any]] = {}
        # imapclient lists every UID; chunks keep each command line short.
        for start in range(0, len(wanted), _FETCH_CHUNK):
            fetched.update(self._run(self.client.fetch,
                                     wanted[start:start + _FETCH_CHUNK], ["FLAGS"],
                                     modifiers=modifiers))
        if modifiers:
            present = {int(u) for u in self._run(self.client.search,
                                                 ["UID", uid_set(wanted)])}
        else:
            present = {int(uid) for uid, data in fetched.items() if b"FLAGS" in data}
        changed = {int(uid): b"\\Seen" in data.get(b"FLAGS", ())
                   for uid, data in fetched.items()
                   if b"FLAGS" in data and int(uid) in present}
        return present, changed

    def set_seen(self, numbers: list[int], seen: bool) -> None:
        """UID STORE +FLAGS / -FLAGS (\\Seen)."""
        if numbers:
            command = self.client.add_flags if seen else self.client.remove_flags
            self._run(command, numbers, [b"\\Seen"], silent=True)

    def delete(self, numbers: list[int], policy: str, trash: str) -> None:
        """Expunge *numbers*, or move them to *trash* (made if missing)."""
        if not numbers or policy == "keep":
            return
        if policy == "trash":
            folder = self._trash_folder(trash)
            if self._move:
                self._run(self.client.move, numbers, folder)
                return
            self._run(self.client.copy, numbers, folder)
        self._run(self.client.add_flags, numbers, [b"\\Deleted"], silent=True)
        if self._uidplus:
            self._run(self.client.uid_expunge, numbers)
        else:
            # FIXME: without UIDPLUS a plain EXPUNGE also removes messages a
            # mail client marked deleted but did not expunge yet.
            self._run(self.client.expunge)

    def _trash_folder(self, wanted: str) -> str:
        """*wanted* if it exists, else the folder marked \\Trash, else create it."""
        folders = self._run(self.client.list_folders)
        names = {name for _flags, _sep, name in folders}
        if wanted in names:
            return wanted
        for flags, _sep, name in folders:
            if any(use in flags for use in _TRASH_USES):
                return str(name)
        self._run(self.client.create_folder, wanted)
        log.info("[%s] created the folder %s for deleted voicemail",
                 self.user.login, wanted)
        return wanted

    def close(self) -> None:
        """Log out (bounded by the session's own limits)."""
        self.unwatch()
        self.session.close()
