"""The service at scale: 500, 2,500 and 10,000 users through the master user.

For each size, a Dovecot with that many users starts on 127.0.0.1 and the
service (``umconnect service run``, a process of its own) is configured for
all of them. Voicemail arrives for ``ACTIVE`` users spread over the range
(``PER_USER`` each); the rest have empty boxes, which the service still scans
every poll. Three figures per size:

* delivery throughput as a ratio to the floor, a bare imapclient loop in the
  same run that logs in as each of the same users and APPENDs the same
  messages (goal >= 0.8);
* p95 time for a state change to reach the other side: heard on the phone
  (moved to Old) until the email is \\Seen, and read in a mail client until
  the voicemail is in Old (goal <= 1 s at 2,500 users);
* the service's peak resident memory, VmHWM (goal <= 1 GB at 10,000 users).

The last line is the worst throughput ratio over all sizes, with the other
figures beside it.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from imapclient import IMAPClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import config
from app.connector import JOURNAL_NAME
from app.model import VoicemailUser
from app.services import BackgroundService
from app.spool import Voicemail, move_voicemail, scan_all, to_email, tone_wav
from app.spool import write_voicemail as leave
from tests.support.dovecot import Dovecot

SCALES = (500, 2_500, 10_000)
ACTIVE = 100
PER_USER = 4
CHANGES = 40
POLL, LOOK = 0.2, 10.0
WAIT = 120.0


def _client(dovecot: Dovecot, login: str) -> IMAPClient:
    client = IMAPClient(dovecot.host, dovecot.tls_port,
                        ssl_context=dovecot.ssl_context(), timeout=30)
    client.plain_login(dovecot.master_user, dovecot.master_password,
                       authorization_identity=login)
    return client


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting: {what}")
        time.sleep(0.005)


def _delivered(journal: Path) -> int:
    try:
        return journal.read_text(encoding="utf-8").count('"state": "delivered"')
    except OSError:
        return 0


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _floor(dovecot: Dovecot, active: list[VoicemailUser], scratch: Path) -> float:
    """Seconds a bare loop takes to APPEND the same messages as each user."""
    wav = tone_wav(2.0)
    mail: dict[str, list[bytes]] = {}
    for user in active:
        for n in range(PER_USER):
            leave(scratch, user.context, user.mailbox, audio=wav, duration=2,
                  msg_id=f"floor-{user.login}-{n}")
        found, _bad = scan_all(scratch, [user], settle=0)
        mail[user.login] = [to_email(vm, user, dovecot.host) for vm in found]
    started = time.perf_counter()
    for user in active:
        client = _client(dovecot, user.login)
        for data in mail[user.login]:
            client.append("INBOX", data)
        client.logout()
    return time.perf_counter() - started


def _propagation(dovecot: Dovecot, spool: Path, active: list[VoicemailUser],
                 ) -> tuple[list[float], list[float]]:
    """Seconds for heard → \\Seen and read → Old, CHANGES / 2 of each."""
    to_mail: list[float] = []
    to_phone: list[float] = []
    for index in range(CHANGES):
        user = active[index % len(active)]
        found, _bad = scan_all(spool, [user], settle=0)
        fresh = [vm for vm in found if not vm.heard]
        vm = fresh[0]
        client = _client(dovecot, user.login)
        client.select_folder("INBOX")
        (uid,) = client.search(["HEADER", "Message-ID", vm.message_id])
        if index % 2 == 0:
            move_voicemail(vm, "Old")
            started = time.perf_counter()
            _until(partial(_seen, client, uid), "\\Seen")
            to_mail.append(time.perf_counter() - started)
        else:
            client.add_flags([uid], [b"\\Seen"])
            started = time.perf_counter()
            _until(partial(_in_old, spool, user, vm), "the move to Old")
            to_phone.append(time.perf_counter() - started)
        client.logout()
    return to_mail, to_phone


def _seen(client: IMAPClient, uid: int) -> bool:
    return b"\\Seen" in client.get_flags([uid])[uid]


def _in_old(spool: Path, user: VoicemailUser, vm: Voicemail) -> bool:
    found, _bad = scan_all(spool, [user], settle=0)
    return any(v.identity == vm.identity and v.folder == "Old" for v in found)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def run(size: int) -> dict[str, float]:
    """All figures for one number of users."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with Dovecot(folder / "dovecot", extra_users=size) as dovecot:
            users = [VoicemailUser(mailbox=str(100_000 + n), login=f"vm{n:05d}")
                     for n in range(1, size + 1)]
            active = users[::size // ACTIVE][:ACTIVE]
            for user in active:  # mailboxes exist before either side is timed
                _client(dovecot, user.login).logout()
            floor = _floor(dovecot, active, folder / "scratch")

            spool = folder / "spool"
            spool.mkdir()
            dep = dovecot.deployment(str(spool), poll_seconds=POLL,
                                     settle_seconds=0, mailbox_check_seconds=LOOK,
                                     max_connections=ACTIVE)
            dep.users, dep.sample_user = users, users[0].login
            config.save(dep, folder / "umconnect.toml")
            service = BackgroundService(folder / "umconnect.toml", folder / "state")
            pid = service.start(dovecot.master_password, wait=60)
            journal = folder / "state" / JOURNAL_NAME
            try:
                _until(lambda: (service.state().status or _Nothing).state
                       == "running", "the service's first sync")
                wav = tone_wav(2.0)
                started = time.perf_counter()
                for user in active:
                    for n in range(PER_USER):
                        leave(spool, user.context, user.mailbox, audio=wav,
                              duration=2, msg_id=f"svc-{user.login}-{n}")
                total = len(active) * PER_USER
                _until(lambda: _delivered(journal) >= total, "the deliveries")
                took = time.perf_counter() - started
                to_mail, to_phone = _propagation(dovecot, spool, active)
                rss = _peak_rss_mb(pid)
            finally:
                service.stop()
    figures = {"users": size, "messages": total,
               "floor_per_s": round(total / floor, 1),
               "service_per_s": round(total / took, 1),
               "throughput_ratio": round(floor / took, 2),
               "p95_heard_to_seen_s": round(_p95(to_mail), 3),
               "p95_read_to_old_s": round(_p95(to_phone), 3),
               "p95_state_change_s": round(_p95(to_mail + to_phone), 3),
               "peak_rss_mb": round(rss, 1)}
    print(json.dumps(figures), flush=True)
    return figures


class _Nothing:
    state = ""


def main() -> int:
    """Run every size and print the worst throughput ratio last."""
    results = [run(size) for size in SCALES]
    by_size = {int(r["users"]): r for r in results}
    print(json.dumps({
        "metric": "sync_throughput_vs_raw_append",
        "value": min(r["throughput_ratio"] for r in results), "unit": "x",
        "goal": ">= 0.8",
        "p95_state_change_s_at_2500": by_size[2_500]["p95_state_change_s"],
        "p95_goal": "<= 1 s at 2500",
        "peak_rss_mb_at_10000": by_size[10_000]["peak_rss_mb"],
        "rss_goal": "<= 1024 MB at 10000"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
