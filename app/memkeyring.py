"""A credential store that lives in this process's memory only.

Used by the demo (whose passwords are throw-away and must still never be
written to disk) and by the tests. Nothing survives the process.
"""

from __future__ import annotations

from typing import Any

import keyring
import keyring.backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in a dictionary; forgotten when the process ends."""

    priority = 0.1
    #: Never chosen by keyring on its own (0.1 would beat its "fail" backend,
    #: hiding that there is no real store); only :func:`install` uses it.
    viable = False
    name = "memory (this session only)"

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored secret, or None."""
        return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Keep a secret."""
        self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Forget a secret."""
        self._items.pop((service, username), None)

    def __repr__(self) -> str:
        return f"MemoryKeyring({len(self._items)} item(s))"


def install() -> MemoryKeyring:
    """Make a fresh in-memory store the process's credential store."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def current(**_: Any) -> bool:
    """True if the in-memory store is the one in use."""
    return isinstance(keyring.get_keyring(), MemoryKeyring)
