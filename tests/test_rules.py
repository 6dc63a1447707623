"""Tests for the deployment rules table (app.rules).

Names are never resolved here: contexts are built with their addresses, or
:func:`rules.gather` gets a fake resolver.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import rules
from app.hostfacts import HostFacts
from app.model import (
    Adapter,
    AdapterChoice,
    Deployment,
    ExchangeServer,
    ServerKind,
    Site,
)
from app.rules import Context, Finding, Level

AUTO = AdapterChoice.AUTO
IMAP = AdapterChoice.IMAP_CONNECTOR
GATEWAY = AdapterChoice.EXCHANGE_GATEWAY
EX2010 = ServerKind.EXCHANGE_2010
EX2013 = ServerKind.EXCHANGE_2013
EX2016 = ServerKind.EXCHANGE_2016
EX2019 = ServerKind.EXCHANGE_2019
EXSE = ServerKind.EXCHANGE_SE
O365 = ServerKind.OFFICE_365
GOOGLE = ServerKind.GOOGLE

DOMAIN = "corp.example.com"
HOST_ADDRESS = "10.0.0.20"


def _host(product: str = "Windows 10 Pro", edition: str = "Professional",
          bits: int = 64, family: str = "windows", domain: str = DOMAIN,
          computer_name: str = "gw01", fqdn: str = f"gw01.{DOMAIN}",
          addresses: tuple[str, ...] = (HOST_ADDRESS, "fd00::20")) -> HostFacts:
    """A gateway candidate: by default a documented, domain-joined Windows 10."""
    return HostFacts(family=family, product=product, edition=edition, bits=bits,
                     server="Server" in product, computer_name=computer_name,
                     fqdn=fqdn, domain=domain, addresses=addresses)


def _gateway_site(**changes: object) -> Site:
    """A site that needs the gateway and passes every site rule."""
    site = Site(kind=EX2016, um_users=800, mail_servers=1, adapter=AUTO,
                um_server=f"um01.{DOMAIN}",
                exchange_servers=[ExchangeServer(f"ex01.{DOMAIN}", "2016")])
    for name, value in changes.items():
        setattr(site, name, value)
    return site


def _ctx(site: Site, host: HostFacts | None = None,
         addresses: Mapping[str, tuple[str, ...]] | None = None,
         acknowledged: Sequence[str] = ()) -> Context:
    return Context(Deployment(site=site, acknowledged=list(acknowledged)), host,
                   dict(addresses or {}))


def _of(rule: str, found: Sequence[Finding]) -> list[Finding]:
    return [f for f in found if f.rule == rule]


def _check(rule: str, ctx: Context) -> list[Finding]:
    """The findings of one rule for *ctx*."""
    return _of(rule, rules.evaluate(ctx))


# R2: which mail servers the IMAP connector is documented for


@pytest.mark.parametrize("kind", [
    pytest.param(EX2010, id="exchange-2010"),
    pytest.param(EX2013, id="exchange-2013"),
    pytest.param(EX2016, id="exchange-2016"),
    pytest.param(O365, id="office-365"),
    pytest.param(GOOGLE, id="google"),
])
def test_r2_documented_mail_servers_pass(kind: ServerKind) -> None:
    ctx = _ctx(Site(kind=kind, um_users=50))

    found = _check("R2", ctx)

    assert found == []


@pytest.mark.parametrize("kind", [
    pytest.param(EX2019, id="exchange-2019"),
    pytest.param(EXSE, id="exchange-se"),
])
@pytest.mark.parametrize("adapter", [
    pytest.param(IMAP, id="imap"), pytest.param(GATEWAY, id="gateway"),
])
def test_r2_newer_exchange_is_a_warning_with_a_key(
        kind: ServerKind, adapter: AdapterChoice) -> None:
    ctx = _ctx(Site(kind=kind, um_users=50, adapter=adapter))

    [finding] = _check("R2", ctx)

    assert finding.level is Level.WARNING
    assert finding.key == f"R2:{kind.value}"
    assert kind.label in finding.message
    assert finding.remedy


# R3: one mail server per IMAP connector


@pytest.mark.parametrize(("kind", "adapter", "servers", "remedy_part"), [
    pytest.param(EX2016, IMAP, 2, "Exchange gateway", id="exchange-forced-imap"),
    pytest.param(EX2010, IMAP, 5, "Exchange gateway", id="exchange-5-servers"),
    pytest.param(GOOGLE, AUTO, 2, "Enter 1: Google Workspace", id="google"),
    pytest.param(O365, AUTO, 2, "Enter 1: Office 365", id="office-365"),
])
def test_r3_imap_connector_with_two_servers_is_an_error(
        kind: ServerKind, adapter: AdapterChoice, servers: int,
        remedy_part: str) -> None:
    ctx = _ctx(Site(kind=kind, um_users=50, mail_servers=servers, adapter=adapter))

    [finding] = _check("R3", ctx)

    assert finding.level is Level.ERROR
    assert f"this site has {servers}" in finding.message
    assert remedy_part in finding.remedy


def test_r3_office_365_remedy_does_not_speak_of_google() -> None:
    ctx = _ctx(Site(kind=O365, mail_servers=2))

    [finding] = _check("R3", ctx)

    assert "Google" not in finding.remedy


@pytest.mark.parametrize(("kind", "adapter", "servers"), [
    pytest.param(EX2016, IMAP, 1, id="imap-one-server"),
    pytest.param(GOOGLE, AUTO, 1, id="google-one-server"),
    pytest.param(EX2016, AUTO, 2, id="exchange-two-servers-recommended-gateway"),
    pytest.param(EX2016, GATEWAY, 3, id="gateway-forced"),
])
def test_r3_passes_with_one_server_or_the_gateway(
        kind: ServerKind, adapter: AdapterChoice, servers: int) -> None:
    ctx = _ctx(Site(kind=kind, um_users=50, mail_servers=servers, adapter=adapter))

    assert _check("R3", ctx) == []


# R4: IMAP connector capacity, at its exact boundaries


@pytest.mark.parametrize(("kind", "users", "fails"), [
    pytest.param(EX2010, 500, False, id="exchange-2010-500-passes"),
    pytest.param(EX2016, 500, False, id="exchange-2016-500-passes"),
    pytest.param(EX2016, 501, True, id="exchange-2016-501-fails"),
    pytest.param(EX2019, 501, True, id="exchange-2019-501-fails"),
    pytest.param(O365, 500, False, id="office-365-500-passes"),
    pytest.param(O365, 501, True, id="office-365-501-fails"),
    pytest.param(GOOGLE, 500, False, id="google-500-passes"),
    pytest.param(GOOGLE, 2_500, False, id="google-2500-passes"),
    pytest.param(GOOGLE, 2_501, True, id="google-2501-fails"),
])
def test_r4_imap_connector_capacity_boundaries(
        kind: ServerKind, users: int, fails: bool) -> None:
    ctx = _ctx(Site(kind=kind, um_users=users, adapter=IMAP))

    found = _check("R4", ctx)

    if fails:
        [finding] = found
        assert finding.level is Level.ERROR
        assert f"{users:,}" in finding.message
        assert finding.remedy
    else:
        assert found == []


def test_r4_office_365_above_500_blocks_and_says_what_to_do_instead() -> None:
    ctx = _ctx(Site(kind=O365, um_users=501))

    blocking = rules.blocking(rules.evaluate(ctx), ["R4", "AUTH"])

    [finding] = _of("R4", blocking)
    assert "no documented configuration" in finding.message
    assert "gateway cannot reach" in finding.message
    assert "Split the users" in finding.remedy
    assert "500" in finding.remedy


def test_r4_does_not_apply_to_the_gateway() -> None:
    ctx = _ctx(Site(kind=EX2016, um_users=2_000, adapter=GATEWAY))

    assert _check("R4", ctx) == []


# R5: which adapter a site needs


@pytest.mark.parametrize(("kind", "users", "servers", "adapter", "reason_part"), [
    pytest.param(EX2016, 500, 1, Adapter.IMAP_CONNECTOR, "500 UM users",
                 id="exchange-1-server-500-users-imap"),
    pytest.param(EX2016, 501, 1, Adapter.EXCHANGE_GATEWAY, "501 UM users",
                 id="exchange-501-users-gateway"),
    pytest.param(EX2013, 10, 2, Adapter.EXCHANGE_GATEWAY, "2 Exchange servers",
                 id="exchange-2-servers-gateway"),
    pytest.param(EX2019, 3_000, 4, Adapter.EXCHANGE_GATEWAY, "4 Exchange servers",
                 id="exchange-2019-4-servers-gateway"),
    pytest.param(O365, 501, 1, Adapter.IMAP_CONNECTOR, "Office 365",
                 id="office-365-always-imap"),
    pytest.param(GOOGLE, 2_501, 2, Adapter.IMAP_CONNECTOR, "Google Workspace",
                 id="google-always-imap"),
])
def test_r5_recommend_names_the_adapter_and_why(
        kind: ServerKind, users: int, servers: int, adapter: Adapter,
        reason_part: str) -> None:
    site = Site(kind=kind, um_users=users, mail_servers=servers)

    advice = rules.recommend(site)

    assert advice.adapter is adapter
    assert reason_part in advice.reason


@pytest.mark.parametrize(("kind", "users", "servers", "shown"), [
    pytest.param(EX2016, 501, 1, True, id="exchange-501-users"),
    pytest.param(EX2016, 10, 2, True, id="exchange-2-servers"),
    pytest.param(EX2016, 500, 1, False, id="exchange-500-users"),
    pytest.param(O365, 501, 1, False, id="office-365"),
])
def test_r5_tells_when_exchange_needs_the_gateway(
        kind: ServerKind, users: int, servers: int, shown: bool) -> None:
    ctx = _ctx(Site(kind=kind, um_users=users, mail_servers=servers))

    found = _check("R5", ctx)

    assert [f.level for f in found] == ([Level.INFO] if shown else [])


def test_r5_forcing_the_imap_connector_on_501_exchange_users_is_an_r4_error() -> None:
    site = Site(kind=EX2016, um_users=501, adapter=IMAP)
    ctx = _ctx(site)

    found = rules.evaluate(ctx)

    assert rules.effective_adapter(site) is Adapter.IMAP_CONNECTOR
    assert [f.level for f in _of("R4", found)] == [Level.ERROR]
    assert "GATEWAY" not in {f.rule for f in found}


@pytest.mark.parametrize(("choice", "effective"), [
    pytest.param(AUTO, Adapter.EXCHANGE_GATEWAY, id="auto-follows-recommendation"),
    pytest.param(IMAP, Adapter.IMAP_CONNECTOR, id="forced-imap"),
    pytest.param(GATEWAY, Adapter.EXCHANGE_GATEWAY, id="forced-gateway"),
])
def test_effective_adapter_is_the_forced_one_else_the_recommended_one(
        choice: AdapterChoice, effective: Adapter) -> None:
    site = Site(kind=EX2016, um_users=501, adapter=choice)

    assert rules.effective_adapter(site) is effective


# R6: no gateway for hosted mail


@pytest.mark.parametrize(("kind", "message_part"), [
    pytest.param(GOOGLE, "Google Workspace", id="google"),
    pytest.param(O365, "EWS", id="office-365-names-ews"),
])
def test_r6_forcing_the_gateway_on_hosted_mail_is_an_error(
        kind: ServerKind, message_part: str) -> None:
    ctx = _ctx(Site(kind=kind, um_users=50, adapter=GATEWAY))

    [finding] = _check("R6", ctx)

    assert finding.level is Level.ERROR
    assert message_part in finding.message
    assert "IMAP connector" in finding.remedy


def test_r6_office_365_remedy_points_to_oauth() -> None:
    ctx = _ctx(Site(kind=O365, adapter=GATEWAY))

    [finding] = _check("R6", ctx)

    assert "OAuth 2.0" in finding.remedy


def test_r6_the_gateway_with_exchange_passes() -> None:
    ctx = _ctx(Site(kind=EX2016, adapter=GATEWAY))

    assert _check("R6", ctx) == []


# R7: gateway capacity


@pytest.mark.parametrize(("adapter", "users", "fails"), [
    pytest.param(GATEWAY, 2_500, False, id="forced-2500-passes"),
    pytest.param(GATEWAY, 2_501, True, id="forced-2501-fails"),
    pytest.param(AUTO, 2_500, False, id="recommended-2500-passes"),
    pytest.param(AUTO, 2_501, True, id="recommended-2501-fails"),
    pytest.param(IMAP, 2_501, False, id="imap-is-r4s-business"),
])
def test_r7_gateway_capacity_boundaries(
        adapter: AdapterChoice, users: int, fails: bool) -> None:
    ctx = _ctx(Site(kind=EX2016, um_users=users, adapter=adapter))

    found = _check("R7", ctx)

    if fails:
        [finding] = found
        assert finding.level is Level.ERROR
        assert "2,501" in finding.message
    else:
        assert found == []


# R8: the gateway computer's operating system

_DOCUMENTED = [
    pytest.param("Windows 7 Professional", "Professional", 32, id="win7-pro-32"),
    pytest.param("Windows 7 Professional", "Professional", 64, id="win7-pro-64"),
    pytest.param("Windows 8 Pro", "Professional", 64, id="win8-pro-64"),
    pytest.param("Windows 10 Pro", "Professional", 64, id="win10-pro-64"),
    pytest.param("Windows 10 Enterprise", "Enterprise", 64, id="win10-ent-64"),
    pytest.param("Windows Server 2008 R2 Standard", "ServerStandard", 64,
                 id="server-2008-r2"),
    pytest.param("Windows Server 2012 R2 Standard", "ServerStandard", 64,
                 id="server-2012-r2"),
    pytest.param("Windows Server 2012 R2 Datacenter", "ServerDatacenter", 64,
                 id="server-2012-r2-datacenter"),
]
_NEWER = [
    pytest.param("Windows 11 Pro", "Professional", 64, id="win11-pro"),
    pytest.param("Windows 11 Enterprise", "Enterprise", 64, id="win11-ent"),
    pytest.param("Windows 8.1 Pro", "Professional", 64, id="win8.1-pro"),
    pytest.param("Windows Server 2012 Standard", "ServerStandard", 64,
                 id="server-2012"),
    pytest.param("Windows Server 2016 Standard", "ServerStandard", 64,
                 id="server-2016"),
    pytest.param("Windows Server 2019 Datacenter", "ServerDatacenter", 64,
                 id="server-2019"),
    pytest.param("Windows Server 2022 Standard", "ServerStandard", 64,
                 id="server-2022"),
    pytest.param("Windows Server 2025 Standard", "ServerStandard", 64,
                 id="server-2025"),
]
_ONLY_64_BIT = [
    pytest.param("Windows 8 Pro", "Professional", "Windows 8", id="win8-pro-32"),
    pytest.param("Windows 10 Pro", "Professional", "Windows 10", id="win10-pro-32"),
    pytest.param("Windows Server 2008 R2 Standard", "ServerStandard",
                 "Windows Server 2008 R2", id="server-2008-r2-32"),
    pytest.param("Windows Server 2012 R2 Standard", "ServerStandard",
                 "Windows Server 2012 R2", id="server-2012-r2-32"),
]
_HOME = [
    pytest.param("Windows 7 Home Premium", "HomePremium", id="win7-home-premium"),
    pytest.param("Windows 8", "Core", id="win8-core"),
    pytest.param("Windows 10 Home", "Core", id="win10-home"),
    pytest.param("Windows 11 Home", "Core", id="win11-home"),
    pytest.param("Windows 10 Home Single Language", "CoreSingleLanguage",
                 id="win10-home-single-language"),
    pytest.param("Windows 7 Starter", "Starter", id="win7-starter"),
]
_TOO_OLD = [
    pytest.param("Windows XP Professional", "Professional", id="xp"),
    pytest.param("Windows Vista Business", "Business", id="vista"),
    pytest.param("Windows Server 2003 Standard", "ServerStandard", id="server-2003"),
    pytest.param("Windows Server 2008 Standard", "ServerStandard", id="server-2008"),
]


@pytest.mark.parametrize(("product", "edition"), [
    pytest.param("Windows 7 Ultimate", "Ultimate", id="win7-ultimate"),
    pytest.param("Windows 7 Enterprise", "Enterprise", id="win7-enterprise"),
    pytest.param("Windows 8 Enterprise", "Enterprise", id="win8-enterprise"),
])
def test_r8_undocumented_edition_of_a_listed_windows_is_a_warning(
        product: str, edition: str) -> None:
    ctx = _ctx(_gateway_site(), _host(product, edition, 64))

    [finding] = _check("R8", ctx)

    assert finding.level is Level.WARNING
    assert "only in its Professional edition" in finding.message
    assert finding.key == f"R8:{product}:64"


@pytest.mark.parametrize(("product", "edition", "bits"), _DOCUMENTED)
def test_r8_documented_windows_passes(product: str, edition: str, bits: int) -> None:
    ctx = _ctx(_gateway_site(), _host(product, edition, bits))

    assert _check("R8", ctx) == []


@pytest.mark.parametrize(("product", "edition", "bits"), _NEWER)
def test_r8_newer_windows_is_a_warning_to_acknowledge(
        product: str, edition: str, bits: int) -> None:
    ctx = _ctx(_gateway_site(), _host(product, edition, bits))

    [finding] = _check("R8", ctx)

    assert finding.level is Level.WARNING
    assert "not on the documented list" in finding.message
    assert product in finding.message
    assert finding.key == f"R8:{product}:{bits}"


@pytest.mark.parametrize(("product", "edition", "listed"), _ONLY_64_BIT)
def test_r8_32_bit_where_only_64_bit_is_listed_is_an_error(
        product: str, edition: str, listed: str) -> None:
    ctx = _ctx(_gateway_site(), _host(product, edition, bits=32))

    [finding] = _check("R8", ctx)

    assert finding.level is Level.ERROR
    assert f"{listed} is documented for the gateway only as 64-bit" in (
        finding.message)


@pytest.mark.parametrize(("product", "edition"), _HOME)
def test_r8_home_editions_are_an_error(product: str, edition: str) -> None:
    ctx = _ctx(_gateway_site(), _host(product, edition))

    [finding] = _check("R8", ctx)

    assert finding.level is Level.ERROR
    assert "cannot join an Active Directory domain" in finding.message


@pytest.mark.parametrize(("product", "edition"), _TOO_OLD)
def test_r8_old_windows_is_an_error(product: str, edition: str) -> None:
    ctx = _ctx(_gateway_site(), _host(product, edition))

    [finding] = _check("R8", ctx)

    assert finding.level is Level.ERROR
    assert finding.message == f"{product} is too old for the gateway."


def test_r8_unknown_windows_is_an_error() -> None:
    ctx = _ctx(_gateway_site(), _host("Windows", ""))

    [finding] = _check("R8", ctx)

    assert finding.level is Level.ERROR
    assert "not supported" in finding.message


def test_r8_linux_is_an_error_for_the_gateway() -> None:
    host = _host("Debian GNU/Linux 12 (bookworm)", "", family="linux")
    ctx = _ctx(_gateway_site(), host)

    [finding] = _check("R8", ctx)

    assert finding.level is Level.ERROR
    assert "Debian GNU/Linux 12 (bookworm)" in finding.message
    assert finding.page is rules.Page.COMPUTER


@pytest.mark.parametrize(("product", "edition", "bits", "family"), [
    *(pytest.param(*p.values, 64, "windows", id=p.id) for p in _HOME + _TOO_OLD),
    *(pytest.param(p.values[0], p.values[1], 32, "windows", id=p.id)
      for p in _ONLY_64_BIT),
    *(pytest.param(*p.values, "windows", id=p.id) for p in _NEWER),
    pytest.param("Debian GNU/Linux 12", "", 64, "linux", id="linux"),
])
def test_r8_does_not_apply_to_the_imap_connector(
        product: str, edition: str, bits: int, family: str) -> None:
    ctx = _ctx(Site(kind=EX2016, um_users=50),
               _host(product, edition, bits, family=family))

    assert _check("R8", ctx) == []


# R9: the gateway is not the UM server

_R9 = {f"um01.{DOMAIN}": ("10.0.0.30",), "um01.elsewhere.example": ("10.9.0.20",),
       "localhost": ("127.0.0.1", "::1"), f"gw01.{DOMAIN}": (HOST_ADDRESS,),
       f"alias.{DOMAIN}": ("10.0.0.99", HOST_ADDRESS)}


@pytest.mark.parametrize(("um_server", "shown"), [
    pytest.param("GW01", ["GW01", f"gw01.{DOMAIN}"], id="short-name-any-case"),
    pytest.param(f"gw01.{DOMAIN}", [f"gw01.{DOMAIN}"], id="full-name"),
    pytest.param(f"gw01.{DOMAIN}.", [f"gw01.{DOMAIN}."], id="full-name-root-dot"),
    pytest.param(f"alias.{DOMAIN}", [f"alias.{DOMAIN}", HOST_ADDRESS],
                 id="resolves-to-an-own-address"),
    pytest.param(HOST_ADDRESS, [HOST_ADDRESS], id="own-ipv4-address"),
    pytest.param("FD00::20", ["FD00::20", "fd00::20"], id="own-ipv6-any-case"),
    pytest.param("localhost", ["localhost", "127.0.0.1"], id="localhost"),
])
def test_r9_um_server_that_is_this_computer_is_an_error_showing_both_values(
        um_server: str, shown: list[str]) -> None:
    ctx = _ctx(_gateway_site(um_server=um_server), _host(), _R9)

    [finding] = _check("R9", ctx)

    assert finding.level is Level.ERROR
    for value in shown:
        assert value in finding.message


@pytest.mark.parametrize("um_server", [
    pytest.param(f"um01.{DOMAIN}", id="other-computer"),
    pytest.param("um01.elsewhere.example", id="other-computer-other-domain"),
    pytest.param("gw01.elsewhere.example", id="same-short-name-other-domain"),
    pytest.param("10.0.0.30", id="other-address"),
    pytest.param("unresolved.example", id="does-not-resolve"),
])
def test_r9_a_different_computer_passes(um_server: str) -> None:
    addresses = {**_R9, "gw01.elsewhere.example": ("10.9.0.21",)}
    ctx = _ctx(_gateway_site(um_server=um_server), _host(), addresses)

    assert _check("R9", ctx) == []


def test_r9_compares_the_first_label_when_this_computers_full_name_is_unknown(
        ) -> None:
    host = _host(fqdn="gw01")
    ctx = _ctx(_gateway_site(um_server="gw01.corp.example.com"), host)

    [finding] = _check("R9", ctx)

    assert finding.level is Level.ERROR


def test_r9_does_not_apply_to_the_imap_connector() -> None:
    site = Site(kind=EX2016, um_users=50, um_server="gw01")

    assert _check("R9", _ctx(site, _host())) == []


# R10: one domain, different computers


def test_r10_a_computer_not_in_a_domain_is_an_error() -> None:
    ctx = _ctx(_gateway_site(), _host(domain=""))

    [finding] = _check("R10", ctx)

    assert finding.level is Level.ERROR
    assert "(gw01) is not joined" in finding.message


def test_r10_exchange_in_another_domain_is_an_error_showing_both_domains() -> None:
    site = _gateway_site(exchange_servers=[ExchangeServer("ex01.other.example")])
    ctx = _ctx(site, _host())

    [finding] = _check("R10", ctx)

    assert finding.level is Level.ERROR
    assert "ex01.other.example" in finding.message
    assert DOMAIN in finding.message


@pytest.mark.parametrize("server", [
    pytest.param(f"ex01.{DOMAIN}", id="full-name"),
    pytest.param(f"EX01.{DOMAIN.upper()}", id="any-case"),
    pytest.param(f"ex01.{DOMAIN}.", id="root-dot"),
    pytest.param(f"ex01.site1.{DOMAIN}", id="dns-subzone"),
])
def test_r10_exchange_in_the_same_domain_passes(server: str) -> None:
    site = _gateway_site(exchange_servers=[ExchangeServer(server, "2016")])

    assert _check("R10", _ctx(site, _host())) == []


@pytest.mark.parametrize("server", [
    pytest.param("10.0.0.10", id="ipv4"),
    pytest.param("[fd00::10]", id="ipv6"),
    pytest.param("ex01", id="short-name"),
])
def test_r10_exchange_given_by_address_or_short_name_is_a_warning(
        server: str) -> None:
    site = _gateway_site(exchange_servers=[ExchangeServer(server, "2016")])

    [finding] = _check("R10", _ctx(site, _host()))

    assert finding.level is Level.WARNING
    assert finding.key == f"R10:{server}"
    assert server in finding.message
    assert DOMAIN in finding.message


@pytest.mark.parametrize(("server", "addresses"), [
    pytest.param(f"gw01.{DOMAIN}", {}, id="by-name"),
    pytest.param(f"mail.{DOMAIN}", {f"mail.{DOMAIN}": (HOST_ADDRESS,)},
                 id="by-address"),
])
def test_r10_exchange_on_this_computer_is_an_error(
        server: str, addresses: dict[str, tuple[str, ...]]) -> None:
    site = _gateway_site(exchange_servers=[ExchangeServer(server, "2016")])

    found = _check("R10", _ctx(site, _host(), addresses))

    [finding] = found
    assert finding.level is Level.ERROR
    assert "different computers" in finding.message
    assert server in finding.message


def test_r10_checks_every_exchange_server() -> None:
    site = _gateway_site(exchange_servers=[
        ExchangeServer(f"ex01.{DOMAIN}", "2016"),
        ExchangeServer("ex02.other.example", "2016"),
        ExchangeServer("ex03", "2016")])

    found = _check("R10", _ctx(site, _host()))

    assert [(f.level, f.key) for f in found] == [
        (Level.ERROR, ""), (Level.WARNING, "R10:ex03")]


# R11, R13: information shown with the gateway


@pytest.mark.parametrize(("adapter", "shown"), [
    pytest.param(GATEWAY, True, id="gateway"),
    pytest.param(IMAP, False, id="imap"),
])
@pytest.mark.parametrize("rule", [pytest.param("R11", id="r11"),
                                  pytest.param("R13", id="r13")])
def test_gateway_information_only_for_the_gateway(
        rule: str, adapter: AdapterChoice, shown: bool) -> None:
    ctx = _ctx(Site(kind=EX2016, adapter=adapter))

    found = _check(rule, ctx)

    assert [f.level for f in found] == ([Level.INFO] if shown else [])


# R12: one Exchange version


def test_r12_two_versions_is_an_error_listing_both() -> None:
    site = _gateway_site(mail_servers=2, exchange_servers=[
        ExchangeServer(f"ex01.{DOMAIN}", "2013"),
        ExchangeServer(f"ex02.{DOMAIN}", "2016")])

    [finding] = [f for f in _check("R12", _ctx(site, _host()))
                 if "same Exchange version" in f.message]

    assert finding.level is Level.ERROR
    assert f"ex01.{DOMAIN} 2013" in finding.message
    assert f"ex02.{DOMAIN} 2016" in finding.message


@pytest.mark.parametrize("servers", [
    pytest.param([("ex01", "2016"), ("ex02", "2016")], id="equal-versions"),
    pytest.param([("ex01", "2016")], id="single-server"),
    pytest.param([("ex01", "")], id="single-server-unknown"),
    pytest.param([("ex01", "2016"), ("", "2013")], id="blank-row-ignored"),
])
def test_r12_equal_versions_pass(servers: list[tuple[str, str]]) -> None:
    site = _gateway_site(exchange_servers=[
        ExchangeServer(f"{h}.{DOMAIN}" if h else "", v) for h, v in servers])

    assert _check("R12", _ctx(site, _host())) == []


@pytest.mark.parametrize(("servers", "key"), [
    pytest.param([("ex01", "2016"), ("ex02", "")], f"R12:ex02.{DOMAIN}",
                 id="one-unknown"),
    pytest.param([("ex02", ""), ("ex01", "")], f"R12:ex01.{DOMAIN},ex02.{DOMAIN}",
                 id="all-unknown"),
])
def test_r12_unknown_versions_are_a_warning(
        servers: list[tuple[str, str]], key: str) -> None:
    site = _gateway_site(exchange_servers=[
        ExchangeServer(f"{h}.{DOMAIN}", v) for h, v in servers])

    [finding] = _check("R12", _ctx(site, _host()))

    assert finding.level is Level.WARNING
    assert finding.key == key


def test_r12_a_server_on_another_version_than_the_site_is_an_error() -> None:
    site = _gateway_site(exchange_servers=[ExchangeServer(f"ex01.{DOMAIN}", "2013")])

    [finding] = _check("R12", _ctx(site, _host()))

    assert finding.level is Level.ERROR
    assert "set up for Exchange 2016" in finding.message
    assert f"ex01.{DOMAIN} runs Exchange 2013" in finding.message


def test_r12_does_not_apply_to_the_imap_connector() -> None:
    site = _gateway_site(adapter=IMAP, um_users=50, exchange_servers=[
        ExchangeServer("ex01", "2013"), ExchangeServer("ex02", "2016")])

    assert _check("R12", _ctx(site, _host())) == []


# R14, AUTH, GATEWAY


@pytest.mark.parametrize(("kind", "shown"), [
    pytest.param(GOOGLE, True, id="google"),
    pytest.param(O365, True, id="office-365"),
    pytest.param(EX2016, False, id="exchange"),
])
def test_r14_hosted_mail_informs_about_delivery_delay(
        kind: ServerKind, shown: bool) -> None:
    ctx = _ctx(Site(kind=kind))

    found = _check("R14", ctx)

    assert [f.level for f in found] == ([Level.INFO] if shown else [])


@pytest.mark.parametrize(("kind", "adapter", "shown"), [
    pytest.param(O365, AUTO, True, id="office-365"),
    pytest.param(GOOGLE, IMAP, True, id="google"),
    pytest.param(EX2016, IMAP, False, id="exchange"),
    pytest.param(O365, GATEWAY, False, id="office-365-gateway-is-r6s-business"),
])
def test_auth_hosted_mail_on_the_imap_connector_explains_oauth(
        kind: ServerKind, adapter: AdapterChoice, shown: bool) -> None:
    ctx = _ctx(Site(kind=kind, adapter=adapter))

    found = _check("AUTH", ctx)

    assert [f.level for f in found] == ([Level.INFO] if shown else [])
    assert all("OAuth 2.0" in f.message for f in found)


@pytest.mark.parametrize(("site", "shown"), [
    pytest.param(Site(kind=EX2016, um_users=501), True, id="recommended-gateway"),
    pytest.param(Site(kind=EX2016, adapter=GATEWAY), True, id="forced-gateway"),
    pytest.param(Site(kind=GOOGLE, adapter=GATEWAY), True, id="forced-on-google"),
    pytest.param(Site(kind=EX2016, um_users=500), False, id="imap"),
])
def test_gateway_link_is_explained_whenever_the_gateway_is_the_adapter(
        site: Site, shown: bool) -> None:
    found = _check("GATEWAY", _ctx(site))

    assert [f.level for f in found] == ([Level.INFO] if shown else [])
    assert all("EWS" in f.message for f in found)


def test_gateway_refuses_an_unencrypted_ews_address() -> None:
    site = _gateway_site(exchange_servers=[
        ExchangeServer(f"ex01.{DOMAIN}", "2016", f"http://ex01.{DOMAIN}/EWS/"
                                                 "Exchange.asmx")])

    found = _check("GATEWAY", _ctx(site))

    errors = [f for f in found if f.level is Level.ERROR]
    assert len(errors) == 1 and "https" in errors[0].message, found
    assert errors[0].remedy


# evaluate, findings, blocking


def test_evaluate_puts_errors_first_then_warnings_then_information() -> None:
    ctx = _ctx(Site(kind=EX2019, um_users=2_501), _host())

    found = rules.evaluate(ctx)

    order = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}
    assert [order[f.level] for f in found] == sorted(order[f.level] for f in found)
    assert {f.level for f in found} == set(Level)


def test_evaluate_by_page_returns_only_that_pages_rules() -> None:
    ctx = _ctx(_gateway_site(), _host(domain=""))

    found = rules.evaluate(ctx, rules.Page.COMPUTER)

    assert {f.rule for f in found} == {"R10", "R13", "GATEWAY"}
    assert all(f.page is rules.Page.COMPUTER for f in found)


def test_findings_of_a_site_need_no_host() -> None:
    found = rules.findings(Site(kind=GOOGLE, um_users=2_501))

    assert {f.rule for f in found} == {"R4", "R14", "AUTH"}


_WARNING = Finding("R2", Level.WARNING, "m", "r", key="R2:exchange2019")
_ERROR = Finding("R4", Level.ERROR, "m", "r")
_INFO = Finding("R14", Level.INFO, "m")


@pytest.mark.parametrize(("found", "acknowledged", "blocks"), [
    pytest.param([_WARNING], [], [_WARNING], id="warning-blocks"),
    pytest.param([_WARNING], ["R2:exchange2019"], [], id="acknowledged-warning"),
    pytest.param([_WARNING], ["R2:exchangese", "R2"], [_WARNING],
                 id="unrelated-key-does-not-help"),
    pytest.param([_ERROR], ["R4", ""], [_ERROR], id="error-cannot-be-acknowledged"),
    pytest.param([_INFO], [], [], id="information-never-blocks"),
    pytest.param([_ERROR, _WARNING, _INFO], ["R2:exchange2019"], [_ERROR],
                 id="mixed"),
])
def test_blocking_keeps_errors_and_unacknowledged_warnings(
        found: list[Finding], acknowledged: list[str],
        blocks: list[Finding]) -> None:
    assert rules.blocking(found, acknowledged) == blocks


def test_acknowledging_every_key_leaves_only_errors() -> None:
    ctx = _ctx(_gateway_site(exchange_servers=[ExchangeServer("ex01", "")]),
               _host("Windows 11 Pro"))
    found = rules.evaluate(ctx)
    keys = [f.key for f in found if f.key]

    left = rules.blocking(found, keys)

    assert {f.rule for f in found if f.level is Level.WARNING} == {"R8", "R10"}
    assert left == [f for f in found if f.level is Level.ERROR]


# gather and resolve


def test_gather_resolves_the_compared_names_with_the_given_resolver() -> None:
    asked: list[str] = []

    def fake(name: str) -> tuple[str, ...]:
        asked.append(name)
        return (HOST_ADDRESS,) if name.startswith("um01") else ()

    dep = Deployment(site=_gateway_site(um_server=f" um01.{DOMAIN} "))
    ctx = rules.gather(dep, _host(), resolver=fake)

    assert sorted(asked) == sorted([f"um01.{DOMAIN}", f"ex01.{DOMAIN}"])
    assert ctx.addresses == {f"um01.{DOMAIN}": (HOST_ADDRESS,), f"ex01.{DOMAIN}": ()}
    assert [f.level for f in _check("R9", ctx)] == [Level.ERROR]


def test_gather_looks_names_up_side_by_side_and_stops_on_cancel() -> None:
    answer = threading.Event()
    started: list[str] = []

    def slow(name: str) -> tuple[str, ...]:
        started.append(name)
        answer.wait(10)
        return (HOST_ADDRESS,)

    dep = Deployment(site=_gateway_site(um_server=f"um01.{DOMAIN}"))
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    try:
        begun = time.monotonic()
        ctx = rules.gather(dep, _host(), resolver=slow, cancel=cancel)
        took = time.monotonic() - begun
    finally:
        answer.set()  # the lookups end, as a resolver's timeouts end them

    assert sorted(started) == sorted([f"um01.{DOMAIN}", f"ex01.{DOMAIN}"])
    assert took < 2.0, "gather waited for the lookups despite the cancel"
    assert ctx.addresses == {f"um01.{DOMAIN}": (), f"ex01.{DOMAIN}": ()}


def test_gather_passes_a_resolvers_error_on() -> None:
    def broken(name: str) -> tuple[str, ...]:
        raise RuntimeError(f"no resolver for {name}")

    dep = Deployment(site=_gateway_site())
    with pytest.raises(RuntimeError, match="no resolver"):
        rules.gather(dep, _host(), resolver=broken)


def test_gather_resolves_nothing_for_the_imap_connector() -> None:
    def fail(name: str) -> tuple[str, ...]:
        raise AssertionError(f"resolved {name}")

    dep = Deployment(site=_gateway_site(um_users=50))
    ctx = rules.gather(dep, _host(), resolver=fail)

    assert ctx.addresses == {}


@pytest.mark.parametrize("name", ["ex01..corp.test", "a" * 64 + ".corp.test"])
def test_a_name_dns_cannot_carry_does_not_resolve(
        name: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Refused before any query is sent (an empty or over-long label).
    assert rules.resolve(name) == ()
    assert "Traceback" not in capsys.readouterr().err


def test_resolve_returns_an_address_literal_unchanged() -> None:
    assert rules.resolve("127.0.0.1") == ("127.0.0.1",)


# report


def test_report_has_the_documented_shape() -> None:
    host = _host("Windows 11 Pro")
    ctx = _ctx(_gateway_site(), host, acknowledged=["R8:Windows 11 Pro:64"])

    data = rules.report(ctx)

    assert set(data) == {"adapter", "host", "findings", "errors",
                         "unacknowledged_warnings", "passed"}
    assert data["adapter"] == {"recommended": "gateway",
                               "reason": rules.recommend(ctx.site).reason,
                               "chosen": "auto", "effective": "gateway"}
    assert data["host"]["product"] == "Windows 11 Pro"
    assert data["host"]["addresses"] == [HOST_ADDRESS, "fd00::20"]
    r8 = next(f for f in data["findings"] if f["rule"] == "R8")
    assert r8["acknowledged"] is True
    assert r8["level"] == "warning"
    assert data["unacknowledged_warnings"] == 0
    assert data["errors"] == 0
    assert data["passed"] is True


def test_report_without_host_facts_passes_a_small_exchange_site() -> None:
    data = rules.report(_ctx(Site(kind=EX2016, um_users=50)))

    assert data["host"] is None
    assert data["errors"] == 0
    assert data["passed"] is True


# Properties over random deployments

_NAMES = ["gw01", f"gw01.{DOMAIN}", f"um01.{DOMAIN}", f"ex01.{DOMAIN}",
          "ex02.other.example", "10.0.0.20", "10.0.0.30", "ex03", "localhost", ""]
_PRODUCTS = ["Windows 7 Professional", "Windows 7 Home Premium", "Windows 8 Pro",
             "Windows 8.1 Pro", "Windows 10 Pro", "Windows 10 Home",
             "Windows 11 Pro", "Windows XP Professional", "Windows",
             "Windows Server 2008", "Windows Server 2008 R2 Standard",
             "Windows Server 2012 Standard", "Windows Server 2012 R2 Standard",
             "Windows Server 2016 Standard", "Windows Server 2025 Datacenter"]

_sites = st.builds(
    Site,
    kind=st.sampled_from(ServerKind),
    um_users=st.integers(1, 10_000),
    mail_servers=st.integers(1, 5),
    clustered=st.booleans(),
    adapter=st.sampled_from(AdapterChoice),
    um_server=st.sampled_from(_NAMES),
    exchange_servers=st.lists(st.builds(
        ExchangeServer, host=st.sampled_from(_NAMES),
        version=st.sampled_from(["", "2013", "2016", "2019", "SE"])), max_size=3),
)
_windows_hosts = st.builds(
    HostFacts, family=st.just("windows"), product=st.sampled_from(_PRODUCTS),
    edition=st.sampled_from(["", "Professional", "Core", "ServerStandard"]),
    bits=st.sampled_from([32, 64]),
    computer_name=st.sampled_from(["gw01", "um01", ""]),
    fqdn=st.sampled_from([f"gw01.{DOMAIN}", "gw01", ""]),
    domain=st.sampled_from([DOMAIN, ""]),
    addresses=st.lists(st.sampled_from([HOST_ADDRESS, "fd00::20", "10.0.0.30"]),
                       unique=True).map(tuple),
)
_linux_hosts = st.builds(HostFacts, family=st.just("linux"),
                         product=st.just("Debian GNU/Linux 12"),
                         computer_name=st.just("vm"))
_hosts = st.none() | _windows_hosts | _linux_hosts
_addresses = st.dictionaries(
    st.sampled_from(_NAMES),
    st.lists(st.sampled_from([HOST_ADDRESS, "10.0.0.30", "127.0.0.1", "::1"]),
             max_size=2).map(tuple))


@settings(max_examples=300, deadline=None)
@given(site=_sites, host=_hosts, addresses=_addresses)
def test_property_every_error_has_a_remedy(
        site: Site, host: HostFacts | None,
        addresses: dict[str, tuple[str, ...]]) -> None:
    found = rules.evaluate(_ctx(site, host, addresses))

    errors = [f for f in found if f.level is Level.ERROR]
    assert errors == [] or len(errors) >= 1
    assert all(f.remedy.strip() for f in errors)
    assert all(f.key for f in found if f.level is Level.WARNING)
    assert {f.rule for f in found} <= {r.id for r in rules.RULES}


@settings(max_examples=300, deadline=None)
@given(site=_sites, host=_hosts, addresses=_addresses,
       more=st.integers(1, 10_000))
def test_property_more_users_never_turn_an_error_into_a_pass(
        site: Site, host: HostFacts | None,
        addresses: dict[str, tuple[str, ...]], more: int) -> None:
    bigger = replace(site, um_users=site.um_users + more)

    before = rules.blocking(rules.evaluate(_ctx(site, host, addresses)), [])
    after = rules.blocking(rules.evaluate(_ctx(bigger, host, addresses)), [])

    assert {f.rule for f in before} <= {f.rule for f in after}
    capacity = {"R4", "R7"}
    assert {f.rule for f in before} & capacity <= {f.rule for f in after}


@settings(max_examples=300, deadline=None)
@given(site=_sites)
def test_property_recommend_always_gives_a_reason_about_this_site(
        site: Site) -> None:
    advice = rules.recommend(site)

    assert (f"{site.um_users:,}" in advice.reason
            or str(site.mail_servers) in advice.reason
            or site.kind.label.split(" (")[0] in advice.reason)
    if site.kind.on_premises and site.mail_servers >= 2:
        assert f"{site.mail_servers} Exchange servers" in advice.reason
    elif site.kind.on_premises:
        assert f"{site.um_users:,} UM users" in advice.reason


@settings(max_examples=200, deadline=None)
@given(site=_sites, host=_hosts, addresses=_addresses, data=st.data())
def test_property_report_is_json_and_its_counts_match_its_findings(
        site: Site, host: HostFacts | None,
        addresses: dict[str, tuple[str, ...]], data: st.DataObject) -> None:
    keys = sorted({f.key for f in rules.evaluate(_ctx(site, host, addresses))
                   if f.key})
    acknowledged = data.draw(st.lists(st.sampled_from(keys), unique=True)
                             if keys else st.just([]))

    report = rules.report(_ctx(site, host, addresses, acknowledged))

    again = json.loads(json.dumps(report))
    assert again == report
    listed = report["findings"]
    errors = sum(f["level"] == "error" for f in listed)
    open_warnings = sum(f["level"] == "warning" and not f["acknowledged"]
                        for f in listed)
    assert report["errors"] == errors
    assert report["unacknowledged_warnings"] == open_warnings
    assert report["passed"] is (errors == 0 and open_warnings == 0)
    assert all(f["acknowledged"] == (f["key"] in acknowledged) for f in listed)
