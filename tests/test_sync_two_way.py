"""Heard, read and deleted, both ways, against the real Dovecot on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from app import cli
from app.connector import Connector
from app.mailbox import uid_set
from app.model import Deployment, VoicemailUser
from app.mwi import MWI_NAME
from app.spool import move_voicemail, remove_voicemail, scan, scan_all, tone_wav
from app.spool import write_voicemail as leave
from tests.support.dovecot import Dovecot
from tests.support.mailview import client_of, messages
from tests.support.waiting import wait_until

pytestmark = pytest.mark.dovecot

ALICE = VoicemailUser(mailbox="1001", login="alice")
BOB = VoicemailUser(mailbox="1002", login="bob")
CAROL = VoicemailUser(mailbox="1003", login="carol")
LOOK = 0.2  # mailbox_check_seconds: the smallest the configuration allows


@pytest.fixture
def spool(tmp_path: Path) -> Path:
    folder = tmp_path / "spool"
    folder.mkdir()
    return folder


def _deployment(server: Dovecot, spool: Path, **options: float | int | str,
                ) -> Deployment:
    settings: dict[str, float | int | str] = {
        "poll_seconds": 0.2, "settle_seconds": 0, "timeout_seconds": 10,
        "mailbox_check_seconds": LOOK, **options}
    dep = server.deployment(str(spool), **settings)  # type: ignore[arg-type]
    dep.users = [ALICE, BOB, CAROL]
    return dep


@pytest.fixture
def make(clean_dovecot: Dovecot, spool: Path, tmp_path: Path,
         ) -> Iterator[Callable[..., Connector]]:
    made: list[Connector] = []

    def build(**options: float | int | str) -> Connector:
        dep = _deployment(clean_dovecot, spool, **options)
        connector = Connector(dep, clean_dovecot.master_password,
                              tmp_path / "state")
        made.append(connector)
        return connector

    yield build
    for connector in made:
        connector.close()


def _sync_after_look(connector: Connector, times: int = 1) -> None:
    """Sync once the mailbox check is due again (twice: deletions need two scans)."""
    for _round in range(times):
        time.sleep(LOOK + 0.05)
        connector.sync_once()


def _one(spool: Path, user: VoicemailUser) -> Path:
    (vm,), _bad = scan_all(spool, [user], settle=0)
    return vm.txt_path


def test_heard_on_the_phone_marks_the_email_read(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make()
    connector.sync_once()
    ((_uid, _msg, before),) = messages(clean_dovecot, "alice")
    (vm,), _bad = scan(spool, [ALICE], settle=0)

    move_voicemail(vm, "Old")
    connector.sync_once()

    ((_uid, _msg, after),) = messages(clean_dovecot, "alice")
    assert b"\\Seen" not in before
    assert b"\\Seen" in after


def test_read_in_the_mail_client_moves_the_voicemail_to_old(
    clean_dovecot: Dovecot, spool: Path, state_dir: Path,
    make: Callable[..., Connector],
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    leave(spool, "default", "1001", audio=tone_wav(0.2))
    connector = make()
    connector.sync_once()
    lamp_before = json.loads((state_dir / MWI_NAME).read_text())["alice"]
    first_uid = messages(clean_dovecot, "alice")[0][0]

    with client_of(clean_dovecot, "alice") as client:
        client.add_flags([first_uid], [b"\\Seen"])
    _sync_after_look(connector)

    folders = sorted(vm.folder for vm in scan_all(spool, [ALICE], settle=0)[0])
    lamp_after = json.loads((state_dir / MWI_NAME).read_text())["alice"]
    assert folders == ["INBOX", "Old"]
    assert (lamp_before["new"], lamp_before["waiting"]) == (2, True)
    assert (lamp_after["new"], lamp_after["old"]) == (1, 1)


def test_marked_unread_again_brings_the_voicemail_back_to_new(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1), folder="Old")
    connector = make()
    connector.sync_once()
    ((uid, _msg, flags),) = messages(clean_dovecot, "alice")

    with client_of(clean_dovecot, "alice") as client:
        client.remove_flags([uid], [b"\\Seen"])
    _sync_after_look(connector)

    assert b"\\Seen" in flags  # a heard voicemail arrives as read mail
    assert [vm.folder for vm in scan_all(spool, [ALICE], settle=0)[0]] == ["INBOX"]


def test_deleted_in_the_mail_client_deletes_the_voicemail(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    leave(spool, "default", "1002", audio=tone_wav(0.1))
    kept = leave(spool, "default", "1002", audio=tone_wav(0.2))
    connector = make()
    connector.sync_once()
    doomed = messages(clean_dovecot, "bob")[0][0]

    with client_of(clean_dovecot, "bob") as client:
        client.delete_messages([doomed])
        client.expunge()
    _sync_after_look(connector)
    after_one_look = len(scan_all(spool, [BOB], settle=0)[0])
    _sync_after_look(connector)

    remaining = scan_all(spool, [BOB], settle=0)[0]
    assert after_one_look == 2  # missing once is not yet deleted
    assert [vm.txt_path.name for vm in remaining] == [kept.name]
    assert not list((spool / "default" / "1002" / "INBOX").glob("msg0000.*"))


@pytest.mark.parametrize(("policy", "left_in_inbox", "in_trash"), [
    pytest.param("expunge", 0, 0, id="expunge"),
    pytest.param("trash", 0, 1, id="trash"),
    pytest.param("keep", 1, 0, id="keep"),
])
def test_deleted_on_the_phone_follows_the_delete_policy(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
    policy: str, left_in_inbox: int, in_trash: int,
) -> None:
    leave(spool, "default", "1003", audio=tone_wav(0.1))
    connector = make(delete_policy=policy, trash_folder="Deleted Items")
    connector.sync_once()
    (vm,), _bad = scan(spool, [CAROL], settle=0)

    remove_voicemail(vm)
    _sync_after_look(connector, times=2)

    assert len(messages(clean_dovecot, "carol")) == left_in_inbox
    if in_trash:
        ((_uid, message, _flags),) = messages(clean_dovecot, "carol",
                                              "Deleted Items")
        assert message["Message-ID"] == vm.message_id


def test_a_box_folder_that_vanished_deletes_no_email(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    # An unmounted share looks like every voicemail deleted; it is not.
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make()
    connector.sync_once()
    box = spool / "default" / "1001"

    box.rename(spool / "default" / "moved-away")
    _sync_after_look(connector, times=3)

    assert len(messages(clean_dovecot, "alice")) == 1


def test_urgent_and_old_voicemail_arrive_flagged_and_read(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1), folder="Urgent",
          origtime=1_700_000_000)
    leave(spool, "default", "1001", audio=tone_wav(0.1), folder="Family",
          origtime=1_700_000_100)
    connector = make()

    delivered = connector.sync_once()

    (_u1, urgent, urgent_flags), (_u2, family, family_flags) = messages(
        clean_dovecot, "alice")
    assert delivered == 2
    assert urgent["Importance"] == "high"
    assert urgent["Subject"].startswith("Urgent voicemail from")
    assert family["Subject"].startswith("Voicemail from")
    assert b"\\Flagged" in urgent_flags and b"\\Seen" not in urgent_flags
    assert family["Importance"] is None
    assert b"\\Seen" in family_flags


def test_an_untouched_mailbox_is_not_read_again(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make()
    connector.sync_once()
    _sync_after_look(connector, times=2)  # our own APPEND moved the mailbox
    reads = connector.status.mailbox_reads

    _sync_after_look(connector, times=3)
    quiet = connector.status.mailbox_reads
    with client_of(clean_dovecot, "alice") as client:
        client.add_flags(client.search("ALL"), [b"\\Flagged"])
    _sync_after_look(connector)

    assert quiet == reads
    assert connector.status.mailbox_reads == reads + 1


def test_the_pool_never_holds_more_connections_than_configured(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    for mailbox in ("1001", "1002", "1003"):
        for _n in range(2):
            leave(spool, "default", mailbox, audio=tone_wav(0.1))
    connector = make(max_connections=2)

    delivered = connector.sync_once()

    assert delivered == 6
    assert connector.pool.open_count <= 2
    assert connector.status.connections <= 2
    assert [len(messages(clean_dovecot, u)) for u in ("alice", "bob", "carol")] \
        == [2, 2, 2]


def test_a_broken_file_is_logged_once_even_across_restarts(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
    caplog: pytest.LogCaptureFixture,
) -> None:
    box = spool / "default" / "1001" / "INBOX"
    box.mkdir(parents=True)
    (box / "msg0000.txt").write_bytes(b"no section here\n")
    (box / "msg0000.wav").write_bytes(tone_wav(0.1))
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    caplog.set_level(logging.ERROR, logger="app.connector")

    first = make()
    first.sync_once()
    first.close()
    second = make()
    delivered = second.sync_once()

    logged = [r for r in caplog.records if "set aside" in r.getMessage()]
    assert delivered == 0  # the good one went with the first run
    assert len(logged) == 1
    assert [a["file"] for a in second.status.set_aside] == [str(box / "msg0000.txt")]
    assert len(messages(clean_dovecot, "alice")) == 1


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


def test_status_json_shows_the_sync_figures(
    spool: Path, state_dir: Path, make: Callable[..., Connector],
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make()
    connector.sync_once()
    monkeypatch.setenv("UMCONNECT_STATE_DIR", str(state_dir))

    code = cli.main(["status", "--json", "--config", str(tmp_path / "none.toml")])

    shown = json.loads(capsys.readouterr().out)
    assert code == cli.CHECK_FAILED  # the connector ran in this test, not as a service
    assert shown["running"] is False
    status = shown["status"]
    assert (status["state"], status["delivered"], status["users"]) == ("running", 1, 3)
    assert status["last_sync"]
    assert status["failing"] == [] and status["set_aside"] == []
    assert 1 <= status["connections"] <= 8


def test_a_rebuilt_mailbox_is_matched_again_by_message_id(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
    caplog: pytest.LogCaptureFixture,
) -> None:
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make()
    connector.sync_once()
    _sync_after_look(connector)
    connector.pool.close()  # no session of ours may hold the old numbering
    rebuilt = clean_dovecot.doveadm("mailbox", "update", "--uid-validity",
                                    "4242", "-u", "alice", "INBOX")
    assert rebuilt.returncode == 0, rebuilt.stderr
    ((uid, _msg, _flags),) = messages(clean_dovecot, "alice")
    with client_of(clean_dovecot, "alice") as client:
        assert client.folder_status("INBOX", ["UIDVALIDITY"])[b"UIDVALIDITY"] == 4242
        client.add_flags([uid], [b"\\Seen"])
    caplog.set_level(logging.WARNING, logger="app.connector")

    again = make()
    _sync_after_look(again)

    assert "rebuilt" in caplog.text
    assert [vm.folder for vm in scan_all(spool, [ALICE], settle=0)[0]] == ["Old"]
    assert len(messages(clean_dovecot, "alice")) == 1


def test_uid_sets_are_written_as_ranges() -> None:
    assert uid_set([9, 1, 2, 3, 7, 10, 11, 12, 3]) == "1:3,7,9:12"
    assert uid_set([5]) == "5"


def test_only_messages_changed_since_the_cursor_are_fetched(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for _n in range(5):
        leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make()
    connector.sync_once()
    _sync_after_look(connector, times=2)
    uids = [uid for uid, _m, _f in messages(clean_dovecot, "alice")]
    replies: list[int] = []
    real_fetch = IMAPClient.fetch

    def counting(self: IMAPClient, *args: Any, **kwargs: Any) -> Any:
        reply = real_fetch(self, *args, **kwargs)
        replies.append(len(reply))
        return reply

    monkeypatch.setattr(IMAPClient, "fetch", counting)
    with client_of(clean_dovecot, "alice") as client:
        client.add_flags([uids[3]], [b"\\Seen"])
        client.delete_messages([uids[4]])
        client.expunge()
    _sync_after_look(connector, times=2)

    folders = sorted(vm.folder for vm in scan_all(spool, [ALICE], settle=0)[0])
    assert replies == [1]  # the one message read, not all five
    assert folders == ["INBOX", "INBOX", "INBOX", "Old"]


def test_idle_brings_a_read_email_to_the_phone_before_the_next_look(
    clean_dovecot: Dovecot, spool: Path, make: Callable[..., Connector],
) -> None:
    # Mailboxes are looked at once an hour here: only IDLE can tell in time.
    leave(spool, "default", "1001", audio=tone_wav(0.1))
    connector = make(mailbox_check_seconds=3600.0)
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        wait_until(lambda: len(messages(clean_dovecot, "alice")) == 1,
                   "the delivery")
        ((uid, _msg, _flags),) = messages(clean_dovecot, "alice")
        wait_until(lambda: connector.pool.open_count == 1, "the idle connection")
        time.sleep(0.3)  # the pooled connection settles into IDLE

        with client_of(clean_dovecot, "alice") as client:
            client.add_flags([uid], [b"\\Seen"])
        wait_until(lambda: [vm.folder for vm in scan_all(spool, [ALICE],
                                                         settle=0)[0]] == ["Old"],
                   "the voicemail to move to Old", timeout=20)
    finally:
        connector.stop_event.set()
        worker.join(60)
    assert connector.status.mailbox_reads >= 1
