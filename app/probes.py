"""The live connection test: small steps, each timed and explained.

:func:`run_imap_test` walks an IMAP server the way the service will use it,
streams each :class:`StepResult` to a callback as it finishes and stops at the
first blocking failure; the steps after it are reported as skipped, with the
reason. Results describe themselves, so the wizard, the command line and the
saved report all print the same sentences.
"""

from __future__ import annotations

import base64
import contextlib
import html
import imaplib
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from imapclient.exceptions import IMAPClientError

from app.i18n import _
from app.imapconn import (
    Cancelled,
    ImapSession,
    SessionError,
    Timeouts,
    TokenRefused,
    Transcript,
)
from app.model import Adapter, AuthMethod, Deployment, Security
from app.redact import Redactor

if TYPE_CHECKING:
    from app.oauth import TokenSource

log = logging.getLogger(__name__)


class Status(StrEnum):
    """A step's outcome; each has a word and a symbol, never colour alone."""

    PASS = "pass"
    WARNING = "warning"
    FAIL = "fail"
    SKIPPED = "skipped"

    @property
    def word(self) -> str:
        """The outcome as a word for reports."""
        return {
            Status.PASS: _("Passed"),
            Status.WARNING: _("Warning"),
            Status.FAIL: _("Failed"),
            Status.SKIPPED: _("Skipped"),
        }[self]

    @property
    def symbol(self) -> str:
        """A plain-text mark for terminals and text reports."""
        return {Status.PASS: "✔", Status.WARNING: "!", Status.FAIL: "✘",
                Status.SKIPPED: "–"}[self]


@dataclass
class StepResult:
    """One step of the test: what was tried, how it went, and what to do."""

    key: str
    title: str
    status: Status
    duration: float = 0.0
    summary: str = ""
    detail: str = ""
    remedy: str = ""
    transcript: list[str] = field(default_factory=list)
    #: SHA-256 of a refused certificate that may be trusted by its fingerprint
    #: once the technician has compared it with the server administrator.
    pin_offer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The step as JSON-ready data."""
        return {
            "key": self.key, "title": self.title, "status": self.status.value,
            "duration_ms": round(self.duration * 1000, 1),
            "summary": self.summary, "detail": self.detail,
            "remedy": self.remedy, "transcript": self.transcript,
            "pin_offer": self.pin_offer,
        }


@dataclass
class TestReport:
    """All steps of one run, with a one-line verdict."""

    target: str
    steps: list[StepResult] = field(default_factory=list)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    duration: float = 0.0
    cancelled: bool = False

    @property
    def passed(self) -> bool:
        """True when every step ran and none failed."""
        return not self.cancelled and all(
            s.status in (Status.PASS, Status.WARNING) for s in self.steps)

    @property
    def first_failure(self) -> StepResult | None:
        """The step that stopped the test, if any."""
        return next((s for s in self.steps if s.status is Status.FAIL), None)

    def headline(self) -> str:
        """'7 of 9 steps passed — …': the verdict in one line."""
        done = sum(s.status in (Status.PASS, Status.WARNING) for s in self.steps)
        count = _("{done} of {total} steps passed").format(
            done=done, total=len(self.steps))
        failure = self.first_failure
        if self.cancelled:
            return _("{count} — the test was cancelled").format(count=count)
        if failure is not None:
            return f"{count} — {failure.title}: {failure.summary}"
        warnings = [s for s in self.steps if s.status is Status.WARNING]
        if warnings:
            return _("{count} — with {n} warning(s): {first}").format(
                count=count, n=len(warnings), first=warnings[0].summary)
        return _("{count} — ready to apply").format(count=count)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (the ``--json`` output)."""
        return {
            "target": self.target, "started": self.started.isoformat(),
            "duration_ms": round(self.duration * 1000, 1),
            "passed": self.passed, "cancelled": self.cancelled,
            "headline": self.headline(),
            "steps": [s.to_dict() for s in self.steps],
        }

    def to_text(self) -> str:
        """The report as plain text, for the clipboard and the terminal."""
        lines = [_("Connection test of {target}, {when}").format(
            target=self.target, when=self.started.strftime("%Y-%m-%d %H:%M:%S UTC")),
            self.headline(), ""]
        for step in self.steps:
            lines.append(f"{step.status.symbol} {step.title:<40} "
                         f"{step.status.word:<8} {step.duration * 1000:7.0f} ms"
                         f"  {step.summary}")
            if step.remedy and step.status in (Status.FAIL, Status.WARNING):
                lines.append("    " + _("What to do: {remedy}").format(
                    remedy=step.remedy))
            if step.detail:
                lines.extend("    " + d for d in step.detail.splitlines())
            if step.transcript and step.status in (Status.FAIL, Status.WARNING):
                lines.append("    " + _("Protocol transcript (passwords hidden):"))
                lines.extend("      " + t for t in step.transcript)
        return "\n".join(lines)


    def to_html(self) -> str:
        """The report as a stand-alone web page, for saving and mailing."""
        esc = html.escape
        rows = []
        for step in self.steps:
            extra = ""
            if step.remedy and step.status in (Status.FAIL, Status.WARNING):
                extra += f"<p><b>{esc(_('What to do:'))}</b> {esc(step.remedy)}</p>"
            if step.detail:
                extra += f"<pre>{esc(step.detail)}</pre>"
            if step.transcript:
                extra += ("<details><summary>" + esc(_("Protocol transcript"))
                          + f"</summary><pre>{esc(chr(10).join(step.transcript))}"
                          "</pre></details>")
            rows.append(
                f"<tr class='{step.status.value}'><td>{step.status.symbol} "
                f"{esc(step.status.word)}</td><td>{esc(step.title)}</td>"
                f"<td>{esc(step.summary)}{extra}</td>"
                f"<td>{step.duration * 1000:.0f}&nbsp;ms</td></tr>")
        title = esc(_("Connection test of {target}").format(target=self.target))
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{title}</title><style>"
            "body{font-family:sans-serif;margin:2em}td,th{padding:4px 8px;"
            "vertical-align:top;text-align:left}tr.fail td{background:#fde8e8}"
            "tr.warning td{background:#fff6da}pre{white-space:pre-wrap}</style>"
            f"</head><body><h1>{title}</h1>"
            f"<p>{esc(self.started.strftime('%Y-%m-%d %H:%M:%S UTC'))}</p>"
            f"<p><b>{esc(self.headline())}</b></p><table><tr>"
            f"<th>{esc(_('Status'))}</th><th>{esc(_('Step'))}</th>"
            f"<th>{esc(_('Result'))}</th><th>{esc(_('Time'))}</th></tr>"
            + "".join(rows) + "</table></body></html>")


class _Warn(Exception):
    """A step finished, but with something the technician should know."""

    def __init__(self, summary: str, remedy: str, detail: str = "") -> None:
        super().__init__(summary)
        self.summary, self.remedy, self.detail = summary, remedy, detail


@dataclass
class _Step:
    key: str
    title: str
    run: Callable[[], tuple[str, str]]


def _tls_summary(session: ImapSession) -> tuple[str, str]:
    info = session.tls
    assert info is not None
    trust = _("pinned certificate") if info.pinned else _("certificate trusted")
    summary = f"{info.version}, {trust}"
    detail = _(
        "Cipher: {cipher}\nSubject: {subject}\nIssuer: {issuer}\n"
        "Expires: {expires} ({days} days left)\nSHA-256: {fp}").format(
        cipher=info.cipher, subject=info.subject, issuer=info.issuer,
        expires=info.not_after.date() if info.not_after else "?",
        days=info.days_left, fp=info.fingerprint)
    detail = "\n".join(part for part in (detail, info.facts()) if part)
    if info.days_left is not None and info.days_left < 14:
        raise _Warn(_("Certificate expires in {n} days").format(n=info.days_left),
                    _("Ask the server administrator to renew it soon: the "
                      "service stops when it expires."), detail)
    return summary, detail


_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")

#: Extensions that IMAP4rev2 (RFC 9051) includes without naming them.
_IN_REV2 = ("IDLE", "MOVE", "UIDPLUS", "SPECIAL-USE", "LIST-EXTENDED", "ESEARCH")

#: Names of folders whose use the server does not mark (Exchange, in English
#: and German, and common others), tried in this order.
_FOLDER_NAMES = {
    "\\trash": ("Trash", "Deleted Items", "Deleted Messages", "Deleted",
                 "Gelöschte Elemente", "Papierkorb"),
    "\\sent": ("Sent", "Sent Items", "Sent Messages", "Sent Mail",
                "Gesendete Elemente", "Gesendet"),
}


class _ImapTest:
    """The steps of one IMAP test over one session."""

    def __init__(self, dep: Deployment, password: str,
                 session: ImapSession | None) -> None:
        self.dep = dep
        self.password = password
        self._session = session
        self.user = dep.sample_user or (dep.users[0].login if dep.users else "")
        #: What the steps learn for the later ones: the inbox's message count
        #: when opened, and the test message's UID and Message-ID.
        self.exists = 0
        self.uid: int | None = None
        self.message_id = ""
        #: OAuth 2.0 sign-in: where tokens come from, and how a second
        #: session (to tell a missing app from a missing permission) is bound.
        self.tokens: TokenSource | None = None
        self.redact: Redactor | None = None
        self.timeouts: Timeouts | None = None
        self.cancel: Any = None

    def steps(self) -> list[_Step]:
        host = self.dep.server.host
        port = self.dep.server.port
        steps = [
            _Step("dns", _("Look up {host}").format(host=host), self.resolve),
            _Step("tcp", _("Connect to port {port}").format(port=port), self.connect),
        ]
        tls = _Step("tls", _("Secure the connection (TLS)"), self.tls)
        greet = _Step("greeting", _("Server greeting"), self.greet)
        if self.dep.server.security is Security.TLS:
            steps += [tls, greet]
        elif self.dep.server.security is Security.STARTTLS:
            steps += [greet, _Step("tls", _("Secure the connection (STARTTLS)"),
                                   self.starttls)]
        else:
            steps += [greet]
        steps.append(_Step("capabilities", _("Server capabilities"),
                           self.capabilities))
        method = self.dep.oauth.method
        if method is AuthMethod.PASSWORD:
            steps.append(_Step("login", _("Superuser login for {user}").format(
                user=self.user), self.login))
        else:
            provider = (_("Microsoft Entra ID") if method is AuthMethod.OFFICE365
                        else _("Google"))
            steps += [
                _Step("token", _("Access token from {provider}").format(
                    provider=provider), self.token),
                _Step("login", _("OAuth 2.0 sign-in to {user}'s mailbox").format(
                    user=self.user), self.login_oauth),
            ]
        steps += [
            _Step("mailbox", _("Open {user}'s inbox").format(user=self.user),
                  self.open_inbox),
            _Step("folders", _("List {user}'s folders").format(user=self.user),
                  self.folders),
            _Step("append", _("Write a test message"), self.append),
            _Step("flag", _("Flag the test message"), self.flag),
            _Step("delete", _("Remove the test message"), self.delete),
            _Step("sync", _("Sync features"), self.sync_features),
        ]
        return steps

    @property
    def session(self) -> ImapSession:
        assert self._session is not None
        return self._session

    def resolve(self) -> tuple[str, str]:
        addresses = self.session.resolve()
        return ", ".join(addresses[:3]) + ("…" if len(addresses) > 3 else ""), \
            "\n".join(addresses)

    def connect(self) -> tuple[str, str]:
        peer = self.session.connect()
        return _("Connected to {peer}").format(peer=peer), ""

    def tls(self) -> tuple[str, str]:
        self.session.start_tls()
        return _tls_summary(self.session)

    def starttls(self) -> tuple[str, str]:
        self.session.starttls()
        return _tls_summary(self.session)

    def greet(self) -> tuple[str, str]:
        try:
            greeting = self.session.greet()
        except Cancelled:
            raise
        except SessionError as exc:
            # Silence may be a port that waits for a TLS handshake first.
            self.session.check_tls_from_the_start(exc)
            raise
        # "* OK [CAPABILITY …] text": the text names the server, the rest is noise.
        text = re.sub(r"^\*\s+\w+\s+(\[[^\]]*\]\s*)?", "", greeting) or greeting
        if self.dep.server.security is Security.PLAIN:
            raise _Warn(_("Greeting received over an unencrypted connection"),
                        _("Passwords will cross the network readable; use TLS "
                          "if the server offers it."), greeting)
        return text[:70], greeting

    def capabilities(self) -> tuple[str, str]:
        caps = [c.decode("ascii", "replace") for c in self.session.capabilities()]
        mechanisms = [c[5:] for c in caps if c.startswith("AUTH=")]
        if "LOGINDISABLED" not in caps and "LOGIN" not in mechanisms:
            mechanisms.append("LOGIN")
        summary = _("Login methods: {methods}").format(
            methods=", ".join(mechanisms) or _("none offered"))
        return summary, " ".join(caps)

    def login(self) -> tuple[str, str]:
        su = self.dep.superuser
        self.session.login(su, self.password, self.user)
        return _("Logged in as {su} for {user}").format(
            su=su.login, user=self.user), su.impersonation.label

    def token(self) -> tuple[str, str]:
        from app import oauth  # noqa: PLC0415 - msal and google-auth load slowly

        if self.tokens is None:
            self.tokens = oauth.token_source(self.dep, self.password)
        assert self.tokens is not None
        token = self.tokens.get(self.user)
        if self.redact is not None:
            self.redact.add(token.value)
        minutes = round(token.lifetime / 60)
        claims = token.claims
        if self.dep.oauth.method is AuthMethod.OFFICE365:
            roles = ", ".join(map(str, claims.get("roles") or [])) or _("none")
            return (_("Token for the application, valid {n} min").format(n=minutes),
                    _("Application: {app}\nTenant: {tenant}\nRoles: {roles}\n"
                      "Renewed automatically before it expires.").format(
                        app=self.dep.oauth.client_id, tenant=self.dep.oauth.tenant_id,
                        roles=roles))
        return (_("Token for {user}, valid {n} min").format(user=self.user,
                                                           n=minutes),
                _("Service account: {sa}\nScope: https://mail.google.com/\n"
                  "Renewed automatically before it expires.").format(
                    sa=self.dep.oauth.service_account))

    def login_oauth(self) -> tuple[str, str]:
        from app import oauth  # noqa: PLC0415 - see token()

        assert self.tokens is not None, "the token step runs first"
        method = self.dep.oauth.method
        try:
            self.session.login_oauth(self.user, self.tokens.token(self.user))
        except TokenRefused as refused:
            other = next((u.login for u in self.dep.users
                          if u.login != self.user), "")
            other_ok = self._opens(other) if (
                other and method is AuthMethod.OFFICE365) else None
            tried = other if other_ok is not None else ""
            raise oauth.explain_refusal(method, refused, tried, other_ok) from None
        return (_("Signed in to {user}'s mailbox with XOAUTH2").format(
            user=self.user), self.dep.oauth.method.label)

    def _opens(self, user: str) -> bool | None:
        """Whether the same token opens *user*'s mailbox (a short second session).

        ``None`` when that session failed for another reason.
        """
        second = ImapSession(self.dep.server, self.timeouts, self.cancel)
        try:
            second.open(self.dep.superuser, "", user, tokens=self.tokens)
        except TokenRefused:
            return False
        except Cancelled:
            raise
        except SessionError as exc:
            log.debug("Second sign-in for %s failed: %s", user, exc.summary)
            return None
        finally:
            second.close()
        return True

    def open_inbox(self) -> tuple[str, str]:
        client = self.session.client

        def refused(text: str) -> SessionError:
            return SessionError(_("The inbox cannot be opened"), _(
                "Check that {user} has a mailbox on this server and that the "
                "superuser has full access to it.").format(user=self.user), text)

        with _imap_errors(self.session, _("while opening the inbox"), refused):
            try:
                info = client.select_folder("INBOX")
            except imaplib.IMAP4.readonly as exc:
                raise SessionError(_("The inbox opens read-only"), _(
                    "The superuser may read {user}'s inbox but not change it. "
                    "Grant it full access, not only the right to read.").format(
                    user=self.user), str(exc)) from exc
        self.exists = int(info.get(b"EXISTS", 0))
        detail = _("UIDVALIDITY {validity}, UIDNEXT {next}").format(
            validity=info.get(b"UIDVALIDITY", "?"), next=info.get(b"UIDNEXT", "?"))
        return _("Opened: {n} message(s)").format(n=self.exists), detail

    def folders(self) -> tuple[str, str]:
        client = self.session.client
        caps = self._caps()

        def refused(text: str) -> SessionError:
            return SessionError(_("The folder list was refused"), _(
                "The server would not list {user}'s folders. Check that the "
                "superuser has full access to the whole mailbox, not only to "
                "the inbox.").format(user=self.user), text)

        with _imap_errors(self.session, _("while listing the folders"), refused):
            if {"LIST-EXTENDED", "SPECIAL-USE"} <= caps:
                # Servers need not mark special folders in a plain LIST.
                imap = client._imap
                typ, data = imap._simple_command(
                    "LIST", '""', '"*"', "RETURN", "(SPECIAL-USE)")
                client._checkok("list", typ, data)
                typ, data = imap._untagged_response(typ, data, "LIST")
                listed = client._proc_folder_list(data)
            else:
                listed = client.list_folders()
        folders = [(tuple(f.decode("ascii", "replace").lower() for f in flags),
                    delim.decode("ascii", "replace") if delim else "", str(name))
                   for flags, delim, name in listed]
        if not any(name.upper() == "INBOX" for _f, _d, name in folders):
            raise SessionError(_("INBOX is not in the folder list"), _(
                "The server lists {n} folders for {user} but no INBOX. Show the "
                "transcript to the server administrator.").format(
                n=len(folders), user=self.user),
                "\n".join(name for _f, _d, name in folders[:50]))
        found = [_("INBOX")]
        missing = []
        detail = [_("Folders listed: {n}").format(n=len(folders))]
        for use, label in (("\\trash", _("Trash")), ("\\sent", _("Sent"))):
            name, marked = _special_folder(folders, use)
            if not name:
                missing.append(label)
                detail.append(_("{use}: not found").format(use=label))
                continue
            found.append(f"{label} ({name})")
            line = (_("{use}: '{name}', marked {mark} by the server") if marked
                    else _("{use}: '{name}', found by its name (not marked)"))
            detail.append(line.format(use=label, name=name, mark=use.title()))
        summary = _("Found {folders}").format(folders=", ".join(found))
        if missing:
            summary += "; " + _("no {folders}").format(
                folders=_(" or ").join(missing))
        return summary, "\n".join(detail)

    def append(self) -> tuple[str, str]:
        client = self.session.client
        # A fixed domain: make_msgid would otherwise ask DNS for this host.
        self.message_id = make_msgid("umconnect-test", domain="umconnect.invalid")
        message = _test_message(self.user, self.message_id)

        def refused(text: str) -> SessionError:
            if "OVERQUOTA" in text.upper() or "QUOTA EXCEEDED" in text.upper():
                return SessionError(_("The mailbox is full"), _(
                    "{user}'s mailbox is over its quota, so no voicemail can be "
                    "stored. Free space in it or raise its quota.").format(
                    user=self.user), text)
            return SessionError(_("Writing to the mailbox failed"), _(
                "The superuser must be allowed to add messages to {user}'s "
                "inbox (full access).").format(user=self.user), text)

        with _imap_errors(self.session, _("while writing the test message"),
                          refused):
            response = self._append(message)
            match = _APPENDUID.search(response or b"")
            if match:
                uid = int(match.group(1))
            else:
                # INBOX is selected already; the search sees the new message.
                found = client.search(["HEADER", "Message-ID", self.message_id])
                if not found:
                    raise SessionError(_("The test message vanished"), _(
                        "The server accepted the message but does not show it. "
                        "Check server-side rules that move or delete mail."))
                uid = max(found)
        self.uid = uid
        return (_("Appended message UID {uid}").format(uid=uid),
                _("Message-ID: {id}").format(id=self.message_id))

    def _append(self, message: bytes) -> bytes:
        """APPEND the test message, seen; the server's reply text."""
        caps = self._caps()
        if "LITERAL+" in caps or ("LITERAL-" in caps and len(message) <= 4096):
            typ, data = self.session.client._imap.append_at_once(
                "INBOX", "(\\Seen)", message)
            if typ == "BAD":
                raise SessionError(_("The server rejected the message it "
                                     "offered to take at once"), _(
                    "It announces LITERAL+ (messages sent without waiting for "
                    "its go-ahead) but refused one. Show the transcript to the "
                    "server administrator."), _reply(data))
            if typ != "OK":
                raise imaplib.IMAP4.error(_reply(data))
            return data[-1] if data and isinstance(data[-1], bytes) else b""
        response: bytes = self.session.client.append("INBOX", message,
                                                     flags=[b"\\Seen"])
        return response

    def flag(self) -> tuple[str, str]:
        client = self.session.client
        uid = self._test_uid()

        def refused(text: str) -> SessionError:
            return SessionError(_("Setting a flag was refused"), _(
                "The superuser must be allowed to change flags in {user}'s "
                "inbox (full access).").format(user=self.user),
                text + "\n" + self._take_back(uid))

        with _imap_errors(self.session, _("while flagging the test message"),
                          refused):
            # The STORE reply carries the new flags; ask only if it did not.
            # The replies are kept in order from here on: the delete step
            # reads the message's number in them.
            client._imap.heard = []
            answer = client.add_flags([uid], [b"\\Flagged"])
            flags = answer.get(uid) or client.get_flags([uid]).get(uid, ())
        shown = " ".join(f.decode("ascii", "replace") for f in flags)
        if not any(f.lower() == b"\\flagged" for f in flags):
            raise SessionError(_("The flag did not stick"), _(
                "The server accepted \\Flagged but does not show it on the test "
                "message. The superuser may lack the right to change flags in "
                "{user}'s inbox (full access).").format(user=self.user),
                _("FLAGS after setting \\Flagged: ({flags})").format(flags=shown)
                + "\n" + self._take_back(uid))
        return (_("\\Flagged set and read back"),
                _("FLAGS: ({flags})").format(flags=shown))

    def delete(self) -> tuple[str, str]:
        client = self.session.client
        uid = self._test_uid()

        def refused(text: str) -> SessionError:
            return SessionError(_("Removing the test message failed"), _(
                "The superuser must be allowed to delete messages in {user}'s "
                "inbox (full access). Delete the test message (UID {uid}) by "
                "hand.").format(user=self.user, uid=uid), text)

        try:
            with _imap_errors(self.session, _("while removing the test message"),
                              refused):
                if "UIDPLUS" not in self._caps():
                    client.add_flags([uid], [b"\\Deleted"], silent=True)
                    raise _Warn(_("The test message could not be removed alone"),
                                _("The server lacks UIDPLUS, so the test cannot "
                                  "expunge only its own message. It stays marked "
                                  "deleted until {user}'s mail program or the "
                                  "server expunges the inbox.").format(
                                    user=self.user),
                                _("UID {uid} is marked \\Deleted.").format(uid=uid))
                left, proof, now = self._remove(uid)
        except Cancelled:
            raise
        except SessionError as exc:
            # A hang-up or a timeout mid-way may leave the message behind.
            if f"UID {uid}" not in exc.remedy:
                exc.remedy += " " + _(
                    "The test message (UID {uid}) may still be in {user}'s "
                    "inbox; delete it by hand.").format(uid=uid, user=self.user)
            raise
        if left:
            raise SessionError(_("The test message is still there"), _(
                "The server confirmed the removal but still finds the test "
                "message. Delete it by hand and show the transcript to the "
                "server administrator."), _("Found by Message-ID: UID {uids}")
                .format(uids=", ".join(map(str, left))))
        detail = proof + "\n" + _(
            "Messages in the inbox: {before} before the test, {after} "
            "after.").format(before=self.exists, after=now)
        if now != self.exists:
            raise _Warn(_("The inbox holds {after} message(s), {before} before "
                          "the test").format(after=now, before=self.exists), _(
                "The test message is gone, but the count changed. If no mail "
                "arrived or was deleted meanwhile, look at {user}'s inbox, then "
                "run the test again.").format(user=self.user), detail)
        return _("Removed UID {uid}; the inbox is as before ({n} message(s))").format(
            uid=uid, n=now), detail

    def _remove(self, uid: int) -> tuple[list[int], str, int]:
        """Mark and expunge the test message: what is left of it (by UID),
        the evidence that it went, and the inbox's message count after."""
        client = self.session.client
        # Marking and expunging go together (RFC 3501 5.5): one round trip.
        # The server's own replies say whether the message went: the flag
        # step's FETCH gave its number, and an EXPUNGE of that number ends it.
        # Servers may run pipelined commands side by side, so one that
        # expunged before marking is asked again.
        imap = client._imap
        try:
            replies = imap.pipeline(
                ("UID", "STORE", str(uid), "+FLAGS.SILENT", "(\\Deleted)"),
                ("UID", "EXPUNGE", str(uid)))
        finally:
            heard, imap.heard = imap.heard or [], None
        for typ, data in replies:
            if typ != "OK":
                raise imaplib.IMAP4.error(_reply(data))
        left: list[int] = []
        if _reported_expunged(heard, uid):
            proof = _("The server reported the test message (UID {uid}) "
                      "expunged.").format(uid=uid)
        else:
            left = client.search(["HEADER", "Message-ID", self.message_id])
            if uid in left:
                client.expunge([uid])
                left = client.search(["HEADER", "Message-ID", self.message_id])
            proof = _("No message with Message-ID {id} is left.").format(
                id=self.message_id)
        # The count comes from the server's EXISTS and EXPUNGE replies;
        # STATUS is not meant for the mailbox that is open.
        now = imap.exists if imap.exists is not None else self.exists
        return left, proof, now

    def sync_features(self) -> tuple[str, str]:
        caps = self._caps()
        poll = self.dep.service.poll_seconds
        sentences = {
            "IDLE": (_("IDLE: new mail is noticed at once."),
                     _("IDLE: not offered.")),
            "CONDSTORE": (_("CONDSTORE: only flags that changed are read again."),
                          _("CONDSTORE: not offered; each check reads the flags "
                            "of every message.")),
            "QRESYNC": (_("QRESYNC: after a reconnect, only what changed is "
                          "read."),
                        _("QRESYNC: not offered; after a reconnect the whole "
                          "inbox is compared.")),
            "NOTIFY": (_("NOTIFY: changes in every folder arrive on one "
                         "connection."),
                       _("NOTIFY: not offered; each folder is watched on its "
                         "own.")),
            "MOVE": (_("MOVE: deleting to Trash is one step."),
                     _("MOVE: not offered; deleting to Trash takes copy + "
                       "delete.")),
            "SPECIAL-USE": (_("SPECIAL-USE: Trash and Sent are found by their "
                              "marks, in any language."),
                            _("SPECIAL-USE: not offered; Trash and Sent are "
                              "found by their names.")),
            "UIDPLUS": (_("UIDPLUS: the service removes exactly its own "
                          "messages."),
                        _("UIDPLUS: not offered; the test message could not be "
                          "removed alone.")),
        }
        offered = [name for name in sentences if name in caps]
        lacking = [name for name in sentences if name not in caps]
        lines = [sentences[name][name not in caps] for name in sentences]
        if "IDLE" not in caps and "NOTIFY" not in caps:
            lines.append(_("Without IDLE or NOTIFY the service polls every "
                           "{n:g} s.").format(n=poll))
            raise _Warn(_("No IDLE or NOTIFY: the service polls every {n:g} s")
                        .format(n=poll), _(
                "Changes in the mailbox reach the service only at each poll, up "
                "to {n:g} s late. Enable IDLE on the mail server if it can, or "
                "accept the delay.").format(n=poll), "\n".join(lines))
        summary = _("Offered: {names}").format(names=", ".join(offered))
        if lacking:
            summary += "; " + _("not offered: {names}").format(
                names=", ".join(lacking))
        return summary, "\n".join(lines)

    def _caps(self) -> set[str]:
        """The capabilities after login, with those IMAP4rev2 implies."""
        caps = {c.decode("ascii", "replace").upper()
                for c in self.session.capabilities()}
        if "IMAP4REV2" in caps:
            caps.update(_IN_REV2)
        if "QRESYNC" in caps:
            caps.add("CONDSTORE")
        return caps

    def _test_uid(self) -> int:
        assert self.uid is not None, "the append step runs first"
        return self.uid

    def _take_back(self, uid: int) -> str:
        """Remove the test message after a refusal; say how that went."""
        client = self.session.client
        try:
            client.add_flags([uid], [b"\\Deleted"], silent=True)
            if "UIDPLUS" in self._caps():
                client.expunge([uid])
                return _("The test message was removed again.")
        except (imaplib.IMAP4.error, OSError, SessionError):
            return _("The test message (UID {uid}) may still be in {user}'s "
                     "inbox; delete it by hand.").format(uid=uid, user=self.user)
        return _("The test message is marked deleted; it goes at the next "
                 "expunge.")


_FETCH_UID = re.compile(rb"^(\d+) \(.*\bUID (\d+)")


def _reported_expunged(heard: list[tuple[str, Any]], uid: int) -> bool:
    """Whether the server's replies, in order, say that *uid* was expunged.

    A FETCH naming *uid* gives its message number; each EXPUNGE below that
    number moves it down by one (RFC 3501 7.4.1), and an EXPUNGE of that
    number removes it.
    """
    number: int | None = None
    for typ, data in heard:
        if typ == "FETCH" and isinstance(data, bytes):
            match = _FETCH_UID.match(data)
            if match and int(match.group(2)) == uid:
                number = int(match.group(1))
        elif typ == "EXPUNGE" and number is not None and isinstance(data, bytes):
            gone = int(data)
            if gone == number:
                return True
            if gone < number:
                number -= 1
    return False


def _reply(data: list[Any]) -> str:
    """The text of a refused command's reply, for its verdict."""
    last = data[-1] if data else b""
    return last.decode("utf-8", "replace") if isinstance(last, bytes) else str(last)


def _test_message(to: str, message_id: str) -> bytes:
    """The test message, put together by hand.

    The email package takes longer to build it than the server takes to
    store it, and the test is timed against bare IMAP.
    """
    body = _("This message checks that voicemail can be written to this "
             "mailbox. It is deleted again at once.")
    head = [
        "From: umconnect <umconnect@localhost>",
        "To: " + _header_text(to),
        "Subject: " + _header_text(
            _("umconnect connection test (removed automatically)")),
        "Date: " + format_datetime(datetime.now(UTC)),
        "Message-ID: " + message_id,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if body.isascii():
        text = [body]
    else:
        head.append("Content-Transfer-Encoding: base64")
        text = base64.encodebytes(body.encode("utf-8")).decode("ascii").split()
    return "\r\n".join([*head, "", *text, ""]).encode("ascii")


def _header_text(text: str) -> str:
    """*text* as a header value: as it is if ASCII, else RFC 2047-encoded."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(linesep="\r\n")


def _special_folder(folders: list[tuple[tuple[str, ...], str, str]],
                    use: str) -> tuple[str, bool]:
    """The folder for *use* (``\\trash``…): by the server's mark, else by name."""
    for flags, _delim, name in folders:
        if use in flags:
            return name, True
    for candidate in _FOLDER_NAMES[use]:
        for _flags, delim, name in folders:
            leaf = name.rsplit(delim, 1)[-1] if delim else name
            if leaf.casefold() == candidate.casefold():
                return name, False
    return "", False


@contextlib.contextmanager
def _imap_errors(session: ImapSession, when: str,
                 refused: Callable[[str], SessionError]) -> Iterator[None]:
    """Turn what imaplib raises inside a step into the step's verdict.

    A refusal (``NO`` or ``BAD``) becomes *refused*'s verdict, given the
    error's text; a broken exchange, a hang-up or silence gets its own,
    *when* saying where it happened ("while listing the folders").
    """
    try:
        yield
    except imaplib.IMAP4.abort as exc:
        session.guard.check()
        raise session.client._imap.broken(exc, when) from exc
    except imaplib.IMAP4.error as exc:
        session.guard.check()
        raise refused(str(exc)) from exc
    except OSError as exc:
        session.guard.check()
        raise session._io_error(exc, when) from exc


def uses_gateway(dep: Deployment) -> bool:
    """True when *dep* sets up the Exchange gateway (tested over EWS)."""
    from app.rules import effective_adapter  # noqa: PLC0415 - rules is heavier

    return effective_adapter(dep.site) is Adapter.EXCHANGE_GATEWAY


def planned_titles(dep: Deployment) -> list[tuple[str, str]]:
    """The (key, title) of each step the test will run, in order."""
    if uses_gateway(dep):
        from app import ews_probe  # noqa: PLC0415 - it imports this module

        return ews_probe.planned_titles(dep)
    return [(s.key, s.title) for s in _ImapTest(dep, "", None).steps()]


def run_imap_test(
    dep: Deployment,
    password: str,
    *,
    timeouts: Timeouts | None = None,
    cancel: Any = None,
    on_step: Callable[[StepResult], None] | None = None,
) -> TestReport:
    """Test *dep*'s IMAP server step by step; see the module docstring.

    A gateway deployment is tested over EWS instead
    (:func:`app.ews_probe.run_ews_test`), with the same report.
    """
    if uses_gateway(dep):
        from app import ews_probe  # noqa: PLC0415 - it imports this module

        return ews_probe.run_ews_test(dep, password, timeouts=timeouts,
                                      cancel=cancel, on_step=on_step)
    redact = Redactor(password)
    transcript = Transcript(mask=redact)
    session = ImapSession(dep.server, timeouts, cancel, transcript)
    test = _ImapTest(dep, password, session)
    test.redact, test.timeouts, test.cancel = redact, timeouts, cancel
    report = TestReport(target=f"{dep.server.host}:{dep.server.port}")
    started = time.perf_counter()
    blocked: StepResult | None = None
    try:
        for step in test.steps():
            if blocked is not None:
                reason = (_("Not run: the test was cancelled.") if report.cancelled
                          else _("Not run: '{step}' failed.").format(
                              step=blocked.title))
                result = StepResult(step.key, step.title, Status.SKIPPED,
                                    summary=reason)
            else:
                result = _run_step(step, transcript)
                if result.status is Status.FAIL:
                    blocked = result
                elif result.status is Status.SKIPPED:
                    blocked = result
                    report.cancelled = True
            report.steps.append(result)
            log.info("Test step %s: %s %s", step.key, result.status.value,
                     redact(result.summary))
            if on_step is not None:
                on_step(result)
    finally:
        session.close()
        report.duration = time.perf_counter() - started
    return report


def _run_step(step: _Step, transcript: Transcript) -> StepResult:
    begin = time.perf_counter()
    pin_offer = ""
    try:
        summary, detail = step.run()
        status, remedy = Status.PASS, ""
    except _Warn as warn:
        status, summary, remedy, detail = (Status.WARNING, warn.summary,
                                           warn.remedy, warn.detail)
    except Cancelled:
        # Not the server's fault: the step did not finish, it did not fail.
        status, summary, remedy, detail = (Status.SKIPPED,
                                           _("Cancelled while running"), "", "")
    except SessionError as exc:
        status, summary, remedy, detail = (Status.FAIL, exc.summary,
                                           exc.remedy, exc.detail)
        pin_offer = exc.pin_offer
    except (OSError, IMAPClientError) as exc:
        log.debug("Unexpected error in step %s", step.key, exc_info=True)
        status, summary, remedy, detail = (
            Status.FAIL, _("Unexpected error"),
            _("Run the test again; if it repeats, save the report and send it "
              "to support."), f"{type(exc).__name__}: {exc}")
    return StepResult(step.key, step.title, status,
                      duration=time.perf_counter() - begin, summary=summary,
                      detail=transcript.mask(detail), remedy=remedy,
                      transcript=transcript.take(), pin_offer=pin_offer)

