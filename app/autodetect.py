"""Finding the IMAP server from an email address.

:func:`find_candidates` looks in three places, in this order, and reports what
each said:

* known providers by domain (Google, Office 365), without any lookup;
* RFC 6186 DNS SRV records ``_imaps._tcp.<domain>`` (TLS from the start) and
  ``_imap._tcp.<domain>`` (STARTTLS), best priority first, then heaviest
  weight; a target of ``.`` means the domain does not offer the service
  (RFC 2782);
* Exchange Autodiscover (the "POX" XML protocol): a POST of the documented
  request to ``https://autodiscover.<domain>/autodiscover/autodiscover.xml``,
  ``https://<domain>/autodiscover/autodiscover.xml`` and the target of
  ``_autodiscover._tcp.<domain>``, following ``redirectAddr`` /
  ``redirectUrl`` answers a few times, and reading its IMAP ``<Protocol>``.

Every lookup is bounded by the timeout and the whole search stops between
(and during) lookups when the cancel event is set. Servers found by several
sources are merged into one :class:`Candidate` that names them all; lookups
that found nothing go into the caller's ``tried`` list as :class:`Tried`
entries, so a person can see what was looked at. The search sends nothing but
the address (to the domain's own Autodiscover service): no credentials.
"""

from __future__ import annotations

import http.client
import logging
import socket
import ssl
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

import dns.exception
import dns.resolver

from app.i18n import _
from app.imapconn import Guard
from app.model import Security, ServerKind, is_host

log = logging.getLogger(__name__)

#: Where Autodiscover is asked, ``{domain}`` replaced by the address's domain.
DEFAULT_AUTODISCOVER_URLS: tuple[str, ...] = (
    "https://autodiscover.{domain}/autodiscover/autodiscover.xml",
    "https://{domain}/autodiscover/autodiscover.xml",
)
REQUEST_SCHEMA = (
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006")
RESPONSE_SCHEMA = (
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")
#: Autodiscover redirections (address, URL or HTTP) followed in one search.
MAX_REDIRECTS = 3
#: Larger Autodiscover answers are not read.
MAX_ANSWER_BYTES = 512 * 1024

#: IMAP settings of the hosted services.
PROVIDERS: dict[ServerKind, tuple[str, int, Security]] = {
    ServerKind.OFFICE_365: ("outlook.office365.com", 993, Security.TLS),
    ServerKind.GOOGLE: ("imap.gmail.com", 993, Security.TLS),
}
_PROVIDER_DOMAINS: dict[str, ServerKind] = {
    "gmail.com": ServerKind.GOOGLE,
    "googlemail.com": ServerKind.GOOGLE,
    "outlook.com": ServerKind.OFFICE_365,
    "hotmail.com": ServerKind.OFFICE_365,
    "live.com": ServerKind.OFFICE_365,
    "office365.com": ServerKind.OFFICE_365,
    "onmicrosoft.com": ServerKind.OFFICE_365,
}
#: Domains whose sub-domains are tenants of the provider (contoso.onmicrosoft.com).
_TENANT_PARENTS = ("onmicrosoft.com",)


def _provider_name(kind: ServerKind) -> str:
    return {ServerKind.OFFICE_365: _("Office 365"),
            ServerKind.GOOGLE: _("Google")}.get(kind, kind.label)


@dataclass(frozen=True)
class Candidate:
    """One IMAP server the search found, and where it was found."""

    host: str
    port: int
    security: Security
    #: Where it was found first, as a short sentence.
    source: str
    #: The mail server product, when the source tells.
    kind: ServerKind | None = None
    #: Further sources that found the same host, port and security.
    also_found_by: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source that found this server, first one first."""
        return (self.source, *self.also_found_by)

    @property
    def address(self) -> str:
        """``host:port`` (IPv6 addresses in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def key(self) -> tuple[str, int, Security]:
        """What makes two candidates the same server."""
        return self.host.lower().rstrip("."), self.port, self.security


class Tried(NamedTuple):
    """A lookup that found no server: where it looked, and what happened."""

    source: str
    outcome: str


def merge(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Merge candidates for the same server, keeping every source, in order."""
    merged: dict[tuple[str, int, Security], Candidate] = {}
    for candidate in candidates:
        old = merged.get(candidate.key)
        if old is None:
            merged[candidate.key] = candidate
            continue
        extra = tuple(s for s in candidate.sources if s not in old.sources)
        merged[candidate.key] = replace(
            old, kind=old.kind or candidate.kind,
            also_found_by=old.also_found_by + extra)
    return list(merged.values())


def domain_of(email: str) -> str:
    """The (ASCII, lower-case) domain of *email*; ValueError with the fix if bad."""
    text = email.strip()
    local, at, domain = text.rpartition("@")
    problem = ValueError(
        _("'{value}' is not an email address. Enter one like alice@example.com.")
        .format(value=text))
    if not at or not local or any(c.isspace() for c in text):
        raise problem
    try:
        domain = domain.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise problem from None
    if "." not in domain or not is_host(domain):
        raise problem
    return domain


def provider_of(domain: str) -> ServerKind | None:
    """The hosted service that owns *domain*'s mailboxes, if it is a known one."""
    domain = domain.lower().rstrip(".")
    if domain in _PROVIDER_DOMAINS:
        return _PROVIDER_DOMAINS[domain]
    for parent in _TENANT_PARENTS:
        if domain.endswith("." + parent):
            return _PROVIDER_DOMAINS[parent]
    return None


def _kind_of_host(host: str) -> ServerKind | None:
    host = host.lower().rstrip(".")
    return next((kind for kind, (known, _port, _sec) in PROVIDERS.items()
                 if known == host), None)


# --- Autodiscover answers ---------------------------------------------------


@dataclass
class PoxAnswer:
    """What an Autodiscover (POX) answer says."""

    #: "settings", "redirectAddr", "redirectUrl" or "error".
    action: str
    #: The address or URL to go to, for a redirection.
    redirect: str = ""
    #: The error's code and message, for "error".
    error: str = ""
    #: IMAP servers listed: host, port, security.
    imap: list[tuple[str, int, Security]] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: ET.Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _pox_security(port_text: str, ssl_text: str, encryption: str) -> tuple[
        int | None, Security]:
    """Port and security of an IMAP ``<Protocol>`` entry.

    ``<Encryption>`` (SSL, TLS, Auto, None) wins over the older ``<SSL>``
    (on, off; on when absent). "SSL" is TLS from the start, "TLS" is STARTTLS;
    "Auto" and ``<SSL>on`` go by the port (143 means STARTTLS).
    """
    port = int(port_text) if port_text.isdigit() else None
    if port is not None and not 1 <= port <= 65535:
        port = None
    mode = encryption.lower()
    if mode == "ssl":
        return port, Security.TLS
    if mode == "tls":
        return port, Security.STARTTLS
    if mode == "none" or (not mode and ssl_text.lower() == "off"):
        return port, Security.PLAIN
    return port, Security.STARTTLS if port == 143 else Security.TLS


def parse_pox(body: bytes) -> PoxAnswer:
    """Read an Autodiscover answer; ValueError says why it is not one."""
    head = body.lstrip()[:1]
    if head != b"<":
        raise ValueError(_("the answer is not XML"))
    lowered = body.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        # Autodiscover never declares entities; refusing them keeps the parser
        # safe from entity expansion without another dependency.
        raise ValueError(_("the answer declares a document type, which "
                           "Autodiscover never does; it was not read"))
    try:
        root = ET.fromstring(body)  # noqa: S314 - DTDs refused above
    except ET.ParseError as exc:
        raise ValueError(_("the answer is not well-formed XML ({error})").format(
            error=exc)) from None
    if _local(root.tag) != "Autodiscover":
        raise ValueError(_("the answer is XML but not Autodiscover (<{tag}>)")
                         .format(tag=_local(root.tag)))
    for element in root.iter():
        if _local(element.tag) == "Error":
            code = _child_text(element, "ErrorCode")
            message = _child_text(element, "Message")
            return PoxAnswer("error", error=" ".join(filter(None, (code, message))))
    account = next((e for e in root.iter() if _local(e.tag) == "Account"), None)
    if account is None:
        return PoxAnswer("settings")
    action = _child_text(account, "Action")
    if action.lower() == "redirectaddr":
        return PoxAnswer("redirectAddr", redirect=_child_text(account, "RedirectAddr"))
    if action.lower() == "redirecturl":
        return PoxAnswer("redirectUrl", redirect=_child_text(account, "RedirectUrl"))
    answer = PoxAnswer("settings")
    for protocol in account:
        if _local(protocol.tag) != "Protocol":
            continue
        kind = _child_text(protocol, "Type") or protocol.get("Type", "")
        host = _child_text(protocol, "Server").rstrip(".")
        if kind.upper() != "IMAP" or not host:
            continue
        port, security = _pox_security(_child_text(protocol, "Port"),
                                       _child_text(protocol, "SSL"),
                                       _child_text(protocol, "Encryption"))
        answer.imap.append((host, port or security.default_port, security))
    return answer


def pox_request(email: str) -> bytes:
    """The Autodiscover (POX) request for *email*."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<Autodiscover xmlns="{REQUEST_SCHEMA}">\n'
        "  <Request>\n"
        f"    <EMailAddress>{escape(email)}</EMailAddress>\n"
        f"    <AcceptableResponseSchema>{RESPONSE_SCHEMA}"
        "</AcceptableResponseSchema>\n"
        "  </Request>\n"
        "</Autodiscover>\n"
    ).encode()


# --- the search -------------------------------------------------------------


class _Stop(Exception):
    """The search was cancelled."""


class _Problem(Exception):
    """A lookup failed; the message says how, for a person."""


class _Follow(NamedTuple):
    """Go on with the Autodiscover request at this URL."""

    url: str


class _Srv(NamedTuple):
    priority: int
    weight: int
    port: int
    #: Without the final dot; "." for the root ("service not offered").
    target: str


@dataclass
class _Reply:
    status: int
    reason: str
    content_type: str
    location: str
    body: bytes


def _dns_timeout(timeout: float) -> str:
    return _("no answer from the name server within {seconds:g} s").format(
        seconds=timeout)


def _dns_problem(exc: dns.exception.DNSException, timeout: float) -> str:
    if isinstance(exc, dns.resolver.NoResolverConfiguration):
        return _("this computer has no name server configured")
    if isinstance(exc, dns.resolver.NXDOMAIN):
        return _("no record (the name does not exist)")
    if isinstance(exc, dns.resolver.NoAnswer):
        return _("no SRV record")
    if isinstance(exc, dns.exception.Timeout):
        return _dns_timeout(timeout)
    if isinstance(exc, dns.resolver.NoNameservers):
        return _("no name server gave a usable answer")
    return _("the lookup failed: {error}").format(error=exc)


def _order(records: Iterable[_Srv]) -> list[_Srv]:
    """Best first: lowest priority, then heaviest weight (RFC 2782), stable."""
    return sorted(records, key=lambda r: (r.priority, -r.weight))


class _Search:
    def __init__(self, email: str, domain: str, *,
                 resolver: dns.resolver.Resolver | None,
                 autodiscover_urls: Sequence[str],
                 ssl_context: ssl.SSLContext | None, timeout: float,
                 cancel: threading.Event, tried: list[Tried],
                 progress: Callable[[str], None] | None) -> None:
        self.email = email
        self.domain = domain
        self._resolver = resolver
        self.templates = autodiscover_urls
        self._context = ssl_context
        self.timeout = timeout
        self.cancel = cancel
        self.tried = tried
        self.progress = progress
        self.found: list[Candidate] = []
        self.redirects = 0

    # -- bookkeeping

    def step(self, source: str) -> None:
        """Before a lookup: stop if cancelled, say what is being looked at."""
        if self.cancel.is_set():
            raise _Stop
        log.debug("Autodetect: %s", source)
        if self.progress is not None:
            self.progress(source)
            if self.cancel.is_set():
                raise _Stop

    def failed(self, source: str, outcome: str) -> None:
        log.info("Autodetect: %s: %s", source, outcome)
        self.tried.append(Tried(source, outcome))

    def add(self, host: str, port: int, security: Security, source: str,
            kind: ServerKind | None = None) -> None:
        host = host.rstrip(".")
        log.info("Autodetect: %s found %s:%s (%s)", source, host, port, security)
        self.found.append(Candidate(host, port, security, source,
                                    kind or _kind_of_host(host)))

    def hop(self, source: str) -> bool:
        """Count a redirection; False (and reported) once there were too many."""
        self.redirects += 1
        if self.redirects > MAX_REDIRECTS:
            self.failed(source, _("gave up after {count} redirections").format(
                count=MAX_REDIRECTS))
            return False
        return True

    @property
    def context(self) -> ssl.SSLContext:
        if self._context is None:
            self._context = ssl.create_default_context()
        return self._context

    # -- the sources

    def run(self) -> None:
        try:
            if self.presets():
                # A known provider: its settings are known, and nothing about
                # the address needs to go out on the network.
                return
            self.srv_imap("_imaps._tcp", Security.TLS)
            self.srv_imap("_imap._tcp", Security.STARTTLS)
            self.autodiscover()
        except _Stop:
            log.info("Autodetect for %s cancelled", self.domain)

    def presets(self) -> bool:
        """Add the provider's settings; True if the domain is a known one."""
        kind = provider_of(self.domain)
        if kind is None:
            self.failed(_("Known providers (Office 365, Google)"),
                        _("{domain} is not one of their domains").format(
                            domain=self.domain))
            return False
        host, port, security = PROVIDERS[kind]
        self.add(host, port, security,
                 _("{provider} preset").format(provider=_provider_name(kind)), kind)
        return True

    def srv_imap(self, service: str, security: Security) -> None:
        name = f"{service}.{self.domain}"
        source = _("DNS SRV {name}").format(name=name)
        self.step(source)
        try:
            records = self.srv(name)
        except _Problem as exc:
            self.failed(source, str(exc))
            return
        usable = [r for r in records if r.target != "."]
        if not usable:
            self.failed(source, _("the domain says it does not offer this service "
                                  "(target '.')"))
            return
        for record in usable:
            self.add(record.target, record.port, security, _(
                "DNS SRV {name} (priority {priority}, weight {weight})").format(
                    name=name, priority=record.priority, weight=record.weight))

    def srv(self, name: str) -> list[_Srv]:
        """SRV records of *name*, best first; _Problem says why there are none."""
        resolver = self._resolver
        if resolver is None:
            try:
                resolver = self._resolver = dns.resolver.Resolver()
            except dns.exception.DNSException as exc:
                raise _Problem(_dns_problem(exc, self.timeout)) from None
        box: list[list[_Srv] | _Problem] = []
        done = threading.Event()

        def lookup() -> None:
            try:
                answer = resolver.resolve(name, "SRV", lifetime=self.timeout,
                                          search=False)
                box.append([_Srv(int(r.priority), int(r.weight), int(r.port),
                                 r.target.to_text(omit_final_dot=True))
                            for r in answer])
            except dns.exception.DNSException as exc:
                box.append(_Problem(_dns_problem(exc, self.timeout)))
            except Exception as exc:  # a resolver bug must not hang the search
                log.debug("SRV lookup of %s crashed", name, exc_info=True)
                box.append(_Problem(_("the lookup failed: {error}").format(
                    error=exc)))
            finally:
                done.set()

        # The resolver cannot be interrupted; it runs on a thread of its own
        # (ending by itself within the timeout) so Cancel answers at once.
        threading.Thread(target=lookup, name="autodetect-dns", daemon=True).start()
        waited = 0.0
        while not done.wait(0.05):
            waited += 0.05
            if self.cancel.is_set():
                raise _Stop
            if waited > self.timeout + 1.0:
                raise _Problem(_dns_timeout(self.timeout))
        result = box[0]
        if isinstance(result, _Problem):
            raise result
        return _order(result)

    def autodiscover(self) -> None:
        email = self.email
        seen = {email.lower()}
        while True:
            redirect = self.autodiscover_for(email)
            if redirect is None:
                return
            source = _("Exchange Autodiscover for {address}").format(address=email)
            if redirect.lower() in seen:
                self.failed(source, _("the redirections go round in a circle "
                                      "({address})").format(address=redirect))
                return
            try:
                domain_of(redirect)
            except ValueError as exc:
                self.failed(source, str(exc))
                return
            if not self.hop(source):
                return
            seen.add(redirect.lower())
            email = redirect

    def autodiscover_for(self, email: str) -> str | None:
        """Ask each Autodiscover place for *email*; a redirect address or None."""
        domain = domain_of(email)
        for template in self.templates:
            outcome = self.ask(template.format(domain=domain), email)
            if outcome is not None:
                return outcome or None
        name = f"_autodiscover._tcp.{domain}"
        source = _("DNS SRV {name}").format(name=name)
        self.step(source)
        try:
            records = self.srv(name)
        except _Problem as exc:
            self.failed(source, str(exc))
            return None
        usable = [r for r in records if r.target != "."]
        if not usable:
            self.failed(source, _("the domain says it does not offer Autodiscover "
                                  "(target '.')"))
        for record in usable:
            port = "" if record.port == 443 else f":{record.port}"
            url = f"https://{record.target}{port}/autodiscover/autodiscover.xml"
            outcome = self.ask(url, email)
            if outcome is not None:
                return outcome or None
        return None

    def ask(self, url: str, email: str) -> str | None:
        """POST the request to *url*, following redirect URLs.

        Returns None to go on with the next place, "" when Autodiscover gave
        its answer (stop), or an address it redirects to.
        """
        while True:
            source = _("Exchange Autodiscover at {url}").format(url=url)
            self.step(source)
            try:
                reply = self.post(url, email)
            except _Problem as exc:
                self.failed(source, str(exc))
                return None
            outcome = self.judge(source, url, reply)
            if not isinstance(outcome, _Follow):
                return outcome
            url = outcome.url

    def follow(self, source: str, target: str) -> _Follow | None:
        """Go on at *target* if it is https and redirections are left."""
        if urlsplit(target).scheme != "https":
            self.failed(source, _("redirects to {url}, which is not https; not "
                                  "followed").format(url=target))
            return None
        if not self.hop(source):
            return None
        self.failed(source, _("redirects to {url}").format(url=target))
        return _Follow(target)

    def judge(self, source: str, url: str, reply: _Reply) -> str | _Follow | None:
        """What an HTTP reply means; see :meth:`ask`, or where to go on."""
        if reply.status in (301, 302, 303, 307, 308) and reply.location:
            return self.follow(source, urljoin(url, reply.location))
        if reply.status == 401:
            self.failed(source, _(
                "asks for a login (HTTP 401): this Autodiscover service needs "
                "credentials, which this search does not send. Enter the server "
                "by hand, or ask the mail administrator for it."))
            return None
        if reply.status != 200:
            self.failed(source, _("answered HTTP {status} {reason}: no Autodiscover "
                                  "here").format(status=reply.status,
                                                 reason=reply.reason))
            return None
        try:
            answer = parse_pox(reply.body)
        except ValueError as exc:
            self.failed(source, _("{problem} (Content-Type: {type})").format(
                problem=exc, type=reply.content_type or _("none given")))
            return None
        if answer.action == "error":
            self.failed(source, _("Autodiscover answered with an error: "
                                  "{error}").format(error=answer.error))
            return ""
        if answer.action == "redirectAddr":
            if not answer.redirect:
                self.failed(source, _("redirects to an empty address"))
                return ""
            self.failed(source, _("redirects to the address {address}").format(
                address=answer.redirect))
            return answer.redirect
        if answer.action == "redirectUrl":
            return self.follow(source, answer.redirect) or ""
        if not answer.imap:
            self.failed(source, _("Autodiscover answered but lists no IMAP server "
                                  "(IMAP may not be published or switched on)"))
        for host, port, security in answer.imap:
            if is_host(host):
                self.add(host, port, security, source)
            else:
                self.failed(source, _("lists '{host}', which is not a host "
                                      "name").format(host=host))
        return ""

    def post(self, url: str, email: str) -> _Reply:
        """One bounded, cancellable HTTPS POST of the Autodiscover request."""
        parts = urlsplit(url)
        host = parts.hostname
        if parts.scheme != "https" or not host:
            raise _Problem(_("not an https address; not asked"))
        try:
            port = parts.port or 443
        except ValueError:
            raise _Problem(_("the address has a bad port number")) from None
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        body = pox_request(email)
        guard = Guard(self.timeout, self.cancel)
        connection: http.client.HTTPSConnection | None = None
        try:
            raw = socket.create_connection((host, port), timeout=self.timeout)
            guard.watch(raw)
            try:
                tls = self.context.wrap_socket(raw, server_hostname=host)
            except BaseException:
                raw.close()
                raise
            connection = http.client.HTTPSConnection(
                host, port, timeout=self.timeout, context=self.context)
            connection.sock = tls
            connection.request("POST", path, body, {
                "Content-Type": "text/xml; charset=utf-8",
                "User-Agent": "umconnect",
                "Connection": "close",
            })
            response = connection.getresponse()
            data = response.read(MAX_ANSWER_BYTES + 1)
        except (OSError, http.client.HTTPException) as exc:
            raise self.explain(exc, guard, host, port) from None
        finally:
            guard.stop()
            if connection is not None:
                connection.close()
        if guard.fired:
            # The guard shut the socket down: what was read may be cut short.
            raise self.explain(TimeoutError(), guard, host, port)
        if len(data) > MAX_ANSWER_BYTES:
            raise _Problem(_("the answer is larger than {size} KiB; not read")
                           .format(size=MAX_ANSWER_BYTES // 1024))
        return _Reply(response.status, response.reason,
                      response.getheader("Content-Type", ""),
                      response.getheader("Location", ""), data)

    def explain(self, exc: Exception, guard: Guard, host: str,
                port: int) -> Exception:
        """The sentence for a failed POST (or _Stop when cancelled)."""
        if guard.fired == "cancel" or self.cancel.is_set():
            return _Stop()
        timed_out = _("no answer within {seconds:g} s").format(seconds=self.timeout)
        if guard.fired == "deadline" or isinstance(exc, TimeoutError):
            return _Problem(timed_out)
        if isinstance(exc, ssl.SSLCertVerificationError):
            return _Problem(_("its certificate is not trusted: {reason}").format(
                reason=exc.verify_message or exc.reason or exc))
        if isinstance(exc, ssl.SSLError):
            return _Problem(_("the TLS handshake failed: {reason}").format(
                reason=exc.reason or exc))
        if isinstance(exc, socket.gaierror):
            return _Problem(_("the name {host} is not known").format(host=host))
        if isinstance(exc, ConnectionRefusedError):
            return _Problem(_("nothing answers on port {port} (connection "
                              "refused)").format(port=port))
        if isinstance(exc, http.client.HTTPException):
            return _Problem(_("the answer is not HTTP ({error})").format(
                error=type(exc).__name__))
        return _Problem(_("the connection failed: {error}").format(
            error=getattr(exc, "strerror", None) or exc))


def find_candidates(
    email: str,
    *,
    resolver: dns.resolver.Resolver | None = None,
    autodiscover_urls: Sequence[str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 5.0,
    cancel: threading.Event | None = None,
    tried: list[Tried] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Candidate]:
    """IMAP servers for *email*'s domain, best guess first, duplicates merged.

    Args:
        email: any address on the mail server; ValueError if it is not one.
        resolver: the DNS resolver for SRV records (default: this computer's).
        autodiscover_urls: Autodiscover URLs with ``{domain}`` in them
            (default: :data:`DEFAULT_AUTODISCOVER_URLS`).
        ssl_context: verifies Autodiscover's certificates (default: the
            system's authorities).
        timeout: seconds for each lookup.
        cancel: set it to stop; what was found until then is returned.
        tried: receives a :class:`Tried` for every lookup that found nothing
            (and for each redirection), in order.
        progress: called with each source just before it is looked at.
    """
    domain = domain_of(email)
    search = _Search(
        email.strip(), domain, resolver=resolver,
        autodiscover_urls=(DEFAULT_AUTODISCOVER_URLS if autodiscover_urls is None
                           else autodiscover_urls),
        ssl_context=ssl_context, timeout=timeout,
        cancel=cancel or threading.Event(),
        tried=tried if tried is not None else [], progress=progress)
    search.run()
    return merge(search.found)

