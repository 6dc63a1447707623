"""Tests for the Asterisk voicemail spool and the email a voicemail becomes."""

from __future__ import annotations

import email
import email.policy
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import VoicemailUser
from app.spool import (
    SpoolError,
    Voicemail,
    move_voicemail,
    read_fields,
    remove_voicemail,
    scan,
    scan_all,
    to_email,
    tone_wav,
    write_voicemail,
)

ALICE = VoicemailUser(mailbox="1001", login="alice", context="default")
BOB = VoicemailUser(mailbox="1002", login="bob", context="default")

# What Asterisk's app_voicemail writes next to msg0000.wav, byte for byte in
# layout: a comment header, then one [message] section.
ASTERISK_TXT = """\
;
; Message Information file
;
[message]
origmailbox=1001
context=from-internal
macrocontext=ext-local
exten=vmu1001
rdnis=unknown
priority=1
callerchan=SIP/1002-00000003
callerid="Bob Smith" <1002>
origdate=Thu Mar 14 09:26:53 AM UTC 2024
origtime=1710408413
category=
msg_id=1710408413-00000000
flag=
duration=7
"""

# An older PBX: no msg_id, no flag, an extra key this code does not know.
OLD_PBX_TXT = """\
;
; Message Information file
;
[message]
origmailbox=1001
context=default
macrocontext=
exten=1001
rdnis=unknown
priority=2
callerchan=DAHDI/1-1
callerid="Front Desk" <200>
origdate=Mon Jan  8 08:00:00 AM UTC 2024
origtime=1704700800
category=
duration=42
x-vendor-extension=whatever
"""

MINIMAL_TXT = "[message]\norigtime=1700000000\n"


def _box(root: Path, user: VoicemailUser = ALICE, folder: str = "INBOX") -> Path:
    box = root / user.context / user.mailbox / folder
    box.mkdir(parents=True, exist_ok=True)
    return box


def _put(root: Path, name: str, txt: str | bytes, *, audio: bytes | None = b"RIFF",
         suffix: str = ".wav", user: VoicemailUser = ALICE) -> Path:
    """Leave msg files in *user*'s INBOX; return the .txt path."""
    box = _box(root, user)
    stem = box / name
    if audio is not None:
        stem.with_suffix(suffix).write_bytes(audio)
    data = txt.encode("utf-8") if isinstance(txt, str) else txt
    stem.with_suffix(".txt").write_bytes(data)
    return stem.with_suffix(".txt")


def _only(root: Path, user: VoicemailUser = ALICE) -> Voicemail:
    found, bad = scan(root, [user], settle=0)
    assert bad == []
    assert len(found) == 1
    return found[0]


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


# -- reading msgNNNN.txt ---------------------------------------------------------


def test_read_fields_of_an_asterisk_message_file(tmp_path: Path) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT)

    fields = read_fields(txt)

    assert fields["origmailbox"] == "1001"
    assert fields["context"] == "from-internal"
    assert fields["macrocontext"] == "ext-local"
    assert fields["exten"] == "vmu1001"
    assert fields["rdnis"] == "unknown"
    assert fields["priority"] == "1"
    assert fields["callerchan"] == "SIP/1002-00000003"
    assert fields["callerid"] == '"Bob Smith" <1002>'
    assert fields["origdate"] == "Thu Mar 14 09:26:53 AM UTC 2024"
    assert fields["origtime"] == "1710408413"
    assert fields["category"] == ""
    assert fields["msg_id"] == "1710408413-00000000"
    assert fields["flag"] == ""
    assert fields["duration"] == "7"


def test_scan_interprets_an_asterisk_voicemail(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)

    vm = _only(tmp_path)

    assert (vm.context, vm.mailbox, vm.folder, vm.number) == (
        "default", "1001", "INBOX", 0)
    assert vm.caller == ("Bob Smith", "1002")
    assert vm.duration == 7
    assert vm.received == datetime(2024, 3, 14, 9, 26, 53, tzinfo=UTC)
    assert vm.identity == "default/1001/1710408413-00000000"
    assert vm.audio_path == vm.txt_path.with_suffix(".wav")


def test_unknown_keys_are_kept_and_do_not_stop_reading(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", OLD_PBX_TXT)

    vm = _only(tmp_path)

    assert vm.fields["x-vendor-extension"] == "whatever"
    assert vm.caller == ("Front Desk", "200")
    assert vm.duration == 42


def test_missing_optional_keys_give_neutral_values(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", MINIMAL_TXT)

    vm = _only(tmp_path)

    assert vm.caller == ("", "")
    assert vm.duration == 0
    assert vm.received == datetime.fromtimestamp(1700000000, UTC)
    assert vm.identity.startswith("default/1001/sha-")


def test_without_origtime_the_file_time_is_the_call_time(tmp_path: Path) -> None:
    txt = _put(tmp_path, "msg0000", "[message]\ncallerid=5550100\n")
    os.utime(txt, (1_600_000_000, 1_600_000_000))

    vm = _only(tmp_path)

    assert vm.received == datetime.fromtimestamp(1_600_000_000, UTC)


@pytest.mark.parametrize(
    ("callerid", "expected"),
    [
        pytest.param('"Bob Smith" <1002>', ("Bob Smith", "1002"), id="name-and-number"),
        pytest.param('"" <5550100>', ("", "5550100"), id="empty-name"),
        pytest.param("Reception <200>", ("Reception", "200"), id="unquoted-name"),
        pytest.param("5550100", ("", "5550100"), id="number-only"),
        pytest.param("Unknown", ("", ""), id="unknown"),
        pytest.param('"Anonymous" <anonymous>', ("Anonymous", ""), id="anonymous"),
        pytest.param("", ("", ""), id="empty"),
    ],
)
def test_caller_is_split_into_name_and_number(
    tmp_path: Path, callerid: str, expected: tuple[str, str],
) -> None:
    _put(tmp_path, "msg0000", f"[message]\ncallerid={callerid}\norigtime=1\n")

    vm = _only(tmp_path)

    assert vm.caller == expected


def test_latin1_caller_name_is_read(tmp_path: Path) -> None:
    # An older PBX writes the caller name in its 8-bit code page, not UTF-8.
    data = b'[message]\ncallerid="J\xfcrgen M\xfcller" <5551234>\norigtime=1\n'
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    _put(tmp_path, "msg0000", data)

    vm = _only(tmp_path)

    assert vm.caller == ("Jürgen Müller", "5551234")


def test_utf8_caller_name_is_read(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", '[message]\ncallerid="Zoë Ångström" <7>\n')

    vm = _only(tmp_path)

    assert vm.caller == ("Zoë Ångström", "7")


def test_crlf_line_endings_are_read(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT.replace("\n", "\r\n"))

    vm = _only(tmp_path)

    assert vm.fields["callerid"] == '"Bob Smith" <1002>'
    assert vm.duration == 7


@pytest.mark.parametrize(
    "txt",
    [
        pytest.param(b"[message]\ncallerchan=SIP/x\n Bcc: victim@example.com\n"
                     b"origtime=1\n", id="continuation-line"),
        pytest.param(b"[message]\ncallerchan=SIP/x\x85Bcc: victim@example.com\n"
                     b"origtime=1\n", id="latin1-next-line"),
        pytest.param(b"[message]\ncallerchan=SIP/x\x0cBcc: victim@example.com\n"
                     b"origtime=1\n", id="form-feed"),
    ],
)
def test_a_value_cannot_break_into_a_new_header(tmp_path: Path, txt: bytes) -> None:
    # The values become X-Asterisk-VM headers of the email; a line break in
    # one would either crash the email or smuggle in a header of its own.
    _put(tmp_path, "msg0000", txt)
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE))

    assert len(vm.fields["callerchan"].splitlines()) == 1
    assert message["Bcc"] is None
    assert message["X-Asterisk-VM-Caller-channel"].startswith("SIP/x")
    assert "victim@example.com" in message["X-Asterisk-VM-Caller-channel"]


# -- identity --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param("msg0003", "msg0001", id="0003-to-0001"),
        pytest.param("msg0001", "msg0000", id="0001-to-0000"),
        pytest.param("msg0000", "msg0042", id="0000-to-0042"),
    ],
)
@pytest.mark.parametrize("txt", [
    pytest.param(OLD_PBX_TXT, id="digest"),
    pytest.param(ASTERISK_TXT, id="msg_id"),
])
def test_identity_survives_renumbering(
    tmp_path: Path, before: str, after: str, txt: str,
) -> None:
    old = _put(tmp_path, before, txt)
    first = _only(tmp_path)
    new = old.with_name(f"{after}.txt")
    old.rename(new)
    old.with_suffix(".wav").rename(new.with_suffix(".wav"))

    second = _only(tmp_path)

    assert second.number != first.number
    assert second.identity == first.identity
    assert second.message_id == first.message_id


def test_identity_without_msg_id_comes_from_the_content(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", OLD_PBX_TXT)
    _put(tmp_path, "msg0001", OLD_PBX_TXT.replace("origtime=1704700800",
                                                  "origtime=1704700801"))

    found, _bad = scan(tmp_path, [ALICE], settle=0)

    assert len({vm.identity for vm in found}) == 2
    assert all("/sha-" in vm.identity for vm in found)


def test_the_same_voicemail_in_two_boxes_has_two_identities(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT, user=ALICE)
    _put(tmp_path, "msg0000", ASTERISK_TXT, user=BOB)

    found, _bad = scan(tmp_path, [ALICE, BOB], settle=0)

    assert len({vm.identity for vm in found}) == 2
    assert len({vm.message_id for vm in found}) == 2


# -- what scan takes and leaves ----------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "content_type"),
    [
        pytest.param(".wav", "audio/x-wav", id="wav"),
        pytest.param(".WAV", "audio/x-wav", id="WAV"),
        pytest.param(".gsm", "audio/x-gsm", id="gsm"),
    ],
)
def test_audio_formats_are_taken_and_attached(
    tmp_path: Path, suffix: str, content_type: str,
) -> None:
    audio = bytes(range(256)) * 4
    _put(tmp_path, "msg0000", ASTERISK_TXT, audio=audio, suffix=suffix)
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE))

    (attachment,) = message.iter_attachments()
    assert vm.audio_path.name == f"msg0000{suffix}"
    assert attachment.get_content_type() == content_type
    assert attachment.get_filename() == f"msg0000{suffix}"
    assert attachment.get_content() == audio


def test_a_message_without_audio_is_not_taken(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT, audio=None)

    found, bad = scan(tmp_path, [ALICE], settle=0)

    assert found == []
    assert bad == []


def test_audio_without_a_message_file_is_not_taken(tmp_path: Path) -> None:
    (_box(tmp_path) / "msg0000.wav").write_bytes(b"RIFF")

    found, bad = scan(tmp_path, [ALICE], settle=0)

    assert (found, bad) == ([], [])


def test_files_younger_than_settle_are_not_taken(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)

    found, bad = scan(tmp_path, [ALICE], settle=3600)

    assert (found, bad) == ([], [])


@pytest.mark.parametrize("fresh", [".txt", ".wav"])
def test_settle_looks_at_both_files(tmp_path: Path, fresh: str) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT)
    old = time.time() - 120
    for path in (txt, txt.with_suffix(".wav")):
        os.utime(path, (old, old))
    now = time.time()
    os.utime(txt.with_suffix(fresh), (now, now))

    still_recording, _bad = scan(tmp_path, [ALICE], settle=60)
    os.utime(txt.with_suffix(fresh), (old, old))
    settled, _bad = scan(tmp_path, [ALICE], settle=60)

    assert still_recording == []
    assert [vm.number for vm in settled] == [0]


def test_a_broken_message_file_is_set_aside_and_the_rest_read(
    tmp_path: Path,
) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)
    no_header = _put(tmp_path, "msg0001", "origtime=1\nduration=3\n")
    wrong_section = _put(tmp_path, "msg0002", "[other]\norigtime=1\n")
    _put(tmp_path, "msg0003", OLD_PBX_TXT)

    found, bad = scan(tmp_path, [ALICE], settle=0)

    assert sorted(vm.number for vm in found) == [0, 3]
    assert sorted(path for path, _reason in bad) == [no_header, wrong_section]
    assert all(reason for _path, reason in bad)
    assert "[message]" in dict(bad)[wrong_section]


def test_read_fields_rejects_a_file_without_message_section(tmp_path: Path) -> None:
    txt = _put(tmp_path, "msg0000", "; nothing here\n")

    with pytest.raises(SpoolError, match=r"\[message\]"):
        read_fields(txt)


def test_other_files_in_the_box_are_ignored(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)
    box = _box(tmp_path)
    (box / "greet.wav").write_bytes(b"RIFF")
    (box / ".msg0001.txt.tmp").write_text("[message]\n")
    (box / "msg0001.wav").write_bytes(b"RIFF")
    (box / "msg01.txt").write_text(ASTERISK_TXT)
    (box / "msg0002.txt.bak").write_text(ASTERISK_TXT)

    found, bad = scan(tmp_path, [ALICE], settle=0)

    assert [vm.number for vm in found] == [0]
    assert bad == []


def test_scan_reads_each_users_box_and_folder(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT, user=ALICE)
    _put(tmp_path, "msg0000", OLD_PBX_TXT, user=BOB)
    old = _box(tmp_path, ALICE, "Old") / "msg0000"
    old.with_suffix(".wav").write_bytes(b"RIFF")
    old.with_suffix(".txt").write_text(ASTERISK_TXT)
    nobody = VoicemailUser(mailbox="1009", login="nobody")

    inbox, _bad = scan(tmp_path, [ALICE, BOB, nobody], settle=0)
    archived, _bad = scan(tmp_path, [ALICE], folder="Old", settle=0)

    assert sorted((vm.mailbox, vm.fields["duration"]) for vm in inbox) == [
        ("1001", "7"), ("1002", "42")]
    assert [(vm.mailbox, vm.folder) for vm in archived] == [("1001", "Old")]


def test_scan_returns_the_oldest_call_first(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", "[message]\norigtime=1700000300\n")
    _put(tmp_path, "msg0001", "[message]\norigtime=1700000100\n")
    _put(tmp_path, "msg0002", "[message]\norigtime=1700000200\n")

    found, _bad = scan(tmp_path, [ALICE], settle=0)

    assert [vm.number for vm in found] == [1, 2, 0]


def test_scan_of_a_missing_spool_finds_nothing(tmp_path: Path) -> None:
    found, bad = scan(tmp_path / "absent", [ALICE], settle=0)

    assert (found, bad) == ([], [])


# -- the email -------------------------------------------------------------------


def test_email_is_addressed_from_the_caller(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE, server_name="mail.example.com"))

    sender = message["From"].addresses[0]
    assert sender.display_name == "Bob Smith"
    assert sender.addr_spec == "voicemail@umconnect.invalid"
    assert message["To"] == "alice"
    assert message["Date"].datetime == vm.received


def test_email_subject_and_body_name_the_caller_and_length(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", OLD_PBX_TXT)
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE))

    subject = message["Subject"]
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    for part in ("Front Desk", "200", "0:42"):
        assert part in subject
        assert part in text
    assert "2024-01-08 08:00 UTC" in text


def test_email_of_an_unknown_caller_says_so(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", "[message]\ncallerid=Unknown\norigtime=1\n")
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE))

    assert "unknown caller" in message["Subject"]
    assert message["From"].addresses[0].display_name == "Voicemail"


def test_email_from_latin1_caller_decodes_to_the_name(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000",
         b'[message]\ncallerid="J\xfcrgen M\xfcller" <5551234>\norigtime=1\n')
    vm = _only(tmp_path)

    data = to_email(vm, ALICE)
    message = _parse(data)

    assert data.isascii()
    assert message["From"].addresses[0].display_name == "Jürgen Müller"
    assert "Jürgen Müller" in message["Subject"]
    assert message["X-Asterisk-VM-Caller-ID-Name"] == "Jürgen Müller"


def test_email_attaches_the_wav_byte_for_byte(tmp_path: Path) -> None:
    wav = tone_wav(0.5)
    write_voicemail(tmp_path, "default", "1001", audio=wav, origtime=1_700_000_000)
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE))

    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "audio/x-wav"
    assert attachments[0].get_filename() == "msg0000.wav"
    assert attachments[0].get_content() == wav


def test_email_carries_the_asterisk_headers(tmp_path: Path) -> None:
    _put(tmp_path, "msg0005", ASTERISK_TXT)
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE, server_name="pbx.example.com"))

    expected = {
        "Message-Num": "5",
        "Server-Name": "pbx.example.com",
        "Context": "default",
        "Extension": "1001",
        "Priority": "1",
        "Caller-channel": "SIP/1002-00000003",
        "Caller-ID-Num": "1002",
        "Caller-ID-Name": "Bob Smith",
        "Duration": "7",
        "Message-ID": "1710408413-00000000",
        "Orig-date": "Thu Mar 14 09:26:53 AM UTC 2024",
        "Orig-time": "1710408413",
    }
    shown = {key: message[f"X-Asterisk-VM-{key}"] for key in expected}
    assert shown == expected


def test_email_message_id_is_deterministic(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)
    _put(tmp_path, "msg0001", OLD_PBX_TXT)
    first, second = scan(tmp_path, [ALICE], settle=0)[0]

    once = _parse(to_email(first, ALICE))
    again = _parse(to_email(first, ALICE))
    other = _parse(to_email(second, ALICE))

    assert once["Message-ID"] == again["Message-ID"] == first.message_id
    assert other["Message-ID"] == second.message_id
    assert once["Message-ID"] != other["Message-ID"]
    assert first.message_id.startswith("<")
    assert first.message_id.endswith("@umconnect.invalid>")


# -- write_voicemail -------------------------------------------------------------


def test_write_voicemail_writes_what_scan_reads(tmp_path: Path) -> None:
    wav = tone_wav(0.25)

    txt = write_voicemail(tmp_path, "default", "1001", audio=wav,
                          callerid='"Carol Jones" <5550199>', duration=12,
                          origtime=1_700_000_123, msg_id="abc-123")

    vm = _only(tmp_path)
    assert vm.txt_path == txt
    assert vm.audio_path.read_bytes() == wav
    assert vm.fields["origmailbox"] == "1001"
    assert vm.fields["context"] == "default"
    assert vm.fields["exten"] == "1001"
    assert vm.fields["callerid"] == '"Carol Jones" <5550199>'
    assert vm.fields["origtime"] == "1700000123"
    assert vm.fields["msg_id"] == "abc-123"
    assert vm.caller == ("Carol Jones", "5550199")
    assert vm.duration == 12
    assert vm.identity == "default/1001/abc-123"


def test_write_voicemail_takes_the_next_free_number(tmp_path: Path) -> None:
    wav = tone_wav(0.1)
    write_voicemail(tmp_path, "default", "1001", audio=wav, origtime=1)
    second = write_voicemail(tmp_path, "default", "1001", audio=wav, origtime=2)
    second.unlink()
    second.with_suffix(".wav").unlink()
    write_voicemail(tmp_path, "default", "1001", audio=wav, origtime=3)
    write_voicemail(tmp_path, "default", "1001", audio=wav, origtime=4)

    found, _bad = scan(tmp_path, [ALICE], settle=0)

    assert [(vm.number, vm.fields["origtime"]) for vm in found] == [
        (0, "1"), (1, "3"), (2, "4")]
    assert len({vm.identity for vm in found}) == 3
    assert not list(_box(tmp_path).glob(".*"))


_NAMES = st.from_regex(r"[A-Za-zÀ-ÿ]{1,12}( [A-Za-zÀ-ÿ]{1,12})?", fullmatch=True)


@settings(max_examples=50, deadline=None)
@given(name=_NAMES, number=st.from_regex(r"[0-9]{1,15}", fullmatch=True),
       duration=st.integers(0, 86_400),
       origtime=st.integers(0, 4_000_000_000))
def test_write_then_scan_round_trips(
    name: str, number: str, duration: int, origtime: int,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_voicemail(root, "default", "1001", audio=b"RIFF",
                        callerid=f'"{name}" <{number}>', duration=duration,
                        origtime=origtime)

        vm = _only(root)

        assert vm.caller == (name, number)
        assert vm.duration == duration
        assert vm.received == datetime.fromtimestamp(origtime, UTC)
        message = _parse(to_email(vm, ALICE))
        assert message["X-Asterisk-VM-Caller-ID-Name"] == name
        assert message["X-Asterisk-VM-Caller-ID-Num"] == number
        assert message["X-Asterisk-VM-Duration"] == str(duration)


# -- what a PBX or a disk can leave behind -----------------------------------------


@pytest.mark.parametrize(
    "origtime",
    [
        pytest.param("99999999999999999", id="beyond-the-platform"),
        pytest.param("999999999999999999999999", id="beyond-int64"),
        pytest.param("-99999999999", id="before-year-one"),
        pytest.param("-1", id="before-1970"),
        pytest.param("soon", id="not-a-number"),
    ],
)
def test_an_out_of_range_origtime_falls_back_to_the_file_time(
    tmp_path: Path, origtime: str,
) -> None:
    txt = _put(tmp_path, "msg0000", f"[message]\norigtime={origtime}\n")
    os.utime(txt, (1_600_000_000, 1_600_000_000))

    vm = _only(tmp_path)
    message = _parse(to_email(vm, ALICE))

    assert vm.received == datetime.fromtimestamp(1_600_000_000, UTC)
    assert message["Date"].datetime == vm.received


def test_the_file_time_is_taken_when_scanned(tmp_path: Path) -> None:
    # Sorting and the email's date must not need the file again: the PBX may
    # delete it in between.
    txt = _put(tmp_path, "msg0000", "[message]\norigtime=99999999999999999\n")
    os.utime(txt, (1_600_000_000, 1_600_000_000))
    vm = _only(tmp_path)
    txt.unlink()

    assert vm.received == datetime.fromtimestamp(1_600_000_000, UTC)


def _age(*paths: Path, seconds: float = 120) -> None:
    then = time.time() - seconds
    for path in paths:
        if path.is_symlink():
            os.utime(path, (then, then), follow_symlinks=False)
        else:
            os.utime(path, (then, then))


def test_a_message_whose_audio_never_came_is_reported_as_incomplete(
    tmp_path: Path,
) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT, audio=None)
    _age(txt)

    found, bad = scan(tmp_path, [ALICE], settle=0, grace=60)

    assert found == []
    ((path, reason),) = bad
    assert path == txt
    assert "incomplete" in reason
    assert "msg0000.wav" in reason


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights")
def test_a_dangling_audio_link_is_reported_as_incomplete(tmp_path: Path) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT, audio=None)
    txt.with_suffix(".wav").symlink_to(tmp_path / "gone.wav")
    _age(txt, txt.with_suffix(".wav"))

    found, bad = scan(tmp_path, [ALICE], settle=0, grace=60)

    assert found == []
    ((path, reason),) = bad
    assert path == txt
    assert "link" in reason


def test_missing_audio_is_not_reported_within_the_grace_period(
    tmp_path: Path,
) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT, audio=None)
    _age(txt, seconds=10)

    found, bad = scan(tmp_path, [ALICE], settle=0, grace=60)

    assert (found, bad) == ([], [])


def test_audio_that_arrives_late_is_taken(tmp_path: Path) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT, audio=None)
    _age(txt)
    _before, bad = scan(tmp_path, [ALICE], settle=0, grace=60)
    txt.with_suffix(".wav").write_bytes(b"RIFF")

    found, bad_after = scan(tmp_path, [ALICE], settle=0, grace=60)

    assert len(bad) == 1
    assert [vm.number for vm in found] == [0]
    assert bad_after == []


def test_a_box_that_is_a_file_is_reported_not_raised(tmp_path: Path) -> None:
    box = tmp_path / ALICE.context / ALICE.mailbox / "INBOX"
    box.parent.mkdir(parents=True)
    box.write_text("not a folder")
    _put(tmp_path, "msg0000", ASTERISK_TXT, user=BOB)

    found, bad = scan(tmp_path, [ALICE, BOB], settle=0)

    assert [vm.mailbox for vm in found] == ["1002"]
    assert [path for path, _reason in bad] == [box]


def test_the_email_promises_nothing_the_service_does_not_do(tmp_path: Path) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT)
    vm = _only(tmp_path)

    body = _parse(to_email(vm, ALICE)).get_body(("plain",))

    assert body is not None
    text = body.get_content()
    assert "delet" not in text.lower()
    assert "Bob Smith" in text
    assert "attached" in text


# -- every folder, moves and deletions -------------------------------------------


def test_scan_all_reads_every_folder_but_asterisks_working_ones(
    tmp_path: Path,
) -> None:
    for folder in ("INBOX", "Old", "Urgent", "Family", "tmp", "temp", ".hidden"):
        stem = _box(tmp_path, ALICE, folder) / "msg0000"
        stem.with_suffix(".wav").write_bytes(b"RIFF")
        stem.with_suffix(".txt").write_text(ASTERISK_TXT.replace(
            "msg_id=", f"msg_id={folder}-"))
    (tmp_path / "default" / "1001" / "greet.wav").write_bytes(b"RIFF")

    found, bad = scan_all(tmp_path, [ALICE, BOB], settle=0)

    assert bad == []
    assert sorted(vm.folder for vm in found) == ["Family", "INBOX", "Old", "Urgent"]
    assert sorted(vm.folder for vm in found if not vm.heard) == ["INBOX", "Urgent"]
    assert [vm.folder for vm in found if vm.urgent] == ["Urgent"]


def test_moving_a_voicemail_takes_every_format_and_the_first_free_number(
    tmp_path: Path,
) -> None:
    txt = _put(tmp_path, "msg0003", ASTERISK_TXT)
    for suffix in (".WAV", ".gsm"):
        txt.with_suffix(suffix).write_bytes(b"audio" + suffix.encode())
    old = _box(tmp_path, ALICE, "Old")
    (old / "msg0000.txt").write_text(OLD_PBX_TXT)
    (old / "msg0000.wav").write_bytes(b"RIFF")
    vm = _only(tmp_path)

    moved = move_voicemail(vm, "Old")

    assert moved == old / "msg0001.txt"
    assert sorted(p.name for p in old.iterdir()) == [
        "msg0000.txt", "msg0000.wav", "msg0001.WAV", "msg0001.gsm",
        "msg0001.txt", "msg0001.wav"]
    assert list(txt.parent.iterdir()) == []
    (again,) = [v for v in scan(tmp_path, [ALICE], "Old", settle=0)[0]
                if v.number == 1]
    assert again.identity == vm.identity  # the same voicemail, whatever its folder


def test_removing_a_voicemail_deletes_all_its_files_and_no_others(
    tmp_path: Path,
) -> None:
    txt = _put(tmp_path, "msg0000", ASTERISK_TXT)
    txt.with_suffix(".gsm").write_bytes(b"gsm")
    other = _put(tmp_path, "msg0001", OLD_PBX_TXT)
    vm = next(v for v in scan(tmp_path, [ALICE], settle=0)[0] if v.number == 0)

    remove_voicemail(vm)

    assert sorted(p.name for p in txt.parent.iterdir()) == [
        other.name, other.with_suffix(".wav").name]


def test_an_urgent_voicemail_says_so_in_its_subject_and_headers(
    tmp_path: Path,
) -> None:
    _put(tmp_path, "msg0000", ASTERISK_TXT.replace("flag=", "flag=Urgent"))
    vm = _only(tmp_path)

    message = _parse(to_email(vm, ALICE))

    assert vm.urgent and not vm.heard
    assert message["Subject"].startswith("Urgent voicemail from")
    assert (message["Importance"], message["X-Priority"]) == ("high", "1 (Highest)")
    assert message["X-Asterisk-VM-Flag"] == "Urgent"
