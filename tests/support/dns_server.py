"""A tiny DNS server on 127.0.0.1 for the autodetect tests.

It answers UDP queries from a dict of records, built with dnspython's
``dns.message``: a known name and type get their records, a known name with
another type gets an empty answer (NOERROR, "no answer"), any other name gets
NXDOMAIN. Names in :attr:`DnsServer.silent` get no reply at all, so a client
waits for its timeout. :meth:`DnsServer.resolver` returns a resolver that asks
this server only; it never reads the computer's own resolver configuration.
"""

from __future__ import annotations

import logging
import socket
import threading
from types import TracebackType
from typing import Self

import dns.exception
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.rrset

HOST = "127.0.0.1"

log = logging.getLogger(__name__)


def _key(name: str) -> str:
    name = name.lower()
    return name if name.endswith(".") else name + "."


class DnsServer:
    """UDP DNS on a free port of 127.0.0.1 answering from :attr:`records`.

    *records* maps ``(name, type)`` (``("_imaps._tcp.example.com", "SRV")``)
    to record texts in zone-file form (``"0 1 993 imap.example.com."``).
    """

    def __init__(self, records: dict[tuple[str, str], list[str]] | None = None,
                 *, silent: tuple[str, ...] = ()) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}
        for (name, rdtype), texts in (records or {}).items():
            self.add(name, rdtype, *texts)
        self.silent = {_key(name) for name in silent}
        #: Every question received, as ``(name, type)``.
        self.queries: list[tuple[str, str]] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind((HOST, 0))
        self._sock.settimeout(0.05)
        self.port = int(self._sock.getsockname()[1])
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="test-dns",
                                        daemon=True)

    def add(self, name: str, rdtype: str, *texts: str) -> None:
        """Answer *name* / *rdtype* with *texts* from now on."""
        self.records[(_key(name), rdtype.upper())] = list(texts)

    def resolver(self, timeout: float = 2.0) -> dns.resolver.Resolver:
        """A resolver asking only this server."""
        resolver = dns.resolver.Resolver(configure=False)
        resolver.port = self.port
        resolver.nameservers = [HOST]
        resolver.timeout = timeout
        resolver.lifetime = timeout
        resolver.cache = None
        return resolver

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop answering and close the socket (idempotent)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(5.0)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                wire, peer = self._sock.recvfrom(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                reply = self._answer(wire)
            except dns.exception.DNSException:
                log.debug("Test DNS: unreadable query", exc_info=True)
                continue
            if reply is not None:
                self._sock.sendto(reply, peer)

    def _answer(self, wire: bytes) -> bytes | None:
        query = dns.message.from_wire(wire)
        response = dns.message.make_response(query)
        if not query.question:
            response.set_rcode(dns.rcode.FORMERR)
            return response.to_wire()
        question = query.question[0]
        name = _key(question.name.to_text())
        rdtype = dns.rdatatype.to_text(question.rdtype)
        self.queries.append((name, rdtype))
        if name in self.silent:
            return None
        texts = self.records.get((name, rdtype))
        if texts is not None:
            response.answer.append(dns.rrset.from_text_list(
                question.name, 60, dns.rdataclass.IN, question.rdtype, texts))
        elif not any(known == name for known, _type in self.records):
            response.set_rcode(dns.rcode.NXDOMAIN)
        return response.to_wire()
