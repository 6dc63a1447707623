"""The connector service: voicemail from the spool into the users' mailboxes.

Exactly once, across crashes: before a voicemail is appended, the journal
records it as *sending* (with its Message-ID) and syncs to disk; after the
server confirms, as *delivered*. A voicemail found *sending* at start may or
may not have reached the mailbox, so the mailbox is searched for its
Message-ID before anything is sent again.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imapclient.exceptions import IMAPClientError

from app import __version__
from app.config import atomic_write
from app.i18n import _
from app.imapconn import ImapSession, SessionError, Timeouts
from app.model import Deployment, VoicemailUser
from app.spool import Voicemail, scan, to_email

log = logging.getLogger(__name__)

JOURNAL_NAME = "journal.jsonl"
STATUS_NAME = "status.json"
_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


class Journal:
    """Append-only record of each voicemail's delivery state, synced per line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.state: dict[str, dict[str, Any]] = {}
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            self._load()
        self._stream = path.open("a", encoding="utf-8")
        if self._stream.tell() and not _ends_with_newline(path):
            # Start on a line of our own, not on the end of one a crash cut.
            self._stream.write("\n")

    def _load(self) -> None:
        with self.path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                try:
                    entry = json.loads(line)
                    self.state[entry["id"]] = entry
                except (ValueError, KeyError, TypeError):
                    # A crash can cut the last line short; earlier lines are whole.
                    log.warning("Journal %s line %d is incomplete; ignored",
                                self.path, number)

    def record(self, identity: str, state: str, **extra: Any) -> None:
        """Make *state* of *identity* durable before returning."""
        entry = {"id": identity, "state": state,
                 "at": datetime.now(UTC).isoformat(), **extra}
        self._stream.write(json.dumps(entry) + "\n")
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self.state[identity] = entry

    def status_of(self, identity: str) -> str:
        """``delivered``, ``sending`` or ``new``."""
        entry = self.state.get(identity)
        return str(entry["state"]) if entry else "new"

    def close(self) -> None:
        """Close the file (the state stays readable)."""
        self._stream.close()


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as stream:
        stream.seek(-1, os.SEEK_END)
        return stream.read(1) == b"\n"


@dataclass
class ServiceStatus:
    """What the service tells the wizard and ``umconnect status``."""

    state: str = "starting"
    pid: int = field(default_factory=os.getpid)
    version: str = __version__
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    last_sync: str = ""
    last_error: str = ""
    users: int = 0
    delivered: int = 0
    pending: int = 0

    def save(self, folder: Path) -> None:
        """Write the status atomically, for readers in other processes."""
        atomic_write(folder / STATUS_NAME,
                     json.dumps(asdict(self), indent=2).encode(), mode=0o644)

    @classmethod
    def load(cls, folder: Path) -> ServiceStatus | None:
        """The last status the service wrote, if any."""
        try:
            data = json.loads((folder / STATUS_NAME).read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None


class Connector:
    """Keeps the spool's new voicemail delivered; see the module docstring."""

    def __init__(self, dep: Deployment, password: str, state_dir: Path,
                 stop: threading.Event | None = None) -> None:
        self.dep = dep
        self._password = password
        self.state_dir = state_dir
        self.stop_event = stop or threading.Event()
        self.journal = Journal(state_dir / JOURNAL_NAME)
        self.status = ServiceStatus(users=len(dep.users))
        self._reported_bad: set[Path] = set()
        opts = dep.service
        self.timeouts = Timeouts(connect=min(10.0, opts.timeout_seconds),
                                 read=opts.timeout_seconds,
                                 total=max(60.0, 6 * opts.timeout_seconds))

    def __repr__(self) -> str:
        return f"Connector({self.dep.server.host!r}, users={len(self.dep.users)})"

    def run(self) -> None:
        """Sync until stopped, backing off while the server is unreachable."""
        log.info("Connector %s started for %d user(s), spool %s", __version__,
                 len(self.dep.users), self.dep.service.spool)
        self.status.save(self.state_dir)
        backoff = self.dep.service.poll_seconds
        while not self.stop_event.is_set():
            try:
                self.sync_once()
            except SessionError as exc:
                self._failed(f"{exc.summary}: {exc.remedy}")
                backoff = min(backoff * 2, 60.0)
                self.stop_event.wait(backoff)
                continue
            backoff = self.dep.service.poll_seconds
            self.stop_event.wait(self.dep.service.poll_seconds)
        self.status.state = "stopped"
        self.status.save(self.state_dir)
        self.journal.close()
        log.info("Connector stopped")

    def sync_once(self) -> int:
        """Deliver every complete new voicemail once; return how many."""
        found, bad = scan(Path(self.dep.service.spool), self.dep.users,
                          settle=self.dep.service.settle_seconds)
        for path, reason in bad:
            if path not in self._reported_bad:
                self._reported_bad.add(path)
                log.error("Voicemail %s set aside, it cannot be read: %s",
                          path, reason)
        todo = [vm for vm in found
                if self.journal.status_of(vm.identity) != "delivered"]
        self.status.pending = len(todo)
        delivered = 0
        failures: list[str] = []
        for user, messages in _by_user(self.dep.users, todo):
            if self.stop_event.is_set():
                break
            try:
                delivered += self._deliver(user, messages)
            except SessionError as exc:
                # One user's trouble must not hold up everyone else's voicemail.
                failures.append(f"[{user.login}] {exc.summary}")
                log.warning("[%s] delivery failed: %s %s", user.login,
                            exc.summary, exc.detail)
        if failures:
            raise SessionError("; ".join(failures), _("Retrying with back-off."))
        self.status.state = "running"
        self.status.last_sync = datetime.now(UTC).isoformat()
        self.status.last_error = ""
        self.status.pending = max(0, self.status.pending - delivered)
        self.status.save(self.state_dir)
        return delivered

    def _deliver(self, user: VoicemailUser, messages: list[Voicemail]) -> int:
        count = 0
        with ImapSession(self.dep.server, self.timeouts, self.stop_event) as session:
            client = session.open(self.dep.superuser, self._password, user.login)
            try:
                client.select_folder("INBOX")
                for vm in messages:
                    if self.stop_event.is_set():
                        break
                    count += self._deliver_one(client, user, vm)
            except (OSError, IMAPClientError) as exc:
                raise SessionError(str(exc), "delivery interrupted") from exc
        return count

    def _deliver_one(self, client: Any, user: VoicemailUser, vm: Voicemail) -> int:
        if self.journal.status_of(vm.identity) == "sending":
            found = client.search(["HEADER", "Message-ID", vm.message_id])
            if found:
                log.info("[%s] %s was already in the mailbox (UID %s)",
                         user.login, vm.identity, found[0])
                self.journal.record(vm.identity, "delivered", uid=found[0],
                                    user=user.login)
                return 0
        data = to_email(vm, user, self.dep.server.host)
        self.journal.record(vm.identity, "sending", message_id=vm.message_id,
                            user=user.login)
        response = client.append("INBOX", data, msg_time=vm.received)
        match = _APPENDUID.search(response or b"")
        uid = int(match.group(1)) if match else None
        self.journal.record(vm.identity, "delivered", uid=uid, user=user.login)
        self.status.delivered += 1
        log.info("[%s] voicemail %s from %s delivered (%d bytes, UID %s)",
                 user.login, vm.identity, vm.fields.get("callerid", "?"),
                 len(data), uid)
        return 1

    def _failed(self, message: str) -> None:
        log.warning("Sync failed, will retry: %s", message)
        self.status.state = "disconnected"
        self.status.last_error = message
        self.status.save(self.state_dir)


def _by_user(users: list[VoicemailUser],
             todo: list[Voicemail]) -> Iterator[tuple[VoicemailUser, list[Voicemail]]]:
    for user in users:
        mine = [vm for vm in todo
                if (vm.context, vm.mailbox) == (user.context, user.mailbox)]
        if mine:
            yield user, mine


def wait_for_status(state_dir: Path, predicate: Any, timeout: float) -> bool:
    """Poll the status file until *predicate(status)* holds or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = ServiceStatus.load(state_dir)
        if status is not None and predicate(status):
            return True
        time.sleep(0.05)
    return False
