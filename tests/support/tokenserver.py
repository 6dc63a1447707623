"""A local HTTPS identity provider on 127.0.0.1: Microsoft Entra ID and Google.

No Entra ID, Exchange Online or Google can run here, so this responder plays
their parts with their real wire formats:

* Entra ID: ``GET /{tenant}/v2.0/.well-known/openid-configuration`` (OpenID
  metadata, or AADSTS90002 for an unknown tenant) and ``POST
  /{tenant}/oauth2/v2.0/token`` (client credentials with a client secret or a
  certificate-signed client assertion, the errors AADSTS700016 and
  AADSTS7000215). The access token is a signed JWT whose ``roles`` claim holds
  ``IMAP.AccessAsApp`` only once admin consent was granted.
* Google: ``POST /google/token`` (a service account's signed JWT grant with
  ``sub`` = the user; ``unauthorized_client`` without domain-wide delegation,
  ``invalid_grant`` for a user outside the domain).
* Dovecot's side: ``POST /introspect`` (RFC 7662 token introspection) says
  whether a token is valid and which mailboxes it opens, standing in for
  Exchange's service principal and FullAccess permissions; ``POST
  /introspect/refuse`` names users whose IMAP is switched off (Gmail's
  per-user switch) with Gmail's words.

Real clients (msal, google-auth, Dovecot's oauth2 passdb) talk to it; the
tests change its directory (:class:`Tenant`, :class:`App`,
:class:`ServiceAccount`) to reproduce each failure.
"""

from __future__ import annotations

import base64
import http.server
import json
import secrets
import ssl
import tempfile
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from app.certs import make_tls_material

HOST = "127.0.0.1"
EXCHANGE_AUDIENCE = "https://outlook.office365.com"
GOOGLE_SCOPE = "https://mail.google.com/"
GOOGLE_AUDIENCE = "https://oauth2.googleapis.com/token"


def new_key() -> rsa.RSAPrivateKey:
    """A fresh RSA key (2048 bits, as Entra ID and Google use)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def key_pem(key: rsa.RSAPrivateKey) -> str:
    """*key* as unencrypted PKCS#8 PEM text."""
    return key.private_bytes(serialization.Encoding.PEM,
                             serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def self_signed(key: rsa.RSAPrivateKey, name: str) -> x509.Certificate:
    """A certificate for an app registration, as New-SelfSignedCertificate makes."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = time.time()
    import datetime as dt

    start = dt.datetime.fromtimestamp(now - 60, dt.UTC)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=365))
            .sign(key, hashes.SHA256()))


def thumbprint(cert: x509.Certificate) -> str:
    """The certificate's SHA-1 thumbprint in hex, as Entra ID shows it."""
    return cert.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303 - Entra's


@dataclass
class App:
    """An app registration in a tenant and what Exchange Online knows of it."""

    client_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: The secret's value (shown once in the portal) and its ID (a GUID).
    secret_value: str = field(
        default_factory=lambda: "Q8x~" + secrets.token_urlsafe(30))
    secret_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: Certificates uploaded to the registration, by SHA-1 thumbprint.
    certificates: dict[str, x509.Certificate] = field(default_factory=dict)
    #: Admin consent for Office 365 Exchange Online / IMAP.AccessAsApp.
    consented: bool = True
    #: New-ServicePrincipal was run in Exchange Online.
    service_principal: bool = True
    #: Mailboxes with Add-MailboxPermission … -User <service principal>.
    mailboxes: set[str] = field(default_factory=set)


@dataclass
class Tenant:
    """A Microsoft Entra tenant with its app registrations."""

    tenant_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    apps: dict[str, App] = field(default_factory=dict)

    def add(self, app: App) -> App:
        """Register *app* in this tenant."""
        self.apps[app.client_id] = app
        return app


@dataclass
class ServiceAccount:
    """A Google Cloud service account with one key."""

    client_email: str
    key: rsa.RSAPrivateKey = field(default_factory=new_key)
    key_id: str = field(default_factory=lambda: secrets.token_hex(20))
    client_id: str = field(default_factory=lambda: str(
        10**20 + secrets.randbelow(10**20)))
    #: Domain-wide delegation granted in the Admin console for the mail scope.
    delegated: bool = True
    #: The Workspace domain whose users it may act for.
    domain: str = "example.com"
    #: Users whose Gmail has IMAP switched off.
    imap_off: set[str] = field(default_factory=set)

    def key_file(self, token_uri: str) -> str:
        """The JSON key file as the Cloud console downloads it."""
        return json.dumps({
            "type": "service_account", "project_id": "umconnect-test",
            "private_key_id": self.key_id, "private_key": key_pem(self.key),
            "client_email": self.client_email, "client_id": self.client_id,
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": token_uri,
        }, indent=2)


@dataclass
class Grant:
    """What an issued access token stands for."""

    issuer: str  # "entra" or "google"
    subject: str  # the app's client ID, or the Google user
    expires: float
    app: App | None = None
    account: ServiceAccount | None = None


class TokenServer:
    """The local identity provider; see the module docstring."""

    def __init__(self, *, lifetime: int = 3599) -> None:
        self.lifetime = lifetime
        self.tenants: dict[str, Tenant] = {}
        self.accounts: dict[str, ServiceAccount] = {}
        self.grants: dict[str, Grant] = {}
        #: Requests per path kind: "discovery", "token", "google", "introspect".
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._signing_key = new_key()
        self._folder = Path(tempfile.mkdtemp(prefix="umconnect-tokens-"))
        self._tls = make_tls_material((HOST, "localhost"))
        cert, key, self.ca_file = self._tls.write(self._folder)
        # Dovecot's auth process (another user, as root) reads the CA file.
        self._folder.chmod(0o755)
        self.ca_file.chmod(0o644)
        key.chmod(0o600)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = http.server.ThreadingHTTPServer((HOST, 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.socket = context.wrap_socket(self._httpd.socket,
                                                 server_side=True)
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        name="token-server", daemon=True)

    # -- the directory ------------------------------------------------------

    @property
    def url(self) -> str:
        """The base address, e.g. ``https://127.0.0.1:4443``."""
        return f"https://{HOST}:{self.port}"

    @property
    def google_token_uri(self) -> str:
        """Where a service account's key file sends its grants."""
        return f"{self.url}/google/token"

    @property
    def introspection_url(self) -> str:
        """Dovecot's introspection address (``/refuse`` below it, too)."""
        return f"{self.url}/introspect"

    def tenant(self) -> Tenant:
        """A new tenant."""
        tenant = Tenant()
        self.tenants[tenant.tenant_id] = tenant
        return tenant

    def service_account(self, email: str) -> ServiceAccount:
        """A new service account."""
        account = ServiceAccount(email)
        self.accounts[email] = account
        return account

    def count(self, kind: str) -> int:
        """How many requests of *kind* were answered."""
        with self._lock:
            return self.counts.get(kind, 0)

    # -- life cycle -----------------------------------------------------------

    def start(self) -> Self:
        """Serve in a thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving."""
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- answers ------------------------------------------------------------

    def _tick(self, kind: str) -> None:
        with self._lock:
            self.counts[kind] = self.counts.get(kind, 0) + 1

    def discovery(self, tenant_id: str) -> tuple[int, dict[str, Any]]:
        """OpenID metadata of *tenant_id*, or Entra's unknown-tenant error."""
        self._tick("discovery")
        if tenant_id not in self.tenants:
            return 400, _entra_error(
                "invalid_tenant", 90002,
                f"Tenant '{tenant_id}' not found. Check to make sure you have the "
                "correct tenant ID and are signing into the correct cloud.")
        base = f"{self.url}/{tenant_id}"
        return 200, {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "issuer": f"{self.url}/{tenant_id}/v2.0",
            "jwks_uri": f"{self.url}/{tenant_id}/discovery/v2.0/keys",
            "token_endpoint_auth_methods_supported": [
                "client_secret_post", "private_key_jwt", "client_secret_basic"],
        }

    def entra_token(self, tenant_id: str,
                    form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """The client-credentials grant of Entra ID's v2.0 token endpoint."""
        self._tick("token")
        tenant = self.tenants.get(tenant_id)
        if tenant is None:
            return self.discovery(tenant_id)
        client_id = form.get("client_id", "")
        app = tenant.apps.get(client_id)
        if app is None:
            return 400, _entra_error(
                "unauthorized_client", 700016,
                f"Application with identifier '{client_id}' was not found in the "
                f"directory '{tenant_id}'. This can happen if the application has "
                "not been installed by the administrator of the tenant or "
                "consented to by any user in the tenant.")
        if form.get("grant_type") != "client_credentials":
            return 400, _entra_error("unsupported_grant_type", 70003,
                                     "The app requested an unsupported grant type.")
        if "client_assertion" in form and not self._client_proven(
                app, form, tenant_id):
            return 401, _entra_error(
                "invalid_client", 700027,
                "Client assertion failed signature validation, or the "
                "certificate with the key identifier in its header is not "
                f"registered for app '{client_id}'.")
        if not self._client_proven(app, form, tenant_id):
            return 401, _entra_error(
                "invalid_client", 7000215,
                "Invalid client secret provided. Ensure the secret being sent in "
                "the request is the client secret value, not the client secret "
                f"ID, for a secret added to app '{client_id}'.")
        scope = form.get("scope", "")
        if scope != f"{EXCHANGE_AUDIENCE}/.default":
            return 400, _entra_error("invalid_scope", 1002012,
                                     f"The provided value for scope {scope} is "
                                     "not valid.")
        claims: dict[str, Any] = {"aud": EXCHANGE_AUDIENCE, "tid": tenant_id,
                                  "appid": client_id, "oid": str(uuid.uuid4())}
        if app.consented:
            claims["roles"] = ["IMAP.AccessAsApp"]
        token = self._issue(claims, Grant("entra", client_id, 0, app=app))
        return 200, {"token_type": "Bearer", "expires_in": self.lifetime,
                     "ext_expires_in": self.lifetime, "access_token": token}

    def _client_proven(self, app: App, form: dict[str, str], tenant_id: str) -> bool:
        if "client_secret" in form:
            return secrets.compare_digest(form["client_secret"], app.secret_value)
        assertion = form.get("client_assertion", "")
        try:
            header = jwt.get_unverified_header(assertion)
        except jwt.PyJWTError:
            return False
        x5t = str(header.get("x5t", ""))
        wanted = base64.urlsafe_b64decode(x5t + "=" * (-len(x5t) % 4)).hex().upper()
        cert = app.certificates.get(wanted)
        if cert is None:
            return False
        try:
            claims = jwt.decode(assertion, cert.public_key(),  # type: ignore[arg-type]
                                algorithms=["RS256", "PS256"],
                                audience=f"{self.url}/{tenant_id}/oauth2/v2.0/token")
        except jwt.PyJWTError:
            return False
        return bool(claims.get("iss") == claims.get("sub") == app.client_id)

    def google_token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """Google's token endpoint for a service account's JWT grant."""
        self._tick("google")
        assertion = form.get("assertion", "")
        try:
            unverified = jwt.decode(assertion, options={"verify_signature": False})
        except jwt.PyJWTError:
            return 400, {"error": "invalid_grant", "error_description": "Bad JWT."}
        account = self.accounts.get(str(unverified.get("iss", "")))
        try:
            if account is None:
                raise jwt.InvalidSignatureError
            # google-auth signs for Google's audience whatever the key's
            # token_uri says.
            claims = jwt.decode(assertion, account.key.public_key(),
                                algorithms=["RS256"],
                                audience=[GOOGLE_AUDIENCE, self.google_token_uri])
        except jwt.PyJWTError:
            return 400, {"error": "invalid_grant",
                         "error_description": "Invalid JWT Signature."}
        user = str(claims.get("sub", ""))
        scopes = str(claims.get("scope", "")).split()
        if not account.delegated or GOOGLE_SCOPE not in scopes:
            return 401, {"error": "unauthorized_client", "error_description": (
                "Client is unauthorized to retrieve access tokens using this "
                "method, or client not authorized for any of the scopes "
                "requested.")}
        if not user.endswith("@" + account.domain):
            return 400, {"error": "invalid_grant",
                         "error_description": "Invalid email or User ID"}
        token = "ya29." + secrets.token_urlsafe(40)
        with self._lock:
            self.grants[token] = Grant("google", user,
                                       time.time() + self.lifetime, account=account)
        return 200, {"access_token": token, "expires_in": self.lifetime,
                     "token_type": "Bearer"}

    def introspect(self, token: str) -> dict[str, Any]:
        """RFC 7662 for Dovecot: is *token* valid, and which mailboxes may it open?

        ``mailboxes`` is comma-framed (``,alice,bob,``) for Dovecot's
        allow_nets test (see tests/support/dovecot.py).
        """
        self._tick("introspect")
        with self._lock:
            grant = self.grants.get(token)
        if grant is None or grant.expires < time.time():
            return {"active": False}
        if grant.app is not None:
            app = grant.app
            active = app.consented and app.service_principal
            boxes = sorted(app.mailboxes)
        else:
            boxes = [grant.subject, grant.subject.split("@", 1)[0]]
            active = True
        return {"active": active, "username": grant.subject,
                "mailboxes": "," + ",".join(boxes) + ","}

    def refusal(self, token: str) -> dict[str, Any]:
        """Whether the mail service turns *token*'s user away, and in which words."""
        with self._lock:
            grant = self.grants.get(token)
        account = grant.account if grant is not None else None
        if grant is None or account is None or grant.subject not in account.imap_off:
            return {"active": False}
        return {"active": True, "username": grant.subject, "reason": (
            "IMAP access is disabled for your domain. Please contact your domain "
            "administrator for questions about this feature. (Failure)")}

    def _issue(self, claims: dict[str, Any], grant: Grant) -> str:
        now = int(time.time())
        grant.expires = now + self.lifetime
        token = jwt.encode({**claims, "iat": now, "nbf": now,
                            "exp": now + self.lifetime,
                            "jti": secrets.token_hex(8)},
                           self._signing_key, algorithm="RS256")
        with self._lock:
            self.grants[token] = grant
        return token

    def expire_all(self) -> None:
        """Make every token issued so far expired (as if time had passed)."""
        with self._lock:
            for grant in self.grants.values():
                grant.expires = 0


def _entra_error(error: str, code: int, text: str) -> dict[str, Any]:
    trace = str(uuid.uuid4())
    stamp = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())
    return {"error": error,
            "error_description": f"AADSTS{code}: {text} Trace ID: {trace} "
                                 f"Correlation ID: {uuid.uuid4()} Timestamp: "
                                 f"{stamp}",
            "error_codes": [code], "trace_id": trace}


class _Handler(http.server.BaseHTTPRequestHandler):
    owner: TokenServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        return dict(urllib.parse.parse_qsl(raw))

    def do_GET(self) -> None:
        parts = urllib.parse.urlsplit(self.path).path.strip("/").split("/")
        if parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
            self._send(*self.owner.discovery(parts[0]))
            return
        self._send(404, {"error": "not_found"})

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        form = self._form()
        if parts[1:] == ["oauth2", "v2.0", "token"]:
            self._send(*self.owner.entra_token(parts[0], form))
        elif parts == ["google", "token"]:
            self._send(*self.owner.google_token(form))
        elif parts == ["introspect"]:
            self._send(200, self.owner.introspect(form.get("token", "")))
        elif parts == ["introspect", "refuse"]:
            self._send(200, self.owner.refusal(form.get("token", "")))
        else:
            self._send(404, {"error": "not_found"})
