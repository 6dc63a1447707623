"""How much the step-by-step connection test costs over the bare IMAP work.

Against a real Dovecot on 127.0.0.1 (started here), runs the wizard's full
connection test (name, TCP, TLS, greeting, capabilities, superuser login,
SELECT, APPEND + UID EXPUNGE) and, as the floor, the same IMAP work done with
plain imapclient in one go. Reports the ratio of the medians; the goal is
that explaining every step costs at most half again the bare work.
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

from app.model import (
    Deployment,
    ImapServer,
    Impersonation,
    Security,
    Superuser,
    VoicemailUser,
)
from app.probes import run_imap_test
from tests.support.dovecot import Dovecot

ROUNDS = 25
MESSAGE = (b"From: bench@localhost\r\nTo: alice\r\nSubject: bench\r\n"
           b"Message-ID: <bench@localhost>\r\n\r\nbench\r\n")


def bare_round(dovecot: Dovecot) -> float:
    """The floor: connect, log in as alice via the master user, append, remove."""
    start = time.perf_counter()
    with IMAPClient(dovecot.host, dovecot.tls_port, ssl_context=dovecot.ssl_context(),
                    timeout=10) as client:
        client.capabilities()
        client.plain_login(dovecot.master_user, dovecot.master_password,
                           authorization_identity="alice")
        client.select_folder("INBOX")
        response = client.append("INBOX", MESSAGE, flags=[b"\\Seen"])
        uid = int(response.split(b"APPENDUID ")[1].split()[1].rstrip(b"]"))
        client.delete_messages([uid])
        client.expunge([uid])
    return time.perf_counter() - start


def wizard_round(dep: Deployment, password: str) -> float:
    """The full connection test as the wizard runs it."""
    start = time.perf_counter()
    report = run_imap_test(dep, password)
    elapsed = time.perf_counter() - start
    if not report.passed:
        raise SystemExit(report.to_text())
    return elapsed


def main() -> int:
    """Measure both, interleaved, and print the ratio as the last line."""
    with tempfile.TemporaryDirectory() as folder, Dovecot(Path(folder)) as dovecot:
        dep = Deployment(
            server=ImapServer(host=dovecot.host, port=dovecot.tls_port,
                              security=Security.TLS, ca_file=str(dovecot.ca_file)),
            superuser=Superuser(login=dovecot.master_user,
                                impersonation=Impersonation.AUTHZID),
            users=[VoicemailUser(mailbox="1001", login="alice")],
            sample_user="alice")
        bare_round(dovecot)
        wizard_round(dep, dovecot.master_password)
        bare, wizard = [], []
        for _ in range(ROUNDS):
            bare.append(bare_round(dovecot))
            wizard.append(wizard_round(dep, dovecot.master_password))
    floor, ours = statistics.median(bare), statistics.median(wizard)
    print(f"bare imapclient round: median {floor * 1000:.1f} ms")
    print(f"wizard connection test: median {ours * 1000:.1f} ms "
          f"(p90 {statistics.quantiles(wizard, n=10)[-1] * 1000:.1f} ms)")
    print(json.dumps({"metric": "connection_test_vs_bare_imap",
                      "value": round(ours / floor, 2), "unit": "x",
                      "goal": "<= 1.5"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
