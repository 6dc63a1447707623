"""Tests for the connector service against the real Dovecot on 127.0.0.1."""

from __future__ import annotations

import base64
import email
import email.policy
import io
import json
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError

from app import connector as connector_module
from app import logsetup
from app.connector import (
    JOURNAL_NAME,
    STATUS_NAME,
    AfterGrace,
    Connector,
    Journal,
    ServiceStatus,
    SyncError,
    wait_for_status,
)
from app.imapconn import SessionError
from app.logsetup import RedactingFilter
from app.model import (
    Deployment,
    ImapServer,
    Impersonation,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
    check,
)
from app.redact import MASK, Redactor
from app.spool import scan, to_email, tone_wav, write_voicemail
from tests.support.dovecot import Dovecot
from tests.support.waiting import wait_until

pytestmark = pytest.mark.dovecot

ALICE = VoicemailUser(mailbox="1001", login="alice", name="Alice")
BOB = VoicemailUser(mailbox="1002", login="bob", name="Bob")
WAIT = 60.0  # generous bound for waiting loops; never an assertion on speed


@pytest.fixture
def server(clean_dovecot: Dovecot) -> Dovecot:
    return clean_dovecot


@pytest.fixture
def dep(server: Dovecot, tmp_path: Path) -> Deployment:
    return Deployment(
        server=ImapServer(host=server.host, port=server.tls_port,
                          security=Security.TLS, ca_file=str(server.ca_file)),
        superuser=Superuser(login=server.master_user,
                            impersonation=Impersonation.AUTHZID),
        users=[ALICE, BOB],
        sample_user="alice",
        service=ServiceOptions(spool=str(tmp_path / "spool"), poll_seconds=0.2,
                               settle_seconds=0, timeout_seconds=10),
    )


@pytest.fixture
def spool(dep: Deployment) -> Path:
    return Path(dep.service.spool)


@pytest.fixture(autouse=True)
def _spool_folder(spool: Path) -> None:
    """The PBX's spool folder exists, as on a working system."""
    spool.mkdir(exist_ok=True)


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def connector_for(
    dep: Deployment, state: Path, server: Dovecot,
) -> Iterator[Callable[..., Connector]]:
    """Make connectors on the test's state folder; close their journals after."""
    made: list[Connector] = []

    def make(password: str = server.master_password, deployment: Deployment = dep,
             stop: threading.Event | None = None) -> Connector:
        connector = Connector(deployment, password, state, stop)
        made.append(connector)
        return connector

    yield make
    for connector in made:
        connector.close()


def _leave(spool: Path, user: VoicemailUser, wav: bytes, **kwargs: Any) -> Path:
    return write_voicemail(spool, user.context, user.mailbox, audio=wav, **kwargs)


def _mailbox(server: Dovecot, user: str) -> list[tuple[int, EmailMessage]]:
    """(UID, message) of every message in *user*'s INBOX, over a fresh login."""
    with IMAPClient(server.host, port=server.tls_port, ssl=True,
                    ssl_context=server.ssl_context(), timeout=10) as client:
        client.plain_login(server.master_user, server.master_password,
                           authorization_identity=user)
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    messages = []
    for uid in sorted(fetched):
        message = email.message_from_bytes(fetched[uid][b"BODY[]"],
                                           policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        messages.append((uid, message))
    return messages


def _attachment(message: EmailMessage) -> bytes:
    (part,) = message.iter_attachments()
    content = part.get_content()
    assert isinstance(content, bytes)
    return content


def _journal_lines(state: Path) -> list[dict[str, Any]]:
    text = (state / JOURNAL_NAME).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


# -- one sync ------------------------------------------------------------------


def test_the_test_deployment_is_valid(dep: Deployment) -> None:
    assert check(dep) == []


def test_sync_delivers_a_voicemail_to_its_user(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    wav = tone_wav(0.5)
    _leave(spool, ALICE, wav, callerid='"Carol Caller" <5550123>', duration=9,
           origtime=1_700_000_000)
    (vm,), _bad = scan(spool, [ALICE], settle=0)
    connector = connector_for()

    delivered = connector.sync_once()

    assert delivered == 1
    ((_uid, message),) = _mailbox(server, "alice")
    assert _mailbox(server, "bob") == []
    assert message["Message-ID"] == vm.message_id
    assert message["From"].addresses[0].display_name == "Carol Caller"
    assert "Carol Caller" in message["Subject"]
    assert message["X-Asterisk-VM-Extension"] == "1001"
    assert message["X-Asterisk-VM-Caller-ID-Num"] == "5550123"
    assert message["X-Asterisk-VM-Duration"] == "9"
    assert message["X-Asterisk-VM-Server-Name"] == server.host
    assert _attachment(message) == wav


def test_each_users_voicemail_goes_to_their_own_mailbox(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    for_alice, for_bob = tone_wav(0.2, hz=300), tone_wav(0.3, hz=600)
    _leave(spool, ALICE, for_alice)
    _leave(spool, BOB, for_bob)
    _leave(spool, BOB, for_alice, callerid="5550100")

    delivered = connector_for().sync_once()

    alice, bob = _mailbox(server, "alice"), _mailbox(server, "bob")
    assert delivered == 3
    assert [_attachment(m) for _uid, m in alice] == [for_alice]
    assert sorted(_attachment(m) for _uid, m in bob) == sorted([for_bob, for_alice])
    assert {m["X-Asterisk-VM-Extension"] for _uid, m in bob} == {"1002"}


def test_the_journal_records_sending_then_delivered_with_the_uid(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    _leave(spool, ALICE, tone_wav(0.1))
    (vm,), _bad = scan(spool, [ALICE], settle=0)

    connector_for().sync_once()

    ((uid, _message),) = _mailbox(server, "alice")
    lines = _journal_lines(state)
    assert [(line["id"], line["state"]) for line in lines] == [
        (vm.identity, "sending"), (vm.identity, "delivered")]
    assert lines[0]["message_id"] == vm.message_id
    assert lines[1]["uid"] == uid
    assert lines[1]["user"] == "alice"


def test_a_second_sync_delivers_nothing(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    _leave(spool, ALICE, tone_wav(0.1))
    connector = connector_for()
    connector.sync_once()

    again = connector.sync_once()

    assert again == 0
    assert len(_mailbox(server, "alice")) == 1


def test_a_restarted_connector_delivers_nothing_again(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    _leave(spool, ALICE, tone_wav(0.1))
    _leave(spool, BOB, tone_wav(0.1))
    first = connector_for()
    first.sync_once()
    first.journal.close()

    after_restart = connector_for().sync_once()

    assert after_restart == 0
    assert len(_mailbox(server, "alice")) == 1
    assert len(_mailbox(server, "bob")) == 1


def test_renumbered_spool_files_are_not_delivered_again(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    # The PBX renumbers msg0001 to msg0000 when the user deletes msg0000.
    wav = tone_wav(0.1)
    first = _leave(spool, ALICE, wav, origtime=1_700_000_000)
    second = _leave(spool, ALICE, wav, origtime=1_700_000_100)
    connector = connector_for()
    connector.sync_once()
    first.unlink()
    first.with_suffix(".wav").unlink()
    second.rename(first)
    second.with_suffix(".wav").rename(first.with_suffix(".wav"))

    again = connector.sync_once()

    assert again == 0
    assert len(_mailbox(server, "alice")) == 2


def test_a_new_voicemail_after_a_sync_is_delivered(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    connector = connector_for()
    _leave(spool, ALICE, tone_wav(0.1), origtime=1_700_000_000)
    connector.sync_once()
    later = tone_wav(0.2, hz=880)
    _leave(spool, ALICE, later, origtime=1_700_000_500)

    delivered = connector.sync_once()

    assert delivered == 1
    attachments = [_attachment(m) for _uid, m in _mailbox(server, "alice")]
    assert len(attachments) == 2
    assert attachments[-1] == later


# -- crashes -------------------------------------------------------------------


class _Crash(Exception):
    """Stands in for the process dying at a chosen point."""


def test_crash_after_append_is_not_delivered_twice(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    wav = tone_wav(0.3)
    _leave(spool, ALICE, wav)
    (vm,), _bad = scan(spool, [ALICE], settle=0)
    crashing = connector_for()
    state = crashing.state_dir
    record = crashing.journal.record

    def die_before_delivered(identity: str, state: str, **extra: Any) -> None:
        if state == "delivered":
            raise _Crash
        record(identity, state, **extra)

    monkeypatch.setattr(crashing.journal, "record", die_before_delivered)
    with pytest.raises(_Crash):
        crashing.sync_once()
    crashing.journal.close()
    assert Journal(state / JOURNAL_NAME).status_of(vm.identity) == "sending"
    assert len(_mailbox(server, "alice")) == 1
    caplog.set_level(logging.INFO, logger="app.connector")

    after_restart = connector_for().sync_once()

    ((uid, message),) = _mailbox(server, "alice")
    assert after_restart == 0
    assert message["Message-ID"] == vm.message_id
    assert _attachment(message) == wav
    last = _journal_lines(state)[-1]
    assert (last["id"], last["state"], last["uid"]) == (vm.identity, "delivered", uid)
    assert "already in the mailbox" in caplog.text


def test_sending_entry_found_in_mailbox_is_not_appended_again(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    # As if an earlier run appended the message and died before recording it.
    _leave(spool, BOB, tone_wav(0.2))
    (vm,), _bad = scan(spool, [BOB], settle=0)
    with IMAPClient(server.host, port=server.tls_port, ssl=True,
                    ssl_context=server.ssl_context(), timeout=10) as client:
        client.plain_login(server.master_user, server.master_password,
                           authorization_identity="bob")
        client.append("INBOX", to_email(vm, BOB, server.host))
    state.mkdir()
    entry = {"id": vm.identity, "state": "sending", "message_id": vm.message_id,
             "user": "bob", "at": "2024-01-01T00:00:00+00:00"}
    (state / JOURNAL_NAME).write_text(json.dumps(entry) + "\n", encoding="utf-8")

    delivered = connector_for().sync_once()

    assert delivered == 0
    assert len(_mailbox(server, "bob")) == 1
    assert Journal(state / JOURNAL_NAME).status_of(vm.identity) == "delivered"


def test_crash_before_append_is_delivered_exactly_once(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    wav = tone_wav(0.2)
    _leave(spool, ALICE, wav)
    (vm,), _bad = scan(spool, [ALICE], settle=0)
    state.mkdir()
    entry = {"id": vm.identity, "state": "sending", "message_id": vm.message_id,
             "user": "alice", "at": "2024-01-01T00:00:00+00:00"}
    (state / JOURNAL_NAME).write_text(json.dumps(entry) + "\n", encoding="utf-8")
    connector = connector_for()

    delivered = connector.sync_once()
    again = connector.sync_once()

    ((_uid, message),) = _mailbox(server, "alice")
    assert (delivered, again) == (1, 0)
    assert _attachment(message) == wav


def test_a_truncated_last_journal_line_is_ignored(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    _leave(spool, ALICE, tone_wav(0.1), origtime=1_700_000_000)
    first = connector_for()
    first.sync_once()
    first.journal.close()
    with (state / JOURNAL_NAME).open("a", encoding="utf-8") as journal:
        journal.write('{"id": "default/1001/never-fini')
    _leave(spool, BOB, tone_wav(0.1), origtime=1_700_000_100)

    after_restart = connector_for().sync_once()

    assert after_restart == 1
    assert len(_mailbox(server, "alice")) == 1
    assert len(_mailbox(server, "bob")) == 1
    found, _bad = scan(spool, [ALICE, BOB], settle=0)
    reloaded = Journal(state / JOURNAL_NAME)
    reloaded.close()
    assert {reloaded.status_of(vm.identity) for vm in found} == {"delivered"}


def test_a_record_after_a_torn_line_survives_the_next_restart(
    tmp_path: Path,
) -> None:
    path = tmp_path / JOURNAL_NAME
    path.write_text('{"id": "a", "state": "delivered"}\n{"id": "b", "sta',
                    encoding="utf-8")
    journal = Journal(path)
    journal.record("c", "sending", message_id="<c@x>")
    journal.close()

    reloaded = Journal(path)
    reloaded.close()

    assert reloaded.status_of("a") == "delivered"
    assert reloaded.status_of("b") == "new"
    assert reloaded.status_of("c") == "sending"


# -- bad input and failures ----------------------------------------------------


def test_a_broken_spool_file_is_logged_once_and_skipped(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
    caplog: pytest.LogCaptureFixture,
) -> None:
    good = tone_wav(0.2)
    broken = spool / "default" / "1001" / "INBOX" / "msg0007.txt"
    broken.parent.mkdir(parents=True)
    broken.write_text("this is not an Asterisk message file\n")
    broken.with_suffix(".wav").write_bytes(tone_wav(0.1))
    _leave(spool, BOB, good)
    connector = connector_for()
    caplog.set_level(logging.INFO, logger="app.connector")

    delivered = connector.sync_once()
    connector.sync_once()

    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert delivered == 1
    assert [_attachment(m) for _uid, m in _mailbox(server, "bob")] == [good]
    assert _mailbox(server, "alice") == []
    assert len(errors) == 1
    assert str(broken) in errors[0].getMessage()


def test_one_users_failure_does_not_hold_up_the_others(
    server: Dovecot, dep: Deployment, spool: Path,
    connector_for: Callable[..., Connector],
) -> None:
    ghost = VoicemailUser(mailbox="1009", login="nobody-here")
    dep.users = [ghost, BOB]
    _leave(spool, ghost, tone_wav(0.1))
    _leave(spool, BOB, tone_wav(0.1))
    connector = connector_for(deployment=dep)

    with pytest.raises(SessionError) as failure:
        connector.sync_once()

    assert "nobody-here" in failure.value.summary
    assert len(_mailbox(server, "bob")) == 1
    assert connector.status.delivered == 1


def test_a_server_abort_while_selecting_is_a_session_error(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # e.g. "* BYE Server shutting down" between login and SELECT: the service
    # must see a retryable SessionError, not an exception that ends its loop.
    _leave(spool, ALICE, tone_wav(0.1))
    real_select = IMAPClient.select_folder
    calls: list[str] = []

    def abort_once(self: IMAPClient, folder: str, readonly: bool = False) -> Any:
        calls.append(folder)
        if len(calls) == 1:
            raise IMAPClientAbortError("socket error: EOF")
        return real_select(self, folder, readonly)

    monkeypatch.setattr(IMAPClient, "select_folder", abort_once)
    connector = connector_for()

    with pytest.raises(SessionError):
        connector.sync_once()
    retried = connector.sync_once()

    assert retried == 1
    assert len(_mailbox(server, "alice")) == 1


# -- the service loop and its status ------------------------------------------


def test_status_after_a_sync(
    spool: Path, state: Path, connector_for: Callable[..., Connector],
) -> None:
    _leave(spool, ALICE, tone_wav(0.1))
    _leave(spool, BOB, tone_wav(0.1))

    connector_for().sync_once()

    status = json.loads((state / STATUS_NAME).read_text(encoding="utf-8"))
    assert status["state"] == "running"
    assert status["pid"] == os.getpid()
    assert status["delivered"] == 2
    assert status["pending"] == 0
    assert status["users"] == 2
    assert status["last_error"] == ""
    assert datetime.fromisoformat(status["last_sync"]).tzinfo is not None
    assert ServiceStatus.load(state) == ServiceStatus(**status)


def test_run_delivers_until_the_stop_event(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    stop = threading.Event()
    connector = connector_for(stop=stop)
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.state == "running", WAIT)
        wav = tone_wav(0.2)
        _leave(spool, ALICE, wav)
        wait_until(lambda: len(_mailbox(server, "alice")) == 1, "delivery")
    finally:
        stop.set()
        worker.join(WAIT)

    assert not worker.is_alive()
    status = ServiceStatus.load(state)
    assert status is not None
    assert status.state == "stopped"
    assert status.delivered == 1
    assert [_attachment(m) for _uid, m in _mailbox(server, "alice")] == [wav]


def test_an_unreachable_server_is_reported_and_caught_up_later(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    # Dovecot keeps its ports across stop() and start() (chosen once, in
    # _prepare), so the connector's deployment stays valid.
    port = server.tls_port
    wav = tone_wav(0.2)
    _leave(spool, ALICE, wav)
    connector = connector_for()
    worker = threading.Thread(target=connector.run, name="test-connector")
    server.stop()
    try:
        worker.start()
        assert wait_for_status(state, lambda s: s.state == "disconnected", WAIT)
        offline = ServiceStatus.load(state)
    finally:
        server.start()
    try:
        assert server.tls_port == port
        assert wait_for_status(state, lambda s: s.delivered == 1, WAIT)
        online = ServiceStatus.load(state)
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    assert offline is not None
    assert "[alice]" in offline.last_error
    assert "refused" in offline.last_error.lower()
    assert offline.delivered == 0
    assert online is not None
    assert online.state == "running"
    assert online.last_error == ""
    assert [_attachment(m) for _uid, m in _mailbox(server, "alice")] == [wav]


def test_a_wrong_password_is_reported_without_the_password(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], caplog: pytest.LogCaptureFixture,
) -> None:
    wrong = "Wr0ng-Pa55word!"
    _leave(spool, ALICE, tone_wav(0.1))
    connector = connector_for(password=wrong)
    caplog.set_level(logging.DEBUG)
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.state == "error", WAIT)
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    status_text = (state / STATUS_NAME).read_text(encoding="utf-8")
    assert "Login refused" in json.loads(status_text)["last_error"]
    assert _mailbox(server, "alice") == []
    for text in (status_text, caplog.text):
        assert wrong not in text


# -- secrets -------------------------------------------------------------------


def _plain_blob(server: Dovecot, user: str) -> str:
    """The base64 SASL PLAIN response, which carries the password."""
    raw = f"{user}\0{server.master_user}\0{server.master_password}".encode()
    return base64.b64encode(raw).decode()


def test_the_password_never_reaches_status_journal_or_logs(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    _leave(spool, ALICE, tone_wav(0.1))
    _leave(spool, BOB, tone_wav(0.1))
    connector = connector_for()
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.delivered == 2, WAIT)
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    password = server.master_password
    texts = {
        "status": (state / STATUS_NAME).read_text(encoding="utf-8"),
        "journal": (state / JOURNAL_NAME).read_text(encoding="utf-8"),
        "logs": caplog.text,
        "repr": repr(connector),
    }
    assert "delivered" in texts["logs"]
    for where, text in texts.items():
        assert password not in text, where
        for user in ("alice", "bob"):
            assert _plain_blob(server, user) not in text, where


def test_a_redacting_handler_masks_the_installed_password(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    password = server.master_password
    monkeypatch.setattr(logsetup, "REDACT", Redactor())
    logsetup.REDACT.add(password)  # as the command line does
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(logging.Formatter(logsetup.FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    _leave(spool, ALICE, tone_wav(0.1))
    try:
        connector_for().sync_once()
        logging.getLogger("app.connector").warning("Tried password %s", password)
        try:
            raise ValueError(f"the server echoed {password}")
        except ValueError:
            logging.getLogger("app.connector").exception("Login failed")
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)

    text = output.getvalue()
    assert "delivered" in text
    assert f"Tried password {MASK}" in text
    assert f"ValueError: the server echoed {MASK}" in text
    assert password not in text


# -- voicemail that cannot be delivered ----------------------------------------


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_an_impossible_call_time_is_delivered_with_the_file_time(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    # 99999999999999999 makes the C library answer EOVERFLOW (an OSError).
    odd = _leave(spool, ALICE, tone_wav(0.1), origtime=1_700_000_000)
    odd.write_text(odd.read_text().replace("origtime=1700000000",
                                           "origtime=99999999999999999"))
    os.utime(odd, (1_600_000_000, 1_600_000_000))
    _leave(spool, BOB, tone_wav(0.2))

    delivered = connector_for().sync_once()

    ((_uid, message),) = _mailbox(server, "alice")
    assert delivered == 2
    assert message["Date"].datetime.timestamp() == 1_600_000_000
    assert len(_mailbox(server, "bob")) == 1


def _audio_folder(spool: Path, user: VoicemailUser, number: int) -> Path:
    """A voicemail whose "recording" is a folder, as a broken copy leaves it."""
    txt = _leave(spool, user, tone_wav(0.1), origtime=1_700_000_000 + number)
    wav = txt.with_suffix(".wav")
    wav.unlink()
    wav.mkdir()
    return txt


def test_unreadable_audio_is_set_aside_and_the_users_other_voicemail_delivered(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = _audio_folder(spool, ALICE, 0)
    later = tone_wav(0.3, hz=700)
    _leave(spool, ALICE, later, origtime=1_700_000_500)
    connector = connector_for()
    caplog.set_level(logging.INFO, logger="app.connector")

    delivered = connector.sync_once()
    built: list[str] = []
    real_to_email = connector_module.to_email

    def counting(vm: Any, *args: Any) -> bytes:
        built.append(vm.txt_path.name)
        return real_to_email(vm, *args)

    monkeypatch.setattr(connector_module, "to_email", counting)
    again = connector.sync_once()

    assert (delivered, again) == (1, 0)
    assert [_attachment(m) for _uid, m in _mailbox(server, "alice")] == [later]
    (error,) = _errors(caplog)
    assert str(broken) in error
    assert "Is a directory" in error
    assert built == []  # set aside: not tried again while its files are the same
    status = ServiceStatus.load(state)
    assert status is not None
    assert status.state == "running"
    assert [entry["file"] for entry in status.set_aside] == [str(broken)]
    assert "Is a directory" in status.set_aside[0]["reason"]


def test_a_set_aside_voicemail_is_delivered_once_its_files_are_fixed(
    server: Dovecot, spool: Path, connector_for: Callable[..., Connector],
) -> None:
    broken = _audio_folder(spool, ALICE, 0)
    connector = connector_for()
    connector.sync_once()
    wav = tone_wav(0.2)
    broken.with_suffix(".wav").rmdir()
    broken.with_suffix(".wav").write_bytes(wav)

    delivered = connector.sync_once()

    assert delivered == 1
    assert [_attachment(m) for _uid, m in _mailbox(server, "alice")] == [wav]
    assert connector.status.set_aside == []


def test_a_voicemail_without_audio_is_reported_once_as_incomplete(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], caplog: pytest.LogCaptureFixture,
) -> None:
    lonely = _leave(spool, ALICE, tone_wav(0.1))
    lonely.with_suffix(".wav").unlink()
    then = time.time() - 600
    os.utime(lonely, (then, then))
    _leave(spool, ALICE, tone_wav(0.2))
    connector = connector_for()
    caplog.set_level(logging.INFO, logger="app.connector")

    first = connector.sync_once()
    second = connector.sync_once()

    assert (first, second) == (1, 0)
    (error,) = _errors(caplog)
    assert str(lonely) in error
    assert "incomplete" in error
    status = ServiceStatus.load(state)
    assert status is not None
    assert [entry["file"] for entry in status.set_aside] == [str(lonely)]


def test_the_service_survives_an_unexpected_error_and_keeps_delivering(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    wav = tone_wav(0.2)
    _leave(spool, ALICE, wav)
    connector = connector_for()
    record = connector.journal.record
    failures = []

    def disk_full_once(identity: str, state: str, **extra: Any) -> None:
        if not failures:
            failures.append(identity)
            raise OSError(28, "No space left on device")
        record(identity, state, **extra)

    monkeypatch.setattr(connector.journal, "record", disk_full_once)
    caplog.set_level(logging.INFO, logger="app.connector")
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.state == "error", WAIT)
        failed = ServiceStatus.load(state)
        assert wait_for_status(
            state, lambda s: s.state == "running" and s.delivered == 1, WAIT)
        assert worker.is_alive()
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    assert failed is not None
    assert "No space left on device" in failed.last_error
    assert [_attachment(m) for _uid, m in _mailbox(server, "alice")] == [wav]
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert len(tracebacks) == 1


# -- a new journal on a spool already delivered --------------------------------


def test_a_fresh_journal_does_not_deliver_again(
    server: Dovecot, dep: Deployment, spool: Path, tmp_path: Path,
    connector_for: Callable[..., Connector], monkeypatch: pytest.MonkeyPatch,
) -> None:
    _leave(spool, ALICE, tone_wav(0.1), origtime=1_700_000_000)
    _leave(spool, ALICE, tone_wav(0.2), origtime=1_700_000_100)
    connector_for().sync_once()
    (uid_one, _m1), (uid_two, _m2) = _mailbox(server, "alice")
    searches: list[Any] = []
    real_search = IMAPClient.search

    def counting(self: IMAPClient, criteria: Any = "ALL", charset: Any = None,
                 ) -> Any:
        searches.append(criteria)
        return real_search(self, criteria, charset)

    monkeypatch.setattr(IMAPClient, "search", counting)
    elsewhere = tmp_path / "reinstalled"
    fresh = Connector(dep, server.master_password, elsewhere)
    try:
        delivered = fresh.sync_once()
    finally:
        fresh.close()
    searched = list(searches)

    assert delivered == 0
    assert len(_mailbox(server, "alice")) == 2
    found, _bad = scan(spool, [ALICE], settle=0)
    # One search for the user's whole backlog, not one per voicemail.
    assert searched == [["OR", "HEADER", "Message-ID", found[0].message_id,
                         "HEADER", "Message-ID", found[1].message_id]]
    final = {line["id"]: (line["state"], line["uid"])
             for line in _journal_lines(elsewhere)}
    assert final == {found[0].identity: ("delivered", uid_one),
                     found[1].identity: ("delivered", uid_two)}


# -- a misconfigured service says so ---------------------------------------------


def test_a_wrong_password_is_an_error_even_without_voicemail(
    server: Dovecot, state: Path, connector_for: Callable[..., Connector],
) -> None:
    connector = connector_for(password="not-the-master-pw")
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.state != "starting", WAIT)
        status = ServiceStatus.load(state)
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    assert status is not None
    assert status.state == "error"
    assert "[alice] Login refused" in status.last_error
    assert "not-the-master-pw" not in status.last_error


def test_the_server_is_checked_again_while_there_is_no_voicemail(
    server: Dovecot, dep: Deployment, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    dep.service.check_seconds = 0
    connector = connector_for()
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.state == "running", WAIT)
        server.stop()
        try:
            assert wait_for_status(state, lambda s: s.state == "disconnected", WAIT)
            offline = ServiceStatus.load(state)
        finally:
            server.start()
        assert wait_for_status(state, lambda s: s.state == "running", WAIT)
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    assert offline is not None
    assert "[alice]" in offline.last_error


def test_an_authorization_failure_is_an_error_not_a_disconnection(
    server: Dovecot, dep: Deployment, spool: Path,
    connector_for: Callable[..., Connector],
) -> None:
    ghost = VoicemailUser(mailbox="1009", login="nobody-here")
    dep.users = [ghost, BOB]

    with pytest.raises(SyncError) as failure:
        connector_for(deployment=dep).sync_once()

    assert failure.value.state == "error"
    assert "[nobody-here]" in failure.value.summary


@pytest.mark.parametrize("kind", ["missing", "a-file"])
def test_a_spool_that_is_not_a_folder_is_an_error_until_it_is(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], kind: str,
) -> None:
    spool.rmdir()
    if kind == "a-file":
        spool.write_text("not a folder")
    connector = connector_for()
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        assert wait_for_status(state, lambda s: s.state == "error", WAIT)
        broken = ServiceStatus.load(state)
        spool.unlink(missing_ok=True)
        wav = tone_wav(0.1)
        _leave(spool, ALICE, wav)
        assert wait_for_status(
            state, lambda s: s.state == "running" and s.delivered == 1, WAIT)
    finally:
        connector.stop_event.set()
        worker.join(WAIT)

    assert broken is not None
    assert str(spool) in broken.last_error
    assert [_attachment(m) for _uid, m in _mailbox(server, "alice")] == [wav]


def test_the_status_is_saved_during_a_long_delivery(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector], monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(3):
        _leave(spool, ALICE, tone_wav(0.1), origtime=1_700_000_000 + n)
    connector = connector_for()
    ticks = iter(range(0, 10_000, 2))  # a clock where each look is 2 s later
    monkeypatch.setattr(connector, "_clock", lambda: float(next(ticks)),
                        raising=False)
    seen: list[tuple[int, int]] = []
    real_append = IMAPClient.append

    def watching(self: IMAPClient, *args: Any, **kwargs: Any) -> Any:
        status = ServiceStatus.load(state)
        seen.append((status.delivered, status.pending) if status else (-1, -1))
        return real_append(self, *args, **kwargs)

    monkeypatch.setattr(IMAPClient, "append", watching)

    connector.sync_once()

    assert seen[1:] == [(1, 2), (2, 1)]


def test_state_files_are_readable_by_their_owner_only(
    server: Dovecot, spool: Path, state: Path,
    connector_for: Callable[..., Connector],
) -> None:
    state.mkdir(mode=0o755)
    os.chmod(state, 0o755)  # noqa: S103 - as an earlier version left it
    (state / JOURNAL_NAME).write_text("")
    os.chmod(state / JOURNAL_NAME, 0o644)
    _leave(spool, ALICE, tone_wav(0.1))

    connector_for().sync_once()

    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    for name in (JOURNAL_NAME, STATUS_NAME):
        assert stat.S_IMODE((state / name).stat().st_mode) == 0o600, name


def test_a_fresh_state_folder_is_private(
    server: Dovecot, state: Path, connector_for: Callable[..., Connector],
) -> None:
    connector_for().sync_once()

    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert stat.S_IMODE((state / JOURNAL_NAME).stat().st_mode) == 0o600


def test_a_long_journal_is_compacted_to_the_last_state_of_each_voicemail(
    tmp_path: Path,
) -> None:
    path = tmp_path / JOURNAL_NAME
    lines = []
    for round_ in range(1500):
        for name in ("default/1001/a", "default/1002/b"):
            lines.append(json.dumps({"id": name, "state": "delivered", "uid": 7,
                                     "user": name[-1], "seen": round_ % 2 == 1}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    journal = Journal(path)
    journal.record("default/1001/c", "sending", user="a")
    journal.close()
    reread = Journal(path)
    reread.close()

    kept = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(e["id"], e["state"], e.get("seen")) for e in kept] == [
        ("default/1001/a", "delivered", True), ("default/1002/b", "delivered", True),
        ("default/1001/c", "sending", None)]
    assert set(reread.delivered_to("a")) == {"default/1001/a"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_stop_cuts_sessions_off_only_after_its_grace() -> None:
    stop = threading.Event()
    hang_up = AfterGrace(stop, grace=0.2)
    assert not hang_up.is_set()
    stop.set()
    assert not hang_up.is_set()  # the command under way may finish
    time.sleep(0.3)
    assert hang_up.is_set()  # one that hangs is cut off
