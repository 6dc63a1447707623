"""The Exchange gateway service: voicemail into Exchange mailboxes over EWS.

The loop is the IMAP connector's (:mod:`app.connector`), with its journal,
status file and spool reader imported rather than copied; what differs is
the mailbox side, behind the small :class:`MailboxBackend` interface that
:class:`EwsBackend` implements with exchangelib, so both engines can later
share one loop.

Exactly once: a voicemail the journal does not know as delivered is first
looked for in the mailbox by its deterministic Message-ID (FindItem on the
Internet message id); then the journal records *sending*, the item is
created from the voicemail's email (CreateItem with its MIME content) and
the journal records *delivered* with the item's id.

Heard and deleted flow both ways. In the mailbox, SyncFolderItems reports
read-flag changes and deletions since the last sync state (kept in the
journal): a read email moves its voicemail to the box's ``Old`` folder (as
the PBX does when a message is heard), a deleted email deletes it. In the
spool, a delivered voicemail found in ``Old`` marks its email read; one gone
from both folders deletes its email.

Exchange's throttling (``ErrorServerBusy``) is waited out as Exchange asks;
other trouble backs off up to a minute, and the status says what is wrong.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from exchangelib import Account, Message
from exchangelib.properties import ItemId

from app import __version__, ews
from app.connector import (
    DISCONNECTED,
    ERROR,
    JOURNAL_NAME,
    RUNNING,
    STOPPED,
    Journal,
    ServiceStatus,
    prepare_state_dir,
)
from app.i18n import _
from app.model import Deployment, EwsAuth, VoicemailUser
from app.redact import Redactor
from app.spool import AUDIO_SUFFIXES, Voicemail, scan, to_email

log = logging.getLogger(__name__)

#: Journal states that mean "the mailbox has it" (delivery is done).
DONE = ("delivered", "heard", "deleted")
HEARD_FOLDER = "Old"


class MailboxBackend(Protocol):
    """The mailbox side of the service; one implementation per protocol."""

    def find(self, user: VoicemailUser, message_id: str) -> str | None:
        """The id of the message with *message_id* in *user*'s inbox, if any."""

    def deliver(self, user: VoicemailUser, message: bytes) -> str:
        """Store *message* (RFC 5322) unread in *user*'s inbox; return its id."""

    def mark_read(self, user: VoicemailUser, item: str) -> None:
        """Mark message *item* read."""

    def delete(self, user: VoicemailUser, item: str) -> None:
        """Delete message *item* (gone already is fine)."""

    def changes(self, user: VoicemailUser, state: str,
                ) -> tuple[list[tuple[str, str]], str]:
        """(``read`` | ``deleted``, item id) since *state*, and the new state."""

    def check(self, user: VoicemailUser) -> None:
        """Prove the server, the password and the rights by opening the inbox."""

    def close(self) -> None:
        """Let go of connections."""


class EwsBackend:
    """:class:`MailboxBackend` over EWS with exchangelib, by impersonation."""

    def __init__(self, dep: Deployment, password: str, *, timeout: float = 20.0,
                 stop: threading.Event | None = None) -> None:
        self.dep = dep
        self._password = password
        self.timeout = timeout
        self.stop = stop
        self.login = dep.superuser.login.strip()
        self._accounts: dict[str, Account] = {}
        self._url = ""
        self._auth = ""
        for server in dep.site.exchange_servers:
            if server.ews_url:
                ews.trust(server.ews_url, dep.gateway.ca_file)

    def __repr__(self) -> str:
        return f"EwsBackend({self._url or '?'!r}, superuser={self.login!r})"

    def _endpoint(self, user: VoicemailUser) -> tuple[str, str]:
        """The EWS address and sign-in method, found once (Autodiscover if needed)."""
        # FIXME: every mailbox is reached through the first server's address,
        # which relies on Exchange proxying to the server holding it; sites
        # whose servers do not proxy need each user's own (Autodiscover) URL.
        if self._url:
            return self._url, self._auth
        servers = self.dep.site.exchange_servers
        url = servers[0].ews_url.strip() if servers else ""
        wanted = self.dep.gateway.auth
        if not url:
            auto = self.dep.gateway.autodiscover_url.strip()
            method = ews.AUTH_BASIC if wanted is EwsAuth.BASIC else ews.AUTH_NTLM
            found = ews.discover(user.login, self.login, self._password, method,
                                 pox_urls=[auto] if auto else None,
                                 soap_urls=[] if auto else None,
                                 timeout=self.timeout, cancel=self.stop,
                                 ca_file=self.dep.gateway.ca_file)
            if not found.url:
                raise ews.EwsProblem(_("Autodiscover found no EWS address"), _(
                    "Put the EWS address in the configuration "
                    "(site.exchange_servers[0].ews_url)."), "\n".join(
                    f"{m}: {o}" for m, o in found.tried), network=True)
            url = found.url
            ews.trust(url, self.dep.gateway.ca_file)
        schemes = ews.offered_schemes(url, self.timeout)
        self._auth, _warning = ews.choose_auth(wanted, schemes)
        self._url = url
        log.info("EWS endpoint %s, sign-in %s", url, self._auth)
        return self._url, self._auth

    def _account(self, user: VoicemailUser) -> Account:
        account = self._accounts.get(user.login)
        if account is None:
            url, auth = self._endpoint(user)
            account = ews.connect(url, self.login, self._password, user.login, auth,
                                  timeout=self.timeout)
            self._accounts[user.login] = account
        return account

    def _call(self, user: VoicemailUser, call: Callable[[Account], Any]) -> Any:
        try:
            account = self._account(user)
            return ews.when_not_busy(lambda: call(account), cancel=self.stop)
        except ews.EwsProblem:
            raise
        except Exception as exc:  # exchangelib raises far beyond its own tree
            log.debug("[%s] EWS call failed", user.login, exc_info=True)
            raise ews.explain(exc, user.login, self.login) from exc

    def find(self, user: VoicemailUser, message_id: str) -> str | None:
        found = self._call(user, lambda a: list(
            a.inbox.filter(message_id=message_id).only("id")[:1]))
        return str(found[0].id) if found else None

    def deliver(self, user: VoicemailUser, message: bytes) -> str:
        def create(account: Account) -> str:
            item = Message(account=account, folder=account.inbox,
                           mime_content=message, is_read=False)
            item.save()
            return str(item.id)
        return str(self._call(user, create))

    def mark_read(self, user: VoicemailUser, item: str) -> None:
        def update(account: Account) -> None:
            # GetItem first: UpdateItem needs the item's current ChangeKey.
            (current,) = account.fetch(ids=[ItemId(id=item)],
                            only_fields=["is_read"])
            if isinstance(current, Exception):
                if "NotFound" in type(current).__name__:
                    return  # deleted meanwhile; the delete reaches the spool next
                raise current
            current.is_read = True
            current.save(update_fields=["is_read"])
        self._call(user, update)

    def delete(self, user: VoicemailUser, item: str) -> None:
        def remove(account: Account) -> None:
            result = account.bulk_delete([ItemId(id=item)])
            for outcome in result:
                if outcome is not True and "NotFound" not in type(outcome).__name__:
                    raise outcome
        self._call(user, remove)

    def changes(self, user: VoicemailUser, state: str,
                ) -> tuple[list[tuple[str, str]], str]:
        def sync(account: Account) -> tuple[list[tuple[str, str]], str]:
            inbox = account.inbox
            found: list[tuple[str, str]] = []
            for kind, item in inbox.sync_items(sync_state=state or None,
                                  only_fields=["is_read"]):
                if kind == "read_flag_change":
                    item_id, is_read = item
                    if is_read:
                        found.append(("read", str(item_id.id)))
                elif kind == "update" and getattr(item, "is_read", False):
                    found.append(("read", str(item.id)))
                elif kind == "delete":
                    found.append(("deleted", str(item.id)))
            return found, str(inbox.item_sync_state or state)
        result: tuple[list[tuple[str, str]], str] = self._call(user, sync)
        return result

    def check(self, user: VoicemailUser) -> None:
        self._call(user, lambda a: a.inbox.total_count)

    def close(self) -> None:
        for account in self._accounts.values():
            account.protocol.close()
        self._accounts.clear()


class Gateway:
    """The gateway service loop; the same interface as the IMAP connector's."""

    def __init__(self, dep: Deployment, password: str, state_dir: Path,
                 stop: threading.Event | None = None,
                 backend: MailboxBackend | None = None) -> None:
        self.dep = dep
        self._redact = Redactor(password)
        self.state_dir = state_dir
        self.stop_event = stop or threading.Event()
        prepare_state_dir(state_dir)
        self.journal = Journal(state_dir / JOURNAL_NAME)
        self.status = ServiceStatus(users=len(dep.users))
        self.backend: MailboxBackend = backend or EwsBackend(
            dep, password, timeout=dep.service.timeout_seconds, stop=self.stop_event)
        self._checked_at = -math.inf
        self._clock: Callable[[], float] = time.monotonic

    def __repr__(self) -> str:
        return f"Gateway({self.backend!r}, users={len(self.dep.users)})"

    def close(self) -> None:
        """Let go of every Exchange connection and the journal (after ``sync_once``)."""
        self.backend.close()
        self.journal.close()

    def run(self) -> None:
        """Sync until stopped; back off while anything is wrong, never give up."""
        # FIXME: this loop repeats Connector.run; one engine over
        # MailboxBackend (with an IMAP back end) should serve both services.
        log.info("Gateway %s started for %d user(s), spool %s", __version__,
                 len(self.dep.users), self.dep.service.spool)
        self._save()
        poll = self.dep.service.poll_seconds
        backoff = poll
        try:
            while not self.stop_event.is_set():
                try:
                    self.sync_once()
                except ews.EwsProblem as problem:
                    if self.stop_event.is_set():
                        break
                    self._failed(DISCONNECTED if problem.network else ERROR,
                                 f"{problem.summary}: {problem.remedy}")
                    backoff = min(max(backoff * 2, problem.back_off or 0),
                                  self.dep.service.max_backoff_seconds)
                except Exception as exc:
                    log.exception("Sync failed unexpectedly; retrying")
                    self._failed(ERROR, _("Unexpected problem: {error}").format(
                        error=str(exc) or type(exc).__name__))
                    backoff = min(backoff * 2,
                                  self.dep.service.max_backoff_seconds)
                else:
                    backoff = poll
                    self.stop_event.wait(poll)
                    continue
                self.stop_event.wait(backoff)
            self.status.state = STOPPED
            self._save()
        finally:
            self.backend.close()
            self.journal.close()
        log.info("Gateway stopped")

    def sync_once(self) -> int:
        """Deliver new voicemail once, then carry heard and deleted both ways.

        Returns how many were delivered; raises :class:`ews.EwsProblem` (after
        doing what it could for the other users) when something failed.
        """
        root = Path(self.dep.service.spool)
        if not root.is_dir():
            raise ews.EwsProblem(_("The voicemail spool {path} does not exist").format(
                path=root), _("Check the spool setting in the configuration."))
        settle = self.dep.service.settle_seconds
        inbox, bad = scan(root, self.dep.users, settle=settle)
        # What exists at all (settled or not): only a voicemail gone from both
        # folders of a box that could be read counts as deleted on the phone.
        present, unread_a = scan(root, self.dep.users, settle=0, grace=math.inf)
        heard, unread_b = scan(root, self.dep.users, folder=HEARD_FOLDER, settle=0,
                               grace=math.inf)
        for path, reason in bad:
            log.warning("Voicemail %s skipped: %s", path, reason)
        troubled = {path for path, _reason in unread_a + unread_b}
        failures: list[tuple[str, ews.EwsProblem]] = []
        delivered = 0
        todo = [vm for vm in inbox
                if self.journal.status_of(vm.identity) not in DONE]
        self.status.pending = len(todo)
        for user in self.dep.users:
            if self.stop_event.is_set():
                break
            mine = [vm for vm in todo if _owner(vm, user)]
            box = root / user.context / user.mailbox
            readable = not any(box in path.parents or path == box
                               for path in troubled)
            try:
                delivered += self._deliver(user, mine)
                self._mailbox_to_spool(user, present, heard)
                if readable:
                    self._spool_to_mailbox(user, present, heard)
            except ews.EwsProblem as problem:
                failures.append((user.login, problem))
                log.warning("[%s] %s %s", user.login, problem.summary, problem.detail)
        if not failures and self._check_due():
            first = self.dep.users[0]
            try:
                self.backend.check(first)
            except ews.EwsProblem as problem:
                failures.append((first.login, problem))
        if failures:
            raise _combined(failures)
        self._checked_at = self._clock()
        self.status.state = RUNNING
        self.status.last_sync = datetime.now(UTC).isoformat()
        self.status.last_error = ""
        self._save()
        return delivered

    def _check_due(self) -> bool:
        return bool(self.dep.users) and (
            self._clock() - self._checked_at >= self.dep.service.check_seconds)

    # -- spool → mailbox ------------------------------------------------------------

    def _deliver(self, user: VoicemailUser, messages: list[Voicemail]) -> int:
        count = 0
        for vm in messages:
            if self.stop_event.is_set():
                break
            try:
                data = to_email(vm, user, self.dep.site.exchange_servers[0].host
                                if self.dep.site.exchange_servers else "")
            except Exception as exc:
                log.error("Voicemail %s cannot be made into an email: %s",
                          vm.txt_path, exc)
                continue
            # An earlier run, or another journal, may have delivered it already.
            existing = self.backend.find(user, vm.message_id)
            if existing:
                log.info("[%s] %s was already in the mailbox", user.login, vm.identity)
                self.journal.record(vm.identity, "delivered", item=existing,
                                    user=user.login)
                continue
            self.journal.record(vm.identity, "sending", message_id=vm.message_id,
                                user=user.login)
            item = self.backend.deliver(user, data)
            self.journal.record(vm.identity, "delivered", item=item, user=user.login)
            self.status.delivered += 1
            self.status.pending = max(0, self.status.pending - 1)
            count += 1
            log.info("[%s] voicemail %s delivered (%d bytes)", user.login,
                     vm.identity, len(data))
            self._save(soon=True)
        return count

    def _spool_to_mailbox(self, user: VoicemailUser, inbox: list[Voicemail],
                          heard: list[Voicemail]) -> None:
        """Heard on the phone → read; deleted on the phone → deleted."""
        waiting = {vm.identity for vm in inbox if _owner(vm, user)}
        old = {vm.identity for vm in heard if _owner(vm, user)}
        for identity, entry in list(self.journal.state.items()):
            if entry.get("user") != user.login or not entry.get("item"):
                continue
            state = entry["state"]
            item = str(entry["item"])
            if state == "delivered" and identity in old:
                self.backend.mark_read(user, item)
                self.journal.record(identity, "heard", item=item, user=user.login)
                log.info("[%s] %s heard on the phone: email marked read",
                         user.login, identity)
            elif (state in ("delivered", "heard") and identity not in waiting
                  and identity not in old):
                self.backend.delete(user, item)
                self.journal.record(identity, "deleted", item=item, user=user.login)
                log.info("[%s] %s deleted on the phone: email deleted", user.login,
                         identity)

    # -- mailbox → spool ------------------------------------------------------------

    def _mailbox_to_spool(self, user: VoicemailUser, inbox: list[Voicemail],
                          heard: list[Voicemail]) -> None:
        """Read in the mailbox → heard; deleted in the mailbox → deleted."""
        key = f"sync:{user.login}"
        entry = self.journal.state.get(key)
        state = str(entry.get("sync_state", "")) if entry else ""
        changes, new_state = self.backend.changes(user, state)
        by_item = {str(e["item"]): ident for ident, e in self.journal.state.items()
                   if e.get("user") == user.login and e.get("item")}
        files = {vm.identity: vm for vm in inbox if _owner(vm, user)}
        root = Path(self.dep.service.spool)
        for kind, item in changes:
            identity = by_item.get(item)
            if identity is None:
                continue  # not a voicemail of ours
            current = self.journal.status_of(identity)
            vm = files.get(identity)
            if kind == "read" and current == "delivered":
                if vm is not None:
                    _move_to_heard(root, vm)
                self.journal.record(identity, "heard", item=item, user=user.login)
                log.info("[%s] %s read in the mailbox: voicemail marked heard",
                         user.login, identity)
            elif kind == "deleted" and current != "deleted":
                vm = vm or next((h for h in heard if h.identity == identity), None)
                if vm is not None:
                    _delete_voicemail(vm)
                self.journal.record(identity, "deleted", item=item, user=user.login)
                log.info("[%s] %s deleted in the mailbox: voicemail deleted",
                         user.login, identity)
        if new_state != state:
            self.journal.record(key, "sync", sync_state=new_state, user="")

    # -- the status -----------------------------------------------------------------

    def _save(self, soon: bool = False) -> None:
        try:
            self.status.save(self.state_dir)
        except OSError as exc:
            log.warning("Status %s cannot be written: %s", self.state_dir, exc)

    def _failed(self, state: str, message: str) -> None:
        message = self._redact(message)
        log.warning("Sync failed, will retry: %s", message)
        self.status.state = state
        self.status.last_error = message
        self._save()


def _owner(vm: Voicemail, user: VoicemailUser) -> bool:
    return (vm.context, vm.mailbox) == (user.context, user.mailbox)


def _stems(folder: Path) -> list[int]:
    numbers = []
    for path in folder.glob("msg*.txt"):
        digits = path.stem[3:]
        if digits.isdigit():
            numbers.append(int(digits))
    return numbers


def _move_to_heard(root: Path, vm: Voicemail) -> None:
    """Move *vm*'s files to the box's Old folder, as the PBX does once heard."""
    old = root / vm.context / vm.mailbox / HEARD_FOLDER
    old.mkdir(parents=True, exist_ok=True)
    taken = set(_stems(old))
    number = next(n for n in range(len(taken) + 1) if n not in taken)
    target = old / f"msg{number:04d}"
    # Audio first, metadata last: a reader of Old never sees half a message.
    for path in (vm.audio_path, vm.txt_path):
        path.replace(target.with_suffix(path.suffix))


def _delete_voicemail(vm: Voicemail) -> None:
    """Delete *vm*'s files (text last, so a half-deleted one is still seen)."""
    for suffix in AUDIO_SUFFIXES:
        vm.txt_path.with_suffix(suffix).unlink(missing_ok=True)
    vm.txt_path.unlink(missing_ok=True)


def _combined(failures: list[tuple[str, ews.EwsProblem]]) -> ews.EwsProblem:
    summary = "; ".join(f"[{who}] {p.summary}" for who, p in failures)
    remedy = failures[0][1].remedy if len(failures) == 1 else _(
        "Retrying with back-off.")
    detail = "\n".join(p.detail for _who, p in failures if p.detail)
    back_off = max((p.back_off or 0.0 for _who, p in failures), default=0.0)
    return ews.EwsProblem(summary, remedy, detail,
                          network=all(p.network for _who, p in failures),
                          back_off=back_off or None)
