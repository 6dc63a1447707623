"""How much the step-by-step connection test costs over bare IMAP.

Against one real Dovecot on 127.0.0.1 (started here), runs the wizard's full
connection test and, as the floor, the least an IMAP check can do with bare
imaplib: connect, TLS, log in (the superuser for alice), SELECT INBOX, LOGOUT.
Rounds alternate so both see the same machine load; the ratio of the medians
is the price of every extra step, explanation and safeguard.
"""

from __future__ import annotations

import imaplib
import json
import ssl
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.model import Deployment
from app.probes import run_imap_test
from tests.support.dovecot import Dovecot

ROUNDS = 100


def bare_round(dovecot: Dovecot, context: ssl.SSLContext) -> float:
    """The floor: connect, TLS, superuser login for alice, SELECT, LOGOUT."""
    start = time.perf_counter()
    imap = imaplib.IMAP4_SSL(dovecot.host, dovecot.tls_port, ssl_context=context,
                             timeout=10)
    credentials = f"alice\0{dovecot.master_user}\0{dovecot.master_password}"
    imap.authenticate("PLAIN", lambda _challenge: credentials.encode())
    imap.select("INBOX")
    imap.logout()
    return time.perf_counter() - start


MESSAGE = (b"From: bench@localhost\r\nTo: alice\r\nSubject: bench\r\n"
           b"Message-ID: <bench@localhost>\r\n\r\nbench\r\n")


def same_work_round(dovecot: Dovecot, context: ssl.SSLContext) -> float:
    """The full test's commands with bare imaplib, one by one and unchecked.

    imaplib asks for the capabilities even when the greeting lists them, and
    knows neither SASL-IR, nor LITERAL+, nor pipelining, so this costs more
    round trips than the test itself.
    """
    start = time.perf_counter()
    imap = imaplib.IMAP4_SSL(dovecot.host, dovecot.tls_port, ssl_context=context,
                             timeout=10)
    credentials = f"alice\0{dovecot.master_user}\0{dovecot.master_password}"
    imap.authenticate("PLAIN", lambda _challenge: credentials.encode())
    imap.select("INBOX")
    imap.list()
    answer = imap.append("INBOX", "(\\Seen)", None, MESSAGE)[1][0]
    uid = answer.split(b"APPENDUID ")[1].split()[1].rstrip(b"]").decode()
    imap.uid("STORE", uid, "+FLAGS", "(\\Flagged)")
    imap.uid("STORE", uid, "+FLAGS.SILENT", "(\\Deleted)")
    imap.uid("EXPUNGE", uid)
    imap.uid("SEARCH", "HEADER", "Message-ID", "<bench@localhost>")
    imap.logout()
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
        dep = dovecot.deployment()
        # One context for the floor, as the wizard keeps one (loading the
        # system's authorities costs more than a loopback handshake).
        context = dovecot.ssl_context()
        bare_round(dovecot, context)
        wizard_round(dep, dovecot.master_password)
        bare, same, wizard = [], [], []
        for _ in range(ROUNDS):
            bare.append(bare_round(dovecot, context))
            same.append(same_work_round(dovecot, context))
            wizard.append(wizard_round(dep, dovecot.master_password))
    floor, ours = statistics.median(bare), statistics.median(wizard)
    work = statistics.median(same)
    print(f"bare imaplib sending the test's commands one by one: median "
          f"{work * 1000:.1f} ms (the test takes {ours / work:.2f}x that: it "
          "saves round trips with the server's extensions, and pays for "
          "timing, explaining and checking each step)")
    print(f"bare imaplib (connect, TLS, login, select, logout): median "
          f"{floor * 1000:.1f} ms")
    print(f"wizard connection test: median {ours * 1000:.1f} ms "
          f"(p90 {statistics.quantiles(wizard, n=10)[-1] * 1000:.1f} ms)")
    print(json.dumps({"metric": "connection_test_vs_bare_imap",
                      "value": round(ours / floor, 2), "unit": "x",
                      "goal": "<= 1.3"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
