"""Self-signed TLS material for the demo server and the test servers.

Nothing here is used against a customer's server: it only mints a small
certificate authority and a server certificate for names on this computer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class TLSMaterial:
    """A server certificate, its key and the authority that signed it (PEM)."""

    cert_pem: bytes
    key_pem: bytes = field(repr=False)
    ca_pem: bytes

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the server certificate, as colon-separated hex."""
        return cert_fingerprint(ssl.PEM_cert_to_DER_cert(self.cert_pem.decode()))

    def write(self, folder: Path) -> tuple[Path, Path, Path]:
        """Write cert, key and CA into *folder*; return their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = folder / "server.crt", folder / "server.key", folder / "ca.crt"
        for path, data in zip(paths, (self.cert_pem, self.key_pem, self.ca_pem),
                              strict=True):
            path.write_bytes(data)
        paths[1].chmod(0o600)
        return paths


def cert_fingerprint(der: bytes) -> str:
    """Return the SHA-256 fingerprint of a DER certificate as ``AB:CD:…``."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "umconnect test"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def make_tls_material(
    names: tuple[str, ...] = ("localhost", "127.0.0.1"),
    *,
    days: int = 30,
    not_before: dt.datetime | None = None,
) -> TLSMaterial:
    """Mint a CA and a server certificate valid for *names* (DNS or IP)."""
    start = not_before or dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    end = start + dt.timedelta(days=days)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("umconnect test CA"))
        .issuer_name(_name("umconnect test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, key_cert_sign=True, crl_sign=True,
                content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    alt_names: list[x509.GeneralName] = []
    for name in names:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt_names.append(x509.DNSName(name))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None),
                       critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    return TLSMaterial(
        cert_pem=cert.public_bytes(pem),
        key_pem=key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        ca_pem=ca_cert.public_bytes(pem),
    )
