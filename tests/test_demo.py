"""Tests for the wizard's built-in demo mail server (app.demo)."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, LoginError

from app.certs import cert_fingerprint
from app.demo import DemoServer, DemoStartError, DemoUnavailable

ROOT = Path(__file__).resolve().parent.parent
MESSAGE = (
    b"From: caller@example.invalid\r\n"
    b"To: alice@example.invalid\r\n"
    b"Subject: Voice message from 555-0100\r\n"
    b"\r\n"
    b"You have a new voice message.\r\n"
)


@pytest.fixture
def server() -> Iterator[DemoServer]:
    """A running demo server, stopped after the test."""
    with DemoServer() as running:
        yield running


def _tls(server: DemoServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.ca_file))


def _connect(server: DemoServer) -> IMAPClient:
    """Connect and upgrade with STARTTLS, verifying against the demo CA."""
    client = IMAPClient(server.host, server.port, ssl=False, timeout=10)
    client.starttls(_tls(server))
    return client


def _as_superuser(server: DemoServer, user: str) -> IMAPClient:
    client = _connect(server)
    client.plain_login(
        server.superuser, server.superuser_password, authorization_identity=user
    )
    return client


def _as_user(server: DemoServer, user: str) -> IMAPClient:
    client = _connect(server)
    client.login(user, server.users[user])
    return client


def _demo_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("umconnect-demo")]


def _listeners(port: int) -> list[str]:
    """Hex local addresses of sockets listening on *port*, from /proc (Linux)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        lines = Path(table).read_text().splitlines()[1:]
        for line in lines:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A = LISTEN
                found.append(address)
    return found


@pytest.mark.parametrize("user", ["alice", "bob"])
def test_superuser_opens_each_users_inbox(server: DemoServer, user: str) -> None:
    client = _as_superuser(server, user)
    try:
        selected = client.select_folder("INBOX")
        folders = {name for _, _, name in client.list_folders()}
    finally:
        client.logout()
    # Empty: pymap's sample messages are kept out.
    assert selected[b"EXISTS"] == 0
    assert {"INBOX", "Sent", "Trash"} <= folders


def test_superuser_append_lands_in_the_users_own_inbox(server: DemoServer) -> None:
    admin = _as_superuser(server, "alice")
    try:
        admin.append("INBOX", MESSAGE)
    finally:
        admin.logout()

    alice = _as_user(server, "alice")
    try:
        alice.select_folder("INBOX")
        uids = alice.search("ALL")
        bodies = alice.fetch(uids, ["BODY.PEEK[]"])
    finally:
        alice.logout()
    assert [data[b"BODY[]"] for data in bodies.values()] == [MESSAGE]

    bob = _as_user(server, "bob")
    try:
        assert bob.select_folder("INBOX")[b"EXISTS"] == 0
    finally:
        bob.logout()


@pytest.mark.parametrize(
    ("login", "password", "authzid"),
    [
        ("alice", "wrong", None),
        ("npumadmin", "wrong", "alice"),
        ("mallory", "mallory-demo", None),
        # An ordinary user has no admin role and so may not act as another.
        ("bob", "bob-demo", "alice"),
    ],
)
def test_bad_credentials_are_rejected(
    server: DemoServer, login: str, password: str, authzid: str | None
) -> None:
    client = _connect(server)
    try:
        with pytest.raises(LoginError):
            client.plain_login(login, password, authorization_identity=authzid)
    finally:
        client.shutdown()


def test_wrong_password_rejected_by_plain_login_command(server: DemoServer) -> None:
    client = _connect(server)
    try:
        with pytest.raises(LoginError):
            client.login("alice", "bob-demo")
    finally:
        client.shutdown()


def test_certificate_matches_ca_and_fingerprint(server: DemoServer) -> None:
    client = _connect(server)
    try:
        tls_sock = client.socket()
        assert isinstance(tls_sock, ssl.SSLSocket)
        der = tls_sock.getpeercert(binary_form=True)
    finally:
        client.shutdown()
    assert der is not None
    assert cert_fingerprint(der) == server.fingerprint
    assert server.ca_file.name == "ca.crt"


def test_listens_on_loopback_only(server: DemoServer) -> None:
    assert server.host == "127.0.0.1"
    assert server.port > 0
    if Path("/proc/net/tcp").exists():
        # 0100007F is 127.0.0.1 in the kernel's little-endian hex.
        assert _listeners(server.port) == ["0100007F"]
    # Another loopback address on the same port must find nobody there.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", server.port), timeout=2).close()


def test_stop_frees_port_and_thread_and_files() -> None:
    threads_before = set(threading.enumerate())
    server = DemoServer()
    server.start()
    port, folder = server.port, server.ca_file.parent
    assert _demo_threads()
    # Leave one client connected and logged in: stop() must cope with it.
    lingering = _as_user(server, "bob")
    lingering.select_folder("INBOX")

    server.stop()

    assert not server.running
    assert not _demo_threads()
    assert set(threading.enumerate()) <= threads_before
    assert not folder.exists()
    with pytest.raises((IMAPClientAbortError, OSError)):
        lingering.noop()
    lingering.shutdown()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    # The port is free again. SO_REUSEADDR only forgives TIME_WAIT leftovers
    # of closed connections, never a socket that is still listening.
    probe = socket.socket()
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
        probe.listen()
    finally:
        probe.close()
    server.stop()  # idempotent


def test_start_stop_twice() -> None:
    server = DemoServer()
    for _ in range(2):
        server.start()
        client = _as_superuser(server, "bob")
        try:
            assert client.select_folder("INBOX")[b"EXISTS"] == 0
        finally:
            client.logout()
        server.stop()
        assert not _demo_threads()
    with DemoServer() as again:
        _as_user(again, "alice").logout()
    assert not _demo_threads()


def test_each_start_is_a_fresh_server() -> None:
    server = DemoServer()
    server.start()
    first = server.fingerprint
    admin = _as_superuser(server, "alice")
    admin.append("INBOX", MESSAGE)
    admin.logout()
    server.stop()
    with pytest.raises(RuntimeError):
        _ = server.ca_file
    server.start()
    try:
        assert server.fingerprint != first
        alice = _as_user(server, "alice")
        assert alice.select_folder("INBOX")[b"EXISTS"] == 0
        alice.logout()
    finally:
        server.stop()


def test_start_while_running_is_refused(server: DemoServer) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        server.start()


def _demo_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("umconnect-demo-*"))


def test_failed_start_raises_and_cleans_up(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(*_: object) -> None:
        raise OSError("no such luck")

    monkeypatch.setattr(DemoServer, "_open", broken)
    folders = _demo_folders()
    server = DemoServer()
    with pytest.raises(DemoStartError, match="no such luck"):
        server.start()
    assert not server.running
    assert not _demo_threads()
    assert _demo_folders() <= folders


def test_start_wait_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    async def stuck(*_: object) -> None:
        await asyncio.sleep(60)

    monkeypatch.setattr(DemoServer, "_open", stuck)
    server = DemoServer(start_timeout=0.2)
    began = time.monotonic()
    with pytest.raises(DemoStartError, match="did not start within"):
        server.start()
    assert time.monotonic() - began < 5
    assert not _demo_threads()


def test_nothing_printed(capfd: pytest.CaptureFixture[str]) -> None:
    with DemoServer() as server:
        client = _connect(server)
        with pytest.raises(LoginError):
            client.login("nobody", "nothing")
        client.shutdown()
        _as_user(server, "alice").logout()
    out, _ = capfd.readouterr()
    assert out == ""


def test_pymap_logs_reach_the_module_logger(server: DemoServer) -> None:
    seen: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    module_log = logging.getLogger("app.demo")
    keep = Keep()
    module_log.addHandler(keep)
    try:
        logging.getLogger("pymap.imap").info("chatter")
        logging.getLogger("pymap.imap").warning("worth knowing")
    finally:
        module_log.removeHandler(keep)
    assert [r.getMessage() for r in seen] == ["worth knowing"]


def test_missing_pymap_raises_demo_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [m for m in sys.modules if m == "pymap" or m.startswith("pymap.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "pymap", None)
    server = DemoServer()
    with pytest.raises(DemoUnavailable, match=r"pip install 'umconnect\[demo\]'"):
        server.start()
    assert isinstance(DemoUnavailable("x"), RuntimeError)
    assert not server.running
    assert not _demo_threads()


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-X", "dev", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_import_does_not_need_pymap() -> None:
    result = _run_python("import sys, app.demo; assert 'pymap' not in sys.modules")
    assert result.returncode == 0, result.stderr


def test_forgotten_server_is_stopped_at_exit() -> None:
    code = (
        "from app.demo import DemoServer\n"
        "s = DemoServer(); s.start()\n"
        "print(s.ca_file.parent)\n"
    )
    result = _run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not Path(result.stdout.strip()).exists()
