"""Reading an app registration's certificate key from a .pfx or a PEM file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.keyfile import KeyFileError, read_private_key, thumbprint
from tests.support.tokenserver import key_pem, new_key, self_signed

PASSWORD = "Pfx-Pässwort"


@pytest.fixture(scope="module")
def pair() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A key and its self-signed certificate, as an app registration has."""
    key = new_key()
    return key, self_signed(key, "umconnect")


def pfx(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None,
        cert: x509.Certificate | None,
        password: str = PASSWORD) -> bytes:
    """A .pfx as Windows exports it (encrypted when *password* is given)."""
    protection: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password.encode()) if password
        else serialization.NoEncryption())
    return pkcs12.serialize_key_and_certificates(b"umconnect", key, cert, None,
                                                 protection)


def encrypted_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM,
                             serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(
                                 PASSWORD.encode()))


def test_a_pfx_gives_the_key_and_the_certificates_thumbprint(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    key, cert = pair

    found = read_private_key(pfx(key, cert), PASSWORD)

    assert found.pem == key_pem(key)
    assert found.thumbprint == thumbprint(cert)
    assert len(found.thumbprint) == 40
    assert PASSWORD not in repr(found) and "PRIVATE" not in repr(found)


def test_a_pfx_without_a_password_opens_without_one(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    key, cert = pair
    assert read_private_key(pfx(key, cert, password="")).pem == key_pem(key)


@pytest.mark.parametrize("password", ["", "wrong"], ids=["missing", "wrong"])
def test_a_pfx_needs_its_password(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate], password: str) -> None:
    key, cert = pair
    with pytest.raises(KeyFileError) as caught:
        read_private_key(pfx(key, cert), password)
    assert caught.value.reason == "password"


def test_a_pfx_with_the_certificate_alone_holds_no_key(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    _key, cert = pair
    with pytest.raises(KeyFileError) as caught:
        read_private_key(pfx(None, cert), PASSWORD)
    assert caught.value.reason == "no-key"


@pytest.mark.parametrize("password", ["", "not needed"])
def test_a_plain_pem_key_is_taken_as_it_is(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate], password: str) -> None:
    key, _cert = pair
    found = read_private_key(key_pem(key).encode(), password)
    assert found.pem == key_pem(key)
    assert found.thumbprint == ""


def test_a_damaged_certificate_beside_the_key_costs_only_the_thumbprint(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    key, _cert = pair
    damaged = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    found = read_private_key(damaged + key_pem(key).encode())
    assert (found.pem, found.thumbprint) == (key_pem(key), "")


def test_a_pem_with_the_certificate_names_its_thumbprint(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    key, cert = pair
    other = self_signed(new_key(), "someone else")
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (other, cert))
    found = read_private_key(pem + key_pem(key).encode())
    assert found.thumbprint == thumbprint(cert)


@pytest.mark.parametrize(("password", "reason"),
                         [(PASSWORD, ""), ("", "password"), ("wrong", "password")])
def test_an_encrypted_pem_key_needs_its_password(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate], password: str,
        reason: str) -> None:
    key, _cert = pair
    if not reason:
        assert read_private_key(encrypted_pem(key), password).pem == key_pem(key)
        return
    with pytest.raises(KeyFileError) as caught:
        read_private_key(encrypted_pem(key), password)
    assert caught.value.reason == reason


def test_a_password_typed_for_a_pfx_that_has_none_does_no_harm(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    key, cert = pair
    assert read_private_key(pfx(key, cert, password=""), "typed").pem == key_pem(key)


#: Files that hold no key this program can use, made from an app's key pair.
NO_KEY: dict[str, Callable[[rsa.RSAPrivateKey, x509.Certificate], bytes]] = {
    "empty": lambda _k, _c: b"",
    "text": lambda _k, _c: b"just some text\n",
    "certificate-only-pem": lambda _k, _c: (
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
    "binary": lambda _k, _c: b"\x00\x01binary",
    "pfx-cut-in-half": lambda k, c: pfx(k, c)[: len(pfx(k, c)) // 2],
    # The .cer uploaded to Entra ID, chosen instead of the .pfx.
    "certificate-alone": lambda _k, c: c.public_bytes(serialization.Encoding.DER),
    "too-large": lambda _k, _c: b"0" * 2_000_000,
}


@pytest.mark.parametrize("kind", list(NO_KEY))
def test_files_without_a_key_are_not_blamed_on_the_password(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate], kind: str) -> None:
    with pytest.raises(KeyFileError) as caught:
        read_private_key(NO_KEY[kind](*pair), PASSWORD)
    assert caught.value.reason == "no-key"


def test_a_bare_der_key_is_read(
        pair: tuple[rsa.RSAPrivateKey, x509.Certificate]) -> None:
    key, _cert = pair
    der = key.private_bytes(serialization.Encoding.DER,
                            serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    assert read_private_key(der).pem == key_pem(key)


def test_the_keys_algorithm_is_named() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed_ec(key)
    found = read_private_key(pfx(key, cert), PASSWORD)
    assert found.algorithm == "EC"
    assert read_private_key(pfx(*_rsa_pair()), PASSWORD).algorithm == "RSA"


def _rsa_pair() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = new_key()
    return key, self_signed(key, "umconnect")


def self_signed_ec(key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    """An EC certificate, which Entra ID does not take for app sign-in."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ec")])
    now = dt.datetime.now(dt.UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
