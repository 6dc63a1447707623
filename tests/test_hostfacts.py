"""Tests for the facts about this computer (app.hostfacts).

The Windows parsing runs on recorded registry values, so it is tested on any
system; the Linux provider is tested on recorded command output and, once,
on the computer running the suite.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Callable

import pytest

from app import hostfacts
from app.hostfacts import (
    HostFacts,
    parse_ip_json,
    parse_os_release,
    parse_realm_list,
    windows_bits,
    windows_product,
)

_on_linux = pytest.mark.skipif(not sys.platform.startswith("linux"),
                               reason="reads this Linux computer")
_not_windows = pytest.mark.skipif(sys.platform == "win32",
                                  reason="checks the behaviour off Windows")

# Values of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion, as read by
# _read_windows_registry on real installations.
WIN7_PRO = {"ProductName": "Windows 7 Professional", "EditionID": "Professional",
            "CurrentBuildNumber": "7601", "CurrentBuild": "7601",
            "InstallationType": "Client"}
WIN10_PRO = {"ProductName": "Windows 10 Pro", "EditionID": "Professional",
             "CurrentBuildNumber": "19045", "CurrentBuild": "19045",
             "InstallationType": "Client", "DisplayVersion": "22H2"}
WIN11_PRO = {"ProductName": "Windows 10 Pro", "EditionID": "Professional",
             "CurrentBuildNumber": "22631", "CurrentBuild": "22631",
             "InstallationType": "Client", "DisplayVersion": "23H2"}
SERVER_2012_R2 = {"ProductName": "Windows Server 2012 R2 Standard",
                  "EditionID": "ServerStandard", "CurrentBuildNumber": "9600",
                  "CurrentBuild": "9600", "InstallationType": "Server"}
SERVER_2019 = {"ProductName": "Windows Server 2019 Standard",
               "EditionID": "ServerStandard", "CurrentBuildNumber": "17763",
               "CurrentBuild": "17763", "InstallationType": "Server"}
SERVER_2022 = {"ProductName": "Windows Server 2022 Datacenter",
               "EditionID": "ServerDatacenter", "CurrentBuildNumber": "20348",
               "CurrentBuild": "20348", "InstallationType": "Server",
               "DisplayVersion": "21H2"}
SERVER_2025 = {"ProductName": "Windows Server 2025 Standard",
               "EditionID": "ServerStandard", "CurrentBuildNumber": "26100",
               "InstallationType": "Server", "DisplayVersion": "24H2"}
SERVER_CORE = {"ProductName": "Windows Server 2019 Datacenter",
               "EditionID": "ServerDatacenter", "CurrentBuildNumber": "17763",
               "InstallationType": "Server Core"}


@pytest.mark.parametrize(("values", "expected"), [
    pytest.param(WIN7_PRO, ("Windows 7 Professional", "Professional", 7601, False),
                 id="windows-7-professional"),
    pytest.param(WIN10_PRO, ("Windows 10 Pro", "Professional", 19045, False),
                 id="windows-10-pro"),
    pytest.param(WIN11_PRO, ("Windows 11 Pro", "Professional", 22631, False),
                 id="windows-11-pro-calling-itself-10"),
    pytest.param(SERVER_2012_R2,
                 ("Windows Server 2012 R2 Standard", "ServerStandard", 9600, True),
                 id="server-2012-r2-standard"),
    pytest.param(SERVER_2019,
                 ("Windows Server 2019 Standard", "ServerStandard", 17763, True),
                 id="server-2019"),
    pytest.param(SERVER_2022,
                 ("Windows Server 2022 Datacenter", "ServerDatacenter", 20348, True),
                 id="server-2022"),
    pytest.param(SERVER_2025,
                 ("Windows Server 2025 Standard", "ServerStandard", 26100, True),
                 id="server-2025-is-not-windows-11"),
    pytest.param(SERVER_CORE,
                 ("Windows Server 2019 Datacenter", "ServerDatacenter", 17763, True),
                 id="server-core"),
])
def test_windows_product_from_recorded_registry_values(
        values: dict[str, str], expected: tuple[str, str, int, bool]) -> None:
    assert windows_product(values) == expected


@pytest.mark.parametrize(("values", "expected"), [
    pytest.param({"EditionID": "Professional", "CurrentBuildNumber": "19045"},
                 ("Windows", "Professional", 19045, False), id="client"),
    pytest.param({"ProductName": "", "EditionID": "ServerStandard",
                  "CurrentBuildNumber": "9600", "InstallationType": "Server"},
                 ("Windows Server 2012 R2", "ServerStandard", 9600, True),
                 id="server-named-by-build"),
    pytest.param({"CurrentBuildNumber": "17763", "InstallationType": "Server Core"},
                 ("Windows Server 2019", "", 17763, True), id="server-core-by-build"),
    pytest.param({"InstallationType": "Server", "CurrentBuildNumber": "12345"},
                 ("Windows", "", 12345, True), id="server-unknown-build"),
    pytest.param({}, ("Windows", "", 0, False), id="nothing-at-all"),
])
def test_windows_product_without_a_product_name(
        values: dict[str, str], expected: tuple[str, str, int, bool]) -> None:
    assert windows_product(values) == expected


@pytest.mark.parametrize(("values", "build"), [
    pytest.param({"CurrentBuild": "19045"}, 19045, id="only-current-build"),
    pytest.param({"CurrentBuildNumber": "22631", "CurrentBuild": "1"}, 22631,
                 id="build-number-wins"),
    pytest.param({"CurrentBuildNumber": "not a number"}, 0, id="garbage"),
])
def test_windows_product_reads_the_build(values: dict[str, str], build: int) -> None:
    _name, _edition, found, _server = windows_product(
        {"ProductName": "Windows 10 Pro", **values})

    assert found == build


def test_windows_product_renames_every_windows_10_edition_from_build_22000() -> None:
    values = {"ProductName": "Windows 10 Enterprise", "CurrentBuildNumber": "22000"}

    assert windows_product(values)[0] == "Windows 11 Enterprise"


@pytest.mark.parametrize(("machine", "env", "bits"), [
    pytest.param("AMD64", {"PROCESSOR_ARCHITECTURE": "AMD64"}, 64,
                 id="64-bit-python"),
    pytest.param("x86", {"PROCESSOR_ARCHITECTURE": "x86",
                         "PROCESSOR_ARCHITEW6432": "AMD64"}, 64,
                 id="32-bit-python-on-64-bit-windows"),
    pytest.param("x86", {"PROCESSOR_ARCHITECTURE": "x86"}, 32, id="32-bit-windows"),
    pytest.param("ARM64", {"PROCESSOR_ARCHITECTURE": "ARM64"}, 64, id="arm64"),
    pytest.param("x86", {"PROCESSOR_ARCHITECTURE": "x86",
                         "PROCESSOR_ARCHITEW6432": "ARM64"}, 64,
                 id="32-bit-python-on-arm64"),
    pytest.param("AMD64", {}, 64, id="no-environment-uses-machine"),
    pytest.param("x86", {}, 32, id="no-environment-32-bit-machine"),
])
def test_windows_bits(machine: str, env: dict[str, str], bits: int) -> None:
    assert windows_bits(machine, env) == bits


DEBIAN_OS_RELEASE = """\
PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
"""


@pytest.mark.parametrize(("text", "product"), [
    pytest.param(DEBIAN_OS_RELEASE, "Debian GNU/Linux 12 (bookworm)", id="debian"),
    pytest.param('NAME="Fedora Linux"\nVERSION_ID=40\n', "Fedora Linux",
                 id="name-only"),
    pytest.param("NAME=Alpine\n", "Alpine", id="unquoted"),
    pytest.param("PRETTY_NAME='Example Linux 1.0'\n", "Example Linux 1.0",
                 id="single-quoted"),
    pytest.param("# a comment\n\n", "Linux", id="nothing-useful"),
    pytest.param("", "Linux", id="empty"),
])
def test_parse_os_release(text: str, product: str) -> None:
    assert parse_os_release(text) == product


REALM_LIST = """\
corp.example.com
  type: kerberos
  realm-name: CORP.EXAMPLE.COM
  domain-name: corp.example.com
  configured: kerberos-member
  server-software: active-directory
  client-software: sssd
  required-package: sssd-tools
  required-package: sssd
  login-formats: %U@corp.example.com
  login-policy: allow-realm-logins
"""


@pytest.mark.parametrize(("text", "domain"), [
    pytest.param(REALM_LIST, "corp.example.com", id="joined"),
    pytest.param(REALM_LIST.replace("domain-name: corp", "domain-name: CORP"),
                 "corp.example.com", id="lower-cased"),
    pytest.param("", "", id="not-joined"),
])
def test_parse_realm_list(text: str, domain: str) -> None:
    assert parse_realm_list(text) == domain


IP_ADDR = [
    {"ifindex": 1, "ifname": "lo", "flags": ["LOOPBACK", "UP", "LOWER_UP"],
     "link_type": "loopback", "addr_info": [
         {"family": "inet", "local": "127.0.0.1", "prefixlen": 8, "scope": "host",
          "label": "lo"},
         {"family": "inet6", "local": "::1", "prefixlen": 128, "scope": "host"}]},
    {"ifindex": 2, "ifname": "eth0", "flags": ["BROADCAST", "MULTICAST", "UP"],
     "link_type": "ether", "addr_info": [
         {"family": "inet", "local": "192.0.2.10", "prefixlen": 24,
          "broadcast": "192.0.2.255", "scope": "global", "label": "eth0"},
         {"family": "inet", "local": "169.254.7.7", "prefixlen": 16,
          "scope": "link", "label": "eth0"},
         {"family": "inet6", "local": "2001:db8::10", "prefixlen": 64,
          "scope": "global"},
         {"family": "inet6", "local": "fe80::5054:ff:fe12:3456", "prefixlen": 64,
          "scope": "link"}]},
    {"ifindex": 3, "ifname": "eth1", "flags": ["BROADCAST", "NOARP"],
     "link_type": "ether", "addr_info": []},
]


@pytest.mark.parametrize(("text", "addresses"), [
    pytest.param(json.dumps(IP_ADDR), ("192.0.2.10", "2001:db8::10"),
                 id="global-only"),
    pytest.param("[]", (), id="no-links"),
    pytest.param("", (), id="no-output"),
    pytest.param("{not json", (), id="not-json"),
    pytest.param('{"addr_info": []}', (), id="not-a-list"),
])
def test_parse_ip_json(text: str, addresses: tuple[str, ...]) -> None:
    assert parse_ip_json(text) == addresses


@pytest.mark.parametrize(("facts", "names"), [
    pytest.param(HostFacts("windows", "Windows 10 Pro", computer_name="GW01",
                           fqdn="GW01.Corp.Example.com"),
                 {"gw01", "gw01.corp.example.com"}, id="short-and-full"),
    pytest.param(HostFacts("linux", "Debian", computer_name="vm", fqdn="vm"),
                 {"vm"}, id="no-domain"),
    pytest.param(HostFacts("linux", "Debian", fqdn="db1.example.org"),
                 {"db1", "db1.example.org"}, id="full-name-only"),
    pytest.param(HostFacts("linux", "Debian"), set(), id="none"),
])
def test_hostfacts_names_are_every_name_in_lower_case(
        facts: HostFacts, names: set[str]) -> None:
    assert facts.names == names


def _fake_run(outputs: dict[str, str]) -> Callable[[list[str]], str]:
    """A stand-in for ``_run`` that answers per program with recorded output."""
    def run(argv: list[str]) -> str:
        return outputs.get(argv[0], "")
    return run


def test_read_linux_builds_the_full_name_from_the_joined_domain(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hostfacts, "_run", _fake_run(
        {"realm": REALM_LIST, "ip": json.dumps(IP_ADDR)}))
    monkeypatch.setattr(hostfacts.socket, "gethostname", lambda: "gw01")

    facts = hostfacts.read_linux()

    assert facts.family == "linux"
    assert facts.computer_name == "gw01"
    assert facts.fqdn == "gw01.corp.example.com"
    assert facts.domain == "corp.example.com"
    assert facts.addresses == ("192.0.2.10", "2001:db8::10")


def test_own_addresses_without_ip_leave_out_loopback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    infos = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, 0))
             for address in ("127.0.1.1", "10.0.0.5", "10.0.0.5")]
    infos.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", 0, 0, 0)))
    monkeypatch.setattr(hostfacts, "_run", _fake_run({}))
    monkeypatch.setattr(hostfacts.socket, "gethostname", lambda: "gw01")
    monkeypatch.setattr(hostfacts.socket, "getaddrinfo", lambda *_a, **_k: infos)

    assert hostfacts.own_addresses() == ("10.0.0.5",)


def test_own_addresses_when_nothing_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise socket.gaierror("no such name")

    monkeypatch.setattr(hostfacts, "_run", _fake_run({}))
    monkeypatch.setattr(hostfacts.socket, "getaddrinfo", fail)

    assert hostfacts.own_addresses() == ()


def test_run_returns_nothing_for_a_missing_program() -> None:
    assert hostfacts._run(["umconnect-no-such-program-here"]) == ""


@_on_linux
def test_read_facts_on_this_linux_computer() -> None:
    facts = hostfacts.read_facts()

    assert facts.family == "linux"
    assert facts.product
    assert facts.bits in (32, 64)
    assert facts.computer_name == socket.gethostname().split(".", 1)[0]
    assert not [a for a in facts.addresses if a.startswith("127.") or a == "::1"]


@_not_windows
def test_the_module_imports_without_windows() -> None:
    code = "import app.hostfacts as h; print(h.read_facts().family)"

    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, timeout=60, check=False)

    family = "linux" if sys.platform.startswith("linux") else sys.platform
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == family


@_not_windows
@pytest.mark.parametrize("call", [
    pytest.param(hostfacts.read_windows, id="read_windows"),
    pytest.param(hostfacts._read_windows_registry, id="registry"),
    pytest.param(lambda: hostfacts._computer_name(1), id="computer-name"),
    pytest.param(hostfacts._netbios_domain, id="netbios-domain"),
])
def test_windows_readers_raise_oserror_off_windows(call: Callable[[], object]) -> None:
    with pytest.raises(OSError, match="only on Windows"):
        call()
