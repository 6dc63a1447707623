"""Text to speech: emails as text for the phone, and spoken by espeak-ng."""

from __future__ import annotations

import os
import shutil
import wave
from email.message import EmailMessage
from pathlib import Path

import pytest

from app import cli, config
from app.spool import scan as scan_spool
from app.spool import to_email, tone_wav, write_voicemail
from app.tts import html_to_text, reading, speech_text, strip_replies
from tests.support.dovecot import Dovecot
from tests.support.mailview import client_of, messages


def _mail(subject: str, body: str, sender: str = '"Ann Smith" <ann@example.org>',
          html: str = "") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "alice@example.org"
    message["Subject"] = subject
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    return message


def test_a_reply_is_read_without_its_quote_and_signature() -> None:
    body = ("Yes, Tuesday works.\n\nSee you then.\n\n-- \nAnn Smith\nSales\n\n"
            "On Mon, 1 Dec 2026 at 09:00, Alice <alice@example.org> wrote:\n"
            "> Does Tuesday work?\n")

    text = speech_text(_mail("Re: meeting", body))

    assert text == ("From Ann Smith. Subject: Re: meeting.\n"
                    "Yes, Tuesday works.\n\nSee you then.")


def test_quoted_lines_and_outlook_originals_are_dropped() -> None:
    body = ("Agreed.\n> earlier text\nThanks\n"
            "-----Original Message-----\nFrom: Bob\nSent: Monday\nOld text\n")

    assert strip_replies(body) == "Agreed. Thanks"


def test_html_only_mail_is_converted_to_plain_text() -> None:
    html = ("<html><head><style>p {color: red}</style></head><body>"
            "<p>Hello&nbsp;Alice,</p><p>The <b>report</b> is ready.</p>"
            "<script>alert(1)</script>"
            "<div class='gmail_quote'>On Monday Bob wrote: old</div></body></html>")
    message = EmailMessage()
    message["From"] = "bob@example.org"
    message["Subject"] = "Report"
    message.set_content(html, subtype="html")

    text = speech_text(message)

    assert text == ("From bob@example.org. Subject: Report.\n"
                    "Hello Alice,\n\nThe report is ready.")
    assert "alert" not in html_to_text(html)


def test_reading_numbers_the_emails_and_says_when_there_are_none() -> None:
    text = reading([_mail("One", "first"), _mail("Two", "second")])

    assert text.startswith("You have 2 new email(s).")
    assert text.index("Email 1. From Ann Smith. Subject: One.") \
        < text.index("Email 2. From Ann Smith. Subject: Two.")
    assert reading([]) == "You have no new emails."


@pytest.fixture
def site(clean_dovecot: Dovecot, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Path:
    """A configuration for the test Dovecot; alice has mail of every kind."""
    spool = tmp_path / "spool"
    dep = clean_dovecot.deployment(str(spool))
    path = tmp_path / "umconnect.toml"
    config.save(dep, path)
    monkeypatch.setenv(cli.PASSWORD_ENV, clean_dovecot.master_password)
    write_voicemail(spool, "default", "1001", audio=tone_wav(0.1))
    (vm,), _bad = scan_spool(spool, dep.users, settle=0)
    with client_of(clean_dovecot, "alice") as client:
        client.append("INBOX", _mail("Lunch", "Noon at the usual place?").as_bytes())
        client.append("INBOX", to_email(vm, dep.users[0]))
        client.append("INBOX", _mail("Old news", "Already read").as_bytes(),
                      flags=[b"\\Seen"])
        client.append("INBOX", _mail("Invoice", "Attached.",
                                     sender="billing@example.org").as_bytes())
    return path


def test_tts_prints_the_new_emails_in_order_and_leaves_them_unread(
    clean_dovecot: Dovecot, site: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["tts", "--user", "alice", "--config", str(site)])

    out = capsys.readouterr().out
    assert code == cli.OK
    assert out.startswith("You have 2 new email(s).")
    assert out.index("Subject: Lunch.") < out.index("Subject: Invoice.")
    assert "Old news" not in out
    assert "Voicemail" not in out
    unread = [m["Subject"] for _uid, m, flags in messages(clean_dovecot, "alice")
              if b"\\Seen" not in flags]
    assert len(unread) == 3  # the two emails and the voicemail, still unread


def test_tts_names_the_user_option_for_an_unknown_user(
    site: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["tts", "--user", "mallory", "--config", str(site)])

    err = capsys.readouterr().err
    assert code == cli.BAD_INPUT
    assert "--user: 'mallory' is not a UM user" in err
    assert "alice" in err


def test_tts_speaks_into_a_wav_file(site: Path, tmp_path: Path) -> None:
    if shutil.which("espeak-ng") is None:
        if os.environ.get("CI"):
            pytest.fail("espeak-ng is missing (scripts/test installs it)")
        pytest.skip("espeak-ng is not installed")
    out = tmp_path / "speech.wav"

    code = cli.main(["tts", "--user", "alice", "--config", str(site),
                     "--wav", str(out)])

    with wave.open(str(out)) as spoken:
        seconds = spoken.getnframes() / spoken.getframerate()
    assert code == cli.OK
    assert seconds > 2.0  # two emails take a few seconds to say
