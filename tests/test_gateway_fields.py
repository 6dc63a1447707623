"""The gateway's settings: field checks, the configuration file, versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchangelib.version import Build

from app import config
from app.ews import choose_auth, product_of
from app.model import (
    AdapterChoice,
    Deployment,
    EwsAuth,
    ExchangeServer,
    GatewayOptions,
    Site,
    Superuser,
    check,
    check_gateway,
    is_ews_url,
)


def gateway_dep(login: str = "EXAMPLE\\NPUMAdmin", url: str = "",
                **options: str) -> Deployment:
    """A gateway deployment with one Exchange server."""
    return Deployment(
        site=Site(um_users=800, adapter=AdapterChoice.EXCHANGE_GATEWAY,
                  um_server="um01.example.com",
                  exchange_servers=[ExchangeServer("ex01.example.com", "2016", url)]),
        superuser=Superuser(login=login), gateway=GatewayOptions(**options))


@pytest.mark.parametrize(("text", "valid"), [
    ("https://ex01.example.com/EWS/Exchange.asmx", True),
    ("https://127.0.0.1:8443/EWS/Exchange.asmx", True),
    ("https://[fd00::5]/EWS/Exchange.asmx", True),
    ("http://ex01.example.com/EWS/Exchange.asmx", False),
    ("ex01.example.com", False),
    ("https://ex 01/EWS", False),
])
def test_ews_addresses_must_be_https(text: str, valid: bool) -> None:
    assert is_ews_url(text) is valid


@pytest.mark.parametrize(("login", "ok"), [
    ("EXAMPLE\\NPUMAdmin", True), ("npumadmin@example.com", True),
    ("npumadmin", False), ("EXAMPLE\\NPUM\\Admin", False), ("a@b", False),
])
def test_the_superuser_is_a_down_level_name_or_a_upn(login: str, ok: bool) -> None:
    problems = check_gateway(gateway_dep(login))

    assert (not problems) is ok, problems
    if not ok:
        assert problems[0].field == "superuser.login"
        assert "EXAMPLE\\NPUMAdmin" in problems[0].fix


def test_bad_gateway_fields_name_the_field_and_the_fix(tmp_path: Path) -> None:
    dep = gateway_dep(url="http://ex01/EWS", autodiscover_url="autodiscover",
                      ca_file=str(tmp_path / "missing.pem"))

    problems = {p.field: p for p in check(dep, gateway=True)}

    assert set(problems) - {"users", "service.spool"} == {
        "site.exchange_servers[0].ews_url", "gateway.autodiscover_url",
        "gateway.ca_file"}
    assert "https://" in problems["site.exchange_servers[0].ews_url"].fix
    assert "does not exist" in problems["gateway.ca_file"].message


def test_a_gateway_deployment_needs_no_imap_server() -> None:
    dep = gateway_dep(url="https://ex01.example.com/EWS/Exchange.asmx")

    assert [p.field for p in check(dep, gateway=True)] == ["users",
                                                          "service.spool"]
    assert "server.host" in [p.field for p in check(dep)]


def test_gateway_settings_survive_the_configuration_file(tmp_path: Path) -> None:
    dep = gateway_dep(url="https://ex01.example.com/EWS/Exchange.asmx",
                      autodiscover_url="https://ad.example.com/autodiscover/"
                                       "autodiscover.xml")
    dep.gateway.auth = EwsAuth.BASIC
    path = tmp_path / "umconnect.toml"

    config.save(dep, path)
    again = config.load(path)

    assert again.gateway == dep.gateway
    assert again.site.exchange_servers == dep.site.exchange_servers
    assert 'auth = "basic"' in path.read_text()


def test_an_unknown_sign_in_method_is_refused_with_the_choices(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    path.write_text('[gateway]\nauth = "kerberos"\n', encoding="utf-8")

    with pytest.raises(config.ConfigError) as caught:
        config.load(path)

    assert "gateway.auth is 'kerberos'; use one of: auto, ntlm, basic." \
        in str(caught.value)


@pytest.mark.parametrize(("build", "product"), [
    (Build(14, 3, 513), "2010"), (Build(15, 0, 1497), "2013"),
    (Build(15, 1, 2507), "2016"), (Build(15, 2, 1544), "2019"),
    (Build(15, 2, 2562), "SE"), (Build(8, 3, 1), ""),
])
def test_products_are_read_from_the_build(build: Build, product: str) -> None:
    assert product_of(build) == product


@pytest.mark.parametrize(("wanted", "offered", "chosen", "warns"), [
    (EwsAuth.AUTO, ["Negotiate", "NTLM", "Basic"], "NTLM", False),
    (EwsAuth.AUTO, ["Negotiate"], "NTLM", False),
    (EwsAuth.AUTO, ["Basic"], "basic", True),
    (EwsAuth.BASIC, ["NTLM", "Basic"], "basic", False),
])
def test_the_sign_in_follows_what_the_server_offers(
        wanted: EwsAuth, offered: list[str], chosen: str, warns: bool) -> None:
    auth, warning = choose_auth(wanted, offered)

    assert auth == chosen
    assert bool(warning) is warns
