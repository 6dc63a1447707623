"""The connector service: voicemail from the spool into the users' mailboxes.

Exactly once, across crashes and reinstalls: before a voicemail the journal
does not know as delivered is appended, the mailbox is searched for its
deterministic Message-ID (an earlier run, or another journal, may have put it
there); then the journal records it as *sending* and syncs to disk; after the
server confirms, as *delivered*.

What one voicemail's files make impossible (an unreadable recording, a text
file that is not Asterisk's) sets that voicemail aside, logged once and
listed in the status; it never holds up anyone's other voicemail. Problems
of the server or the configuration are retried with back-off, and the status
says which kind they are: ``disconnected`` for the network, ``error`` for
what a person has to fix (password, rights, spool folder).
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import ssl
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from app import __version__
from app.config import atomic_write
from app.i18n import _
from app.imapconn import Cancelled, ImapSession, SessionError, Timeouts
from app.model import AuthMethod, Deployment, VoicemailUser
from app.secrets import Redactor
from app.spool import Voicemail, scan, to_email

log = logging.getLogger(__name__)

JOURNAL_NAME = "journal.jsonl"
STATUS_NAME = "status.json"
_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")

#: Service states, as ``status.json`` and ``umconnect status`` show them.
STARTING: Final = "starting"
RUNNING: Final = "running"
DISCONNECTED: Final = "disconnected"
ERROR: Final = "error"
STOPPED: Final = "stopped"

#: The longest wait between retries while something is wrong.
MAX_BACKOFF = 60.0
#: Seconds between status saves while a backlog is being delivered.
STATUS_EVERY = 1.0
#: Names a state folder of ours holds; only such a folder is made private.
_STATE_FILES = (JOURNAL_NAME, STATUS_NAME, "service.pid", "service.lock",
                "service.log")


def prepare_state_dir(folder: Path) -> None:
    """Create *folder* readable by its owner only, and tighten an older one.

    The journal, status and log name logins and callers. An existing folder
    is narrowed only when it is plainly ours (empty, or holding our files), so
    a ``--state-dir`` pointed at a shared folder is never changed.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform == "win32":
        return  # NTFS permissions follow the user's profile folder
    info = folder.stat()
    if not stat.S_IMODE(info.st_mode) & 0o077 or info.st_uid != os.getuid():
        return
    names = {entry.name for entry in folder.iterdir()}
    if names and not names & set(_STATE_FILES):
        log.warning("State folder %s is readable by others; it holds other "
                    "files too, so it is left as it is", folder)
        return
    os.chmod(folder, 0o700)
    log.info("State folder %s made readable by its owner only", folder)


def _private(path: Path) -> None:
    """Make an existing file of ours readable by its owner only."""
    if sys.platform != "win32":
        os.chmod(path, 0o600)


class Journal:
    """Append-only record of each voicemail's delivery state, synced per line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.state: dict[str, dict[str, Any]] = {}
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.exists():
            self._load()
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._stream = open(descriptor, "a", encoding="utf-8")  # noqa: SIM115
        _private(path)
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

    state: str = STARTING
    pid: int = field(default_factory=os.getpid)
    version: str = __version__
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    last_sync: str = ""
    last_error: str = ""
    users: int = 0
    delivered: int = 0
    pending: int = 0
    #: Voicemail that cannot be delivered as its files are: ``file``, ``reason``.
    set_aside: list[dict[str, str]] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """True when the last sync and server check went through."""
        return self.state == RUNNING

    def save(self, folder: Path) -> None:
        """Write the status atomically, for readers in other processes."""
        atomic_write(folder / STATUS_NAME,
                     json.dumps(asdict(self), indent=2).encode(), mode=0o600)

    @classmethod
    def load(cls, folder: Path) -> ServiceStatus | None:
        """The last status the service wrote, if any."""
        try:
            data = json.loads((folder / STATUS_NAME).read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None


class SyncError(SessionError):
    """A sync that did not go through; ``state`` is what the status says."""

    def __init__(self, summary: str, remedy: str, detail: str = "",
                 state: str = DISCONNECTED) -> None:
        super().__init__(summary, remedy, detail)
        self.state = state


class _CommandFailed(Exception):
    """An IMAP command for one voicemail failed; the cause says how.

    Kept apart from the journal's own errors (a full disk), which are not
    the server's.
    """


@dataclass(frozen=True)
class _Aside:
    """A voicemail set aside, and its files' state when it was."""

    file: str
    reason: str
    signature: tuple[object, ...]


class Connector:
    """Keeps the spool's new voicemail delivered; see the module docstring."""

    def __init__(self, dep: Deployment, password: str, state_dir: Path,
                 stop: threading.Event | None = None) -> None:
        self.dep = dep
        self._password = password
        self._redact = Redactor(password)
        self.state_dir = state_dir
        self.stop_event = stop or threading.Event()
        prepare_state_dir(state_dir)
        self.journal = Journal(state_dir / JOURNAL_NAME)
        self.status = ServiceStatus(users=len(dep.users))
        #: Problems scan reported, each logged once while it lasts.
        self._reported: set[tuple[Path, str]] = set()
        #: Voicemail set aside by identity, until its files change.
        self._aside: dict[str, _Aside] = {}
        self._checked_at: float | None = None
        self._saved_at = -math.inf
        self._clock: Callable[[], float] = time.monotonic
        opts = dep.service
        self.timeouts = Timeouts(connect=min(10.0, opts.timeout_seconds),
                                 read=opts.timeout_seconds,
                                 total=max(60.0, 6 * opts.timeout_seconds))
        #: OAuth 2.0 sign-in: access tokens kept in memory, renewed before
        #: they expire (None: the superuser's password).
        self._tokens: Callable[[str], str] | None = None
        if dep.oauth.method is not AuthMethod.PASSWORD:
            from app.oauth import token_source  # noqa: PLC0415 - loads slowly

            self._tokens = token_source(dep, password,
                                        timeout=opts.timeout_seconds)

    def __repr__(self) -> str:
        return f"Connector({self.dep.server.host!r}, users={len(self.dep.users)})"

    def run(self) -> None:
        """Sync until stopped; back off while anything is wrong, never give up."""
        log.info("Connector %s started for %d user(s), spool %s", __version__,
                 len(self.dep.users), self.dep.service.spool)
        self._save()
        poll = self.dep.service.poll_seconds
        backoff = poll
        try:
            while not self.stop_event.is_set():
                try:
                    self.sync_once()
                except SessionError as exc:
                    if self.stop_event.is_set():
                        break
                    state = exc.state if isinstance(exc, SyncError) else DISCONNECTED
                    self._failed(state, f"{exc.summary}: {exc.remedy}")
                except Exception as exc:
                    # A bug or a full disk must not end the service: the status
                    # says so, the log has the traceback, and it tries again.
                    log.exception("Sync failed unexpectedly; retrying")
                    self._failed(ERROR, _("Unexpected problem: {error}").format(
                        error=str(exc) or type(exc).__name__))
                else:
                    backoff = poll
                    self.stop_event.wait(poll)
                    continue
                backoff = min(backoff * 2, MAX_BACKOFF)
                self.stop_event.wait(backoff)
            self.status.state = STOPPED
            self._save()
        finally:
            self.journal.close()
        log.info("Connector stopped")

    def sync_once(self) -> int:
        """Deliver every complete new voicemail once; return how many.

        Raises :class:`SyncError` (after delivering what it could) when the
        spool folder, the server or a user's mailbox failed.
        """
        failures: list[tuple[str, SyncError]] = []
        root = Path(self.dep.service.spool)
        found: list[Voicemail] = []
        bad: list[tuple[Path, str]] = []
        unusable = _spool_problem(root)
        if unusable is None:
            found, bad = scan(root, self.dep.users,
                              settle=self.dep.service.settle_seconds)
            self._report(bad)
        else:
            failures.append(("", unusable))
        self._forget_gone(found)
        todo = [vm for vm in found
                if self.journal.status_of(vm.identity) != "delivered"
                and not self._still_aside(vm)]
        self.status.pending = len(todo)
        self._save(soon=True)
        delivered = 0
        for user, messages in self._sessions(todo):
            if self.stop_event.is_set():
                break
            try:
                delivered += self._deliver(user, messages)
            except Cancelled:
                break
            except SyncError as exc:
                # One user's trouble must not hold up everyone else's voicemail.
                failures.append((user.login, exc))
                log.warning("[%s] delivery failed: %s %s", user.login,
                            exc.summary, exc.detail)
        self._list_aside(bad)
        if failures:
            raise _combined(failures)
        self.status.state = RUNNING
        self.status.last_sync = datetime.now(UTC).isoformat()
        self.status.last_error = ""
        self._save()
        return delivered

    # -- the spool --------------------------------------------------------------

    def _report(self, bad: list[tuple[Path, str]]) -> None:
        """Log each problem scan found once, for as long as it lasts."""
        current = set(bad)
        for path, reason in bad:
            if (path, reason) not in self._reported:
                log.error("Voicemail %s set aside: %s", path, reason)
        self._reported = current

    def _forget_gone(self, found: list[Voicemail]) -> None:
        present = {vm.identity for vm in found}
        self._aside = {k: v for k, v in self._aside.items() if k in present}

    def _still_aside(self, vm: Voicemail) -> bool:
        aside = self._aside.get(vm.identity)
        if aside is None:
            return False
        if aside.signature == _signature(vm):
            return True
        log.info("Voicemail %s changed since it was set aside; trying again",
                 vm.txt_path)
        del self._aside[vm.identity]
        return False

    def _set_aside(self, vm: Voicemail, exc: Exception) -> None:
        expected = isinstance(exc, OSError | ValueError | ArithmeticError |
                              LookupError)
        reason = str(exc) or type(exc).__name__
        log.error("Voicemail %s set aside, it cannot be made into an email: %s",
                  vm.txt_path, reason, exc_info=not expected)
        self._aside[vm.identity] = _Aside(str(vm.txt_path), reason, _signature(vm))

    def _list_aside(self, bad: list[tuple[Path, str]]) -> None:
        entries = [(str(path), reason) for path, reason in bad]
        entries += [(a.file, a.reason) for a in self._aside.values()]
        self.status.set_aside = [{"file": f, "reason": self._redact(r)}
                                 for f, r in sorted(entries)]

    # -- the server -------------------------------------------------------------

    def _sessions(self, todo: list[Voicemail],
                  ) -> Iterator[tuple[VoicemailUser, list[Voicemail]]]:
        """Each user with voicemail to deliver; the first user when a check is due.

        Logging in as the first user and opening the inbox proves the server,
        the password and the superuser's rights even while nobody gets
        voicemail, so a misconfiguration shows before the first call.
        """
        every = max(self.dep.service.check_seconds, 0.0)
        due = (self._checked_at is None
               or self._clock() - self._checked_at >= every)
        for index, user in enumerate(self.dep.users):
            mine = [vm for vm in todo
                    if (vm.context, vm.mailbox) == (user.context, user.mailbox)]
            if mine or (index == 0 and due):
                yield user, mine

    def _deliver(self, user: VoicemailUser, messages: list[Voicemail]) -> int:
        """Deliver *messages* to *user*, in as many sessions as time limits need."""
        count = 0
        refused: list[str] = []
        waiting = list(messages)
        while True:
            with ImapSession(self.dep.server, self.timeouts,
                             self.stop_event) as session:
                client = self._open(session, user)
                if not waiting:
                    break
                # Leave each session well before its guard would cut it off.
                done = 0
                while waiting and (not done or session.guard.remaining()
                                   > 2 * self.timeouts.read):
                    if self.stop_event.is_set():
                        return count
                    vm = waiting.pop(0)
                    done += 1
                    try:
                        count += self._deliver_one(client, user, vm)
                    except _CommandFailed as failed:
                        cause = failed.__cause__
                        if (not isinstance(cause, IMAPClientError)
                                or isinstance(cause, IMAPClientAbortError)):
                            raise _network(session, cause) from cause
                        # The server said no to this one message (size, quota):
                        # try it again next time, deliver the others now.
                        refused.append(str(cause))
                        log.warning("[%s] server refused voicemail %s: %s",
                                    user.login, vm.txt_path, cause)
            if not waiting:
                break
        if refused:
            raise SyncError(_("The server refused {n} voicemail(s)").format(
                n=len(refused)), _(
                "Check the mailbox's quota and the server's size limit; the "
                "service tries again."), "\n".join(refused), state=ERROR)
        return count

    def _open(self, session: ImapSession, user: VoicemailUser) -> IMAPClient:
        """A session logged in to *user*'s INBOX; failures say what they mean."""
        try:
            client = session.open(self.dep.superuser, self._password, user.login,
                                  tokens=self._tokens)
            client.select_folder("INBOX")
        except Cancelled:
            raise
        except SessionError as exc:
            network = (not session.peer or session.guard.fired == "deadline"
                       or _from_network(exc))
            raise SyncError(exc.summary, exc.remedy, exc.detail,
                            DISCONNECTED if network else ERROR) from exc
        except (OSError, IMAPClientAbortError) as exc:
            raise _network(session, exc) from exc
        except IMAPClientError as exc:
            raise SyncError(_("Cannot open {user}'s inbox").format(user=user.login),
                            _("Check that the mailbox exists and that the "
                              "superuser may open it."), str(exc),
                            ERROR) from exc
        if self.dep.users and user.login == self.dep.users[0].login:
            self._checked_at = self._clock()
        return client

    def _deliver_one(self, client: Any, user: VoicemailUser, vm: Voicemail) -> int:
        try:
            data = to_email(vm, user, self.dep.server.host)
            when = vm.received
        except Exception as exc:
            # This voicemail's files, not the server: set it aside, go on.
            self._set_aside(vm, exc)
            self._progress()
            return 0
        # Not known as delivered here; an earlier run or another journal (a
        # reinstall, another state folder) may have put it in the mailbox.
        try:
            found = client.search(["HEADER", "Message-ID", vm.message_id])
        except (OSError, IMAPClientError) as exc:
            raise _CommandFailed from exc
        if found:
            log.info("[%s] %s was already in the mailbox (UID %s)",
                     user.login, vm.identity, found[0])
            self.journal.record(vm.identity, "delivered", uid=found[0],
                                user=user.login)
            self._progress()
            return 0
        self.journal.record(vm.identity, "sending", message_id=vm.message_id,
                            user=user.login)
        try:
            response = client.append("INBOX", data, msg_time=when)
        except (OSError, IMAPClientError) as exc:
            raise _CommandFailed from exc
        match = _APPENDUID.search(response or b"")
        uid = int(match.group(1)) if match else None
        self.journal.record(vm.identity, "delivered", uid=uid, user=user.login)
        self.status.delivered += 1
        log.info("[%s] voicemail %s from %s delivered (%d bytes, UID %s)",
                 user.login, vm.identity, vm.fields.get("callerid", "?"),
                 len(data), uid)
        self._progress()
        return 1

    # -- the status -------------------------------------------------------------

    def _progress(self) -> None:
        self.status.pending = max(0, self.status.pending - 1)
        self._save(soon=True)

    def _save(self, soon: bool = False) -> None:
        """Write the status (with *soon*, at most once every STATUS_EVERY s).

        A status that cannot be written is logged; delivery goes on.
        """
        now = self._clock()
        if soon and now - self._saved_at < STATUS_EVERY:
            return
        self._saved_at = now
        try:
            self.status.save(self.state_dir)
        except OSError as exc:
            log.warning("Status %s cannot be written: %s",
                        self.state_dir / STATUS_NAME, exc)

    def _failed(self, state: str, message: str) -> None:
        message = self._redact(message)
        log.warning("Sync failed, will retry: %s", message)
        self.status.state = state
        self.status.last_error = message
        self._save()


def _spool_problem(root: Path) -> SyncError | None:
    """Why the spool folder *root* cannot be read, if it cannot."""
    try:
        if root.is_dir():
            return None
        summary = (_("The voicemail spool {path} is not a folder") if root.exists()
                   else _("The voicemail spool {path} does not exist")
                   ).format(path=root)
    except OSError as exc:
        summary = _("The voicemail spool {path} cannot be read ({error})").format(
            path=root, error=exc.strerror or exc)
    return SyncError(summary, _(
        "Check the spool setting in the configuration, and that the PBX "
        "stores voicemail there; the service keeps looking."), state=ERROR)


def _signature(vm: Voicemail) -> tuple[object, ...]:
    """What changes when a voicemail's files are replaced or repaired."""
    parts: list[object] = []
    for path in (vm.txt_path, vm.audio_path):
        try:
            info = path.stat()
            parts.append((info.st_ino, info.st_mtime_ns, info.st_size,
                          stat.S_IFMT(info.st_mode)))
        except OSError as exc:
            parts.append(exc.errno)
    return tuple(parts)


def _from_network(exc: BaseException) -> bool:
    """True when *exc* came from the connection rather than the server's answer."""
    for linked in (exc.__cause__, exc.__context__):
        if isinstance(linked, IMAPClientAbortError):
            return True
        if isinstance(linked, OSError) and not isinstance(linked, ssl.SSLError):
            return True
    return False


def _network(session: ImapSession, exc: BaseException | None) -> SyncError:
    if session.guard.fired == "deadline":
        return SyncError(_("Gave up: the server is too slow"), _(
            "The exchange took longer than the time limit; the service tries "
            "again."), str(exc))
    return SyncError(_("The connection to the server was interrupted"), _(
        "The service tries again; if this keeps happening, check the network "
        "and the server's log."), str(exc))


def _combined(failures: list[tuple[str, SyncError]]) -> SyncError:
    """One error for the status: every failure named, the worst state."""
    summary = "; ".join(f"[{who}] {exc.summary}" if who else exc.summary
                        for who, exc in failures)
    remedy = (failures[0][1].remedy if len(failures) == 1
              else _("Retrying with back-off."))
    detail = "\n".join(exc.detail for _who, exc in failures if exc.detail)
    state = ERROR if any(exc.state == ERROR for _who, exc in failures) \
        else DISCONNECTED
    return SyncError(summary, remedy, detail, state)


def wait_for_status(state_dir: Path, predicate: Any, timeout: float) -> bool:
    """Poll the status file until *predicate(status)* holds or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = ServiceStatus.load(state_dir)
        if status is not None and predicate(status):
            return True
        time.sleep(0.05)
    return False
