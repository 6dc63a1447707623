"""One IMAP connection, opened phase by phase, bounded and cancellable.

The connection test needs every phase on its own (name, TCP, TLS, greeting,
capabilities, login) to time and explain it; the service needs the same
connection in one call. Both use :class:`ImapSession`.

imapclient's timeout applies to each socket read, so a server that drips a
byte at a time never trips it. A :class:`Guard` thread bounds the whole
session instead: at the deadline, or when the caller cancels, it shuts the
socket down, which wakes any blocked read.
"""

from __future__ import annotations

import contextlib
import functools
import imaplib
import logging
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cryptography import x509
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from app.certs import cert_fingerprint
from app.i18n import _
from app.model import (
    ImapServer,
    Impersonation,
    Security,
    Superuser,
    normalise_fingerprint,
)

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Timeouts:
    """Limits for one session: connect, each read, and the whole session."""

    connect: float = 10.0
    read: float = 15.0
    total: float = 60.0

    @classmethod
    def for_reads(cls, read: float) -> Timeouts:
        """Limits built around one read timeout (the service's setting)."""
        return cls(connect=min(10.0, read), read=read, total=max(30.0, 3 * read))

    def __repr__(self) -> str:
        return (f"Timeouts(connect={self.connect:g}s, read={self.read:g}s, "
                f"total={self.total:g}s)")


class SessionError(Exception):
    """A phase failed: ``summary`` in a few words, ``remedy`` as one sentence."""

    def __init__(self, summary: str, remedy: str, detail: str = "") -> None:
        super().__init__(summary)
        self.summary = summary
        self.remedy = remedy
        self.detail = detail


class Cancelled(SessionError):
    """The caller cancelled the session."""

    def __init__(self) -> None:
        super().__init__(_("Cancelled"), _("Run the test again when ready."))


@dataclass(frozen=True)
class TLSInfo:
    """What the TLS handshake agreed on and who the server said it was."""

    version: str
    cipher: str
    subject: str
    issuer: str
    not_after: datetime | None
    fingerprint: str
    pinned: bool

    @property
    def days_left(self) -> int | None:
        """Days until the certificate expires, if known."""
        if self.not_after is None:
            return None
        return (self.not_after - datetime.now(UTC)).days


def tls_context(server: ImapServer) -> ssl.SSLContext:
    """A client context for *server*: system CAs, its CA file, or its pin.

    A pinned fingerprint replaces chain and name checks with an exact match on
    the server's certificate (checked in :func:`check_pin`), which is how a
    technician trusts one self-signed certificate without trusting all.
    """
    ca_stamp = 0
    if server.ca_file and not server.pinned_fingerprint:
        # A replaced CA file must be read again.
        with contextlib.suppress(OSError):
            ca_stamp = os.stat(server.ca_file).st_mtime_ns
    return _tls_context(bool(server.pinned_fingerprint), server.ca_file, ca_stamp)


@functools.lru_cache(maxsize=8)
def _tls_context(pinned: bool, ca_file: str, ca_stamp: int) -> ssl.SSLContext:
    # Loading the system's authorities takes longer than a loopback handshake,
    # so contexts are built once and shared; wrapping sockets is thread-safe.
    if pinned:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        context = ssl.create_default_context()
        if ca_file:
            context.load_verify_locations(cafile=ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _describe_cert(sock: ssl.SSLSocket, server: ImapServer) -> TLSInfo:
    der = sock.getpeercert(binary_form=True) or b""
    fingerprint = cert_fingerprint(der) if der else ""
    subject = issuer = ""
    not_after = None
    try:
        cert = x509.load_der_x509_certificate(der)
        subject = cert.subject.rfc4514_string()
        issuer = cert.issuer.rfc4514_string()
        not_after = cert.not_valid_after_utc
    except ValueError:
        log.debug("Could not parse the server certificate", exc_info=True)
    cipher = sock.cipher()
    return TLSInfo(
        version=sock.version() or "?",
        cipher=cipher[0] if cipher else "?",
        subject=subject,
        issuer=issuer,
        not_after=not_after,
        fingerprint=fingerprint,
        pinned=bool(server.pinned_fingerprint),
    )


def check_pin(info: TLSInfo, server: ImapServer) -> None:
    """Refuse the connection unless the certificate matches the pinned one."""
    expected = normalise_fingerprint(server.pinned_fingerprint)
    if server.pinned_fingerprint and info.fingerprint != expected:
        raise SessionError(
            _("Certificate does not match the trusted one"),
            _("The server now shows a different certificate. If the server "
              "administrator renewed it, compare the new fingerprint with "
              "them and trust it again."),
            _("Trusted: {expected}\nServer:  {actual}").format(
                expected=expected, actual=info.fingerprint),
        )


def explain_tls_error(exc: ssl.SSLError | ssl.CertificateError,
                      host: str) -> SessionError:
    """One sentence and one remedy for a failed TLS handshake."""
    text = str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or text
        if "expired" in reason:
            return SessionError(_("Certificate expired"), _(
                "Ask the server administrator to renew the mail server's "
                "certificate."), reason)
        if "Hostname mismatch" in reason or "IP address mismatch" in reason:
            return SessionError(_("Certificate is for another name"), _(
                "Connect with the name the certificate was issued for, or "
                "trust this certificate by its fingerprint."), reason)
        if "self-signed" in reason or "self signed" in reason:
            return SessionError(_("Self-signed certificate"), _(
                "Compare the certificate's fingerprint with the server "
                "administrator and trust it, or install a certificate from "
                "an authority."), reason)
        return SessionError(_("Certificate not trusted"), _(
            "Add the authority that issued the certificate (CA file), or trust "
            "this certificate by its fingerprint."), reason)
    if "WRONG_VERSION_NUMBER" in text or "record layer failure" in text:
        return SessionError(_("The server did not answer with TLS"), _(
            "This port does not speak TLS: choose STARTTLS or plain text for "
            "this port, or use the server's TLS port (usually 993)."), text)
    if "UNSUPPORTED_PROTOCOL" in text or "NO_PROTOCOLS_AVAILABLE" in text:
        return SessionError(_("Server offers only an outdated TLS version"), _(
            "Enable TLS 1.2 or newer on the mail server; TLS 1.0 and 1.1 are "
            "no longer safe."), text)
    return SessionError(_("TLS handshake failed"), _(
        "Check that {host} offers TLS on this port and that its TLS settings "
        "are current.").format(host=host), text)


class _PreconnectedIMAP4(imaplib.IMAP4):
    """imaplib over a socket we opened, recording a masked transcript."""

    def __init__(self, host: str, sock: socket.socket,
                 record: Callable[[str, bytes], None]) -> None:
        self._given_sock = sock
        self._record = record
        self._hide_sent = False
        super().__init__(host, 0)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        return self._given_sock

    def send(self, data: ReadableBuffer) -> None:
        raw = bytes(data)
        head = raw.split(b" ", 2)
        verb = head[1].upper() if len(head) > 1 else b""
        if verb in (b"LOGIN", b"AUTHENTICATE"):
            shown = head[:2]
            if verb == b"AUTHENTICATE" and len(head) > 2:
                shown.append(head[2].split()[0])
            self._record("C", b" ".join([*shown, b"[credentials hidden]"]))
            self._hide_sent = True
        elif self._hide_sent:
            self._record("C", b"[credentials hidden]")
        else:
            self._record("C", raw)
        super().send(data)

    def readline(self) -> bytes:
        line = super().readline()
        if line[:1] != b"+":
            self._hide_sent = False
        self._record("S", line)
        return line


class _Client(IMAPClient):  # type: ignore[misc]
    """IMAPClient that uses an already connected (and maybe TLS) socket."""

    def __init__(self, host: str, sock: socket.socket, use_tls: bool,
                 read_timeout: float,
                 record: Callable[[str, bytes], None]) -> None:
        self._given = (sock, record)
        super().__init__(host, port=1, ssl=use_tls, timeout=read_timeout)

    def _create_IMAP4(self) -> imaplib.IMAP4:  # noqa: N802 - imapclient's name
        sock, record = self._given
        return _PreconnectedIMAP4(self.host, sock, record)


class Guard:
    """Shuts a socket down at a deadline or on cancel, waking blocked reads."""

    def __init__(self, total: float, cancel: threading.Event | None) -> None:
        self.deadline = time.monotonic() + total
        self._cancel = cancel or threading.Event()
        self._done = threading.Event()
        # The descriptor, not the socket object: wrapping a socket in TLS (ours
        # or imaplib's STARTTLS) moves the descriptor to a new object.
        self._fd: int | None = None
        self._lock = threading.Lock()
        self.fired = ""
        self._thread = threading.Thread(target=self._watch, name="imap-guard",
                                        daemon=True)
        self._thread.start()

    def watch(self, sock: socket.socket) -> None:
        """From now on, *sock* is the one to shut down."""
        with self._lock:
            self._fd = sock.fileno()
        if self.fired:
            self._shutdown()

    def remaining(self) -> float:
        """Seconds left before the deadline (never below a small floor)."""
        return max(0.05, self.deadline - time.monotonic())

    def check(self) -> None:
        """Raise if the session was cancelled or ran out of time."""
        if self._cancel.is_set():
            raise Cancelled
        if time.monotonic() >= self.deadline:
            self.fired = "deadline"
            raise SessionError(_("Gave up: the server is too slow"), _(
                "The whole exchange took longer than the time limit. Check the "
                "network path to the server, or raise the time limit."))

    def stop(self) -> None:
        """End the watch (idempotent); call it before closing the socket."""
        with self._lock:
            self._fd = None
        self._done.set()
        if self._thread is not threading.current_thread():
            self._thread.join()

    def _watch(self) -> None:
        # Sleep on our own event so stop() ends the thread at once; look at
        # the caller's cancel event (which we cannot wake) every 50 ms.
        while not self._done.wait(0.05):
            if self._cancel.is_set():
                self.fired = "cancel"
                break
            if time.monotonic() >= self.deadline:
                self.fired = "deadline"
                break
        if self.fired:
            self._shutdown()

    def _shutdown(self) -> None:
        with self._lock:
            if self._fd is None or self._fd < 0:
                return
            borrowed = socket.socket(fileno=self._fd)
            try:
                borrowed.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            finally:
                borrowed.detach()


@dataclass
class Transcript:
    """The protocol exchange, masked, for the test report."""

    lines: list[str] = field(default_factory=list)
    mask: Callable[[str], str] = str
    limit: int = 400

    def record(self, direction: str, data: bytes) -> None:
        """Add one line sent (``C``) or received (``S``)."""
        if len(self.lines) >= self.limit:
            return
        text = data.decode("utf-8", "replace").rstrip("\r\n")
        if len(text) > 300:
            text = text[:300] + f"… ({len(data)} bytes)"
        self.lines.append(f"{direction}: {self.mask(text)}")

    def take(self) -> list[str]:
        """The lines recorded since the last call."""
        taken, self.lines = self.lines, []
        return taken


class ImapSession:
    """An IMAP session opened one phase at a time; see the module docstring."""

    def __init__(self, server: ImapServer, timeouts: Timeouts | None = None,
                 cancel: threading.Event | None = None,
                 transcript: Transcript | None = None) -> None:
        self.server = server
        self.host = server.host.strip()
        self.timeouts = timeouts or Timeouts()
        self.transcript = transcript or Transcript()
        self.guard = Guard(self.timeouts.total, cancel)
        self.addresses: list[str] = []
        self.peer = ""
        self.tls: TLSInfo | None = None
        self.greeting = ""
        self._sock: socket.socket | None = None
        self._client: _Client | None = None

    # The phases, in the order a session goes through them.

    def resolve(self) -> list[str]:
        """Look the host name up; every address, IPv4 first."""
        self.guard.check()
        result: list[Any] = []
        error: list[BaseException] = []

        def lookup() -> None:
            try:
                result.extend(socket.getaddrinfo(
                    self.host, self.server.port, type=socket.SOCK_STREAM))
            except OSError as exc:
                error.append(exc)

        worker = threading.Thread(target=lookup, name="dns", daemon=True)
        worker.start()
        # Wait in slices: a lookup cannot be interrupted, but a cancel must
        # not wait for it.
        until = time.monotonic() + min(self.timeouts.connect, self.guard.remaining())
        while worker.is_alive() and time.monotonic() < until:
            worker.join(min(0.05, max(0.0, until - time.monotonic())))
            self.guard.check()
        self.guard.check()
        if worker.is_alive():
            raise SessionError(_("Name lookup timed out"), _(
                "The DNS server did not answer. Check this computer's DNS "
                "settings, or enter the server's IP address."))
        if error or not result:
            raise SessionError(_("Unknown server name"), _(
                "'{host}' could not be found in DNS. Check the spelling, or "
                "enter the server's IP address.").format(host=self.host),
                str(error[0]) if error else "")
        seen: list[str] = []
        ipv4_first = sorted(result, key=lambda r: r[0] != socket.AF_INET)
        for *_info, sockaddr in ipv4_first:
            if sockaddr[0] not in seen:
                seen.append(sockaddr[0])
        self.addresses = seen
        return seen

    def connect(self) -> str:
        """Open a TCP connection to the first address that answers."""
        addresses = self.addresses or self.resolve()
        failures: list[str] = []
        refused = timed_out = 0
        for address in addresses:
            self.guard.check()
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.settimeout(min(self.timeouts.connect, self.guard.remaining()))
            self.guard.watch(sock)
            try:
                sock.connect((address, self.server.port))
            except OSError as exc:
                sock.close()
                self.guard.check()
                refused += isinstance(exc, ConnectionRefusedError)
                timed_out += isinstance(exc, TimeoutError)
                failures.append(f"{address}: {exc}")
                continue
            self._sock = sock
            self.peer = address
            return address
        detail = "\n".join(failures)
        port = self.server.port
        if refused == len(addresses):
            raise SessionError(_("Connection refused on port {port}").format(
                port=port), _(
                "Nothing listens on port {port} of {host}. Check the port "
                "number, and that the IMAP service is running.").format(
                port=port, host=self.host), detail)
        if timed_out:
            raise SessionError(_("No answer from {host}").format(host=self.host), _(
                "The server did not answer within {s:g} s. Check the address, "
                "and that no firewall blocks port {port} between here and the "
                "server.").format(s=self.timeouts.connect, port=port), detail)
        raise SessionError(_("Server unreachable"), _(
            "This computer has no route to {host}. Check the address and the "
            "network connection.").format(host=self.host), detail)

    def start_tls(self) -> TLSInfo:
        """Implicit TLS: handshake on the fresh TCP connection."""
        assert self._sock is not None
        context = self._tls_context()
        self._sock.settimeout(min(self.timeouts.read, self.guard.remaining()))
        wrapped = context.wrap_socket(self._sock, server_hostname=self.host,
                                      do_handshake_on_connect=False)
        # Wrapping moves the descriptor to the new object: guard that one
        # before the handshake, which is where a silent server blocks us.
        self._sock = wrapped
        self.guard.watch(wrapped)
        try:
            wrapped.do_handshake()
        except (ssl.SSLError, ssl.CertificateError) as exc:
            self.guard.check()
            raise explain_tls_error(exc, self.host) from exc
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("during the TLS handshake")) from exc
        self.tls = _describe_cert(wrapped, self.server)
        check_pin(self.tls, self.server)
        return self.tls

    def greet(self) -> str:
        """Read the server's greeting, handing the socket to imapclient."""
        assert self._sock is not None
        use_tls = isinstance(self._sock, ssl.SSLSocket)
        # Without TLS the socket still has the connect timeout, and imaplib
        # reads the greeting before imapclient applies the read timeout.
        self._sock.settimeout(min(self.timeouts.read, self.guard.remaining()))
        try:
            self._client = _Client(self.host, self._sock, use_tls,
                                   min(self.timeouts.read, self.guard.remaining()),
                                   self.transcript.record)
        except (imaplib.IMAP4.error, IMAPClientError) as exc:
            self.guard.check()
            raise SessionError(_("Not an IMAP server"), _(
                "Something answers on port {port}, but it does not speak IMAP. "
                "Check the port number.").format(port=self.server.port),
                str(exc)) from exc
        except TimeoutError as exc:
            self.guard.check()
            raise SessionError(_("No greeting from the server"), _(
                "Something accepts connections on port {port} but sent no IMAP "
                "greeting within {s:g} s. Check the port number, and whether the "
                "server is overloaded.").format(port=self.server.port,
                                                s=self.timeouts.read),
                str(exc)) from exc
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("before the greeting")) from exc
        welcome = self._client._imap.welcome
        self.greeting = welcome.decode("utf-8", "replace").strip()
        return self.greeting

    def starttls(self) -> TLSInfo:
        """Upgrade a plain connection with STARTTLS."""
        client = self.client
        if b"STARTTLS" not in self.capabilities():
            raise SessionError(_("Server does not offer STARTTLS"), _(
                "Choose TLS from the start (usually port 993), or ask the "
                "server administrator to enable STARTTLS."))
        try:
            client.starttls(self._tls_context())
        except (ssl.SSLError, ssl.CertificateError) as exc:
            self.guard.check()
            raise explain_tls_error(exc, self.host) from exc
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("during STARTTLS")) from exc
        sock = client.socket()
        assert isinstance(sock, ssl.SSLSocket)
        self.guard.watch(sock)
        self.tls = _describe_cert(sock, self.server)
        check_pin(self.tls, self.server)
        client._cached_capabilities = None
        return self.tls

    def capabilities(self) -> tuple[bytes, ...]:
        """The server's capabilities in the current state."""
        try:
            return tuple(self.client.capabilities())
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("while asking for capabilities")) from exc

    def login(self, superuser: Superuser, password: str, user: str) -> None:
        """Log in as the superuser with access to *user*'s mailbox."""
        client = self.client
        caps = self.capabilities()
        name = superuser.login_for(user)
        try:
            if superuser.impersonation is Impersonation.AUTHZID:
                if b"AUTH=PLAIN" not in caps:
                    raise SessionError(_("Server does not offer SASL PLAIN"), _(
                        "Choose the login form this server uses for master "
                        "users (user*superuser, or DOMAIN\\superuser\\alias)."))
                client.plain_login(superuser.login, password,
                                   authorization_identity=user)
            elif b"AUTH=PLAIN" in caps:
                client.plain_login(name, password)
            elif b"LOGINDISABLED" in caps:
                raise SessionError(_("Server refuses passwords on this connection"), _(
                    "Use TLS or STARTTLS: the server disables LOGIN without "
                    "encryption."))
            elif not password.isascii():
                raise SessionError(_("Password cannot be sent to this server"), _(
                    "The server offers only LOGIN, which cannot carry non-ASCII "
                    "characters. Use an ASCII password for the superuser."))
            else:
                client.login(name, password)
        except LoginError as exc:
            raise _login_error(str(exc), superuser, user) from None
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("during login")) from exc
        client._cached_capabilities = None

    @property
    def client(self) -> IMAPClient:
        """The imapclient object, once the greeting was read."""
        if self._client is None:
            raise RuntimeError("greet() first")
        return self._client

    def open(self, superuser: Superuser, password: str, user: str) -> IMAPClient:
        """All phases in one go: a logged-in client for *user*'s mailbox."""
        self.connect()
        if self.server.security is Security.TLS:
            self.start_tls()
        self.greet()
        if self.server.security is Security.STARTTLS:
            self.starttls()
        self.login(superuser, password, user)
        return self.client

    def close(self) -> None:
        """Stop the guard, log out politely (1 s at most), drop the socket."""
        # The guard goes first: once logout closes the descriptor, its number
        # may be reused by another connection the guard must never touch.
        self.guard.stop()
        if self._client is not None:
            try:
                self._client._imap.sock.settimeout(1.0)
                self._client.logout()
            except (OSError, IMAPClientError, imaplib.IMAP4.error):
                pass
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
        self._client = None
        self._sock = None

    def __enter__(self) -> ImapSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tls_context(self) -> ssl.SSLContext:
        try:
            return tls_context(self.server)
        except (OSError, ssl.SSLError) as exc:
            raise SessionError(_("The certificate authority file cannot be used"), _(
                "Choose a PEM file with the authority's certificate, or leave "
                "the field empty to rely on the system's authorities."),
                f"{self.server.ca_file}: {exc}") from exc

    def _io_error(self, exc: OSError, when: str) -> SessionError:
        if isinstance(exc, TimeoutError):
            return SessionError(_("The server stopped answering"), _(
                "No reply within {s:g} s {when}. Check that this is the IMAP "
                "port and that the server is not overloaded.").format(
                s=self.timeouts.read, when=when), str(exc))
        return SessionError(_("The server closed the connection"), _(
            "The connection ended {when}. Check the port and the security "
            "setting (TLS or STARTTLS), then the server's log.").format(
            when=when), str(exc))


def _login_error(text: str, superuser: Superuser, user: str) -> SessionError:
    upper = text.upper()
    if "AUTHORIZATIONFAILED" in upper:
        return SessionError(_("Superuser may not open {user}'s mailbox").format(
            user=user), _(
            "The password is right, but {su} has no rights on {user}'s "
            "mailbox. Grant it full access (master user, or FullAccess on "
            "Exchange).").format(su=superuser.login, user=user), text)
    if "LOGIN" in upper and "DISABLED" in upper:
        return SessionError(_("Login is disabled on this connection"), _(
            "Use TLS or STARTTLS so that the server accepts passwords."), text)
    return SessionError(_("Login refused"), _(
        "Check the superuser's name and password, and that {su} may open "
        "other users' mailboxes (login form: {form}).").format(
        su=superuser.login, form=superuser.impersonation.label), text)
