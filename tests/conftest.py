"""Shared fixtures for the umconnect test suite."""

import os

# Must run before anything creates a QApplication, so it stays the first line.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import keyring
import pytest

from PySide6.QtCore import QCoreApplication, QEvent

from app import memkeyring
from tests.support.dovecot import Dovecot

_PROXY_VARIABLES = (
    "http_proxy", "https_proxy", "ftp_proxy", "all_proxy", "no_proxy",
    "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "ALL_PROXY", "NO_PROXY",
)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the test's widgets now, not while the next test runs.

    pytest-qt closes a test's widgets with deleteLater, and Qt carries out
    deferred deletions only inside an event loop: without this, the next
    test's first wait deletes them while its own background work runs.
    """
    result = yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    return result


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's proxy settings away from connections to 127.0.0.1."""
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    """One real Dovecot on 127.0.0.1 for the whole session."""
    server: Dovecot | None = None
    try:
        server = Dovecot(tmp_path_factory.mktemp("dovecot"))
        server.start()
    except (RuntimeError, OSError) as exc:
        if server is not None:
            server.close()
        reason = f"Dovecot is not usable: {exc}"
        # CI must have Dovecot: a silent skip there would hide lost coverage.
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def clean_dovecot(dovecot: Dovecot) -> Dovecot:
    """The session's Dovecot with every mailbox emptied."""
    dovecot.reset_mailboxes()
    return dovecot


@pytest.fixture
def memory_store() -> Iterator[memkeyring.MemoryKeyring]:
    """An in-memory credential store for one test (modules may define their own)."""
    previous = keyring.get_keyring()
    store = memkeyring.install()
    try:
        yield store
    finally:
        keyring.set_keyring(previous)
