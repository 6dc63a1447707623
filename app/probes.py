"""The live connection test: small steps, each timed and explained.

:func:`run_imap_test` walks an IMAP server the way the service will use it,
streams each :class:`StepResult` to a callback as it finishes and stops at the
first blocking failure; the steps after it are reported as skipped, with the
reason. Results describe themselves, so the wizard, the command line and the
saved report all print the same sentences.
"""

from __future__ import annotations

import html
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from typing import Any

from imapclient.exceptions import IMAPClientError

from app.i18n import _
from app.imapconn import Cancelled, ImapSession, SessionError, Timeouts, Transcript
from app.model import Deployment, Security
from app.secrets import Redactor

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

    def to_dict(self) -> dict[str, Any]:
        """The step as JSON-ready data."""
        return {
            "key": self.key, "title": self.title, "status": self.status.value,
            "duration_ms": round(self.duration * 1000, 1),
            "summary": self.summary, "detail": self.detail,
            "remedy": self.remedy, "transcript": self.transcript,
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
    if info.days_left is not None and info.days_left < 14:
        raise _Warn(_("Certificate expires in {n} days").format(n=info.days_left),
                    _("Ask the server administrator to renew it soon: the "
                      "service stops when it expires."), detail)
    return summary, detail


_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


class _ImapTest:
    """The steps of one IMAP test over one session."""

    def __init__(self, dep: Deployment, password: str,
                 session: ImapSession | None) -> None:
        self.dep = dep
        self.password = password
        self._session = session
        self.user = dep.sample_user or (dep.users[0].login if dep.users else "")

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
        steps += [
            _Step("capabilities", _("Server capabilities"), self.capabilities),
            _Step("login", _("Superuser login for {user}").format(user=self.user),
                  self.login),
            _Step("mailbox", _("Open {user}'s inbox").format(user=self.user),
                  self.open_inbox),
            _Step("append", _("Write and remove a test message"), self.append),
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
        greeting = self.session.greet()
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

    def open_inbox(self) -> tuple[str, str]:
        try:
            info = self.session.client.select_folder("INBOX")
        except IMAPClientError as exc:
            raise SessionError(_("The inbox cannot be opened"), _(
                "Check that {user} has a mailbox on this server and that the "
                "superuser has full access to it.").format(user=self.user),
                str(exc)) from exc
        caps = {c.decode("ascii", "replace") for c in self.session.capabilities()}
        useful = [c for c in ("IDLE", "UIDPLUS", "CONDSTORE", "QRESYNC", "MOVE")
                  if c in caps]
        summary = _("{n} messages; server offers {caps}").format(
            n=info.get(b"EXISTS", 0), caps=", ".join(useful) or _("no extensions"))
        return summary, " ".join(sorted(caps))

    def append(self) -> tuple[str, str]:
        client = self.session.client
        message_id = make_msgid("umconnect-test")
        msg = EmailMessage()
        msg["From"] = "umconnect <umconnect@localhost>"
        msg["To"] = self.user
        msg["Subject"] = _("umconnect connection test (removed automatically)")
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg["Message-ID"] = message_id
        msg.set_content(_("This message checks that voicemail can be written to "
                          "this mailbox. It is deleted again at once.") + "\n")
        try:
            response = client.append("INBOX", msg.as_bytes(), flags=[b"\\Seen"])
            match = _APPENDUID.search(response or b"")
            if match:
                uids = [int(match.group(1))]
            else:
                client.select_folder("INBOX")
                uids = client.search(["HEADER", "Message-ID", message_id])
            if not uids:
                raise SessionError(_("The test message vanished"), _(
                    "The server accepted the message but does not show it. "
                    "Check server-side rules that move or delete mail."))
            client.select_folder("INBOX")
            client.delete_messages(uids)
            if b"UIDPLUS" in self.session.capabilities():
                client.expunge(uids)
            else:
                raise _Warn(_("Test message marked deleted, not removed"), _(
                    "The server lacks UIDPLUS, so the test cannot remove only "
                    "its own message; it will go at the next expunge."))
        except IMAPClientError as exc:
            raise SessionError(_("Writing to the mailbox failed"), _(
                "The superuser must be allowed to add and delete messages in "
                "{user}'s inbox (full access).").format(user=self.user),
                str(exc)) from exc
        return _("Appended and removed message UID {uid}").format(uid=uids[0]), ""


def planned_titles(dep: Deployment) -> list[tuple[str, str]]:
    """The (key, title) of each step the test will run, in order."""
    return [(s.key, s.title) for s in _ImapTest(dep, "", None).steps()]


def run_imap_test(
    dep: Deployment,
    password: str,
    *,
    timeouts: Timeouts | None = None,
    cancel: Any = None,
    on_step: Callable[[StepResult], None] | None = None,
) -> TestReport:
    """Test *dep*'s IMAP server step by step; see the module docstring."""
    redact = Redactor(password)
    transcript = Transcript(mask=redact)
    session = ImapSession(dep.server, timeouts, cancel, transcript)
    test = _ImapTest(dep, password, session)
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
    except (OSError, IMAPClientError) as exc:
        log.debug("Unexpected error in step %s", step.key, exc_info=True)
        status, summary, remedy, detail = (
            Status.FAIL, _("Unexpected error"),
            _("Run the test again; if it repeats, save the report and send it "
              "to support."), f"{type(exc).__name__}: {exc}")
    return StepResult(step.key, step.title, status,
                      duration=time.perf_counter() - begin, summary=summary,
                      detail=transcript.mask(detail), remedy=remedy,
                      transcript=transcript.take())

