"""Office 365 and Google through the real wizard, to a voicemail delivered.

The technician's path with pytest-qt: the site, the mail server (the
provider's preset edited to point at the local Dovecot), the sign-in page,
the voicemail boxes, the live test against Dovecot's oauth2 passdb and the
local identity provider (see tests/test_oauth.py for why it is local), then
Apply and the service delivering with its own tokens.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from imapclient import IMAPClient
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app import memkeyring, secrets
from app.model import AppCredential, AuthMethod, Deployment, ServerKind
from app.probes import Status
from app.services import BackgroundService
from app.spool import tone_wav, write_voicemail
from tests.support.dovecot import Dovecot
from tests.support.oauthsite import (
    address,
    google_site,
    idp,
    oauth_dovecot,
    office365_site,
)
from tests.support.tokenserver import TokenServer, new_key, self_signed, thumbprint
from tests.test_wizard import click_next, memory_store, run_test
from ui.finishpage import FinishPage
from ui.oauthpages import GooglePage, Office365Page
from ui.pages import AccountsPage, ServerPage, SitePage, SummaryPage, UsersPage
from ui.testpage import ConnectionTestPage
from ui.wizard import SetupWizard

# Fixtures used by name below.
__all__ = ["idp", "memory_store", "oauth_dovecot"]

pytestmark = [pytest.mark.gui, pytest.mark.dovecot]


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    """A fresh wizard writing into tmp_path; its service is stopped afterwards."""
    wiz = SetupWizard(deployment=Deployment(),
                      config_path=tmp_path / "config" / "umconnect.toml",
                      state_dir=tmp_path / "state")
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wiz.shutdown()
    BackgroundService(wiz.config_path, wiz.state_dir).stop()


@pytest.fixture
def spool(tmp_path: Path, oauth_dovecot: Dovecot) -> Path:
    """An empty voicemail spool, and empty mailboxes."""
    oauth_dovecot.reset_mailboxes()
    folder = tmp_path / "spool"
    folder.mkdir()
    return folder


def fill_site_and_server(qtbot: QtBot, wiz: SetupWizard, kind: ServerKind,
                         dovecot: Dovecot) -> None:
    """Welcome, site and mail server pages; the preset is edited to Dovecot."""
    click_next(qtbot, wiz)
    site = wiz.currentPage()
    assert isinstance(site, SitePage)
    site.kind.setCurrentIndex(site.kind.findData(kind))
    site.users.setValue(40)
    click_next(qtbot, wiz)
    server = wiz.currentPage()
    assert isinstance(server, ServerPage)
    assert not server.host.isEnabled(), "the provider's settings come locked"
    qtbot.mouseClick(server.edit_preset, Qt.MouseButton.LeftButton)
    server.host.setText(dovecot.host)
    server.port.setValue(dovecot.tls_port)
    server.ca_file.setText(str(dovecot.ca_file))
    click_next(qtbot, wiz)


def fill_users(qtbot: QtBot, wiz: SetupWizard, spool: Path) -> ConnectionTestPage:
    """Two voicemail boxes with the users' addresses, then the test page."""
    users = wiz.currentPage()
    assert isinstance(users, UsersPage)
    qtbot.keyClicks(users.spool, str(spool))
    for column, text in enumerate(("1001", "default", address("alice"), "Alice")):
        users.table.item(0, column).setText(text)
    users._add_row()  # the "Add box" button
    for column, text in enumerate(("1002", "default", address("bob"), "Bob")):
        users.table.item(1, column).setText(text)
    click_next(qtbot, wiz)
    page = wiz.currentPage()
    assert isinstance(page, ConnectionTestPage)
    return page


def apply_and_see_delivery(qtbot: QtBot, wiz: SetupWizard, dovecot: Dovecot,
                           spool: Path, secret: str) -> None:
    """Apply, then a voicemail reaches alice's mailbox through the service."""
    click_next(qtbot, wiz)
    summary = wiz.currentPage()
    assert isinstance(summary, SummaryPage)
    assert "OAuth 2.0" in summary.text.text()
    assert secret not in summary.text.text()
    click_next(qtbot, wiz)                                   # Apply
    finish = wiz.page(FinishPage)
    qtbot.waitUntil(lambda: not finish.busy, timeout=30_000)
    qtbot.waitUntil(lambda: "running" in finish.status.text(), timeout=15_000)
    written = wiz.config_path.read_text()
    assert secret not in written and "PRIVATE KEY" not in written
    assert "[oauth]" in written

    write_voicemail(spool, "default", "1001", audio=tone_wav(0.3),
                    callerid='"Dora" <5550123>')
    deadline = time.monotonic() + 20
    while not (found := _from_dora(dovecot)) and time.monotonic() < deadline:
        qtbot.wait(200)
    assert found == 1
    log = "\n".join(BackgroundService(wiz.config_path, wiz.state_dir).log_tail(200))
    assert secret not in log
    assert "New access token" in log
    assert "eyJ" not in log and "ya29." not in log, "no access token is logged"


def pass_the_test_and_apply(qtbot: QtBot, wiz: SetupWizard, dovecot: Dovecot,
                            spool: Path, secret: str) -> None:
    """From the voicemail boxes page: the test passes, then Apply delivers."""
    test_page = fill_users(qtbot, wiz, spool)
    run_test(qtbot, test_page)
    report = test_page.report
    assert report is not None and report.passed, report.to_text()
    apply_and_see_delivery(qtbot, wiz, dovecot, spool, secret)


def _from_dora(dovecot: Dovecot) -> int:
    with IMAPClient(dovecot.host, dovecot.tls_port,
                    ssl_context=dovecot.ssl_context()) as client:
        client.plain_login(dovecot.master_user, dovecot.master_password,
                           authorization_identity="alice")
        client.select_folder("INBOX", readonly=True)
        return len(client.search(["FROM", "Dora"]))


def test_office365_through_the_wizard(
        qtbot: QtBot, wizard: SetupWizard, idp: TokenServer,
        oauth_dovecot: Dovecot, spool: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    directory = office365_site(idp, oauth_dovecot)
    fill_site_and_server(qtbot, wizard, ServerKind.OFFICE_365, oauth_dovecot)

    page = wizard.currentPage()
    assert isinstance(page, Office365Page)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClicks(page.tenant, directory.dep.oauth.tenant_id)
    qtbot.keyClicks(page.client, directory.app.client_id)
    qtbot.keyClicks(page.secret, directory.app.secret_id)
    assert "secret's ID" in page.problems.text() and not next_button.isEnabled()
    page.secret.setText(directory.secret)
    page.authority.setText(idp.url)
    page.ca_file.setText(str(idp.ca_file))
    assert page.problems.isHidden(), page.problems.text()
    commands = page.commands.toPlainText()
    assert f"New-ServicePrincipal -AppId {directory.app.client_id}" in commands
    assert f"Connect-ExchangeOnline -Organization {directory.dep.oauth.tenant_id}" \
        in commands
    click_next(qtbot, wizard)

    test_page = fill_users(qtbot, wizard, spool)
    run_test(qtbot, test_page)
    report = test_page.report
    assert report is not None and report.passed, report.to_text()
    assert {s.key for s in report.steps} >= {"token", "login", "append"}
    assert all(s.status is Status.PASS for s in report.steps)
    dep = wizard.deployment
    assert dep.oauth.method is AuthMethod.OFFICE365
    assert "Add-MailboxPermission -Identity bob@example.com" in page.powershell()

    apply_and_see_delivery(qtbot, wizard, oauth_dovecot, spool, directory.secret)
    ref = secrets.superuser_ref(dep)
    assert "office365-client-secret" in ref.username
    assert memory_store.get_password(ref.service, ref.username) == directory.secret


def test_office365_certificate_from_a_pfx_through_the_wizard(
        qtbot: QtBot, wizard: SetupWizard, idp: TokenServer,
        oauth_dovecot: Dovecot, spool: Path, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    directory = office365_site(idp, oauth_dovecot, certificate=True)
    (uploaded,) = directory.app.certificates.values()
    key = serialization.load_pem_private_key(directory.secret.encode(), None)
    assert isinstance(key, rsa.RSAPrivateKey)
    exported = tmp_path / "umconnect.pfx"
    exported.write_bytes(pkcs12.serialize_key_and_certificates(
        b"umconnect", key, uploaded, None,
        serialization.BestAvailableEncryption(b"export-pw")))
    fill_site_and_server(qtbot, wizard, ServerKind.OFFICE_365, oauth_dovecot)

    page = wizard.currentPage()
    assert isinstance(page, Office365Page)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(page.tenant, directory.dep.oauth.tenant_id)
    qtbot.keyClicks(page.client, directory.app.client_id)
    page.credential.setCurrentIndex(page.credential.findData(
        AppCredential.CERTIFICATE))
    page.authority.setText(idp.url)
    page.ca_file.setText(str(idp.ca_file))
    assert page.key_password.isVisible()
    page.key_file.setText(str(exported))
    assert "Key file password: is needed to open" in page.problems.text()
    qtbot.keyClicks(page.key_password, "wrong")
    assert "Key file password: does not open" in page.problems.text()
    assert not next_button.isEnabled()
    page.key_password.setText("export-pw")
    # The thumbprint comes from the certificate in the .pfx.
    assert page.thumbprint.text() == directory.dep.oauth.certificate_thumbprint
    assert page.problems.isHidden(), page.problems.text()
    assert wizard.password == directory.secret  # the key, as PEM
    click_next(qtbot, wizard)

    pass_the_test_and_apply(qtbot, wizard, oauth_dovecot, spool, directory.secret)
    assert "export-pw" not in wizard.config_path.read_text()
    ref = secrets.superuser_ref(wizard.deployment)
    assert "office365-certificate-key" in ref.username
    assert memory_store.get_password(ref.service, ref.username) == directory.secret


def test_a_thumbprint_that_is_not_the_pfxs_certificate_is_named(
        qtbot: QtBot, wizard: SetupWizard, tmp_path: Path) -> None:
    key = new_key()
    exported = tmp_path / "other.pfx"
    exported.write_bytes(pkcs12.serialize_key_and_certificates(
        b"other", key, self_signed(key, "other"), None,
        serialization.NoEncryption()))
    wizard.complete()
    page = wizard.page(Office365Page)
    page.credential.setCurrentIndex(page.credential.findData(
        AppCredential.CERTIFICATE))
    page.thumbprint.setText("AB" * 20)
    page.key_file.setText(str(exported))
    problems = [p.field for p in page.problems_now()]
    assert "oauth.certificate_thumbprint" in problems
    page.key_file.setText(str(tmp_path / "missing.pfx"))
    assert any("cannot be read" in str(p) for p in page.problems_now())


def certificate_page(wizard: SetupWizard) -> Office365Page:
    """The Office 365 page, set to sign in with a certificate."""
    wizard.complete()
    page = wizard.page(Office365Page)
    page.credential.setCurrentIndex(page.credential.findData(
        AppCredential.CERTIFICATE))
    return page


def write_pfx(path: Path, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
              cert: x509.Certificate) -> Path:
    """*key* and *cert* as an unprotected .pfx at *path*."""
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"app", key, cert, None, serialization.NoEncryption()))
    return path


def test_the_thumbprint_follows_the_chosen_pfx_and_takes_any_spelling(
        wizard: SetupWizard, tmp_path: Path) -> None:
    page = certificate_page(wizard)
    first_key, second_key = new_key(), new_key()
    first, second = (self_signed(first_key, "a"), self_signed(second_key, "b"))
    page.key_file.setText(f'"{write_pfx(tmp_path / "a.pfx", first_key, first)}"')
    assert page.thumbprint.text() == thumbprint(first)
    page.key_file.setText(str(write_pfx(tmp_path / "b.pfx", second_key, second)))
    # Filled in from the first file, it gives way to the second's.
    assert page.thumbprint.text() == thumbprint(second)
    spelled = ":".join(thumbprint(second)[i:i + 2]
                       for i in range(0, 40, 2)).lower()
    page.thumbprint.setText(spelled)  # as openssl prints it
    assert not [p for p in page.problems_now()
                if p.field == "oauth.certificate_thumbprint"]
    assert wizard.deployment.oauth.certificate_thumbprint == thumbprint(second)


def test_a_key_office_365_cannot_sign_with_is_refused(
        wizard: SetupWizard, tmp_path: Path) -> None:
    page = certificate_page(wizard)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "umconnect")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(7)
            .not_valid_before(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
            .not_valid_after(dt.datetime(2036, 1, 1, tzinfo=dt.UTC))
            .sign(key, hashes.SHA256()))
    page.key_file.setText(str(write_pfx(tmp_path / "ec.pfx", key, cert)))
    assert "holds an EC key" in page.problems.text()
    assert wizard.password == ""  # nothing to keep


def test_a_key_file_that_is_no_regular_file_is_not_read(
        wizard: SetupWizard, tmp_path: Path) -> None:
    page = certificate_page(wizard)
    pipe = tmp_path / "pipe.pfx"
    os.mkfifo(pipe)
    begun = time.monotonic()
    page.key_file.setText(str(pipe))  # reading it would wait for a writer
    assert time.monotonic() - begun < 1.0
    assert "cannot be read" in page.problems.text()


def test_google_through_the_wizard(
        qtbot: QtBot, wizard: SetupWizard, idp: TokenServer,
        oauth_dovecot: Dovecot, tmp_path: Path, spool: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    directory = google_site(idp, oauth_dovecot)
    key_path = tmp_path / "key.json"
    key_path.write_text(directory.key_file)
    fill_site_and_server(qtbot, wizard, ServerKind.GOOGLE, oauth_dovecot)

    page = wizard.currentPage()
    assert isinstance(page, GooglePage)
    page.key_file.setText(str(tmp_path / "missing.json"))
    assert "not JSON" in page.problems.text()
    page.key_file.setText(str(key_path))
    page.ca_file.setText(str(idp.ca_file))
    assert directory.account.client_email in page.account.text()
    assert directory.account.client_id in page.steps.toPlainText()
    click_next(qtbot, wizard)

    pass_the_test_and_apply(qtbot, wizard, oauth_dovecot, spool, directory.key_file)
    ref = secrets.superuser_ref(wizard.deployment)
    assert memory_store.get_password(ref.service, ref.username) == \
        directory.key_file


def test_google_app_password_goes_to_the_superuser_page(
        qtbot: QtBot, wizard: SetupWizard, oauth_dovecot: Dovecot) -> None:
    fill_site_and_server(qtbot, wizard, ServerKind.GOOGLE, oauth_dovecot)
    page = wizard.currentPage()
    assert isinstance(page, GooglePage)

    page.use_password.setChecked(True)
    click_next(qtbot, wizard)

    assert isinstance(wizard.currentPage(), AccountsPage)
    assert wizard.deployment.oauth.method is AuthMethod.PASSWORD


def test_a_failure_shows_its_remedy_in_the_wizard(
        qtbot: QtBot, wizard: SetupWizard, idp: TokenServer,
        oauth_dovecot: Dovecot, tmp_path: Path) -> None:
    directory = office365_site(idp, oauth_dovecot)
    directory.app.mailboxes = {"bob"}
    fill_site_and_server(qtbot, wizard, ServerKind.OFFICE_365, oauth_dovecot)
    page = wizard.currentPage()
    assert isinstance(page, Office365Page)
    page.tenant.setText(directory.dep.oauth.tenant_id)
    page.client.setText(directory.app.client_id)
    page.secret.setText(directory.secret)
    page.authority.setText(idp.url)
    page.ca_file.setText(str(idp.ca_file))
    click_next(qtbot, wizard)
    test_page = fill_users(qtbot, wizard, tmp_path)

    run_test(qtbot, test_page)

    assert "may not open alice@example.com's mailbox" in test_page.headline.text()
    assert "Add-MailboxPermission" in test_page.details.toPlainText()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
