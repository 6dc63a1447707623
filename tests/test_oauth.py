"""OAuth 2.0 sign-in against a real Dovecot and a local identity provider.

No Microsoft Entra ID, Exchange Online or Google can run here. The token
service (tests/support/tokenserver.py) answers with their documented shapes
(AADSTS codes, OpenID metadata, Google's OAuth errors); the real clients, msal
and google-auth, fetch the tokens; Dovecot's oauth2 passdb checks them with
RFC 7662 introspection, so XOAUTH2 really runs. Each failure the technician
meets is reproduced by changing the provider's directory.
"""

from __future__ import annotations

import json
import socket
import time
import uuid
from pathlib import Path

import pytest
from imapclient import IMAPClient

from app import config, secrets
from app.connector import Connector
from app.model import AppCredential, AuthMethod, OAuthApp, check_oauth
from app.oauth import GoogleTokens, OAuthError, Office365Tokens, parse_key_file
from app.probes import Status, run_imap_test
from app.probes import TestReport as Report  # not a pytest test class
from app.spool import tone_wav, write_voicemail
from tests.support.dovecot import Dovecot
from tests.support.oauthsite import (
    address,
    google_site,
    idp,
    oauth_dovecot,
    office365_site,
)
from tests.support.tokenserver import App, TokenServer

# Fixtures used by name below.
__all__ = ["idp", "oauth_dovecot"]

pytestmark = pytest.mark.dovecot


def failure(report: Report) -> tuple[str, str, str]:
    """(step key, summary, remedy) of the step that stopped the test."""
    failed = report.first_failure
    assert failed is not None, report.to_text()
    return failed.key, failed.summary, failed.remedy


def assert_passed(report: Report) -> None:
    """Every step passed, and no secret or token shows in the report."""
    assert report.passed, report.to_text()
    assert [s.status for s in report.steps] == [Status.PASS] * len(report.steps)


# -- Office 365 ------------------------------------------------------------------


@pytest.mark.parametrize("certificate", [False, True], ids=["secret", "certificate"])
def test_office365_app_opens_the_mailbox_over_xoauth2(
        idp: TokenServer, oauth_dovecot: Dovecot, certificate: bool) -> None:
    site = office365_site(idp, oauth_dovecot, certificate=certificate)

    report = run_imap_test(site.dep, site.secret)

    assert_passed(report)
    keys = [s.key for s in report.steps]
    assert keys.index("token") == keys.index("login") - 1
    token_step = report.steps[keys.index("token")]
    assert "IMAP.AccessAsApp" in token_step.detail
    assert "XOAUTH2" in report.steps[keys.index("login")].summary
    text = report.to_text() + json.dumps(report.to_dict())
    assert site.secret not in text
    # Whatever the token was, it never reaches the report.
    assert "Bearer" not in text and "eyJ" not in text
    assert "AUTHENTICATE XOAUTH2 [credentials hidden]" in "\n".join(
        report.steps[keys.index("login")].transcript)


def _office365_case(idp: TokenServer, dovecot: Dovecot,
                    case: str) -> tuple[str, str, str]:
    site = office365_site(idp, dovecot)
    dep, secret = site.dep, site.secret
    if case == "tenant":
        dep.oauth.tenant_id = str(uuid.uuid4())
    elif case == "client":
        dep.oauth.client_id = str(uuid.uuid4())
    elif case == "secret-id":
        secret = site.app.secret_id
    elif case == "consent":
        site.app.consented = False
    elif case == "principal":
        site.app.service_principal = False
    elif case == "permission":
        site.app.mailboxes = {"bob"}
    return failure(run_imap_test(dep, secret))


OFFICE365_FAILURES = {
    # case: (failed step, words of the summary, words of the remedy)
    "tenant": ("token", "not found", "Directory (tenant) ID"),
    "client": ("token", "Unknown application (client) ID", "Overview page"),
    "secret-id": ("token", "secret's ID", "Value"),
    "consent": ("token", "Admin consent", "Grant admin consent"),
    "principal": ("login", "does not know the application", "New-ServicePrincipal"),
    "permission": ("login", "may not open alice@example.com's mailbox",
                   "Add-MailboxPermission -Identity alice@example.com"),
}


@pytest.mark.parametrize("case", list(OFFICE365_FAILURES))
def test_office365_failures_each_get_their_own_remedy(
        idp: TokenServer, oauth_dovecot: Dovecot, case: str) -> None:
    step, summary_words, remedy_words = OFFICE365_FAILURES[case]

    key, summary, remedy = _office365_case(idp, oauth_dovecot, case)

    assert key == step
    assert summary_words in summary
    assert remedy_words in remedy


def test_office365_failures_are_told_apart(idp: TokenServer,
                                           oauth_dovecot: Dovecot) -> None:
    verdicts = {case: _office365_case(idp, oauth_dovecot, case)[1:]
                for case in OFFICE365_FAILURES}

    assert len({summary for summary, _ in verdicts.values()}) == len(verdicts)
    assert len({remedy for _, remedy in verdicts.values()}) == len(verdicts)


def test_office365_refusal_with_one_mailbox_names_both_causes(
        idp: TokenServer, oauth_dovecot: Dovecot) -> None:
    site = office365_site(idp, oauth_dovecot)
    site.dep.users = site.dep.users[:1]
    site.app.mailboxes = set()

    key, _summary, remedy = failure(run_imap_test(site.dep, site.secret))

    assert key == "login"
    assert "New-ServicePrincipal" in remedy and "Add-MailboxPermission" in remedy


def test_a_certificate_the_app_does_not_know_is_named(
        idp: TokenServer, oauth_dovecot: Dovecot) -> None:
    site = office365_site(idp, oauth_dovecot, certificate=True)
    site.app.certificates.clear()

    key, summary, remedy = failure(run_imap_test(site.dep, site.secret))

    assert (key, summary) == ("token", "The certificate was not accepted")
    assert "Upload the certificate" in remedy


def test_wrong_secret_value_is_not_taken_for_the_secret_id(
        idp: TokenServer, oauth_dovecot: Dovecot) -> None:
    site = office365_site(idp, oauth_dovecot)

    _key, summary, _remedy = failure(run_imap_test(site.dep, "Q8x~not-the-value"))

    assert summary == "The client secret is wrong"


# -- Google Workspace ---------------------------------------------------------------


def test_google_service_account_opens_the_mailbox_over_xoauth2(
        idp: TokenServer, oauth_dovecot: Dovecot) -> None:
    site = google_site(idp, oauth_dovecot)

    report = run_imap_test(site.dep, site.key_file)

    assert_passed(report)
    text = report.to_text() + json.dumps(report.to_dict())
    assert "PRIVATE KEY" not in text and "ya29." not in text


GOOGLE_FAILURES = {
    "unauthorized": ("token", "Domain-wide delegation is not granted",
                     "Manage domain-wide delegation"),
    "delegation": ("token", "Delegation denied for alice@elsewhere.org",
                   "full address"),
    "imap-off": ("login", "IMAP is switched off for alice@example.com",
                 "Enable IMAP"),
}


@pytest.mark.parametrize("case", list(GOOGLE_FAILURES))
def test_google_failures_each_get_their_own_remedy(
        idp: TokenServer, oauth_dovecot: Dovecot, case: str) -> None:
    site = google_site(idp, oauth_dovecot)
    if case == "unauthorized":
        site.account.delegated = False
    elif case == "delegation":
        site.dep.users[0].login = site.dep.sample_user = "alice@elsewhere.org"
    else:
        site.account.imap_off.add(address("alice"))
    step, summary, remedy_words = GOOGLE_FAILURES[case]

    key, found, remedy = failure(run_imap_test(site.dep, site.key_file))

    assert (key, found) == (step, summary)
    assert remedy_words in remedy


def test_a_key_file_that_is_not_a_service_account_is_named(
        idp: TokenServer, oauth_dovecot: Dovecot) -> None:
    site = google_site(idp, oauth_dovecot)
    people_client = json.dumps({"installed": {"client_id": "x"}})

    with pytest.raises(OAuthError) as caught:
        parse_key_file(people_client)
    _key, summary, _remedy = failure(run_imap_test(site.dep, "not json"))

    assert caught.value.code == "bad-key"
    assert summary == "The key file is not JSON"


def test_an_unreachable_sign_in_service_is_named(
        idp: TokenServer, oauth_dovecot: Dovecot) -> None:
    site = office365_site(idp, oauth_dovecot)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        site.dep.oauth.authority = f"https://127.0.0.1:{closed.getsockname()[1]}"

        key, summary, remedy = failure(run_imap_test(site.dep, site.secret))

    assert (key, summary) == ("token", "The sign-in service cannot be reached")
    assert "proxy and firewall" in remedy


def test_the_pages_quote_the_scope_and_role_the_tokens_use() -> None:
    from app import oauth
    from ui import oauthpages

    assert (oauthpages.GOOGLE_SCOPE, oauthpages.IMAP_ROLE) == (
        oauth.GOOGLE_SCOPE, oauth.IMAP_ROLE)


# -- tokens in memory -----------------------------------------------------------


def test_tokens_are_cached_and_renewed_before_they_expire() -> None:
    with TokenServer(lifetime=4) as short:
        tenant = short.tenant()
        app = tenant.add(App())
        o365 = Office365Tokens(OAuthApp(
            method=AuthMethod.OFFICE365, tenant_id=tenant.tenant_id,
            client_id=app.client_id, authority=short.url,
            ca_file=str(short.ca_file)), app.secret_value)
        account = short.service_account("svc@umconnect-test.iam.gserviceaccount.com")
        google = GoogleTokens(OAuthApp(method=AuthMethod.GOOGLE,
                                       ca_file=str(short.ca_file)),
                              account.key_file(short.google_token_uri))

        first = [o365.token(address("alice")), o365.token(address("bob")),
                 google.token(address("alice")), google.token(address("alice"))]
        counted = short.count("token"), short.count("google")
        # Half of a 4 s life is left after 2 s: both are renewed then.
        time.sleep(2.2)
        second = [o365.token(address("alice")), google.token(address("alice"))]

    # One application token serves every mailbox; Google's are per user.
    assert first[0] == first[1] and first[2] == first[3]
    assert counted == (1, 1)
    assert (short.count("token"), short.count("google")) == (2, 2)
    assert second[0] != first[0] and second[1] != first[2]
    assert o365.fetched == google.fetched == 2


def test_service_delivers_voicemail_with_a_token(
        idp: TokenServer, oauth_dovecot: Dovecot, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    write_voicemail(spool, "default", "1001", audio=tone_wav(0.2),
                    callerid='"Carol" <1003>', msg_id="oauth-1")
    site = office365_site(idp, oauth_dovecot, spool=str(spool))
    site.dep.service.settle_seconds = 0.0
    oauth_dovecot.reset_mailboxes()
    before = idp.count("token")

    connector = Connector(site.dep, site.secret, tmp_path / "state")
    try:
        delivered = [connector.sync_once(), connector.sync_once()]
    finally:
        connector.close()

    assert delivered == [1, 0]
    with IMAPClient(oauth_dovecot.host, oauth_dovecot.tls_port,
                    ssl_context=oauth_dovecot.ssl_context()) as client:
        client.plain_login(oauth_dovecot.master_user,
                           oauth_dovecot.master_password,
                           authorization_identity="alice")
        client.select_folder("INBOX", readonly=True)
        assert len(client.search(["FROM", "Carol"])) == 1
    # Both rounds signed in; the second reused the cached token.
    assert idp.count("token") == before + 1


# -- secrets and settings -----------------------------------------------------------


def test_secrets_stay_out_of_the_configuration(idp: TokenServer,
                                               oauth_dovecot: Dovecot) -> None:
    o365 = office365_site(idp, oauth_dovecot, certificate=True)
    google = google_site(idp, oauth_dovecot)

    texts = [config.dumps(o365.dep), config.dumps(google.dep)]
    refs = {str(secrets.superuser_ref(o365.dep)),
            str(secrets.superuser_ref(google.dep))}

    assert "PRIVATE KEY" not in "".join(texts)
    assert config.from_dict(json.loads(json.dumps(config.to_dict(o365.dep)))) \
        == o365.dep
    assert any("office365-certificate-key" in r for r in refs)
    assert any("google-service-account-key" in r for r in refs)


def test_office365_fields_are_checked_by_name() -> None:
    app = OAuthApp(method=AuthMethod.OFFICE365, tenant_id="not a tenant",
                   client_id="123", credential=AppCredential.CERTIFICATE,
                   certificate_thumbprint="AB")

    fields = {p.field for p in check_oauth(app)}
    good = OAuthApp(method=AuthMethod.OFFICE365,
                    tenant_id="contoso.onmicrosoft.com", client_id=str(uuid.uuid4()))

    assert fields == {"oauth.tenant_id", "oauth.client_id",
                      "oauth.certificate_thumbprint"}
    assert check_oauth(good) == []
