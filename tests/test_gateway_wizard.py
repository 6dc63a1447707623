"""The gateway's path through the real wizard, through Apply, with pytest-qt.

No Exchange server can run here: ``tests.support.ews_responder`` stands in
for an Exchange 2016 server's EWS on 127.0.0.1 (Exchange's response shapes,
faults, NTLM handshake and ServerVersionInfo), and the real exchangelib
client (in the wizard's test and in the service Apply starts) talks to it.
The responder records every CreateItem, so the test counts deliveries.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app import memkeyring, secrets
from app.hostfacts import HostFacts
from app.model import AdapterChoice, Deployment, EwsAuth, ServerKind
from app.probes import Status
from app.services import BackgroundService
from app.spool import tone_wav, write_voicemail
from tests.support.ews_responder import EwsResponder
from tests.test_wizard import memory_store, run_test
from ui.computerpage import ComputerPage
from ui.finishpage import FinishPage
from ui.gatewaypages import ExchangeServersPage, GatewayAccountsPage
from ui.pages import SitePage, SummaryPage, UsersPage
from ui.testpage import ConnectionTestPage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui
__all__ = ["memory_store"]  # the credential-store fixture, shared

PASSWORD = "Secret-1"
WINDOWS_10 = HostFacts(family="windows", product="Windows 10 Pro",
                       edition="Professional", build=19045, bits=64,
                       computer_name="GW01", fqdn="gw01.example.com",
                       domain="example.com", netbios_domain="EXAMPLE",
                       addresses=("10.20.0.15",))
#: Name lookups as the gateway's network would answer them (no DNS is asked).
LOOKUPS = {"um01.example.com": ("10.20.0.10",), "ex01.example.com": ("10.20.0.21",)}


@pytest.fixture
def exchange() -> Iterator[EwsResponder]:
    """The stand-in Exchange 2016 server."""
    with EwsResponder() as responder:
        yield responder


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    """A wizard on a Windows 10 gateway candidate; its service stops afterwards."""
    wiz = SetupWizard(deployment=Deployment(),
                      config_path=tmp_path / "config" / "umconnect.toml",
                      state_dir=tmp_path / "state", host_facts=WINDOWS_10,
                      resolver=lambda name: LOOKUPS.get(name, ()))
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wiz.shutdown()
    BackgroundService(wiz.config_path, wiz.state_dir).stop()


def click_next(qtbot: QtBot, wiz: SetupWizard) -> None:
    """Press Next (or Apply) like a user, after checking it is enabled."""
    for which in (QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton):
        button = wiz.button(which)
        if button.isVisible():
            qtbot.waitUntil(button.isEnabled, timeout=5_000)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("neither Next nor Apply is shown")


def fill_gateway_path(qtbot: QtBot, wiz: SetupWizard, exchange: EwsResponder,
                      spool: Path, password: str = PASSWORD,
                      ) -> ConnectionTestPage:
    """Answer every gateway page a technician would, up to the test page."""
    click_next(qtbot, wiz)                                    # welcome
    site = wiz.currentPage()
    assert isinstance(site, SitePage)
    site.kind.setCurrentIndex(site.kind.findData(ServerKind.EXCHANGE_2016))
    site.users.setValue(800)
    assert "Exchange gateway" in site.advice.text()
    click_next(qtbot, wiz)

    computer = wiz.currentPage()
    assert isinstance(computer, ComputerPage)
    qtbot.keyClicks(computer.um_server, "um01.example.com")
    computer.servers.item(0, 0).setText("ex01.example.com")
    computer.servers.item(0, 1).setText("2016")
    click_next(qtbot, wiz)

    servers = wiz.currentPage()
    assert isinstance(servers, ExchangeServersPage)
    assert "not offered for Office 365" in servers.why.text()
    servers.set_ews_url(0, exchange.ews_url)
    qtbot.keyClicks(servers.autodiscover, exchange.pox_url)
    qtbot.keyClicks(servers.ca_file, str(exchange.ca_file))
    click_next(qtbot, wiz)

    accounts = wiz.currentPage()
    assert isinstance(accounts, GatewayAccountsPage)
    qtbot.keyClicks(accounts.login, "EXAMPLE\\NPUMAdmin")
    qtbot.keyClicks(accounts.password, password)
    accounts.auth.setCurrentIndex(accounts.auth.findData(EwsAuth.NTLM))
    click_next(qtbot, wiz)

    users = wiz.currentPage()
    assert isinstance(users, UsersPage)
    qtbot.keyClicks(users.spool, str(spool))
    for column, text in enumerate(("1001", "default", "alice@example.com", "Alice")):
        users.table.item(0, column).setText(text)
    click_next(qtbot, wiz)

    page = wiz.currentPage()
    assert isinstance(page, ConnectionTestPage)
    return page


def test_the_gateway_path_through_apply_delivers_a_voicemail_once(
        qtbot: QtBot, wizard: SetupWizard, exchange: EwsResponder, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    page = fill_gateway_path(qtbot, wizard, exchange, spool)

    run_test(qtbot, page)
    report = page.report
    assert report is not None and report.passed, report.to_text()
    assert all(s.status is Status.PASS for s in report.steps), report.to_text()
    assert [page.tree.topLevelItem(i).text(1)
            for i in range(page.tree.topLevelItemCount())][:4] == [
        "Look up 127.0.0.1", f"Connect to port {exchange.port}",
        "Secure the connection (TLS)", "Autodiscover for alice@example.com"]
    assert exchange.inbox("alice@example.com").items == {}, "test item left behind"
    created_by_test = len(exchange.created)
    click_next(qtbot, wizard)

    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    text = summary.text.text()
    assert "Exchange gateway (MAPI gateway)" in text
    assert exchange.ews_url in text and "EXAMPLE\\NPUMAdmin" in text
    assert PASSWORD not in text
    click_next(qtbot, wizard)                                  # Apply

    finish = wizard.page(FinishPage)
    qtbot.waitUntil(lambda: not finish.busy, timeout=30_000)
    qtbot.waitUntil(lambda: "running" in finish.status.text(), timeout=20_000)
    written = wizard.config_path.read_text()
    assert exchange.ews_url in written and PASSWORD not in written
    ref = secrets.superuser_ref(wizard.deployment)
    assert ref.username == "EXAMPLE\\NPUMAdmin@ex01.example.com"
    assert memory_store.get_password(ref.service, ref.username) == PASSWORD

    write_voicemail(spool, "default", "1001", audio=tone_wav(0.5),
                    callerid='"Bob Caller" <5550100>', duration=7)
    deadline = time.monotonic() + 20
    while len(exchange.created) == created_by_test and time.monotonic() < deadline:
        qtbot.wait(200)
    time.sleep(3 * wizard.deployment.service.poll_seconds)

    delivered = exchange.created[created_by_test:]
    assert [(c.mailbox, c.subject) for c in delivered] == [
        ("alice@example.com", "Voicemail from Bob Caller (5550100), 0:07")]
    (item,) = exchange.inbox("alice@example.com").items.values()
    assert not item.is_read
    qtbot.waitUntil(lambda: "1 voicemail" in finish.status.text(), timeout=10_000)
    assert PASSWORD not in "\n".join(
        BackgroundService(wizard.config_path, wizard.state_dir).log_tail(200))


def test_denied_impersonation_shows_the_powershell_remedy_and_blocks_next(
        qtbot: QtBot, wizard: SetupWizard, exchange: EwsResponder, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    exchange.impersonation_faults["alice@example.com"] = "ErrorImpersonateUserDenied"
    page = fill_gateway_path(qtbot, wizard, exchange, tmp_path)

    run_test(qtbot, page)

    assert page.report is not None and not page.report.passed
    failure = page.report.first_failure
    assert failure is not None and failure.key == "impersonation"
    assert "may not impersonate alice@example.com" in page.headline.text()
    details = page.details.toPlainText()
    assert "New-ManagementRoleAssignment -Name UMImpersonation -Role " \
        "ApplicationImpersonation -User NPUMAdmin" in details
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert PASSWORD not in details


def test_ews_addresses_survive_a_visit_back_to_this_computer(
        qtbot: QtBot, wizard: SetupWizard, exchange: EwsResponder, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    fill_gateway_path(qtbot, wizard, exchange, tmp_path)
    for _page in range(4):                      # back to "This computer"
        wizard.back()
    computer = wizard.currentPage()
    assert isinstance(computer, ComputerPage)
    computer.um_server.setText("um02.example.com")   # an edit rebuilds the list

    click_next(qtbot, wizard)

    servers = wizard.currentPage()
    assert isinstance(servers, ExchangeServersPage)
    assert servers.table.item(0, 2).text() == exchange.ews_url
    assert wizard.deployment.site.exchange_servers[0].ews_url == exchange.ews_url


def test_office_365_is_not_offered_the_gateway_and_the_wizard_says_why(
        qtbot: QtBot, wizard: SetupWizard) -> None:
    click_next(qtbot, wizard)
    site = wizard.currentPage()
    assert isinstance(site, SitePage)
    site.kind.setCurrentIndex(site.kind.findData(ServerKind.OFFICE_365))
    site.adapter.setCurrentIndex(site.adapter.findData(AdapterChoice.EXCHANGE_GATEWAY))

    text = "\n".join(label.text() for label in site.findings.findChildren(
        type(site.advice)) if label.isVisibleTo(site.findings))

    assert "✘ R6: The Exchange gateway cannot serve Office 365" in text
    assert "EWS" in text
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
