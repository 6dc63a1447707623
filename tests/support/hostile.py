"""Misbehaving servers on 127.0.0.1, for the connection test's failure paths.

Each server is a context manager: entering starts it on a free port of
127.0.0.1 (``.port``), leaving stops it, closes every connection it accepted
and joins its threads, so a test never leaks a thread or a socket.

* :func:`closed_port` - a port that was just bound and released: refused.
* :class:`Blackhole` - a listener whose accept queue is full: connects hang.
* :class:`Tarpit` - accepts and never says a word.
* :class:`Dripper` - sends its banner one byte per interval, for ever.
* :class:`Banner` - sends fixed bytes (HTTP, SSH, garbage), then listens.
* :class:`FakeImap` - a scripted IMAP server that records what it was sent,
  optionally behind TLS with a certificate chosen by the test.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import ipaddress
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.certs import TLSMaterial

HOST = "127.0.0.1"
#: Every thread of these servers has a name starting with this.
THREAD_PREFIX = "hostile"
#: How long a stopping server waits for one of its threads.
JOIN_TIMEOUT = 5.0


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """Yield a port of 127.0.0.1 that nothing listens on (bound, then closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port = int(sock.getsockname()[1])
    yield port


class Blackhole:
    """A listener that never accepts and whose queue is full.

    With ``listen(0)`` the kernel queues one connection; once the queue is
    full it drops further SYNs, so a client's ``connect()`` waits for its
    timeout exactly as if a firewall swallowed the packets.
    """

    def __init__(self, max_fillers: int = 16, filler_timeout: float = 0.3) -> None:
        self._max_fillers = max_fillers
        self._filler_timeout = filler_timeout
        self._listener: socket.socket | None = None
        self._fillers: list[socket.socket] = []
        self.port = 0

    def __enter__(self) -> Self:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind((HOST, 0))
        listener.listen(0)
        self._listener = listener
        self.port = int(listener.getsockname()[1])
        for _ in range(self._max_fillers):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.settimeout(self._filler_timeout)
            try:
                filler.connect((HOST, self.port))
            except TimeoutError:
                filler.close()
                return self  # the queue is full: the next connect hangs too
            self._fillers.append(filler)
        self.close()
        raise RuntimeError(f"the accept queue of port {self.port} never filled up")

    def close(self) -> None:
        """Drop the queued connections and the listener."""
        for sock in [*self._fillers, self._listener]:
            if sock is not None:
                sock.close()
        self._fillers.clear()
        self._listener = None

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class _Server:
    """Accepts on 127.0.0.1 and runs :meth:`handle` per connection, in threads."""

    def __init__(self) -> None:
        self.stopping = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((HOST, 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        #: How many connections were accepted so far.
        self.accepted = 0

    def handle(self, conn: socket.socket) -> None:
        """Talk to one client; return when done or when :attr:`stopping` is set."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._listener.listen(8)
        self._listener.settimeout(0.05)
        self._spawn(self._accept_loop, "accept")
        return self

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        """Close the listener and every connection, then join the threads."""
        self.stopping.set()
        with self._lock:
            connections = list(self._connections)
            threads = list(self._threads)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(JOIN_TIMEOUT)
        for conn in connections:
            conn.close()
        self._listener.close()
        stuck = [t.name for t in threads if t.is_alive()]
        if stuck:
            raise RuntimeError(f"threads did not stop: {stuck}")

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True,
                                  name=f"{THREAD_PREFIX}-{name}-{self.port}")
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _peer = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            with self._lock:
                self._connections.append(conn)
                self.accepted += 1
            self._spawn(self._serve, f"conn{self.accepted}", conn)

    def _serve(self, conn: socket.socket) -> None:
        # A client that hangs up mid-way is what these servers are for.
        with contextlib.suppress(OSError):
            self.handle(conn)

    def replace(self, old: socket.socket, new: socket.socket) -> None:
        """Track *new* (e.g. *old* wrapped in TLS) to close it on :meth:`stop`."""
        with self._lock:
            self._connections = [new if c is old else c for c in self._connections]
        if self.stopping.is_set():
            with contextlib.suppress(OSError):
                new.shutdown(socket.SHUT_RDWR)

    def wait_for_hangup(self, conn: socket.socket) -> None:
        """Read and discard until the client closes or the server stops."""
        conn.settimeout(0.05)
        while not self.stopping.is_set():
            try:
                if not conn.recv(4096):
                    return
            except TimeoutError:
                continue


class Tarpit(_Server):
    """Accepts connections and never sends a byte."""

    def handle(self, conn: socket.socket) -> None:
        self.wait_for_hangup(conn)


class Dripper(_Server):
    """Sends *data* one byte per *interval* seconds, repeating it for ever.

    Each byte arrives well within any read timeout, so only a limit on the
    whole exchange stops a client from waiting for ever.
    """

    def __init__(self, data: bytes = b"* OK ", interval: float = 1.0) -> None:
        super().__init__()
        self.data = data
        self.interval = interval

    def handle(self, conn: socket.socket) -> None:
        index = 0
        while not self.stopping.wait(self.interval):
            conn.sendall(self.data[index % len(self.data):][:1])
            index += 1


class Banner(_Server):
    """Sends *data* as soon as a client connects, then only listens."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data

    def handle(self, conn: socket.socket) -> None:
        conn.sendall(self.data)
        self.wait_for_hangup(conn)


class FakeImap(_Server):
    """Just enough IMAP to reach the login, recording what clients send.

    It advertises *capabilities* (``IMAP4rev1`` is always there), accepts
    ``AUTHENTICATE PLAIN`` and ``LOGIN`` when the credentials equal
    *accept* and refuses them otherwise. Every line received is kept in
    :attr:`lines`; decoded PLAIN credentials in :attr:`plain`. With *tls*,
    connections are wrapped in TLS with that certificate first.
    """

    def __init__(self, capabilities: tuple[str, ...] = ("AUTH=PLAIN",), *,
                 accept: tuple[str, str] | None = None,
                 tls: TLSMaterial | None = None) -> None:
        super().__init__()
        self.capabilities = " ".join(("IMAP4rev1", *capabilities))
        self.accept = accept
        self.lines: list[bytes] = []
        self.plain: list[tuple[bytes, bytes, bytes]] = []
        self._context: ssl.SSLContext | None = None
        if tls is not None:
            self._context = _server_context(tls)

    def handle(self, conn: socket.socket) -> None:
        if self._context is not None:
            conn.settimeout(5.0)
            try:
                wrapped = self._context.wrap_socket(conn, server_side=True)
            except ssl.SSLError:
                return  # the client refused the certificate, as tests expect
            self.replace(conn, wrapped)
            conn = wrapped
        conn.settimeout(None)
        stream = conn.makefile("rwb", buffering=0)
        stream.write(f"* OK [CAPABILITY {self.capabilities}] fake ready\r\n".encode())
        while not self.stopping.is_set():
            line = stream.readline()
            if not line:
                return
            self.lines.append(line)
            tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
            verb, _, args = rest.partition(b" ")
            reply = self._answer(tag, verb.upper(), args, stream)
            stream.write(reply)
            if verb.upper() == b"LOGOUT":
                return

    def _answer(self, tag: bytes, verb: bytes, args: bytes,
                stream: socket.SocketIO) -> bytes:
        done = tag + b" OK done\r\n"
        refused = tag + b" NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"
        if verb == b"CAPABILITY":
            return f"* CAPABILITY {self.capabilities}\r\n".encode() + done
        if verb == b"NOOP":
            return done
        if verb == b"LOGOUT":
            return b"* BYE fake logging out\r\n" + done
        if verb == b"AUTHENTICATE" and args.upper() == b"PLAIN":
            stream.write(b"+ \r\n")
            answer = stream.readline()
            self.lines.append(answer)
            authzid, authcid, password = base64.b64decode(answer.strip()).split(b"\0")
            self.plain.append((authzid, authcid, password))
            return done if self._accepts(authcid, password) else refused
        if verb == b"LOGIN":
            user, _, password = args.partition(b" ")
            return done if self._accepts(user, password.strip(b'"')) else refused
        return tag + b" BAD unknown command\r\n"

    def _accepts(self, user: bytes, password: bytes) -> bool:
        if self.accept is None:
            return False
        return (user.decode(), password.decode()) == self.accept


def _server_context(tls: TLSMaterial) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as folder:
        cert, key, _ca = tls.write(Path(folder))
        context.load_cert_chain(cert, key)
    return context


def self_signed_material(name: str = HOST) -> TLSMaterial:
    """A certificate for *name* that signed itself (no authority at all)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address(name))]),
            critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    cert_pem = cert.public_bytes(pem)
    return TLSMaterial(
        cert_pem=cert_pem,
        key_pem=key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()),
        ca_pem=cert_pem,
    )
