"""OAuth 2.0 access tokens for IMAP: Office 365 and Google Workspace.

Office 365 takes no passwords over IMAP any more, and Google only app
passwords. Both accept an OAuth 2.0 access token through ``AUTHENTICATE
XOAUTH2`` instead:

* **Office 365**: an app registration in Microsoft Entra ID proves itself
  with a client secret or a certificate (client-credentials grant, msal,
  scope ``https://outlook.office365.com/.default``). The token stands for the
  application; it opens each mailbox that Exchange Online lets the app's
  service principal open (IMAP.AccessAsApp with admin consent,
  ``New-ServicePrincipal`` and ``Add-MailboxPermission … FullAccess``).
* **Google Workspace**: a service account with domain-wide delegation signs
  a JWT with ``sub`` = the user (google-auth, scope
  ``https://mail.google.com/``); each user gets a token of their own.

:class:`TokenSource` keeps the tokens in memory and fetches a new one
shortly before the old one expires. Everything that can go wrong is turned
into an :class:`OAuthError` here, with one summary and one remedy per cause;
:func:`explain_refusal` does the same for an IMAP server refusing a token.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msal
import requests
from google.auth import exceptions as google_errors
from google.auth.transport.requests import Request as GoogleRequest
from google.oauth2 import service_account

from app.i18n import _
from app.imapconn import SessionError, TokenRefused
from app.model import (
    AppCredential,
    AuthMethod,
    Deployment,
    OAuthApp,
    is_guid,
    normalise_thumbprint,
)

log = logging.getLogger(__name__)

OFFICE365_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
#: The application permission Exchange Online needs for IMAP.
IMAP_ROLE = "IMAP.AccessAsApp"
#: A token is renewed this long before it expires (at most half its life).
REFRESH_MARGIN = 300.0


class OAuthError(SessionError):
    """Getting or using a token failed; ``code`` names the cause for programs."""

    def __init__(self, code: str, summary: str, remedy: str,
                 detail: str = "") -> None:
        super().__init__(summary, remedy, detail)
        self.code = code


@dataclass(frozen=True)
class Token:
    """One access token, when it expires (monotonic clock) and what it says."""

    value: str
    expires_at: float
    lifetime: float
    claims: dict[str, Any]

    def __repr__(self) -> str:
        return f"Token(expires_in={self.lifetime:g}s)"


def token_claims(value: str) -> dict[str, Any]:
    """The claims of a JWT access token, read without checking its signature.

    Only for diagnosis (which roles the token carries); the mail server
    checks the signature. An opaque token (Google's) gives ``{}``.
    """
    parts = value.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        claims = json.loads(payload)
    except (ValueError, binascii.Error):
        return {}
    return claims if isinstance(claims, dict) else {}


class TokenSource:
    """Access tokens by mailbox, cached in memory, renewed before they expire.

    Thread-safe: the service and the connection test may ask from several
    threads; one lock serialises the fetches.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._cache: dict[str, Token] = {}
        self._lock = threading.Lock()
        #: How many tokens were fetched (for the status and the tests).
        self.fetched = 0

    def token(self, user: str) -> str:
        """A valid access token for *user*'s mailbox (callable as ``tokens``)."""
        return self.get(user).value

    __call__ = token

    def get(self, user: str) -> Token:
        """The cached token for *user*, or a fresh one when it is due."""
        key = self.cache_key(user)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and not self._due(cached):
                return cached
            fresh = self.fetch(user)
            self._cache[key] = fresh
            self.fetched += 1
            log.info("New access token for %s, valid for %.0f s",
                     key or _("the application"), fresh.lifetime)
            return fresh

    def forget(self) -> None:
        """Drop every cached token (after the server refused one)."""
        with self._lock:
            self._cache.clear()

    def _due(self, token: Token) -> bool:
        margin = min(REFRESH_MARGIN, token.lifetime / 2)
        return self._clock() >= token.expires_at - margin

    def _token(self, value: str, lifetime: float) -> Token:
        return Token(value, self._clock() + lifetime, lifetime, token_claims(value))

    def cache_key(self, user: str) -> str:
        """Which cached token serves *user* (one per user unless overridden)."""
        return user

    def fetch(self, user: str) -> Token:
        """Ask the identity provider for a new token for *user*."""
        raise NotImplementedError


class Office365Tokens(TokenSource):
    """Client-credentials tokens of an app registration (one for all mailboxes)."""

    def __init__(self, app: OAuthApp, secret: str, *, timeout: float = 20.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock=clock)
        self.app = app
        self._secret = secret
        self._timeout = timeout
        self._client: msal.ConfidentialClientApplication | None = None

    def cache_key(self, user: str) -> str:
        """The application's token opens every mailbox it has rights on."""
        return ""

    def _credential(self) -> str | dict[str, str]:
        if self.app.credential is AppCredential.CERTIFICATE:
            return {"private_key": self._secret,
                    "thumbprint": normalise_thumbprint(
                        self.app.certificate_thumbprint)}
        return self._secret

    def _connect(self) -> msal.ConfidentialClientApplication:
        if self._client is not None:
            return self._client
        base = (self.app.authority or MICROSOFT_AUTHORITY).rstrip("/")
        tenant = self.app.tenant_id.strip()
        custom = bool(self.app.authority)
        try:
            self._client = msal.ConfidentialClientApplication(
                self.app.client_id.strip(), client_credential=self._credential(),
                authority=f"{base}/{tenant}",
                # A national cloud or a local provider is not on Microsoft's
                # list of known hosts: do not ask Microsoft about it.
                instance_discovery=False if custom else None,
                http_client=_HttpSession(self.app.ca_file, self._timeout),
                token_cache=msal.TokenCache())
        except ValueError as exc:
            text = str(exc)
            if "authority configuration" in text or "invalid_tenant" in text:
                raise _tenant_not_found(tenant, text) from None
            raise _bad_key(text) from None
        except requests.RequestException as exc:
            raise _unreachable(base, exc) from None
        return self._client

    def fetch(self, user: str) -> Token:
        """Run the client-credentials grant; check the token's IMAP role."""
        client = self._connect()
        try:
            result = client.acquire_token_for_client(scopes=[OFFICE365_SCOPE])
        except requests.RequestException as exc:
            raise _unreachable(self.app.authority or MICROSOFT_AUTHORITY,
                               exc) from None
        except ValueError as exc:
            raise _bad_key(str(exc)) from None
        if "access_token" not in result:
            raise explain_entra_error(result, self.app, self._secret)
        token = self._token(str(result["access_token"]),
                            float(result.get("expires_in", 3599)))
        roles = token.claims.get("roles") or []
        if token.claims and IMAP_ROLE not in roles:
            raise OAuthError("no-consent", _("Admin consent for IMAP is missing"), _(
                "The token carries no {role} permission. In the Entra admin "
                "center, open the app registration, API permissions: add Office "
                "365 Exchange Online, Application permissions, {role}, then "
                "press 'Grant admin consent'.").format(role=IMAP_ROLE),
                _("Roles in the token: {roles}").format(
                    roles=", ".join(map(str, roles)) or _("none")))
        return token


class GoogleTokens(TokenSource):
    """Domain-wide delegation tokens of a service account, one per user."""

    def __init__(self, app: OAuthApp, key_json: str, *, timeout: float = 20.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock=clock)
        self.app = app
        self.info = parse_key_file(key_json)
        self._timeout = timeout

    def fetch(self, user: str) -> Token:
        """Sign a JWT with ``sub`` = the user's address; trade it for a token."""
        subject = user
        try:
            make = service_account.Credentials.from_service_account_info
            creds = make(  # type: ignore[no-untyped-call]
                self.info, scopes=[GOOGLE_SCOPE], subject=subject)
        except (ValueError, KeyError) as exc:
            raise _bad_key(str(exc)) from None
        session = _HttpSession(self.app.ca_file, self._timeout)
        try:
            creds.refresh(GoogleRequest(session))
        except google_errors.RefreshError as exc:
            raise explain_google_error(exc, subject,
                                       str(self.info.get("client_id", ""))) from None
        except google_errors.TransportError as exc:
            raise _unreachable(str(self.info.get("token_uri", "")), exc) from None
        finally:
            session.close()
        expiry = creds.expiry
        lifetime = 3599.0
        if expiry is not None:
            from datetime import UTC, datetime  # noqa: PLC0415 - only here
            lifetime = max(1.0, (expiry.replace(tzinfo=UTC)
                                 - datetime.now(UTC)).total_seconds())
        return self._token(str(creds.token), lifetime)


class _HttpSession(requests.Session):
    """requests' session with a timeout on every call and our CA file, if any.

    WORKAROUND: requests lets REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE replace a
    session's own ``verify`` (https://github.com/psf/requests/issues/3829), so
    the CA file is given with each request, where the environment cannot win.
    """

    def __init__(self, ca_file: str, timeout: float) -> None:
        super().__init__()
        self._ca_file = ca_file
        self._timeout = timeout

    def request(self, method: str | bytes, url: str | bytes,
                *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self._timeout)
        if self._ca_file:
            kwargs["verify"] = self._ca_file
        return super().request(str(method), str(url), *args, **kwargs)


def parse_key_file(text: str) -> dict[str, Any]:
    """A service account's JSON key file, checked; :class:`OAuthError` if not one."""
    try:
        info = json.loads(text)
    except ValueError:
        raise OAuthError("bad-key", _("The key file is not JSON"), _(
            "Choose the JSON key file downloaded for the service account (Google "
            "Cloud console, IAM, Service accounts, Keys), not a P12 file.")) from None
    if not isinstance(info, dict) or info.get("type") != "service_account":
        raise OAuthError("bad-key", _("This is not a service account key"), _(
            "The file must be a service account's JSON key (its \"type\" is "
            "\"service_account\"); OAuth client files for people do not work "
            "without someone signing in."))
    missing = [k for k in ("client_email", "private_key", "token_uri", "client_id")
               if not info.get(k)]
    if missing:
        raise OAuthError("bad-key", _("The key file is incomplete"), _(
            "It lacks {fields}. Download a new JSON key for the service "
            "account.").format(fields=", ".join(missing)))
    return info


def token_source(dep: Deployment, secret: str, *,
                 timeout: float = 20.0) -> TokenSource | None:
    """The token source *dep* signs in with, or ``None`` for passwords."""
    oauth = dep.oauth
    if oauth.method is AuthMethod.OFFICE365:
        return Office365Tokens(oauth, secret, timeout=timeout)
    if oauth.method is AuthMethod.GOOGLE:
        return GoogleTokens(oauth, secret, timeout=timeout)
    return None


# -- verdicts -----------------------------------------------------------------


def _tenant_not_found(tenant: str, detail: str) -> OAuthError:
    return OAuthError("tenant-not-found", _("Tenant {tenant} not found").format(
        tenant=tenant), _(
        "Microsoft knows no directory {tenant}. Copy the Directory (tenant) ID "
        "from the app registration's Overview page in the Entra admin center, "
        "or use the tenant's name (contoso.onmicrosoft.com).").format(
        tenant=tenant), detail)


def _unreachable(where: str, exc: BaseException) -> OAuthError:
    return OAuthError("unreachable", _("The sign-in service cannot be reached"), _(
        "No answer from {where}. Check this computer's internet access, proxy "
        "and firewall for HTTPS (port 443).").format(where=where),
        f"{type(exc).__name__}: {exc}")


def _bad_key(detail: str) -> OAuthError:
    return OAuthError("bad-key", _("The private key cannot be used"), _(
        "Paste the certificate's private key as PEM text (BEGIN PRIVATE KEY), "
        "or the service account's JSON key file, as it was downloaded."), detail)


def _entra_codes(result: dict[str, Any]) -> list[int]:
    codes = [int(c) for c in result.get("error_codes") or [] if str(c).isdigit()]
    text = str(result.get("error_description", ""))
    if text.startswith("AADSTS"):
        head = text[6:].split(":", 1)[0]
        if head.isdigit():
            codes.append(int(head))
    return codes


def explain_entra_error(result: dict[str, Any], app: OAuthApp,
                        secret: str) -> OAuthError:
    """One verdict for an Entra ID token error (an ``AADSTS`` code)."""
    codes = _entra_codes(result)
    detail = f"{result.get('error', '')}: {result.get('error_description', '')}"
    client = app.client_id.strip()
    if 90002 in codes or 90023 in codes:
        return _tenant_not_found(app.tenant_id.strip(), detail)
    if 700016 in codes:
        return OAuthError("unknown-client", _("Unknown application (client) ID"), _(
            "The tenant has no app registration {client}. Copy the Application "
            "(client) ID from the app registration's Overview page, and check "
            "that the tenant ID belongs to the same directory.").format(
            client=client), detail)
    if 7000215 in codes and is_guid(secret):
        return OAuthError("secret-id", _("The secret's ID was entered, not its "
                                         "value"), _(
            "What was entered is the secret's ID (a GUID). Enter the secret's "
            "Value instead; Entra shows it only right after the secret is "
            "created, so create a new client secret if it was not copied."),
            detail)
    if 7000215 in codes:
        return OAuthError("bad-secret", _("The client secret is wrong"), _(
            "Copy the client secret's Value again (Certificates & secrets), or "
            "create a new secret and enter its value."), detail)
    if 7000222 in codes:
        return OAuthError("secret-expired", _("The client secret has expired"), _(
            "Create a new client secret for the app registration (Certificates "
            "& secrets) and enter its value."), detail)
    if codes and set(codes) & {700027, 700024, 700023, 50027, 700021}:
        return OAuthError("bad-certificate", _("The certificate was not accepted"), _(
            "Upload the certificate (.cer) to the app registration, Certificates "
            "& secrets, and check that the thumbprint and private key entered "
            "here belong to it."), detail)
    if 65001 in codes or 650057 in codes:
        return OAuthError("no-consent", _("Admin consent for IMAP is missing"), _(
            "In the Entra admin center, open the app registration, API "
            "permissions, add Office 365 Exchange Online, {role}, and press "
            "'Grant admin consent'.").format(role=IMAP_ROLE), detail)
    if result.get("error") == "invalid_client":
        return OAuthError("bad-secret", _("The application's credential was "
                                          "refused"), _(
            "Check the client secret's value or the certificate of the app "
            "registration."), detail)
    return OAuthError("entra-error", _("Microsoft refused the token request"), _(
        "Read Microsoft's message below (its AADSTS code names the cause) and "
        "check the app registration."), detail)


def explain_google_error(exc: google_errors.RefreshError, subject: str,
                         client_id: str) -> OAuthError:
    """One verdict for a refused service-account grant."""
    text = str(exc.args[0] if exc.args else exc)
    lowered = text.lower()
    if "unauthorized_client" in lowered:
        return OAuthError("unauthorized-client", _(
            "Domain-wide delegation is not granted"), _(
            "In the Google Admin console (Security, Access and data control, "
            "API controls, Manage domain-wide delegation) add client ID "
            "{client} with the scope {scope}.").format(
            client=client_id, scope=GOOGLE_SCOPE), text)
    if "invalid email or user id" in lowered or "delegation denied" in lowered:
        return OAuthError("delegation-denied", _(
            "Delegation denied for {user}").format(user=subject), _(
            "Google will not let the service account act for {user}. Use the "
            "user's full address in this Google Workspace domain, and check "
            "that the account exists and is not suspended.").format(user=subject),
            text)
    if "invalid_grant" in lowered:
        return OAuthError("bad-key", _("Google refused the service account key"), _(
            "The key may have been deleted or the service account disabled. "
            "Create a new JSON key (Google Cloud console, IAM, Service accounts, "
            "Keys) and load it here; check this computer's clock too."), text)
    return OAuthError("google-error", _("Google refused the token request"), _(
        "Read Google's message below and check the service account and its "
        "domain-wide delegation."), text)


def explain_refusal(method: AuthMethod, refused: TokenRefused,
                    other: str = "", other_ok: bool | None = None) -> OAuthError:
    """The verdict for a mail server that refused a valid token.

    For Office 365, *other* is a second mailbox tried with the same token and
    *other_ok* whether it opened: a token that opens no mailbox means Exchange
    does not know the app's service principal, one that opens another mailbox
    but not this one means the permission on this mailbox is missing.
    """
    user = refused.user
    reply = refused.reply.upper()
    detail = refused.detail
    if "IMAP ACCESS IS DISABLED" in reply or "NOT ENABLED FOR IMAP" in reply:
        return OAuthError("imap-off", _("IMAP is switched off for {user}").format(
            user=user), _(
            "A Google Workspace administrator must allow IMAP (Admin console, "
            "Apps, Google Workspace, Gmail, End User Access, 'Enable IMAP "
            "access for all users'), or the user turns it on in Gmail's "
            "settings (Forwarding and POP/IMAP)."), detail)
    if method is AuthMethod.GOOGLE:
        return OAuthError("google-refused", _("Gmail refused the token for {user}")
                          .format(user=user), _(
            "Check that {user} has Gmail in this Google Workspace domain and "
            "that the service account's delegation includes {scope}.").format(
            user=user, scope=GOOGLE_SCOPE), detail)
    if other and other_ok:
        return OAuthError("no-mailbox-permission", _(
            "The application may not open {user}'s mailbox").format(user=user), _(
            "The token opens {other}'s mailbox but not {user}'s. Grant the "
            "service principal FullAccess on it: Add-MailboxPermission "
            "-Identity {user} -User <service principal ID> -AccessRights "
            "FullAccess.").format(user=user, other=other), detail)
    if other:
        return OAuthError("no-service-principal", _(
            "Exchange Online does not know the application"), _(
            "The token opens neither {user}'s nor {other}'s mailbox: register "
            "the app in Exchange Online with New-ServicePrincipal (see the "
            "commands on the sign-in page), then grant it FullAccess on the "
            "mailboxes.").format(user=user, other=other), detail)
    return OAuthError("no-service-principal", _(
        "Exchange Online refused the application for {user}").format(user=user), _(
        "Either Exchange Online does not know the app (run New-ServicePrincipal) "
        "or it lacks FullAccess on {user}'s mailbox (Add-MailboxPermission). "
        "Add a second voicemail user to let the test tell which.").format(
        user=user), detail)
