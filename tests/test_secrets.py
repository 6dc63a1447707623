"""Tests for the credential store and secret redaction (app.secrets)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import memkeyring
from app.certs import make_tls_material
from app.model import Deployment, ImapServer, Superuser
from app.redact import MASK, Redactor
from app.secrets import (
    SERVICE_NAME,
    CredentialStoreError,
    SecretRef,
    backend_name,
    check_store,
    fetch,
    store,
    superuser_ref,
)

REF = SecretRef(SERVICE_NAME, "NPUMAdmin@mail.example.com")


@pytest.fixture(autouse=True)
def _restore_keyring() -> Iterator[None]:
    """Put back whatever credential store the process had before the test."""
    original = keyring.get_keyring()
    yield
    keyring.set_keyring(original)


@pytest.fixture
def memory() -> memkeyring.MemoryKeyring:
    return memkeyring.install()


def _plain_file_backend() -> keyring.backend.KeyringBackend:
    """A stand-in for keyrings.alt's plain-text file store."""

    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 0.01
        viable = False  # never picked by keyring on its own
        written: dict[tuple[str, str], str]

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.written = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.written.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.written[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.written.pop((service, username), None)

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    return PlaintextKeyring()


# -- the store ---------------------------------------------------------------------


def test_store_then_fetch_returns_the_secret(
    memory: memkeyring.MemoryKeyring,
) -> None:
    secret = "pässwörd with spaces & symbols"

    store(REF, secret)

    assert fetch(REF) == secret
    assert memory.get_password(REF.service, REF.username) == secret


def test_store_replaces_an_earlier_secret(memory: memkeyring.MemoryKeyring) -> None:
    store(REF, "first")

    store(REF, "second")

    assert fetch(REF) == "second"


def test_entries_are_kept_apart(memory: memkeyring.MemoryKeyring) -> None:
    other = SecretRef(SERVICE_NAME, "NPUMAdmin@other.example.com")

    store(REF, "one")
    store(other, "two")

    assert (fetch(REF), fetch(other)) == ("one", "two")


def test_fetch_of_a_missing_entry_names_it(memory: memkeyring.MemoryKeyring) -> None:
    with pytest.raises(CredentialStoreError) as error:
        fetch(REF)

    assert str(REF) in str(error.value)
    assert "NPUMAdmin@mail.example.com" in str(error.value)


def test_the_memory_store_is_accepted_and_named(
    memory: memkeyring.MemoryKeyring,
) -> None:
    check_store()

    assert backend_name() == memkeyring.MemoryKeyring.name
    assert memkeyring.current()


def test_importing_the_memory_store_does_not_make_it_the_default(
    tmp_path: Path,
) -> None:
    # Without a real store, keyring falls back to its "fail" backend, which
    # check_store() refuses. The wizard imports app.memkeyring for the demo;
    # that alone must not turn "no store" into a store that forgets.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON_KEYRING", "KEYRING"))}
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # no keyringrc.cfg choosing for us
    code = ("import app.memkeyring, keyring; "
            "print(type(keyring.get_keyring()).__module__)")

    result = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                            capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parent.parent)

    assert result.stdout.strip() != "app.memkeyring"


def test_superuser_ref_uses_login_and_normalised_host() -> None:
    dep = Deployment(server=ImapServer(host=" Mail.Example.COM "),
                     superuser=Superuser(login="NPUMAdmin"))

    ref = superuser_ref(dep)

    assert ref == SecretRef(SERVICE_NAME, "NPUMAdmin@mail.example.com")
    assert str(ref) == f"{SERVICE_NAME} / NPUMAdmin@mail.example.com"


def test_the_fail_backend_means_no_credential_store() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())

    with pytest.raises(CredentialStoreError, match="No credential store"):
        check_store()


def test_store_refuses_without_a_credential_store() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())

    with pytest.raises(CredentialStoreError, match="No credential store"):
        store(REF, "secret")
    with pytest.raises(CredentialStoreError, match="No credential store"):
        fetch(REF)


def test_a_plain_text_store_is_refused_and_never_written() -> None:
    backend = _plain_file_backend()
    keyring.set_keyring(backend)

    with pytest.raises(CredentialStoreError, match=r"keyrings\.alt") as error:
        store(REF, "secret")

    assert "No credential store" not in str(error.value)
    assert backend.get_password(REF.service, REF.username) is None


class _FailingStore(memkeyring.MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"locked, could not save {password}")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked for {username}")


def test_a_store_error_becomes_a_credential_store_error_without_the_secret() -> None:
    keyring.set_keyring(_FailingStore())

    with pytest.raises(CredentialStoreError) as stored:
        store(REF, "top-secret")
    with pytest.raises(CredentialStoreError) as fetched:
        fetch(REF)

    assert str(REF) in str(stored.value)
    assert "top-secret" not in str(stored.value)
    assert stored.value.__cause__ is None
    assert str(REF) in str(fetched.value)


# -- redaction ---------------------------------------------------------------------


def test_redactor_masks_every_known_secret() -> None:
    redact = Redactor("alpha-pw", "beta-pw")

    text = redact("login alpha-pw then beta-pw then alpha-pw")

    assert text == f"login {MASK} then {MASK} then {MASK}"


def test_redactor_masks_a_secret_inside_a_longer_one() -> None:
    redact = Redactor("pass", "password1")

    assert redact("password1 and pass") == f"{MASK} and {MASK}"


@pytest.mark.parametrize(
    ("secrets", "text", "expected"),
    [
        pytest.param(("abcd", "cdef"), "xxabcdefyy", f"xx{MASK}yy",
                     id="partial-overlap"),
        pytest.param(("aa",), "aaa", MASK, id="overlaps-itself"),
        pytest.param(("abc", "bcd", "a"), "abcd", MASK, id="chain"),
        pytest.param(("pw",), "pwpw", MASK * 2, id="adjacent"),
    ],
)
def test_redactor_leaves_no_piece_of_overlapping_secrets(
    secrets: tuple[str, ...], text: str, expected: str,
) -> None:
    assert Redactor(*secrets)(text) == expected


@pytest.mark.parametrize(
    "secret",
    [
        pytest.param("a.b", id="dot"),
        pytest.param("p|q", id="alternation"),
        pytest.param("(x)+", id="group"),
        pytest.param("\\d+", id="backslash"),
        pytest.param("[abc]", id="class"),
        pytest.param("^$", id="anchors"),
    ],
)
def test_redactor_treats_regex_metacharacters_literally(secret: str) -> None:
    redact = Redactor(secret)
    lookalike = "aXb p q xx 123 a b c "

    assert redact(f"say {secret} now") == f"say {MASK} now"
    assert redact(lookalike) == lookalike


def test_redactor_ignores_empty_secrets_and_learns_new_ones() -> None:
    redact = Redactor("", "")
    text = "nothing to hide"

    unchanged = redact(text)
    redact.add("hide", "")

    assert unchanged == text
    assert redact(text) == f"nothing to {MASK}"


def test_repr_shows_no_secret() -> None:
    redact = Redactor("hunter2", "s3cr3t")

    shown = repr(redact)

    assert "hunter2" not in shown
    assert "s3cr3t" not in shown
    assert "2 secret" in shown


def test_tls_material_repr_hides_the_private_key() -> None:
    material = make_tls_material(("localhost",), days=1)
    key_body = b"".join(material.key_pem.splitlines()[1:-1]).decode()

    shown = repr(material)

    assert "PRIVATE KEY" not in shown
    assert key_body[:40] not in shown
    assert "key_pem" not in shown


_SECRET_CHARS = "ab"
_FILLER = st.text(alphabet="xy .", max_size=2)


@settings(max_examples=300)
@given(
    secrets=st.lists(st.text(alphabet=_SECRET_CHARS, min_size=1, max_size=3),
                     min_size=1, max_size=4, unique=True),
    plan=st.lists(st.tuples(_FILLER, st.integers(0, 3)), max_size=6),
    tail=_FILLER,
)
def test_no_character_of_a_secret_survives_redaction(
    secrets: list[str], plan: list[tuple[str, int]], tail: str,
) -> None:
    # Secrets use letters the filler never does, so every a or b in the
    # text belongs to some occurrence of a secret and must be masked.
    text = "".join(filler + secrets[pick % len(secrets)]
                   for filler, pick in plan) + tail

    redacted = Redactor(*secrets)(text)

    assert not re.search(f"[{_SECRET_CHARS}]", redacted)
    assert redacted.replace(MASK, "") == re.sub(f"[{_SECRET_CHARS}]", "", text)
