"""A local HTTPS responder for Exchange Autodiscover (POX), on 127.0.0.1.

Answers are chosen by URL path from :attr:`AutodiscoverServer.answers`;
unknown paths get 404. Helpers build the answers the tests need: an IMAP
protocol entry, a ``redirectAddr`` or ``redirectUrl`` account, an Autodiscover
error, a 401, garbage, an HTTP redirect and a tarpit (reads the request,
never answers). The certificate comes from :func:`app.certs.make_tls_material`
and clients trust it through :meth:`AutodiscoverServer.ssl_context`.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from xml.sax.saxutils import escape

from app.certs import TLSMaterial, make_tls_material

HOST = "127.0.0.1"
RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
OUTLOOK_NS = (
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")
#: The path Autodiscover is asked at when found through SRV.
STANDARD_PATH = "/autodiscover/autodiscover.xml"


@dataclass(frozen=True)
class Answer:
    """What the responder sends for one path."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    #: Read the request, then never answer (until the server stops).
    hang: bool = False


def _account(inner: str) -> Answer:
    return Answer(body=(
        f'<?xml version="1.0" encoding="utf-8"?>\n<Autodiscover xmlns="{RESPONSE_NS}">'
        f'<Response xmlns="{OUTLOOK_NS}"><Account><AccountType>email</AccountType>'
        f"{inner}</Account></Response></Autodiscover>").encode())


def imap_answer(server: str, port: int | None = 993, *, ssl_on: str | None = "on",
                encryption: str | None = None) -> Answer:
    """Settings with one IMAP protocol entry (and an SMTP one beside it)."""
    parts = [f"<Type>IMAP</Type><Server>{escape(server)}</Server>"]
    if port is not None:
        parts.append(f"<Port>{port}</Port>")
    if ssl_on is not None:
        parts.append(f"<SSL>{ssl_on}</SSL>")
    if encryption is not None:
        parts.append(f"<Encryption>{encryption}</Encryption>")
    return _account(
        "<Action>settings</Action>"
        "<Protocol><Type>SMTP</Type><Server>smtp.example.net</Server>"
        "<Port>587</Port></Protocol>"
        f"<Protocol>{''.join(parts)}</Protocol>")


def no_imap_answer() -> Answer:
    """Settings that list Exchange (EXCH) only, as Exchange does by default."""
    return _account("<Action>settings</Action><Protocol><Type>EXCH</Type>"
                    "<Server>ex01.example.com</Server></Protocol>")


def redirect_addr(address: str) -> Answer:
    """Ask again for another address."""
    return _account(f"<Action>redirectAddr</Action>"
                    f"<RedirectAddr>{escape(address)}</RedirectAddr>")


def redirect_url(url: str) -> Answer:
    """Ask again at another URL."""
    return _account(f"<Action>redirectUrl</Action>"
                    f"<RedirectUrl>{escape(url)}</RedirectUrl>")


def error_answer(code: str = "500",
                 message: str = "The e-mail address cannot be found.") -> Answer:
    """Autodiscover's own error answer."""
    return Answer(body=(
        f'<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="{RESPONSE_NS}">'
        f'<Response><Error Time="12:00:00" Id="1"><ErrorCode>{code}</ErrorCode>'
        f"<Message>{escape(message)}</Message><DebugData /></Error></Response>"
        "</Autodiscover>").encode())


UNAUTHORIZED = Answer(401, b"401 - Unauthorized", "text/html",
                      {"WWW-Authenticate": 'Basic realm="autodiscover"'})
GARBAGE = Answer(200, b"<html><body>Welcome to our web site!<br></body></html>",
                 "text/html")
BINARY = Answer(200, bytes(range(256)), "application/octet-stream")
TARPIT = Answer(hang=True)


def http_redirect(location: str, status: int = 302) -> Answer:
    """An HTTP redirection to *location*."""
    return Answer(status, b"", "text/plain", {"Location": location})


@dataclass
class Request:
    """One request the responder received."""

    path: str
    content_type: str
    body: bytes


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _HttpServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        # The TLS handshake runs here, on the connection's own thread.
        self.request.settimeout(5.0)
        self.request.do_handshake()
        super().setup()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        owner = self.server.owner
        owner.requests.append(Request(self.path, self.headers.get(
            "Content-Type", ""), body))
        answer = owner.answers.get(self.path, Answer(404, b"Not found",
                                                     "text/plain"))
        if answer.hang:
            owner.stopping.wait(30.0)
            self.close_connection = True
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _HttpServer(http.server.ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, owner: AutodiscoverServer) -> None:
        self.owner = owner
        super().__init__((HOST, 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up (timeouts, refused certificates) are expected.
        pass


class AutodiscoverServer:
    """HTTPS on a free port of 127.0.0.1 that answers POX requests by path."""

    def __init__(self, tls: TLSMaterial | None = None) -> None:
        self.tls = tls or make_tls_material(("127.0.0.1", "localhost"))
        self.answers: dict[str, Answer] = {}
        self.requests: list[Request] = []
        self.stopping = threading.Event()
        self._folder = tempfile.TemporaryDirectory(prefix="autodiscover-")
        _cert, _key, self.cafile = self.tls.write(Path(self._folder.name))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(_cert, _key)
        self._httpd = _HttpServer(self)
        self._httpd.socket = context.wrap_socket(
            self._httpd.socket, server_side=True, do_handshake_on_connect=False)
        self.port = int(self._httpd.server_address[1])
        self.base = f"https://{HOST}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="test-autodiscover", daemon=True)

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's authority only."""
        return ssl.create_default_context(cafile=str(self.cafile))

    def template(self, prefix: str) -> str:
        """An Autodiscover URL template (``{domain}`` in it) under /*prefix*."""
        return f"{self.base}/{prefix}/{{domain}}{STANDARD_PATH}"

    def path(self, prefix: str, domain: str) -> str:
        """The path :meth:`template` gives for *domain*."""
        return f"/{prefix}/{domain}{STANDARD_PATH}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        """Release tarpits, stop serving, join every thread (idempotent)."""
        self.stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(5.0)
        self._httpd.server_close()
        self._folder.cleanup()


def free_port() -> int:
    """A port of 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])
