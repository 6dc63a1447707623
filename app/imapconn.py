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

import base64
import contextlib
import functools
import imaplib
import ipaddress
import logging
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
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

    def __init__(self, summary: str, remedy: str, detail: str = "", *,
                 pin_offer: str = "") -> None:
        super().__init__(summary)
        self.summary = summary
        self.remedy = remedy
        self.detail = detail
        #: The refused certificate's SHA-256 when trusting it by its fingerprint
        #: would make the connection work (the wizard offers exactly that).
        self.pin_offer = pin_offer


#: How long a second connection, made only to read the server's certificate
#: or TLS version, may take.
_LOOK_SECONDS = 3.0


class TokenRefused(SessionError):
    """The server refused an OAuth 2.0 access token for *user*'s mailbox.

    ``reply`` is the server's final line without its tag, ``said`` the error
    it sent as a SASL challenge (JSON for XOAUTH2), if any.
    """

    def __init__(self, user: str, reply: str, said: str = "") -> None:
        super().__init__(
            _("The server refused the access token for {user}").format(user=user),
            _("Check that the application may open {user}'s mailbox.").format(
                user=user),
            "\n".join(part for part in (reply, said) if part))
        self.user = user
        self.reply = reply
        self.said = said


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
    #: The names the certificate is valid for (subject alternative names).
    names: tuple[str, ...] = ()
    not_before: datetime | None = None
    #: How many certificates the server sent, if Python can tell.
    sent: int | None = None
    #: How many certificates the verified chain had (server to authority).
    chain: int | None = None
    #: Subject and issuer are the same: the certificate signed itself.
    self_issued: bool = False

    @property
    def days_left(self) -> int | None:
        """Days until the certificate expires (negative once it has), if known."""
        if self.not_after is None:
            return None
        return (self.not_after - datetime.now(UTC)).days

    def facts(self) -> str:
        """What a passed TLS step adds to its detail: the names and the chain."""
        lines = [_("Names: {names}").format(names=", ".join(self.names) or _("none"))]
        if self.chain is not None and self.sent is not None:
            lines.append(_("Chain: {chain} certificates, {sent} sent by the server")
                         .format(chain=self.chain, sent=self.sent))
        elif self.sent is not None:
            lines.append(_("Certificates sent by the server: {n}").format(
                n=self.sent))
        return "\n".join(lines)


#: OpenSSL's verification results (X509_V_ERR_*) that get their own verdict.
_NO_ISSUER = 2
_NOT_YET_VALID = 9
_EXPIRED = 10
_SELF_SIGNED = 18
_SELF_SIGNED_IN_CHAIN = 19
_NO_ISSUER_LOCALLY = 20
_LEAF_UNVERIFIABLE = 21
_HOSTNAME_MISMATCH = 62
_IP_MISMATCH = 64

#: What Python calls the versions older than TLS 1.2, and what people call them.
_OUTDATED = {"SSLv3": "SSL 3.0", "TLSv1": "TLS 1.0", "TLSv1.1": "TLS 1.1"}

#: OpenSSL reasons that may mean "the server speaks only an older TLS".
_MAYBE_OUTDATED = ("UNSUPPORTED_PROTOCOL", "NO_PROTOCOLS_AVAILABLE",
                   "ALERT_PROTOCOL_VERSION", "WRONG_SSL_VERSION", "VERSION_TOO_LOW",
                   "ALERT_HANDSHAKE_FAILURE", "UNEXPECTED_EOF", "EOF occurred")


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


@functools.lru_cache(maxsize=2)
def _look_context(legacy: bool) -> ssl.SSLContext:
    """A context that only *reads* what a server offers; see ``_second_look``.

    It verifies nothing, and with *legacy* it also accepts TLS 1.0 and weak
    ciphers, so a connection made with it carries no command and no data.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    if legacy:
        # MINIMUM_SUPPORTED rather than TLSv1, which Python marks deprecated.
        context.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
        context.set_ciphers("DEFAULT:@SECLEVEL=0")
    else:
        context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _chain_sizes(sock: ssl.SSLSocket) -> tuple[int | None, int | None]:
    """(certificates the server sent, certificates of the verified chain)."""
    # Public on SSLSocket from Python 3.13; on the internal object before.
    sources: list[Any] = [sock, getattr(sock, "_sslobj", None)]
    sizes: list[int | None] = []
    for method in ("get_unverified_chain", "get_verified_chain"):
        size = None
        for source in sources:
            get = getattr(source, method, None)
            if callable(get):
                try:
                    size = len(get() or ())
                except (ssl.SSLError, ValueError, TypeError):
                    size = None
                break
        sizes.append(size)
    # Without verification the "verified" chain is just what was sent.
    if sock.context.verify_mode == ssl.CERT_NONE:
        sizes[1] = None
    return sizes[0] or None, sizes[1] or None


def _describe_cert(sock: ssl.SSLSocket, server: ImapServer) -> TLSInfo:
    der = sock.getpeercert(binary_form=True) or b""
    fingerprint = cert_fingerprint(der) if der else ""
    subject = issuer = ""
    not_before = not_after = None
    names: list[str] = []
    self_issued = False
    try:
        cert = x509.load_der_x509_certificate(der)
        subject = cert.subject.rfc4514_string()
        issuer = cert.issuer.rfc4514_string()
        self_issued = cert.subject == cert.issuer
        not_before = cert.not_valid_before_utc
        not_after = cert.not_valid_after_utc
        with contextlib.suppress(x509.ExtensionNotFound):
            alt = cert.extensions.get_extension_for_class(
                x509.SubjectAlternativeName).value
            names = [*alt.get_values_for_type(x509.DNSName),
                     *(str(ip) for ip in alt.get_values_for_type(x509.IPAddress))]
    except ValueError:
        log.debug("Could not parse the server certificate", exc_info=True)
    cipher = sock.cipher()
    sent, chain = _chain_sizes(sock)
    return TLSInfo(
        version=sock.version() or "?",
        cipher=cipher[0] if cipher else "?",
        subject=subject,
        issuer=issuer,
        not_after=not_after,
        fingerprint=fingerprint,
        pinned=bool(server.pinned_fingerprint),
        names=tuple(names),
        not_before=not_before,
        sent=sent,
        chain=chain,
        self_issued=self_issued,
    )


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment is not None else "?"


def describe_certificate(info: TLSInfo) -> str:
    """The certificate for a person to compare: names, issuer, dates, SHA-256."""
    lines = [
        _("Subject: {subject}").format(subject=info.subject or "?"),
        _("Names: {names}").format(names=", ".join(info.names) or _("none")),
        _("Issuer: {issuer}").format(issuer=info.issuer or "?"),
        _("Valid from: {when}").format(when=_when(info.not_before)),
        _("Valid until: {when} (days left: {days})").format(
            when=_when(info.not_after),
            days="?" if info.days_left is None else info.days_left),
        _("SHA-256: {fp}").format(fp=info.fingerprint),
    ]
    if info.sent is not None:
        lines.append(_("Certificates sent by the server: {n}").format(n=info.sent))
    return "\n".join(lines)


def check_pin(info: TLSInfo, server: ImapServer) -> None:
    """Refuse the connection unless the certificate matches the pinned one."""
    expected = normalise_fingerprint(server.pinned_fingerprint)
    if server.pinned_fingerprint and info.fingerprint != expected:
        raise SessionError(
            _("Certificate does not match the trusted one"),
            _("The server now shows a different certificate. If the server "
              "administrator renewed it, compare the new fingerprint with "
              "them before trusting it."),
            _("Trusted: {expected}\nServer:  {actual}").format(
                expected=expected, actual=info.fingerprint)
            + "\n" + describe_certificate(info),
            pin_offer=info.fingerprint,
        )


def outdated_tls_error(version: str, text: str) -> SessionError:
    """The verdict for a server that offers only *version* (``TLSv1`` …)."""
    name = _OUTDATED.get(version, version)
    return SessionError(
        _("The server offers only {version}").format(version=name),
        _("Enable TLS 1.2 on the mail server: this program needs TLS 1.2 or "
          "newer, and {version} is no longer safe. On Exchange 2010 or 2013 on "
          "Windows, install the current updates and enable TLS 1.2 in "
          "SCHANNEL.").format(version=name),
        _("With older versions allowed, the server chose {version}.").format(
            version=name) + ("\n" + text if text else ""))


def _compare_first() -> str:
    return _("Compare the fingerprint with the server administrator before "
             "trusting it.")


def explain_tls_error(exc: ssl.SSLError | ssl.CertificateError, host: str,
                      cert: TLSInfo | None = None,
                      offered: str = "") -> SessionError:
    """One sentence and one remedy for a failed TLS handshake.

    *cert* is the server's certificate as read on a second connection when
    verification failed; *offered* the version the server chose when older
    versions were allowed. Both only sharpen the verdict.
    """
    text = str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _certificate_error(exc, host, cert)
    if offered in _OUTDATED:
        return outdated_tls_error(offered, text)
    reason = str(getattr(exc, "reason", "") or "")
    if ("UNSAFE_LEGACY_RENEGOTIATION" in reason
            or "unsafe legacy renegotiation" in text.lower()):
        return SessionError(_("The server needs legacy renegotiation"), _(
            "The server lacks secure renegotiation (RFC 5746), which this "
            "program requires. Update the mail server's TLS software; on "
            "Windows, install the current updates."), text)
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


def _certificate_error(exc: ssl.SSLCertVerificationError, host: str,
                       cert: TLSInfo | None) -> SessionError:
    """The verdict for a certificate that failed verification."""
    code = exc.verify_code
    reason = exc.verify_message or str(exc)
    if cert is None:
        detail = (_("The certificate could not be read on a second connection.")
                  + "\n" + reason)
    else:
        detail = describe_certificate(cert) + "\n" + _(
            "Verification: {reason}").format(reason=reason)
    offer = cert.fingerprint if cert is not None else ""
    compare = " " + _compare_first() if offer else ""

    if code == _EXPIRED or "expired" in reason:
        if cert is not None and cert.days_left is not None and cert.days_left < 0:
            remedy = _("The certificate expired on {date}. Ask the server "
                       "administrator to renew it.").format(
                date=f"{cert.not_after:%Y-%m-%d}")
        elif cert is not None:
            remedy = _("A certificate of the server's chain has expired. Ask the "
                       "server administrator to install a current chain.")
        else:
            remedy = _("Ask the server administrator to renew the mail "
                       "server's certificate.")
        return SessionError(_("Certificate expired"), remedy, detail)
    if code == _NOT_YET_VALID or "not yet valid" in reason:
        start = f"{cert.not_before:%Y-%m-%d}" if cert and cert.not_before else "?"
        return SessionError(_("Certificate not yet valid"), _(
            "The certificate is valid only from {date}. Check the date and time "
            "of this computer and of the server; if both are right, ask the "
            "administrator for a certificate that is valid now.").format(
            date=start), detail)
    if (code in (_HOSTNAME_MISMATCH, _IP_MISMATCH) or "Hostname mismatch" in reason
            or "IP address mismatch" in reason):
        names = (", ".join(cert.names) or cert.subject) if cert else "?"
        return SessionError(_("Certificate is for another name"), _(
            "The certificate is for {names}, but the test connected to {host}. "
            "Enter one of those names as the server, or trust this "
            "certificate.").format(names=names, host=host) + compare,
            detail, pin_offer=offer)
    if code == _SELF_SIGNED or (
            code != _SELF_SIGNED_IN_CHAIN and "self-signed" in reason):
        return SessionError(_("Self-signed certificate"), _(
            "The server signed its own certificate, so no authority vouches for "
            "it. Ask the administrator for a certificate from an authority, or "
            "trust this one by its fingerprint.") + compare,
            detail, pin_offer=offer)
    unknown_issuer = code in (_NO_ISSUER, _NO_ISSUER_LOCALLY, _LEAF_UNVERIFIABLE)
    if cert is not None and unknown_issuer and cert.sent == 1 and not cert.self_issued:
        return SessionError(_("Certificate not trusted"), _(
            "The server may not send its intermediate certificate; ask the "
            "administrator to install the full chain, or add the authority's "
            "CA file ({issuer}), or trust this certificate.").format(
            issuer=cert.issuer) + compare, detail, pin_offer=offer)
    if cert is not None and (unknown_issuer or code == _SELF_SIGNED_IN_CHAIN):
        return SessionError(_("Certificate from an unknown authority"), _(
            "This computer does not know the authority that issued the "
            "certificate ({issuer}). Add the authority's CA file, or trust this "
            "certificate.").format(issuer=cert.issuer) + compare,
            detail, pin_offer=offer)
    return SessionError(_("Certificate not trusted"), _(
        "Add the authority that issued the certificate (CA file), or trust this "
        "certificate by its fingerprint.") + compare, detail, pin_offer=offer)


def _may_be_outdated(exc: OSError) -> bool:
    """Whether a failed handshake could be a server stuck on TLS 1.0 or 1.1."""
    if isinstance(exc, ssl.SSLEOFError | ConnectionResetError):
        return True
    text = f"{getattr(exc, 'reason', '')} {exc}"
    return any(mark in text for mark in _MAYBE_OUTDATED)


def _read_line(sock: socket.socket, until: float, limit: int = 4096) -> bytes:
    """One line from *sock*, byte by byte so nothing after it is consumed."""
    line = bytearray()
    while not line.endswith(b"\n"):
        if time.monotonic() > until:
            raise TimeoutError("the server sends too slowly")
        byte = sock.recv(1)
        if not byte or len(line) >= limit:
            raise ConnectionError("no complete line from the server")
        line += byte
    return bytes(line)


def _starttls_by_hand(sock: socket.socket, within: float) -> None:
    """Greeting, ``STARTTLS`` and its OK, for a second look (nothing else)."""
    until = time.monotonic() + within
    if not _read_line(sock, until).upper().startswith(b"* OK"):
        raise ConnectionError("the server did not greet with OK")
    sock.sendall(b"L1 STARTTLS\r\n")
    for _line in range(50):
        line = _read_line(sock, until)
        if line[:3].upper() == b"L1 ":
            if line[3:5].upper() != b"OK":
                raise ConnectionError("the server refused STARTTLS")
            return
    raise ConnectionError("no answer to STARTTLS")


#: A capability list given as a response code, up to its own "]".
_CAPABILITY_CODE = re.compile(rb"\[CAPABILITY ([^\]]*)\]", re.IGNORECASE)


def _set_size(uids: bytes) -> int:
    """How many numbers a set such as ``4,7:9`` names."""
    size = 0
    for part in uids.split(b","):
        low, _, high = part.partition(b":")
        if low.isdigit() and (not high or high.isdigit()):
            size += abs(int(high or low) - int(low)) + 1
    return size


class _PreconnectedIMAP4(imaplib.IMAP4):
    """imaplib over a socket we opened, recording a masked transcript.

    It keeps the last line the server sent (:attr:`last_line`), so verdicts
    can quote the server's own words; refuses a line longer than
    :attr:`LINE_LIMIT` with :class:`LineTooLong` (imaplib's limit, which it
    reports like any protocol error); and, if the greeting fails, leaves the
    socket open for the session, which owns it.
    """

    #: The longest line accepted, in bytes (imaplib's own limit).
    LINE_LIMIT = 1_000_000

    class LineTooLong(imaplib.IMAP4.abort):
        """The server sent a line longer than :attr:`LINE_LIMIT`."""

    def __init__(self, host: str, sock: socket.socket,
                 record: Callable[[str, bytes], None]) -> None:
        self._given_sock = sock
        self._record = record
        self._hide_sent = False
        self._opening = True
        self._echoed: list[bytes] = []
        self._again = b""
        self.last_line = b""
        # The selected mailbox's message count, kept up to date from the
        # server's EXISTS and EXPUNGE replies as a mail program keeps it.
        self.exists: int | None = None
        # Untagged replies in the order they came, while a caller listens
        # (imaplib files them by kind, which loses their order).
        self.heard: list[tuple[str, Any]] | None = None
        try:
            super().__init__(host, 0)
        finally:
            self._opening = False

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        return self._given_sock

    def _get_capabilities(self) -> None:
        # A greeting that lists the capabilities ("* OK [CAPABILITY …]",
        # RFC 3501 7.1) makes the CAPABILITY command a wasted round trip; a
        # list that names no IMAP version is not trusted. After STARTTLS
        # they must be asked for again.
        listed = self.untagged_responses.pop("CAPABILITY", None)
        if self._opening and listed and isinstance(listed[-1], bytes):
            words = listed[-1].decode("ascii", "replace").upper().split()
            if {"IMAP4REV1", "IMAP4REV2"} & set(words):
                self.capabilities = tuple(words)
                return
        super()._get_capabilities()  # type: ignore[misc]

    def _append_untagged(self, typ: str, dat: Any) -> None:
        if typ == "CAPABILITY" and isinstance(dat, bytes) and b"]" in dat:
            # imaplib reads a response code up to the line's last "]", but
            # the list ends at the first: "* OK [CAPABILITY …] mail [eu-1]".
            code = _CAPABILITY_CODE.search(self.last_line)
            dat = code.group(1) if code else dat
        if self.heard is not None:
            self.heard.append((typ, dat))
        self._count(typ, dat)
        super()._append_untagged(typ, dat)  # type: ignore[misc]

    def _count(self, typ: str, dat: Any) -> None:
        """Follow the open mailbox's message count in an untagged reply."""
        if not isinstance(dat, bytes):
            return
        if typ == "EXISTS" and dat.isdigit():
            self.exists = int(dat)
        elif typ == "EXPUNGE" and self.exists:
            self.exists -= 1
        elif typ == "FETCH" and self.exists is not None:
            # A message the server numbers n means at least n messages, even
            # from a server that did not say EXISTS for it.
            number = dat.split(b" ", 1)[0]
            if number.isdigit():
                self.exists = max(self.exists, int(number))
        elif typ == "VANISHED" and self.exists and not dat.startswith(b"("):
            # QRESYNC's form of EXPUNGE (not its "(EARLIER)" report).
            self.exists = max(0, self.exists - _set_size(dat))

    def authenticate_at_once(self, mechanism: str, response: bytes) -> bool:
        """``AUTHENTICATE`` with its initial response (SASL-IR, RFC 4959).

        One round trip instead of two. False if the server rejects that form
        (``BAD``): ask again without it. A refusal (``NO``) raises
        ``IMAP4.error`` with the server's reply, as imaplib's ``authenticate``
        does. A server that asks for the response although it has it
        (``+``) is given it once more.
        """
        answer = base64.b64encode(response) or b"="
        self._again = answer
        # A bound method as literal is how imaplib's own authenticate answers
        # continuations (its stubs only know strings).
        self.literal = self._answer_again  # type: ignore[assignment]
        try:
            typ, data = self._simple_command("AUTHENTICATE", mechanism,
                                             answer.decode("ascii"))
        except self.abort:
            raise
        except self.error:
            return False  # imaplib raises on BAD
        finally:
            self._again = b""
        if typ != "OK":
            raise self.error(data[-1].decode("utf-8", "replace") if data else typ)
        self.state = "AUTH"
        return True

    @contextlib.contextmanager
    def hiding(self, *secrets: bytes) -> Iterator[None]:
        """While the block runs, replace *secrets* in what the server sends.

        A server that quotes a command it refuses must not put credentials
        into the transcript or a verdict.
        """
        self._echoed = [secret for secret in secrets if secret]
        try:
            yield
        finally:
            self._echoed = []

    def _answer_again(self, _challenge: bytes) -> bytes:
        # The response once more, then "*", which ends the exchange (RFC 3501).
        answer, self._again = self._again or b"*", b"*"
        return answer

    def append_at_once(self, mailbox: str, flags: str,
                       message: bytes) -> tuple[str, list[Any]]:
        """``APPEND`` as a non-synchronising literal (LITERAL+, RFC 7888).

        The message follows the command at once instead of after the
        server's go-ahead: one round trip instead of two. The caller checks
        that the server offers LITERAL+ (or LITERAL- for up to 4,096 bytes).
        """
        tag = self._new_tag()
        head = (tag + b" APPEND " + self._quote(mailbox).encode("utf-8")
                + b" " + flags.encode("ascii") + b" {%d+}" % len(message))
        self._record("C", head)
        self._record("C", message)
        imaplib.IMAP4.send(self, head + b"\r\n" + message + b"\r\n")
        try:
            done: tuple[str, list[Any]] = self._command_complete("APPEND", tag)
        except self.abort:
            raise
        except self.error:  # imaplib raises on BAD
            return "BAD", [self.reply_text(self.last_line).encode("utf-8")]
        return done

    def pipeline(self, *commands: tuple[str, ...]) -> list[tuple[str, list[Any]]]:
        """Send *commands* together, then read each completion in order.

        Commands without literals only, and none whose meaning depends on
        message numbers another changes (RFC 3501 5.5): UID commands are
        safe. A refused command gives ``("NO"|"BAD", [reply])``; a broken
        connection raises ``IMAP4.abort`` as usual.
        """
        for typ in ("OK", "NO", "BAD"):
            self.untagged_responses.pop(typ, None)
        tags: list[tuple[str, bytes]] = []
        lines: list[bytes] = []
        for name, *args in commands:
            tags.append((name, self._new_tag()))
            lines.append(b" ".join([tags[-1][1], name.encode("ascii"),
                                    *(arg.encode("utf-8") for arg in args)]))
            self._record("C", lines[-1])
        # One write: a second small one would wait for the server's
        # acknowledgement of the first (Nagle's algorithm).
        imaplib.IMAP4.send(self, b"".join(line + b"\r\n" for line in lines))
        results: list[tuple[str, list[Any]]] = []
        for name, tag in tags:
            try:
                results.append(self._command_complete(name, tag))
            except self.abort:
                raise
            except self.error as exc:
                results.append(("BAD", [str(exc).encode("utf-8")]))
        # What they said is the caller's now: no later command may take it
        # for its own.
        for typ in ("FETCH", "EXPUNGE", "SEARCH"):
            self.untagged_responses.pop(typ, None)
        return results

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
        line = self.file.readline(self.LINE_LIMIT + 1)
        assert isinstance(line, bytes)  # the socket file is binary
        for secret in self._echoed:
            line = line.replace(secret, b"[credentials hidden]")
        if len(line) > self.LINE_LIMIT:
            self._record("S", line)
            raise self.LineTooLong(
                f"the server sent a line of more than {self.LINE_LIMIT} bytes")
        if line[:1] != b"+":
            self._hide_sent = False
        if line:  # at the end, the last line is the one before it
            self.last_line = line
        self._record("S", line)
        return line

    def shutdown(self) -> None:
        if self._opening:
            # The greeting failed. The socket is the session's: it may still
            # ask what else answers on it, and it closes it.
            self.file.close()
            return
        super().shutdown()

    @classmethod
    def line_too_long(cls, exc: BaseException | None) -> bool:
        """Whether *exc* comes from :class:`LineTooLong` (imaplib re-wraps it)."""
        while exc is not None:
            if isinstance(exc, cls.LineTooLong):
                return True
            exc = exc.__cause__ or exc.__context__
        return False

    def broken(self, exc: BaseException, when: str) -> SessionError:
        """The verdict for an exchange that broke off.

        *exc* is imaplib's ``abort`` or an :class:`OSError` other than a
        timeout; *when* completes "The connection ended …" ("during login").
        """
        if self.line_too_long(exc):
            return SessionError(_("The server sent a line of over 1 MB"), _(
                "No IMAP answer is that long ({when}). Check that this port "
                "belongs to the IMAP server, and show the transcript to its "
                "administrator.").format(when=when), str(exc))
        if self.last_line[:5].upper() == b"* BYE":
            reason = self.reply_text(self.last_line)[4:].strip()
            return SessionError(_("The server hung up: {reason}").format(
                reason=reason[:80]), _(
                "The connection ended {when}, for the reason quoted. Check the "
                "server's log, or show the reason to its administrator.").format(
                when=when), reason)
        if isinstance(exc, OSError) or "socket error" in str(exc):
            return SessionError(_("The server closed the connection"), _(
                "The connection ended {when}. Check the port and the security "
                "setting (TLS or STARTTLS), then the server's log.").format(
                when=when), str(exc))
        return SessionError(_("The server's answer is not IMAP"), _(
            "It broke the IMAP protocol {when}. Show the transcript to the "
            "server administrator.").format(when=when), str(exc))

    @staticmethod
    def reply_text(line: bytes) -> str:
        """A server line without its tag: ``NO [CODE] text``."""
        text = line.decode("utf-8", "replace").strip()
        return text.split(" ", 1)[1] if " " in text else text

    @staticmethod
    def stranger(line: bytes) -> str:
        """The protocol that sent *line* when it is not IMAP, if it is known."""
        upper = line.lstrip().upper()
        if upper.startswith(b"HTTP/"):
            return "HTTP"
        if upper.startswith(b"220") and b"SMTP" in upper:
            return "SMTP"
        if upper.startswith(b"SSH-"):
            return "SSH"
        if upper.startswith((b"+OK", b"-ERR")):
            return "POP3"
        if upper.startswith(b"220") and b"FTP" in upper:
            return "FTP"
        return ""


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

    def unwatch(self) -> None:
        """Forget the socket; call it before closing a watched socket."""
        with self._lock:
            self._fd = None

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
            try:
                borrowed = socket.socket(fileno=self._fd)
            except OSError:
                return  # already closed by its owner: nothing left to wake
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
        self._before_login: tuple[bytes, ...] = ()

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
            except (OSError, UnicodeError) as exc:  # UnicodeError: bad labels
                error.append(exc)

        with contextlib.suppress(ValueError):
            # An address needs no lookup, and so no thread to wait on.
            self.addresses = [str(ipaddress.ip_address(self.host))]
            return self.addresses
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
            # IMAP is a conversation of short lines: send each at once rather
            # than wait for the server to acknowledge the last (Nagle).
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(min(self.timeouts.connect, self.guard.remaining()))
            self.guard.watch(sock)
            try:
                sock.connect((address, self.server.port))
            except OSError as exc:
                self.guard.unwatch()  # before the number can be reused
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
            raise self._handshake_failed(exc) from exc
        except OSError as exc:
            self.guard.check()
            raise self._handshake_cut(exc, _("during the TLS handshake")) from exc
        self.tls = _describe_cert(wrapped, self.server)
        check_pin(self.tls, self.server)
        return self.tls

    def greet(self) -> str:
        """Read the server's greeting, handing the socket to imapclient.

        Anything but ``* OK`` gets its own verdict: ``* BYE`` (turned away,
        with the server's reason), ``* PREAUTH`` (already logged in, so the
        superuser cannot choose a mailbox), another protocol, a line over
        imaplib's limit, or silence (then a web server is asked to show
        itself, as HTTP servers wait for the client to speak first).
        """
        assert self._sock is not None
        sock = self._sock
        use_tls = isinstance(sock, ssl.SSLSocket)
        port = self.server.port
        # Without TLS the socket still has the connect timeout, and imaplib
        # reads the greeting before imapclient applies the read timeout.
        sock.settimeout(min(self.timeouts.read, self.guard.remaining()))
        first: list[bytes] = []

        def record(direction: str, data: bytes) -> None:
            if direction == "S" and not first:
                first.append(data[:512])
            self.transcript.record(direction, data)

        try:
            self._client = _Client(self.host, sock, use_tls,
                                   min(self.timeouts.read, self.guard.remaining()),
                                   record)
        except imaplib.IMAP4.error as exc:
            self.guard.check()
            line = first[0] if first else b""
            shown = line.decode("utf-8", "replace").strip()[:300] or str(exc)
            if _PreconnectedIMAP4.line_too_long(exc):
                raise SessionError(_("The server sent a line of over 1 MB"), _(
                    "No IMAP greeting is that long: whatever answers on port "
                    "{port} is not a working IMAP server. Check the port "
                    "number.").format(port=port), str(exc)) from exc
            if line[:5].upper() == b"* BYE":
                reason = _PreconnectedIMAP4.reply_text(line)[4:].strip()
                raise SessionError(_("Server refused the connection: {reason}").format(
                    reason=reason[:80] or "BYE"), _(
                    "The server said goodbye before any login. If it names too "
                    "many connections, close other programs connected to it "
                    "from this computer or wait a minute; otherwise show its "
                    "message to the server administrator."), shown) from exc
            others = {
                "HTTP": _("A web server answers, not IMAP"),
                "SMTP": _("A mail relay (SMTP) answers, not IMAP"),
                "SSH": _("An SSH server answers, not IMAP"),
                "POP3": _("A POP3 server answers, not IMAP"),
                "FTP": _("An FTP server answers, not IMAP"),
            }
            summary = others.get(_PreconnectedIMAP4.stranger(line),
                                 _("Not an IMAP server"))
            raise SessionError(summary, _(
                "Port {port} does not speak IMAP. IMAP servers listen on port "
                "993 (TLS) or 143 (STARTTLS); check the port number.").format(
                port=port), shown) from exc
        except TimeoutError as exc:
            self.guard.check()
            # Web servers say nothing until asked: ask, briefly.
            answer = b""
            with contextlib.suppress(OSError):
                sock.settimeout(min(0.5, self.timeouts.read, self.guard.remaining()))
                self.transcript.record("C", b"HEAD / HTTP/1.0")
                sock.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
                answer = sock.recv(512).split(b"\r\n", 1)[0]
                self.transcript.record("S", answer)
            self.guard.check()
            if _PreconnectedIMAP4.stranger(answer) == "HTTP":
                raise SessionError(_("A web server answers, not IMAP"), _(
                    "Port {port} belongs to a web server, which sent no IMAP "
                    "greeting but answered a web request. IMAP servers listen "
                    "on port 993 (TLS) or 143 (STARTTLS); check the port "
                    "number.").format(port=port),
                    answer.decode("utf-8", "replace")) from exc
            raise SessionError(_("No greeting from the server"), _(
                "Something accepts connections on port {port} but sent no IMAP "
                "greeting within {s:g} s. Check the port number, and whether the "
                "server is overloaded.").format(port=port, s=self.timeouts.read),
                str(exc)) from exc
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("before the greeting")) from exc
        welcome = self._client._imap.welcome
        self.greeting = welcome.decode("utf-8", "replace").strip()
        if self._client._imap.state == "AUTH":
            raise SessionError(_("Server logged in without a password (PREAUTH)"), _(
                "The server pre-authenticates this connection, so the superuser "
                "cannot log in for each mailbox. Use the server's regular IMAP "
                "port, or ask its administrator to stop pre-authenticating "
                "connections from this computer."), self.greeting)
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
            raise self._handshake_failed(exc) from exc
        except OSError as exc:
            self.guard.check()
            raise self._handshake_cut(exc, _("during STARTTLS")) from exc
        except imaplib.IMAP4.abort as exc:
            self.guard.check()
            raise self._io_error(ConnectionError(str(exc)),
                                 _("during STARTTLS")) from exc
        except imaplib.IMAP4.error as exc:
            self.guard.check()
            raise SessionError(_("The server refused STARTTLS"), _(
                "It offers STARTTLS but did not start it. Choose TLS from the "
                "start (usually port 993), or show the transcript to the server "
                "administrator."), str(exc)) from exc
        sock = client.socket()
        assert isinstance(sock, ssl.SSLSocket)
        self.guard.watch(sock)
        self.tls = _describe_cert(sock, self.server)
        check_pin(self.tls, self.server)
        # imaplib asked for the capabilities over TLS already; imapclient would
        # ask again at every look before the login.
        self._before_login = tuple(c.encode("ascii") for c in
                                   client._imap.capabilities)
        client._cached_capabilities = None
        return self.tls

    def capabilities(self) -> tuple[bytes, ...]:
        """The server's capabilities in the current state.

        They change at login (servers name IDLE, MOVE and the like only to
        users); :meth:`login` makes the next call read them again, from the
        login's reply when the server sent them there.
        """
        client = self.client
        if self._before_login and client._imap.state == "NONAUTH":
            return self._before_login
        try:
            return tuple(client.capabilities())
        except imaplib.IMAP4.abort as exc:
            self.guard.check()
            raise client._imap.broken(
                exc, _("while asking for capabilities")) from exc
        except imaplib.IMAP4.error as exc:
            raise SessionError(_("The server would not list its capabilities"), _(
                "It answered CAPABILITY with an error. Show the transcript to "
                "the server administrator."), str(exc)) from exc
        except OSError as exc:
            self.guard.check()
            raise self._io_error(exc, _("while asking for capabilities")) from exc

    def login(self, superuser: Superuser, password: str, user: str) -> None:
        """Log in as the superuser with access to *user*'s mailbox.

        A refusal is explained from the server's own reply (Exchange, Gmail
        and Dovecot word theirs in known ways, see :func:`_login_error`); a
        hang-up or an overlong line gets its own verdict.
        """
        client = self.client
        caps = self.capabilities()
        name = superuser.login_for(user)
        imap = client._imap
        # Only capabilities the server names at or after login may count then.
        imap.untagged_responses.pop("CAPABILITY", None)
        imap.last_line = b""
        try:
            if superuser.impersonation is Impersonation.AUTHZID:
                if b"AUTH=PLAIN" not in caps:
                    raise SessionError(_("Server does not offer SASL PLAIN"), _(
                        "Choose the login form this server uses for master "
                        "users (user*superuser, or DOMAIN\\superuser\\alias)."))
                self._plain(caps, superuser.login, password, user)
            elif b"AUTH=PLAIN" in caps:
                self._plain(caps, name, password)
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
        except (LoginError, imaplib.IMAP4.error) as exc:
            # imapclient turns every failure into LoginError, with what imaplib
            # raised (a refusal, or an aborted exchange) as its context; the
            # login with an initial response lets imaplib's own through.
            self.guard.check()
            raised = exc.__context__ if isinstance(exc, LoginError) else exc
            if isinstance(raised, imaplib.IMAP4.abort):
                raise imap.broken(raised, _("during login")) from None
            raise _login_error(imap.reply_text(imap.last_line) or str(exc),
                               superuser, user) from None
        except OSError as exc:
            raise self._login_cut(exc) from exc
        self._logged_in()

    def _plain(self, caps: tuple[bytes, ...], login: str, password: str,
               user: str = "") -> None:
        """SASL PLAIN as *login*, for *user*'s mailbox when given (authzid)."""
        imap: _PreconnectedIMAP4 = self.client._imap
        response = f"{user}\0{login}\0{password}".encode()
        with imap.hiding(base64.b64encode(response)):
            if b"SASL-IR" in caps and imap.authenticate_at_once("PLAIN", response):
                return
            self.client.plain_login(login, password, authorization_identity=user)

    def _login_cut(self, exc: OSError) -> SessionError:
        """The verdict for a login that a timeout or a hang-up ended."""
        self.guard.check()
        if isinstance(exc, TimeoutError):
            return self._io_error(exc, _("during login"))
        # A hang-up, maybe after a "* BYE" that gives the reason.
        imap: _PreconnectedIMAP4 = self.client._imap
        return imap.broken(exc, _("during login"))

    def _logged_in(self) -> None:
        """Read the capabilities a login changed."""
        client = self.client
        client._cached_capabilities = None
        # Most servers list their capabilities in the login reply; read them
        # now, before a SELECT makes imaplib forget them and costs a round trip.
        with contextlib.suppress(IMAPClientError, imaplib.IMAP4.error, OSError):
            client.capabilities()

    def login_oauth(self, user: str, token: str) -> None:
        """``AUTHENTICATE XOAUTH2`` into *user*'s mailbox with an access token.

        A refusal raises :class:`TokenRefused` with the server's reply and the
        error it sent as a challenge (XOAUTH2 servers explain a refusal in a
        JSON challenge before the tagged ``NO``); :mod:`app.oauth` turns it
        into the verdict for the provider.
        """
        client = self.client
        caps = self.capabilities()
        if b"AUTH=XOAUTH2" not in caps:
            raise SessionError(_("The server does not offer OAuth 2.0 sign-in"), _(
                "It lists no AUTH=XOAUTH2. Check the server address: Office 365 "
                "is outlook.office365.com and Google is imap.gmail.com, both on "
                "port 993 with TLS."), " ".join(c.decode("ascii", "replace")
                                               for c in caps))
        imap = client._imap
        imap.untagged_responses.pop("CAPABILITY", None)
        imap.last_line = b""
        initial = f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
        challenges: list[bytes] = []

        def respond(challenge: bytes) -> bytes:
            # The first answer carries the token; after an error challenge the
            # client must send an empty line to receive the final reply.
            challenges.append(challenge)
            return initial if len(challenges) == 1 else b""

        try:
            imap.authenticate("XOAUTH2", respond)
        except imaplib.IMAP4.abort as exc:
            self.guard.check()
            raise imap.broken(exc, _("during login")) from None
        except imaplib.IMAP4.error as exc:
            self.guard.check()
            reply = imap.reply_text(imap.last_line) or str(exc)
            said = b"".join(challenges[1:]).decode("utf-8", "replace").strip()
            raise TokenRefused(user, reply, said) from None
        except OSError as exc:
            raise self._login_cut(exc) from exc
        self._logged_in()

    @property
    def client(self) -> IMAPClient:
        """The imapclient object, once the greeting was read."""
        if self._client is None:
            raise RuntimeError("greet() first")
        return self._client

    def open(self, superuser: Superuser, password: str, user: str, *,
             tokens: Callable[[str], str] | None = None) -> IMAPClient:
        """All phases in one go: a logged-in client for *user*'s mailbox.

        With *tokens* (user → OAuth 2.0 access token) the login is XOAUTH2
        and *password* is not sent.
        """
        self.connect()
        if self.server.security is Security.TLS:
            self.start_tls()
        self.greet()
        if self.server.security is Security.STARTTLS:
            self.starttls()
        if tokens is not None:
            self.login_oauth(user, tokens(user))
        else:
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

    def _handshake_failed(self, exc: ssl.SSLError) -> SessionError:
        """The verdict for a refused handshake, sharpened by a second look."""
        if isinstance(exc, ssl.SSLCertVerificationError):
            return explain_tls_error(exc, self.host, cert=self._second_look())
        offered = ""
        if _may_be_outdated(exc):
            look = self._second_look(legacy=True)
            offered = look.version if look is not None else ""
        return explain_tls_error(exc, self.host, offered=offered)

    def _handshake_cut(self, exc: OSError, when: str) -> SessionError:
        """A handshake that ended without a TLS error: reset, or silence."""
        if _may_be_outdated(exc):
            look = self._second_look(legacy=True)
            if look is not None and look.version in _OUTDATED:
                return outdated_tls_error(look.version, str(exc))
        return self._io_error(exc, when)

    def check_tls_from_the_start(self, error: SessionError) -> None:
        """Raise "this port expects TLS" if a failed greeting was TLS's silence.

        A server that wants TLS from the start waits for the client's
        handshake, while a STARTTLS or plain client waits for its greeting:
        the read times out (or the server gives up). *error* is the greeting's
        verdict; when a handshake on a second connection succeeds, the port
        speaks TLS and a better verdict is raised instead.
        """
        if self.server.security is Security.TLS or not isinstance(
                error.__cause__, OSError | imaplib.IMAP4.error):
            return
        look = self._second_look(legacy=True, starttls=False)
        if look is None:
            return
        raise SessionError(_("This port expects TLS from the start"), _(
            "Choose TLS (usually port 993) instead of {chosen} for port {port}: "
            "this port sends its greeting only after a TLS handshake.").format(
            chosen=self.server.security.short, port=self.server.port),
            "\n".join(part for part in (_(
                "A TLS handshake on a second connection succeeded ({version})."
            ).format(version=look.version), error.detail) if part)) from error

    def _second_look(self, *, legacy: bool = False,
                     starttls: bool | None = None) -> TLSInfo | None:
        """Handshake on a second connection only to read what the server offers.

        Nothing is verified there (with *legacy*, TLS 1.0 is allowed too), so
        that connection carries no command but STARTTLS and is closed at once;
        only the description of the certificate and version leaves it. It is
        bounded by the session's timeouts and its guard; a cancel raises
        :class:`Cancelled`, anything else gives ``None``.
        """
        if starttls is None:
            starttls = self.server.security is Security.STARTTLS
        if not self.peer or not self._still_time():
            return None
        family = socket.AF_INET6 if ":" in self.peer else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        wrapped: ssl.SSLSocket | None = None
        try:
            self.guard.watch(sock)
            sock.settimeout(min(self.timeouts.connect, self.guard.remaining()))
            sock.connect((self.peer, self.server.port))
            # A quick look: a TLS port answers a handshake at once, and the
            # verdict must not wait a second full read timeout.
            limit = min(_LOOK_SECONDS, self.timeouts.connect, self.timeouts.read,
                        self.guard.remaining())
            sock.settimeout(limit)
            if starttls:
                _starttls_by_hand(sock, limit)
            wrapped = _look_context(legacy).wrap_socket(
                sock, server_hostname=self.host, do_handshake_on_connect=False)
            wrapped.do_handshake()
            return _describe_cert(wrapped, self.server)
        except (OSError, ValueError) as exc:
            log.debug("Second look at %s:%s failed: %s", self.peer,
                      self.server.port, exc)
            self._still_time()
            return None
        finally:
            # Back to the session's socket before closing ours, so the guard
            # never holds a descriptor number that may be reused. After a
            # failed STARTTLS that socket is detached: the guard then holds -1.
            if self._sock is not None:
                self.guard.watch(self._sock)
            else:
                self.guard.unwatch()
            for opened in (wrapped, sock):
                if opened is not None:
                    opened.close()

    def _still_time(self) -> bool:
        """False once the session's deadline passed; raise if cancelled."""
        try:
            self.guard.check()
        except Cancelled:
            raise
        except SessionError:
            return False
        return True

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


def _login_error(reply: str, superuser: Superuser, user: str) -> SessionError:
    """The verdict for a refused login, from the server's reply without its tag.

    Exchange, Gmail and Dovecot word their refusals in known ways (*reply* is
    e.g. ``NO LOGIN failed.``); each gets its own summary and remedy, and the
    reply itself goes into the detail.
    """
    text = reply.split(" ", 1)[1].strip() if " " in reply else reply
    upper = reply.upper()
    su, form = superuser.login, superuser.impersonation.label
    if "AUTHORIZATIONFAILED" in upper:
        # Dovecot: the password is right, but the superuser may not act for
        # this user - or the user does not exist at all.
        return SessionError(_("No mailbox {user}, or the superuser may not open it")
                            .format(user=user), _(
            "The password is right, but the server would not let {su} open "
            "{user}'s mailbox. Check that the mailbox {user} exists on this "
            "server (spelling, domain part), then that {su} has full access to "
            "it (master user, or FullAccess on Exchange).").format(
            su=su, user=user), reply)
    if "AUTHENTICATED BUT NOT CONNECTED" in upper:
        # Exchange: password right, but it cannot connect to that mailbox.
        return SessionError(_("Mailbox {user} is not on this server, or the "
                              "superuser has no rights on it").format(user=user), _(
            "Exchange accepted the password but could not open {user}'s "
            "mailbox. Check the alias {user}, that its mailbox lives on this "
            "server (not moved to another one or to Exchange Online), and that "
            "{su} has FullAccess on it.").format(su=su, user=user), reply)
    if text in ("LOGIN failed.", "AUTHENTICATE failed."):
        # Exchange's words for a wrong password and for missing FullAccess.
        if superuser.impersonation is Impersonation.EXCHANGE:
            form_advice = _("The test logged in as {name}.").format(
                name=superuser.login_for(user))
        else:
            form_advice = _("Exchange needs the login form "
                            "DOMAIN\\superuser\\alias: choose it for the "
                            "superuser.")
        return SessionError(_("Exchange refused the login"), _(
            "Either the password is wrong or {su} lacks FullAccess on {user}'s "
            "mailbox. Check the password and grant FullAccess "
            "(Add-MailboxPermission).").format(su=su, user=user)
            + " " + form_advice, reply)
    if "APPLICATION-SPECIFIC PASSWORD REQUIRED" in upper:
        return SessionError(_("Google requires an app password"), _(
            "The account {su} uses 2-Step Verification. Create an app password "
            "for it (Google Account, Security, App passwords) and enter that "
            "instead of the normal password.").format(su=su), reply)
    if "LOG IN VIA YOUR WEB BROWSER" in upper:
        return SessionError(_("Google wants a sign-in in a web browser first"), _(
            "Google blocked this login as unusual. Sign in to {su} in a web "
            "browser on this network, confirm that it was you, then run the "
            "test again.").format(su=su), reply)
    if "IMAP ACCESS IS DISABLED FOR YOUR DOMAIN" in upper:
        return SessionError(_("IMAP is switched off for this Google Workspace "
                              "domain"), _(
            "A Google Workspace administrator must allow IMAP for the users "
            "(Admin console, Apps, Google Workspace, Gmail, End User Access)."),
            reply)
    if "NOT ENABLED FOR IMAP USE" in upper:
        return SessionError(_("IMAP is switched off for this Gmail account"), _(
            "Turn IMAP on in the settings of {su}'s Gmail (Forwarding and "
            "POP/IMAP, Enable IMAP), then test again.").format(su=su), reply)
    if "INVALID CREDENTIALS" in upper:
        return SessionError(_("Google refused the account name or password"), _(
            "Check that {su} is the full address of the Google account and "
            "that the password is right; with 2-Step Verification, use an app "
            "password.").format(su=su), reply)
    if ("LOGIN" in upper and "DISABLED" in upper) or "PRIVACYREQUIRED" in upper:
        return SessionError(_("Login is disabled on this connection"), _(
            "Use TLS or STARTTLS so that the server accepts passwords."), reply)
    return SessionError(_("Login refused"), _(
        "Check the superuser's name and password, and that {su} may open "
        "other users' mailboxes (login form: {form}).").format(su=su, form=form),
        reply)
