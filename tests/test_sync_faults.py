"""Faults against the real Dovecot on 127.0.0.1: kill -9, server restarts, outages.

The service runs as its own process (``umconnect service run``) and is killed
with SIGKILL at random moments while it delivers, then started again; the
mailboxes are counted afterwards. Dovecot is stopped and started under a
running service to show that it resumes, and what it says meanwhile.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest

from app import config
from app.connector import JOURNAL_NAME, Connector, ServiceStatus, wait_for_status
from app.model import Deployment, VoicemailUser
from app.mwi import MWI_NAME
from app.spool import scan_all, tone_wav, write_voicemail
from tests.support.dovecot import Dovecot
from tests.support.mailview import messages
from tests.support.waiting import wait_until

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parent.parent
ALICE = VoicemailUser(mailbox="1001", login="alice")
BOB = VoicemailUser(mailbox="1002", login="bob")
KILLS = 100
WAIT = 60.0  # bound for waiting loops; never an assertion on speed


def _deployment(server: Dovecot, spool: Path) -> Deployment:
    dep = server.deployment(str(spool), poll_seconds=0.2, settle_seconds=0,
                            timeout_seconds=5, mailbox_check_seconds=0.5,
                            max_backoff_seconds=1.0)
    dep.users = [ALICE, BOB]
    return dep


def _message_ids(server: Dovecot) -> Counter[str]:
    """How often each Message-ID is in alice's and bob's inboxes."""
    found: Counter[str] = Counter()
    for user in ("alice", "bob"):
        found.update(str(m["Message-ID"]) for _uid, m, _f in messages(server, user))
    return found


def _expected(spool: Path) -> Counter[str]:
    found, bad = scan_all(spool, [ALICE, BOB], settle=0)
    assert bad == []
    return Counter(vm.message_id for vm in found)


def _until(condition: Callable[[], bool], what: str) -> None:
    wait_until(condition, what, step=0.002)


class _Service:
    """``umconnect service run`` as a child process, the password on stdin."""

    def __init__(self, config_path: Path, state: Path, password: str) -> None:
        self.argv = [sys.executable, "-m", "app", "service", "run", "--config",
                     str(config_path), "--state-dir", str(state),
                     "--secrets-stdin", "--no-console"]
        self.password = password

    def start(self, *extra: str) -> subprocess.Popen[bytes]:
        child = subprocess.Popen([*self.argv, *extra], cwd=ROOT,
                                 stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
        assert child.stdin is not None
        child.stdin.write(json.dumps({"superuser_password": self.password}).encode()
                          + b"\n")
        child.stdin.close()
        return child


def _delivering(journal: Path, size: int, child: subprocess.Popen[bytes]) -> bool:
    """The journal grew past *size*, or the service ended."""
    return ((journal.exists() and journal.stat().st_size > size)
            or child.poll() is not None)


def _last_states(journal: Path) -> dict[str, str]:
    states: dict[str, str] = {}
    with journal.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # the line a kill cut short
            states[entry["id"]] = entry["state"]
    return states


@pytest.fixture
def site(clean_dovecot: Dovecot, tmp_path: Path) -> tuple[Path, Path, _Service]:
    """An empty spool, a state folder and the service configured for them."""
    spool, state = tmp_path / "spool", tmp_path / "state"
    spool.mkdir()
    config.save(_deployment(clean_dovecot, spool), tmp_path / "umconnect.toml")
    service = _Service(tmp_path / "umconnect.toml", state,
                       clean_dovecot.master_password)
    return spool, state, service


def test_kill_9_during_delivery_loses_and_duplicates_nothing(
    clean_dovecot: Dovecot, site: tuple[Path, Path, _Service],
) -> None:
    spool, state, service = site
    journal = state / JOURNAL_NAME
    seed = random.randrange(1 << 30)
    chance = random.Random(seed)
    wav = tone_wav(0.05)
    torn = 0  # kills that left a voicemail between "sending" and "delivered"

    for round_ in range(KILLS):
        for user in (ALICE, BOB):
            write_voicemail(spool, user.context, user.mailbox, audio=wav,
                            msg_id=f"kill-{round_}-{user.mailbox}")
        size = journal.stat().st_size if journal.exists() else 0
        child = service.start()
        # Wait until it writes to the journal (it is delivering), then kill it
        # a random few milliseconds later: before, during or after an APPEND.
        _until(partial(_delivering, journal, size, child),
               "the service to start delivering")
        time.sleep(chance.uniform(0, 0.012))
        child.send_signal(signal.SIGKILL)
        child.wait(WAIT)
        assert child.returncode == -signal.SIGKILL, child.stderr and child.stderr.read()
        torn += "sending" in _last_states(journal).values()

    final = service.start("--once")
    assert final.wait(WAIT) == 0, final.stderr and final.stderr.read()

    expected = _expected(spool)
    delivered = _message_ids(clean_dovecot)
    print(f"{KILLS} kills, {torn} between 'sending' and 'delivered'; "
          f"{sum(delivered.values())} emails for {sum(expected.values())} "
          f"voicemails (seed {seed})")
    lost = expected - delivered
    duplicated = {mid: n for mid, n in delivered.items() if n > 1}
    assert sum(expected.values()) == 2 * KILLS
    assert (lost, duplicated) == (Counter(), {}), f"seed {seed}"
    assert delivered == expected
    # The kills really fell inside deliveries, not only around them.
    assert torn > 0, f"seed {seed}"


@pytest.fixture
def own_dovecot(dovecot: Dovecot, tmp_path: Path) -> Iterator[Dovecot]:
    """A Dovecot of this test's own, free to stop and start."""
    with Dovecot(tmp_path / "dovecot") as server:
        yield server


@pytest.fixture
def running(own_dovecot: Dovecot, tmp_path: Path,
            ) -> Iterator[tuple[Connector, Path, Path]]:
    """A connector running in a thread: (connector, spool, state folder)."""
    spool, state = tmp_path / "spool", tmp_path / "state"
    spool.mkdir()
    connector = Connector(_deployment(own_dovecot, spool),
                          own_dovecot.master_password, state)
    worker = threading.Thread(target=connector.run, name="test-connector")
    worker.start()
    try:
        yield connector, spool, state
    finally:
        connector.stop_event.set()
        worker.join(WAIT)
        assert not worker.is_alive()


def test_a_dovecot_restart_mid_sync_is_resumed_exactly_once(
    own_dovecot: Dovecot, running: tuple[Connector, Path, Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    connector, spool, state = running
    wav = tone_wav(0.05)
    total = 1000
    for number in range(total):
        user = (ALICE, BOB)[number % 2]
        write_voicemail(spool, user.context, user.mailbox, audio=wav,
                        msg_id=f"restart-{number}")
    _until(lambda: connector.status.delivered >= 20, "deliveries to begin")

    own_dovecot.stop(drop_clients=True)
    before = connector.status.delivered
    assert wait_for_status(state, lambda s: s.state == "disconnected", WAIT)
    own_dovecot.start()
    # Messages the server saved as the connection dropped are found again,
    # not appended, so the journal counts them, not status.delivered.
    _until(lambda: list(_last_states(state / JOURNAL_NAME).values()).count(
               "delivered") >= total and connector.status.state == "running",
           "the service to resume and finish")

    failures = [r for r in caplog.records if "sync failed" in r.getMessage()]
    assert before < total
    assert failures, "the restart interrupted nothing"
    assert _message_ids(own_dovecot) == _expected(spool)
    assert wait_for_status(state, lambda s: s.state == "running", WAIT)


def test_dovecot_down_says_disconnected_and_keeps_the_lamps(
    own_dovecot: Dovecot, running: tuple[Connector, Path, Path],
) -> None:
    _connector, spool, state = running
    write_voicemail(spool, "default", "1001", audio=tone_wav(0.05))
    mwi = state / MWI_NAME
    _until(lambda: mwi.exists()
           and json.loads(mwi.read_text()).get("alice", {}).get("new") == 1,
           "the message-waiting file")

    own_dovecot.stop(drop_clients=True)
    assert wait_for_status(state, lambda s: s.state == "disconnected", WAIT)
    down = ServiceStatus.load(state)
    lamps = mwi.read_bytes()
    write_voicemail(spool, "default", "1001", audio=tone_wav(0.05))
    time.sleep(1.0)  # a few more failed rounds, with the spool changed
    kept = mwi.read_bytes()

    own_dovecot.start()
    assert wait_for_status(state, lambda s: s.state == "running"
                           and s.delivered == 2, WAIT)
    _until(lambda: json.loads(mwi.read_text())["alice"]["new"] == 2,
           "the lamp to count the second voicemail")

    assert down is not None and down.last_error
    assert kept == lamps
    assert json.loads(kept)["alice"]["new"] == 1
    assert len(messages(own_dovecot, "alice")) == 2
    assert os.stat(mwi).st_mode & 0o077 == 0


def test_sigterm_mid_delivery_stops_cleanly_between_two_voicemails(
    clean_dovecot: Dovecot, site: tuple[Path, Path, _Service],
) -> None:
    spool, state, service = site
    wav = tone_wav(0.05)
    for number in range(300):
        user = (ALICE, BOB)[number % 2]
        write_voicemail(spool, user.context, user.mailbox, audio=wav,
                        msg_id=f"term-{number}")
    journal = state / JOURNAL_NAME
    child = service.start()
    _until(lambda: journal.exists() and journal.stat().st_size > 0,
           "the service to start delivering")

    child.send_signal(signal.SIGTERM)
    code = child.wait(WAIT)

    states = _last_states(journal)
    stopped = ServiceStatus.load(state)
    assert code == 0
    assert stopped is not None and stopped.state == "stopped"
    assert "sending" not in states.values()  # each voicemail finished or not begun
    assert 0 < len(states) < 300, "the stop came too late to interrupt anything"
    assert service.start("--once").wait(WAIT) == 0
    assert _message_ids(clean_dovecot) == _expected(spool)
