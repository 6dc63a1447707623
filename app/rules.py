"""The deployment rules: one table, asked by the wizard, the CLI and the service.

Each :class:`Rule` row names the product brief's rule id, the wizard page
that owns it, the facts it reads, the decision it makes where the documented
rule is silent (``help``) and a check that returns :class:`Finding` objects:
a level, one sentence and a remedy. An error blocks; a warning needs an
explicit acknowledgement (kept in the configuration by its ``key``); info is
shown. Checks are pure: names are resolved and facts about this computer read
beforehand, by :func:`gather`, so tests can inject both.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.hostfacts import HostFacts
from app.i18n import _
from app.model import Adapter, AdapterChoice, Deployment, ServerKind, Site

IMAP_LIMIT_EXCHANGE = 500
IMAP_LIMIT_GOOGLE = 2_500
GATEWAY_LIMIT = 2_500


class Level(StrEnum):
    """How much a finding matters: an error blocks, a warning needs a tick."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def mark(self) -> str:
        """A symbol that carries the level without colour."""
        return {Level.ERROR: "✘", Level.WARNING: "⚠", Level.INFO: "ℹ"}[self]


class Page(StrEnum):
    """The wizard page that owns a rule's facts."""

    SITE = "site"
    COMPUTER = "computer"
    SERVER = "server"
    ACCOUNTS = "accounts"


@dataclass(frozen=True)
class Finding:
    """One rule's verdict: level, sentence, remedy; ``key`` names it for acks."""

    rule: str
    level: Level
    message: str
    remedy: str = ""
    page: Page = Page.SITE
    key: str = ""

    def __str__(self) -> str:
        text = f"{self.level.mark} {self.rule}: {self.message}"
        return f"{text} {self.remedy}" if self.remedy else text

    def to_dict(self, acknowledged: bool = False) -> dict[str, Any]:
        """The finding as JSON-ready data."""
        return {"rule": self.rule, "level": self.level.value, "page": self.page.value,
                "message": self.message, "remedy": self.remedy, "key": self.key,
                "acknowledged": acknowledged}


@dataclass(frozen=True)
class Recommendation:
    """The adapter a site needs and the one sentence that says why."""

    adapter: Adapter
    reason: str


@dataclass(frozen=True)
class Context:
    """Everything a rule may read: the deployment, this computer, resolved names."""

    dep: Deployment
    host: HostFacts | None = None
    #: Addresses of each name the rules compare (UM server, Exchange servers).
    addresses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def site(self) -> Site:
        """The site answers."""
        return self.dep.site

    @property
    def adapter(self) -> Adapter:
        """The adapter being set up: the forced one, else the recommended one."""
        return effective_adapter(self.site)


@dataclass(frozen=True)
class Rule:
    """One row of the table; see the module docstring."""

    id: str
    title: str
    page: Page
    reads: tuple[str, ...]
    help: str
    check: Callable[[Context], Iterable[Finding]]


def recommend(site: Site) -> Recommendation:
    """The adapter *site* needs (R1, R2, R4, R5, R6), with its reason."""
    kind = site.kind
    if kind is ServerKind.GOOGLE:
        return Recommendation(Adapter.IMAP_CONNECTOR, _(
            "Google Workspace is always reached through the IMAP connector; "
            "the Exchange gateway does not support it."))
    if kind is ServerKind.OFFICE_365:
        return Recommendation(Adapter.IMAP_CONNECTOR, _(
            "Office 365 is reached through the IMAP connector: Exchange Online "
            "no longer offers the web services the gateway uses."))
    if site.mail_servers >= 2:
        return Recommendation(Adapter.EXCHANGE_GATEWAY, _(
            "{n:,} Exchange servers need the Exchange gateway: the IMAP connector "
            "serves exactly one mail server.").format(n=site.mail_servers))
    if site.um_users > IMAP_LIMIT_EXCHANGE:
        return Recommendation(Adapter.EXCHANGE_GATEWAY, _(
            "{n:,} UM users need the Exchange gateway: the IMAP connector serves "
            "at most 500 users on Exchange.").format(n=site.um_users))
    return Recommendation(Adapter.IMAP_CONNECTOR, _(
        "{n:,} UM users on one Exchange server fit the IMAP connector "
        "(up to 500), the default adapter.").format(n=site.um_users))


def effective_adapter(site: Site) -> Adapter:
    """The adapter that will be set up for *site*."""
    if site.adapter is AdapterChoice.IMAP_CONNECTOR:
        return Adapter.IMAP_CONNECTOR
    if site.adapter is AdapterChoice.EXCHANGE_GATEWAY:
        return Adapter.EXCHANGE_GATEWAY
    return recommend(site).adapter


# The checks, one per rule. Each yields nothing when the rule is satisfied.


def _r2_supported_kind(ctx: Context) -> Iterable[Finding]:
    kind = ctx.site.kind
    if kind in (ServerKind.EXCHANGE_2019, ServerKind.EXCHANGE_SE):
        yield Finding("R2", Level.WARNING, _(
            "{kind} is not on the documented list (Exchange 2010, 2013, 2016). "
            "It offers the same IMAP4 and web services as Exchange 2016, so "
            "both adapters are expected to work.").format(kind=kind.label), _(
            "Continue only if the customer accepts an undocumented "
            "configuration; the connection test shows whether it works."),
            key=f"R2:{kind.value}")


def _r3_one_server(ctx: Context) -> Iterable[Finding]:
    site = ctx.site
    if ctx.adapter is Adapter.IMAP_CONNECTOR and site.mail_servers > 1:
        remedy = (_("Enter 1: {kind} is one service, however many data "
                    "centres it uses.").format(kind=site.kind.label)
                  if site.kind.hosted else
                  _("Use the Exchange gateway (choose 'Recommended'), or connect "
                    "only the users of one mail server."))
        yield Finding("R3", Level.ERROR, _(
            "The IMAP connector serves exactly one mail server; this site has "
            "{n}.").format(n=site.mail_servers), remedy)


def _r4_imap_capacity(ctx: Context) -> Iterable[Finding]:
    site = ctx.site
    if ctx.adapter is not Adapter.IMAP_CONNECTOR:
        return
    if site.kind is ServerKind.GOOGLE and site.um_users > IMAP_LIMIT_GOOGLE:
        yield Finding("R4", Level.ERROR, _(
            "The IMAP connector serves at most 2,500 UM users with Google "
            "Workspace; this site has {n:,}.").format(n=site.um_users), _(
            "Split the users across UM systems of at most 2,500 users each."))
    elif site.kind is ServerKind.OFFICE_365 and site.um_users > IMAP_LIMIT_EXCHANGE:
        yield Finding("R4", Level.ERROR, _(
            "Office 365 with {n:,} UM users has no documented configuration: the "
            "IMAP connector stops at 500 users, and the gateway cannot reach "
            "Exchange Online.").format(n=site.um_users), _(
            "Split the users across UM systems of at most 500 users each, or "
            "ask the UM vendor for a supported design."))
    elif site.kind.on_premises and site.um_users > IMAP_LIMIT_EXCHANGE:
        yield Finding("R4", Level.ERROR, _(
            "The IMAP connector serves at most 500 UM users on Exchange; this "
            "site has {n:,}.").format(n=site.um_users), _(
            "Use the Exchange gateway (choose 'Recommended')."))


def _r5_gateway_needed(ctx: Context) -> Iterable[Finding]:
    site = ctx.site
    if site.kind.on_premises and recommend(site).adapter is Adapter.EXCHANGE_GATEWAY:
        yield Finding("R5", Level.INFO, _(
            "With more than 500 UM users or two or more Exchange servers, "
            "Exchange needs the Exchange gateway on a separate Windows computer "
            "in the Exchange domain."))


def _r6_gateway_hosted(ctx: Context) -> Iterable[Finding]:
    site = ctx.site
    if ctx.adapter is not Adapter.EXCHANGE_GATEWAY:
        return
    if site.kind is ServerKind.GOOGLE:
        yield Finding("R6", Level.ERROR, _(
            "The Exchange gateway does not support Google Workspace."), _(
            "Use the IMAP connector (choose 'Recommended')."))
    elif site.kind is ServerKind.OFFICE_365:
        yield Finding("R6", Level.ERROR, _(
            "The Exchange gateway cannot serve Office 365: Exchange Online has "
            "turned off the web services (EWS) and the impersonation role it "
            "needs."), _(
            "Use the IMAP connector with OAuth 2.0 (choose 'Recommended')."))


def _r7_gateway_capacity(ctx: Context) -> Iterable[Finding]:
    if ctx.adapter is Adapter.EXCHANGE_GATEWAY and ctx.site.um_users > GATEWAY_LIMIT:
        yield Finding("R7", Level.ERROR, _(
            "The Exchange gateway serves at most 2,500 UM users; this site has "
            "{n:,}.").format(n=ctx.site.um_users), _(
            "Split the users across UM systems of at most 2,500 users each."))


#: R8's documented list: (product family, editions, bit widths).
_DOCUMENTED_WINDOWS = (
    ("Windows 7", ("Professional",), (32, 64)),
    ("Windows 8", ("Professional",), (64,)),
    ("Windows 10", ("", "Professional", "Enterprise", "Education"), (64,)),
    ("Windows Server 2008 R2", ("",), (64,)),
    ("Windows Server 2012 R2", ("",), (64,)),
)
_NEWER_WINDOWS = ("Windows 11", "Windows 8.1", "Windows Server 2016",
                  "Windows Server 2019", "Windows Server 2022", "Windows Server 2025",
                  "Windows Server 2012")
_OLDER_WINDOWS = ("Windows XP", "Windows Vista", "Windows Server 2003",
                  "Windows Server 2008")


def _family(product: str, names: Iterable[str]) -> str | None:
    """The longest listed name *product* starts with ("Windows 8.1" over "8")."""
    matches = [n for n in names if product == n or product.startswith(n + " ")]
    return max(matches, key=len) if matches else None


def _r8_gateway_os(ctx: Context) -> Iterable[Finding]:
    host = ctx.host
    if ctx.adapter is not Adapter.EXCHANGE_GATEWAY or host is None:
        return
    product = host.product
    where = Page.COMPUTER
    if host.family != "windows":
        yield Finding("R8", Level.ERROR, _(
            "The Exchange gateway runs on Windows; this computer runs "
            "{product}.").format(product=product), _(
            "Run this wizard on the Windows computer that will be the gateway."),
            page=where)
        return
    if ("Home" in product or "Starter" in product
            or host.edition.startswith(("Core", "Starter"))):
        yield Finding("R8", Level.ERROR, _(
            "{product} cannot join an Active Directory domain, which the gateway "
            "needs.").format(product=product), _(
            "Use a Professional or Server edition of Windows."), page=where)
        return
    listed = _family(product, [f for f, _e, _b in _DOCUMENTED_WINDOWS])
    newer = _family(product, _NEWER_WINDOWS)
    if newer is not None and (listed is None or len(newer) > len(listed)):
        yield Finding("R8", Level.WARNING, _(
            "{product} ({bits}-bit) is not on the documented list for the "
            "gateway, which ends at Windows 10 and Windows Server 2012 R2. Newer "
            "Windows runs the same services, so it is expected to work.").format(
            product=product, bits=host.bits), _(
            "Continue only if the customer accepts an undocumented host."),
            page=where, key=f"R8:{product}:{host.bits}")
        return
    if listed is None:
        older = _family(product, _OLDER_WINDOWS)
        yield Finding("R8", Level.ERROR, _(
            "{product} is {why} for the gateway.").format(
            product=product, why=_("too old") if older else _("not supported")), _(
            "Use Windows 10 (64-bit) or Windows Server 2012 R2 or newer."),
            page=where)
        return
    editions, bits = next((e, b) for f, e, b in _DOCUMENTED_WINDOWS if f == listed)
    if host.bits not in bits:
        yield Finding("R8", Level.ERROR, _(
            "{product} is documented for the gateway only as 64-bit; this "
            "computer runs the 32-bit edition.").format(product=listed), _(
            "Use a 64-bit installation of Windows."), page=where)
    elif "" not in editions and host.edition not in editions:
        yield Finding("R8", Level.WARNING, _(
            "{product} is documented for the gateway only in its Professional "
            "edition. Other editions that can join a domain run the same "
            "services.").format(product=product), _(
            "Continue only if the customer accepts an undocumented edition."),
            page=where, key=f"R8:{product}:{host.bits}")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def _address(text: str) -> str:
    """*text* as one canonical address ("FD00::1" → "fd00::1"), else unchanged."""
    try:
        return ipaddress.ip_address(text.strip("[]")).compressed
    except ValueError:
        return text


def _same_computer(ctx: Context, name: str) -> str:
    """Why *name* is this computer ("" if it is not)."""
    host = ctx.host
    if host is None or not name:
        return ""
    given = name.lower().rstrip(".")
    # A full name is compared with this computer's full name; its first label
    # only when this computer's full name is not known ("um01.b.example" is
    # not "um01.a.example"). An address is never compared as a name.
    short = "" if "." in host.fqdn else given.split(".", 1)[0]
    if not _is_ip(given) and (given in host.names or short in host.names):
        return _("its name {name} is this computer's name ({mine})").format(
            name=name, mine=host.fqdn or host.computer_name)
    theirs = {_address(a) for a in ctx.addresses.get(name, ())}
    if _is_ip(given):
        theirs.add(_address(given))
    mine = {_address(a) for a in host.addresses}
    shared = sorted(a for a in theirs if a in mine or (
        _is_ip(a) and ipaddress.ip_address(a).is_loopback))
    if shared:
        return _("{name} resolves to {address}, an address of this computer").format(
            name=name, address=shared[0])
    return ""


def _r9_not_on_um_server(ctx: Context) -> Iterable[Finding]:
    if ctx.adapter is not Adapter.EXCHANGE_GATEWAY or ctx.host is None:
        return
    um = ctx.site.um_server.strip()
    why = _same_computer(ctx, um)
    if why:
        yield Finding("R9", Level.ERROR, _(
            "The gateway must not run on the UM server, but {why}.").format(why=why),
            _("Run the gateway on its own Windows computer."), page=Page.COMPUTER)


def _r10_domain(ctx: Context) -> Iterable[Finding]:
    host = ctx.host
    if ctx.adapter is not Adapter.EXCHANGE_GATEWAY or host is None:
        return
    where = Page.COMPUTER
    if not host.domain:
        yield Finding("R10", Level.ERROR, _(
            "This computer ({name}) is not joined to an Active Directory domain; "
            "the gateway must be in the Exchange servers' domain.").format(
            name=host.computer_name), _(
            "Join this computer to the Exchange domain, then run the wizard "
            "again."), page=where)
    domain = host.domain.lower()
    for server in ctx.site.exchange_servers:
        name = server.host.strip()
        if not name:
            continue
        why = _same_computer(ctx, name)
        if why:
            yield Finding("R10", Level.ERROR, _(
                "The gateway and Exchange must be on different computers, but "
                "{why}.").format(why=why), _(
                "Run the gateway on its own Windows computer."), page=where)
        if not domain:
            continue
        if _is_ip(name) or "." not in name:
            yield Finding("R10", Level.WARNING, _(
                "Cannot tell which domain '{name}' is in from its name, so it "
                "cannot be compared with this computer's domain {domain}.").format(
                name=name, domain=domain), _(
                "Enter the server's full name (e.g. ex01.{domain}).").format(
                domain=domain), page=where, key=f"R10:{name}")
        elif not name.lower().rstrip(".").endswith("." + domain):
            yield Finding("R10", Level.ERROR, _(
                "Exchange server {name} is not in this computer's domain "
                "{domain}.").format(name=name, domain=domain), _(
                "Install the gateway on a computer of the Exchange domain, or "
                "check the server's name."), page=where)


def _r11_superuser(ctx: Context) -> Iterable[Finding]:
    if ctx.adapter is Adapter.EXCHANGE_GATEWAY:
        yield Finding("R11", Level.INFO, _(
            "The gateway signs in as the superuser (NPUMAdmin), which needs the "
            "right to open every UM user's mailbox on that user's behalf "
            "(impersonation), beyond an ordinary administrator's rights."),
            page=Page.ACCOUNTS)


def _r12_versions(ctx: Context) -> Iterable[Finding]:
    site = ctx.site
    servers = [s for s in site.exchange_servers if s.host.strip()]
    if ctx.adapter is not Adapter.EXCHANGE_GATEWAY:
        return
    chosen = _KIND_VERSION.get(site.kind)
    differing = [s for s in servers if s.version and chosen and s.version != chosen]
    if differing:
        yield Finding("R12", Level.ERROR, _(
            "The site is set up for {kind}, but {listing}.").format(
            kind=site.kind.label, listing=", ".join(
                _("{host} runs Exchange {version}").format(
                    host=s.host, version=s.version) for s in differing)), _(
            "Choose the Exchange version the servers run on the site page, or "
            "correct the version entered here."), page=Page.COMPUTER)
    if len(servers) < 2:
        return
    unknown = [s.host for s in servers if not s.version]
    versions = {s.version for s in servers if s.version}
    if len(versions) > 1:
        listing = ", ".join(f"{s.host} {s.version}" for s in servers if s.version)
        yield Finding("R12", Level.ERROR, _(
            "All Exchange servers must run the same Exchange version; found "
            "{listing}.").format(listing=listing), _(
            "Upgrade the servers to one version before setting up the gateway."),
            page=Page.COMPUTER)
    elif unknown:
        yield Finding("R12", Level.WARNING, _(
            "The Exchange version of {names} is not known, so the rule that all "
            "servers run the same version cannot be checked yet.").format(
            names=", ".join(unknown)), _(
            "Enter each server's version; the connection test also reads it."),
            page=Page.COMPUTER, key="R12:" + ",".join(sorted(unknown)))


_KIND_VERSION = {ServerKind.EXCHANGE_2010: "2010", ServerKind.EXCHANGE_2013: "2013",
                 ServerKind.EXCHANGE_2016: "2016", ServerKind.EXCHANGE_2019: "2019",
                 ServerKind.EXCHANGE_SE: "SE"}


def _r13_encryption(ctx: Context) -> Iterable[Finding]:
    if ctx.adapter is Adapter.EXCHANGE_GATEWAY:
        yield Finding("R13", Level.INFO, _(
            "The gateway's link to Exchange is encrypted: Exchange 2007 and newer "
            "require TLS for their web services by default."), page=Page.COMPUTER)


def _r14_hosted_delay(ctx: Context) -> Iterable[Finding]:
    if ctx.site.kind.hosted:
        yield Finding("R14", Level.INFO, _(
            "Hosted mail can deliver late: a voicemail's email may carry a later "
            "time than the call itself. That is expected."))


def _oauth_sign_in(ctx: Context) -> Iterable[Finding]:
    if ctx.adapter is not Adapter.IMAP_CONNECTOR:
        return
    if ctx.site.kind is ServerKind.OFFICE_365:
        yield Finding("AUTH", Level.INFO, _(
            "Office 365 accepts no passwords over IMAP: the connector signs in "
            "with OAuth 2.0 as an app registration (tenant ID, client ID, "
            "client secret or certificate) that the tenant administrator "
            "allows to open the UM users' mailboxes."))
    elif ctx.site.kind is ServerKind.GOOGLE:
        yield Finding("AUTH", Level.INFO, _(
            "Google Workspace signs in with OAuth 2.0 as a service account with "
            "domain-wide delegation (its JSON key), or with an app password of "
            "an account that may open the mailboxes."))


def _gateway_link(ctx: Context) -> Iterable[Finding]:
    if ctx.adapter is not Adapter.EXCHANGE_GATEWAY:
        return
    yield Finding("GATEWAY", Level.INFO, _(
        "The gateway reaches Exchange through Exchange Web Services (EWS), "
        "signed in as the superuser and opening each UM user's mailbox by "
        "impersonation; the connection test checks every part of that."),
        page=Page.COMPUTER)
    for server in ctx.site.exchange_servers:
        url = server.ews_url.strip()
        if url and not url.lower().startswith("https://"):
            yield Finding("GATEWAY", Level.ERROR, _(
                "The EWS address of {host} ({url}) is not encrypted (https).")
                .format(host=server.host, url=url), _(
                "Use the https:// address; Exchange serves EWS over TLS."),
                page=Page.COMPUTER)


_SILENT = _("Where the documented rules are silent, umconnect decides as a "
            "careful technician would and says so as a warning.")

#: The rules in the order they are reported.
RULES: tuple[Rule, ...] = (
    Rule("R2", _("Supported mail servers"), Page.SITE, ("site.kind",), _(
        "The IMAP connector works with Exchange 2010, 2013 and 2016, Office 365 "
        "and Google Workspace. Exchange 2019 and Subscription Edition are not "
        "documented; they speak the same protocols, so they pass with a "
        "warning to acknowledge.") + " " + _SILENT, _r2_supported_kind),
    Rule("R3", _("One mail server per IMAP connector"), Page.SITE,
         ("site.mail_servers", "site.adapter"), _(
             "The IMAP connector serves exactly one mail server."), _r3_one_server),
    Rule("R4", _("IMAP connector capacity"), Page.SITE,
         ("site.kind", "site.um_users", "site.adapter"), _(
             "At most 500 UM users with Exchange or Office 365, at most 2,500 with "
             "Google. Office 365 above 500 users has no documented "
             "configuration and is blocked."), _r4_imap_capacity),
    Rule("R5", _("When Exchange needs the gateway"), Page.SITE,
         ("site.kind", "site.um_users", "site.mail_servers"), _(
             "More than 500 UM users, or two or more Exchange servers, require "
             "the Exchange gateway."), _r5_gateway_needed),
    Rule("R6", _("No gateway for hosted mail"), Page.SITE,
         ("site.kind", "site.adapter"), _(
             "The gateway is not supported with Google. Since Exchange Online "
             "switched off EWS and impersonation, it cannot serve Office 365 "
             "either."), _r6_gateway_hosted),
    Rule("R7", _("Gateway capacity"), Page.SITE, ("site.um_users", "site.adapter"),
         _("The gateway serves at most 2,500 UM users."), _r7_gateway_capacity),
    Rule("R8", _("Gateway operating system"), Page.COMPUTER,
         ("host.product", "host.edition", "host.bits"), _(
             "Documented: Windows 7 Professional (32/64-bit), Windows 8 "
             "Professional, Windows 10, Windows Server 2008 R2 and 2012 R2 (all "
             "64-bit). Newer Windows (8.1, 11, Server 2012, 2016, 2019, 2022, "
             "2025) passes with a warning; Home editions cannot join a domain; "
             "32-bit where only 64-bit is listed, and anything not Windows, is "
             "an error."), _r8_gateway_os),
    Rule("R9", _("Gateway not on the UM server"), Page.COMPUTER,
         ("site.um_server", "host.names", "host.addresses"), _(
             "The gateway runs on its own computer. The UM server's name and "
             "addresses are compared with this computer's."), _r9_not_on_um_server),
    Rule("R10", _("Gateway and Exchange in one domain"), Page.COMPUTER,
         ("site.exchange_servers", "host.domain", "host.addresses"), _(
             "The gateway and Exchange are in the same domain, on different "
             "computers. A server given by IP address or short name cannot be "
             "placed in a domain: warning."), _r10_domain),
    Rule("R11", _("The superuser account"), Page.ACCOUNTS, ("site.adapter",), _(
        "The gateway needs the superuser (NPUMAdmin), which opens every UM "
        "user's mailbox on that user's behalf."), _r11_superuser),
    Rule("R12", _("One Exchange version"), Page.COMPUTER,
         ("site.exchange_servers",), _(
             "All Exchange servers run the same version; unknown versions are a "
             "warning until entered or read by the connection test."),
         _r12_versions),
    Rule("R13", _("Encrypted link to Exchange"), Page.COMPUTER, ("site.adapter",),
         _("Exchange 2007 and newer encrypt the gateway's link by default."),
         _r13_encryption),
    Rule("R14", _("Delivery delay with hosted mail"), Page.SITE, ("site.kind",), _(
        "Hosted mail may deliver late; the email's time can differ from the "
        "voicemail's. Informational only."), _r14_hosted_delay),
    Rule("AUTH", _("Sign-in to hosted mail"), Page.SITE, ("site.kind",), _(
        "Office 365 and Google sign in with OAuth 2.0 (an app registration or a "
        "service account); informational."), _oauth_sign_in),
    Rule("GATEWAY", _("Gateway link to Exchange"), Page.COMPUTER,
         ("site.adapter", "site.exchange_servers"), _(
             "The gateway talks Exchange Web Services (EWS) with impersonation, "
             "since MAPI/RPC has no client here; EWS addresses must use https."),
         _gateway_link),
)

_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


def evaluate(ctx: Context, page: Page | None = None) -> list[Finding]:
    """Every finding (of *page*, if given), errors first, table order within."""
    found = [f for rule in RULES if page is None or rule.page is page
             for f in rule.check(ctx)]
    return sorted(found, key=lambda f: _ORDER[f.level])


def findings(site: Site) -> list[Finding]:
    """The findings about *site* alone (what the site page owns)."""
    return evaluate(Context(Deployment(site=site)), Page.SITE)


def blocking(found: Iterable[Finding], acknowledged: Iterable[str]) -> list[Finding]:
    """Errors, and warnings not yet acknowledged: what keeps Next disabled."""
    acked = set(acknowledged)
    return [f for f in found if f.level is Level.ERROR
            or (f.level is Level.WARNING and f.key not in acked)]


def names_to_resolve(dep: Deployment) -> list[str]:
    """The host names the computer rules compare with this computer."""
    names = [dep.site.um_server, *(s.host for s in dep.site.exchange_servers)]
    return [n.strip() for n in names if n.strip()]


def resolve(name: str, timeout: float = 3.0) -> tuple[str, ...]:
    """Addresses of *name*, or () when it does not resolve within *timeout*."""
    found: list[str] = []

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(name.strip("[]"), None,
                                       type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):  # a name IDNA cannot encode resolves not
            return
        found.extend(dict.fromkeys(str(i[4][0]) for i in infos))

    worker = threading.Thread(target=lookup, name="rules-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    return tuple(found)


def gather(dep: Deployment, host: HostFacts | None,
           resolver: Callable[[str], tuple[str, ...]] = resolve,
           cancel: threading.Event | None = None) -> Context:
    """Read what the rules need that takes I/O (name lookups), into a Context.

    The names are looked up side by side, so the wait is that of the
    slowest. Once *cancel* is set it returns within 50 ms, the names not yet
    answered left empty (the caller drops such a context); lookups still
    under way end on their own timeouts.
    """
    names = names_to_resolve(dep) if effective_adapter(dep.site) is \
        Adapter.EXCHANGE_GATEWAY else []
    found: dict[str, tuple[str, ...]] = {}
    errors: list[Exception] = []

    def look(name: str) -> None:
        try:
            found[name] = resolver(name)
        except Exception as exc:  # raised again in the caller's thread
            errors.append(exc)

    workers = [threading.Thread(target=look, args=(name,), name="rules-dns",
                                daemon=True) for name in names]
    for worker in workers:
        worker.start()
    for worker in workers:
        while worker.is_alive() and not (cancel is not None and cancel.is_set()):
            worker.join(0.05)
    if errors:
        raise errors[0]
    return Context(dep, host, {name: found.get(name, ()) for name in names})


def report(ctx: Context) -> dict[str, Any]:
    """The whole verdict as JSON-ready data (``umconnect rules --json``)."""
    found = evaluate(ctx)
    acked = set(ctx.dep.acknowledged)
    advice = recommend(ctx.site)
    host = ctx.host
    return {
        "adapter": {"recommended": advice.adapter.value, "reason": advice.reason,
                    "chosen": ctx.site.adapter.value,
                    "effective": ctx.adapter.value},
        "host": None if host is None else {
            "family": host.family, "product": host.product, "edition": host.edition,
            "bits": host.bits, "computer_name": host.computer_name,
            "domain": host.domain, "addresses": list(host.addresses)},
        "findings": [f.to_dict(f.key in acked) for f in found],
        "errors": sum(f.level is Level.ERROR for f in found),
        "unacknowledged_warnings": sum(f.level is Level.WARNING and f.key not in acked
                                       for f in found),
        "passed": not blocking(found, acked),
    }
