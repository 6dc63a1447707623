"""How long a voicemail takes from the spool to the mailbox.

Starts a real Dovecot on 127.0.0.1 and the connector service as the wizard
does (a background process), leaves voicemail in the spool one at a time and
times until each is visible over a separate IMAP connection. By design a
voicemail waits until its files have settled and the next poll comes round,
so the floor is ``settle + poll / 2`` (the mean wait for a poll); the ratio
says how much delivery itself adds on top.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import config
from app.services import BackgroundService
from app.spool import tone_wav, write_voicemail
from tests.support.dovecot import Dovecot

ROUNDS = 12
SETTLE, POLL = 0.5, 1.0


def count(dovecot: Dovecot) -> int:
    """Messages in alice's INBOX."""
    with IMAPClient(dovecot.host, dovecot.tls_port,
                    ssl_context=dovecot.ssl_context()) as client:
        client.plain_login(dovecot.master_user, dovecot.master_password,
                           authorization_identity="alice")
        return int(client.select_folder("INBOX", readonly=True)[b"EXISTS"])


def main() -> int:
    """Deliver ROUNDS voicemails one by one and print the ratio last."""
    with tempfile.TemporaryDirectory() as name, Dovecot(Path(name)) as dovecot:
        folder = Path(name)
        spool = folder / "spool"
        dep = dovecot.deployment(str(spool), settle_seconds=SETTLE,
                                 poll_seconds=POLL)
        config.save(dep, folder / "umconnect.toml")
        service = BackgroundService(folder / "umconnect.toml", folder / "state")
        service.start(dovecot.master_password)
        audio = tone_wav(5.0)
        latencies = []
        try:
            for index in range(ROUNDS):
                before = count(dovecot)
                placed = time.perf_counter()
                write_voicemail(spool, "default", "1001", audio=audio, duration=5,
                                msg_id=f"bench-{index}")
                while count(dovecot) == before:
                    if time.perf_counter() - placed > 30:
                        raise SystemExit("a voicemail took over 30 s")
                    time.sleep(0.02)
                latencies.append(time.perf_counter() - placed)
            delivered = count(dovecot)
        finally:
            service.stop()
    if delivered != ROUNDS:
        raise SystemExit(f"{delivered} messages for {ROUNDS} voicemails")
    median = statistics.median(latencies)
    floor = SETTLE + POLL / 2
    print(f"voicemail to mailbox: median {median:.2f} s, max {max(latencies):.2f} s "
          f"(settle {SETTLE} s, poll {POLL} s); {delivered} delivered, once each")
    print(json.dumps({"metric": "voicemail_latency_vs_settle_and_poll",
                      "value": round(median / floor, 2), "unit": "x",
                      "goal": "<= 1.5"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
