"""Answer files and the support bundle, from the wizard, against the real Dovecot.

The saved answers must fill a fresh wizard in exactly and drive
``umconnect apply``; the support bundle must carry what a helpdesk needs and
never a password, not even one that leaked into a log line.
"""

from __future__ import annotations

import json
import logging
import stat
import tomllib
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import __version__, cli, config, memkeyring, support
from app.model import Deployment
from app.probes import run_imap_test
from tests.support.dovecot import Dovecot
from ui.details import DetailsDialog, show_details
from ui.pages import ServerPage, SummaryPage
from ui.welcome import WelcomePage
from ui.wizard import SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.dovecot]


def make_wizard(qtbot: QtBot, tmp_path: Path, dep: Deployment,
                password: str = "") -> SetupWizard:
    wiz = SetupWizard(deployment=dep, config_path=tmp_path / "cfg" / "u.toml",
                      state_dir=tmp_path / "state")
    wiz.password = password
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def test_saved_answers_fill_the_wizard_and_drive_apply(
        qtbot: QtBot, tmp_path: Path, dovecot: Dovecot,
        memory_store: memkeyring.MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    dep = dovecot.deployment(spool=str(spool))
    dep.site.um_users = 42
    wizard = make_wizard(qtbot, tmp_path, dep, dovecot.master_password)
    wizard.setStartId(wizard.page_id(SummaryPage))
    wizard.restart()
    answers = tmp_path / "answers" / "site.toml"

    assert wizard.page(SummaryPage).save_answers(answers)

    text = answers.read_text(encoding="utf-8")
    assert dovecot.master_password not in text
    assert "um_users = 42" in text
    assert stat.S_IMODE(answers.stat().st_mode) == 0o600

    fresh = make_wizard(qtbot, tmp_path / "fresh", Deployment())
    fresh.restart()
    assert fresh.page(WelcomePage).load_file(answers)
    assert fresh.deployment == dep
    fresh.next()
    fresh.next()
    server = fresh.currentPage()
    assert isinstance(server, ServerPage)
    assert server.host.text() == dovecot.host
    assert server.port.value() == dovecot.tls_port

    target = tmp_path / "etc" / "umconnect.toml"
    monkeypatch.setenv(cli.PASSWORD_ENV, dovecot.master_password)
    code = cli.main(["apply", "--answers", str(answers), "--no-start",
                     "--config", str(target)])
    assert code == 0
    assert config.load(target) == dep


def test_support_bundle_holds_the_facts_and_no_secret(
        qtbot: QtBot, tmp_path: Path, dovecot: Dovecot) -> None:
    password = dovecot.master_password
    dep = dovecot.deployment(spool=str(tmp_path))
    wizard = make_wizard(qtbot, tmp_path, dep, password)
    wizard.report = run_imap_test(dep, password)
    assert wizard.report.passed, wizard.report.to_text()
    details = show_details(wizard)
    # A careless log line: the bundle must still not carry the password.
    logging.getLogger("tests.leak").warning("debug dump: password=%s", password)
    qtbot.waitUntil(lambda: "debug dump" in details.view.toPlainText(),
                    timeout=5000)
    bundle = tmp_path / "support.zip"

    assert details.save_bundle(bundle) == bundle

    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        texts = {name: archive.read(name).decode("utf-8") for name in names}
    assert {"umconnect.toml", "test-report.txt", "test-report.html", "wizard.log",
            "service.log", "versions.json", "README.txt"} <= names
    for name, text in texts.items():
        assert password not in text, f"{name} holds the password"
    assert config.from_dict(tomllib.loads(texts["umconnect.toml"])) == dep
    assert "debug dump: password=" in texts["wizard.log"]
    assert wizard.report.headline() in texts["test-report.txt"]
    versions = json.loads(texts["versions.json"])
    assert versions["umconnect"] == __version__
    assert versions["Qt"] and versions["python"]
    assert isinstance(wizard.findChild(DetailsDialog), DetailsDialog)


def test_logging_goes_on_after_the_details_window_is_gone(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A deleted Details window must not turn every later log call into an error."""
    wizard = make_wizard(qtbot, tmp_path, Deployment())
    dialog = show_details(wizard)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: wizard.findChild(DetailsDialog) is None, timeout=5000)

    logging.getLogger("tests.after").warning("still logging")

    assert support.RING.tail()[-1].endswith("still logging")
    assert support.RING.listener is None
