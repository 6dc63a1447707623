"""The connection test's folder, message, sync and login-verdict steps.

Against the real Dovecot: the folder list, the test message's flag and its
removal (checked over a connection of alice's own), and the sync features
from Dovecot's real capabilities. Against the scripted servers of
tests/support/hostile.py (all on 127.0.0.1): each real refusal text of
Exchange, Gmail and Dovecot, and each misbehaving server.
"""

from __future__ import annotations

import base64
import functools
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from app.certs import TLSMaterial, make_tls_material
from app.imapconn import Timeouts
from app.model import (
    Deployment,
    ImapServer,
    Impersonation,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)
from app.probes import (
    Status,
    StepResult,
    _reported_expunged,
    planned_titles,
    run_imap_test,
)
from tests.support import hostile
from tests.support.dovecot import Dovecot
from tests.support.reports import assert_stopped_at as stopped_at
from tests.support.reports import step

HOST = "127.0.0.1"
#: Seconds allowed on top of a configured limit before a verdict counts as late.
SLACK = 3.0
#: Limits for the scripted servers, which answer at once or not at all.
QUICK = Timeouts(connect=2, read=2, total=10)
#: Scripted servers may lack features, so steps before a failure may warn.
assert_stopped_at = functools.partial(stopped_at, warnings_before=True)
#: The superuser the scripted servers accept.
MASTER = ("npumadmin", "master-pw")
#: What a scripted server offers after login when nothing is missing.
EVERYTHING = ("IDLE", "CONDSTORE", "QRESYNC", "NOTIFY", "MOVE", "SPECIAL-USE",
              "UIDPLUS", "LIST-EXTENDED")
#: The steps after login, in order.
AFTER_LOGIN = ["mailbox", "folders", "append", "flag", "delete", "sync"]

EXISTING = (
    b"From: caller@example.invalid\r\n"
    b"To: alice@example.invalid\r\n"
    b"Subject: an earlier voicemail\r\n"
    b"\r\n"
    b"Already in the inbox before the test.\r\n"
)


def deployment(server: ImapServer, *, user: str = "alice",
               impersonation: Impersonation = Impersonation.AUTHZID,
               poll_seconds: float = 2.0) -> Deployment:
    """A deployment whose test opens *user*'s mailbox on *server*."""
    return Deployment(
        server=server,
        superuser=Superuser(login="npumadmin", impersonation=impersonation),
        users=[VoicemailUser(mailbox="1001", login=user)],
        sample_user=user,
        service=ServiceOptions(poll_seconds=poll_seconds),
    )


def on_dovecot(dovecot: Dovecot) -> ImapServer:
    """Dovecot's TLS listener, trusted by its CA file."""
    return ImapServer(host=HOST, port=dovecot.tls_port, security=Security.TLS,
                      ca_file=str(dovecot.ca_file))


def alice_client(dovecot: Dovecot) -> IMAPClient:
    """alice herself, logged in over a fresh connection."""
    client = IMAPClient(HOST, port=dovecot.tls_port, ssl=True,
                        ssl_context=dovecot.ssl_context(), timeout=10)
    client.login("alice", dovecot.users["alice"])
    return client


def alice_count_and_test_messages(dovecot: Dovecot) -> tuple[int, list[int]]:
    """How many messages alice's INBOX holds, and which are test messages."""
    with alice_client(dovecot) as client:
        info = client.select_folder("INBOX", readonly=True)
        return int(info[b"EXISTS"]), client.search(
            ["HEADER", "Message-ID", "umconnect-test"])


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[TLSMaterial, str]:
    """A certificate for the scripted servers, and the CA file that trusts it."""
    material = make_tls_material((HOST,))
    ca_file = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca_file.write_bytes(material.ca_pem)
    return material, str(ca_file)


def scripted(server: hostile.FakeImap, ca_file: str) -> ImapServer:
    """The scripted server's TLS port, trusted by *ca_file*."""
    return ImapServer(host=HOST, port=server.port, security=Security.TLS,
                      ca_file=ca_file)


@pytest.fixture(autouse=True)
def _no_leftover_servers() -> Iterator[None]:
    """Fail the test that leaves a hostile server's thread running."""
    yield
    leftovers = [t.name for t in threading.enumerate()
                 if t.name.startswith(hostile.THREAD_PREFIX)]
    assert leftovers == []


# -- the plan ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("security", "before_login"),
    [
        pytest.param(Security.TLS, ["dns", "tcp", "tls", "greeting"], id="tls"),
        pytest.param(Security.STARTTLS, ["dns", "tcp", "greeting", "tls"],
                     id="starttls"),
        pytest.param(Security.PLAIN, ["dns", "tcp", "greeting"], id="plain"),
    ],
)
def test_plan_checks_folders_message_and_sync_features_after_the_login(
    security: Security, before_login: list[str],
) -> None:
    dep = deployment(ImapServer(host=HOST, port=993, security=security))

    plan = planned_titles(dep)

    assert [key for key, _title in plan] == [
        *before_login, "capabilities", "login", *AFTER_LOGIN]
    titles = dict(plan)
    assert titles["mailbox"] == "Open alice's inbox"
    assert titles["folders"] == "List alice's folders"
    assert titles["append"] == "Write a test message"
    assert titles["flag"] == "Flag the test message"
    assert titles["delete"] == "Remove the test message"
    assert titles["sync"] == "Sync features"


# -- the new steps against Dovecot -------------------------------------------------


@pytest.mark.dovecot
def test_folder_list_finds_the_inbox(clean_dovecot: Dovecot) -> None:
    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password)

    folders = step(report, "folders")
    assert folders.status is Status.PASS, report.to_text()
    # The fixture's Dovecot marks no special folders and alice has none.
    assert folders.summary == "Found INBOX; no Trash or Sent"
    assert "Trash: not found" in folders.detail
    assert any('LIST "" "*"' in line for line in folders.transcript)
    assert any("INBOX" in line for line in folders.transcript if line.startswith("S:"))


@pytest.mark.dovecot
def test_folder_list_finds_trash_and_sent_by_their_names(
    clean_dovecot: Dovecot,
) -> None:
    with alice_client(clean_dovecot) as client:
        client.create_folder("Deleted Items")
        client.create_folder("Sent")

    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password)

    folders = step(report, "folders")
    assert folders.summary == "Found INBOX, Trash (Deleted Items), Sent (Sent)"
    assert "Trash: 'Deleted Items', found by its name (not marked)" in folders.detail


@pytest.mark.dovecot
def test_flag_round_trips_on_the_test_message(clean_dovecot: Dovecot) -> None:
    # While the test runs, alice looks at the test message herself, right
    # after the flag step and before the delete step.
    seen_by_alice: list[tuple[bytes, ...]] = []

    def look(result: StepResult) -> None:
        if result.key != "flag":
            return
        with alice_client(clean_dovecot) as client:
            client.select_folder("INBOX", readonly=True)
            (uid,) = client.search(["HEADER", "Message-ID", "umconnect-test"])
            seen_by_alice.append(client.get_flags([uid])[uid])

    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password, on_step=look)

    flag = step(report, "flag")
    assert flag.status is Status.PASS, report.to_text()
    assert flag.summary == "\\Flagged set and read back"
    assert "\\Flagged" in flag.detail
    sent = [line for line in flag.transcript if line.startswith("C:")]
    assert any("STORE" in line and "\\Flagged" in line for line in sent)
    # The flags are read back from the server's answer to the STORE itself.
    heard = [line for line in flag.transcript if line.startswith("S:")]
    assert any("FETCH" in line and "\\Flagged" in line for line in heard)
    (flags,) = seen_by_alice
    assert b"\\Flagged" in flags
    assert b"\\Seen" in flags


@pytest.mark.dovecot
def test_inbox_is_as_it_was_after_the_test(clean_dovecot: Dovecot) -> None:
    with alice_client(clean_dovecot) as client:
        client.append("INBOX", EXISTING)
        client.append("INBOX", EXISTING, flags=[b"\\Deleted"])
    count_before, _none = alice_count_and_test_messages(clean_dovecot)

    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password)

    assert report.passed, report.to_text()
    count_after, test_messages = alice_count_and_test_messages(clean_dovecot)
    assert count_before == 2
    assert count_after == count_before
    assert test_messages == []
    delete = step(report, "delete")
    assert delete.summary.endswith("the inbox is as before (2 message(s))")
    assert "2 before the test, 2 after" in delete.detail
    # Only the test message went: alice's own \Deleted message is still there.
    sent = [line for line in delete.transcript if line.startswith("C:")]
    assert any("UID EXPUNGE" in line for line in sent)
    assert not any(line.split()[2:3] == ["EXPUNGE"] for line in sent)
    # Marking and expunging went together, before any answer; the count came
    # from the server's replies, not from STATUS on the open mailbox.
    assert [line[:2] for line in delete.transcript[:2]] == ["C:", "C:"]
    assert not any("STATUS" in line for line in sent)
    # Dovecot's own EXPUNGE reply proves the removal: no search is needed.
    assert "The server reported the test message (UID" in delete.detail
    assert not any("SEARCH" in line for line in sent)


@pytest.mark.dovecot
def test_inbox_is_selected_once(clean_dovecot: Dovecot) -> None:
    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password)

    sent = [line for s in report.steps for line in s.transcript
            if line.startswith("C:")]
    assert len([line for line in sent if " SELECT " in line]) == 1
    assert [s.key for s in report.steps if any(
        " SELECT " in line for line in s.transcript)] == ["mailbox"]


@pytest.mark.dovecot
def test_sync_features_are_worded_from_dovecots_real_capabilities(
    clean_dovecot: Dovecot,
) -> None:
    with alice_client(clean_dovecot) as client:
        real = {c.decode() for c in client.capabilities()}

    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password)

    sync = step(report, "sync")
    assert sync.status is Status.PASS, report.to_text()
    assert {"IDLE", "CONDSTORE", "QRESYNC", "NOTIFY", "MOVE", "UIDPLUS"} <= real
    assert sync.summary.startswith(
        "Offered: IDLE, CONDSTORE, QRESYNC, NOTIFY, MOVE")
    for sentence in ("IDLE: new mail is noticed at once.",
                     "CONDSTORE: only flags that changed are read again.",
                     "QRESYNC: after a reconnect, only what changed is read.",
                     "NOTIFY: changes in every folder arrive on one connection.",
                     "MOVE: deleting to Trash is one step.",
                     "UIDPLUS: the service removes exactly its own messages."):
        assert sentence in sync.detail.splitlines()
    # The fixture's Dovecot names SPECIAL-USE only with special folders set up.
    if "SPECIAL-USE" in real:
        assert "SPECIAL-USE: Trash and Sent are found by their marks, in any " \
               "language." in sync.detail
    else:
        assert "not offered: SPECIAL-USE" in sync.summary
        assert "SPECIAL-USE: not offered; Trash and Sent are found by their " \
               "names." in sync.detail
    assert "polls" not in sync.detail


@pytest.mark.dovecot
def test_missing_user_says_the_mailbox_may_not_exist(clean_dovecot: Dovecot) -> None:
    dep = deployment(on_dovecot(clean_dovecot), user="nobody")

    report = run_imap_test(dep, clean_dovecot.master_password)

    failed = assert_stopped_at(
        report, "login", "No mailbox nobody, or the superuser may not open it")
    assert "exists on this server" in failed.remedy
    assert "AUTHORIZATIONFAILED" in failed.detail


@pytest.mark.dovecot
def test_dovecots_extensions_save_round_trips(clean_dovecot: Dovecot) -> None:
    report = run_imap_test(deployment(on_dovecot(clean_dovecot)),
                           clean_dovecot.master_password)

    assert report.passed, report.to_text()
    everything = [line for s in report.steps for line in s.transcript]
    # The greeting lists the capabilities, so they are not asked for.
    assert not any(line.startswith("C:") and "CAPABILITY" in line
                   for line in everything)
    # SASL-IR: the credentials go with the command, with no "+" between.
    assert step(report, "login").transcript[0] == (
        "C: " + step(report, "login").transcript[0].split()[1]
        + " AUTHENTICATE PLAIN [credentials hidden]")
    assert not any(line.startswith("S: +") for line in everything)
    # LITERAL+: the test message follows its APPEND at once.
    assert re.search(r"APPEND \S+ \(\\Seen\) \{\d+\+\}$",
                     step(report, "append").transcript[0])


# -- the new steps against scripted servers ------------------------------------------


def sent_verbs(server: hostile.FakeImap) -> list[bytes]:
    """The commands the scripted server received, in order."""
    return [line.split()[1].upper() for line in server.lines
            if len(line.split()) > 1 and line[:1].isalnum()]


@pytest.mark.parametrize(
    ("greeting", "asked"),
    [
        pytest.param(None, False, id="listed-in-the-greeting"),
        pytest.param(b"* OK fake ready\r\n", True, id="greeting-without-them"),
        pytest.param(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] mail [eu-1] "
                     b"ready\r\n", False, id="brackets-in-the-greeting-text"),
        pytest.param(b"* OK [CAPABILITY] ready\r\n", True, id="empty-list"),
        pytest.param(b"* OK [CAPABILITY AUTH=PLAIN] ready\r\n", True,
                     id="list-without-an-imap-version"),
    ],
)
def test_capabilities_are_asked_for_only_when_the_greeting_lacks_a_usable_list(
    tls: tuple[TLSMaterial, str], greeting: bytes | None, asked: bool,
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(("AUTH=PLAIN", "SASL-IR"), accept=MASTER, tls=material,
                          authenticated=EVERYTHING, greeting=greeting) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    assert report.passed, report.to_text()
    assert step(report, "capabilities").summary == "Login methods: PLAIN, LOGIN"
    verbs = sent_verbs(server)
    # After login they are asked for again (this server's login reply lacks them).
    assert (b"CAPABILITY" in verbs[:verbs.index(b"AUTHENTICATE")]) is asked


@pytest.mark.parametrize("behaviour", ["asks-again", "rejects"])
def test_a_server_that_does_not_take_the_initial_response_still_gets_the_login(
    tls: tuple[TLSMaterial, str], behaviour: str,
) -> None:
    # It lists SASL-IR, then asks for the response with "+" anyway, or
    # rejects the command that carries it.
    material, ca_file = tls
    with hostile.FakeImap(("AUTH=PLAIN", "SASL-IR"), accept=MASTER, tls=material,
                          authenticated=EVERYTHING,
                          initial_response=behaviour) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    assert report.passed, report.to_text()
    assert server.plain == [(b"alice", MASTER[0].encode(), MASTER[1].encode())]
    assert step(report, "login").duration < QUICK.read  # no timeout waited out
    assert MASTER[1] not in report.to_text()


def test_a_server_that_quotes_the_login_command_does_not_reveal_the_credentials(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    password = "quoted-secret"
    blob = base64.b64encode(f"alice\0npumadmin\0{password}".encode())
    echo = b"{tag} BAD Error in IMAP command AUTHENTICATE: PLAIN " + blob + b"\r\n"
    with hostile.FakeImap(("AUTH=PLAIN", "SASL-IR"), tls=material,
                          replies={b"AUTHENTICATE": echo}) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), password,
                               timeouts=QUICK)

    assert step(report, "login").status is Status.FAIL
    for rendering in (report.to_text(), report.to_html(),
                      json.dumps(report.to_dict())):
        assert blob.decode() not in rendering
        assert password not in rendering
    assert any("[credentials hidden]" in line
               for line in step(report, "login").transcript if line.startswith("S:"))


@pytest.mark.parametrize("offered", [
    pytest.param(("AUTH=PLAIN", "SASL-IR"), id="sasl-ir"),
    pytest.param(("AUTH=PLAIN",), id="plain-after-go-ahead"),
])
def test_non_ascii_password_logs_in_with_or_without_sasl_ir(
    tls: tuple[TLSMaterial, str], offered: tuple[str, ...],
) -> None:
    material, ca_file = tls
    password = "Grüße-ß-€"
    with hostile.FakeImap(offered, accept=(MASTER[0], password), tls=material,
                          authenticated=EVERYTHING) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), password,
                               timeouts=QUICK)

    assert report.passed, report.to_text()
    assert server.plain == [(b"alice", MASTER[0].encode(), password.encode())]
    authenticate = [line for line in server.lines if b"AUTHENTICATE" in line]
    # With SASL-IR the credentials travel on the command line itself.
    assert len(authenticate[0].split()) == (4 if "SASL-IR" in offered else 3)
    assert password not in report.to_text()


@pytest.mark.parametrize("offered", [
    pytest.param(("LITERAL+",), id="literal-plus"),
    pytest.param(("LITERAL-",), id="literal-minus"),
    pytest.param((), id="synchronising"),
])
def test_test_message_waits_for_the_go_ahead_only_when_it_must(
    tls: tuple[TLSMaterial, str], offered: tuple[str, ...],
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material,
                          authenticated=(*EVERYTHING, *offered)) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    assert report.passed, report.to_text()
    (append,) = [line for line in server.lines if b" APPEND " in line]
    assert append.rstrip().endswith(b"+}") is bool(offered)
    heard = step(report, "append").transcript
    assert any(line.startswith("S: +") for line in heard) is not bool(offered)


def test_a_server_that_announces_literal_plus_but_refuses_it_is_named(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    refusal = b"{tag} BAD [CLIENTBUG] non-synchronizing literals not supported\r\n"
    with hostile.FakeImap(accept=MASTER, tls=material,
                          authenticated=(*EVERYTHING, "LITERAL+"),
                          replies={b"APPEND": refusal}) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    failed = assert_stopped_at(
        report, "append",
        "The server rejected the message it offered to take at once")
    assert "LITERAL+" in failed.remedy
    assert failed.detail == "BAD [CLIENTBUG] non-synchronizing literals not supported"


def test_removal_cut_short_says_to_delete_the_message_by_hand(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material, authenticated=EVERYTHING,
                          replies={b"UID EXPUNGE": hostile.HANG_UP}) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)
        left = [m.uid for m in server.inbox]

    failed = assert_stopped_at(report, "delete", "The server closed the connection")
    (uid,) = left
    assert failed.remedy.endswith(f"The test message (UID {uid}) may still be in "
                                  "alice's inbox; delete it by hand.")


def test_removal_survives_a_server_that_expunges_before_it_marks(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material, authenticated=EVERYTHING,
                          late_silent_stores=True) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)
        left = list(server.inbox)

    assert report.passed, report.to_text()
    assert left == []
    sent = [line for line in step(report, "delete").transcript
            if line.startswith("C:")]
    # The expunge that ran before the mark removed nothing; a second one did.
    assert sum("UID EXPUNGE" in line for line in sent) == 2
    assert step(report, "delete").summary.endswith(
        "the inbox is as before (0 message(s))")
    assert "No message with Message-ID" in step(report, "delete").detail


@pytest.mark.parametrize(
    ("heard", "expunged"),
    [
        pytest.param([("FETCH", b"3 (UID 7 FLAGS (\\Flagged))"), ("EXPUNGE", b"3")],
                     True, id="its-own-number"),
        pytest.param([("FETCH", b"3 (UID 7 FLAGS ())"), ("EXPUNGE", b"1"),
                      ("EXPUNGE", b"2")], True, id="moved-down-by-an-earlier-one"),
        pytest.param([("FETCH", b"3 (UID 7 FLAGS ())"), ("EXPUNGE", b"1"),
                      ("EXPUNGE", b"3")], False, id="a-later-one-after-moving"),
        pytest.param([("FETCH", b"3 (UID 8 FLAGS ())"), ("EXPUNGE", b"3")],
                     False, id="another-message"),
        pytest.param([("EXPUNGE", b"3"), ("FETCH", b"3 (UID 7 FLAGS ())")],
                     False, id="expunge-before-its-number-is-known"),
    ],
)
def test_expunge_replies_are_matched_to_the_test_message_by_number(
    heard: list[tuple[str, bytes]], expunged: bool,
) -> None:
    assert _reported_expunged(list(heard), 7) is expunged



def test_special_folders_are_found_by_their_marks(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    folders = (("\\HasNoChildren", "INBOX"),
               ("\\HasNoChildren \\Trash", "Papierkorb"),
               ("\\HasNoChildren \\Sent", "Gesendete Objekte"),
               ("\\HasNoChildren", "Trash"))
    with hostile.FakeImap(accept=MASTER, tls=material, authenticated=EVERYTHING,
                          folders=folders) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    assert report.passed, report.to_text()
    step_ = step(report, "folders")
    assert step_.summary == ("Found INBOX, Trash (Papierkorb), "
                             "Sent (Gesendete Objekte)")
    assert "Trash: 'Papierkorb', marked \\Trash by the server" in step_.detail
    # With SPECIAL-USE and LIST-EXTENDED the server is asked for its marks.
    assert any(b"RETURN (SPECIAL-USE)" in line for line in server.lines)


def test_missing_idle_and_notify_is_a_warning_with_the_poll_interval(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material,
                          authenticated=("UIDPLUS", "MOVE")) as server:
        dep = deployment(scripted(server, ca_file), poll_seconds=7.5)
        report = run_imap_test(dep, MASTER[1], timeouts=QUICK)

    sync = step(report, "sync")
    assert sync.status is Status.WARNING, report.to_text()
    assert sync.summary == "No IDLE or NOTIFY: the service polls every 7.5 s"
    assert "7.5 s late" in sync.remedy
    assert "IDLE: not offered." in sync.detail.splitlines()
    assert "MOVE: deleting to Trash is one step." in sync.detail.splitlines()
    assert [s.key for s in report.steps if s.status is Status.WARNING] == ["sync"]
    # A warning passes the test but must be acknowledged, and every form shows it.
    assert report.passed
    assert report.headline().endswith(
        "with 1 warning(s): No IDLE or NOTIFY: the service polls every 7.5 s")
    assert sync.remedy in report.to_text()
    assert "tr class='warning'" in report.to_html()
    data = json.loads(json.dumps(report.to_dict()))
    assert next(s for s in data["steps"] if s["key"] == "sync")["status"] == "warning"


@pytest.mark.parametrize(
    ("after_login", "missing_sentence"),
    [
        pytest.param(("NOTIFY", "UIDPLUS"), "IDLE: not offered.", id="no-idle"),
        pytest.param(("IDLE", "UIDPLUS"),
                     "NOTIFY: not offered; each folder is watched on its own.",
                     id="no-notify"),
        pytest.param(("IDLE", "UIDPLUS"),
                     "MOVE: not offered; deleting to Trash takes copy + delete.",
                     id="no-move"),
        pytest.param(("IDLE", "UIDPLUS"), "CONDSTORE: not offered; each check "
                     "reads the flags of every message.", id="no-condstore"),
    ],
)
def test_one_missing_feature_is_information_not_a_warning(
    tls: tuple[TLSMaterial, str], after_login: tuple[str, ...],
    missing_sentence: str,
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material,
                          authenticated=after_login) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    sync = step(report, "sync")
    assert sync.status is Status.PASS, report.to_text()
    assert missing_sentence in sync.detail.splitlines()
    assert "polls" not in sync.detail


def test_capabilities_named_only_after_login_count(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    # Before login the server names no extension at all, as Exchange does.
    with hostile.FakeImap(("AUTH=PLAIN",), accept=MASTER, tls=material,
                          authenticated=EVERYTHING) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    assert "IDLE" not in step(report, "capabilities").detail
    assert step(report, "sync").summary == ("Offered: IDLE, CONDSTORE, QRESYNC, "
                                            "NOTIFY, MOVE, SPECIAL-USE, UIDPLUS")


def test_without_uidplus_the_test_message_cannot_be_removed_alone(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material,
                          authenticated=("IDLE",)) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)
        left = list(server.inbox)

    delete = step(report, "delete")
    assert delete.status is Status.WARNING, report.to_text()
    assert delete.summary == "The test message could not be removed alone"
    assert "UIDPLUS" in delete.remedy
    assert ("UIDPLUS: not offered; the test message could not be removed alone."
            in step(report, "sync").detail.splitlines())
    # Marked deleted, never expunged together with anything else.
    (message,) = left
    assert b"\\Deleted" in message.flags
    assert not any(b" EXPUNGE" in line for line in server.lines)


def test_flag_that_does_not_stick_fails_and_takes_the_message_back(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material, authenticated=EVERYTHING,
                          drops=(b"\\Flagged",)) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)
        left = list(server.inbox)

    failed = assert_stopped_at(report, "flag", "The flag did not stick")
    assert "change flags" in failed.remedy
    assert "The test message was removed again." in failed.detail
    assert left == []


@pytest.mark.parametrize(
    ("command", "reply", "key", "summary", "detail"),
    [
        pytest.param(b"SELECT", b"* 0 EXISTS\r\n{tag} OK [READ-ONLY] Select done\r\n",
                     "mailbox", "The inbox opens read-only", "not writable",
                     id="read-only-inbox"),
        pytest.param(b"LIST", b"{tag} NO [NOPERM] Permission denied\r\n", "folders",
                     "The folder list was refused", "Permission denied",
                     id="list-refused"),
        pytest.param(b"APPEND", b"{tag} NO [OVERQUOTA] Quota exceeded (mailbox for "
                     b"user is full)\r\n", "append", "The mailbox is full",
                     "OVERQUOTA", id="over-quota"),
        pytest.param(b"APPEND", b"{tag} NO [NOPERM] Permission denied\r\n", "append",
                     "Writing to the mailbox failed", "NOPERM",
                     id="append-refused"),
    ],
)
def test_refusals_after_login_get_their_own_verdict(
    tls: tuple[TLSMaterial, str], command: bytes, reply: bytes, key: str,
    summary: str, detail: str,
) -> None:
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material, authenticated=EVERYTHING,
                          replies={command: reply}) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)
        left = list(server.inbox)

    failed = assert_stopped_at(report, key, summary)
    assert detail in failed.detail
    assert left == []


def test_changed_message_count_is_a_warning(tls: tuple[TLSMaterial, str]) -> None:
    # Mail arrived meanwhile, as far as the test can tell.
    material, ca_file = tls
    with hostile.FakeImap(accept=MASTER, tls=material, authenticated=EVERYTHING,
                          arrivals=3) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    delete = step(report, "delete")
    assert delete.status is Status.WARNING, report.to_text()
    assert delete.summary == "The inbox holds 3 message(s), 0 before the test"
    assert "0 before the test, 3 after" in delete.detail


# -- login verdicts from the servers' real words ------------------------------------


@pytest.mark.parametrize(
    ("refusal", "impersonation", "summary", "remedy"),
    [
        pytest.param("exchange-login", Impersonation.EXCHANGE,
                     "Exchange refused the login", "FullAccess",
                     id="exchange-login-failed"),
        pytest.param("exchange-authenticate", Impersonation.AUTHZID,
                     "Exchange refused the login", "DOMAIN\\superuser\\alias",
                     id="exchange-authenticate-failed"),
        pytest.param("exchange-not-connected", Impersonation.EXCHANGE,
                     "Mailbox alice is not on this server, or the superuser has "
                     "no rights on it", "lives on this server",
                     id="exchange-authenticated-but-not-connected"),
        pytest.param("gmail-invalid-credentials", Impersonation.AUTHZID,
                     "Google refused the account name or password", "full address",
                     id="gmail-invalid-credentials"),
        pytest.param("gmail-app-password", Impersonation.AUTHZID,
                     "Google requires an app password", "App passwords",
                     id="gmail-application-specific-password"),
        pytest.param("gmail-web-login", Impersonation.AUTHZID,
                     "Google wants a sign-in in a web browser first",
                     "web browser", id="gmail-log-in-via-web-browser"),
        pytest.param("gmail-domain-disabled", Impersonation.AUTHZID,
                     "IMAP is switched off for this Google Workspace domain",
                     "Admin console", id="gmail-imap-disabled-for-domain"),
        pytest.param("gmail-account-disabled", Impersonation.AUTHZID,
                     "IMAP is switched off for this Gmail account", "Enable IMAP",
                     id="gmail-account-not-enabled-for-imap"),
        pytest.param("dovecot-authorization", Impersonation.AUTHZID,
                     "No mailbox alice, or the superuser may not open it",
                     "exists on this server", id="dovecot-authorization-failed"),
        pytest.param("dovecot-authentication", Impersonation.AUTHZID,
                     "Login refused", "password", id="dovecot-authentication-failed"),
    ],
)
@pytest.mark.parametrize("sasl_ir", [pytest.param((), id="two-steps"),
                                     pytest.param(("SASL-IR",), id="sasl-ir")])
def test_each_real_refusal_gets_its_own_verdict(
    tls: tuple[TLSMaterial, str], refusal: str, impersonation: Impersonation,
    summary: str, remedy: str, sasl_ir: tuple[str, ...],
) -> None:
    material, ca_file = tls
    reply = hostile.REAL_REFUSALS[refusal]
    # Exchange's "LOGIN failed." comes with LOGIN, the rest with AUTHENTICATE.
    offered = () if refusal == "exchange-login" else ("AUTH=PLAIN", *sasl_ir)
    with hostile.FakeImap(offered, tls=material,
                          replies=hostile.refusal(reply)) as server:
        dep = deployment(scripted(server, ca_file), impersonation=impersonation)
        report = run_imap_test(dep, "secret-pw", timeouts=QUICK)

    failed = assert_stopped_at(report, "login", summary)
    assert remedy in failed.remedy
    assert failed.detail == reply.decode()
    assert "secret-pw" not in report.to_text()


def test_exchange_refusal_shows_the_login_that_was_sent(
    tls: tuple[TLSMaterial, str],
) -> None:
    material, ca_file = tls
    reply = hostile.REAL_REFUSALS["exchange-login"]
    with hostile.FakeImap((), tls=material, replies=hostile.refusal(reply)) as server:
        dep = deployment(scripted(server, ca_file),
                         impersonation=Impersonation.EXCHANGE)
        dep.superuser.domain = "CONTOSO"
        report = run_imap_test(dep, "secret-pw", timeouts=QUICK)

    failed = step(report, "login")
    assert "The test logged in as CONTOSO\\npumadmin\\alice." in failed.remedy


# -- servers that misbehave ---------------------------------------------------------


def plain(server: hostile.FakeImap | hostile.Smtp | hostile.Http) -> ImapServer:
    """The server without TLS, so the greeting is the first thing read."""
    return ImapServer(host=HOST, port=server.port, security=Security.PLAIN,
                      plaintext_acknowledged=True)


SASL_IR_OR_NOT = pytest.mark.parametrize("offered", [
    pytest.param(("AUTH=PLAIN",), id="two-steps"),
    pytest.param(("AUTH=PLAIN", "SASL-IR"), id="sasl-ir")])


@SASL_IR_OR_NOT
def test_connection_closed_during_login(
    tls: tuple[TLSMaterial, str], offered: tuple[str, ...],
) -> None:
    material, ca_file = tls
    hang_up = {b"AUTHENTICATE": hostile.HANG_UP, b"LOGIN": hostile.HANG_UP}
    with hostile.FakeImap(offered, tls=material, replies=hang_up) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), "pw",
                               timeouts=QUICK)

    failed = assert_stopped_at(report, "login", "The server closed the connection")
    assert "ended during login" in failed.remedy
    assert report.duration < QUICK.read + SLACK


@SASL_IR_OR_NOT
def test_goodbye_during_login_quotes_the_servers_reason(
    tls: tuple[TLSMaterial, str], offered: tuple[str, ...],
) -> None:
    material, ca_file = tls
    bye = {b"AUTHENTICATE": b"* BYE Internal error occurred. Refer to server log.\r\n"}
    with hostile.FakeImap(offered, tls=material, replies=bye) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), "pw",
                               timeouts=QUICK)

    failed = assert_stopped_at(
        report, "login",
        "The server hung up: Internal error occurred. Refer to server log.")
    assert "during login" in failed.remedy


@pytest.mark.parametrize(
    ("where", "key"),
    [
        pytest.param({}, "greeting", id="as-greeting"),
        pytest.param({b"AUTHENTICATE": hostile.HUGE_LINE}, "login", id="at-login"),
        pytest.param({b"LIST": hostile.HUGE_LINE}, "folders", id="in-the-folder-list"),
    ],
)
def test_one_megabyte_line_gets_a_clear_verdict(
    tls: tuple[TLSMaterial, str], where: dict[bytes, bytes], key: str,
) -> None:
    material, ca_file = tls
    greeting = hostile.HUGE_LINE if key == "greeting" else None
    with hostile.FakeImap(accept=MASTER, tls=material, greeting=greeting,
                          replies=where) as server:
        report = run_imap_test(deployment(scripted(server, ca_file)), MASTER[1],
                               timeouts=QUICK)

    failed = assert_stopped_at(report, key, "The server sent a line of over 1 MB")
    assert "1000000 bytes" in failed.detail
    assert "Traceback" not in report.to_text()
    assert report.duration < QUICK.total + SLACK


def test_smtp_server_on_the_port_is_named(tmp_path: Path) -> None:
    with hostile.Smtp() as server:
        report = run_imap_test(deployment(plain(server)), "pw", timeouts=QUICK)

    failed = assert_stopped_at(report, "greeting",
                               "A mail relay (SMTP) answers, not IMAP")
    assert str(server.port) in failed.remedy
    assert "993" in failed.remedy
    assert "220 mail ESMTP" in failed.detail
    assert report.duration < QUICK.total + SLACK


def test_silent_web_server_on_the_port_is_named() -> None:
    with hostile.Http() as server:
        report = run_imap_test(deployment(plain(server)), "pw", timeouts=QUICK)
        requests = list(server.requests)

    failed = assert_stopped_at(report, "greeting", "A web server answers, not IMAP")
    assert "web request" in failed.remedy
    assert failed.detail.startswith("HTTP/1.1 200")
    assert requests == [b"HEAD / HTTP/1.0"]
    # The wait for the greeting, a short question, and the second look for TLS.
    assert report.duration < 2 * QUICK.read + SLACK


def test_web_server_that_times_the_client_out_is_named() -> None:
    with hostile.Http(idle=0.2) as server:
        report = run_imap_test(deployment(plain(server)), "pw", timeouts=QUICK)

    failed = assert_stopped_at(report, "greeting", "A web server answers, not IMAP")
    assert "408 Request Timeout" in failed.detail
    assert report.duration < QUICK.read + SLACK


def test_goodbye_greeting_quotes_the_servers_reason() -> None:
    with hostile.FakeImap(greeting=b"* BYE Too many connections.\r\n") as server:
        report = run_imap_test(deployment(plain(server)), "pw", timeouts=QUICK)

    failed = assert_stopped_at(report, "greeting",
                               "Server refused the connection: Too many connections.")
    assert "too many connections" in failed.remedy
    assert failed.detail == "* BYE Too many connections."
    assert server.lines == [], "nothing is sent to a server that said goodbye"
    assert report.duration < QUICK.total + SLACK


def test_preauthenticated_greeting_stops_before_the_login() -> None:
    greeting = b"* PREAUTH [CAPABILITY IMAP4rev1] logged in as nobody\r\n"
    with hostile.FakeImap(greeting=greeting, accept=MASTER) as server:
        report = run_imap_test(deployment(plain(server)), MASTER[1], timeouts=QUICK)

    failed = assert_stopped_at(report, "greeting",
                               "Server logged in without a password (PREAUTH)")
    assert "pre-authenticates" in failed.remedy
    assert "PREAUTH" in failed.detail
    assert not any(b"LOGIN" in line or b"AUTHENTICATE" in line
                   for line in server.lines)
