"""The deployment rules as the technician meets them in the real wizard."""

from __future__ import annotations

import threading
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QWizard

from app import config
from app.hostfacts import HostFacts
from app.model import AdapterChoice, Deployment, ServerKind
from ui.computerpage import ComputerPage
from ui.pages import ServerPage, SitePage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui

WINDOWS_11 = HostFacts(family="windows", product="Windows 11 Pro",
                       edition="Professional", build=22631, bits=64,
                       computer_name="GW01", fqdn="gw01.corp.test",
                       domain="corp.test", netbios_domain="CORP",
                       addresses=("10.20.0.15",))
LINUX = HostFacts(family="linux", product="Debian GNU/Linux 12 (bookworm)",
                  computer_name="box", addresses=("10.20.0.99",))
#: Name lookups as the gateway's network would answer them (no DNS is asked).
LOOKUPS = {"um01.corp.test": ("10.20.0.10",), "ex01.corp.test": ("10.20.0.21",),
           "ex02.corp.test": ("10.20.0.22",), "gw01.corp.test": ("10.20.0.15",)}


def make_wizard(qtbot: QtBot, tmp_path: Path, host: HostFacts) -> SetupWizard:
    """A wizard with recorded facts about this computer and fixed lookups."""
    wiz = SetupWizard(deployment=Deployment(), config_path=tmp_path / "c.toml",
                      state_dir=tmp_path / "state", host_facts=host,
                      resolver=lambda name: LOOKUPS.get(name, ()))
    wiz.confirm_cancel = False  # teardown closes the window; nobody answers
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    return wiz


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    """A wizard on the site page, on a Windows 11 gateway candidate."""
    wiz = make_wizard(qtbot, tmp_path, WINDOWS_11)
    yield wiz
    wiz.shutdown()


def next_enabled(wiz: SetupWizard) -> bool:
    """Whether Next can be pressed right now."""
    return wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def set_site(page: SitePage, kind: ServerKind, users: int, servers: int = 1) -> None:
    """Answer the site page."""
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.users.setValue(users)
    page.servers.setValue(servers)


def shown_text(page: SitePage | ComputerPage) -> str:
    """Everything the findings view says, as one text."""
    return "\n".join(label.text() for label in page.findings.findChildren(QLabel)
                     if label.isVisibleTo(page.findings))


@pytest.mark.parametrize(("kind", "users", "servers", "blocked_by"), [
    pytest.param(ServerKind.EXCHANGE_2016, 500, 1, None, id="exchange-500-passes"),
    pytest.param(ServerKind.OFFICE_365, 501, 1, "R4", id="office365-501-blocks"),
    pytest.param(ServerKind.GOOGLE, 2_501, 1, "R4", id="google-2501-blocks"),
    pytest.param(ServerKind.GOOGLE, 100, 2, "R3", id="google-two-servers-block"),
])
def test_site_page_blocks_next_and_says_why(
        wizard: SetupWizard, kind: ServerKind, users: int, servers: int,
        blocked_by: str | None) -> None:
    page = wizard.page(SitePage)

    set_site(page, kind, users, servers)

    if blocked_by is None:
        assert next_enabled(wizard)
    else:
        assert not next_enabled(wizard)
        assert f"✘ {blocked_by}:" in shown_text(page)
        assert "What to do:" in shown_text(page)


def test_exchange_over_500_switches_the_advice_to_the_gateway(
        wizard: SetupWizard) -> None:
    page = wizard.page(SitePage)

    set_site(page, ServerKind.EXCHANGE_2016, 501)

    assert "Exchange gateway" in page.advice.text()
    assert "501" in page.advice.text()


def test_forcing_the_imap_connector_beyond_its_limit_is_an_error(
        wizard: SetupWizard) -> None:
    page = wizard.page(SitePage)
    set_site(page, ServerKind.EXCHANGE_2016, 501)

    page.adapter.setCurrentIndex(page.adapter.findData(AdapterChoice.IMAP_CONNECTOR))

    assert not next_enabled(wizard)
    assert "✘ R4:" in shown_text(page)


def test_a_warning_needs_its_tick_and_the_tick_is_written_to_the_configuration(
        wizard: SetupWizard, tmp_path: Path) -> None:
    page = wizard.page(SitePage)
    set_site(page, ServerKind.EXCHANGE_2019, 120)
    assert not next_enabled(wizard)
    (box,) = page.findings.boxes.values()

    box.setChecked(True)

    assert next_enabled(wizard)
    assert wizard.deployment.acknowledged == ["R2:exchange2019"]
    config.save(wizard.deployment, tmp_path / "written.toml")
    written = tomllib.loads((tmp_path / "written.toml").read_text())
    assert written["acknowledged"] == ["R2:exchange2019"]
    box.setChecked(False)
    assert not next_enabled(wizard)


def test_imap_sites_skip_the_computer_page(wizard: SetupWizard) -> None:
    set_site(wizard.page(SitePage), ServerKind.EXCHANGE_2016, 100)

    wizard.next()

    assert isinstance(wizard.currentPage(), ServerPage)


def open_computer_page(qtbot: QtBot, wiz: SetupWizard, um_server: str,
                       servers: list[tuple[str, str]]) -> ComputerPage:
    """Go to the gateway's computer page and type the names there."""
    set_site(wiz.page(SitePage), ServerKind.EXCHANGE_2016, 1_200, len(servers))
    wiz.next()
    page = wiz.currentPage()
    assert isinstance(page, ComputerPage)
    page.um_server.setText(um_server)
    for row, (host, version) in enumerate(servers):
        page.servers.item(row, 0).setText(host)
        page.servers.item(row, 1).setText(version)
    qtbot.waitUntil(lambda: page._evaluated and not page._checking
                    and not page._timer.isActive(), timeout=5_000)
    return page


def test_gateway_on_windows_11_warns_until_acknowledged(
        qtbot: QtBot, wizard: SetupWizard) -> None:
    page = open_computer_page(qtbot, wizard, "um01.corp.test",
                              [("ex01.corp.test", "2016"), ("ex02.corp.test", "2016")])

    text = shown_text(page)

    assert "⚠ R8: Windows 11 Pro (64-bit) is not on the documented list" in text
    assert "ℹ GATEWAY:" in text and "✘" not in text
    assert "R9" not in text and "✘ R10" not in text and "R12" not in text
    assert "Windows 11 Pro (64-bit)" in page.os_label.text()
    assert not next_enabled(wizard)


def test_gateway_rules_name_the_values_they_compared(
        qtbot: QtBot, wizard: SetupWizard) -> None:
    page = open_computer_page(qtbot, wizard, "gw01.corp.test",
                              [("ex01.other.test", "2013"), ("ex01.corp.test", "2016")])

    text = shown_text(page)

    assert "✘ R9:" in text and "gw01.corp.test" in text
    assert "ex01.other.test is not in this computer's domain corp.test" in text
    assert "ex01.other.test 2013, ex01.corp.test 2016" in text


def test_gateway_on_linux_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    wiz = make_wizard(qtbot, tmp_path, LINUX)
    try:
        page = open_computer_page(qtbot, wiz, "um01.corp.test",
                                  [("ex01.corp.test", "2016")])

        text = shown_text(page)

        assert "✘ R8: The Exchange gateway runs on Windows; this computer runs " \
            "Debian GNU/Linux 12 (bookworm)." in text
        assert "✘ R10: This computer (box) is not joined" in text
    finally:
        wiz.shutdown()


def test_closing_the_wizard_does_not_wait_for_slow_name_lookups(
        qtbot: QtBot, tmp_path: Path) -> None:
    answer = threading.Event()
    wiz = SetupWizard(deployment=Deployment(), config_path=tmp_path / "c.toml",
                      state_dir=tmp_path / "state", host_facts=WINDOWS_11,
                      resolver=lambda name: ("10.20.0.1",) if answer.wait(10) else ())
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    try:
        set_site(wiz.page(SitePage), ServerKind.EXCHANGE_2016, 1_200)
        wiz.next()
        page = wiz.currentPage()
        assert isinstance(page, ComputerPage)
        qtbot.waitUntil(lambda: page._checking, timeout=5_000)

        begun = time.monotonic()
        wiz.shutdown()
        took = time.monotonic() - begun
    finally:
        answer.set()

    assert took < 2.0, "closing waited for the name lookups"
    assert not page._evaluated, "a cancelled check is no verdict"


class SlowLookups:
    """Name lookups that answer (from LOOKUPS) only when let through."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.fail = False

    def __call__(self, name: str) -> tuple[str, ...]:
        self.gate.wait(10)
        if self.fail:
            raise RuntimeError("the resolver broke")
        return LOOKUPS.get(name, ())


@pytest.fixture
def slow(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[SetupWizard, SlowLookups]]:
    """A wizard on a gateway computer page whose first check is under way."""
    lookups = SlowLookups()
    wiz = SetupWizard(deployment=Deployment(), config_path=tmp_path / "c.toml",
                      state_dir=tmp_path / "state", host_facts=WINDOWS_11,
                      resolver=lookups)
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    set_site(wiz.page(SitePage), ServerKind.EXCHANGE_2016, 1_200)
    wiz.next()
    page = wiz.currentPage()
    assert isinstance(page, ComputerPage)
    page.servers.item(0, 0).setText("ex01.corp.test")
    page.servers.item(0, 1).setText("2016")
    page.um_server.setText("um01.corp.test")
    qtbot.waitUntil(lambda: page._checking and not page._timer.isActive(),
                    timeout=5_000)
    try:
        yield wiz, lookups
    finally:
        lookups.gate.set()
        wiz.shutdown()


def test_next_waits_for_the_check_of_the_answers_on_the_page(
        qtbot: QtBot, slow: tuple[SetupWizard, SlowLookups]) -> None:
    wiz, lookups = slow
    page = wiz.page(ComputerPage)
    wiz.deployment.acknowledged = ["R8:Windows 11 Pro:64"]
    lookups.gate.set()
    qtbot.waitUntil(lambda: page._evaluated and not page._checking, timeout=10_000)
    assert next_enabled(wiz)  # these answers pass
    lookups.gate.clear()
    # A check ends while the technician has changed an answer meanwhile: its
    # verdict is for the old answers, and the new check must hold Next back.
    page.um_server.setText("gw01.corp.test")
    qtbot.waitUntil(lambda: page._checking, timeout=5_000)
    page._again = True

    page._ended()

    assert page._checking
    assert not next_enabled(wiz)
    lookups.gate.set()
    qtbot.waitUntil(lambda: page._evaluated and not page._checking, timeout=10_000)
    assert "R9" in shown_text(page)  # this computer's own name
    assert not next_enabled(wiz)


def test_back_cancels_the_check_and_coming_back_checks_again(
        qtbot: QtBot, slow: tuple[SetupWizard, SlowLookups]) -> None:
    wiz, lookups = slow
    page = wiz.page(ComputerPage)
    task = page._task
    assert task is not None

    wiz.back()

    assert task.cancel_event.is_set()
    wiz.next()
    lookups.gate.set()
    qtbot.waitUntil(lambda: page._evaluated and not page._checking, timeout=10_000)
    assert page.state.text() == "Checked."


def test_a_failed_check_is_no_verdict(
        qtbot: QtBot, slow: tuple[SetupWizard, SlowLookups]) -> None:
    wiz, lookups = slow
    page = wiz.page(ComputerPage)
    lookups.fail = True
    lookups.gate.set()

    qtbot.waitUntil(lambda: not page._checking, timeout=10_000)

    assert "The check could not finish: the resolver broke" in page.state.text()
    assert not page._evaluated
    assert not next_enabled(wiz)


def test_answers_changed_before_closing_start_no_new_check(
        qtbot: QtBot, slow: tuple[SetupWizard, SlowLookups]) -> None:
    wiz, _lookups = slow
    page = wiz.page(ComputerPage)
    page.um_server.setText("um02.corp.test")
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=5_000)
    assert page._again

    wiz.shutdown()
    qtbot.waitUntil(lambda: not page._checking, timeout=5_000)

    assert wiz.tasks == [] and page._task is None
