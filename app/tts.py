"""A user's new emails as text to be read aloud on the phone, and as speech.

:func:`speech_text` turns one email into what a person wants to hear: who it
is from, the subject, and the body as plain text, with HTML converted and
quoted replies, forwarded headers and signatures left out. :func:`read_new`
fetches a user's unread emails (oldest first, the voicemail the service
delivered left out: the phone plays those itself) without marking them read.
:func:`speak` renders text as a WAV file through espeak-ng.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
import shutil
import subprocess
import threading
from email.message import EmailMessage
from email.utils import parseaddr
from html.parser import HTMLParser
from pathlib import Path

from app.i18n import _
from app.imapconn import ImapSession, Timeouts
from app.model import Deployment

log = logging.getLogger(__name__)

#: Where a reply's quoted original begins (English and German mail clients).
_QUOTE_STARTS = (
    re.compile(r"^On .{3,200} wrote:\s*$"),
    re.compile(r"^Am .{3,200} schrieb .{1,200}:\s*$"),
    re.compile(r"^-{2,}\s*(Original Message|Ursprüngliche Nachricht)\s*-{2,}\s*$",
               re.IGNORECASE),
    re.compile(r"^_{10,}\s*$"),  # Outlook's line above the quoted header block
    re.compile(r"^(From|Von):\s.+$"),
)
#: The signature separator ("-- ") and common sign-offs by mobile clients.
_SIGNATURE_STARTS = (re.compile(r"^--\s?$"), re.compile(r"^Sent from my \w+"))
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "table"}
#: How long espeak-ng may take before it is stopped.
SPEAK_TIMEOUT = 120.0


class SpeechError(RuntimeError):
    """Speech could not be made; the text says why and what to do."""


class _HTMLText(HTMLParser):
    """Visible text of an HTML body, one line per block; quotes left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag in ("script", "style", "head") or (
                tag == "blockquote" or "gmail_quote" in classes):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "blockquote") and self._skip:
            self._skip -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML body (scripts, styles, quotes dropped)."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def body_text(message: EmailMessage) -> str:
    """The body as plain text: the text part, or the HTML part converted."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) \
            else ""
    text = str(content)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text


def strip_replies(text: str) -> str:
    """*text* without quoted originals, forwarded headers and signatures."""
    kept: list[str] = []
    for line in text.splitlines():
        bare = line.strip()
        if any(p.match(bare) for p in _QUOTE_STARTS + _SIGNATURE_STARTS):
            break
        if bare.startswith(">"):
            continue
        kept.append(bare)
    paragraphs = re.split(r"\n\s*\n", "\n".join(kept))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def speech_text(message: EmailMessage) -> str:
    """What the phone reads for one email: sender, subject, then the body."""
    name, address = parseaddr(str(message.get("From", "")))
    sender = name or address or _("an unknown sender")
    subject = " ".join(str(message.get("Subject", "")).split()) or _("no subject")
    body = strip_replies(body_text(message))
    return _("From {sender}. Subject: {subject}.\n{body}").format(
        sender=sender, subject=subject, body=body).strip()


def reading(messages: list[EmailMessage]) -> str:
    """Every message's text in order, each announced with its number."""
    if not messages:
        return _("You have no new emails.")
    parts = [_("You have {n} new email(s).").format(n=len(messages))]
    for number, message in enumerate(messages, start=1):
        parts.append(_("Email {number}.").format(number=number) + " "
                     + speech_text(message))
    return "\n\n".join(parts)


def _is_voicemail(message: EmailMessage) -> bool:
    return "X-Asterisk-VM-Message-Num" in message


def read_new(dep: Deployment, password: str, login: str,
             timeouts: Timeouts | None = None,
             cancel: threading.Event | None = None) -> list[EmailMessage]:
    """*login*'s unread emails, oldest first, without marking them read."""
    limits = timeouts or Timeouts.for_reads(dep.service.timeout_seconds)
    with ImapSession(dep.server, limits, cancel) as session:
        client = session.open(dep.superuser, password, login)
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["UNSEEN"]))
        fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    found = []
    for uid in uids:
        raw = fetched.get(uid, {}).get(b"BODY[]")
        if not isinstance(raw, bytes):
            continue
        message = email.message_from_bytes(raw, policy=email.policy.default)
        if isinstance(message, EmailMessage) and not _is_voicemail(message):
            found.append(message)
    log.info("[%s] %d new email(s) to read aloud", login, len(found))
    return found


def speak(text: str, wav: Path, voice: str = "") -> None:
    """Render *text* as speech into the WAV file *wav* with espeak-ng."""
    program = shutil.which("espeak-ng")
    if program is None:
        raise SpeechError(_("espeak-ng is not installed. Install it (Debian: "
                            "apt install espeak-ng) to make speech."))
    argv = [program, "-w", str(wav), "--stdin"] + (["-v", voice] if voice else [])
    try:
        done = subprocess.run(argv, input=text.encode("utf-8"), capture_output=True,
                              timeout=SPEAK_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise SpeechError(_("espeak-ng took longer than {s:g} s; try a shorter "
                            "text.").format(s=SPEAK_TIMEOUT)) from None
    if done.returncode != 0:
        raise SpeechError(_("espeak-ng failed ({code}): {error}").format(
            code=done.returncode,
            error=done.stderr.decode("utf-8", "replace").strip()))
