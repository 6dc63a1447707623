"""The connection test's TLS verdicts: certificates, versions, wrong protocol.

Every server here is one of tests/support/tls_servers.py on 127.0.0.1. A
refused certificate is read again on a second connection (never trusted) so
the step can show it and offer it for pinning; these tests check both.
"""

from __future__ import annotations

import datetime as dt
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography import x509

from app.certs import make_tls_material
from app.imapconn import Timeouts, explain_tls_error
from app.model import Deployment, ImapServer, Security, Superuser, VoicemailUser
from app.probes import Status, run_imap_test
from app.probes import TestReport as Report  # not a pytest test class
from tests.support import hostile
from tests.support.reports import assert_stopped_at, step
from tests.support.tls_servers import (
    TLS_1_0,
    TLS_1_1,
    Served,
    StartTLSGreeter,
    TLSGreeter,
    Trouble,
    Versions,
    served,
)

HOST = "127.0.0.1"
#: Seconds allowed on top of a configured limit before a verdict counts as late.
SLACK = 3.0
#: Limits for servers that answer at once.
QUICK = Timeouts(connect=5, read=5, total=20)
#: The sentence every offer to trust a certificate ends with.
COMPARE = "Compare the fingerprint with the server administrator before trusting it."


def deployment(server: ImapServer) -> Deployment:
    """A deployment whose test opens alice's mailbox on *server*."""
    return Deployment(server=server, superuser=Superuser(login="npumadmin"),
                      users=[VoicemailUser(mailbox="1001", login="alice")],
                      sample_user="alice")


def greeter(security: Security, cert: Served, versions: Versions = None,
            **kwargs: int) -> TLSGreeter:
    """The server that speaks *security* with *cert*."""
    kind = StartTLSGreeter if security is Security.STARTTLS else TLSGreeter
    return kind(cert, versions, **kwargs)


def run_against(server: TLSGreeter, security: Security, folder: Path, *, pin: str = "",
             timeouts: Timeouts = QUICK,
             cancel: threading.Event | None = None) -> Report:
    """Run the connection test against *server*, trusting its CA if it says so."""
    target = ImapServer(host=HOST, port=server.port, security=security,
                        ca_file="" if pin else server.cert.ca_file(folder),
                        pinned_fingerprint=pin)
    return run_imap_test(deployment(target), "irrelevant", timeouts=timeouts,
                         cancel=cancel)


def certificate(cert: Served) -> x509.Certificate:
    """The server certificate of *cert*, parsed."""
    return x509.load_pem_x509_certificate(cert.material.cert_pem)


def cert_names(cert: Served) -> list[str]:
    """The subject alternative names of *cert*."""
    alt = certificate(cert).extensions.get_extension_for_class(
        x509.SubjectAlternativeName).value
    return [*alt.get_values_for_type(x509.DNSName),
            *(str(ip) for ip in alt.get_values_for_type(x509.IPAddress))]


def shown_certificate_lines(cert: Served) -> list[str]:
    """The lines a refused-certificate verdict must show for *cert*."""
    parsed = certificate(cert)
    days = (parsed.not_valid_after_utc - dt.datetime.now(dt.UTC)).days
    return [
        f"Subject: {parsed.subject.rfc4514_string()}",
        f"Names: {', '.join(cert_names(cert))}",
        f"Issuer: {parsed.issuer.rfc4514_string()}",
        f"Valid from: {parsed.not_valid_before_utc:%Y-%m-%d %H:%M} UTC",
        f"Valid until: {parsed.not_valid_after_utc:%Y-%m-%d %H:%M} UTC "
        f"(days left: {days})",
        f"SHA-256: {cert.fingerprint}",
        f"Certificates sent by the server: {2 if cert.send_ca else 1}",
    ]


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """Fail the test that leaves a server's or a session's thread running."""
    yield
    deadline = time.monotonic() + 2.0
    while True:
        leftovers = [t.name for t in threading.enumerate()
                     if t.name.startswith(hostile.THREAD_PREFIX)
                     or t.name in ("imap-guard", "dns")]
        if not leftovers or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert leftovers == []


BOTH = [pytest.param(Security.TLS, id="tls"),
        pytest.param(Security.STARTTLS, id="starttls")]


# -- refused certificates -------------------------------------------------------


def _expired_on(cert: Served) -> list[str]:
    return [f"expired on {certificate(cert).not_valid_after_utc:%Y-%m-%d}", "renew"]


def _valid_from(cert: Served) -> list[str]:
    return [f"valid only from {certificate(cert).not_valid_before_utc:%Y-%m-%d}",
            "date and time of this computer"]


@pytest.mark.parametrize("security", BOTH)
@pytest.mark.parametrize(
    ("trouble", "summary", "remedy", "offers_pin"),
    [
        pytest.param(Trouble.EXPIRED, "Certificate expired", _expired_on, False,
                     id="expired"),
        pytest.param(Trouble.NOT_YET_VALID, "Certificate not yet valid", _valid_from,
                     False, id="not-yet-valid"),
        pytest.param(Trouble.WRONG_NAME, "Certificate is for another name",
                     lambda cert: [
                         "for mail.example.invalid, imap.example.invalid",
                         f"connected to {HOST}"], True, id="wrong-name"),
        pytest.param(Trouble.SELF_SIGNED, "Self-signed certificate",
                     lambda cert: ["signed its own certificate"], True,
                     id="self-signed"),
        pytest.param(Trouble.UNKNOWN_AUTHORITY, "Certificate from an unknown authority",
                     lambda cert: ["does not know the authority",
                                   "CN=umconnect test CA", "CA file"], True,
                     id="unknown-authority"),
        pytest.param(Trouble.LEAF_ONLY, "Certificate not trusted",
                     lambda cert: ["may not send its intermediate certificate",
                                   "install the full chain",
                                   "add the authority's CA file"], True,
                     id="missing-intermediate"),
    ],
)
def test_refused_certificate_gets_its_own_verdict_and_is_shown(
    tmp_path: Path, security: Security, trouble: Trouble, summary: str,
    remedy: Callable[[Served], list[str]], offers_pin: bool,
) -> None:
    cert = served(trouble)
    with greeter(security, cert) as server:
        report = run_against(server, security, tmp_path)

    failed = assert_stopped_at(report, "tls", summary)
    for part in remedy(cert):
        assert part in failed.remedy
    assert (COMPARE in failed.remedy) is offers_pin
    assert failed.pin_offer == (cert.fingerprint if offers_pin else "")
    assert failed.to_dict()["pin_offer"] == failed.pin_offer
    for line in shown_certificate_lines(cert):
        assert line in failed.detail.splitlines(), failed.detail
    # The second look handshook once; nothing crossed either TLS connection.
    assert server.accepted == 2
    assert server.refused == 1
    assert len(server.versions) == 1
    assert server.commands == []


def test_expired_certificate_shows_negative_days_left(tmp_path: Path) -> None:
    cert = served(Trouble.EXPIRED)
    with greeter(Security.TLS, cert) as server:
        report = run_against(server, Security.TLS, tmp_path)

    failed = assert_stopped_at(report, "tls", "Certificate expired")
    (until,) = [line for line in failed.detail.splitlines()
                if line.startswith("Valid until:")]
    days = int(until.rsplit("days left: ", 1)[1].rstrip(")"))
    assert -12 <= days <= -10  # it ran out ten days and a few minutes ago


@pytest.mark.parametrize("security", BOTH)
def test_pinned_fingerprint_mismatch_shows_both_and_offers_the_new_one(
    tmp_path: Path, security: Security,
) -> None:
    cert = served(Trouble.VALID)
    trusted = make_tls_material((HOST,)).fingerprint
    with greeter(security, cert) as server:
        report = run_against(server, security, tmp_path, pin=trusted)

    failed = assert_stopped_at(report, "tls",
                               "Certificate does not match the trusted one")
    assert f"Trusted: {trusted}" in failed.detail
    assert f"Server:  {cert.fingerprint}" in failed.detail
    assert f"Names: {HOST}" in failed.detail
    assert "compare the new fingerprint" in failed.remedy
    assert failed.pin_offer == cert.fingerprint
    assert server.accepted == 1, "the pinned connection read the certificate itself"
    # imaplib asks for capabilities right after STARTTLS, before the pin is
    # checked; nothing more may cross the untrusted connection.
    assert {line.split()[1] for line in server.commands} <= {b"CAPABILITY",
                                                             b"LOGOUT"}


@pytest.mark.parametrize("security", BOTH)
@pytest.mark.parametrize(
    "trouble",
    [Trouble.SELF_SIGNED, Trouble.WRONG_NAME, Trouble.UNKNOWN_AUTHORITY,
     Trouble.LEAF_ONLY],
    ids=str,
)
def test_pinning_the_offered_fingerprint_passes_the_tls_step(
    tmp_path: Path, security: Security, trouble: Trouble,
) -> None:
    cert = served(trouble)
    with greeter(security, cert) as server:
        refused = run_against(server, security, tmp_path)
        offer = step(refused, "tls").pin_offer

        pinned = run_against(server, security, tmp_path, pin=offer)

    tls = step(pinned, "tls")
    assert offer == cert.fingerprint
    assert tls.status is Status.PASS, pinned.to_text()
    assert "pinned certificate" in tls.summary
    assert f"SHA-256: {cert.fingerprint}" in tls.detail
    assert tls.pin_offer == ""
    assert step(pinned, "greeting").status is Status.PASS, pinned.to_text()


# -- a trusted certificate -------------------------------------------------------


@pytest.mark.parametrize("security", BOTH)
@pytest.mark.parametrize(
    ("send_ca", "pinned", "chain_line"),
    [
        pytest.param(False, False, "Chain: 2 certificates, 1 sent by the server",
                     id="leaf-sent"),
        pytest.param(True, False, "Chain: 2 certificates, 2 sent by the server",
                     id="chain-sent"),
        pytest.param(False, True, "Certificates sent by the server: 1",
                     id="pinned"),
    ],
)
def test_passed_tls_step_lists_the_names_and_the_chain(
    tmp_path: Path, security: Security, send_ca: bool, pinned: bool,
    chain_line: str,
) -> None:
    cert = Served(make_tls_material((HOST, "localhost")), send_ca=send_ca)
    with greeter(security, cert) as server:
        report = run_against(server, security, tmp_path,
                          pin=cert.fingerprint if pinned else "")

    tls = step(report, "tls")
    assert tls.status is Status.PASS, report.to_text()
    lines = tls.detail.splitlines()
    assert "Names: localhost, 127.0.0.1" in lines
    assert chain_line in lines
    assert tls.pin_offer == ""


# -- versions and handshakes -----------------------------------------------------------


@pytest.mark.parametrize("security", BOTH)
@pytest.mark.parametrize(
    ("versions", "name", "negotiated"),
    [
        pytest.param(TLS_1_0, "TLS 1.0", "TLSv1", id="tls1.0"),
        pytest.param(TLS_1_1, "TLS 1.1", "TLSv1.1", id="tls1.1"),
    ],
)
def test_server_with_only_an_outdated_tls_version_is_named(
    tmp_path: Path, security: Security, versions: Versions, name: str,
    negotiated: str,
) -> None:
    cert = served(Trouble.VALID)
    with greeter(security, cert, versions) as server:
        report = run_against(server, security, tmp_path)

    failed = assert_stopped_at(report, "tls", f"The server offers only {name}")
    assert "Enable TLS 1.2 on the mail server" in failed.remedy
    assert "Exchange 2010 or 2013" in failed.remedy
    assert "enable TLS 1.2 in SCHANNEL" in failed.remedy
    assert failed.pin_offer == ""
    # Only the second look, which allows old versions, got through.
    assert server.versions == [negotiated]
    assert server.commands == []


def _ssl_error(text: str, reason: str | None = None) -> ssl.SSLError:
    error = ssl.SSLError(1, text)
    if reason is not None:
        error.reason = reason  # type: ignore[misc]  # set by OpenSSL normally
        error.library = "SSL"  # type: ignore[misc]
    return error


@pytest.mark.parametrize(
    ("error", "offered", "summary", "remedy"),
    [
        pytest.param(_ssl_error("[SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe "
                                "legacy renegotiation disabled (_ssl.c:1006)",
                                "UNSAFE_LEGACY_RENEGOTIATION_DISABLED"), "",
                     "The server needs legacy renegotiation", "RFC 5746",
                     id="renegotiation"),
        pytest.param(_ssl_error("unsafe legacy renegotiation disabled"), "",
                     "The server needs legacy renegotiation",
                     "Update the mail server's TLS software",
                     id="renegotiation-text-only"),
        pytest.param(_ssl_error("[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert "
                                "protocol version", "TLSV1_ALERT_PROTOCOL_VERSION"),
                     "TLSv1", "The server offers only TLS 1.0", "SCHANNEL",
                     id="tls1.0-offered"),
        pytest.param(_ssl_error("[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol",
                                "UNSUPPORTED_PROTOCOL"), "",
                     "Server offers only an outdated TLS version", "TLS 1.2",
                     id="outdated-version-unknown"),
        pytest.param(_ssl_error("[SSL: WRONG_VERSION_NUMBER] wrong version number",
                                "WRONG_VERSION_NUMBER"), "",
                     "The server did not answer with TLS", "STARTTLS",
                     id="not-tls"),
    ],
)
def test_handshake_errors_map_to_their_verdicts(
    error: ssl.SSLError, offered: str, summary: str, remedy: str,
) -> None:
    verdict = explain_tls_error(error, HOST, offered=offered)

    assert verdict.summary == summary
    assert remedy in verdict.remedy
    assert verdict.pin_offer == ""


def test_refused_starttls_is_named_so(tmp_path: Path) -> None:
    cert = served(Trouble.VALID)
    with StartTLSGreeter(cert, starttls_reply=b"NO not today") as server:
        report = run_against(server, Security.STARTTLS, tmp_path)

    failed = assert_stopped_at(report, "tls", "The server refused STARTTLS")
    assert "Choose TLS from the start" in failed.remedy
    assert failed.pin_offer == ""
    assert server.versions == []


# -- the wrong protocol on the port ------------------------------------------------


def test_tls_chosen_for_a_plain_imap_port_says_the_server_did_not_answer_with_tls(
    tmp_path: Path,
) -> None:
    with hostile.FakeImap() as server:
        target = ImapServer(host=HOST, port=server.port, security=Security.TLS)
        report = run_imap_test(deployment(target), "irrelevant", timeouts=QUICK)

    failed = assert_stopped_at(report, "tls", "The server did not answer with TLS")
    assert "choose STARTTLS or plain text" in failed.remedy
    assert failed.pin_offer == ""
    assert server.accepted == 1, "a port without TLS gets no second look"


@pytest.mark.parametrize(
    ("security", "chosen"),
    [pytest.param(Security.STARTTLS, "STARTTLS", id="starttls"),
     pytest.param(Security.PLAIN, "no encryption", id="plain")],
)
def test_plain_or_starttls_on_a_tls_port_says_the_port_expects_tls(
    tmp_path: Path, security: Security, chosen: str,
) -> None:
    timeouts = Timeouts(connect=5, read=1, total=10)
    with TLSGreeter(served(Trouble.VALID)) as server:
        target = ImapServer(host=HOST, port=server.port, security=security)
        report = run_imap_test(deployment(target), "irrelevant", timeouts=timeouts)

    failed = assert_stopped_at(report, "greeting",
                               "This port expects TLS from the start")
    assert f"Choose TLS (usually port 993) instead of {chosen}" in failed.remedy
    assert "second connection succeeded" in failed.detail
    assert failed.pin_offer == ""
    assert server.commands == []
    assert report.duration < timeouts.total, "the test must not hang"


def test_silent_plain_server_is_not_mistaken_for_a_tls_port() -> None:
    timeouts = Timeouts(connect=5, read=1, total=10)
    with hostile.Tarpit() as tarpit:
        target = ImapServer(host=HOST, port=tarpit.port, security=Security.STARTTLS)
        report = run_imap_test(deployment(target), "irrelevant", timeouts=timeouts)

    assert_stopped_at(report, "greeting", "No greeting from the server")
    assert report.duration < timeouts.total, "the test must not hang"


# -- a second look that does not work out ---------------------------------------------


@pytest.mark.parametrize("security", BOTH)
def test_second_look_that_hangs_still_gives_the_verdict_in_time(
    tmp_path: Path, security: Security,
) -> None:
    timeouts = Timeouts(connect=5, read=1, total=30)
    cert = served(Trouble.SELF_SIGNED)
    with greeter(security, cert, answer_first=1) as server:
        report = run_against(server, security, tmp_path, timeouts=timeouts)

    failed = assert_stopped_at(report, "tls", "Self-signed certificate")
    assert "could not be read on a second connection" in failed.detail
    assert failed.pin_offer == "", "no fingerprint was read, so none is offered"
    assert server.accepted == 2
    # The second look waits one read timeout, not the whole session's limit.
    assert report.duration < 2 * timeouts.read + SLACK


@pytest.mark.parametrize("security", BOTH)
def test_cancel_during_the_second_look_stops_the_test_promptly(
    tmp_path: Path, security: Security,
) -> None:
    timeouts = Timeouts(connect=20, read=20, total=60)
    cancel = threading.Event()
    reports: list[Report] = []
    with greeter(security, served(Trouble.SELF_SIGNED), answer_first=1) as server:
        worker = threading.Thread(
            target=lambda: reports.append(run_against(
                server, security, tmp_path, timeouts=timeouts, cancel=cancel)),
            name="probe-under-test", daemon=True)
        worker.start()
        deadline = time.monotonic() + 10
        while server.accepted < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.2)  # the second look now waits for a handshake
        cancelled_at = time.monotonic()

        cancel.set()
        worker.join(5.0)
        returned_after = time.monotonic() - cancelled_at

    assert server.accepted == 2
    assert not worker.is_alive(), "run_imap_test ignored the cancel"
    assert returned_after < 2.0
    (report,) = reports
    assert report.cancelled
    tls = step(report, "tls")
    assert tls.status is Status.SKIPPED
    assert tls.summary == "Cancelled while running"
