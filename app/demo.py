"""The wizard's built-in demo mail server.

``umconnect-wizard --demo`` needs an IMAP server to talk to so that a newcomer
can walk the whole setup path without a real one. This module runs pymap's
in-memory backend inside the wizard's own process, on 127.0.0.1 only, with a
throw-away certificate authority for STARTTLS. Nothing it holds survives
:meth:`DemoServer.stop`.

pymap is an optional dependency (the ``demo`` extra), so it is imported only
when the server starts.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import shutil
import socket
import ssl
import tempfile
import threading
import weakref
from argparse import Namespace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self

from app.certs import make_tls_material

if TYPE_CHECKING:
    from proxyprotocol.sock import SocketInfo

log = logging.getLogger(__name__)

DEMO_HOST: Final = "127.0.0.1"
#: The demo unified-messaging users and their passwords. The wizard shows them
#: to the newcomer on purpose: the demo holds nothing worth protecting.
DEMO_USERS: Final = {"alice": "alice-demo", "bob": "bob-demo"}
DEMO_SUPERUSER: Final = "npumadmin"
DEMO_SUPERUSER_PASSWORD: Final = "npumadmin-demo"
#: Folders besides INBOX that every demo user starts with.
DEMO_FOLDERS: Final = ("Sent", "Trash")

_INSTALL_HINT: Final = (
    "The demo mail server needs the optional 'pymap' package; install the demo "
    "extra with: pip install 'umconnect[demo]'"
)
# pymap's default of 500,000 PBKDF2 rounds costs about a quarter of a second per
# login and per account at start; the demo passwords are public, so a token
# amount of hashing keeps the wizard snappy without storing them in clear.
_HASH_ROUNDS: Final = 1000
# How long a connected client gets to receive its BYE before the socket is cut.
_GOODBYE_SECONDS: Final = 1.0
# Refuse absurd APPENDs: everything is held in this process's memory.
_MAX_APPEND_BYTES: Final = 50_000_000

# Servers still running, so that they can be stopped if the program exits
# without closing the wizard properly.
_running: weakref.WeakSet[DemoServer] = weakref.WeakSet()
_exit_hook_lock = threading.Lock()
_exit_hook_installed = False


class DemoUnavailable(RuntimeError):
    """The demo server cannot run because pymap is not installed."""


class DemoStartError(RuntimeError):
    """The demo server was asked to start but did not come up."""


class _ToModuleLog(logging.Handler):
    """Hands pymap's log records to this module's logger."""

    def emit(self, record: logging.LogRecord) -> None:
        """Pass *record* on if this module's logger wants its level."""
        if log.isEnabledFor(record.levelno):
            log.handle(record)


def _route_library_logging() -> None:
    # The wizard configures logging for its own modules; pymap's chatter below
    # WARNING is noise there, and it must not reach the root handlers twice.
    for name in ("pymap", "proxyprotocol"):
        library_log = logging.getLogger(name)
        if not any(isinstance(h, _ToModuleLog) for h in library_log.handlers):
            library_log.addHandler(_ToModuleLog())
        library_log.setLevel(logging.WARNING)
        library_log.propagate = False


def _require_pymap() -> None:
    try:
        import pymap.backend.dict  # noqa: F401, PLC0415 - optional dependency
    except ImportError as exc:
        raise DemoUnavailable(_INSTALL_HINT) from exc


def _listen(host: str) -> socket.socket:
    """Return a TCP socket listening on *host* at a port the OS picks."""
    # Binding here rather than in the loop gives the port at once and keeps
    # address resolution (and the executor thread it needs) out. The protocol
    # is spelled out because asyncio disables Nagle only on sockets whose proto
    # says TCP; socket.create_server() leaves it 0, and every multi-line IMAP
    # response then stalls ~40 ms waiting for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.bind((host, 0))
        sock.listen()
    except BaseException:
        sock.close()
        raise
    return sock


def _stop_all_at_exit() -> None:
    for server in list(_running):
        server.stop()


def _install_exit_hook() -> None:
    # One hook for all servers: unregistering from inside an atexit callback
    # is not something to rely on, so servers leave _running instead.
    global _exit_hook_installed  # noqa: PLW0603 - process-wide, set once
    with _exit_hook_lock:
        if not _exit_hook_installed:
            atexit.register(_stop_all_at_exit)
            _exit_hook_installed = True


class DemoServer:
    """pymap's in-memory IMAP server on 127.0.0.1, run in a background thread."""

    def __init__(
        self, *, start_timeout: float = 10.0, stop_timeout: float = 10.0
    ) -> None:
        """Prepare a server; nothing listens until :meth:`start`."""
        self.host: Final = DEMO_HOST
        #: The TCP port, chosen by the operating system at start (0 before).
        self.port = 0
        self.users: Final = dict(DEMO_USERS)
        self.superuser: Final = DEMO_SUPERUSER
        self.superuser_password: Final = DEMO_SUPERUSER_PASSWORD
        self._start_timeout = start_timeout
        self._stop_timeout = stop_timeout
        # Reentrant because a failed start() cleans up through stop().
        self._lock = threading.RLock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._sock: socket.socket | None = None
        self._folder: Path | None = None
        self._ca_file: Path | None = None
        self._fingerprint: str | None = None
        self._failure: BaseException | None = None

    @property
    def running(self) -> bool:
        """True between a successful :meth:`start` and :meth:`stop`."""
        return self._thread is not None

    @property
    def ca_file(self) -> Path:
        """The CA certificate (PEM) that verifies the server for 127.0.0.1."""
        if self._ca_file is None:
            raise RuntimeError("The demo mail server is not running.")
        return self._ca_file

    @property
    def fingerprint(self) -> str:
        """SHA-256 fingerprint of the server certificate (``AB:CD:…``)."""
        if self._fingerprint is None:
            raise RuntimeError("The demo mail server is not running.")
        return self._fingerprint

    def __enter__(self) -> Self:
        """Start the server for the duration of a ``with`` block."""
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()

    def start(self) -> None:
        """Start serving in a daemon thread; return once connections are accepted."""
        _require_pymap()
        _route_library_logging()
        with self._lock:
            if self._thread is not None:
                raise DemoStartError("The demo mail server is already running.")
            self._failure = None
            self._folder = Path(tempfile.mkdtemp(prefix="umconnect-demo-"))
            try:
                material = make_tls_material()
                cert, key, self._ca_file = material.write(self._folder)
                self._fingerprint = material.fingerprint
                tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                tls.load_cert_chain(cert, key)
                self._sock = _listen(self.host)
                self.port = self._sock.getsockname()[1]
                self._loop = asyncio.new_event_loop()
                self._stop_event = asyncio.Event()
                ready = threading.Event()
                self._thread = threading.Thread(
                    target=self._run,
                    args=(self._loop, self._sock, tls, self._stop_event, ready),
                    name=f"umconnect-demo-imap-{self.port}",
                    daemon=True,
                )
                self._thread.start()
            except BaseException:
                self.stop()
                raise
            _running.add(self)
            _install_exit_hook()
            started = ready.wait(self._start_timeout)
            failure = self._failure
            if started and failure is None:
                log.info("Demo mail server listening on %s:%d", self.host, self.port)
                return
            self.stop()
        if failure is not None:
            raise DemoStartError(
                f"The demo mail server could not start: {failure}"
            ) from failure
        raise DemoStartError(
            f"The demo mail server did not start within {self._start_timeout:g} "
            "seconds."
        )

    def stop(self) -> None:
        """Stop serving, free the port and delete the certificates; idempotent."""
        with self._lock:
            _running.discard(self)
            thread, self._thread = self._thread, None
            loop, self._loop = self._loop, None
            stop_event, self._stop_event = self._stop_event, None
            sock, self._sock = self._sock, None
            folder, self._folder = self._folder, None
            self._ca_file = self._fingerprint = None
            if loop is not None and stop_event is not None:
                # A RuntimeError means the loop already closed on its own.
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(stop_event.set)
            if thread is not None and thread.ident is not None:
                thread.join(self._stop_timeout)
                if thread.is_alive():
                    log.warning(
                        "The demo mail server did not stop within %g seconds",
                        self._stop_timeout,
                    )
                    # Its loop still owns the socket; leave both to the thread.
                    sock = None
            elif loop is not None:
                loop.close()
            if sock is not None:
                # Normally already closed by the server; this covers failures.
                sock.close()
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            if thread is not None:
                log.info("Demo mail server on port %d stopped", self.port)

    def _run(
        self,
        loop: asyncio.AbstractEventLoop,
        sock: socket.socket,
        tls: ssl.SSLContext,
        stop_event: asyncio.Event,
        ready: threading.Event,
    ) -> None:
        try:
            # The Runner cancels leftovers and closes the loop on the way out.
            with asyncio.Runner(loop_factory=lambda: loop) as runner:
                runner.run(self._serve(sock, tls, stop_event, ready))
        except Exception as exc:
            log.exception("The demo mail server failed")
            self._failure = exc
        finally:
            ready.set()

    async def _serve(
        self,
        sock: socket.socket,
        tls: ssl.SSLContext,
        stop_event: asyncio.Event,
        ready: threading.Event,
    ) -> None:
        connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        opening = asyncio.create_task(self._open(sock, tls, connections))
        stopping = asyncio.create_task(stop_event.wait())
        # Racing the two lets stop() end a start that start() gave up on.
        await asyncio.wait((opening, stopping), return_when=asyncio.FIRST_COMPLETED)
        if not opening.done():
            opening.cancel()
            await asyncio.wait((opening,))
            return
        try:
            server = opening.result()
        except Exception as exc:
            log.warning("The demo mail server could not start: %s", exc)
            self._failure = exc
            stopping.cancel()
            return
        ready.set()
        try:
            await stopping
        finally:
            server.close()
            await _hang_up(connections)
            await server.wait_closed()

    async def _open(
        self,
        sock: socket.socket,
        tls: ssl.SSLContext,
        connections: dict[asyncio.Task[None], asyncio.StreamWriter],
    ) -> asyncio.Server:
        # Lazy on purpose: pymap is optional and only the demo needs it.
        from proxyprotocol.reader import ProxyProtocolReader  # noqa: PLC0415
        from pymap.backend.dict import Config, Identity, Login  # noqa: PLC0415
        from pymap.backend.dict.filter import FilterSet  # noqa: PLC0415
        from pymap.backend.dict.mailbox import MailboxSet  # noqa: PLC0415
        from pymap.concurrent import Subsystem  # noqa: PLC0415
        from pymap.imap import IMAPServer  # noqa: PLC0415
        from pymap.user import Passwords, UserMetadata  # noqa: PLC0415
        from pysasl.hashing import BuiltinHash  # noqa: PLC0415

        class DemoConfig(Config):
            @property
            def greeting(self) -> bytes:
                # pymap would look up socket.getfqdn() here, which may ask a
                # DNS server; the demo must not reach beyond this computer.
                return b"umconnect demo mail server ready"

        # Only the attributes pymap reads from its command line are needed.
        args = Namespace(passlib_cfg=None, proxy_protocol=None, inherited_sockets=None)
        config = DemoConfig(
            args,
            host=self.host,
            port=self.port,
            ssl_context=tls,
            # pymap insists on a demo user; with demo_data off it is never
            # created or filled, the accounts below are made by hand instead.
            demo_data=False,
            demo_user=self.superuser,
            demo_password=self.superuser_password,
            subsystem=Subsystem.for_asyncio(),
            # The default CPU pool is a ThreadPoolExecutor that would outlive
            # stop(); cheap hashing can run on the loop instead.
            cpu_subsystem=Subsystem.for_asyncio(),
            hash_context=BuiltinHash(rounds=_HASH_ROUNDS),
            max_append_len=_MAX_APPEND_BYTES,
        )
        config.apply_context()
        login = Login(config)
        passwords = Passwords(config)
        accounts = {**self.users, self.superuser: self.superuser_password}
        for name, password in accounts.items():
            roles = frozenset({"admin"}) if name == self.superuser else frozenset()
            user = UserMetadata(
                config,
                name,
                password=await passwords.hash_password(password),
                roles=roles,
            )
            # Only an identity holding the admin role may assign roles.
            await Identity(name, login, None, frozenset({"admin"})).set(user)
        for name in self.users:
            # Seeding the session cache gives each user an empty INBOX plus the
            # usual folders, and keeps pymap's sample messages out.
            mailboxes = MailboxSet()
            for folder in DEMO_FOLDERS:
                await mailboxes.add_mailbox(folder)
                await mailboxes.set_subscribed(folder, True)
            config.set_cache[name] = (mailboxes, FilterSet())

        imap = IMAPServer(login, config)

        async def serve_one(
            reader: asyncio.StreamReader,
            writer: asyncio.StreamWriter,
            sock_info: SocketInfo,
        ) -> None:
            task = asyncio.current_task()
            assert task is not None
            # The dict also keeps the task alive: asyncio holds it only weakly.
            connections[task] = writer
            try:
                await imap(reader, writer, sock_info)
            except Exception:
                log.warning("A demo mail connection failed", exc_info=True)
            finally:
                connections.pop(task, None)

        accept = ProxyProtocolReader(config.proxy_protocol).get_callback(serve_one)
        return await asyncio.start_server(accept, sock=sock)


async def _hang_up(
    connections: dict[asyncio.Task[None], asyncio.StreamWriter],
) -> None:
    """Close every client connection so the loop can shut down cleanly."""
    pending = dict(connections)
    for task in pending:
        # pymap answers a cancelled connection with BYE and closes it.
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=_GOODBYE_SECONDS)
    for writer in pending.values():
        # A TLS close waits for the client's close_notify, which an idle client
        # never sends; abort so no transport outlives the loop.
        writer.transport.abort()
    # Let the transports' connection_lost callbacks run before the loop closes.
    await asyncio.sleep(0)
