"""Finding the IMAP server from an email address (app.autodetect).

Every lookup goes to 127.0.0.1: DNS to tests.support.dns_server, Autodiscover
to tests.support.autodiscover_server (or a tarpit). The product's defaults
(the system resolver, the real Autodiscover URLs) are never used here.
"""

from __future__ import annotations

import ssl
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest

from app import autodetect
from app.autodetect import Candidate, Tried, find_candidates, merge, parse_pox
from app.model import Security, ServerKind
from tests.support import autodiscover_server as ads
from tests.support import hostile
from tests.support.dns_server import DnsServer

EMAIL = "alice@example.com"


@pytest.fixture
def dns() -> Iterator[DnsServer]:
    with DnsServer() as server:
        yield server


@pytest.fixture
def web() -> Iterator[ads.AutodiscoverServer]:
    with ads.AutodiscoverServer() as server:
        yield server


def search(dns: DnsServer, web: ads.AutodiscoverServer | None = None,
           email: str = EMAIL, *, prefixes: tuple[str, ...] = ("a", "b"),
           timeout: float = 2.0, cancel: threading.Event | None = None,
           urls: list[str] | None = None,
           context: ssl.SSLContext | None = None,
           ) -> tuple[list[Candidate], list[Tried]]:
    """find_candidates against the local servers only."""
    tried: list[Tried] = []
    if urls is None:
        urls = [web.template(p) for p in prefixes] if web is not None else []
    if context is None and web is not None:
        context = web.ssl_context()
    found = find_candidates(
        email, resolver=dns.resolver(timeout), autodiscover_urls=urls,
        ssl_context=context or ssl.create_default_context(), timeout=timeout,
        cancel=cancel, tried=tried)
    return found, tried


def outcome(tried: list[Tried], fragment: str) -> str:
    """The outcome of the one tried source containing *fragment*."""
    hits = [t.outcome for t in tried if fragment in t.source]
    assert len(hits) == 1, (fragment, tried)
    return hits[0]


# --- addresses and presets --------------------------------------------------


@pytest.mark.parametrize("text", ["", "alice", "alice@", "@example.com",
                                  "alice@localhost", "al ice@example.com",
                                  "alice@exa mple.com", "alice@-bad-.com"])
def test_bad_addresses_are_refused_with_the_fix(text: str) -> None:
    with pytest.raises(ValueError, match=r"like alice@example\.com"):
        autodetect.domain_of(text)


def test_domain_is_lower_case_ascii() -> None:
    assert autodetect.domain_of(" Bob@Example.COM. ") == "example.com"
    assert autodetect.domain_of("jörg@bücher.de") == "xn--bcher-kva.de"


@pytest.mark.parametrize(("email", "kind", "host"), [
    ("someone@gmail.com", ServerKind.GOOGLE, "imap.gmail.com"),
    ("someone@googlemail.com", ServerKind.GOOGLE, "imap.gmail.com"),
    ("someone@outlook.com", ServerKind.OFFICE_365, "outlook.office365.com"),
    ("someone@hotmail.com", ServerKind.OFFICE_365, "outlook.office365.com"),
    ("someone@live.com", ServerKind.OFFICE_365, "outlook.office365.com"),
    ("someone@office365.com", ServerKind.OFFICE_365, "outlook.office365.com"),
    ("someone@contoso.onmicrosoft.com", ServerKind.OFFICE_365,
     "outlook.office365.com"),
])
def test_presets_by_domain(dns: DnsServer, email: str, kind: ServerKind,
                           host: str) -> None:
    found, tried = search(dns, email=email)
    assert found == [Candidate(host, 993, Security.TLS, found[0].source, kind)]
    assert "preset" in found[0].source
    # A provider's settings are known: nothing about the address goes out.
    assert dns.queries == []
    assert not any("_imaps._tcp" in t.source for t in tried)


def test_unknown_domain_has_no_preset(dns: DnsServer) -> None:
    found, tried = search(dns)
    assert found == []
    assert "not one of their domains" in outcome(tried, "Known providers")


# --- DNS SRV ------------------------------------------------------------------


def test_srv_records_ordered_by_priority_then_weight(dns: DnsServer) -> None:
    dns.add("_imaps._tcp.example.com", "SRV",
            "10 50 993 late.example.com.", "0 1 993 light.example.com.",
            "0 9 9993 heavy.example.com.")
    dns.add("_imap._tcp.example.com", "SRV", "0 0 143 plain.example.com.")
    found, _tried = search(dns)
    assert [(c.host, c.port, c.security) for c in found] == [
        ("heavy.example.com", 9993, Security.TLS),
        ("light.example.com", 993, Security.TLS),
        ("late.example.com", 993, Security.TLS),
        ("plain.example.com", 143, Security.STARTTLS),
    ]
    assert found[0].source == ("DNS SRV _imaps._tcp.example.com (priority 0, "
                               "weight 9)")
    assert found[3].source == ("DNS SRV _imap._tcp.example.com (priority 0, "
                               "weight 0)")
    assert found[0].kind is None


def test_srv_dot_target_means_not_offered(dns: DnsServer) -> None:
    dns.add("_imap._tcp.example.com", "SRV", "0 0 0 .")
    dns.add("_imaps._tcp.example.com", "SRV", "0 0 993 imap.example.com.")
    found, tried = search(dns)
    assert [c.host for c in found] == ["imap.example.com"]
    assert "does not offer" in outcome(tried, "_imap._tcp.example.com")


def test_srv_nxdomain_and_no_answer_are_reported(dns: DnsServer) -> None:
    dns.add("_imap._tcp.example.com", "TXT", '"not an SRV"')
    found, tried = search(dns)
    assert found == []
    assert "does not exist" in outcome(tried, "_imaps._tcp.example.com")
    assert outcome(tried, "_imap._tcp.example.com") == "no SRV record"
    assert "does not exist" in outcome(tried, "_autodiscover._tcp.example.com")
    assert ("_imaps._tcp.example.com.", "SRV") in dns.queries


def test_srv_timeout_is_reported_within_the_limit() -> None:
    with DnsServer(silent=("_imaps._tcp.example.com",)) as dns:
        dns.add("_imap._tcp.example.com", "SRV", "0 0 143 imap.example.com.")
        start = time.monotonic()
        found, tried = search(dns, timeout=0.5)
        elapsed = time.monotonic() - start
    assert "within 0.5 s" in outcome(tried, "_imaps._tcp.example.com")
    assert [c.host for c in found] == ["imap.example.com"]
    assert elapsed < 3.0


# --- Autodiscover -------------------------------------------------------------


def test_autodiscover_imap_entry(dns: DnsServer,
                                 web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.imap_answer("mail.example.com")
    found, tried = search(dns, web)
    source = f"Exchange Autodiscover at {web.base}/a/example.com/autodiscover/"
    assert found == [Candidate("mail.example.com", 993, Security.TLS,
                               source + "autodiscover.xml")]
    # The first answer settles it: the second URL and the SRV record are not
    # asked.
    assert [r.path for r in web.requests] == [web.path("a", "example.com")]
    assert not any("_autodiscover" in t.source for t in tried)


def test_autodiscover_request_is_the_documented_pox(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.imap_answer("mail.example.com")
    search(dns, web, email="Alice&Bob@example.com")
    request = web.requests[0]
    assert request.content_type.startswith("text/xml")
    root = ET.fromstring(request.body)  # noqa: S314 - our own request
    ns = "{" + autodetect.REQUEST_SCHEMA + "}"
    assert root.tag == f"{ns}Autodiscover"
    assert root.findtext(f"{ns}Request/{ns}EMailAddress") == "Alice&Bob@example.com"
    assert root.findtext(f"{ns}Request/{ns}AcceptableResponseSchema") == (
        "http://schemas.microsoft.com/exchange/autodiscover/outlook/"
        "responseschema/2006a")


@pytest.mark.parametrize(("port", "ssl_on", "encryption", "expected"), [
    (993, "on", None, (993, Security.TLS)),
    (143, "on", None, (143, Security.STARTTLS)),
    (143, "off", None, (143, Security.PLAIN)),
    (None, None, None, (993, Security.TLS)),
    (143, "on", "TLS", (143, Security.STARTTLS)),
    (1993, "off", "SSL", (1993, Security.TLS)),
    (143, "on", "None", (143, Security.PLAIN)),
    (993, None, "Auto", (993, Security.TLS)),
])
def test_autodiscover_security_mapping(
        port: int | None, ssl_on: str | None, encryption: str | None,
        expected: tuple[int, Security]) -> None:
    answer = parse_pox(ads.imap_answer("mail.example.com", port, ssl_on=ssl_on,
                                       encryption=encryption).body)
    assert answer.action == "settings"
    assert answer.imap == [("mail.example.com", *expected)]


def test_autodiscover_redirect_addr(dns: DnsServer,
                                    web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.redirect_addr(
        "alice@contoso.com")
    web.answers[web.path("a", "contoso.com")] = ads.imap_answer(
        "imap.contoso.com", 143, encryption="TLS")
    found, tried = search(dns, web)
    assert [(c.host, c.port, c.security) for c in found] == [
        ("imap.contoso.com", 143, Security.STARTTLS)]
    assert "contoso.com" in found[0].source
    assert outcome(tried, "/a/example.com/") == (
        "redirects to the address alice@contoso.com")
    assert b"<EMailAddress>alice@contoso.com</EMailAddress>" in web.requests[-1].body


def test_autodiscover_redirect_url_and_http_redirect(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.redirect_url(
        f"{web.base}/moved/autodiscover.xml")
    web.answers["/moved/autodiscover.xml"] = ads.http_redirect("/final.xml")
    web.answers["/final.xml"] = ads.imap_answer("imap.example.com")
    found, tried = search(dns, web)
    assert [c.host for c in found] == ["imap.example.com"]
    assert found[0].source == f"Exchange Autodiscover at {web.base}/final.xml"
    assert [t.outcome for t in tried if "Autodiscover" in t.source] == [
        f"redirects to {web.base}/moved/autodiscover.xml",
        f"redirects to {web.base}/final.xml",
    ]


def test_autodiscover_redirects_are_bounded(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    for hop in range(10):
        web.answers[f"/hop{hop}"] = ads.redirect_url(f"{web.base}/hop{hop + 1}")
    web.answers[web.path("a", "example.com")] = ads.redirect_url(f"{web.base}/hop0")
    found, tried = search(dns, web)
    assert found == []
    assert any(t.outcome == f"gave up after {autodetect.MAX_REDIRECTS} "
               "redirections" for t in tried)
    assert len(web.requests) == autodetect.MAX_REDIRECTS + 1


def test_autodiscover_redirect_loop_between_addresses(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.redirect_addr("a@example.net")
    web.answers[web.path("a", "example.net")] = ads.redirect_addr(EMAIL)
    found, tried = search(dns, web)
    assert found == []
    assert any("round in a circle" in t.outcome for t in tried)


def test_autodiscover_redirect_to_http_is_not_followed(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.redirect_url(
        "http://127.0.0.1:9/autodiscover.xml")
    found, tried = search(dns, web)
    assert found == []
    assert "not https; not followed" in outcome(tried, "/a/example.com/")


def test_autodiscover_401_says_credentials_are_needed(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.UNAUTHORIZED
    web.answers[web.path("b", "example.com")] = ads.imap_answer("mail.example.com")
    found, tried = search(dns, web)
    text = outcome(tried, "/a/example.com/")
    assert "HTTP 401" in text
    assert "needs credentials" in text
    # The next place is still asked.
    assert [c.host for c in found] == ["mail.example.com"]


@pytest.mark.parametrize(("answer", "expected"), [
    (ads.GARBAGE, "not well-formed XML"),
    (ads.BINARY, "not XML (Content-Type: application/octet-stream)"),
    (ads.Answer(body=b"<html/>"), "XML but not Autodiscover (<html>)"),
    (ads.Answer(body=b'<!DOCTYPE x [<!ENTITY a "aaaa">]><Autodiscover>&a;'
                b"</Autodiscover>"), "declares a document type"),
    (ads.Answer(500, b"oops", "text/plain"), "HTTP 500"),
    (ads.Answer(404, b"", "text/plain"), "HTTP 404"),
    (ads.error_answer(), "error: 500 The e-mail address cannot be found."),
    (ads.no_imap_answer(), "lists no IMAP server"),
])
def test_autodiscover_unusable_answers_are_explained(
        dns: DnsServer, web: ads.AutodiscoverServer, answer: ads.Answer,
        expected: str) -> None:
    web.answers[web.path("a", "example.com")] = answer
    found, tried = search(dns, web, prefixes=("a",))
    assert found == []
    assert expected in outcome(tried, "/a/example.com/")


def test_autodiscover_timeout_in_a_tarpit(dns: DnsServer,
                                          web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.TARPIT
    with hostile.Tarpit() as silent:
        urls = [web.template("a"),
                f"https://127.0.0.1:{silent.port}/{{domain}}/autodiscover.xml"]
        start = time.monotonic()
        found, tried = search(dns, web, urls=urls, timeout=0.5)
        elapsed = time.monotonic() - start
    assert found == []
    assert outcome(tried, "/a/example.com/") == "no answer within 0.5 s"
    assert outcome(tried, f":{silent.port}/") == "no answer within 0.5 s"
    assert elapsed < 4.0


def test_autodiscover_untrusted_certificate(dns: DnsServer,
                                            web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.imap_answer("mail.example.com")
    found, tried = search(dns, web, prefixes=("a",),
                          context=ssl.create_default_context())
    assert found == []
    assert "certificate is not trusted" in outcome(tried, "/a/example.com/")
    assert web.requests == []


def test_autodiscover_refused_connection(dns: DnsServer) -> None:
    with hostile.closed_port() as port:
        urls = [f"https://127.0.0.1:{port}/{{domain}}/autodiscover.xml"]
        found, tried = search(dns, urls=urls)
    assert found == []
    assert "connection refused" in outcome(tried, f":{port}/")


def test_autodiscover_through_srv(dns: DnsServer,
                                  web: ads.AutodiscoverServer) -> None:
    dns.add("_autodiscover._tcp.example.com", "SRV", f"0 0 {web.port} 127.0.0.1.")
    web.answers[ads.STANDARD_PATH] = ads.imap_answer("mail.example.com")
    found, _tried = search(dns, web, prefixes=())
    assert found == [Candidate(
        "mail.example.com", 993, Security.TLS,
        f"Exchange Autodiscover at {web.base}{ads.STANDARD_PATH}")]


# --- merging and cancelling -------------------------------------------------------


def test_duplicates_are_merged_with_every_source(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    dns.add("_imaps._tcp.example.com", "SRV", "0 1 993 Mail.Example.com.")
    dns.add("_imap._tcp.example.com", "SRV", "0 1 143 mail.example.com.")
    web.answers[web.path("a", "example.com")] = ads.imap_answer("mail.example.com")
    found, _tried = search(dns, web)
    assert [(c.host.lower(), c.port, c.security) for c in found] == [
        ("mail.example.com", 993, Security.TLS),
        ("mail.example.com", 143, Security.STARTTLS),
    ]
    assert found[0].sources == (
        "DNS SRV _imaps._tcp.example.com (priority 0, weight 1)",
        f"Exchange Autodiscover at {web.base}/a/example.com/autodiscover/"
        "autodiscover.xml",
    )
    assert found[1].sources == (
        "DNS SRV _imap._tcp.example.com (priority 0, weight 1)",)


def test_srv_and_autodiscover_results_merge_and_keep_the_kind(
        dns: DnsServer) -> None:
    dns.add("_imaps._tcp.example.com", "SRV", "5 0 993 imap.gmail.com.",
            "7 0 993 imap.gmail.com.")
    found, _tried = search(dns)
    assert len(found) == 1
    assert found[0].kind is ServerKind.GOOGLE


def test_known_hosts_get_their_kind(dns: DnsServer) -> None:
    dns.add("_imaps._tcp.example.com", "SRV", "0 0 993 outlook.office365.com.")
    found, _tried = search(dns)
    assert found[0].kind is ServerKind.OFFICE_365


def test_merge_keeps_order_and_adds_sources_once() -> None:
    a = Candidate("h", 993, Security.TLS, "one")
    b = Candidate("other", 993, Security.TLS, "two")
    c = Candidate("H.", 993, Security.TLS, "three", ServerKind.GOOGLE, ("one",))
    assert merge([a, b, c]) == [
        Candidate("h", 993, Security.TLS, "one", ServerKind.GOOGLE, ("three",)), b]


def test_cancel_before_the_search_looks_nowhere(
        dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    cancel = threading.Event()
    cancel.set()
    found, _tried = search(dns, web, email="someone@gmail.com", cancel=cancel)
    # The preset needs no lookup; nothing else is asked.
    assert [c.host for c in found] == ["imap.gmail.com"]
    assert dns.queries == []
    assert web.requests == []


def test_cancel_between_lookups(dns: DnsServer, web: ads.AutodiscoverServer) -> None:
    dns.add("_imaps._tcp.example.com", "SRV", "0 0 993 imap.example.com.")
    cancel = threading.Event()

    def progress(source: str) -> None:
        if "_imap._tcp" in source:
            cancel.set()

    tried: list[Tried] = []
    found = find_candidates(EMAIL, resolver=dns.resolver(),
                            autodiscover_urls=[web.template("a")],
                            ssl_context=web.ssl_context(), timeout=2.0,
                            cancel=cancel, tried=tried, progress=progress)
    assert [c.host for c in found] == ["imap.example.com"]
    assert ("_imap._tcp.example.com.", "SRV") not in dns.queries
    assert web.requests == []


def test_cancel_interrupts_a_slow_dns_lookup(web: ads.AutodiscoverServer) -> None:
    with DnsServer(silent=("_imaps._tcp.example.com",)) as dns:
        cancel = threading.Event()
        threading.Timer(0.3, cancel.set).start()
        start = time.monotonic()
        found, _tried = search(dns, web, timeout=8.0, cancel=cancel)
        elapsed = time.monotonic() - start
    assert found == []
    assert elapsed < 2.0
    assert web.requests == []


def test_cancel_interrupts_a_tarpit(dns: DnsServer,
                                    web: ads.AutodiscoverServer) -> None:
    web.answers[web.path("a", "example.com")] = ads.TARPIT
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    start = time.monotonic()
    found, tried = search(dns, web, timeout=8.0, cancel=cancel)
    elapsed = time.monotonic() - start
    assert found == []
    assert elapsed < 3.0
    assert len(web.requests) == 1
    assert not any("/a/example.com/" in t.source for t in tried)
