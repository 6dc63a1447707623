"""Exchange Web Services (EWS) through exchangelib: trust, sign-in, errors.

The gateway reaches on-premises Exchange over EWS as the superuser, opening
each UM user's mailbox by impersonation. This module holds what the
connection test (:mod:`app.ews_probe`) and the service (:mod:`app.gateway`)
share:

* :func:`connect` builds an exchangelib ``Account`` for one user, signed in
  as the superuser with NTLM or Basic, failing fast (no silent retries);
* :func:`offered_schemes` reads the sign-in methods from the 401 answer's
  ``WWW-Authenticate`` headers;
* :func:`discover` asks Autodiscover (POX, then SOAP) for the EWS address and
  says what each method answered;
* :func:`product_of` turns the server's ``ServerVersionInfo`` into a product
  (2010 … 2019, SE);
* :func:`explain` turns what exchangelib raises into one :class:`EwsProblem`:
  a sentence, a remedy (with the PowerShell that fixes it where there is
  one) and the detail;
* :func:`when_not_busy` runs a call again after ``ErrorServerBusy``, waiting
  the ``BackOffMilliseconds`` Exchange asked for.

Certificates: exchangelib sends through ``requests``; :class:`_TrustAdapter`
adds the configured authority file for the hosts it was registered for, and
verification is never switched off.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import requests
import requests.adapters
from exchangelib import (
    BASIC,
    IMPERSONATION,
    NTLM,
    Account,
    Configuration,
    Credentials,
    EWSTimeZone,
    FailFast,
)
from exchangelib import errors as ews_errors
from exchangelib.protocol import BaseProtocol, Protocol
from exchangelib.version import Build
from requests_ntlm import HttpNtlmAuth

from app.autodetect import domain_of, pox_request
from app.i18n import _
from app.model import EwsAuth

log = logging.getLogger(__name__)
# exchangelib logs request headers (Basic sign-in carries the password in
# base64) and whole SOAP bodies at DEBUG: keep that out of every log.
logging.getLogger("exchangelib").setLevel(logging.INFO)

T = TypeVar("T")

#: The standard EWS path on an Exchange server.
EWS_PATH = "/EWS/Exchange.asmx"
#: Autodiscover addresses tried when none is configured, ``{domain}`` filled.
POX_URLS = ("https://autodiscover.{domain}/autodiscover/autodiscover.xml",
            "https://{domain}/autodiscover/autodiscover.xml")
SOAP_URLS = ("https://autodiscover.{domain}/autodiscover/autodiscover.svc",)
#: exchangelib's names of the two sign-in methods the gateway uses.
AUTH_NTLM: str = NTLM
AUTH_BASIC: str = BASIC
#: The longest single back-off honoured before giving up on a busy server.
MAX_BACK_OFF = 30.0
BUSY_RETRIES = 3

_trusted: dict[str, str] = {}
_trusted_lock = threading.Lock()


class _TrustAdapter(requests.adapters.HTTPAdapter):
    """Verifies certificates against the authority file registered for a host."""

    def send(self, request: requests.PreparedRequest,  # noqa: PLR0917 - requests'
             stream: bool = False, timeout: Any = None, verify: bool | str = True,
             cert: Any = None, proxies: Any = None) -> requests.Response:
        netloc = urlsplit(request.url or "").netloc.lower()
        with _trusted_lock:
            ca_file = _trusted.get(netloc)
        return super().send(request, stream=stream, timeout=timeout,
                            verify=ca_file or verify, cert=cert, proxies=proxies)


BaseProtocol.HTTP_ADAPTER_CLS = _TrustAdapter


def trust(url: str, ca_file: str) -> None:
    """Trust *ca_file* (PEM) besides the system's authorities for *url*'s host."""
    if not ca_file:
        return
    with _trusted_lock:
        _trusted[urlsplit(url).netloc.lower()] = ca_file


def standard_url(host: str) -> str:
    """The EWS address Exchange serves by default on *host*."""
    return f"https://{host}{EWS_PATH}"


class EwsProblem(Exception):
    """Something EWS refused or could not do: sentence, remedy, detail."""

    def __init__(self, summary: str, remedy: str, detail: str = "", *,
                 network: bool = False, back_off: float | None = None) -> None:
        super().__init__(summary)
        self.summary, self.remedy, self.detail = summary, remedy, detail
        #: True when the network (not a person) has to change for it to work.
        self.network = network
        #: Seconds Exchange asked to wait (throttling), if it did.
        self.back_off = back_off


# --- sign-in ---------------------------------------------------------------------


def offered_schemes(url: str, timeout: float) -> list[str]:
    """The sign-in methods *url* offers (``NTLM``, ``Negotiate``, ``Basic``…).

    An unauthenticated POST gets 401 with one ``WWW-Authenticate`` header per
    method. Raises :class:`EwsProblem` when the answer is not EWS's.
    """
    session = requests.Session()
    session.trust_env = False
    session.mount("https://", _TrustAdapter(max_retries=0))
    try:
        response = session.post(url, data=b"", timeout=timeout, allow_redirects=False,
                                headers={"Content-Type": "text/xml; charset=utf-8"})
    except requests.exceptions.SSLError as exc:
        raise EwsProblem(_("The certificate of {host} is not trusted").format(
            host=urlsplit(url).hostname), _(
            "Choose the authority file (PEM) that signed Exchange's certificate "
            "on the gateway page, or install it in the system's store."),
            str(exc), network=True) from exc
    except requests.exceptions.RequestException as exc:
        raise EwsProblem(_("No answer from {url}").format(url=url), _(
            "Check the address, and that a firewall lets the gateway reach port "
            "{port} of the Exchange server.").format(
            port=urlsplit(url).port or 443), str(exc), network=True) from exc
    finally:
        session.close()
    values = response.raw.headers.getlist("WWW-Authenticate") if response.raw else []
    schemes = [v.split(" ", 1)[0].split(",", 1)[0].strip() for v in values
               if v.strip()]
    if response.status_code == 401 and schemes:
        return list(dict.fromkeys(schemes))
    if response.status_code == 404:
        raise EwsProblem(_("{url} is not an EWS address (404 Not Found)").format(
            url=url), _("Use the server's EWS address, usually https://<server>"
                        "/EWS/Exchange.asmx, or let Autodiscover find it."))
    raise EwsProblem(_("{url} answered {status} instead of asking to sign in").format(
        url=url, status=response.status_code), _(
        "Check that the address is Exchange's EWS virtual directory and that "
        "anonymous access to it is off."), response.text[:300])


def choose_auth(wanted: EwsAuth, schemes: Sequence[str]) -> tuple[str, str]:
    """The exchangelib auth type for *wanted* given *schemes*, and a warning.

    Raises :class:`EwsProblem` when the wanted method is not offered.
    """
    offered = {s.lower() for s in schemes}
    ntlm = "ntlm" in offered or "negotiate" in offered
    basic = "basic" in offered
    enable_ntlm = _(
        "Turn on Windows authentication for EWS on the Exchange server (Exchange "
        "Management Shell: Get-WebServicesVirtualDirectory | "
        "Set-WebServicesVirtualDirectory -WindowsAuthentication $true)")
    if wanted is EwsAuth.NTLM and not ntlm:
        raise EwsProblem(_("The server does not offer NTLM (it offers {names})").format(
            names=", ".join(schemes)), enable_ntlm + " " + _(
            "or choose Basic sign-in on the superuser page."))
    if wanted is EwsAuth.BASIC and not basic:
        raise EwsProblem(_("The server does not offer Basic sign-in (it offers "
                           "{names})").format(names=", ".join(schemes)), _(
            "Choose NTLM on the superuser page, or turn on Basic authentication "
            "for EWS: Set-WebServicesVirtualDirectory -BasicAuthentication "
            "$true."))
    if wanted is EwsAuth.BASIC:
        return BASIC, ""
    if ntlm:
        return NTLM, ""
    if basic:
        return BASIC, _("NTLM is not offered, only Basic: the password crosses "
                        "the (TLS-protected) link with every request.") + " " + \
            enable_ntlm + "."
    raise EwsProblem(_("The server offers no sign-in the gateway can use ({names})")
                     .format(names=", ".join(schemes)), enable_ntlm + ".")


def _http_auth(auth_type: str, login: str, password: str) -> requests.auth.AuthBase:
    if auth_type == NTLM:
        user = login if "\\" in login else "\\" + login
        return HttpNtlmAuth(user, password)
    return requests.auth.HTTPBasicAuth(login, password)


# --- Autodiscover ------------------------------------------------------------------


class Tried(NamedTuple):
    """One Autodiscover method and what it answered."""

    method: str
    outcome: str


@dataclass
class Discovery:
    """What Autodiscover found: the EWS address (if any) and every attempt."""

    url: str = ""
    tried: list[Tried] = field(default_factory=list)


def _ews_url_from_pox(body: bytes) -> str:
    root = _parse_xml(body)
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "Error":
            texts = [c.text or "" for c in element
                     if c.tag.rsplit("}", 1)[-1] in ("ErrorCode", "Message")]
            raise ValueError(_("Autodiscover error: {text}").format(
                text=" ".join(t.strip() for t in texts)))
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "EwsUrl" and (element.text or "").strip():
            return (element.text or "").strip()
    raise ValueError(_("the answer lists no EWS address (EwsUrl)"))


def _ews_url_from_soap(body: bytes) -> str:
    root = _parse_xml(body)
    values: dict[str, str] = {}
    codes = []
    for element in root.iter():
        local = element.tag.rsplit("}", 1)[-1]
        if local == "ErrorCode" and (element.text or "").strip() != "NoError":
            codes.append((element.text or "").strip())
        if local == "UserSetting":
            name = next((c.text for c in element if c.tag.endswith("Name")), "")
            value = next((c.text for c in element if c.tag.endswith("Value")), "")
            values[name or ""] = (value or "").strip()
    url = values.get("InternalEwsUrl") or values.get("ExternalEwsUrl") or ""
    if url:
        return url
    if codes:
        raise ValueError(_("Autodiscover error: {text}").format(text=", ".join(codes)))
    raise ValueError(_("the answer lists no EWS address"))


def _parse_xml(body: bytes) -> ET.Element:
    if b"<!doctype" in body.lower() or b"<!entity" in body.lower():
        raise ValueError(_("the answer declares a document type; it was not read"))
    try:
        return ET.fromstring(body)  # noqa: S314 - DTDs refused above
    except ET.ParseError as exc:
        raise ValueError(_("the answer is not XML ({error})").format(error=exc)) \
            from None


def _soap_request(email: str, url: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<soap:Envelope xmlns:a="http://schemas.microsoft.com/exchange/2010/'
        'Autodiscover" xmlns:wsa="http://www.w3.org/2005/08/addressing" '
        'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>'
        "<a:RequestedServerVersion>Exchange2010</a:RequestedServerVersion>"
        "<wsa:Action>http://schemas.microsoft.com/exchange/2010/Autodiscover/"
        "Autodiscover/GetUserSettings</wsa:Action>"
        f"<wsa:To>{escape(url)}</wsa:To></soap:Header><soap:Body>"
        "<a:GetUserSettingsRequestMessage><a:Request><a:Users><a:User>"
        f"<a:Mailbox>{escape(email)}</a:Mailbox></a:User></a:Users>"
        "<a:RequestedSettings><a:Setting>InternalEwsUrl</a:Setting>"
        "<a:Setting>ExternalEwsUrl</a:Setting></a:RequestedSettings></a:Request>"
        "</a:GetUserSettingsRequestMessage></soap:Body></soap:Envelope>").encode()


def discover(email: str, login: str, password: str, auth_type: str, *,
             pox_urls: Sequence[str] | None = None,
             soap_urls: Sequence[str] | None = None,
             timeout: float = 10.0, cancel: threading.Event | None = None,
             ca_file: str = "") -> Discovery:
    """Ask Autodiscover for *email*'s EWS address, method by method.

    POX first (the Outlook schema's ``EwsUrl``), then SOAP GetUserSettings;
    the first answer with an address wins. Every attempt is listed.
    *ca_file* is trusted for each address, as for the EWS servers.
    """
    domain = domain_of(email)
    found = Discovery()
    plan = [(_("POX"), u.format(domain=domain), pox_request(email),
             "text/xml; charset=utf-8", _ews_url_from_pox)
            for u in (POX_URLS if pox_urls is None else pox_urls)]
    plan += [(_("SOAP"), u.format(domain=domain), _soap_request(email, u),
              "text/xml; charset=utf-8", _ews_url_from_soap)
             for u in (SOAP_URLS if soap_urls is None else soap_urls)]
    session = requests.Session()
    session.trust_env = False
    session.mount("https://", _TrustAdapter(max_retries=0))
    session.auth = _http_auth(auth_type, login, password)
    try:
        for kind, url, body, content_type, read in plan:
            if cancel is not None and cancel.is_set():
                break
            method = f"{kind} {url}"
            trust(url, ca_file)
            try:
                response = session.post(url, data=body, timeout=timeout,
                                        allow_redirects=False,
                                        headers={"Content-Type": content_type})
            except requests.exceptions.SSLError:
                found.tried.append(Tried(method, _("certificate not trusted")))
                continue
            except requests.exceptions.ConnectionError as exc:
                found.tried.append(Tried(method, _("no connection ({error})").format(
                    error=_short(exc))))
                continue
            except requests.exceptions.RequestException as exc:
                found.tried.append(Tried(method, _short(exc)))
                continue
            if response.status_code != 200:
                found.tried.append(Tried(method, _("HTTP {status}").format(
                    status=response.status_code) + (
                    " " + _("(sign-in refused)") if response.status_code == 401
                    else "")))
                continue
            try:
                found.url = read(response.content)
            except ValueError as exc:
                found.tried.append(Tried(method, str(exc)))
                continue
            found.tried.append(Tried(method, _("EWS address {url}").format(
                url=found.url)))
            break
    finally:
        session.close()
    log.info("Autodiscover for %s: %s", email,
             found.url or "; ".join(f"{m}: {o}" for m, o in found.tried))
    return found


def _short(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Failed to resolve", "Connection refused", "timed out"):
        if marker in text:
            return marker.lower()
    return text[:120]


# --- accounts --------------------------------------------------------------------


def connect(url: str, login: str, password: str, user: str, auth_type: str, *,
            timeout: float = 20.0) -> Account:
    """An exchangelib Account for *user*, opened by impersonation as *login*.

    No request is sent yet; the first call signs in (and reads the server's
    version).
    """
    config = Configuration(service_endpoint=url,
                           credentials=Credentials(login, password),
                           auth_type=auth_type, retry_policy=FailFast())
    account = Account(primary_smtp_address=user, config=config, autodiscover=False,
                      access_type=IMPERSONATION,
                      default_timezone=EWSTimeZone("UTC"))
    account.protocol.TIMEOUT = timeout
    return account


def protocol_for(url: str, login: str, password: str, auth_type: str,
                 timeout: float) -> Protocol:
    """A fresh exchangelib Protocol (session pool) for *url*."""
    config = Configuration(service_endpoint=url,
                           credentials=Credentials(login, password),
                           auth_type=auth_type, retry_policy=FailFast())
    forget(config)
    protocol = Protocol(config=config)
    protocol.TIMEOUT = timeout
    return protocol


def forget(config: Configuration) -> None:
    """Drop exchangelib's cached protocol for *config* (a fresh start next time)."""
    try:
        protocol, _when = Protocol[config]
    except KeyError:
        return
    if not isinstance(protocol, Exception):
        protocol.close()
    with contextlib.suppress(KeyError):
        del Protocol[config]


def product_of(build: Build | None) -> str:
    """"2010", "2013", "2016", "2019" or "SE" for a build ("" if unknown)."""
    if build is None:
        return ""
    if build.major_version == 14:
        return "2010"
    if build.major_version == 15:
        if build.minor_version == 0:
            return "2013"
        if build.minor_version == 1:
            return "2016"
        if build.minor_version == 2:
            # Subscription Edition continues 2019's numbers from build 2562.
            return "SE" if build.major_build >= 2562 else "2019"
    return ""


def build_text(build: Build | None) -> str:
    """15.1.2507.6 style."""
    if build is None:
        return "?"
    return (f"{build.major_version}.{build.minor_version}."
            f"{build.major_build}.{build.minor_build}")


# --- errors ----------------------------------------------------------------------


def grant_impersonation(login: str) -> str:
    """The Exchange Management Shell line that lets *login* impersonate users."""
    account = login.split("\\", 1)[-1]
    return ("New-ManagementRoleAssignment -Name UMImpersonation "
            f"-Role ApplicationImpersonation -User {account}")


def throttling_remedy(login: str) -> str:
    """What to do when Exchange keeps asking the superuser to back off."""
    return _(
        "Exchange's throttling policy limits the superuser. Give it a policy of "
        "its own: New-ThrottlingPolicy UMGateway -EwsMaxConcurrency Unlimited "
        "-EwsMaxBurst Unlimited -EwsRechargeRate Unlimited; "
        "Set-ThrottlingPolicyAssociation {account} -ThrottlingPolicy "
        "UMGateway.").format(account=login.split("\\", 1)[-1])


def explain(exc: BaseException, user: str, login: str) -> EwsProblem:
    """One sentence, remedy and detail for what exchangelib raised."""
    if isinstance(exc, EwsProblem):
        return exc
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, ews_errors.ErrorImpersonateUserDenied):
        return EwsProblem(_("{su} may not impersonate {user}").format(
            su=login, user=user), _(
            "Give the superuser the ApplicationImpersonation role: in the "
            "Exchange Management Shell run: {command}  (limit it with "
            "-RecipientRelativeWriteScope or a management scope if the customer "
            "wants), then wait a few minutes and test again.").format(
            command=grant_impersonation(login)), detail)
    if isinstance(exc, ews_errors.ErrorNonExistentMailbox):
        return EwsProblem(_("Exchange has no mailbox for {user}").format(user=user), _(
            "Check the address on the voicemail boxes page: it must be the "
            "user's primary SMTP address (Get-Mailbox {user} | fl "
            "PrimarySmtpAddress), and the mailbox must be on these Exchange "
            "servers.").format(user=user), detail)
    if isinstance(exc, ews_errors.ErrorAccessDenied):
        return EwsProblem(_("Exchange denied {su} access to {user}'s mailbox").format(
            su=login, user=user), _(
            "Check that the ApplicationImpersonation role assignment covers "
            "this mailbox (Get-ManagementRoleAssignment -Role "
            "ApplicationImpersonation), that EWS is allowed for the superuser "
            "(Set-CASMailbox {account} -EwsEnabled $true) and for the user's "
            "organisation (Get-OrganizationConfig | fl Ews*).").format(
            account=login.split("\\", 1)[-1]), detail)
    if isinstance(exc, ews_errors.ErrorServerBusy):
        waited = exc.back_off or 0.0
        return EwsProblem(_("Exchange is throttling the superuser (asked to wait "
                            "{s:.1f} s)").format(s=waited), throttling_remedy(login),
                          detail, network=True, back_off=exc.back_off)
    if isinstance(exc, ews_errors.UnauthorizedError):
        return EwsProblem(_("Exchange refused the sign-in of {su}").format(su=login), _(
            "Check the superuser's name (DOMAIN\\account or its UPN) and "
            "password, and that the account is not locked out or expired."),
            detail)
    if isinstance(exc, ews_errors.TransportError | ews_errors.RedirectError
                  | requests.exceptions.RequestException | OSError):
        return EwsProblem(_("The connection to Exchange failed"), _(
            "Check the network path to the Exchange server and its EWS address; "
            "the detail below says what went wrong."), detail, network=True)
    if isinstance(exc, ews_errors.ResponseMessageError):
        return EwsProblem(_("Exchange answered {code}").format(
            code=type(exc).__name__), _(
            "Look the code up in Exchange's EWS error list; save the report for "
            "the Exchange administrator."), detail)
    return EwsProblem(_("Unexpected error"), _(
        "Run the test again; if it repeats, save the report and send it to "
        "support."), detail)


def when_not_busy(call: Callable[[], T], *, cancel: threading.Event | None = None,
                  waited: list[float] | None = None,
                  retries: int = BUSY_RETRIES) -> T:
    """*call()*, again after each ErrorServerBusy, waiting as Exchange asked.

    The waits go into *waited*; after *retries* waits the error is raised.
    """
    for attempt in range(retries + 1):
        try:
            return call()
        except ews_errors.ErrorServerBusy as exc:
            pause = min(exc.back_off if exc.back_off else 1.0, MAX_BACK_OFF)
            if attempt == retries:
                raise
            log.warning("Exchange is busy; waiting %.1f s as it asked", pause)
            if waited is not None:
                waited.append(pause)
            if cancel is not None:
                if cancel.wait(pause):
                    raise
            else:
                time.sleep(pause)
    raise AssertionError("unreachable")
