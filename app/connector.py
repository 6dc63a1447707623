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
import ssl
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from imapclient.exceptions import IMAPClientAbortError

from app import __version__
from app.config import atomic_write
from app.i18n import _
from app.imapconn import Cancelled, ImapSession, SessionError, Timeouts
from app.mailbox import CommandFailed, Cursor, ImapMailbox, Mailbox
from app.model import AuthMethod, Deployment, VoicemailUser
from app.mwi import MWI_NAME, MessageWaiting
from app.pool import MailboxPool, Pooled
from app.redact import Redactor
from app.spool import (
    HEARD_FOLDER,
    Voicemail,
    message_id_for,
    move_voicemail,
    remove_voicemail,
    scan_all,
    to_email,
)

log = logging.getLogger(__name__)

JOURNAL_NAME = "journal.jsonl"
STATUS_NAME = "status.json"
#: Voicemail and files set aside, kept across restarts.
ASIDE_NAME = "aside.json"
#: Each user's mailbox cursor (validity, modification sequence).
CURSORS_NAME = "cursors.json"

#: Service states, as ``status.json`` and ``umconnect status`` show them.
STARTING: Final = "starting"
RUNNING: Final = "running"
DISCONNECTED: Final = "disconnected"
ERROR: Final = "error"
STOPPED: Final = "stopped"

#: Seconds between status saves while a backlog is being delivered.
STATUS_EVERY = 1.0
#: Names a state folder of ours holds; only such a folder is made private.
_STATE_FILES = (JOURNAL_NAME, STATUS_NAME, ASIDE_NAME, MWI_NAME, CURSORS_NAME,
                "service.pid", "service.lock", "service.log")


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
    """Append-only record of each voicemail's delivery state, synced per line.

    Each line is one JSON object with the voicemail's ``id`` and ``state``
    (``sending``, ``delivered``, ``removed``) and, once delivered, the
    ``user``, the message's ``uid`` and the read state both sides last
    agreed on (``seen``). The last line of an id wins. Safe to use from
    several threads.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.state: dict[str, dict[str, Any]] = {}
        #: Delivered voicemail per user login: identity -> entry.
        self._by_user: dict[str, dict[str, dict[str, Any]]] = {}
        self._lock = threading.Lock()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        lines = self._load() if path.exists() else 0
        if lines > 2 * len(self.state) + 1000:
            self._compact()
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._stream = open(descriptor, "a", encoding="utf-8")  # noqa: SIM115
        _private(path)
        if self._stream.tell() and not _ends_with_newline(path):
            # Start on a line of our own, not on the end of one a crash cut.
            self._stream.write("\n")

    def _load(self) -> int:
        number = 0
        with self.path.open(encoding="utf-8", errors="replace") as stream:
            for number, line in enumerate(stream, start=1):
                try:
                    entry = json.loads(line)
                    self._remember(str(entry["id"]), entry)
                except (ValueError, KeyError, TypeError):
                    # A crash can cut the last line short; earlier lines are whole.
                    log.warning("Journal %s line %d is incomplete; ignored",
                                self.path, number)
        return number

    def _compact(self) -> None:
        """Rewrite the journal with the last line of each id only."""
        text = "".join(json.dumps(entry) + "\n" for entry in self.state.values())
        atomic_write(self.path, text.encode("utf-8"))
        log.info("Journal %s compacted to %d entries", self.path, len(self.state))

    def _remember(self, identity: str, entry: dict[str, Any]) -> None:
        self.state[identity] = entry
        user = str(entry.get("user", ""))
        if entry.get("state") == "delivered" and user:
            self._by_user.setdefault(user, {})[identity] = entry
        elif user:
            self._by_user.get(user, {}).pop(identity, None)

    def record(self, identity: str, state: str, **extra: Any) -> None:
        """Make *state* of *identity* durable before returning."""
        entry = {"id": identity, "state": state,
                 "at": datetime.now(UTC).isoformat(), **extra}
        with self._lock:
            self._stream.write(json.dumps(entry) + "\n")
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._remember(identity, entry)

    def status_of(self, identity: str) -> str:
        """``delivered``, ``sending``, ``removed`` or ``new``."""
        entry = self.state.get(identity)
        return str(entry["state"]) if entry else "new"

    def delivered_to(self, login: str) -> dict[str, dict[str, Any]]:
        """The voicemail delivered to *login* and still tracked (a copy)."""
        with self._lock:
            return dict(self._by_user.get(login, {}))

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
    #: Mail server connections open after the last sync (at most
    #: ``max_connections``).
    connections: int = 0
    #: Times a mailbox was read for changes (its modification sequence had
    #: moved); mailboxes nobody touched are not read.
    mailbox_reads: int = 0
    #: Users whose last sync failed: ``user``, ``error`` (masked).
    failing: list[dict[str, str]] = field(default_factory=list)

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


@dataclass(frozen=True)
class _Aside:
    """A voicemail (or file) set aside, and its files' state when it was."""

    file: str
    reason: str
    signature: list[Any]


#: How long a stop waits for a mailbox command under way before cutting it off.
STOP_GRACE_SECONDS = 5.0


class AfterGrace(threading.Event):
    """Counts as set once *stop* has been set for *grace* seconds.

    A session's guard cancels on it: a stop then lets the APPEND under way
    finish, so the journal never keeps a voicemail half-sent after a clean
    stop, while a command that hangs is still cut off.
    """

    def __init__(self, stop: threading.Event, grace: float) -> None:
        super().__init__()
        self._stop = stop
        self._grace = grace
        self._since: float | None = None

    def is_set(self) -> bool:
        """True once the stop is *grace* seconds old."""
        if super().is_set():
            return True
        if not self._stop.is_set():
            return False
        now = time.monotonic()
        if self._since is None:
            self._since = now
        return now - self._since >= self._grace


class Connector:
    """Keeps the spool and the mailboxes in step; see the module docstring."""

    def __init__(self, dep: Deployment, password: str, state_dir: Path,
                 stop: threading.Event | None = None,
                 opener: Callable[[VoicemailUser], Pooled] | None = None) -> None:
        """*opener* opens one user's mailbox (default: IMAP, see app.mailbox)."""
        self.dep = dep
        self._password = password
        self._redact = Redactor(password)
        self.state_dir = state_dir
        self.stop_event = stop or threading.Event()
        #: What cuts off a session: a stop lets the command under way finish
        #: (the loop stops between two voicemails) unless it hangs.
        self._hang_up = AfterGrace(self.stop_event, STOP_GRACE_SECONDS)
        prepare_state_dir(state_dir)
        self.journal = Journal(state_dir / JOURNAL_NAME)
        self.mwi = MessageWaiting(state_dir)
        self.status = ServiceStatus(users=len(dep.users))
        #: Voicemail and files set aside, until their files change (kept in
        #: ``aside.json`` so a restart neither retries nor logs them again).
        self._aside: dict[str, _Aside] = _load_aside(state_dir)
        #: Where each user's mailbox stood when last read (``cursors.json``;
        #: losing it costs one extra read per mailbox, nothing else).
        self._cursors: dict[str, Cursor] = _load_cursors(state_dir)
        self._cursors_dirty = False
        self._checked_at: float | None = None
        #: When each user's mailbox was last looked at for changes.
        self._looked_at: dict[str, float] = {}
        #: Delivered voicemail missing from the spool, and in how many scans.
        self._missing: dict[str, int] = {}
        #: Delivered voicemail whose email is missing, and at how many looks.
        self._mail_missing: dict[str, int] = {}
        self._saved_at = -math.inf
        self._status_lock = threading.RLock()
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
        #: Users whose mailbox told (in IDLE) that something changed.
        self._told: set[str] = set()
        self.pool = MailboxPool(opener or self._open_mailbox, opts.max_connections,
                                changed=self._told.add)
        self._workers: ThreadPoolExecutor | None = None

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
                backoff = min(backoff * 2, self.dep.service.max_backoff_seconds)
                self.stop_event.wait(backoff)
            self.status.state = STOPPED
            self._save()
        finally:
            self.close()
        log.info("Connector stopped")

    def close(self) -> None:
        """Let the worker threads, connections and journal go (idempotent)."""
        if self._workers is not None:
            self._workers.shutdown(wait=True)
            self._workers = None
        self.pool.close()
        self.journal.close()

    def sync_once(self) -> int:
        """Deliver new voicemail once and mirror changes both ways; return deliveries.

        Raises :class:`SyncError` (after doing what it could) when the spool
        folder, the server or a user's mailbox failed.
        """
        failures: list[tuple[str, SyncError]] = []
        root = Path(self.dep.service.spool)
        found: list[Voicemail] = []
        bad: list[tuple[Path, str]] = []
        unusable = _spool_problem(root)
        if unusable is None:
            found, bad = scan_all(root, self.dep.users,
                                  settle=self.dep.service.settle_seconds)
            self._report(bad)
        else:
            failures.append(("", unusable))
        self._forget_gone(found, bad)
        plan = self._plan(found, spool_ok=unusable is None)
        with self._status_lock:
            self.status.pending = sum(len(new) for _user, _mine, new, _gone in plan)
        self._save(soon=True)
        delivered = 0
        unexpected: BaseException | None = None
        for user, result in self._run_all(plan):
            if isinstance(result, int):
                delivered += result
            elif isinstance(result, SyncError):
                # One user's trouble must not hold up everyone else's voicemail.
                failures.append((user.login, result))
                log.warning("[%s] sync failed: %s %s", user.login,
                            result.summary, result.detail)
            elif not isinstance(result, Cancelled):
                unexpected = unexpected or result
        self.mwi.save()
        self._save_cursors()
        self._list_aside(bad)
        with self._status_lock:
            self.status.failing = [
                {"user": who, "error": self._redact(f"{exc.summary} {exc.detail}")}
                for who, exc in failures if who]
        if unexpected is not None:
            raise unexpected
        if failures:
            raise _combined(failures)
        with self._status_lock:
            self.status.state = RUNNING
            self.status.last_sync = datetime.now(UTC).isoformat()
            self.status.last_error = ""
            self.status.connections = self.pool.open_count
        self._save()
        return delivered

    # -- planning -----------------------------------------------------------------

    def _plan(self, found: list[Voicemail], spool_ok: bool,
              ) -> list[tuple[VoicemailUser, list[Voicemail], list[Voicemail],
                              set[str]]]:
        """Who needs a session now: (user, their voicemail, new ones, gone ones).

        A user is visited for new voicemail, for a change on the phone side
        (heard, deleted), when their mailbox is due a look for changes made in
        a mail client, and (the first user) when the server check is due.
        """
        by_box: dict[tuple[str, str], list[Voicemail]] = {}
        for vm in found:
            by_box.setdefault((vm.context, vm.mailbox), []).append(vm)
        now = self._clock()
        every = max(self.dep.service.check_seconds, 0.0)
        check_due = self._checked_at is None or now - self._checked_at >= every
        look_every = self.dep.service.mailbox_check_seconds
        present = {vm.identity for vm in found}
        plan = []
        for index, user in enumerate(self.dep.users):
            mine = by_box.get((user.context, user.mailbox), [])
            new = [vm for vm in mine
                   if self.journal.status_of(vm.identity) in ("new", "sending")
                   and not self._still_aside(vm)]
            tracked = self.journal.delivered_to(user.login)
            gone = self._gone(user, tracked, present) if spool_ok else set()
            changed = any(vm.identity in tracked
                          and tracked[vm.identity].get("seen") != vm.heard
                          for vm in mine)
            looked = self._looked_at.get(user.login)
            look_due = bool(tracked) and (looked is None or now - looked >= look_every
                                          or user.login in self._told)
            self._told.discard(user.login)
            if new or gone or changed or look_due or (index == 0 and check_due):
                plan.append((user, mine, new, gone))
            else:
                # Nothing of theirs moved on either side: the spool is the truth.
                self.mwi.update(user, mine)
        return plan

    def _gone(self, user: VoicemailUser, tracked: dict[str, dict[str, Any]],
              present: set[str]) -> set[str]:
        """Delivered voicemail deleted on the phone: missing in two scans in a row.

        A box folder that vanished as a whole (an unmounted share) deletes
        nothing: its voicemail is only missing while the folder is.
        """
        if not tracked:
            return set()
        if not os.path.isdir(os.path.join(self.dep.service.spool, user.context,
                                          user.mailbox)):
            return set()
        gone = set()
        for identity in tracked:
            if identity in present:
                self._missing.pop(identity, None)
                continue
            seen = self._missing.get(identity, 0) + 1
            self._missing[identity] = seen
            if seen >= 2:
                gone.add(identity)
        return gone

    def _run_all(self, plan: list[tuple[VoicemailUser, list[Voicemail],
                                        list[Voicemail], set[str]]],
                 ) -> Iterator[tuple[VoicemailUser, int | BaseException]]:
        """Each planned user's outcome: deliveries, or what went wrong."""
        if len(plan) <= 1 or self.pool.size == 1:
            for user, mine, new, gone in plan:
                yield user, self._outcome(user, mine, new, gone)
            return
        if self._workers is None:
            self._workers = ThreadPoolExecutor(self.pool.size,
                                               thread_name_prefix="sync")
        futures = [(user, self._workers.submit(self._outcome, user, mine, new, gone))
                   for user, mine, new, gone in plan]
        for user, future in futures:
            yield user, future.result()

    def _outcome(self, user: VoicemailUser, mine: list[Voicemail],
                 new: list[Voicemail], gone: set[str]) -> int | BaseException:
        if self.stop_event.is_set():
            return Cancelled()
        try:
            return self._sync_user(user, mine, new, gone)
        except Exception as exc:
            return exc

    # -- one user -------------------------------------------------------------------

    def _sync_user(self, user: VoicemailUser, mine: list[Voicemail],
                   new: list[Voicemail], gone: set[str]) -> int:
        """Deliver *new* to *user*, then mirror changes; update their lamp."""
        refused: list[str] = []
        count = 0
        with self.pool.mailbox(user) as box:
            if self.dep.users and user.login == self.dep.users[0].login:
                self._checked_at = self._clock()
            try:
                # Not known as delivered here; an earlier run or another
                # journal (a reinstall, another state folder) may have put
                # some in the mailbox already.
                there = box.find_many([vm.message_id for vm in new]) if new else {}
            except CommandFailed as failed:
                raise _failure(box, user, failed) from failed
            for vm in new:
                if self.stop_event.is_set():
                    return count
                try:
                    count += self._deliver_one(box, user, vm,
                                               there.get(vm.message_id))
                except CommandFailed as failed:
                    if failed.network:
                        raise _network(box, failed) from failed
                    # The server said no to this one message (size, quota):
                    # try it again next time, deliver the others now.
                    refused.append(str(failed))
                    log.warning("[%s] server refused voicemail %s: %s",
                                user.login, vm.txt_path, failed)
            try:
                changed = self._mirror(box, user, mine, gone)
            except CommandFailed as failed:
                raise _failure(box, user, failed) from failed
        if refused:
            raise SyncError(_("The server refused {n} voicemail(s)").format(
                n=len(refused)), _(
                "Check the mailbox's quota and the server's size limit; the "
                "service tries again."), "\n".join(refused), state=ERROR)
        if changed:
            box_path = Path(self.dep.service.spool) / user.context / user.mailbox
            mine, _bad = scan_all(box_path.parent.parent, [user], settle=0)
        self.mwi.update(user, mine)
        return count

    def _open_mailbox(self, user: VoicemailUser) -> ImapMailbox:
        """A session logged in to *user*'s INBOX; failures say what they mean."""
        session = ImapSession(self.dep.server, self.timeouts, self._hang_up)
        try:
            return ImapMailbox(self.dep, self._password, user, self.timeouts, session,
                               tokens=self._tokens)
        except Cancelled:
            session.close()
            raise
        except SessionError as exc:
            session.close()
            network = (not session.peer or session.guard.fired == "deadline"
                       or _from_network(exc))
            raise SyncError(exc.summary, exc.remedy, exc.detail,
                            DISCONNECTED if network else ERROR) from exc
        except CommandFailed as exc:
            session.close()
            if exc.network:
                raise _network_session(session, exc) from exc
            raise SyncError(_("Cannot open {user}'s inbox").format(user=user.login),
                            _("Check that the mailbox exists and that the "
                              "superuser may open it."), str(exc),
                            ERROR) from exc
        except (OSError, IMAPClientAbortError) as exc:
            session.close()
            raise _network_session(session, exc) from exc
        except BaseException:
            session.close()
            raise

    def _deliver_one(self, box: Mailbox, user: VoicemailUser, vm: Voicemail,
                     found: int | None) -> int:
        try:
            data = to_email(vm, user, self.dep.server.host)
            when = vm.received
        except Exception as exc:
            # This voicemail's files, not the server: set it aside, go on.
            self._set_aside(vm, exc)
            self._progress()
            return 0
        # FIXME: an APPEND a killed run sent in full is saved by the server a
        # moment later; a restart faster than that save would not find it.
        if found is not None:
            log.info("[%s] %s was already in the mailbox (UID %s)",
                     user.login, vm.identity, found)
            # Whether it was read there is not known yet: the phone's side wins.
            self.journal.record(vm.identity, "delivered", uid=found,
                                user=user.login, seen=None)
            self._progress()
            return 0
        self.journal.record(vm.identity, "sending", message_id=vm.message_id,
                            user=user.login)
        uid = box.append(data, when, seen=vm.heard, flagged=vm.urgent)
        if uid is None:
            uid = box.find(vm.message_id)
        self.journal.record(vm.identity, "delivered", uid=uid, user=user.login,
                            seen=vm.heard)
        with self._status_lock:
            self.status.delivered += 1
        log.info("[%s] voicemail %s from %s delivered (%d bytes, UID %s)",
                 user.login, vm.identity, vm.fields.get("callerid", "?"),
                 len(data), uid)
        self._progress()
        return 1

    def _mirror(self, box: Mailbox, user: VoicemailUser, mine: list[Voicemail],
                gone: set[str]) -> bool:
        """Carry heard / read / deleted across; True if the spool was changed.

        The mailbox is read only when its modification sequence moved since
        the cursor the journal holds (CONDSTORE); the cursor saved is the one
        read *before* this round's own changes, so a mail client's change made
        meanwhile is seen next time rather than lost.
        """
        tracked = self.journal.delivered_to(user.login)
        if not tracked:
            return False
        self._looked_at[user.login] = self._clock()
        cursor = box.cursor()
        known = self._cursors.get(user.login)
        if known is not None and known.validity != cursor.validity:
            tracked = self._renumber(box, user, tracked)
        present: set[int] | None = None
        changed: dict[int, bool] = {}
        if known != cursor or cursor.modseq == 0:
            uids = [int(e["uid"]) for e in tracked.values() if e.get("uid")]
            since = known.modseq if known and known.validity == cursor.validity \
                else 0
            present, changed = box.seen_flags(uids, since)
            with self._status_lock:
                self.status.mailbox_reads += 1
        spool = {vm.identity: vm for vm in mine}
        policy = self.dep.service.delete_policy
        spool_changed = False
        for identity, entry in tracked.items():
            uid = entry.get("uid")
            vm = spool.get(identity)
            if identity in gone:
                if policy != "keep" and uid:
                    box.delete([int(uid)], policy, self.dep.service.trash_folder)
                    log.info("[%s] voicemail %s deleted on the phone; email %s "
                             "(%s)", user.login, identity, uid, policy)
                self.journal.record(identity, "removed", user=user.login,
                                    by="phone")
                self._missing.pop(identity, None)
                continue
            if vm is None:
                continue  # missing once so far, or set aside: wait and see
            on_mail: object = None  # not read, or not changed since the cursor
            if present is not None and uid:
                on_mail = (changed.get(int(uid)) if int(uid) in present
                           else _EXPUNGED)
            if self._gone_from_mail(identity, on_mail, present is None):
                if policy != "keep":
                    remove_voicemail(vm)
                    log.info("[%s] email %s deleted in the mailbox; voicemail %s "
                             "deleted", user.login, uid, vm.txt_path)
                    spool_changed = True
                self.journal.record(identity, "removed", user=user.login, by="mail")
                continue
            if on_mail is _EXPUNGED:
                continue  # missing once: wait for the next look to be sure
            spool_changed |= self._mirror_heard(box, user, vm, entry, on_mail)
        if known != cursor:
            with self._status_lock:
                self._cursors[user.login] = cursor
                self._cursors_dirty = True
        return spool_changed

    def _gone_from_mail(self, identity: str, on_mail: object,
                        unchanged: bool) -> bool:
        """An email deleted in the mailbox: missing at two looks in a row.

        A mailbox whose modification sequence did not move since the first
        look still lacks it; one that moved is read again. A server that
        answers a search wrongly once deletes nothing.
        """
        if on_mail is _EXPUNGED or (unchanged and identity in self._mail_missing):
            looks = self._mail_missing.get(identity, 0) + 1
            if looks >= 2:
                self._mail_missing.pop(identity, None)
                return True
            self._mail_missing[identity] = looks
        else:
            self._mail_missing.pop(identity, None)
        return False

    def _mirror_heard(self, box: Mailbox, user: VoicemailUser, vm: Voicemail,
                      entry: dict[str, Any], on_mail: object) -> bool:
        """Heard on the phone → read in the mailbox, and back; phone wins ties."""
        agreed = entry.get("seen")
        uid = entry.get("uid")
        mail_seen = on_mail if isinstance(on_mail, bool) else None
        moved = False
        if agreed is None or vm.heard != agreed:
            if uid and mail_seen != vm.heard:
                box.set_seen([int(uid)], vm.heard)
                log.info("[%s] voicemail %s %s on the phone; email %s marked %s",
                         user.login, vm.identity,
                         "heard" if vm.heard else "marked new", uid,
                         "read" if vm.heard else "unread")
            seen = vm.heard
        elif mail_seen is not None and mail_seen != agreed:
            folder = HEARD_FOLDER if mail_seen else "INBOX"
            move_voicemail(vm, folder)
            log.info("[%s] email %s %s in the mailbox; voicemail %s moved to %s",
                     user.login, uid, "read" if mail_seen else "marked unread",
                     vm.txt_path, folder)
            seen, moved = mail_seen, True
        else:
            return False
        self.journal.record(vm.identity, "delivered", uid=uid, user=user.login,
                            seen=seen)
        return moved

    def _renumber(self, box: Mailbox, user: VoicemailUser,
                  tracked: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The mailbox was rebuilt (new UIDVALIDITY): find each message again."""
        log.warning("[%s] the mailbox was rebuilt on the server; finding each "
                    "delivered voicemail again", user.login)
        renewed = {}
        for identity, entry in tracked.items():
            message_id = message_id_for(identity)
            uid = box.find(message_id)
            fresh = {k: v for k, v in entry.items() if k not in ("id", "state", "at")}
            fresh["uid"] = uid
            self.journal.record(identity, "delivered", **fresh)
            renewed[identity] = {**entry, "uid": uid}
        return renewed

    # -- the spool --------------------------------------------------------------

    def _report(self, bad: list[tuple[Path, str]]) -> None:
        """Log each problem scan found once, for as long as it lasts.

        What was logged is kept in ``aside.json``, so a restart does not
        log the same broken file again; a file that changed is looked at anew.
        """
        changed = False
        for path, reason in bad:
            key = str(path)
            known = self._aside.get(key)
            signature = _path_signature(path)
            if known is not None and known.signature == signature:
                continue
            log.error("Voicemail %s set aside: %s", path, reason)
            self._aside[key] = _Aside(key, reason, signature)
            changed = True
        if changed:
            self._save_aside()

    def _forget_gone(self, found: list[Voicemail],
                     bad: list[tuple[Path, str]]) -> None:
        present = {vm.identity for vm in found} | {str(p) for p, _r in bad}
        kept = {k: v for k, v in self._aside.items() if k in present}
        if len(kept) != len(self._aside):
            self._aside = kept
            self._save_aside()

    def _still_aside(self, vm: Voicemail) -> bool:
        aside = self._aside.get(vm.identity)
        if aside is None:
            return False
        if aside.signature == _signature(vm):
            return True
        log.info("Voicemail %s changed since it was set aside; trying again",
                 vm.txt_path)
        del self._aside[vm.identity]
        self._save_aside()
        return False

    def _set_aside(self, vm: Voicemail, exc: Exception) -> None:
        expected = isinstance(exc, OSError | ValueError | ArithmeticError |
                              LookupError)
        reason = str(exc) or type(exc).__name__
        log.error("Voicemail %s set aside, it cannot be made into an email: %s",
                  vm.txt_path, reason, exc_info=not expected)
        with self._status_lock:
            self._aside[vm.identity] = _Aside(str(vm.txt_path), reason,
                                              _signature(vm))
        self._save_aside()

    def _save_aside(self) -> None:
        with self._status_lock:
            data = {key: asdict(entry) for key, entry in self._aside.items()}
        try:
            atomic_write(self.state_dir / ASIDE_NAME,
                         json.dumps(data, indent=1).encode(), mode=0o600)
        except OSError as exc:
            log.warning("%s cannot be written: %s", self.state_dir / ASIDE_NAME, exc)

    def _save_cursors(self) -> None:
        with self._status_lock:
            if not self._cursors_dirty:
                return
            data = {login: [c.validity, c.modseq]
                    for login, c in self._cursors.items()}
            self._cursors_dirty = False
        try:
            atomic_write(self.state_dir / CURSORS_NAME, json.dumps(data).encode(),
                         mode=0o600)
        except OSError as exc:
            log.warning("%s cannot be written: %s", self.state_dir / CURSORS_NAME,
                        exc)

    def _list_aside(self, bad: list[tuple[Path, str]]) -> None:
        entries = {(str(path), reason) for path, reason in bad}
        entries |= {(a.file, a.reason) for a in self._aside.values()}
        with self._status_lock:
            self.status.set_aside = [{"file": f, "reason": self._redact(r)}
                                     for f, r in sorted(entries)]

    # -- the status -------------------------------------------------------------

    def _progress(self) -> None:
        with self._status_lock:
            self.status.pending = max(0, self.status.pending - 1)
        self._save(soon=True)

    def _save(self, soon: bool = False) -> None:
        """Write the status (with *soon*, at most once every STATUS_EVERY s).

        A status that cannot be written is logged; delivery goes on.
        """
        with self._status_lock:
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
        with self._status_lock:
            self.status.state = state
            self.status.last_error = message
        self._save()


#: What :meth:`Connector._mirror` sees for a message no longer in the inbox.
_EXPUNGED = object()


def _path_signature(path: Path) -> list[Any]:
    try:
        info = path.stat()
    except OSError as exc:
        return [exc.errno]
    return [info.st_ino, info.st_mtime_ns, info.st_size]


def _load_cursors(state_dir: Path) -> dict[str, Cursor]:
    try:
        data = json.loads((state_dir / CURSORS_NAME).read_text(encoding="utf-8"))
        return {str(login): Cursor(int(v[0]), int(v[1]))
                for login, v in data.items()}
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}


def _load_aside(state_dir: Path) -> dict[str, _Aside]:
    try:
        data = json.loads((state_dir / ASIDE_NAME).read_text(encoding="utf-8"))
        return {key: _Aside(str(v["file"]), str(v["reason"]), list(v["signature"]))
                for key, v in data.items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("%s cannot be read (%s); set-aside voicemail will be "
                    "looked at again", state_dir / ASIDE_NAME, exc)
        return {}


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


def _signature(vm: Voicemail) -> list[Any]:
    """What changes when a voicemail's files are replaced or repaired (as JSON)."""
    parts: list[Any] = []
    for path in (vm.txt_path, vm.audio_path):
        try:
            info = path.stat()
            parts.append([info.st_ino, info.st_mtime_ns, info.st_size,
                          stat.S_IFMT(info.st_mode)])
        except OSError as exc:
            parts.append(exc.errno)
    return parts


def _from_network(exc: BaseException) -> bool:
    """True when *exc* came from the connection rather than the server's answer."""
    for linked in (exc.__cause__, exc.__context__):
        if isinstance(linked, IMAPClientAbortError):
            return True
        if isinstance(linked, OSError) and not isinstance(linked, ssl.SSLError):
            return True
    return False


def _failure(box: Mailbox, user: VoicemailUser, failed: CommandFailed) -> SyncError:
    """A command on *user*'s mailbox failed: the connection, or a refusal."""
    if failed.network:
        return _network(box, failed)
    return SyncError(_("The server refused a request on {user}'s mailbox").format(
        user=user.login), _("Check the superuser's rights on the mailbox; the "
                            "service tries again."), str(failed), state=ERROR)


def _network(box: Mailbox, exc: BaseException | None) -> SyncError:
    """The connection to *box* broke: a retryable error for the status."""
    session = getattr(box, "session", None)
    if isinstance(session, ImapSession):
        return _network_session(session, exc)
    return _network_session(None, exc)


def _network_session(session: ImapSession | None,
                     exc: BaseException | None) -> SyncError:
    if session is not None and session.guard.fired == "deadline":
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
