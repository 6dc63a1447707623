"""The "Find from an email address" dialog and the Mail server page it fills.

The dialog asks only the local DNS server (tests.support.dns_server) and, where
Autodiscover is wanted, the local HTTPS responder; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QWizard

from app.autodetect import Candidate
from app.hostfacts import HostFacts
from app.model import Deployment, Security, ServerKind
from tests.support import autodiscover_server as ads
from tests.support.dns_server import DnsServer
from ui.autodetect import AutodetectDialog
from ui.pages import ServerPage, SitePage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui

LINUX = HostFacts(family="linux", product="Debian GNU/Linux 12 (bookworm)",
                  computer_name="box", addresses=("10.20.0.99",))


@pytest.fixture
def dns() -> Iterator[DnsServer]:
    records = {
        ("_imaps._tcp.example.com", "SRV"): ["0 1 993 imap.example.com."],
        ("_imap._tcp.example.com", "SRV"): ["0 1 143 imap.example.com.",
                                            "5 1 1143 backup.example.com."],
    }
    with DnsServer(records, silent=("_imaps._tcp.slow.example",)) as server:
        yield server


def make_dialog(qtbot: QtBot, dns: DnsServer, email: str = "",
                **options: object) -> AutodetectDialog:
    dialog = AutodetectDialog(email=email, resolver=dns.resolver(),
                              autodiscover_urls=[], timeout=2.0)
    for name, value in options.items():
        setattr(dialog, name, value)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def find(qtbot: QtBot, dialog: AutodetectDialog) -> None:
    """Press Find like a user and wait for the search to end."""
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.searching
    assert not dialog.find_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)


def texts(widget: QListWidget) -> list[str]:
    """The lines of a list, as shown."""
    return [widget.item(row).text() for row in range(widget.count())]


def test_dialog_lists_servers_and_what_was_tried(qtbot: QtBot,
                                                 dns: DnsServer) -> None:
    dialog = make_dialog(qtbot, dns)
    qtbot.keyClicks(dialog.email, "alice@example.com")
    find(qtbot, dialog)

    shown = texts(dialog.results)
    assert len(shown) == 3
    assert shown[0].startswith("imap.example.com:993 — TLS\n")
    assert "DNS SRV _imaps._tcp.example.com (priority 0, weight 1)" in shown[0]
    assert shown[1].startswith("imap.example.com:143 — STARTTLS\n")
    assert shown[2].startswith("backup.example.com:1143 — STARTTLS\n")
    tried = "\n".join(texts(dialog.tried))
    assert "• Known providers (Office 365, Google): example.com is not one" in tried
    assert "DNS SRV _autodiscover._tcp.example.com: no record" in tried
    assert "Found 3 servers." in dialog.status.text()
    assert dialog.find_button.isEnabled()

    # The first one is highlighted; Use hands it back.
    assert dialog.use_button.isEnabled()
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [Candidate(
        "imap.example.com", 993, Security.TLS,
        "DNS SRV _imaps._tcp.example.com (priority 0, weight 1)")]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dialog_shows_autodiscover_sources_merged(qtbot: QtBot,
                                                  dns: DnsServer) -> None:
    with ads.AutodiscoverServer() as web:
        web.answers[web.path("a", "example.com")] = ads.imap_answer(
            "imap.example.com")
        dialog = make_dialog(qtbot, dns, "alice@example.com",
                             autodiscover_urls=[web.template("a")],
                             ssl_context=web.ssl_context())
        find(qtbot, dialog)
    first = texts(dialog.results)[0]
    assert "DNS SRV _imaps._tcp.example.com" in first
    assert f"Exchange Autodiscover at {web.base}/a/example.com/" in first


def test_bad_address_is_explained_and_nothing_runs(qtbot: QtBot,
                                                   dns: DnsServer) -> None:
    dialog = make_dialog(qtbot, dns, "alice")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert not dialog.searching
    assert "is not an email address" in dialog.status.text()
    assert dns.queries == []
    assert not dialog.use_button.isEnabled()


def test_nothing_found_points_to_manual_entry(qtbot: QtBot,
                                              dns: DnsServer) -> None:
    dialog = make_dialog(qtbot, dns, "bob@nowhere.example")
    find(qtbot, dialog)
    assert dialog.results.count() == 0
    assert "enter the server by hand" in dialog.status.text()
    assert not dialog.use_button.isEnabled()
    # Use without a choice does nothing.
    dialog.accept()
    assert dialog.isVisible()


def test_stop_ends_a_slow_search(qtbot: QtBot, dns: DnsServer) -> None:
    dialog = make_dialog(qtbot, dns, "carol@slow.example", timeout=8.0)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "_imaps._tcp.slow.example" in dialog.status.text())
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=3_000)
    assert "Search stopped" in dialog.status.text()
    assert ("_imap._tcp.slow.example.", "SRV") not in dns.queries


def test_closing_the_dialog_cancels_the_search(qtbot: QtBot,
                                               dns: DnsServer) -> None:
    dialog = make_dialog(qtbot, dns, "carol@slow.example", timeout=8.0)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    task = dialog.task
    assert task is not None
    dialog.reject()
    assert task.cancel_event.is_set()
    # Wait for the task's last signal, not only its end: the dialog owns it.
    qtbot.waitUntil(lambda: not dialog.searching, timeout=3_000)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    wiz = SetupWizard(deployment=Deployment(), config_path=tmp_path / "c.toml",
                      state_dir=tmp_path / "state", host_facts=LINUX,
                      resolver=lambda name: ())
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wiz.shutdown()


def open_server_page(wiz: SetupWizard, kind: ServerKind) -> ServerPage:
    wiz.next()
    site = wiz.page(SitePage)
    site.kind.setCurrentIndex(site.kind.findData(kind))
    site.users.setValue(100)
    wiz.next()
    page = wiz.currentPage()
    assert isinstance(page, ServerPage)
    return page


@pytest.mark.parametrize("kind", [ServerKind.EXCHANGE_2016, ServerKind.OFFICE_365])
def test_server_page_is_filled_from_the_chosen_server(
        qtbot: QtBot, wizard: SetupWizard, dns: DnsServer,
        kind: ServerKind) -> None:
    page = open_server_page(wizard, kind)
    if kind is ServerKind.OFFICE_365:
        # The preset is filled in and locked until Edit is pressed.
        assert page.host.text() == "outlook.office365.com"
        assert not page.host.isEnabled()

    qtbot.mouseClick(page.autodetect_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AutodetectDialog)
    assert dialog is not None
    assert dialog.isVisible()
    # Point the search at the local DNS server only.
    dialog.resolver = dns.resolver()
    dialog.autodiscover_urls = []
    dialog.timeout = 2.0
    qtbot.keyClicks(dialog.email, "alice@example.com")
    find(qtbot, dialog)
    assert wizard.tasks == []

    dialog.results.setCurrentRow(2)  # backup.example.com:1143, STARTTLS
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    assert page.host.text() == "backup.example.com"
    assert page.port.value() == 1143
    assert page.security.currentData() == Security.STARTTLS
    assert page.host.isEnabled()
    server = wizard.deployment.server
    assert (server.host, server.port, server.security) == (
        "backup.example.com", 1143, Security.STARTTLS)
    # Office 365 signs in with OAuth 2.0 on a later page: nothing blocks here.
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # The dialog goes away once closed.
    qtbot.waitUntil(lambda: page.findChild(AutodetectDialog) is None)


def test_cancelling_the_dialog_leaves_the_page_alone(
        qtbot: QtBot, wizard: SetupWizard, dns: DnsServer) -> None:
    page = open_server_page(wizard, ServerKind.EXCHANGE_2016)
    page.host.setText("mail.example.org")
    qtbot.mouseClick(page.autodetect_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AutodetectDialog)
    assert dialog is not None
    dialog.reject()
    assert page.host.text() == "mail.example.org"
    assert wizard.deployment.server.host == "mail.example.org"


def test_choosing_a_providers_server_makes_the_site_that_provider(
        qtbot: QtBot, wizard: SetupWizard, dns: DnsServer) -> None:
    page = open_server_page(wizard, ServerKind.EXCHANGE_2016)
    page.ca_file.setText(__file__)  # a CA file of the server typed before

    qtbot.mouseClick(page.autodetect_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AutodetectDialog)
    assert dialog is not None
    dialog.resolver = dns.resolver()
    dialog.autodiscover_urls = []
    qtbot.keyClicks(dialog.email, "someone@gmail.com")
    find(qtbot, dialog)
    dialog.results.setCurrentRow(0)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)

    assert page.host.text() == "imap.gmail.com"
    assert wizard.deployment.site.kind is ServerKind.GOOGLE
    assert page.ca_file.text() == "", "the old server's CA file does not carry over"
    assert dns.queries == [], "a known provider needs no lookups"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
