"""The gateway service against a stand-in for Exchange's EWS.

No Exchange server can run here: ``tests.support.ews_responder`` answers on
127.0.0.1 as Exchange's EWS does (CreateItem, FindItem, GetItem, UpdateItem,
DeleteItem, SyncFolderItems, its faults and throttling), holds each
mailbox's inbox in memory and records every CreateItem, which these tests
count. The real exchangelib client talks to it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import config
from app.connector import ServiceStatus, wait_for_status
from app.ews import EwsProblem
from app.gateway import Gateway
from app.model import (
    AdapterChoice,
    Deployment,
    ExchangeServer,
    GatewayOptions,
    ServerKind,
    ServiceOptions,
    Site,
    Superuser,
    VoicemailUser,
)
from app.spool import tone_wav, write_voicemail
from tests.support.ews_responder import EwsResponder

PASSWORD = "Secret-1"
ALICE, BOB = "alice@example.com", "bob@example.com"


@pytest.fixture
def exchange() -> Iterator[EwsResponder]:
    """A fresh EWS responder (Exchange 2016) for one test."""
    with EwsResponder() as responder:
        yield responder


def deployment(responder: EwsResponder, spool: Path) -> Deployment:
    """Two UM users on *responder*, voicemail in *spool*."""
    spool.mkdir(exist_ok=True)
    return Deployment(
        site=Site(kind=ServerKind.EXCHANGE_2016, um_users=800,
                  adapter=AdapterChoice.EXCHANGE_GATEWAY, um_server="um01.example.com",
                  exchange_servers=[ExchangeServer("127.0.0.1", "2016",
                                                   responder.ews_url)]),
        superuser=Superuser(login="EXAMPLE\\NPUMAdmin"),
        users=[VoicemailUser("1001", ALICE), VoicemailUser("1002", BOB)],
        sample_user=ALICE,
        service=ServiceOptions(spool=str(spool), poll_seconds=0.2, settle_seconds=0,
                               timeout_seconds=5.0),
        gateway=GatewayOptions(ca_file=str(responder.ca_file)))


def leave(spool: Path, box: str = "1001", msg_id: str | None = None) -> Path:
    """A voicemail as the PBX leaves it; returns its text file."""
    return write_voicemail(spool, "default", box, audio=tone_wav(0.2), msg_id=msg_id)


def box_files(spool: Path, box: str = "1001") -> dict[str, list[str]]:
    """The message files of each folder of *box*."""
    folder = spool / "default" / box
    return {sub.name: sorted(p.name for p in sub.iterdir())
            for sub in sorted(folder.iterdir()) if sub.is_dir()}


def test_a_voicemail_is_delivered_once_to_its_users_mailbox(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, "1002", msg_id="for-bob")
    gateway = Gateway(dep, PASSWORD, tmp_path / "state")
    try:
        first = gateway.sync_once()
        second = gateway.sync_once()
    finally:
        gateway.journal.close()

    assert (first, second) == (1, 0)
    assert [c.mailbox for c in exchange.created] == [BOB]
    (item,) = exchange.inbox(BOB).items.values()
    assert item.subject.startswith("Voicemail from Demo Caller")
    assert item.message_id.endswith("@umconnect.invalid>")
    assert not item.is_read
    assert exchange.inbox(ALICE).items == {}
    assert gateway.status.state == "running" and gateway.status.delivered == 1


def test_a_lost_journal_does_not_send_a_voicemail_twice(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, msg_id="once")
    for state in ("state-1", "state-2"):  # a reinstall starts a new journal
        gateway = Gateway(dep, PASSWORD, tmp_path / state)
        try:
            gateway.sync_once()
        finally:
            gateway.journal.close()

    assert len(exchange.created) == 1
    assert len(exchange.inbox(ALICE).items) == 1
    journal = (tmp_path / "state-2" / "journal.jsonl").read_text().splitlines()
    assert json.loads(journal[0])["state"] == "delivered"  # found, not sent


def test_heard_and_deleted_flow_from_the_mailbox_to_the_spool(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, msg_id="first")
    gateway = Gateway(dep, PASSWORD, tmp_path / "state")
    try:
        gateway.sync_once()
        (item,) = exchange.inbox(ALICE).items
        exchange.mark_read(ALICE, item)        # read in Outlook
        gateway.sync_once()
        heard = box_files(spool)
        exchange.delete_item(ALICE, item)      # deleted in Outlook
        gateway.sync_once()
    finally:
        gateway.journal.close()

    assert heard == {"INBOX": [], "Old": ["msg0000.txt", "msg0000.wav"]}
    assert box_files(spool) == {"INBOX": [], "Old": []}
    assert exchange.operations.count("UpdateItem") == 0  # nothing echoed back
    assert exchange.operations.count("DeleteItem") == 0


def test_heard_and_deleted_flow_from_the_spool_to_the_mailbox(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    txt = leave(spool, msg_id="second")
    gateway = Gateway(dep, PASSWORD, tmp_path / "state")
    try:
        gateway.sync_once()
        old = txt.parent.parent / "Old"        # heard on the phone
        old.mkdir()
        for path in (txt.with_suffix(".wav"), txt):
            path.replace(old / path.name)
        gateway.sync_once()
        read = [i.is_read for i in exchange.inbox(ALICE).items.values()]
        for path in old.iterdir():             # deleted on the phone
            path.unlink()
        gateway.sync_once()
    finally:
        gateway.journal.close()

    assert read == [True]
    assert exchange.inbox(ALICE).items == {}
    assert exchange.operations.count("UpdateItem") == 1
    assert exchange.operations.count("DeleteItem") == 1


def test_a_busy_exchange_is_waited_for_and_the_voicemail_still_goes_once(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, msg_id="busy")
    exchange.busy_on, exchange.busy_count = "CreateItem", 2
    gateway = Gateway(dep, PASSWORD, tmp_path / "state")
    try:
        assert gateway.sync_once() == 1
    finally:
        gateway.journal.close()

    assert exchange.operations.count("CreateItem") == 3
    assert len(exchange.created) == 1


def test_denied_impersonation_sets_the_status_to_error_with_the_remedy(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, msg_id="denied")
    exchange.impersonation_faults[ALICE] = "ErrorImpersonateUserDenied"
    stop = threading.Event()
    gateway = Gateway(dep, PASSWORD, tmp_path / "state", stop)
    runner = threading.Thread(target=gateway.run)
    runner.start()
    try:
        assert wait_for_status(tmp_path / "state",
                               lambda s: s.state == "error", timeout=10.0)
    finally:
        stop.set()
        runner.join(10.0)

    status = ServiceStatus.load(tmp_path / "state")
    assert status is not None and status.state == "stopped"
    assert "may not impersonate alice@example.com" in status.last_error
    assert "ApplicationImpersonation" in status.last_error
    assert PASSWORD not in status.last_error
    assert exchange.created == []


def test_sync_once_raises_one_problem_naming_the_user(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, "1002", msg_id="bob-denied")
    exchange.impersonation_faults[BOB] = "ErrorAccessDenied"
    gateway = Gateway(dep, PASSWORD, tmp_path / "state")
    try:
        with pytest.raises(EwsProblem) as caught:
            gateway.sync_once()
    finally:
        gateway.journal.close()

    assert caught.value.summary == ("[bob@example.com] Exchange denied "
                                    "EXAMPLE\\NPUMAdmin access to "
                                    "bob@example.com's mailbox")
    assert not caught.value.network


def test_service_run_once_picks_the_gateway_for_a_gateway_configuration(
        exchange: EwsResponder, tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    dep = deployment(exchange, spool)
    leave(spool, msg_id="cli")
    path = tmp_path / "umconnect.toml"
    config.save(dep, path)
    env = {k: v for k, v in os.environ.items() if k != "NTLM_USER_FILE"}

    done = subprocess.run(
        [sys.executable, "-m", "app", "service", "run", "--config", str(path),
         "--state-dir", str(tmp_path / "state"), "--secrets-stdin", "--once",
         "--no-console"],
        input=json.dumps({"superuser_password": PASSWORD}) + "\n", text=True,
        capture_output=True, timeout=60, env=env, check=False)

    assert done.returncode == 0, done.stderr
    assert [c.mailbox for c in exchange.created] == [ALICE]
    log = (tmp_path / "state" / "service.log").read_text()
    assert "voicemail default/1001/cli delivered" in log
    assert PASSWORD not in log
