"""The private key of an app registration's certificate, from the file it came in.

Entra ID signs in an application by a certificate whose private key stays
with the connector. Technicians get that key as a PEM file (possibly
encrypted) or, more often, as the .pfx (PKCS#12) the certificate was exported
to, with its password. :func:`read_private_key` takes either and gives the key
as unencrypted PKCS#8 PEM, the form msal signs with (kept only in the
credential store), with the certificate's thumbprint when the file holds it.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import (
    PrivateKeyTypes,
    PublicKeyTypes,
)
from cryptography.hazmat.primitives.serialization import pkcs12

_PEM_CERTIFICATE = re.compile(
    rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)


#: Key files are a few kilobytes; anything much larger is not one.
LARGEST = 1_000_000


class KeyFileError(ValueError):
    """A key file that cannot be used; :attr:`reason` says why.

    ``"password"``: the file is encrypted and the password is missing or
    wrong. ``"no-key"``: the file holds no private key this program reads
    (a certificate alone, a damaged or cut-off file, or something else).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PrivateKey:
    """A certificate's private key, and the certificate's thumbprint if known."""

    #: The key as unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY").
    pem: str
    #: SHA-1 of the certificate in the file, in hex as Entra ID shows it; ""
    #: when the file holds the key alone.
    thumbprint: str
    #: The key's kind: "RSA", "EC", "Ed25519"… (Entra ID signs in with RSA).
    algorithm: str = "RSA"

    def __repr__(self) -> str:
        return f"PrivateKey(thumbprint={self.thumbprint!r})"


def thumbprint(certificate: x509.Certificate) -> str:
    """The certificate's SHA-1 thumbprint, as the Entra admin center lists it."""
    return certificate.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303


def read_private_key(data: bytes, password: str = "") -> PrivateKey:
    """The key in *data*, a PEM or a PKCS#12 (.pfx, .p12) file.

    *password* opens an encrypted file and is ignored for one that is not.
    A bare key in DER works too. Raises :class:`KeyFileError`.
    """
    if len(data) > LARGEST:
        raise KeyFileError("no-key")
    if b"-----BEGIN" in data:
        key = _pem_key(data, password)
        certificates = []
        for block in _PEM_CERTIFICATE.findall(data):
            try:
                certificates.append(x509.load_pem_x509_certificate(block))
            except ValueError:
                continue  # a damaged certificate only costs the thumbprint
        mine = _public(key.public_key())
        certificate = next((c for c in certificates
                            if _public(c.public_key()) == mine), None)
    else:
        key, certificate = _der_key(data, password)
    pem = key.private_bytes(serialization.Encoding.PEM,
                            serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode("ascii")
    return PrivateKey(pem, thumbprint(certificate) if certificate else "",
                      _algorithm(key))


def _der_key(data: bytes, password: str
             ) -> tuple[PrivateKeyTypes, x509.Certificate | None]:
    """The key (and certificate) of a binary file: PKCS#12, or a bare key."""
    if not _whole_der(data):
        raise KeyFileError("no-key")  # not DER, or cut off
    # The password is tried, then none: a password typed for a file that
    # has none does no harm.
    for attempt in dict.fromkeys((password.encode() or None, None)):
        with contextlib.suppress(ValueError, TypeError):
            return serialization.load_der_private_key(data, attempt), None
        try:
            loaded, certificate, _chain = pkcs12.load_key_and_certificates(
                data, attempt)
        except ValueError:
            continue  # a wrong password, or not PKCS#12: told apart below
        if loaded is None:
            raise KeyFileError("no-key")
        return loaded, certificate
    try:
        x509.load_der_x509_certificate(data)
    except ValueError:
        raise KeyFileError("password") from None
    raise KeyFileError("no-key")  # a certificate (.cer) without its key


def _whole_der(data: bytes) -> bool:
    """Whether *data* is one complete DER SEQUENCE (as PKCS#12 files are)."""
    if len(data) < 2 or data[0] != 0x30:
        return False
    size = data[1]
    if size < 0x80:
        return len(data) == 2 + size
    count = size & 0x7F
    if not 1 <= count <= 4 or len(data) < 2 + count:
        return False
    return len(data) == 2 + count + int.from_bytes(data[2:2 + count], "big")


def _algorithm(key: PrivateKeyTypes) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        return "RSA"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return "EC"
    return type(key).__name__.removeprefix("_").replace("PrivateKey", "")


def _public(key: PublicKeyTypes) -> bytes:
    """A public key in one comparable form (SubjectPublicKeyInfo, DER)."""
    return key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def _pem_key(data: bytes, password: str) -> PrivateKeyTypes:
    if b"PRIVATE KEY-----" not in data:
        raise KeyFileError("no-key")
    # As for binary files: the password is tried, then none.
    for attempt in dict.fromkeys((password.encode() or None, None)):
        try:
            return serialization.load_pem_private_key(data, attempt)
        except TypeError:
            # Encrypted but no password; or a password for a plain key, which
            # the next attempt reads without it.
            continue
        except ValueError:
            encrypted = b"ENCRYPTED" in data
            raise KeyFileError("password" if encrypted else "no-key") from None
    raise KeyFileError("password")
