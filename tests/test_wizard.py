"""The real wizard, driven with pytest-qt against the real Dovecot.

The technician's path end to end: type the answers page by page, run the
live test, Apply, and see the connector deliver a voicemail to the mailbox.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from imapclient import IMAPClient
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app import memkeyring, secrets
from app.model import Deployment, Impersonation, Security
from app.probes import Status, planned_titles
from app.services import BackgroundService
from app.spool import tone_wav, write_voicemail
from tests.support.dovecot import Dovecot
from ui.finishpage import FinishPage
from ui.pages import AccountsPage, ServerPage, SitePage, SummaryPage, UsersPage
from ui.testpage import ConnectionTestPage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def memory_store() -> Iterator[memkeyring.MemoryKeyring]:
    """An in-memory credential store for this test only."""
    previous = keyring.get_keyring()
    store = memkeyring.install()
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    """A fresh wizard writing into tmp_path; its service is stopped afterwards."""
    wiz = SetupWizard(deployment=Deployment(),
                      config_path=tmp_path / "config" / "umconnect.toml",
                      state_dir=tmp_path / "state")
    wiz.confirm_cancel = False  # teardown closes the window; nobody answers
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
            assert button.isEnabled(), f"{which} is disabled on {wiz.currentPage()}"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("neither Next nor Apply is shown")


def fill_to_test_page(qtbot: QtBot, wiz: SetupWizard, dovecot: Dovecot,
                      password: str, spool: Path,
                      port: int | None = None) -> ConnectionTestPage:
    """Type every answer a technician would, up to the test page."""
    click_next(qtbot, wiz)                                   # welcome
    site = wiz.currentPage()
    assert isinstance(site, SitePage)
    site.kind.setCurrentIndex(site.kind.findData("exchange2016"))
    site.users.setValue(120)
    assert "IMAP connector" in site.advice.text()
    click_next(qtbot, wiz)

    server = wiz.currentPage()
    assert isinstance(server, ServerPage)
    qtbot.keyClicks(server.host, "127.0.0.1")
    server.security.setCurrentIndex(server.security.findData(Security.TLS))
    server.port.setValue(port or dovecot.tls_port)
    qtbot.keyClicks(server.ca_file, str(dovecot.ca_file))
    click_next(qtbot, wiz)

    accounts = wiz.currentPage()
    assert isinstance(accounts, AccountsPage)
    qtbot.keyClicks(accounts.login, dovecot.master_user)
    qtbot.keyClicks(accounts.password, password)
    accounts.form_kind.setCurrentIndex(
        accounts.form_kind.findData(Impersonation.AUTHZID))
    click_next(qtbot, wiz)

    users = wiz.currentPage()
    assert isinstance(users, UsersPage)
    qtbot.keyClicks(users.spool, str(spool))
    for column, text in enumerate(("1001", "default", "alice", "Alice")):
        users.table.item(0, column).setText(text)
    click_next(qtbot, wiz)

    page = wiz.currentPage()
    assert isinstance(page, ConnectionTestPage)
    return page


def run_test(qtbot: QtBot, page: ConnectionTestPage) -> None:
    """Press Test connection and wait for the verdict."""
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task_running and page.report is not None,
                    timeout=30_000)


def inbox(dovecot: Dovecot, user: str) -> list[email.message.EmailMessage]:
    """Every message in *user*'s INBOX, read over a fresh master login."""
    with IMAPClient("127.0.0.1", dovecot.tls_port,
                    ssl_context=dovecot.ssl_context()) as client:
        client.plain_login(dovecot.master_user, dovecot.master_password,
                           authorization_identity=user)
        client.select_folder("INBOX", readonly=True)
        uids = client.search()
        fetched = client.fetch(uids, [b"RFC822"]) if uids else {}
    return [email.message_from_bytes(data[b"RFC822"], policy=email.policy.default)
            for data in fetched.values()]


@pytest.mark.dovecot
def test_whole_setup_delivers_a_voicemail_once(
        qtbot: QtBot, wizard: SetupWizard, clean_dovecot: Dovecot, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    page = fill_to_test_page(qtbot, wizard, clean_dovecot,
                             clean_dovecot.master_password, spool)

    run_test(qtbot, page)
    assert page.report is not None
    assert page.report.passed, page.report.to_text()
    planned = [key for key, _title in planned_titles(wizard.deployment)]
    assert [s.key for s in page.report.steps] == planned
    assert all(s.status is Status.PASS for s in page.report.steps), \
        page.report.to_text()
    assert inbox(clean_dovecot, "alice") == [], "the test left its message behind"
    click_next(qtbot, wizard)

    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    assert clean_dovecot.master_password not in summary.text.text()
    assert str(wizard.config_path) in summary.text.text()
    click_next(qtbot, wizard)                                # Apply

    finish = wizard.page(FinishPage)
    qtbot.waitUntil(lambda: not finish.busy, timeout=30_000)
    qtbot.waitUntil(lambda: "running" in finish.status.text(), timeout=15_000)
    written = wizard.config_path.read_text()
    assert "alice" in written and clean_dovecot.master_password not in written
    assert wizard.config_path.stat().st_mode & 0o077 == 0
    ref = secrets.superuser_ref(wizard.deployment)
    assert memory_store.get_password(ref.service, ref.username) == \
        clean_dovecot.master_password

    audio = tone_wav(0.5)
    write_voicemail(spool, "default", "1001", audio=audio,
                    callerid='"Bob Caller" <5550100>', duration=7)
    deadline = time.monotonic() + 20
    while not (messages := inbox(clean_dovecot, "alice")) and \
            time.monotonic() < deadline:
        qtbot.wait(200)
    time.sleep(3 * wizard.deployment.service.poll_seconds)
    messages = inbox(clean_dovecot, "alice")

    assert len(messages) == 1, "placed once, delivered once"
    message = messages[0]
    assert message["X-Asterisk-VM-Extension"] == "1001"
    assert message["X-Asterisk-VM-Caller-ID-Num"] == "5550100"
    assert "Bob Caller" in message["From"]
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "audio/x-wav"
    assert attachment.get_content() == audio
    qtbot.waitUntil(lambda: "1 voicemail" in finish.status.text(), timeout=10_000)
    assert clean_dovecot.master_password not in "\n".join(
        BackgroundService(wizard.config_path, wizard.state_dir).log_tail(200))


@pytest.mark.dovecot
def test_wrong_password_gives_a_verdict_and_blocks_next(
        qtbot: QtBot, wizard: SetupWizard, dovecot: Dovecot, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    page = fill_to_test_page(qtbot, wizard, dovecot, "not-the-password", tmp_path)

    run_test(qtbot, page)

    assert page.report is not None and not page.report.passed
    failure = page.report.first_failure
    assert failure is not None and failure.key == "login"
    assert "Login refused" in page.headline.text()
    assert "password" in page.details.toPlainText()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "not-the-password" not in page.details.toPlainText()


@pytest.mark.dovecot
@pytest.mark.parametrize("kind", [
    pytest.param("closed", id="closed-port"),
    pytest.param("plain", id="wrong-port-plain-imap"),
])
def test_bad_port_gives_a_specific_verdict(
        qtbot: QtBot, wizard: SetupWizard, dovecot: Dovecot, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring, kind: str) -> None:
    if kind == "closed":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        expected = f"Connection refused on port {port}"
    else:
        port = dovecot.plain_port
        expected = "did not answer with TLS"
    page = fill_to_test_page(qtbot, wizard, dovecot, "x", tmp_path, port=port)

    run_test(qtbot, page)

    assert expected in page.headline.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.fixture
def tarpit() -> Iterator[int]:
    """A 127.0.0.1 port that accepts connections and never says a word."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


@pytest.mark.dovecot
def test_window_stays_responsive_and_cancel_ends_a_hanging_test(
        qtbot: QtBot, wizard: SetupWizard, dovecot: Dovecot, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring, tarpit: int) -> None:
    page = fill_to_test_page(qtbot, wizard, dovecot, "x", tmp_path, port=tarpit)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)

    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1600)
    assert page.task_running
    times = [page.tree.topLevelItem(i).text(3)
             for i in range(page.tree.topLevelItemCount())]
    assert any(t.endswith("s…") for t in times), f"no waiting time shown: {times}"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.task_running, timeout=5_000)
    timer.stop()

    assert page.report is not None and page.report.cancelled
    assert "cancelled" in page.headline.text()
    assert len(ticks) >= 10, "the event loop stalled while the test ran"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 1.0, "the window froze for a second or more"
    assert not [t for t in threading.enumerate() if t.name == "imap-guard"]


def test_no_credential_store_is_said_plainly_and_blocks_apply(
        qtbot: QtBot, wizard: SetupWizard) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        accounts = wizard.page(AccountsPage)
        summary = wizard.page(SummaryPage)
        wizard.setStartId(wizard.page_id(AccountsPage))
        wizard.restart()

        assert "No credential store" in accounts.store_note.text()
        assert not summary.isComplete()
    finally:
        keyring.set_keyring(previous)


def test_cancel_asks_before_throwing_answers_away(
        qtbot: QtBot, wizard: SetupWizard) -> None:
    click_next(qtbot, wizard)                     # on the site page now
    answered: list[str] = []

    def answer_no() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, answer_no)
            return
        answered.append(boxes[0].text())
        boxes[0].button(QMessageBox.StandardButton.No).click()

    wizard.confirm_cancel = True
    try:
        QTimer.singleShot(50, answer_no)
        wizard.reject()
    finally:
        wizard.confirm_cancel = False

    assert answered, "no question was asked"
    assert "Nothing has been written" in answered[0]
    assert wizard.isVisible(), "No keeps the wizard open"
