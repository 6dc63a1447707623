"""Office 365 and Google Workspace as the tests see them: fixtures and helpers.

A local identity provider (:mod:`tests.support.tokenserver`) issues the
tokens; a real Dovecot with an oauth2 passdb asks it whether a token opens a
mailbox. Test modules import the fixtures they use from here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.model import (
    AppCredential,
    AuthMethod,
    Deployment,
    ImapServer,
    OAuthApp,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)
from tests.support.dovecot import Dovecot
from tests.support.tokenserver import (
    App,
    ServiceAccount,
    Tenant,
    TokenServer,
    key_pem,
    new_key,
    self_signed,
    thumbprint,
)

DOMAIN = "example.com"
#: The voicemail users of every OAuth test site: full addresses, as hosted
#: mail knows them (Dovecot strips the domain).
USERS = (("1001", "alice"), ("1002", "bob"))


@pytest.fixture(scope="module")
def idp() -> Iterator[TokenServer]:
    """The local identity provider (Entra ID and Google), for one module."""
    with TokenServer() as server:
        yield server


@pytest.fixture(scope="module")
def oauth_dovecot(idp: TokenServer,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """A real Dovecot that takes XOAUTH2 tokens from *idp*."""
    server: Dovecot | None = None
    try:
        server = Dovecot(tmp_path_factory.mktemp("dovecot-oauth"),
                         oauth2_introspection=idp.introspection_url,
                         oauth2_ca_file=idp.ca_file)
        server.start()
    except (RuntimeError, OSError) as exc:
        if server is not None:
            server.close()
        if os.environ.get("CI"):
            pytest.fail(f"Dovecot is not usable: {exc}", pytrace=False)
        pytest.skip(f"Dovecot is not usable: {exc}")
    try:
        yield server
    finally:
        server.close()


def address(user: str) -> str:
    """*user*'s mail address on the test domain."""
    return f"{user}@{DOMAIN}"


def _deployment(dovecot: Dovecot, oauth: OAuthApp, login: str,
                spool: str = "") -> Deployment:
    return Deployment(
        server=ImapServer(host=dovecot.host, port=dovecot.tls_port,
                          security=Security.TLS, ca_file=str(dovecot.ca_file)),
        superuser=Superuser(login=login),
        users=[VoicemailUser(mailbox=box, login=address(user))
               for box, user in USERS],
        sample_user=address("alice"),
        service=ServiceOptions(spool=spool),
        oauth=oauth)


@dataclass
class Office365Site:
    """One tenant with one app registration, and the deployment that uses it."""

    tenant: Tenant
    app: App
    dep: Deployment
    secret: str


def office365_site(idp: TokenServer, dovecot: Dovecot, *,
                   certificate: bool = False, spool: str = "") -> Office365Site:
    """A tenant whose app may open alice's and bob's mailboxes."""
    tenant = idp.tenant()
    app = tenant.add(App(mailboxes={"alice", "bob"}))
    oauth = OAuthApp(method=AuthMethod.OFFICE365, tenant_id=tenant.tenant_id,
                     client_id=app.client_id, authority=idp.url,
                     ca_file=str(idp.ca_file))
    secret = app.secret_value
    if certificate:
        key = new_key()
        cert = self_signed(key, "umconnect")
        app.certificates[thumbprint(cert)] = cert
        oauth.credential = AppCredential.CERTIFICATE
        oauth.certificate_thumbprint = thumbprint(cert)
        secret = key_pem(key)
    return Office365Site(tenant, app,
                         _deployment(dovecot, oauth, app.client_id, spool), secret)


@dataclass
class GoogleSite:
    """One service account with delegation, and the deployment that uses it."""

    account: ServiceAccount
    dep: Deployment
    key_file: str


def google_site(idp: TokenServer, dovecot: Dovecot, spool: str = "") -> GoogleSite:
    """A service account allowed to act for the users of the test domain."""
    count = len(idp.accounts) + 1
    account = idp.service_account(
        f"umconnect-{count}@umconnect-test.iam.gserviceaccount.com")
    oauth = OAuthApp(method=AuthMethod.GOOGLE,
                     service_account=account.client_email,
                     ca_file=str(idp.ca_file))
    return GoogleSite(account, _deployment(dovecot, oauth, account.client_email,
                                           spool),
                      account.key_file(idp.google_token_uri))
