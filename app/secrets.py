"""Secrets in the operating system's credential store, never on disk in clear.

Passwords go to keyring's backend for this platform (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux desktops). A backend that
would keep them as plain text, or none at all, is refused with a sentence
saying how to get a real one.

A service that runs under an account of its own cannot read the
technician's store; it is handed its secret by the service manager instead
(see :mod:`app.osservice`) and reads it with :func:`handed_over`.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from app.i18n import _
from app.model import AppCredential, AuthMethod, Deployment

log = logging.getLogger(__name__)

SERVICE_NAME = "umconnect"

#: Backends that do not keep secrets safe: they fail, discard or write clear text.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class CredentialStoreError(RuntimeError):
    """The credential store is missing, unsafe or refused the operation."""


@dataclass(frozen=True)
class SecretRef:
    """Where one secret lives in the credential store; safe to show and log."""

    service: str
    username: str

    def __str__(self) -> str:
        return f"{self.service} / {self.username}"


def superuser_ref(dep: Deployment) -> SecretRef:
    """The credential-store entry of the superuser's secret.

    That is its password, or for OAuth 2.0 the app registration's client
    secret or certificate key, or the service account's key file.
    """
    oauth = dep.oauth
    if oauth.method is AuthMethod.OFFICE365:
        kind = ("office365-certificate-key"
                if oauth.credential is AppCredential.CERTIFICATE
                else "office365-client-secret")
        return SecretRef(SERVICE_NAME, f"{kind}:{oauth.tenant_id.strip().lower()}/"
                                       f"{oauth.client_id.strip().lower()}")
    if oauth.method is AuthMethod.GOOGLE:
        return SecretRef(SERVICE_NAME, "google-service-account-key:"
                                       f"{oauth.service_account.strip().lower()}")
    host = dep.server.host.strip().lower()
    return SecretRef(SERVICE_NAME, f"{dep.superuser.login}@{host}")


def secret_kind(dep: Deployment) -> str:
    """What the superuser's secret is, in words ("client secret" …)."""
    oauth = dep.oauth
    if oauth.method is AuthMethod.OFFICE365:
        return (_("certificate private key")
                if oauth.credential is AppCredential.CERTIFICATE
                else _("client secret"))
    if oauth.method is AuthMethod.GOOGLE:
        return _("service account key")
    return _("password")


def _leaves(
    backend: keyring.backend.KeyringBackend,
) -> list[keyring.backend.KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner is not None else [backend]


def backend_name() -> str:
    """A readable name of the credential store in use."""
    backend = keyring.get_keyring()
    names = [getattr(b, "name", type(b).__name__) for b in _leaves(backend)]
    return ", ".join(names) or type(backend).__name__


def check_store() -> None:
    """Raise :class:`CredentialStoreError` unless a safe store is available."""
    backend = keyring.get_keyring()
    leaves = _leaves(backend)
    if not leaves:
        raise CredentialStoreError(_no_store_message())
    for leaf in leaves:
        module = type(leaf).__module__
        if module.startswith(_REFUSED_MODULES):
            if module.startswith("keyrings.alt"):
                raise CredentialStoreError(_(
                    "The credential store '{name}' keeps passwords in a file "
                    "anyone with access to this account can read. Remove the "
                    "keyrings.alt package and use the system's credential "
                    "store.").format(name=getattr(leaf, "name", module)))
            raise CredentialStoreError(_no_store_message())


def _no_store_message() -> str:
    return _(
        "No credential store is available on this computer, so passwords "
        "cannot be kept safely. On Linux, install and unlock a Secret Service "
        "(e.g. 'apt install gnome-keyring' and log in to a desktop session); "
        "on Windows the Credential Manager is built in.")


def store(ref: SecretRef, secret: str) -> None:
    """Keep *secret* under *ref* in the credential store."""
    check_store()
    try:
        keyring.set_password(ref.service, ref.username, secret)
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(_(
            "The credential store refused to keep the password for {ref}: "
            "{error}").format(ref=ref, error=type(exc).__name__)) from None
    log.info("Secret stored in %s as %s", backend_name(), ref)


#: The name of the superuser password's credential handed to a service.
HANDED_CREDENTIAL = "superuser-password"


def handed_over(name: str = HANDED_CREDENTIAL) -> str | None:
    """The secret *name* a service manager handed this process, if any.

    systemd decrypts ``LoadCredentialEncrypted=`` credentials into a private
    in-memory folder named by ``$CREDENTIALS_DIRECTORY``.
    """
    folder = os.environ.get("CREDENTIALS_DIRECTORY")
    if not folder:
        return None
    try:
        secret = (Path(folder) / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CredentialStoreError(_(
            "The credential '{name}' handed to the service cannot be read: "
            "{error}").format(name=name, error=exc.strerror or exc)) from None
    return secret.rstrip("\r\n")


def fetch(ref: SecretRef) -> str:
    """The secret kept under *ref*; a clear error if it is not there.

    A secret the service manager handed over wins over the credential store.
    """
    handed = handed_over()
    if handed is not None:
        return handed
    check_store()
    try:
        secret = keyring.get_password(ref.service, ref.username)
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(_(
            "The credential store could not be read for {ref}: {error}").format(
            ref=ref, error=type(exc).__name__)) from None
    if secret is None:
        raise CredentialStoreError(_(
            "No password is stored for {ref}. Run the wizard or "
            "'umconnect apply' again to store it.").format(ref=ref))
    return secret
