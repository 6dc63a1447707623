"""The deployment being configured: plain dataclasses, checked field by field.

A :class:`Deployment` is what the wizard pages fill in, what an answer file
holds and what the written configuration stores. It never holds a secret:
passwords live in the credential store (:mod:`app.secrets`).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.i18n import _


class ServerKind(StrEnum):
    """The customer's mail server product."""

    EXCHANGE_2010 = "exchange2010"
    EXCHANGE_2013 = "exchange2013"
    EXCHANGE_2016 = "exchange2016"
    EXCHANGE_2019 = "exchange2019"
    EXCHANGE_SE = "exchangese"
    OFFICE_365 = "office365"
    GOOGLE = "google"

    @property
    def label(self) -> str:
        """The product's name as technicians know it."""
        return {
            ServerKind.EXCHANGE_2010: _("Exchange 2010"),
            ServerKind.EXCHANGE_2013: _("Exchange 2013"),
            ServerKind.EXCHANGE_2016: _("Exchange 2016"),
            ServerKind.EXCHANGE_2019: _("Exchange 2019"),
            ServerKind.EXCHANGE_SE: _("Exchange Server Subscription Edition"),
            ServerKind.OFFICE_365: _("Office 365 (Exchange Online)"),
            ServerKind.GOOGLE: _("Google Workspace (Gmail)"),
        }[self]

    @property
    def is_exchange(self) -> bool:
        """True for on-premises Exchange and for Office 365."""
        return self is not ServerKind.GOOGLE

    @property
    def on_premises(self) -> bool:
        """True for Exchange on the customer's own servers."""
        return self not in (ServerKind.OFFICE_365, ServerKind.GOOGLE)

    @property
    def hosted(self) -> bool:
        """True for mail hosted by Microsoft or Google."""
        return not self.on_premises


class Adapter(StrEnum):
    """The two ways the UM system reaches mail servers."""

    IMAP_CONNECTOR = "imap"
    EXCHANGE_GATEWAY = "gateway"

    @property
    def label(self) -> str:
        """The adapter's user-facing name."""
        if self is Adapter.IMAP_CONNECTOR:
            return _("IMAP connector")
        return _("Exchange gateway (MAPI gateway)")


class Security(StrEnum):
    """How the IMAP connection is protected."""

    TLS = "tls"
    STARTTLS = "starttls"
    PLAIN = "plain"

    @property
    def default_port(self) -> int:
        """The registered IMAP port for this kind of connection."""
        return 993 if self is Security.TLS else 143

    @property
    def short(self) -> str:
        """The method's name alone, for summaries."""
        return {Security.TLS: _("TLS"), Security.STARTTLS: _("STARTTLS"),
                Security.PLAIN: _("no encryption")}[self]

    @property
    def label(self) -> str:
        """A short description for choosers and reports."""
        return {
            Security.TLS: _("TLS from the start (port 993)"),
            Security.STARTTLS: _("STARTTLS (port 143)"),
            Security.PLAIN: _("No encryption (not recommended)"),
        }[self]


class Impersonation(StrEnum):
    """How the superuser account opens another user's mailbox over IMAP."""

    #: SASL PLAIN with the user as authorization identity (RFC 4616); Dovecot
    #: master users and most modern servers accept it.
    AUTHZID = "authzid"
    #: LOGIN as ``user*superuser``: Dovecot's master-user separator.
    MASTER_SEPARATOR = "master-separator"
    #: LOGIN as ``DOMAIN\\superuser\\alias``: Exchange's FullAccess form.
    EXCHANGE = "exchange"

    @property
    def label(self) -> str:
        """A short description for choosers and reports."""
        return {
            Impersonation.AUTHZID: _("SASL PLAIN with authorization identity"),
            Impersonation.MASTER_SEPARATOR: _("Master user login (user*superuser)"),
            Impersonation.EXCHANGE: _("Exchange login (DOMAIN\\superuser\\alias)"),
        }[self]


class AuthMethod(StrEnum):
    """How the connector proves who it is to the mail server."""

    #: The superuser's password (IMAP master user, Exchange FullAccess, or a
    #: Google app password).
    PASSWORD = "password"
    #: Office 365: an app registration's client-credentials grant (OAuth 2.0).
    OFFICE365 = "office365"
    #: Google Workspace: a service account with domain-wide delegation.
    GOOGLE = "google"

    @property
    def label(self) -> str:
        """A short description for choosers and reports."""
        return {
            AuthMethod.PASSWORD: _("Password"),
            AuthMethod.OFFICE365: _("OAuth 2.0 app registration (Office 365)"),
            AuthMethod.GOOGLE: _("OAuth 2.0 service account (Google Workspace)"),
        }[self]


class AppCredential(StrEnum):
    """What proves an Office 365 app registration: a secret or a certificate."""

    SECRET = "secret"
    CERTIFICATE = "certificate"


class AdapterChoice(StrEnum):
    """The adapter to set up: the recommended one, or one the technician forces."""

    AUTO = "auto"
    IMAP_CONNECTOR = "imap"
    EXCHANGE_GATEWAY = "gateway"


@dataclass
class ExchangeServer:
    """One Exchange server the gateway talks to."""

    host: str = ""
    #: "2010", "2013", "2016", "2019" or "SE"; empty until entered or probed.
    version: str = ""
    #: Its Exchange Web Services address, ``https://…/EWS/Exchange.asmx``;
    #: empty until typed or found by Autodiscover.
    ews_url: str = ""


class EwsAuth(StrEnum):
    """How the gateway signs in to Exchange Web Services."""

    #: Whatever the server offers, NTLM first.
    AUTO = "auto"
    NTLM = "ntlm"
    BASIC = "basic"

    @property
    def label(self) -> str:
        """A short description for choosers and reports."""
        return {
            EwsAuth.AUTO: _("As the server offers (NTLM first)"),
            EwsAuth.NTLM: _("NTLM (Windows sign-in)"),
            EwsAuth.BASIC: _("Basic (password over TLS)"),
        }[self]


@dataclass
class GatewayOptions:
    """How the Exchange gateway reaches Exchange Web Services (EWS)."""

    auth: EwsAuth = EwsAuth.AUTO
    #: Autodiscover address to ask instead of the standard ones, if any.
    autodiscover_url: str = ""
    #: Extra certificate authority file (PEM) to trust besides the system's.
    ca_file: str = ""


@dataclass
class Site:
    """What the technician says about the customer's site."""

    kind: ServerKind = ServerKind.EXCHANGE_2016
    um_users: int = 50
    mail_servers: int = 1
    clustered: bool = False
    adapter: AdapterChoice = AdapterChoice.AUTO
    #: Name of the UM server (the gateway must not run on it).
    um_server: str = ""
    #: The Exchange servers, for the gateway; names and versions.
    exchange_servers: list[ExchangeServer] = field(default_factory=list)


@dataclass
class ImapServer:
    """Where the IMAP connector connects, and which certificate it trusts."""

    host: str = ""
    port: int = 993
    security: Security = Security.TLS
    #: Extra certificate authority file (PEM) to trust besides the system's.
    ca_file: str = ""
    #: Trust exactly this server certificate (SHA-256, ``AB:CD:…``).
    pinned_fingerprint: str = ""
    #: The technician has confirmed that credentials may cross the network
    #: unencrypted; only meaningful with :attr:`Security.PLAIN`.
    plaintext_acknowledged: bool = False


@dataclass
class Superuser:
    """The account with rights on every UM user's mailbox (``NPUMAdmin``)."""

    login: str = ""
    impersonation: Impersonation = Impersonation.AUTHZID
    #: Windows domain for :attr:`Impersonation.EXCHANGE` logins.
    domain: str = ""

    def login_for(self, user: str) -> str:
        """The LOGIN name that opens *user*'s mailbox, for LOGIN-based forms."""
        if self.impersonation is Impersonation.MASTER_SEPARATOR:
            return f"{user}*{self.login}"
        if self.impersonation is Impersonation.EXCHANGE:
            prefix = f"{self.domain}\\" if self.domain else ""
            return f"{prefix}{self.login}\\{user}"
        return self.login


@dataclass
class OAuthApp:
    """The OAuth 2.0 identity that opens the mailboxes; never holds a secret.

    The client secret, the certificate's private key or the service
    account's key file live in the credential store (:mod:`app.secrets`).
    """

    method: AuthMethod = AuthMethod.PASSWORD
    #: Office 365: the directory (tenant) ID, or its ….onmicrosoft.com name.
    tenant_id: str = ""
    #: Office 365: the app registration's application (client) ID.
    client_id: str = ""
    credential: AppCredential = AppCredential.SECRET
    #: Office 365 with a certificate: its SHA-1 thumbprint (40 hex digits).
    certificate_thumbprint: str = ""
    #: Google: the service account's address (client_email of its key file).
    service_account: str = ""
    #: Where tokens come from, when not Microsoft's global sign-in service
    #: (https://login.microsoftonline.com): a national cloud, or a local
    #: identity provider in tests. Google's key file names its own endpoint.
    authority: str = ""
    #: Extra certificate authority file (PEM) for the token service.
    ca_file: str = ""


@dataclass
class VoicemailUser:
    """One UM user: the voicemail box and the mailbox it is kept in step with."""

    mailbox: str = ""
    login: str = ""
    context: str = "default"
    name: str = ""


@dataclass
class ServiceOptions:
    """Tunables of the connector service."""

    spool: str = ""
    poll_seconds: float = 2.0
    #: A voicemail is taken once its files have not changed for this long,
    #: so a message still being recorded is never sent half-written.
    settle_seconds: float = 1.0
    timeout_seconds: float = 20.0
    #: How often the service logs in (as the first user) to prove the server,
    #: the superuser's password and its rights still work without voicemail.
    check_seconds: float = 300.0
    #: How often each user's mailbox is checked for mail read or deleted in a
    #: mail client (a mailbox whose modification sequence did not move is not
    #: read further).
    mailbox_check_seconds: float = 10.0
    #: Most IMAP connections the service holds open at once.
    max_connections: int = 8
    #: What a voicemail deleted on the phone does to its email: ``expunge``
    #: removes it, ``trash`` moves it to *trash_folder*, ``keep`` leaves it.
    delete_policy: str = "expunge"
    trash_folder: str = "Trash"
    #: The longest wait between retries while the server is unreachable.
    max_backoff_seconds: float = 60.0


@dataclass
class Deployment:
    """Everything the wizard collects; secrets are kept elsewhere."""

    site: Site = field(default_factory=Site)
    server: ImapServer = field(default_factory=ImapServer)
    superuser: Superuser = field(default_factory=Superuser)
    users: list[VoicemailUser] = field(default_factory=list)
    #: Login of the UM user whose mailbox the connection test opens.
    sample_user: str = ""
    service: ServiceOptions = field(default_factory=ServiceOptions)
    #: OAuth 2.0 sign-in for Office 365 and Google; ``method`` password: none.
    oauth: OAuthApp = field(default_factory=OAuthApp)
    gateway: GatewayOptions = field(default_factory=GatewayOptions)
    #: Warnings the technician has read and accepted, by finding key.
    acknowledged: list[str] = field(default_factory=list)

    def user(self, login: str) -> VoicemailUser | None:
        """The configured UM user with this mail login, if any."""
        return next((u for u in self.users if u.login == login), None)


@dataclass(frozen=True)
class FieldProblem:
    """A bad value: which field, what is wrong, and how to fix it."""

    field: str
    label: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message} {self.fix}"


_HOST_RE = re.compile(
    r"^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*"
    r"[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.?$"
)
_FINGERPRINT_RE = re.compile(r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$")
_MAILBOX_RE = re.compile(r"^[A-Za-z0-9_.+-]{1,64}$")


def normalise_fingerprint(text: str) -> str:
    """Accept ``abcd…``, ``AB:CD:…`` or ``AB CD …`` and return ``AB:CD:…``."""
    digits = re.sub(r"[^0-9A-Fa-f]", "", text).upper()
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2))


def normalise_thumbprint(text: str) -> str:
    """A certificate thumbprint as Entra ID lists it: hex digits, upper case.

    Accepts what technicians paste: ``ab cd …``, ``AB:CD:…`` (openssl).
    """
    return re.sub(r"[\s:]", "", text).upper()


def is_host(text: str) -> bool:
    """True for a syntactically valid host name, IPv4 or IPv6 address."""
    if _HOST_RE.match(text):
        return True
    # "10.0.0.1:993" or ":" look like IPv6 to a pattern; ask the parser.
    inner = text[1:-1] if text.startswith("[") and text.endswith("]") else text
    try:
        ipaddress.IPv6Address(inner)
    except ValueError:
        return False
    return True


def check_site(site: Site) -> list[FieldProblem]:
    """Problems with the site answers."""
    problems = []
    if not 1 <= site.um_users <= 100_000:
        problems.append(FieldProblem(
            "site.um_users", _("Number of UM users"),
            _("must be between 1 and 100,000, not {value}.").format(
                value=site.um_users),
            _("Count the users who have a voicemail box."),
        ))
    if not 1 <= site.mail_servers <= 50:
        problems.append(FieldProblem(
            "site.mail_servers", _("Number of mail servers"),
            _("must be between 1 and 50, not {value}.").format(
                value=site.mail_servers),
            _("Count the mail servers that hold UM users' mailboxes."),
        ))
    return problems


EXCHANGE_VERSIONS = ("2010", "2013", "2016", "2019", "SE")


def check_gateway_site(site: Site) -> list[FieldProblem]:
    """Problems with what the gateway needs to know: UM server, Exchange servers."""
    problems = []
    if not site.um_server.strip():
        problems.append(FieldProblem(
            "site.um_server", _("UM server"), _("is empty."),
            _("Enter the name of the computer the UM system runs on."),
        ))
    elif not is_host(site.um_server.strip()):
        problems.append(FieldProblem(
            "site.um_server", _("UM server"),
            _("'{value}' is not a host name or IP address.").format(
                value=site.um_server),
            _("Enter only the computer's name, e.g. um01.example.com."),
        ))
    if not site.exchange_servers:
        problems.append(FieldProblem(
            "site.exchange_servers", _("Exchange servers"), _("the list is empty."),
            _("Add each Exchange server that holds UM users' mailboxes."),
        ))
    for index, server in enumerate(site.exchange_servers):
        where = f"site.exchange_servers[{index}]"
        label = _("Exchange server {n}").format(n=index + 1)
        if not is_host(server.host.strip()):
            problems.append(FieldProblem(
                f"{where}.host", label,
                _("'{value}' is not a host name or IP address.").format(
                    value=server.host),
                _("Enter the server's full name, e.g. ex01.example.com."),
            ))
        if server.version and server.version not in EXCHANGE_VERSIONS:
            problems.append(FieldProblem(
                f"{where}.version", label,
                _("version '{value}' is unknown.").format(value=server.version),
                _("Use one of {choices}, or leave it empty for the connection "
                  "test to read it.").format(choices=", ".join(EXCHANGE_VERSIONS)),
            ))
    return problems


_UPN_RE = re.compile(r"^[^@\s\\]+@[^@\s\\]+\.[^@\s\\]+$")
_DOWN_LEVEL_RE = re.compile(r"^[^\\\s@]+\\[^\\\s@]+$")


def is_ews_url(text: str) -> bool:
    """True for an ``https://host[:port]/path`` address."""
    match = re.match(r"^https://([^/\s]+)(/\S*)?$", text.strip(), re.IGNORECASE)
    if not match:
        return False
    host = match.group(1).rsplit("@", 1)[-1]
    if host.startswith("["):
        host = host.split("]", 1)[0] + "]"
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return is_host(host)


def check_gateway(dep: Deployment) -> list[FieldProblem]:
    """Problems with what the gateway's EWS connection needs (login form too)."""
    problems = check_ews_addresses(dep)
    login = dep.superuser.login.strip()
    if login and not (_UPN_RE.match(login) or _DOWN_LEVEL_RE.match(login)):
        problems.append(FieldProblem(
            "superuser.login", _("Superuser account"),
            _("'{value}' is neither DOMAIN\\account nor account@domain.").format(
                value=login),
            _("Enter it as EXAMPLE\\NPUMAdmin or npumadmin@example.com."),
        ))
    return problems


def check_ews_addresses(dep: Deployment) -> list[FieldProblem]:
    """Problems with the gateway's addresses and files (empty ones are fine)."""
    problems = []
    for index, server in enumerate(dep.site.exchange_servers):
        url = server.ews_url.strip()
        if url and not is_ews_url(url):
            problems.append(FieldProblem(
                f"site.exchange_servers[{index}].ews_url",
                _("EWS address of {host}").format(host=server.host or index + 1),
                _("'{value}' is not an https:// address.").format(value=url),
                _("Enter e.g. https://ex01.example.com/EWS/Exchange.asmx, or leave "
                  "it empty for Autodiscover to find it."),
            ))
    auto = dep.gateway.autodiscover_url.strip()
    if auto and not is_ews_url(auto):
        problems.append(FieldProblem(
            "gateway.autodiscover_url", _("Autodiscover address"),
            _("'{value}' is not an https:// address.").format(value=auto),
            _("Enter e.g. https://autodiscover.example.com/autodiscover/"
              "autodiscover.xml, or leave it empty to try the standard ones."),
        ))
    ca_file = dep.gateway.ca_file
    if ca_file and not Path(ca_file).is_file():
        problems.append(FieldProblem(
            "gateway.ca_file", _("Certificate authority file"),
            _("'{value}' does not exist.").format(value=ca_file),
            _("Choose the PEM file of the authority that signed Exchange's "
              "certificate, or leave the field empty."),
        ))
    return problems


def check_server(server: ImapServer) -> list[FieldProblem]:
    """Problems with the IMAP server answers."""
    problems = []
    host = server.host.strip()
    if not host:
        problems.append(FieldProblem(
            "server.host", _("Server address"), _("is empty."),
            _("Enter the mail server's name, e.g. mail.example.com."),
        ))
    elif not is_host(host):
        problems.append(FieldProblem(
            "server.host", _("Server address"),
            _("'{value}' is not a host name or IP address.").format(value=host),
            _("Enter only the name, without 'imap://', a path or spaces."),
        ))
    if not 1 <= server.port <= 65535:
        problems.append(FieldProblem(
            "server.port", _("Port"),
            _("{value} is not a port number.").format(value=server.port),
            _("Use 993 for TLS or 143 for STARTTLS, unless the server "
              "administrator gave you another."),
        ))
    if server.security is Security.PLAIN and not server.plaintext_acknowledged:
        problems.append(FieldProblem(
            "server.plaintext_acknowledged", _("Security"),
            _("without encryption the superuser's password crosses the network "
              "readable by anyone on the way."),
            _("Choose TLS or STARTTLS, or tick the box confirming that this "
              "network is trusted."),
        ))
    if server.pinned_fingerprint and not _FINGERPRINT_RE.match(
            normalise_fingerprint(server.pinned_fingerprint)):
        problems.append(FieldProblem(
            "server.pinned_fingerprint", _("Trusted certificate"),
            _("is not a SHA-256 fingerprint (64 hexadecimal digits)."),
            _("Copy the fingerprint exactly as the connection test shows it."),
        ))
    if server.ca_file and not Path(server.ca_file).is_file():
        problems.append(FieldProblem(
            "server.ca_file", _("Certificate authority file"),
            (_("'{value}' is a folder, not a file.")
             if Path(server.ca_file).is_dir()
             else _("'{value}' does not exist.")).format(value=server.ca_file),
            _("Choose the PEM file of the authority that signed the server's "
              "certificate, or leave the field empty."),
        ))
    return problems


def check_accounts(dep: Deployment) -> list[FieldProblem]:
    """Problems with the superuser and the UM user list."""
    problems = []
    if not dep.superuser.login.strip():
        problems.append(FieldProblem(
            "superuser.login", _("Superuser account"), _("is empty."),
            _("Enter the account that may open every UM user's mailbox, "
              "e.g. NPUMAdmin."),
        ))
    if (dep.superuser.impersonation is Impersonation.EXCHANGE
            and not dep.superuser.domain.strip()):
        problems.append(FieldProblem(
            "superuser.domain", _("Windows domain"), _("is empty."),
            _("Enter the NetBIOS domain of the superuser, e.g. EXAMPLE."),
        ))
    if not dep.users:
        problems.append(FieldProblem(
            "users", _("UM users"), _("the list is empty."),
            _("Add at least one voicemail box and its mailbox login."),
        ))
    seen: set[tuple[str, str]] = set()
    for index, user in enumerate(dep.users, start=1):
        where = f"users[{index - 1}]"
        label = _("UM user {n}").format(n=index)
        if not _MAILBOX_RE.match(user.mailbox):
            problems.append(FieldProblem(
                f"{where}.mailbox", label,
                _("voicemail box '{value}' is not a box number.").format(
                    value=user.mailbox),
                _("Use the extension as the UM system shows it, e.g. 1001."),
            ))
        if not user.login.strip():
            problems.append(FieldProblem(
                f"{where}.login", label, _("the mailbox login is empty."),
                _("Enter the user's mail login, e.g. alice@example.com."),
            ))
        key = (user.context, user.mailbox)
        if key in seen:
            problems.append(FieldProblem(
                f"{where}.mailbox", label,
                _("voicemail box {value} is listed twice.").format(
                    value=user.mailbox),
                _("Remove the duplicate row."),
            ))
        seen.add(key)
    if dep.sample_user and dep.user(dep.sample_user) is None:
        problems.append(FieldProblem(
            "sample_user", _("Test mailbox"),
            _("'{value}' is not one of the UM users.").format(
                value=dep.sample_user),
            _("Pick the test mailbox from the UM user list."),
        ))
    return problems


_GUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_THUMBPRINT_RE = re.compile(r"^[0-9A-Fa-f]{40}$")


def is_guid(text: str) -> bool:
    """True for a GUID such as 8c5f1b6e-0f2a-4d1c-9e7b-2a3b4c5d6e7f."""
    return bool(_GUID_RE.match(text.strip()))


def check_oauth(app: OAuthApp) -> list[FieldProblem]:
    """Problems with the OAuth 2.0 identity (none for password sign-in)."""
    problems = []
    if app.method is AuthMethod.OFFICE365:
        tenant = app.tenant_id.strip()
        if not tenant:
            problems.append(FieldProblem(
                "oauth.tenant_id", _("Directory (tenant) ID"), _("is empty."),
                _("Copy it from the app registration's Overview page in the "
                  "Microsoft Entra admin center.")))
        elif not is_guid(tenant) and not (_HOST_RE.match(tenant) and "." in tenant):
            problems.append(FieldProblem(
                "oauth.tenant_id", _("Directory (tenant) ID"),
                _("'{value}' is neither a GUID nor a domain name.").format(
                    value=tenant),
                _("Use the GUID from the app registration's Overview page, or "
                  "the tenant's name such as contoso.onmicrosoft.com.")))
        if not is_guid(app.client_id):
            problems.append(FieldProblem(
                "oauth.client_id", _("Application (client) ID"),
                (_("is empty.") if not app.client_id.strip()
                 else _("'{value}' is not a GUID.").format(value=app.client_id)),
                _("Copy the Application (client) ID from the app registration's "
                  "Overview page.")))
        if (app.credential is AppCredential.CERTIFICATE
                and not _THUMBPRINT_RE.match(
                    normalise_thumbprint(app.certificate_thumbprint))):
            problems.append(FieldProblem(
                "oauth.certificate_thumbprint", _("Certificate thumbprint"),
                _("is not 40 hexadecimal digits."),
                _("Copy the thumbprint shown under Certificates & secrets, "
                  "Certificates, in the app registration.")))
    elif app.method is AuthMethod.GOOGLE and not app.service_account.strip():
        problems.append(FieldProblem(
            "oauth.service_account", _("Service account key"), _("is missing."),
            _("Choose the service account's JSON key file.")))
    if app.ca_file and not Path(app.ca_file).is_file():
        problems.append(FieldProblem(
            "oauth.ca_file", _("Token service authority file"),
            _("'{value}' does not exist.").format(value=app.ca_file),
            _("Choose the PEM file of the authority that signed the token "
              "service's certificate, or leave the field empty.")))
    return problems


def check_service(options: ServiceOptions) -> list[FieldProblem]:
    """Problems with the service settings."""
    problems = []
    if not options.spool.strip():
        problems.append(FieldProblem(
            "service.spool", _("Voicemail spool folder"), _("is empty."),
            _("Choose the UM system's voicemail folder, e.g. "
              "/var/spool/asterisk/voicemail."),
        ))
    if not 0.2 <= options.poll_seconds <= 3600:
        problems.append(FieldProblem(
            "service.poll_seconds", _("Poll interval"),
            _("{value} s is out of range.").format(value=options.poll_seconds),
            _("Use a value between 0.2 and 3600 seconds."),
        ))
    problems += _check_sync_options(options)
    return problems


#: The choices of ``service.delete_policy``.
DELETE_POLICIES = ("expunge", "trash", "keep")


def _out_of_range(name: str, label: str, value: float, low: float, high: float,
                  ) -> list[FieldProblem]:
    """A problem for service setting *name* if *value* is outside [low, high]."""
    if low <= value <= high:
        return []
    return [FieldProblem(
        f"service.{name}", label,
        _("{value:g} is out of range.").format(value=value),
        _("Use a value between {low:g} and {high:g}.").format(low=low, high=high),
    )]


def _check_sync_options(options: ServiceOptions) -> list[FieldProblem]:
    """Problems with the two-way synchronisation tunables."""
    problems = [
        *_out_of_range("mailbox_check_seconds", _("Mailbox check interval (s)"),
                       options.mailbox_check_seconds, 0.2, 86_400),
        *_out_of_range("max_connections", _("Maximum connections"),
                       options.max_connections, 1, 500),
        *_out_of_range("max_backoff_seconds", _("Longest retry interval (s)"),
                       options.max_backoff_seconds, 0.2, 3600),
    ]
    if options.delete_policy not in DELETE_POLICIES:
        problems.append(FieldProblem(
            "service.delete_policy", _("Delete policy"),
            _("'{value}' is not a policy.").format(value=options.delete_policy),
            _("Use one of: {choices}.").format(choices=", ".join(DELETE_POLICIES)),
        ))
    if options.delete_policy == "trash" and not options.trash_folder.strip():
        problems.append(FieldProblem(
            "service.trash_folder", _("Trash folder"), _("is empty."),
            _("Name the mail folder deleted voicemail goes to, e.g. Trash or "
              "Deleted Items."),
        ))
    return problems


def check_spool_here(options: ServiceOptions) -> list[FieldProblem]:
    """Problems with the spool folder on this computer (where the service runs)."""
    spool = options.spool.strip()
    if not spool:
        return []
    path = Path(spool)
    if not path.exists():
        return [FieldProblem(
            "service.spool", _("Voicemail spool folder"),
            _("'{value}' does not exist on this computer.").format(value=spool),
            _("Check the path; the UM system's voicemail folder must be reachable "
              "from here."))]
    if not path.is_dir():
        return [FieldProblem(
            "service.spool", _("Voicemail spool folder"),
            _("'{value}' is a file, not a folder.").format(value=spool),
            _("Choose the folder that holds one folder per voicemail context."))]
    return []


def name_gateway_server(dep: Deployment) -> None:
    """For the gateway, name the first Exchange server as the mail server.

    The credential-store entry and the reports name ``server.host``; the
    gateway has no IMAP server of its own, so its first Exchange server
    stands in.
    """
    if dep.site.exchange_servers:
        dep.server.host = dep.site.exchange_servers[0].host.strip()


def check(dep: Deployment, *, gateway: bool = False) -> list[FieldProblem]:
    """Every field problem of a deployment, in page order.

    With *gateway*, the EWS settings are checked instead of the IMAP server;
    the UM and Exchange servers are the rules' matter (R9-R12), and without
    an EWS address Autodiscover finds one.
    """
    if gateway:
        return [
            *check_site(dep.site),
            *check_ews_addresses(dep),
            *check_accounts(dep),
            *check_service(dep.service),
        ]
    return [
        *check_site(dep.site),
        *check_server(dep.server),
        *check_accounts(dep),
        *check_oauth(dep.oauth),
        *check_service(dep.service),
        *check_ews_addresses(dep),
    ]
