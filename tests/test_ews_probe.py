"""The gateway's EWS connection test, run with the real exchangelib client.

No Exchange server can run here. ``tests.support.ews_responder`` stands in
for Exchange 2010-2019's EWS and Autodiscover on 127.0.0.1: the response
shapes Exchange documents, its SOAP faults (impersonation denied, no such
mailbox, access denied, server busy with BackOffMilliseconds), 401 answers
with one WWW-Authenticate header per method, a real NTLM handshake, and
ServerVersionInfo in every SOAP header.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from app import probes
from app.ews_probe import planned_titles, run_ews_test
from app.imapconn import Timeouts
from app.model import (
    AdapterChoice,
    Deployment,
    EwsAuth,
    ExchangeServer,
    GatewayOptions,
    ServerKind,
    Site,
    Superuser,
    VoicemailUser,
)
from app.probes import Status
from app.probes import TestReport as Report  # not a pytest test class
from tests.support.ews_responder import EwsResponder
from tests.support.reports import assert_stopped_at, step

PASSWORD = "Secret-1"
ALICE = "alice@example.com"
FAST = Timeouts(connect=3.0, read=5.0, total=30.0)


@pytest.fixture
def exchange() -> Iterator[EwsResponder]:
    """A fresh EWS responder (Exchange 2016) for one test."""
    with EwsResponder() as responder:
        yield responder


def gateway(responder: EwsResponder, *, url: str | None = None,
            login: str = "EXAMPLE\\NPUMAdmin",
            kind: ServerKind = ServerKind.EXCHANGE_2016,
            auth: EwsAuth = EwsAuth.AUTO, sample: str = ALICE,
            extra: tuple[EwsResponder, ...] = (), trusted: bool = True,
            autodiscover: str = "") -> Deployment:
    """A gateway deployment pointed at *responder* (and *extra* servers)."""
    servers = [ExchangeServer("127.0.0.1", "", responder.ews_url if url is None
                              else url)]
    servers += [ExchangeServer("127.0.0.1", "", r.ews_url) for r in extra]
    return Deployment(
        site=Site(kind=kind, um_users=800, adapter=AdapterChoice.EXCHANGE_GATEWAY,
                  exchange_servers=servers),
        superuser=Superuser(login=login),
        users=[VoicemailUser("1001", sample), VoicemailUser("1002", "bob@example.com")],
        sample_user=sample,
        gateway=GatewayOptions(auth=auth, autodiscover_url=autodiscover,
                               ca_file=str(responder.ca_file) if trusted else ""))


def run(dep: Deployment, password: str = PASSWORD, **kwargs: Any) -> Report:
    """The EWS test of *dep*, with short time limits."""
    return run_ews_test(dep, password, timeouts=FAST, **kwargs)


def test_a_good_gateway_passes_every_step_and_leaves_the_inbox_as_it_was(
        exchange: EwsResponder) -> None:
    exchange.add_item(ALICE, "Earlier mail", "<earlier@example.com>")

    report = run(gateway(exchange, autodiscover=exchange.pox_url))

    assert report.passed, report.to_text()
    assert [s.key for s in report.steps] == [k for k, _t in planned_titles(
        gateway(exchange))]
    assert [s.status for s in report.steps] == [Status.PASS] * len(report.steps)
    assert step(report, "endpoint").summary == "Offers Negotiate, NTLM, Basic"
    assert step(report, "login").summary == "Signed in as EXAMPLE\\NPUMAdmin (NTLM)"
    assert step(report, "version").summary == "Exchange 2016 on 1 server(s)"
    assert "15.1.2507.6" in step(report, "version").detail
    assert step(report, "mailbox").summary == "1 message(s) in the inbox"
    assert len(exchange.created) == 1
    assert [i.subject for i in exchange.inbox(ALICE).items.values()] == ["Earlier mail"]
    assert PASSWORD not in report.to_text()


def test_the_imap_entry_point_dispatches_a_gateway_site_to_ews(
        exchange: EwsResponder) -> None:
    dep = gateway(exchange, autodiscover=exchange.pox_url)

    report = probes.run_imap_test(dep, PASSWORD, timeouts=FAST)

    assert report.passed, report.to_text()
    assert report.target == exchange.ews_url
    assert probes.planned_titles(dep) == planned_titles(dep)


def test_basic_sign_in_with_a_upn_works_and_no_log_shows_the_password(
        exchange: EwsResponder, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    login = "npumadmin@example.com"

    report = run(gateway(exchange, login=login, auth=EwsAuth.BASIC,
                         autodiscover=exchange.pox_url))

    assert report.passed, report.to_text()
    assert "(basic)" in step(report, "login").summary
    basic = base64.b64encode(f"{login}:{PASSWORD}".encode()).decode()
    assert caplog.records, "DEBUG logging was on"
    assert basic not in caplog.text and PASSWORD not in caplog.text


# Autodiscover


def test_autodiscover_finds_the_ews_address_when_none_is_typed(
        exchange: EwsResponder) -> None:
    report = run(gateway(exchange, url="", autodiscover=exchange.pox_url))

    assert report.passed, report.to_text()
    found = step(report, "autodiscover")
    assert found.summary == f"Found {exchange.ews_url}"
    assert f"POX {exchange.pox_url}: EWS address {exchange.ews_url}" in found.detail
    assert exchange.autodiscover_hits == [f"pox:{ALICE}"]


def test_autodiscover_lists_each_method_and_falls_back_to_soap(
        exchange: EwsResponder) -> None:
    exchange.pox_status = 500
    closed = "https://127.0.0.1:9/autodiscover/autodiscover.xml"

    report = run(gateway(exchange, url=""),
                 pox_urls=[closed, exchange.pox_url],
                 soap_urls=[exchange.soap_autodiscover_url])

    assert report.passed, report.to_text()
    lines = step(report, "autodiscover").detail.splitlines()
    assert lines[0].startswith(f"POX {closed}: no connection")
    assert lines[1] == f"POX {exchange.pox_url}: HTTP 500"
    assert lines[2] == (f"SOAP {exchange.soap_autodiscover_url}: EWS address "
                        f"{exchange.ews_url}")


def test_autodiscover_that_finds_nothing_stops_the_test_without_a_typed_address(
        exchange: EwsResponder) -> None:
    dep = gateway(exchange, url="", sample="nobody@example.com")
    dep.users[0].login = "nobody@example.com"

    report = run(dep, pox_urls=[exchange.pox_url],
                 soap_urls=[exchange.soap_autodiscover_url])

    failed = assert_stopped_at(report, "autodiscover",
                               "Autodiscover found no EWS address for "
                               "nobody@example.com")
    assert "Autodiscover error: 500 The email address can't be found." \
        in failed.detail
    assert "Autodiscover error: InvalidUser" in failed.detail
    assert "EWS/Exchange.asmx" in failed.remedy


def test_autodiscover_refusing_the_sign_in_is_only_a_warning_with_a_typed_address(
        exchange: EwsResponder) -> None:
    exchange.pox_status = 401

    report = run(gateway(exchange, autodiscover=exchange.pox_url))

    assert report.passed, report.to_text()
    found = step(report, "autodiscover")
    assert found.status is Status.WARNING
    assert found.summary == "Autodiscover found nothing; the typed address is used"
    assert "HTTP 401 (sign-in refused)" in found.detail


# Sign-in


def test_a_wrong_password_fails_at_sign_in_with_a_401(exchange: EwsResponder) -> None:
    report = run(gateway(exchange, autodiscover=exchange.pox_url), password="wrong")

    failed = assert_stopped_at(report, "login",
                               "Exchange refused the sign-in of EXAMPLE\\NPUMAdmin",
                               warnings_before=True)
    assert "locked out" in failed.remedy
    assert "wrong" not in report.to_text()


def test_a_server_without_ntlm_is_named_and_basic_is_used_with_a_warning() -> None:
    with EwsResponder(schemes=("Basic",)) as exchange:
        report = run(gateway(exchange, autodiscover=exchange.pox_url,
                             auth=EwsAuth.AUTO), pox_urls=[])

    endpoint = step(report, "endpoint")
    assert endpoint.status is Status.WARNING
    assert endpoint.summary == "NTLM is not offered; Basic sign-in will be used"
    assert "-WindowsAuthentication $true" in endpoint.remedy
    assert step(report, "login").summary == "Signed in as EXAMPLE\\NPUMAdmin (basic)"
    assert report.passed


def test_ntlm_chosen_but_missing_stops_the_test_and_says_how_to_enable_it() -> None:
    with EwsResponder(schemes=("Basic",)) as exchange:
        report = run(gateway(exchange, auth=EwsAuth.NTLM,
                             autodiscover=exchange.pox_url))

    failed = assert_stopped_at(report, "endpoint",
                               "The server does not offer NTLM (it offers Basic)",
                               warnings_before=True)
    assert "Set-WebServicesVirtualDirectory -WindowsAuthentication $true" \
        in failed.remedy


def test_an_untrusted_certificate_fails_the_tls_step(exchange: EwsResponder) -> None:
    report = run(gateway(exchange, trusted=False))

    failed = assert_stopped_at(report, "tls", "The certificate of 127.0.0.1 is "
                                              "refused: unable to get local "
                                              "issuer certificate")
    assert "authority file" in failed.remedy


# Versions (R12)


def test_servers_running_different_exchange_versions_fail_the_version_step(
        exchange: EwsResponder) -> None:
    with EwsResponder(version="2013", tls=exchange.tls) as older:
        report = run(gateway(exchange, extra=(older,), autodiscover=exchange.pox_url))

    failed = assert_stopped_at(report, "version", "The Exchange servers run "
                               "different versions: 127.0.0.1 2016, 127.0.0.1 2013")
    assert "R12" in failed.remedy
    assert "15.0.1497.2" in failed.detail


def test_a_server_version_other_than_the_chosen_one_fails(
        exchange: EwsResponder) -> None:
    report = run(gateway(exchange, kind=ServerKind.EXCHANGE_2013,
                         autodiscover=exchange.pox_url))

    failed = assert_stopped_at(report, "version", "The servers run Exchange 2016, "
                               "but the site is set up for Exchange 2013")
    assert failed.remedy == "Choose Exchange 2016 on the site page."


def test_exchange_2010_is_recognised_from_its_build() -> None:
    with EwsResponder(version="2010") as exchange:
        report = run(gateway(exchange, kind=ServerKind.EXCHANGE_2010,
                             autodiscover=exchange.pox_url))

    assert report.passed, report.to_text()
    assert step(report, "version").summary == "Exchange 2010 on 1 server(s)"


# Impersonation


@pytest.mark.parametrize(("fault", "summary", "remedy"), [
    pytest.param("ErrorImpersonateUserDenied",
                 "EXAMPLE\\NPUMAdmin may not impersonate alice@example.com",
                 "New-ManagementRoleAssignment -Name UMImpersonation -Role "
                 "ApplicationImpersonation -User NPUMAdmin", id="denied"),
    pytest.param("ErrorAccessDenied",
                 "Exchange denied EXAMPLE\\NPUMAdmin access to alice@example.com's "
                 "mailbox", "Set-CASMailbox NPUMAdmin -EwsEnabled $true",
                 id="access-denied"),
    pytest.param("ErrorNonExistentMailbox",
                 "Exchange has no mailbox for alice@example.com",
                 "Get-Mailbox alice@example.com | fl PrimarySmtpAddress",
                 id="no-mailbox"),
])
def test_each_impersonation_fault_has_its_own_remedy(
        exchange: EwsResponder, fault: str, summary: str, remedy: str) -> None:
    exchange.impersonation_faults[ALICE] = fault

    report = run(gateway(exchange, autodiscover=exchange.pox_url))

    failed = assert_stopped_at(report, "impersonation", summary)
    assert remedy in failed.remedy
    assert failed.detail.startswith(fault + ":")
    assert exchange.created == []


def test_a_sample_user_without_a_mailbox_is_reported_by_exchange(
        exchange: EwsResponder) -> None:
    dep = gateway(exchange, sample="carol@example.com", url=exchange.ews_url)
    dep.users[0].login = "carol@example.com"

    report = run(dep, pox_urls=[], soap_urls=[])

    assert_stopped_at(report, "impersonation",
                      "Exchange has no mailbox for carol@example.com",
                      warnings_before=True)


# Throttling


def test_a_busy_server_is_waited_for_as_it_asks_and_the_step_warns(
        exchange: EwsResponder) -> None:
    exchange.busy_on, exchange.busy_count = "CreateItem", 2
    exchange.busy_back_off_ms = 300

    began = time.monotonic()
    report = run(gateway(exchange, autodiscover=exchange.pox_url))
    took = time.monotonic() - began

    written = step(report, "append")
    assert written.status is Status.WARNING, report.to_text()
    assert "after waiting for a busy server" in written.summary
    assert "2 time(s), 0.6 s in all (ErrorServerBusy)" in written.detail
    assert "New-ThrottlingPolicy" in written.remedy
    assert took >= 0.6
    assert len(exchange.created) == 1
    assert report.passed


def test_a_server_that_stays_busy_fails_with_the_throttling_remedy(
        exchange: EwsResponder) -> None:
    exchange.busy_on, exchange.busy_count = "GetFolder", 100
    exchange.busy_back_off_ms = 50

    report = run(gateway(exchange, autodiscover=exchange.pox_url))

    failed = assert_stopped_at(report, "impersonation", "Exchange is throttling the "
                               "superuser (asked to wait 0.1 s)")
    assert "Set-ThrottlingPolicyAssociation NPUMAdmin" in failed.remedy


def test_cancelling_skips_the_remaining_steps(exchange: EwsResponder) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def on_step(result: probes.StepResult) -> None:
        seen.append(result.key)
        if result.key == "tls":
            cancel.set()

    report = run(gateway(exchange), cancel=cancel, on_step=on_step)

    assert report.cancelled and not report.passed
    assert step(report, "autodiscover").summary == "Cancelled while running"
    assert all(s.status is Status.SKIPPED for s in report.steps[3:])
    assert exchange.operations == []


def test_the_run_gives_up_between_steps_once_its_time_limit_is_spent(
        exchange: EwsResponder) -> None:
    exchange.busy_on, exchange.busy_count = "GetFolder", 2
    exchange.busy_back_off_ms = 600
    limits = Timeouts(connect=3.0, read=5.0, total=1.0)

    report = run_ews_test(gateway(exchange, autodiscover=exchange.pox_url),
                          PASSWORD, timeouts=limits)

    assert step(report, "impersonation").status is Status.WARNING
    failed = assert_stopped_at(report, "mailbox", "Gave up: the test ran longer "
                               "than 1 s", warnings_before=True)
    assert "slowly" in failed.remedy
