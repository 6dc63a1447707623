"""The live connection test (app.probes, app.imapconn): real and hostile servers.

Every server here listens on 127.0.0.1; the one name lookup that would leave
the machine ("unknown server name") is answered by a stand-in for DNS.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from app.certs import TLSMaterial, make_tls_material
from app.imapconn import Guard, ImapSession, SessionError, Timeouts, Transcript
from app.model import (
    Deployment,
    ImapServer,
    Impersonation,
    Security,
    Superuser,
    VoicemailUser,
)
from app.probes import Status, StepResult, planned_titles, run_imap_test
from app.probes import TestReport as Report  # not a pytest test class
from tests.support import hostile
from tests.support.dovecot import Dovecot
from tests.support.reports import assert_stopped_at, step

HOST = "127.0.0.1"
#: Seconds allowed on top of a configured limit before a verdict counts as late.
SLACK = 3.0
#: Thread names of the session's helpers, which must not outlive a test run.
SESSION_THREADS = ("imap-guard", "dns")
#: Seconds a test waits for a thread that should be ending anyway.
JOIN = 5.0

#: The impersonation forms Dovecot understands (not Exchange's).
DOVECOT_FORMS = [Impersonation.AUTHZID, Impersonation.MASTER_SEPARATOR]

EXISTING = (
    b"From: caller@example.invalid\r\n"
    b"To: alice@example.invalid\r\n"
    b"Subject: an earlier voicemail\r\n"
    b"\r\n"
    b"Already in the inbox before the test.\r\n"
)


def deployment(server: ImapServer, *,
               impersonation: Impersonation = Impersonation.AUTHZID,
               superuser: str = "npumadmin", user: str = "alice") -> Deployment:
    """A deployment whose connection test opens *user*'s mailbox on *server*."""
    return Deployment(
        server=server,
        superuser=Superuser(login=superuser, impersonation=impersonation),
        users=[VoicemailUser(mailbox="1001", login=user)],
        sample_user=user,
    )


def on_dovecot(dovecot: Dovecot, security: Security, *, ca: bool = True,
               pin: str = "") -> ImapServer:
    """The Dovecot listener that serves *security*, trusted by CA file or pin."""
    port = dovecot.tls_port if security is Security.TLS else dovecot.plain_port
    return ImapServer(host=HOST, port=port, security=security,
                      ca_file=str(dovecot.ca_file) if ca else "",
                      pinned_fingerprint=pin)


def on_port(port: int, security: Security = Security.STARTTLS) -> ImapServer:
    """A server on 127.0.0.1:*port*; STARTTLS so the greeting comes first."""
    return ImapServer(host=HOST, port=port, security=security)


@dataclass(frozen=True)
class Inbox:
    """What alice herself sees in her INBOX."""

    uids: list[int]
    uidnext: int
    deleted: list[int]
    test_messages: list[int]


def alice_inbox(dovecot: Dovecot) -> Inbox:
    """Log in as alice over a fresh connection and look at her INBOX."""
    with IMAPClient(HOST, port=dovecot.tls_port, ssl=True,
                    ssl_context=dovecot.ssl_context(), timeout=10) as client:
        client.login("alice", dovecot.users["alice"])
        info = client.select_folder("INBOX", readonly=True)
        return Inbox(
            uids=sorted(client.search("ALL")),
            uidnext=int(info[b"UIDNEXT"]),
            deleted=sorted(client.search("DELETED")),
            test_messages=sorted(client.search(
                ["HEADER", "Message-ID", "umconnect-test"])),
        )


def seed_alice(dovecot: Dovecot) -> None:
    """Leave one ordinary message in alice's INBOX."""
    with IMAPClient(HOST, port=dovecot.tls_port, ssl=True,
                    ssl_context=dovecot.ssl_context(), timeout=10) as client:
        client.login("alice", dovecot.users["alice"])
        client.append("INBOX", EXISTING)


def session_threads() -> list[str]:
    """Names of live threads that belong to an IMAP session."""
    return [t.name for t in threading.enumerate() if t.name in SESSION_THREADS]


def wait_for_no_session_threads(timeout: float = 2.0) -> list[str]:
    """Give finished sessions a moment to end their threads; return leftovers."""
    deadline = time.monotonic() + timeout
    while session_threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    return session_threads()


def every_rendering(report: Report) -> dict[str, str]:
    """The report in each form it leaves the program in."""
    return {
        "text": report.to_text(),
        "json": json.dumps(report.to_dict(), ensure_ascii=False),
        "json-ascii": json.dumps(report.to_dict()),
        "html": report.to_html(),
        "transcripts": "\n".join(line for s in report.steps for line in s.transcript),
    }


# -- a full pass against Dovecot ---------------------------------------------------


@pytest.mark.dovecot
@pytest.mark.parametrize(
    ("security", "impersonation"),
    [
        pytest.param(Security.TLS, Impersonation.AUTHZID, id="tls-authzid"),
        pytest.param(Security.TLS, Impersonation.MASTER_SEPARATOR,
                     id="tls-master-separator"),
        pytest.param(Security.STARTTLS, Impersonation.AUTHZID, id="starttls-authzid"),
        pytest.param(Security.STARTTLS, Impersonation.MASTER_SEPARATOR,
                     id="starttls-master-separator"),
    ],
)
def test_full_pass_runs_every_planned_step_and_leaves_the_inbox_as_it_was(
    clean_dovecot: Dovecot, security: Security, impersonation: Impersonation,
) -> None:
    seed_alice(clean_dovecot)
    before = alice_inbox(clean_dovecot)
    dep = deployment(on_dovecot(clean_dovecot, security), impersonation=impersonation)
    streamed: list[StepResult] = []

    report = run_imap_test(dep, clean_dovecot.master_password,
                           on_step=streamed.append)

    assert [(s.key, s.title) for s in report.steps] == planned_titles(dep)
    assert all(s.status is Status.PASS for s in report.steps), report.to_text()
    assert report.passed
    assert not report.cancelled
    assert streamed == report.steps
    assert step(report, "login").detail == impersonation.label
    after = alice_inbox(clean_dovecot)
    assert len(before.uids) == 1
    assert after.uids == before.uids
    # One message was appended (it used up a UID) and removed again.
    assert after.uidnext == before.uidnext + 1
    assert f"UID {before.uidnext}" in step(report, "append").summary
    assert after.deleted == []
    assert after.test_messages == []


def test_planned_order_puts_starttls_after_the_greeting() -> None:
    tls = deployment(on_port(993, Security.TLS))
    starttls = deployment(on_port(143, Security.STARTTLS))

    tls_keys = [key for key, _title in planned_titles(tls)]
    starttls_keys = [key for key, _title in planned_titles(starttls)]

    assert tls_keys.index("tls") < tls_keys.index("greeting")
    assert starttls_keys.index("greeting") < starttls_keys.index("tls")
    assert sorted(tls_keys) == sorted(starttls_keys)


@pytest.mark.dovecot
def test_non_ascii_password_logs_in_over_authenticate_plain(
    clean_dovecot: Dovecot,
) -> None:
    # The fixture's only master user has an ASCII password, so carol (whose
    # password has umlauts) acts for herself: SASL PLAIN with authzid = authcid.
    # This proves the UTF-8 password reaches Dovecot and is accepted; a master
    # user with a non-ASCII password would need a change to tests/support.
    password = clean_dovecot.users["carol"]
    assert not password.isascii()
    dep = deployment(on_dovecot(clean_dovecot, Security.TLS),
                     superuser="carol", user="carol")

    report = run_imap_test(dep, password)

    assert report.passed, report.to_text()
    assert password not in report.to_text()


# -- certificates --------------------------------------------------------------


@pytest.mark.dovecot
@pytest.mark.parametrize(
    ("security", "pin_form"),
    [
        pytest.param(Security.TLS, str, id="tls-colons"),
        pytest.param(Security.TLS, lambda fp: fp.replace(":", "").lower(),
                     id="tls-bare-lowercase"),
        pytest.param(Security.STARTTLS, str, id="starttls-colons"),
    ],
)
def test_pinned_fingerprint_is_trusted_without_a_ca_file(
    dovecot: Dovecot, security: Security, pin_form: Callable[[str], str],
) -> None:
    dep = deployment(on_dovecot(dovecot, security, ca=False,
                                pin=pin_form(dovecot.fingerprint)))

    report = run_imap_test(dep, dovecot.master_password)

    assert report.passed, report.to_text()
    assert "pinned certificate" in step(report, "tls").summary
    assert dovecot.fingerprint in step(report, "tls").detail


@pytest.mark.dovecot
@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_wrong_pin_fails_at_the_tls_step(dovecot: Dovecot,
                                         security: Security) -> None:
    other = make_tls_material((HOST,)).fingerprint
    dep = deployment(on_dovecot(dovecot, security, ca=False, pin=other))

    report = run_imap_test(dep, dovecot.master_password)

    assert_stopped_at(report, "tls", "Certificate does not match the trusted one")
    assert other in step(report, "tls").detail
    assert dovecot.fingerprint in step(report, "tls").detail


@pytest.mark.dovecot
@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_without_the_ca_file_the_certificate_is_not_trusted(
    dovecot: Dovecot, security: Security,
) -> None:
    dep = deployment(on_dovecot(dovecot, security, ca=False))

    report = run_imap_test(dep, dovecot.master_password)

    # Dovecot's certificate is signed by the fixture's own CA, unknown here.
    assert_stopped_at(report, "tls", "Certificate not trusted")
    assert "fingerprint" in step(report, "tls").remedy


def _expired() -> TLSMaterial:
    return make_tls_material(
        (HOST,), not_before=dt.datetime.now(dt.UTC) - dt.timedelta(days=40), days=30)


@pytest.mark.parametrize(
    ("material", "with_ca", "summary"),
    [
        pytest.param(hostile.self_signed_material, False, "Self-signed certificate",
                     id="self-signed"),
        pytest.param(_expired, True, "Certificate expired", id="expired"),
        pytest.param(lambda: make_tls_material(("mail.example.invalid",)), True,
                     "Certificate is for another name", id="other-name"),
    ],
)
def test_certificate_problems_get_their_own_verdict(
    tmp_path: Path, material: Callable[[], TLSMaterial], with_ca: bool,
    summary: str,
) -> None:
    tls = material()
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(tls.ca_pem)
    with hostile.FakeImap(tls=tls) as server:
        dep = deployment(ImapServer(host=HOST, port=server.port,
                                    security=Security.TLS,
                                    ca_file=str(ca_file) if with_ca else ""))

        report = run_imap_test(dep, "irrelevant", timeouts=Timeouts(total=10))

    assert_stopped_at(report, "tls", summary)
    assert server.lines == [], "nothing may be sent over an untrusted connection"


# -- passwords -----------------------------------------------------------------


@pytest.mark.dovecot
@pytest.mark.parametrize("impersonation", DOVECOT_FORMS, ids=str)
def test_wrong_password_is_refused_at_the_login_step(
    dovecot: Dovecot, impersonation: Impersonation,
) -> None:
    dep = deployment(on_dovecot(dovecot, Security.TLS), impersonation=impersonation)

    report = run_imap_test(dep, "not-the-master-pw")

    assert_stopped_at(report, "login", "Login refused")
    assert "password" in step(report, "login").remedy
    assert "AUTHENTICATIONFAILED" in step(report, "login").detail


@pytest.mark.dovecot
@pytest.mark.parametrize(
    ("password", "passes"),
    [
        pytest.param("master-pw", True, id="right-password"),
        pytest.param('wr0ng<&>"pw', False, id="wrong-ascii"),
        pytest.param("pässwörd-ü", False, id="wrong-non-ascii"),
    ],
)
@pytest.mark.parametrize("impersonation", DOVECOT_FORMS, ids=str)
def test_password_never_appears_in_the_report(
    dovecot: Dovecot, password: str, passes: bool, impersonation: Impersonation,
) -> None:
    dep = deployment(on_dovecot(dovecot, Security.STARTTLS),
                     impersonation=impersonation)
    identity = dep.superuser.login_for("alice")
    authzid = "alice" if impersonation is Impersonation.AUTHZID else ""
    blob = base64.b64encode(
        f"{authzid}\0{identity}\0{password}".encode()).decode()

    report = run_imap_test(dep, password)

    assert report.passed is passes, report.to_text()
    assert any("[credentials hidden]" in line for line in step(report, "login")
               .transcript)
    for form, text in every_rendering(report).items():
        for secret in (password, html.escape(password), blob):
            assert secret not in text, f"{secret!r} leaked into the {form}"


def test_login_form_identity_carries_a_non_ascii_password_over_plain() -> None:
    # Dovecot has no master user with a non-ASCII password, so a scripted
    # server checks the bytes of the SASL PLAIN message instead.
    password = "pässwörd-ü"
    superuser = Superuser(login="npumadmin",
                          impersonation=Impersonation.MASTER_SEPARATOR)
    transcript = Transcript()
    with hostile.FakeImap(("AUTH=PLAIN",),
                          accept=("alice*npumadmin", password)) as server, \
            ImapSession(on_port(server.port, Security.PLAIN),
                        Timeouts(connect=5, read=5, total=10),
                        transcript=transcript) as session:
        session.connect()
        session.greet()

        session.login(superuser, password, "alice")

    assert server.plain == [(b"", b"alice*npumadmin", password.encode("utf-8"))]
    assert not any(b" LOGIN " in line for line in server.lines)
    assert password not in "\n".join(transcript.lines)


def test_login_only_server_gets_the_login_form_identity() -> None:
    superuser = Superuser(login="npumadmin",
                          impersonation=Impersonation.MASTER_SEPARATOR)
    transcript = Transcript()
    with hostile.FakeImap((), accept=("alice*npumadmin", "master-pw")) as server, \
            ImapSession(on_port(server.port, Security.PLAIN),
                        Timeouts(connect=5, read=5, total=10),
                        transcript=transcript) as session:
        session.connect()
        session.greet()

        session.login(superuser, "master-pw", "alice")

    logins = [line for line in server.lines if b" LOGIN " in line]
    assert len(logins) == 1
    assert logins[0].split()[2] == b"alice*npumadmin"
    assert server.plain == []
    shown = "\n".join(transcript.lines)
    assert "LOGIN [credentials hidden]" in shown
    assert "master-pw" not in shown
    assert "alice*npumadmin" not in shown


def test_login_only_server_is_never_sent_a_non_ascii_password() -> None:
    superuser = Superuser(login="npumadmin",
                          impersonation=Impersonation.MASTER_SEPARATOR)
    with hostile.FakeImap(()) as server, \
            ImapSession(on_port(server.port, Security.PLAIN),
                        Timeouts(connect=5, read=5, total=10)) as session:
        session.connect()
        session.greet()

        with pytest.raises(SessionError) as raised:
            session.login(superuser, "pässwörd-ü", "alice")

    assert raised.value.summary == "Password cannot be sent to this server"
    assert "ASCII" in raised.value.remedy
    assert not any(b"LOGIN" in line or b"AUTHENTICATE" in line
                   for line in server.lines)


# -- where the connection goes wrong -------------------------------------------


@pytest.mark.dovecot
def test_tls_on_the_plain_port_says_the_server_did_not_answer_with_tls(
    dovecot: Dovecot,
) -> None:
    server = on_dovecot(dovecot, Security.TLS)
    server.port = dovecot.plain_port
    dep = deployment(server)

    report = run_imap_test(dep, dovecot.master_password)

    assert_stopped_at(report, "tls", "The server did not answer with TLS")
    assert "STARTTLS" in step(report, "tls").remedy


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stands in for DNS, which knows no name: the names it was asked for."""
    names: list[str] = []

    def no_such_name(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        names.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    return names


def test_unknown_server_name_fails_the_lookup(asked: list[str]) -> None:
    dep = deployment(ImapServer(host="mail.example.invalid", port=993))

    report = run_imap_test(dep, "irrelevant")

    assert asked == ["mail.example.invalid"]
    assert_stopped_at(report, "dns", "Unknown server name")
    assert "mail.example.invalid" in step(report, "dns").remedy


def test_an_address_is_used_as_it_is(asked: list[str]) -> None:
    with hostile.Tarpit() as server:
        report = run_imap_test(deployment(on_port(server.port)), "irrelevant",
                               timeouts=Timeouts(connect=2, read=0.3, total=5))

    assert asked == []
    assert step(report, "dns").status is Status.PASS
    assert step(report, "dns").summary == HOST
    assert step(report, "tcp").status is Status.PASS


@pytest.fixture
def slow_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Name lookups hang until the yielded event is set (stands in for DNS)."""
    answer = threading.Event()
    real = socket.getaddrinfo

    def hanging(host: str, *args: Any, **kwargs: Any) -> Any:
        answer.wait(30)
        return real(HOST, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    try:
        yield answer
    finally:
        answer.set()


def test_name_lookup_that_hangs_times_out(slow_dns: threading.Event) -> None:
    timeouts = Timeouts(connect=0.5, read=5, total=30)
    dep = deployment(ImapServer(host="mail.example.invalid", port=993))

    report = run_imap_test(dep, "irrelevant", timeouts=timeouts)

    assert_stopped_at(report, "dns", "Name lookup timed out")
    assert report.duration < timeouts.connect + SLACK


def test_closed_port_is_refused() -> None:
    with hostile.closed_port() as port:
        dep = deployment(on_port(port))

        report = run_imap_test(dep, "irrelevant")

    assert_stopped_at(report, "tcp", f"Connection refused on port {port}")


def test_full_accept_queue_times_out_the_connect() -> None:
    timeouts = Timeouts(connect=1, read=5, total=30)
    with hostile.Blackhole() as blackhole:
        dep = deployment(on_port(blackhole.port))

        report = run_imap_test(dep, "irrelevant", timeouts=timeouts)

    assert_stopped_at(report, "tcp", f"No answer from {HOST}")
    assert report.duration < timeouts.connect + SLACK


def test_silent_server_fails_the_greeting_within_the_read_timeout() -> None:
    # A long connect timeout must not stretch the wait for the greeting.
    timeouts = Timeouts(connect=30, read=1, total=60)
    with hostile.Tarpit() as tarpit:
        dep = deployment(on_port(tarpit.port))

        report = run_imap_test(dep, "irrelevant", timeouts=timeouts)

    assert_stopped_at(report, "greeting", "No greeting from the server")
    assert "within 1 s" in step(report, "greeting").remedy
    assert report.duration < timeouts.read + SLACK


def test_dripping_server_is_cut_off_at_the_total_deadline() -> None:
    # One byte a second never trips the 2 s read timeout; only the total does.
    timeouts = Timeouts(connect=2, read=2, total=4)
    with hostile.Dripper(b"* OK ", interval=1.0) as dripper:
        dep = deployment(on_port(dripper.port))

        report = run_imap_test(dep, "irrelevant", timeouts=timeouts)

    assert_stopped_at(report, "greeting", "Gave up: the server is too slow")
    assert report.duration < timeouts.total + SLACK


@pytest.mark.parametrize(
    ("banner", "shown", "summary"),
    [
        pytest.param(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
                     "HTTP/1.1 400", "A web server answers, not IMAP", id="http"),
        pytest.param(b"SSH-2.0-OpenSSH_9.6\r\n", "SSH-2.0",
                     "An SSH server answers, not IMAP", id="ssh"),
        pytest.param(b"+OK Dovecot ready.\r\n", "+OK Dovecot",
                     "A POP3 server answers, not IMAP", id="pop3"),
        pytest.param(b"220 ProFTPD Server ready.\r\n", "ProFTPD",
                     "An FTP server answers, not IMAP", id="ftp"),
        pytest.param(b"\x00\xff\xfe garbage \x01\r\n", "garbage",
                     "Not an IMAP server", id="garbage"),
    ],
)
def test_server_that_does_not_speak_imap_is_named_so(banner: bytes, shown: str,
                                                     summary: str) -> None:
    with hostile.Banner(banner) as server:
        dep = deployment(on_port(server.port))

        report = run_imap_test(dep, "irrelevant",
                               timeouts=Timeouts(connect=5, read=5, total=10))

    assert_stopped_at(report, "greeting", summary)
    assert str(server.port) in step(report, "greeting").remedy
    assert shown in step(report, "greeting").detail


# -- cancelling ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("server", "dns_hangs", "phase"),
    [
        pytest.param(hostile.Tarpit, False, "greeting", id="waiting-for-greeting"),
        pytest.param(hostile.Blackhole, False, "tcp", id="waiting-for-connect"),
        pytest.param(hostile.Tarpit, True, "dns", id="waiting-for-dns"),
    ],
)
def test_cancel_stops_the_test_promptly_and_leaves_no_threads(
    monkeypatch: pytest.MonkeyPatch,
    server: Callable[[], hostile.Tarpit | hostile.Blackhole],
    dns_hangs: bool, phase: str,
) -> None:
    # A stand-in for DNS, which answers when `dns` is set.
    dns = threading.Event()
    if not dns_hangs:
        dns.set()
    real = socket.getaddrinfo

    def lookup(host: str, *args: Any, **kwargs: Any) -> Any:
        dns.wait(30)
        return real(HOST, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    cancel = threading.Event()
    reports: list[Report] = []
    timeouts = Timeouts(connect=20, read=20, total=60)
    with server() as listening:
        dep = deployment(on_port(listening.port))
        if dns_hangs:
            dep.server.host = "mail.example.invalid"  # an address needs no DNS
        worker = threading.Thread(
            target=lambda: reports.append(
                run_imap_test(dep, "irrelevant", timeouts=timeouts, cancel=cancel)),
            name="probe-under-test", daemon=True)
        worker.start()
        time.sleep(0.3)
        cancelled_at = time.monotonic()

        cancel.set()
        worker.join(2.0)
        returned_after = time.monotonic() - cancelled_at
        still_running = worker.is_alive()
        dns.set()  # let a hung lookup finish, as a real resolver eventually does
        worker.join(JOIN)

    assert not still_running, "run_imap_test ignored the cancel"
    assert returned_after < 2.0
    (report,) = reports
    assert report.cancelled
    assert not report.passed
    assert step(report, phase).summary == "Cancelled while running"
    assert step(report, phase).status is Status.SKIPPED
    later = report.steps[[s.key for s in report.steps].index(phase) + 1:]
    assert later
    assert all(s.status is Status.SKIPPED and "cancelled" in s.summary
               for s in later)
    assert "cancelled" in report.headline()
    assert wait_for_no_session_threads() == []


# -- the report itself -----------------------------------------------------------


def _steps(*outcomes: tuple[Status, str]) -> list[StepResult]:
    return [StepResult(f"s{i}", f"Step {i}", status, summary=summary,
                       remedy="Do something." if status is Status.FAIL else "")
            for i, (status, summary) in enumerate(outcomes, start=1)]


@pytest.mark.parametrize(
    ("steps", "cancelled", "passed", "headline"),
    [
        pytest.param(_steps((Status.PASS, "ok"), (Status.PASS, "ok")), False,
                     True, "2 of 2 steps passed — ready to apply", id="pass"),
        pytest.param(_steps((Status.PASS, "ok"), (Status.WARNING, "Expires soon")),
                     False, True,
                     "2 of 2 steps passed — with 1 warning(s): Expires soon",
                     id="warning"),
        pytest.param(_steps((Status.PASS, "ok"), (Status.FAIL, "Login refused"),
                            (Status.SKIPPED, "Not run")), False, False,
                     "1 of 3 steps passed — Step 2: Login refused", id="fail"),
        pytest.param(_steps((Status.PASS, "ok"), (Status.FAIL, "Cancelled"),
                            (Status.SKIPPED, "Not run")), True, False,
                     "1 of 3 steps passed — the test was cancelled", id="cancelled"),
    ],
)
def test_headline_states_the_verdict(steps: list[StepResult], cancelled: bool,
                                     passed: bool, headline: str) -> None:
    report = Report(target=f"{HOST}:993", steps=steps, cancelled=cancelled)

    line = report.headline()

    assert line == headline
    assert report.passed is passed
    assert report.to_dict()["headline"] == line
    assert report.to_text().splitlines()[1] == line


def test_report_round_trips_through_json() -> None:
    with hostile.closed_port() as port:
        report = run_imap_test(deployment(on_port(port)), "irrelevant")

    data = json.loads(json.dumps(report.to_dict()))

    assert data == report.to_dict()
    assert data["target"] == f"{HOST}:{port}"
    assert dt.datetime.fromisoformat(data["started"]) == report.started
    assert data["passed"] is False
    assert data["cancelled"] is False
    assert data["headline"] == report.headline()
    assert [(s["key"], s["status"]) for s in data["steps"]] == [
        (s.key, s.status.value) for s in report.steps]
    failed = next(s for s in data["steps"] if s["status"] == "fail")
    assert failed["summary"] == f"Connection refused on port {port}"
    assert failed["remedy"] in report.to_text()
    assert all(isinstance(s["duration_ms"], float) for s in data["steps"])


@pytest.fixture(autouse=True)
def _no_leftover_servers() -> Iterator[None]:
    """Fail the test that leaves a hostile server's thread running."""
    yield
    leftovers = [t.name for t in threading.enumerate()
                 if t.name.startswith(hostile.THREAD_PREFIX)]
    assert leftovers == []


def test_guard_ignores_a_socket_its_owner_already_closed() -> None:
    # A deadline that fires after the watched socket was closed must neither
    # raise in the guard's thread nor touch another socket.
    errors: list[BaseException] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)
    try:
        sock = socket.socket()
        guard = Guard(0.1, None)
        guard.watch(sock)
        sock.close()
        time.sleep(0.3)
        guard.stop()
    finally:
        threading.excepthook = previous

    assert guard.fired == "deadline"
    assert errors == []
