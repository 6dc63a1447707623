"""The gateway's live connection test: Exchange Web Services, step by step.

The same result model and report as the IMAP test (:mod:`app.probes`):
name lookup → TCP → TLS and certificate → Autodiscover (each method with its
outcome; it comes first when no EWS address was typed, to find one) → the
EWS endpoint and the sign-in methods it offers → sign-in → the Exchange
version of every server (against the chosen one, and across servers: rule
R12) → impersonation of the sample user → read the inbox → write a test item
→ remove it. The first failure stops the test; later steps are skipped with
the reason. A server that throttles (``ErrorServerBusy``) is waited for as
it asks, and the step says so as a warning.

The run's time limit (``Timeouts.total``) is checked between steps; within a
step each request is bounded by the read timeout.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import make_msgid
from typing import Any, TypeVar
from urllib.parse import urlsplit

from exchangelib import Account, Message

from app import ews
from app.certs import cert_fingerprint
from app.i18n import _
from app.imapconn import Timeouts
from app.model import Deployment, EwsAuth, ExchangeServer, ServerKind
from app.probes import Status, StepResult, TestReport
from app.redact import Redactor

log = logging.getLogger(__name__)

T = TypeVar("T")

_KIND_VERSION = {ServerKind.EXCHANGE_2010: "2010", ServerKind.EXCHANGE_2013: "2013",
                 ServerKind.EXCHANGE_2016: "2016", ServerKind.EXCHANGE_2019: "2019",
                 ServerKind.EXCHANGE_SE: "SE"}


class _Warn(Exception):
    """A step finished, with something the technician should know."""

    def __init__(self, summary: str, remedy: str, detail: str = "") -> None:
        super().__init__(summary)
        self.summary, self.remedy, self.detail = summary, remedy, detail


class _Cancelled(Exception):
    """The technician cancelled the test."""


@dataclass
class _Step:
    key: str
    title: str
    run: Callable[[], tuple[str, str]]


def ews_target(dep: Deployment) -> str:
    """The EWS address the test starts from (typed, or the first server's)."""
    first = dep.site.exchange_servers[0] if dep.site.exchange_servers else None
    if first is None:
        return ""
    return first.ews_url.strip() or ews.standard_url(first.host.strip())


class _EwsTest:
    """The steps of one EWS test; what earlier steps learn, later ones use."""

    def __init__(self, dep: Deployment, password: str, timeouts: Timeouts,
                 cancel: threading.Event, *, pox_urls: Sequence[str] | None,
                 soap_urls: Sequence[str] | None) -> None:
        self.dep = dep
        self.password = password
        self.timeouts = timeouts
        self.cancel = cancel
        self.pox_urls = pox_urls
        self.soap_urls = soap_urls
        self.login = dep.superuser.login.strip()
        self.user = dep.sample_user or (dep.users[0].login if dep.users else "")
        self.url = ews_target(dep)
        self.typed = bool(dep.site.exchange_servers
                          and dep.site.exchange_servers[0].ews_url.strip())
        self.addresses: list[str] = []
        self.auth_type = ""
        self.account: Account | None = None
        self.item: Message | None = None
        self.subject = ""
        self.message_id = ""
        self.exists = 0
        #: Seconds the current step waited for a busy server.
        self.waited: list[float] = []
        self.build: Any = None
        for server in dep.site.exchange_servers:
            ews.trust(server.ews_url.strip() or ews.standard_url(server.host),
                      dep.gateway.ca_file)

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or 443

    def steps(self) -> list[_Step]:
        user = self.user
        discover = _Step("autodiscover", _("Autodiscover for {user}").format(
            user=user), self.autodiscover)
        if self.typed:
            network = [
                _Step("dns", _("Look up {host}").format(host=self.host), self.resolve),
                _Step("tcp", _("Connect to port {port}").format(port=self.port),
                      self.connect),
                _Step("tls", _("Secure the connection (TLS)"), self.tls), discover]
        else:
            # Without a typed address, Autodiscover says where to connect.
            network = [
                discover,
                _Step("dns", _("Look up the EWS server"), self.resolve),
                _Step("tcp", _("Connect to the EWS server"), self.connect),
                _Step("tls", _("Secure the connection (TLS)"), self.tls)]
        return [
            *network,
            _Step("endpoint", _("EWS endpoint"), self.endpoint),
            _Step("login", _("Superuser sign-in"), self.sign_in),
            _Step("version", _("Exchange version of every server"), self.versions),
            _Step("impersonation", _("Impersonate {user}").format(user=user),
                  self.impersonate),
            _Step("mailbox", _("Read {user}'s inbox").format(user=user),
                  self.read_inbox),
            _Step("append", _("Write a test item"), self.create),
            _Step("delete", _("Remove the test item"), self.delete),
        ]

    # -- the network ---------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise _Cancelled

    def resolve(self) -> tuple[str, str]:
        try:
            infos = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:  # bad labels: UnicodeError
            raise ews.EwsProblem(_("{host} is not known to the name service").format(
                host=self.host), _(
                "Check the Exchange server's name; the gateway must resolve it "
                "through the domain's DNS."), str(exc)) from exc
        self.addresses = list(dict.fromkeys(str(i[4][0]) for i in infos))
        return ", ".join(self.addresses[:3]), "\n".join(self.addresses)

    def connect(self) -> tuple[str, str]:
        errors = []
        for address in self.addresses:
            try:
                with socket.create_connection((address, self.port),
                                              timeout=self.timeouts.connect):
                    return _("Connected to {address}:{port}").format(
                        address=address, port=self.port), ""
            except OSError as exc:
                errors.append(f"{address}: {exc}")
        raise ews.EwsProblem(_("Port {port} of {host} does not answer").format(
            port=self.port, host=self.host), _(
            "Check that Exchange's web site (IIS) runs and that no firewall blocks "
            "port {port} between this computer and Exchange.").format(
            port=self.port), "\n".join(errors), network=True)

    def tls(self) -> tuple[str, str]:
        context = ssl.create_default_context()
        if self.dep.gateway.ca_file:
            context.load_verify_locations(self.dep.gateway.ca_file)
        try:
            with socket.create_connection((self.host, self.port),
                                          timeout=self.timeouts.connect) as raw, \
                    context.wrap_socket(raw, server_hostname=self.host) as tls:
                der = tls.getpeercert(binary_form=True) or b""
                version = tls.version() or "?"
                cert = tls.getpeercert() or {}
        except ssl.SSLCertVerificationError as exc:
            raise ews.EwsProblem(_("The certificate of {host} is refused: {why}")
                                 .format(host=self.host, why=exc.verify_message), _(
                "Choose the authority file (PEM) that signed Exchange's "
                "certificate on the Exchange servers page, or use the name the "
                "certificate was issued for."), str(exc)) from exc
        except (ssl.SSLError, OSError) as exc:
            raise ews.EwsProblem(_("TLS with {host} failed").format(host=self.host), _(
                "Check that port {port} is Exchange's HTTPS port.").format(
                port=self.port), str(exc), network=True) from exc
        expires = str(cert.get("notAfter", "?"))
        detail = _("Expires: {expires}\nSHA-256: {fp}").format(
            expires=expires, fp=cert_fingerprint(der))
        return _("{version}, certificate trusted").format(version=version), detail

    def autodiscover(self) -> tuple[str, str]:
        configured = self.dep.gateway.autodiscover_url.strip()
        pox = [configured] if configured else self.pox_urls
        soap = [] if configured else self.soap_urls
        found = ews.discover(self.user, self.login, self.password,
                             self._auth_for_discovery(), pox_urls=pox, soap_urls=soap,
                             timeout=self.timeouts.read, cancel=self.cancel,
                             ca_file=self.dep.gateway.ca_file)
        self._check_cancel()
        detail = "\n".join(f"{method}: {outcome}" for method, outcome in found.tried)
        if found.url:
            if not self.typed:
                self.url = found.url
                return _("Found {url}").format(url=found.url), detail
            if found.url.rstrip("/").lower() != self.url.rstrip("/").lower():
                raise _Warn(_("Autodiscover names {found}, not the typed {url}").format(
                    found=found.url, url=self.url), _(
                    "The gateway uses the typed address. Check which one is right; "
                    "leave the field empty to use Autodiscover's."), detail)
            return _("Confirms {url}").format(url=found.url), detail
        if self.typed:
            raise _Warn(_("Autodiscover found nothing; the typed address is used"),
                        _("The gateway does not need Autodiscover when the EWS "
                          "address is typed. Outlook and the UM system's other "
                          "parts may, so tell the Exchange administrator."), detail)
        raise ews.EwsProblem(_("Autodiscover found no EWS address for {user}").format(
            user=self.user), _(
            "Type the EWS address of each server on the Exchange servers page "
            "(https://<server>/EWS/Exchange.asmx), or give the Autodiscover "
            "address the Exchange administrator uses."), detail)

    def _auth_for_discovery(self) -> str:
        # Autodiscover signs in like EWS; before the endpoint step has read the
        # methods, go by the choice (NTLM unless Basic was chosen).
        basic = self.dep.gateway.auth is EwsAuth.BASIC
        return ews.AUTH_BASIC if basic else ews.AUTH_NTLM

    def endpoint(self) -> tuple[str, str]:
        schemes = ews.offered_schemes(self.url, self.timeouts.read)
        self.auth_type, warning = ews.choose_auth(self.dep.gateway.auth, schemes)
        summary = _("Offers {names}").format(names=", ".join(schemes))
        detail = _("{url} offers {names}; sign-in used: {auth}").format(
            url=self.url, names=", ".join(schemes), auth=self.auth_type)
        if warning:
            raise _Warn(_("NTLM is not offered; Basic sign-in will be used"),
                        warning, detail)
        return summary, detail

    def sign_in(self) -> tuple[str, str]:
        protocol = ews.protocol_for(self.url, self.login, self.password,
                                    self.auth_type, self.timeouts.read)
        version = self._busy(lambda: protocol.version)
        self.build = version.build
        return _("Signed in as {su} ({auth})").format(su=self.login,
                                                      auth=self.auth_type), \
            _("Server build {build}").format(build=ews.build_text(version.build))

    def versions(self) -> tuple[str, str]:
        servers = self.dep.site.exchange_servers
        chosen = _KIND_VERSION.get(self.dep.site.kind, "")
        found: list[tuple[ExchangeServer, str, str]] = []
        for index, server in enumerate(servers):
            self._check_cancel()
            if index == 0:
                build = self.build
            else:
                url = server.ews_url.strip() or ews.standard_url(server.host)
                protocol = ews.protocol_for(url, self.login, self.password,
                                            self.auth_type, self.timeouts.read)
                try:
                    build = self._version_of(protocol)
                except ews.EwsProblem as problem:
                    raise ews.EwsProblem(_("{host}: {problem}").format(
                        host=server.host, problem=problem.summary), problem.remedy,
                        problem.detail) from problem
            found.append((server, ews.product_of(build), ews.build_text(build)))
        lines = [_("{host}: Exchange {product} (build {build})").format(
            host=s.host, product=p or "?", build=b) for s, p, b in found]
        detail = "\n".join(lines)
        products = {p for _s, p, _b in found}
        if len(products) > 1:
            raise ews.EwsProblem(_("The Exchange servers run different versions: "
                                   "{listing}").format(listing=", ".join(
                                       f"{s.host} {p}" for s, p, _b in found)), _(
                "Rule R12: every server the gateway serves must run the same "
                "Exchange version. Upgrade the servers to one version first."),
                detail)
        typed = [(s, p) for s, p, _b in found if s.version and s.version != p]
        if typed:
            raise ews.EwsProblem(_("{host} runs Exchange {product}, not {typed} as "
                                   "entered").format(host=typed[0][0].host,
                                                     product=typed[0][1],
                                                     typed=typed[0][0].version), _(
                "Correct the version on the 'This computer' page."), detail)
        product = found[0][1] if found else ""
        if chosen and product and chosen != product:
            raise ews.EwsProblem(_("The servers run Exchange {product}, but the site "
                                   "is set up for {kind}").format(
                product=product, kind=self.dep.site.kind.label), _(
                "Choose Exchange {product} on the site page.").format(
                product=product), detail)
        return _("Exchange {product} on {n} server(s)").format(
            product=product or "?", n=len(found)), detail

    def _version_of(self, protocol: Any) -> Any:
        return self._busy(lambda: protocol.version).build

    def impersonate(self) -> tuple[str, str]:
        self.account = ews.connect(self.url, self.login, self.password, self.user,
                                   self.auth_type, timeout=self.timeouts.read)
        account = self.account
        inbox = self._busy(lambda: account.inbox)
        self.exists = int(inbox.total_count or 0)
        return _("{su} opens {user}'s mailbox").format(su=self.login,
                                                       user=self.user), ""

    def read_inbox(self) -> tuple[str, str]:
        account = self._account()
        items = self._busy(lambda: list(
            account.inbox.all().only("subject", "is_read")[:5]))
        return _("{n} message(s) in the inbox").format(n=self.exists), "\n".join(
            str(i.subject) for i in items if hasattr(i, "subject"))

    def create(self) -> tuple[str, str]:
        account = self._account()
        self.message_id = make_msgid(domain="umconnect.invalid")
        self.subject = _("umconnect connection test (removed automatically)")
        item = Message(account=account, folder=account.inbox, subject=self.subject,
                       body=_("This item checks that voicemail can be written to "
                              "this mailbox. It is deleted again at once."),
                       is_read=True, message_id=self.message_id)
        self._busy(item.save)
        self.item = item
        return _("Created item {id}").format(id=str(item.id)[:24]), ""

    def delete(self) -> tuple[str, str]:
        item = self.item
        assert item is not None, "the create step runs first"
        self._busy(item.delete)
        account = self._account()
        left = self._busy(lambda: account.inbox.filter(
            message_id=self.message_id).count())
        if left:
            raise ews.EwsProblem(_("The test item is still there"), _(
                "Delete it by hand from {user}'s inbox and show the report to the "
                "Exchange administrator.").format(user=self.user))
        return _("Removed; the inbox is as before"), ""

    # -- helpers -----------------------------------------------------------------

    def _account(self) -> Account:
        assert self.account is not None, "the impersonation step runs first"
        return self.account

    def _busy(self, call: Callable[[], T]) -> T:
        waited: list[float] = []
        try:
            result = ews.when_not_busy(call, cancel=self.cancel, waited=waited)
        except Exception as exc:
            self._check_cancel()
            raise ews.explain(exc, self.user, self.login) from exc
        self.waited.extend(waited)
        return result


def planned_titles(dep: Deployment) -> list[tuple[str, str]]:
    """The (key, title) of each step the EWS test will run."""
    test = _EwsTest(dep, "", Timeouts(), threading.Event(), pox_urls=None,
                    soap_urls=None)
    return [(s.key, s.title) for s in test.steps()]


def run_ews_test(dep: Deployment, password: str, *, timeouts: Timeouts | None = None,
                 cancel: Any = None,
                 on_step: Callable[[StepResult], None] | None = None,
                 pox_urls: Sequence[str] | None = None,
                 soap_urls: Sequence[str] | None = None) -> TestReport:
    """Test the gateway's EWS connection step by step; see the module docstring."""
    redact = Redactor(password)
    stop = cancel if isinstance(cancel, threading.Event) else threading.Event()
    test = _EwsTest(dep, password, timeouts or Timeouts(), stop, pox_urls=pox_urls,
                    soap_urls=soap_urls)
    report = TestReport(target=test.url or _("(no Exchange server)"))
    started = time.perf_counter()
    blocked: StepResult | None = None
    for step in test.steps():
        if blocked is not None:
            reason = (_("Not run: the test was cancelled.") if report.cancelled
                      else _("Not run: '{step}' failed.").format(step=blocked.title))
            result = StepResult(step.key, step.title, Status.SKIPPED, summary=reason)
        elif time.perf_counter() - started > test.timeouts.total:
            result = StepResult(step.key, step.title, Status.FAIL, summary=_(
                "Gave up: the test ran longer than {s:g} s").format(
                s=test.timeouts.total), remedy=_(
                "Exchange answers very slowly. Check its load and the network, "
                "then run the test again."))
            blocked = result
        else:
            result = _run_step(test, step, redact)
            if result.status is Status.FAIL:
                blocked = result
            elif result.status is Status.SKIPPED:
                blocked = result
                report.cancelled = True
        report.steps.append(result)
        log.info("EWS test step %s: %s %s", step.key, result.status.value,
                 redact(result.summary))
        if on_step is not None:
            on_step(result)
    report.target = test.url or report.target
    report.duration = time.perf_counter() - started
    return report


def _run_step(test: _EwsTest, step: _Step, redact: Redactor) -> StepResult:
    begin = time.perf_counter()
    test.waited = []
    try:
        test._check_cancel()
        summary, detail = step.run()
        status, remedy = Status.PASS, ""
        if test.waited:
            status = Status.WARNING
            remedy = ews.throttling_remedy(test.login)
            detail = "\n".join(filter(None, (detail, _(
                "Exchange asked to wait {n} time(s), {s:.1f} s in all "
                "(ErrorServerBusy).").format(n=len(test.waited),
                                             s=sum(test.waited)))))
            summary = _("{summary} (after waiting for a busy server)").format(
                summary=summary)
    except _Warn as warn:
        status, summary, remedy, detail = (Status.WARNING, warn.summary,
                                           warn.remedy, warn.detail)
    except _Cancelled:
        status, summary, remedy, detail = (Status.SKIPPED,
                                           _("Cancelled while running"), "", "")
    except Exception as exc:  # exchangelib raises far beyond its own tree
        if not isinstance(exc, ews.EwsProblem):
            log.debug("Unexpected error in EWS step %s", step.key, exc_info=True)
        failure = ews.explain(exc, test.user, test.login)
        status, summary, remedy, detail = (Status.FAIL, failure.summary,
                                           failure.remedy, failure.detail)
    return StepResult(step.key, step.title, status,
                      duration=time.perf_counter() - begin, summary=redact(summary),
                      detail=redact(detail), remedy=redact(remedy))

