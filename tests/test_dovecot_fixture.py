"""The test Dovecot behaves like the servers the wizard will meet."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from app.certs import cert_fingerprint
from tests.support.dovecot import Dovecot

pytestmark = pytest.mark.dovecot

MESSAGE = (
    b"From: voicemail@example.invalid\r\n"
    b"To: alice@example.invalid\r\n"
    b"Subject: fixture test\r\n"
    b"\r\n"
    b"Hello from the master user.\r\n"
)


@contextmanager
def tls_client(server: Dovecot) -> Iterator[IMAPClient]:
    """Yield an unauthenticated IMAPS connection that verifies the server."""
    client = IMAPClient(
        server.host, port=server.tls_port, ssl=True,
        ssl_context=server.ssl_context(), timeout=10,
    )
    try:
        yield client
    finally:
        # A test may have left the session dead (e.g. kicked by a reset).
        with suppress(OSError, IMAPClient.Error, IMAPClient.AbortError):
            client.logout()


def inbox_subjects(server: Dovecot, user: str) -> list[bytes]:
    """Log in as *user* and return the subjects in INBOX."""
    with tls_client(server) as client:
        client.login(user, server.users[user])
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["ENVELOPE"])
        return [fetched[uid][b"ENVELOPE"].subject for uid in uids]


def test_tls_login_as_alice(dovecot: Dovecot) -> None:
    with tls_client(dovecot) as client:
        client.login("alice", "alice-pw")
        assert client.select_folder("INBOX")[b"EXISTS"] >= 0


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost"])
def test_certificate_verifies_for_both_names(dovecot: Dovecot, name: str) -> None:
    # Connect to 127.0.0.1 either way; only the name checked in the cert differs.
    with socket.create_connection((dovecot.host, dovecot.tls_port), timeout=5) as raw, \
            dovecot.ssl_context().wrap_socket(raw, server_hostname=name) as tls:
        der = tls.getpeercert(binary_form=True)
        assert tls.recv(512).startswith(b"* OK")
    assert der is not None
    assert cert_fingerprint(der) == dovecot.fingerprint


def test_starttls_port(dovecot: Dovecot) -> None:
    client = IMAPClient(dovecot.host, port=dovecot.plain_port, ssl=False, timeout=10)
    try:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(dovecot.ssl_context())
        client.login("bob", "bob-pw")
        client.select_folder("INBOX")
    finally:
        client.logout()


def test_plaintext_login_is_allowed_without_tls(dovecot: Dovecot) -> None:
    # Some wizard tests need a server that accepts LOGIN in the clear.
    client = IMAPClient(dovecot.host, port=dovecot.plain_port, ssl=False, timeout=10)
    try:
        client.login("bob", "bob-pw")
    finally:
        client.logout()


def test_wrong_password_is_rejected_quickly(dovecot: Dovecot) -> None:
    with tls_client(dovecot) as client:
        started = time.monotonic()
        with pytest.raises(LoginError):
            client.login("alice", "not-alices-password")
        assert time.monotonic() - started < 1.0


def test_master_login_with_separator_appends_to_alice(clean_dovecot: Dovecot) -> None:
    server = clean_dovecot
    with tls_client(server) as client:
        login = f"alice{server.master_separator}{server.master_user}"
        client.login(login, server.master_password)
        client.append("INBOX", MESSAGE)
    assert inbox_subjects(server, "alice") == [b"fixture test"]
    assert inbox_subjects(server, "bob") == []
    maildir = server.mail_dir("alice")
    stored = [*maildir.glob("new/*"), *maildir.glob("cur/*")]
    assert len(stored) == 1


def test_master_login_with_authzid_appends_to_alice(clean_dovecot: Dovecot) -> None:
    server = clean_dovecot
    with tls_client(server) as client:
        client.plain_login(
            server.master_user, server.master_password,
            authorization_identity="alice",
        )
        client.append("INBOX", MESSAGE)
    assert inbox_subjects(server, "alice") == [b"fixture test"]


def test_master_login_needs_an_existing_user(dovecot: Dovecot) -> None:
    with tls_client(dovecot) as client, pytest.raises(LoginError):
        client.plain_login(
            dovecot.master_user, dovecot.master_password,
            authorization_identity="nobody-here",
        )


def test_master_password_is_not_a_user_password(dovecot: Dovecot) -> None:
    with tls_client(dovecot) as client, pytest.raises(LoginError):
        client.login("alice", dovecot.master_password)


def test_non_ascii_password_with_authenticate_plain(dovecot: Dovecot) -> None:
    with tls_client(dovecot) as client:
        client.plain_login("carol", "pässwörd-ü")
        client.select_folder("INBOX")


def test_non_ascii_password_with_imapclient_login(dovecot: Dovecot) -> None:
    # imaplib encodes LOGIN arguments as ASCII, so the password never leaves
    # the client: callers must fall back to AUTHENTICATE PLAIN.
    with tls_client(dovecot) as client, pytest.raises(UnicodeEncodeError):
        client.login("carol", "pässwörd-ü")


def test_non_ascii_password_with_login_literal(dovecot: Dovecot) -> None:
    # Dovecot itself accepts the UTF-8 password when it is sent as a literal.
    password = "pässwörd-ü".encode()
    with socket.create_connection((dovecot.host, dovecot.tls_port), timeout=5) as raw, \
            dovecot.ssl_context().wrap_socket(raw, server_hostname="localhost") as tls:
        reader = tls.makefile("rb")
        assert reader.readline().startswith(b"* OK")
        tls.sendall(b"a1 LOGIN carol {%d}\r\n" % len(password))
        assert reader.readline().startswith(b"+")
        tls.sendall(password + b"\r\n")
        reply = reader.readline()
        while reply.startswith(b"*"):
            reply = reader.readline()
        tls.sendall(b"a2 LOGOUT\r\n")
    assert reply.startswith(b"a1 OK"), reply


def test_reset_mailboxes_empties_inboxes(dovecot: Dovecot) -> None:
    with tls_client(dovecot) as client:
        client.login("bob", "bob-pw")
        client.append("INBOX", MESSAGE)
        # Left open on purpose: reset must cope with a live session.
        dovecot.reset_mailboxes()
        assert not dovecot.mail_dir("bob").exists()
    assert inbox_subjects(dovecot, "bob") == []


def test_start_stop_restart_of_a_second_instance(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    # Depends on the session fixture only so a missing Dovecot skips or fails.
    with Dovecot(tmp_path) as second:
        assert second.tls_port not in (dovecot.tls_port, dovecot.plain_port)
        with tls_client(second) as client:
            client.login("alice", "alice-pw")
            client.append("INBOX", MESSAGE)
        second.restart()
        assert inbox_subjects(second, "alice") == [b"fixture test"]
        port = second.tls_port
    assert not second.running
    with pytest.raises(OSError), socket.create_connection((second.host, port), 1):
        pass


def test_startup_failure_reports_the_log(dovecot: Dovecot, tmp_path: Path) -> None:
    broken = Dovecot(tmp_path)
    broken.conf_path.write_text(
        broken.conf_path.read_text() + "no_such_setting = 1\n", encoding="utf-8"
    )
    try:
        with pytest.raises(RuntimeError, match="no_such_setting"):
            broken.start()
        assert not broken.running
    finally:
        broken.close()


def test_tls_context_rejects_an_unknown_ca(dovecot: Dovecot) -> None:
    context = ssl.create_default_context()  # system CAs only
    with socket.create_connection((dovecot.host, dovecot.tls_port), timeout=5) as raw, \
            pytest.raises(ssl.SSLCertVerificationError):
        context.wrap_socket(raw, server_hostname="localhost")
