"""TLS servers on 127.0.0.1 for the connection test's certificate verdicts.

Each server is a context manager, like those of :mod:`tests.support.hostile`
(whose thread and connection handling they share): entering starts it on a
free port of 127.0.0.1 (``.port``), leaving closes every connection and joins
its threads.

* :class:`Served` - the certificate a server shows and whether it sends its
  authority along; :func:`served` mints one per :class:`Trouble`.
* :class:`TLSGreeter` - implicit TLS: handshake, ``* OK ready``, answers
  ``CAPABILITY`` and ``LOGOUT``, ``* BYE`` on anything else. Pointed at by a
  STARTTLS or plain client, it is the TLS port the client thinks is plain.
* :class:`StartTLSGreeter` - the same after a plain greeting and ``STARTTLS``
  (or a refusal of it, with *starttls_reply*).

Both take a TLS version range; :data:`TLS_1_0` and :data:`TLS_1_1` make
servers that speak nothing newer (with ``@SECLEVEL=0``, as OpenSSL 3 refuses
those versions otherwise).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import ssl
import tempfile
import threading
import warnings
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.certs import TLSMaterial, make_tls_material
from tests.support import hostile

HOST = "127.0.0.1"
#: Seconds a server waits for a client's handshake before giving up on it.
HANDSHAKE_TIMEOUT = 10.0

#: A TLS version range (lowest, highest); ``None`` keeps OpenSSL's defaults.
Versions = tuple[ssl.TLSVersion, ssl.TLSVersion] | None
TLS_1_0: Versions = (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1)
TLS_1_1: Versions = (ssl.TLSVersion.TLSv1_1, ssl.TLSVersion.TLSv1_1)


class Trouble(StrEnum):
    """What is wrong with the certificate a server shows (or nothing)."""

    VALID = "valid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    WRONG_NAME = "wrong-name"
    SELF_SIGNED = "self-signed"
    #: The full chain is sent, but the client does not know its authority.
    UNKNOWN_AUTHORITY = "unknown-authority"
    #: Only the server's certificate is sent, and its issuer is unknown.
    LEAF_ONLY = "leaf-only"


@dataclass(frozen=True)
class Served:
    """A server certificate, whether the server sends its CA along, and trust.

    ``trusted`` says whether the client should be given the CA file.
    """

    material: TLSMaterial
    send_ca: bool = False
    trusted: bool = True

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the server certificate, ``AB:CD:…``."""
        return self.material.fingerprint

    def ca_file(self, folder: Path) -> str:
        """Write the authority into *folder* and return its path, if trusted."""
        if not self.trusted:
            return ""
        path = folder / "ca.pem"
        path.write_bytes(self.material.ca_pem)
        return str(path)


def served(trouble: Trouble, names: tuple[str, ...] = (HOST,)) -> Served:
    """A certificate with *trouble*, for *names* unless the trouble is the name."""
    now = dt.datetime.now(dt.UTC)
    if trouble is Trouble.EXPIRED:
        material = make_tls_material(
            names, not_before=now - dt.timedelta(days=40), days=30)
    elif trouble is Trouble.NOT_YET_VALID:
        material = make_tls_material(
            names, not_before=now + dt.timedelta(days=10), days=30)
    elif trouble is Trouble.WRONG_NAME:
        material = make_tls_material(("mail.example.invalid", "imap.example.invalid"))
    elif trouble is Trouble.SELF_SIGNED:
        material = hostile.self_signed_material(names[0])
    else:
        material = make_tls_material(names)
    return Served(
        material,
        send_ca=trouble is Trouble.UNKNOWN_AUTHORITY,
        trusted=trouble not in (Trouble.SELF_SIGNED, Trouble.UNKNOWN_AUTHORITY,
                                Trouble.LEAF_ONLY),
    )


def server_context(cert: Served, versions: Versions = None) -> ssl.SSLContext:
    """A server context showing *cert*, limited to *versions*."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as folder:
        chain = Path(folder) / "chain.pem"
        key = Path(folder) / "server.key"
        pem = cert.material.cert_pem + (cert.material.ca_pem if cert.send_ca else b"")
        chain.write_bytes(pem)
        key.write_bytes(cert.material.key_pem)
        context.load_cert_chain(chain, key)
    if versions is not None:
        with warnings.catch_warnings():
            # Python marks TLS 1.0 and 1.1 deprecated; speaking only them is
            # the point of these servers.
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version, context.maximum_version = versions
        if versions[0] < ssl.TLSVersion.TLSv1_2:
            context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context


class TLSGreeter(hostile._Server):
    """An implicit-TLS IMAP server that greets and answers ``CAPABILITY``.

    :attr:`versions` lists the TLS version of each finished handshake,
    :attr:`refused` counts handshakes that failed, :attr:`commands` holds every
    line received over TLS. With *answer_first* ``n``, only the first *n*
    connections get a handshake; later ones are never answered (a second
    look that hangs).
    """

    greeting = b"* OK ready\r\n"
    capabilities = b"IMAP4rev1 AUTH=PLAIN"

    def __init__(self, cert: Served, versions: Versions = None, *,
                 answer_first: int | None = None) -> None:
        super().__init__()
        self.cert = cert
        self.context = server_context(cert, versions)
        self.answer_first = answer_first
        self.versions: list[str] = []
        self.refused = 0
        self.commands: list[bytes] = []
        self._count_lock = threading.Lock()
        self._handled = 0

    def answers(self) -> bool:
        """Count a new connection; whether it is one this server answers."""
        with self._count_lock:
            self._handled += 1
            return self.answer_first is None or self._handled <= self.answer_first

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate this server shows."""
        return self.cert.fingerprint

    def handle(self, conn: socket.socket) -> None:
        if not self.answers():
            self.wait_for_hangup(conn)
            return
        secured = self.secure(conn)
        if secured is not None:
            secured.sendall(self.greeting)
            self.converse(secured)

    def secure(self, conn: socket.socket) -> ssl.SSLSocket | None:
        """Handshake on *conn*; ``None`` when the client gave up or refused."""
        conn.settimeout(HANDSHAKE_TIMEOUT)
        wrapped = self.context.wrap_socket(conn, server_side=True,
                                           do_handshake_on_connect=False)
        # Wrapping moved the descriptor: track the new object, so that stop()
        # can wake a handshake that waits for a client.
        self.replace(conn, wrapped)
        try:
            wrapped.do_handshake()
        except (ssl.SSLError, OSError):
            with self._count_lock:
                self.refused += 1
            wrapped.close()  # as a real server does; stop() copes with that
            return None
        with self._count_lock:
            self.versions.append(wrapped.version() or "?")
        return wrapped

    def converse(self, conn: ssl.SSLSocket) -> None:
        """Answer ``CAPABILITY`` and ``LOGOUT``; anything else gets ``* BYE``."""
        conn.settimeout(None)
        with conn.makefile("rwb", buffering=0) as stream:
            self._converse(stream)
        # Hang up after BYE, as servers do, so the client need not wait.
        with contextlib.suppress(OSError):
            conn.shutdown(socket.SHUT_RDWR)

    def _converse(self, stream: socket.SocketIO) -> None:
        while not self.stopping.is_set():
            line = stream.readline()
            if not line:
                return
            self.commands.append(line)
            tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
            verb = rest.split(b" ", 1)[0].upper()
            if verb == b"CAPABILITY":
                stream.write(b"* CAPABILITY " + self.capabilities + b"\r\n"
                             + tag + b" OK done\r\n")
            elif verb == b"LOGOUT":
                stream.write(b"* BYE bye\r\n" + tag + b" OK done\r\n")
                return
            else:
                stream.write(b"* BYE not here\r\n")
                return


class StartTLSGreeter(TLSGreeter):
    """Greets in plain text, offers ``STARTTLS``, then behaves as TLSGreeter.

    :attr:`plain` holds every line received before the handshake.
    """

    def __init__(self, cert: Served, versions: Versions = None, *,
                 answer_first: int | None = None,
                 starttls_reply: bytes = b"OK begin TLS now") -> None:
        super().__init__(cert, versions, answer_first=answer_first)
        self.starttls_reply = starttls_reply
        self.plain: list[bytes] = []

    def handle(self, conn: socket.socket) -> None:
        if not self.answers():
            self.wait_for_hangup(conn)
            return
        conn.sendall(b"* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n")
        stream = conn.makefile("rwb", buffering=0)
        while not self.stopping.is_set():
            line = stream.readline()
            if not line:
                return
            self.plain.append(line)
            tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
            verb = rest.split(b" ", 1)[0].upper()
            if verb == b"CAPABILITY":
                stream.write(b"* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n"
                             + tag + b" OK done\r\n")
            elif verb == b"STARTTLS":
                stream.write(tag + b" " + self.starttls_reply + b"\r\n")
                if self.starttls_reply.startswith(b"OK"):
                    break
            else:
                stream.write(b"* BYE say STARTTLS first\r\n")
                return
        else:
            return
        with contextlib.suppress(OSError):
            stream.close()  # the buffered reader holds nothing: the client waits
        secured = self.secure(conn)
        if secured is not None:
            self.converse(secured)
