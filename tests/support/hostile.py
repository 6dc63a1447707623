"""Misbehaving servers on 127.0.0.1, for the connection test's failure paths.

Each server is a context manager: entering starts it on a free port of
127.0.0.1 (``.port``), leaving stops it, closes every connection it accepted
and joins its threads, so a test never leaks a thread or a socket.

* :func:`closed_port` - a port that was just bound and released: refused.
* :class:`Blackhole` - a listener whose accept queue is full: connects hang.
* :class:`Tarpit` - accepts and never says a word.
* :class:`Dripper` - sends its banner one byte per interval, for ever.
* :class:`Banner` - sends fixed bytes (HTTP, SSH, garbage), then listens.
* :class:`Smtp` - a mail relay (``220 mail ESMTP``) on the IMAP port.
* :class:`Http` - a web server, silent until asked.
* :class:`FakeImap` - a scripted IMAP server with one INBOX that records what
  it was sent, optionally behind TLS with a certificate chosen by the test;
  its greeting and any reply can be replaced (``* BYE``, ``* PREAUTH``, a
  1 MB line, a hang-up, the real refusals of Exchange, Gmail and Dovecot in
  :data:`REAL_REFUSALS`).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import ipaddress
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
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
            # As real IMAP servers do: answers leave at once, not after the
            # client acknowledges the last one (Nagle), which costs 40 ms.
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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


class Smtp(_Server):
    """A mail relay: greets with ``220 mail ESMTP`` and refuses every command.

    It answers each line it gets (and a TLS hello, which is no line) with a
    ``502`` and hangs up on ``QUIT``, as Postfix does to an unknown command.
    """

    def handle(self, conn: socket.socket) -> None:
        conn.sendall(b"220 mail ESMTP\r\n")
        conn.settimeout(0.05)
        while not self.stopping.is_set():
            try:
                data = conn.recv(4096)
            except TimeoutError:
                continue
            if not data:
                return
            if data.upper().startswith(b"QUIT"):
                conn.sendall(b"221 2.0.0 Bye\r\n")
                return
            conn.sendall(b"502 5.5.2 Error: command not recognized\r\n")


class Http(_Server):
    """A web server: silent until asked, as HTTP servers are.

    A request gets ``400 Bad Request`` (``200 OK`` for ``HEAD /``) and the
    connection is closed; so is anything that cannot be HTTP (such as a TLS
    hello). A client that says nothing for *idle* seconds gets ``408 Request
    Timeout``, as Apache sends it; with ``idle=None`` it waits for ever.
    """

    def __init__(self, idle: float | None = None) -> None:
        super().__init__()
        self.idle = idle
        #: The requests received, one line each.
        self.requests: list[bytes] = []

    def handle(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        waited = 0.0
        data = b""
        while not self.stopping.is_set():
            try:
                chunk = conn.recv(4096)
            except TimeoutError:
                waited += 0.05
                if self.idle is not None and waited >= self.idle and not data:
                    conn.sendall(_http(408, "Request Timeout"))
                    return
                continue
            if not chunk:
                return
            data += chunk
            if not data[:1].isupper():
                conn.sendall(_http(400, "Bad Request"))
                return
            if b"\r\n\r\n" in data:
                self.requests.append(data.split(b"\r\n", 1)[0])
                head = data.startswith(b"HEAD / ")
                conn.sendall(_http(200, "OK") if head else _http(400, "Bad Request"))
                return


def _http(code: int, reason: str) -> bytes:
    return (f"HTTP/1.1 {code} {reason}\r\nServer: Apache\r\nContent-Length: 0\r\n"
            "Connection: close\r\n\r\n").encode()


#: A scripted reply that closes the connection instead of answering.
HANG_UP = b""

#: A line longer than imaplib accepts (it stops at 1,000,000 bytes).
HUGE_LINE = b"* OK " + b"x" * (1 << 20) + b"\r\n"

#: What real servers answer to a refused LOGIN or AUTHENTICATE, word for word
#: (untagged; see :data:`refusal`).
REAL_REFUSALS: dict[str, bytes] = {
    "exchange-login": b"NO LOGIN failed.",
    "exchange-authenticate": b"NO AUTHENTICATE failed.",
    "exchange-not-connected": b"BAD User is authenticated but not connected.",
    "gmail-invalid-credentials":
        b"NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
    "gmail-app-password":
        b"NO [ALERT] Application-specific password required: "
        b"https://support.google.com/accounts/answer/185833 (Failure)",
    "gmail-web-login":
        b"NO [ALERT] Please log in via your web browser: "
        b"https://support.google.com/mail/accounts/answer/78754 (Failure)",
    "gmail-domain-disabled":
        b"NO [ALERT] IMAP access is disabled for your domain. Please contact "
        b"your domain administrator for questions about this feature. (Failure)",
    "gmail-account-disabled":
        b"NO [ALERT] Your account is not enabled for IMAP use. Please visit your "
        b"Gmail settings page and enable your account for IMAP access. (Failure)",
    "dovecot-authorization": b"NO [AUTHORIZATIONFAILED] Authorization failed",
    "dovecot-authentication": b"NO [AUTHENTICATIONFAILED] Authentication failed.",
}


def refusal(reply: bytes) -> dict[bytes, bytes]:
    """Scripted replies that answer both LOGIN and AUTHENTICATE with *reply*."""
    line = b"{tag} " + reply + b"\r\n"
    return {b"LOGIN": line, b"AUTHENTICATE": line}


@dataclass
class _Message:
    uid: int
    flags: set[bytes]
    body: bytes


@dataclass
class _Connection:
    """What one client's session has done so far."""

    stream: socket.SocketIO
    authenticated: bool = False
    selected: bool = False


class FakeImap(_Server):
    """A scripted IMAP server with one INBOX, recording what clients send.

    It advertises *capabilities* (``IMAP4rev1`` is always there) before
    login and *authenticated* (by default the same, without ``AUTH=``) after;
    accepts ``AUTHENTICATE PLAIN`` and ``LOGIN`` when the credentials equal
    *accept* and refuses them otherwise. After login it serves enough of
    RFC 3501 for the connection test: SELECT, LIST (with ``RETURN``) of
    *folders*, APPEND (``APPENDUID`` with UIDPLUS), UID STORE / FETCH /
    SEARCH / EXPUNGE (with UIDPLUS), EXPUNGE and STATUS. Flags in *drops* are
    accepted but never kept. *arrivals* messages come in from elsewhere
    right after the first APPEND, as mail does while a test runs. With
    *late_silent_stores*, a ``STORE … +FLAGS.SILENT`` takes effect only after
    the next command was answered, as on a server that runs pipelined
    commands side by side. An ``AUTHENTICATE PLAIN`` that carries its
    credentials (SASL-IR) is taken as it is, or with *initial_response*
    ``"asks-again"`` asked for once more with ``+``, or ``"rejects"`` refused
    with ``BAD`` (as by a server that does not really support SASL-IR).

    *greeting* replaces the ``* OK`` greeting (after ``* BYE`` it hangs up).
    *replies* maps a command (``b"LOGIN"``, ``b"UID EXPUNGE"``…) to what is sent
    instead of the real answer, ``{tag}`` standing for the command's tag, or
    :data:`HANG_UP` to close the connection; AUTHENTICATE's reply comes after
    the client's SASL response.

    Every line received is kept in :attr:`lines`; decoded PLAIN credentials in
    :attr:`plain`; the INBOX in :attr:`inbox`. With *tls*, connections are
    wrapped in TLS with that certificate first.
    """

    def __init__(self, capabilities: tuple[str, ...] = ("AUTH=PLAIN",), *,
                 accept: tuple[str, str] | None = None,
                 tls: TLSMaterial | None = None,
                 authenticated: tuple[str, ...] | None = None,
                 greeting: bytes | None = None,
                 replies: Mapping[bytes, bytes] | None = None,
                 folders: Sequence[tuple[str, str]] = (("\\HasNoChildren", "INBOX"),),
                 drops: tuple[bytes, ...] = (),
                 arrivals: int = 0, late_silent_stores: bool = False,
                 initial_response: str = "takes") -> None:
        super().__init__()
        self.capabilities = " ".join(("IMAP4rev1", *capabilities))
        after = authenticated if authenticated is not None else tuple(
            c for c in capabilities if not c.upper().startswith("AUTH="))
        self.authenticated = " ".join(("IMAP4rev1", *after))
        self.accept = accept
        self.greeting = greeting if greeting is not None else (
            f"* OK [CAPABILITY {self.capabilities}] fake ready\r\n".encode())
        self.replies = dict(replies or {})
        self.folders = list(folders)
        self.drops = {flag.lower() for flag in drops}
        self.arrivals = arrivals
        self.late_silent_stores = late_silent_stores
        self.initial_response = initial_response
        self._late: list[Callable[[], None]] = []
        self.lines: list[bytes] = []
        self.plain: list[tuple[bytes, bytes, bytes]] = []
        self.inbox: list[_Message] = []
        self.uidnext = 1
        self._mailbox = threading.Lock()
        self._context: ssl.SSLContext | None = None
        if tls is not None:
            self._context = _server_context(tls)

    @property
    def uidplus(self) -> bool:
        """Whether UIDPLUS is offered after login."""
        return "UIDPLUS" in self.authenticated.upper().split()

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
        try:
            self._converse(_Connection(conn.makefile("rwb", buffering=0)))
        finally:
            # Hang up as a real server does when it is done with a client.
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def _converse(self, session: _Connection) -> None:
        session.stream.write(self.greeting)
        if self.greeting.upper().startswith(b"* BYE"):
            return
        while not self.stopping.is_set():
            line = session.stream.readline()
            if not line:
                return
            self.lines.append(line)
            tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
            verb, _, args = rest.partition(b" ")
            verb = verb.upper()
            # "UID EXPUNGE" may be scripted apart from the other UID commands.
            key = b" ".join([verb, args.partition(b" ")[0].upper()])
            if key in self.replies or verb in self.replies:
                reply = self._scripted(verb, args, session, key)
                if reply == HANG_UP:
                    return
                session.stream.write(reply.replace(b"{tag}", tag))
                if b"* BYE" in reply.upper():
                    return
                continue
            session.stream.write(self._answer(tag, verb, args, session))
            if verb == b"LOGOUT":
                return

    def _scripted(self, verb: bytes, args: bytes, session: _Connection,
                  key: bytes) -> bytes:
        reply = self.replies.get(key, self.replies.get(verb, b""))
        if verb == b"AUTHENTICATE" and reply != HANG_UP and b" " not in args:
            # Without an initial response (SASL-IR) the client sends it now.
            session.stream.write(b"+ \r\n")
            self.lines.append(session.stream.readline())
        if verb == b"APPEND" and reply != HANG_UP:
            self._literal(args, session)
        return reply

    def _answer(self, tag: bytes, verb: bytes, args: bytes,
                session: _Connection) -> bytes:
        done = tag + b" OK done\r\n"
        refused = tag + b" NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"
        if verb == b"CAPABILITY":
            caps = self.authenticated if session.authenticated else self.capabilities
            return f"* CAPABILITY {caps}\r\n".encode() + done
        if verb == b"NOOP":
            return done
        if verb == b"LOGOUT":
            return b"* BYE fake logging out\r\n" + done
        mechanism, _, answer = args.partition(b" ")
        if verb == b"AUTHENTICATE" and mechanism.upper() == b"PLAIN":
            if answer and self.initial_response == "rejects":
                return tag + b" BAD Unknown arguments\r\n"
            if not answer or self.initial_response == "asks-again":
                session.stream.write(b"+ \r\n")
                answer = session.stream.readline()
                self.lines.append(answer)
            authzid, authcid, password = base64.b64decode(answer.strip()).split(b"\0")
            self.plain.append((authzid, authcid, password))
            session.authenticated = self._accepts(authcid, password)
            return done if session.authenticated else refused
        if verb == b"LOGIN":
            user, _, password = args.partition(b" ")
            session.authenticated = self._accepts(user, password.strip(b'"'))
            return done if session.authenticated else refused
        if not session.authenticated:
            return tag + b" BAD log in first\r\n"
        with self._mailbox:
            late, self._late = self._late, []
            answer = self._mail(tag, verb, args, session)
            for change in late:
                change()
            return answer

    def _mail(self, tag: bytes, verb: bytes, args: bytes,
              session: _Connection) -> bytes:
        done = tag + b" OK done\r\n"
        if verb in (b"SELECT", b"EXAMINE"):
            session.selected = True
            return (b"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                    b"* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen "
                    b"\\Draft \\*)] ok\r\n"
                    + f"* {len(self.inbox)} EXISTS\r\n* 0 RECENT\r\n"
                      f"* OK [UIDVALIDITY 1] ok\r\n* OK [UIDNEXT {self.uidnext}] "
                      "ok\r\n".encode()
                    + tag + b" OK [READ-WRITE] selected\r\n")
        if verb == b"LIST":
            return b"".join(f'* LIST ({flags}) "/" "{name}"\r\n'.encode()
                            for flags, name in self.folders) + done
        if verb == b"APPEND":
            body, flags = self._literal(args, session)
            uid = self.uidnext
            self.uidnext += 1
            self.inbox.append(_Message(uid, flags, body))
            for _n in range(self.arrivals):
                self.inbox.append(_Message(self.uidnext, set(), b"\r\n\r\n"))
                self.uidnext += 1
            self.arrivals = 0
            exists = (f"* {len(self.inbox)} EXISTS\r\n".encode()
                      if session.selected else b"")
            code = f"[APPENDUID 1 {uid}] ".encode() if self.uidplus else b""
            return exists + tag + b" OK " + code + b"appended\r\n"
        if verb == b"STATUS":
            return (f'* STATUS "INBOX" (MESSAGES {len(self.inbox)})\r\n'.encode()
                    + done)
        if verb == b"EXPUNGE":
            return self._expunge(None) + done
        if verb == b"UID":
            return self._uid(tag, args)
        return tag + b" BAD unknown command\r\n"

    def _uid(self, tag: bytes, args: bytes) -> bytes:
        done = tag + b" OK done\r\n"
        verb, _, rest = args.partition(b" ")
        verb = verb.upper()
        if verb == b"SEARCH":
            words = rest.replace(b'"', b"").split()
            if len(words) >= 3 and words[0].upper() == b"HEADER":
                wanted = words[2]
                found = [m.uid for m in self.inbox
                         if any(line.split(b":", 1)[1].strip() == wanted
                                for line in m.body.split(b"\r\n\r\n")[0].split(b"\r\n")
                                if line.lower().startswith(words[1].lower() + b":"))]
            else:
                found = [m.uid for m in self.inbox]
            return (b"* SEARCH" + b"".join(b" %d" % uid for uid in found) + b"\r\n"
                    + done)
        uids, _, rest = rest.partition(b" ")
        chosen = {int(u) for u in uids.split(b",")}
        if verb == b"STORE":
            return self._store(chosen, rest) + done
        if verb == b"FETCH":
            return b"".join(self._fetch(seq, message)
                            for seq, message in enumerate(self.inbox, start=1)
                            if message.uid in chosen) + done
        if verb == b"EXPUNGE" and self.uidplus:
            return self._expunge(chosen) + done
        return tag + b" BAD unknown command\r\n"

    def _store(self, chosen: set[int], rest: bytes) -> bytes:
        """Change the flags of the messages *chosen*; the FETCH replies."""
        item, _, flags = rest.partition(b" ")
        given = {f for f in flags.strip(b"()").split()
                 if f.lower() not in self.drops}
        if self.late_silent_stores and item.upper() == b"+FLAGS.SILENT":
            for message in self.inbox:
                if message.uid in chosen:
                    self._late.append(functools.partial(message.flags.update, given))
            return b""
        out = b""
        for seq, message in enumerate(self.inbox, start=1):
            if message.uid in chosen:
                if item.upper().startswith(b"+FLAGS"):
                    message.flags |= given
                elif item.upper().startswith(b"-FLAGS"):
                    lower = {f.lower() for f in given}
                    message.flags = {f for f in message.flags
                                     if f.lower() not in lower}
                if not item.upper().endswith(b".SILENT"):
                    out += self._fetch(seq, message)
        return out

    def _fetch(self, seq: int, message: _Message) -> bytes:
        flags = b" ".join(sorted(message.flags))
        return b"* %d FETCH (UID %d FLAGS (%s))\r\n" % (seq, message.uid, flags)

    def _expunge(self, only: set[int] | None) -> bytes:
        out = b""
        seq = 1
        for message in list(self.inbox):
            deleted = any(f.lower() == b"\\deleted" for f in message.flags)
            if deleted and (only is None or message.uid in only):
                self.inbox.remove(message)
                out += b"* %d EXPUNGE\r\n" % seq
            else:
                seq += 1
        return out

    def _literal(self, args: bytes, session: _Connection) -> tuple[bytes, set[bytes]]:
        """Read APPEND's message (after ``+``, unless LITERAL+); its flags."""
        head, _, size = args.rpartition(b"{")
        synchronising = not size.endswith(b"+}")
        length = int(size.strip(b"+}"))
        if synchronising:
            session.stream.write(b"+ go ahead\r\n")
        body = b""
        while len(body) < length:
            chunk = session.stream.read(length - len(body))
            if not chunk:
                break
            body += chunk
        self.lines.append(session.stream.readline())  # the rest of the line
        flags: set[bytes] = set()
        if b"(" in head:
            flags = set(head.split(b"(", 1)[1].split(b")")[0].split())
        return body, {f for f in flags if f.lower() not in self.drops}

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
