"""Facts about this computer: operating system, bitness, domain, names, addresses.

The deployment rules need to know what the gateway would run on. One
interface, :func:`read_facts`, picks the provider for the running system;
tests build :class:`HostFacts` directly. The Windows provider reads the
registry and asks Windows through ctypes; its parsing is kept in pure
functions so recorded values can be tested anywhere.
"""

from __future__ import annotations

import ctypes
import json
import logging
import platform
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HostFacts:
    """What the rules know about a computer."""

    family: str                    # "windows", "linux", "darwin", …
    product: str                   # "Windows 10 Pro", "Debian GNU/Linux 12"
    edition: str = ""              # Windows EditionID: "Professional", "ServerStandard"
    build: int = 0                 # Windows build number (0 elsewhere)
    server: bool = False           # a server edition of Windows
    bits: int = 64
    computer_name: str = ""        # short name, as on the network
    fqdn: str = ""
    domain: str = ""               # joined AD domain (DNS form), "" if none
    netbios_domain: str = ""
    addresses: tuple[str, ...] = field(default_factory=tuple)

    @property
    def names(self) -> set[str]:
        """Every name this computer answers to, lower case."""
        names = {n.lower() for n in (self.computer_name, self.fqdn) if n}
        names |= {n.split(".", 1)[0] for n in names}
        return names


# Windows: registry values → product name


#: Server builds whose registry ProductName is sometimes missing or generic.
_SERVER_BUILDS = {7600: "Windows Server 2008 R2", 7601: "Windows Server 2008 R2",
                  9200: "Windows Server 2012", 9600: "Windows Server 2012 R2",
                  14393: "Windows Server 2016", 17763: "Windows Server 2019",
                  20348: "Windows Server 2022", 26100: "Windows Server 2025"}
#: The first build of Windows 11, which still calls itself "Windows 10" in
#: the registry's ProductName.
WINDOWS_11_BUILD = 22000


def windows_product(values: Mapping[str, object]) -> tuple[str, str, int, bool]:
    """(product, edition, build, is_server) from ``CurrentVersion`` values."""
    name = str(values.get("ProductName", "") or "Windows")
    edition = str(values.get("EditionID", "") or "")
    try:
        build = int(str(values.get("CurrentBuildNumber", values.get(
            "CurrentBuild", "0"))))
    except ValueError:
        build = 0
    installation = str(values.get("InstallationType", "") or "")
    server = installation.lower().startswith("server") or "server" in name.lower() or \
        edition.lower().startswith("server")
    if not server and build >= WINDOWS_11_BUILD:
        name = name.replace("Windows 10", "Windows 11")
    if server and "Server" not in name and build in _SERVER_BUILDS:
        name = _SERVER_BUILDS[build]
    return name, edition, build, server


def windows_bits(machine: str, env: Mapping[str, str]) -> int:
    """32 or 64: the operating system's width, even from a 32-bit Python."""
    # A 32-bit process on 64-bit Windows sees PROCESSOR_ARCHITECTURE=x86 and
    # the real one in PROCESSOR_ARCHITEW6432.
    arch = (env.get("PROCESSOR_ARCHITEW6432") or env.get("PROCESSOR_ARCHITECTURE")
            or machine).upper()
    return 64 if arch in ("AMD64", "ARM64", "IA64", "X86_64", "AARCH64") else 32


def _read_windows_registry() -> dict[str, object]:  # pragma: no cover - Windows
    if sys.platform != "win32":
        raise OSError("the Windows registry exists only on Windows")
    import winreg  # noqa: PLC0415 - exists only on Windows

    values: dict[str, object] = {}
    key_path = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion"
    flags = winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0)
    with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_path, 0, flags) as key:
        for name in ("ProductName", "EditionID", "CurrentBuildNumber",
                     "CurrentBuild", "InstallationType", "DisplayVersion"):
            try:
                values[name] = winreg.QueryValueEx(key, name)[0]
            except OSError:
                continue
    return values


# GetComputerNameExW name types (COMPUTER_NAME_FORMAT).
_NAME_DNS_HOSTNAME = 1
_NAME_DNS_DOMAIN = 2
_NAME_DNS_FQDN = 3
# NetGetJoinInformation status: joined to a domain.
_NET_SETUP_DOMAIN_NAME = 3


def _computer_name(kind: int) -> str:  # pragma: no cover - Windows
    if sys.platform != "win32":
        raise OSError("GetComputerNameExW exists only on Windows")
    size = ctypes.c_ulong(0)
    kernel32 = ctypes.windll.kernel32
    kernel32.GetComputerNameExW(kind, None, ctypes.byref(size))
    buffer = ctypes.create_unicode_buffer(size.value + 1)
    if not kernel32.GetComputerNameExW(kind, buffer, ctypes.byref(size)):
        return ""
    return str(buffer.value)


def _netbios_domain() -> str:  # pragma: no cover - Windows
    if sys.platform != "win32":
        raise OSError("NetGetJoinInformation exists only on Windows")
    netapi32 = ctypes.windll.netapi32
    name = ctypes.c_wchar_p()
    status = ctypes.c_int(0)
    if netapi32.NetGetJoinInformation(None, ctypes.byref(name), ctypes.byref(status)):
        return ""
    try:
        return str(name.value) if status.value == _NET_SETUP_DOMAIN_NAME else ""
    finally:
        netapi32.NetApiBufferFree(name)


def read_windows() -> HostFacts:  # pragma: no cover - Windows
    """Facts from the Windows registry and the Win32 API."""
    import os  # noqa: PLC0415

    product, edition, build, server = windows_product(_read_windows_registry())
    netbios = _netbios_domain()
    return HostFacts(
        family="windows", product=product, edition=edition, build=build,
        server=server, bits=windows_bits(platform.machine(), os.environ),
        computer_name=_computer_name(_NAME_DNS_HOSTNAME),
        fqdn=_computer_name(_NAME_DNS_FQDN),
        domain=_computer_name(_NAME_DNS_DOMAIN) if netbios else "",
        netbios_domain=netbios, addresses=own_addresses())


# Linux


def parse_os_release(text: str) -> str:
    """PRETTY_NAME (or NAME) from an ``/etc/os-release`` text."""
    fields = {key: value for key, _quote, value in re.findall(
        r"""^([A-Z0-9_]+)=(["']?)(.*?)\2\s*$""", text, flags=re.MULTILINE)}
    return fields.get("PRETTY_NAME") or fields.get("NAME") or "Linux"


def parse_realm_list(text: str) -> str:
    """The joined domain from ``realm list`` output, "" if none."""
    match = re.search(r"^\s*domain-name:\s*(\S+)", text, flags=re.MULTILINE)
    return match.group(1).lower() if match else ""


def parse_ip_json(text: str) -> tuple[str, ...]:
    """Addresses from ``ip -j addr``, loopback and link-local left out."""
    found: list[str] = []
    try:
        links = json.loads(text)
    except ValueError:
        return ()
    for link in links if isinstance(links, list) else []:
        for info in link.get("addr_info", []):
            address = str(info.get("local", ""))
            if not address or info.get("scope") in ("host", "link"):
                continue
            found.append(address)
    return tuple(found)


def _run(argv: list[str]) -> str:
    if shutil.which(argv[0]) is None:
        return ""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=5,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def own_addresses() -> tuple[str, ...]:
    """This computer's addresses (no loopback), from its network interfaces.

    Without the ``ip`` tool (Windows, minimal systems) the computer's own name
    is looked up instead, which the local name service usually answers.
    """
    listed = parse_ip_json(_run(["ip", "-j", "addr"]))
    if listed:
        return listed
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None)
    except OSError:
        return ()
    return tuple(dict.fromkeys(
        str(i[4][0]) for i in infos if not str(i[4][0]).startswith(("127.", "::1"))))


def read_linux() -> HostFacts:
    """Facts from os-release, the kernel and the local network set-up."""
    try:
        product = parse_os_release(Path("/etc/os-release").read_text())
    except OSError:
        product = "Linux"
    hostname = socket.gethostname()
    domain = parse_realm_list(_run(["realm", "list"]))
    # Built from what is configured here rather than looked up, so reading
    # the facts never sends a DNS query.
    fqdn = hostname if "." in hostname or not domain else f"{hostname}.{domain}"
    bits = 64 if sys.maxsize > 2**32 or platform.machine().endswith("64") else 32
    return HostFacts(family="linux", product=product, bits=bits,
                     computer_name=hostname.split(".", 1)[0], fqdn=fqdn,
                     domain=domain, addresses=own_addresses())


def read_facts() -> HostFacts:
    """Facts about the computer this runs on."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        return read_windows()
    if sys.platform.startswith("linux"):
        return read_linux()
    return HostFacts(family=sys.platform, product=platform.platform(),
                     computer_name=socket.gethostname(), addresses=own_addresses())
