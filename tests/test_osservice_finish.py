"""The last page's service controls, against the real Dovecot of the suite.

The page applies for real (in-memory credential store), then the test stops
and starts the service with the page's button and installs the system
service into a folder standing in for the system's root: systemd is not PID
1 here, so the page must say that nothing could be started and why.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from app import memkeyring, osservice
from app.services import BackgroundService
from tests.support.deployments import for_dovecot
from tests.support.dovecot import Dovecot
from ui.finishpage import FinishPage
from ui.wizard import SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.dovecot]


@pytest.fixture
def finish(qtbot: QtBot, clean_dovecot: Dovecot, tmp_path: Path,
           ) -> Iterator[FinishPage]:
    """The last page of a wizard that has just applied a working deployment."""
    previous = keyring.get_keyring()
    memkeyring.install()
    (tmp_path / "spool").mkdir()
    dep = for_dovecot(clean_dovecot, tmp_path / "spool")
    wizard = SetupWizard(deployment=dep, config_path=tmp_path / "umconnect.toml",
                         state_dir=tmp_path / "state")
    wizard.confirm_cancel = False
    wizard.password = clean_dovecot.master_password
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.page(FinishPage)
    page.system = osservice.SystemdService(tmp_path / "root")
    page.initializePage()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    qtbot.waitUntil(lambda: "is running" in page.status.text(), timeout=15_000)
    yield page
    page.timer.stop()
    wizard.shutdown()
    BackgroundService(wizard.config_path, wizard.state_dir).stop()
    keyring.set_keyring(previous)


def test_the_page_stops_and_starts_the_service(qtbot: QtBot,
                                               finish: FinishPage) -> None:
    assert not finish.stop_start.isHidden()
    assert finish.stop_start.text() == "S&top the service"

    finish.stop_start.click()
    qtbot.waitUntil(lambda: "not running" in finish.status.text(), timeout=20_000)
    assert finish.stop_start.text() == "&Start the service"
    assert finish.service().pid() is None

    qtbot.waitUntil(finish.stop_start.isEnabled, timeout=5_000)
    finish.stop_start.click()
    qtbot.waitUntil(lambda: "is running" in finish.status.text(), timeout=20_000)
    assert finish.service().pid() is not None
    assert finish.log_view.toPlainText().strip(), "the log tail is shown"


@pytest.mark.skipif(shutil.which("systemd-creds") is None or os.geteuid() != 0,
                    reason="systemd-creds encrypts with the host key as root only")
def test_installing_the_system_service_without_systemd_says_so(
    qtbot: QtBot, finish: FinishPage, clean_dovecot: Dovecot,
) -> None:
    assert "No service manager runs" in finish.system_status.text()
    assert not finish.install_system.isHidden()

    finish.install_system.click()
    qtbot.waitUntil(lambda: "files are written" in finish.system_status.text(),
                    timeout=20_000)

    assert "umconnect service run" in finish.system_status.text()
    assert finish.system.unit_file.exists()
    sealed = finish.system.credential_file.read_bytes()
    assert clean_dovecot.master_password.encode() not in sealed
    # Nothing took over, so the background service keeps delivering.
    assert finish.service().pid() is not None
    assert finish.install_system.text() == "&Upgrade the system service"
    assert not finish.uninstall_system.isHidden()

    finish.uninstall_system.click()
    qtbot.waitUntil(lambda: "is removed" in finish.system_status.text(),
                    timeout=20_000)

    assert not finish.system.unit_file.exists()
    assert not finish.system.credential_file.exists()
    assert finish.uninstall_system.isHidden()
    assert finish.install_system.text() == "Install as a s&ystem service"
