"""The voicemail spool in Asterisk's layout, and the email a voicemail becomes.

A spool holds ``<context>/<mailbox>/<folder>/msgNNNN.txt`` (an INI file with a
``[message]`` section) beside ``msgNNNN.wav`` (or ``.WAV``, ``.gsm``). Message
numbers shift when the PBX deletes a message, so a voicemail is known by its
``msg_id`` (or, in older spools without one, by a digest of its metadata), not
by its file name.
"""

from __future__ import annotations

import configparser
import hashlib
import io
import logging
import math
import os
import re
import struct
import time
import wave
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

from app.i18n import _
from app.model import VoicemailUser

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".wav", ".WAV", ".gsm")
#: Seconds after its text file was written that a voicemail without audio is
#: reported as incomplete (a PBX writes both within moments of each other).
INCOMPLETE_AFTER = 60.0
_AUDIO_TYPES = {".wav": ("audio", "x-wav"), ".WAV": ("audio", "x-wav"),
                ".gsm": ("audio", "x-gsm")}
_MSG_RE = re.compile(r"^msg(\d{4,})\.txt$")
#: Folders where Asterisk writes a message before it is complete.
_WORK_FOLDERS = ("tmp", "temp")
#: Folders whose messages are unheard (a message-waiting lamp is lit for them).
NEW_FOLDERS = ("INBOX", "Urgent")
#: Where a message goes once it is heard.
HEARD_FOLDER = "Old"


class SpoolError(ValueError):
    """A voicemail whose files cannot be read or understood."""


@dataclass(frozen=True)
class Voicemail:
    """One voicemail found in the spool."""

    context: str
    mailbox: str
    folder: str
    number: int
    txt_path: Path
    audio_path: Path
    fields: dict[str, str]
    #: Modification time of the text file when it was scanned (None: ask the
    #: file), the call time when the spool gives none that can be used.
    file_time: float | None = None

    @property
    def identity(self) -> str:
        """A stable name for this voicemail, whatever its file number."""
        msg_id = self.fields.get("msg_id", "").strip()
        if msg_id:
            return f"{self.context}/{self.mailbox}/{msg_id}"
        keys = ("origtime", "callerid", "duration", "callerchan", "origmailbox")
        basis = "\n".join(f"{k}={self.fields.get(k, '')}" for k in keys)
        digest = hashlib.sha256(basis.encode()).hexdigest()[:20]
        return f"{self.context}/{self.mailbox}/sha-{digest}"

    @property
    def message_id(self) -> str:
        """The RFC 5322 Message-ID the email of this voicemail carries."""
        return message_id_for(self.identity)

    @property
    def caller(self) -> tuple[str, str]:
        """The caller's (name, number), either possibly empty."""
        raw = self.fields.get("callerid", "").strip()
        name, number = parseaddr(raw) if "<" in raw else ("", raw)
        name = name.strip().strip('"')
        if number.lower() in ("unknown", "anonymous"):
            number = ""
        return name, number

    @property
    def received(self) -> datetime:
        """When the call came in (file time when the spool does not say).

        A missing, garbled or out-of-range ``origtime`` (before 1970, or a
        date the platform cannot represent) falls back to the file time.
        """
        try:
            seconds = int(self.fields["origtime"])
            if seconds < 0:
                raise ValueError(seconds)
            return datetime.fromtimestamp(seconds, UTC)
        except (KeyError, ValueError, OverflowError, OSError):
            # OSError: EOVERFLOW, "Value too large", from the C library.
            pass
        mtime = (self.file_time if self.file_time is not None
                 else self.txt_path.stat().st_mtime)
        return datetime.fromtimestamp(mtime, UTC)

    @property
    def heard(self) -> bool:
        """True once the voicemail left the unheard folders (INBOX, Urgent)."""
        return self.folder not in NEW_FOLDERS

    @property
    def urgent(self) -> bool:
        """Left in the Urgent folder, or flagged urgent by the PBX."""
        return (self.folder == "Urgent"
                or "urgent" in self.fields.get("flag", "").lower())

    @property
    def duration(self) -> int:
        """The length of the recording in seconds (0 when unknown)."""
        try:
            return max(0, int(self.fields.get("duration", "0")))
        except ValueError:
            return 0


def message_id_for(identity: str) -> str:
    """The Message-ID of the email of the voicemail known as *identity*."""
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    return f"<vm-{digest}@umconnect.invalid>"


def read_fields(path: Path) -> dict[str, str]:
    """The ``[message]`` section of a ``msgNNNN.txt``, tolerant of odd PBXs."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Older PBXs write caller names in the system's 8-bit code page.
        text = raw.decode("latin-1")
    parser = configparser.ConfigParser(interpolation=None, strict=False,
                                       comment_prefixes=(";", "#"))
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise SpoolError(f"{path}: {exc}") from None
    if not parser.has_section("message"):
        raise SpoolError(_("{path} has no [message] section.").format(path=path))
    # An indented line continues a value, and latin-1 has line-breaking
    # controls (NEL); a value becomes an email header, which cannot break.
    return {key: " ".join(part.strip() for part in value.splitlines())
            for key, value in parser.items("message")}


def scan(root: Path, users: list[VoicemailUser], folder: str = "INBOX",
         settle: float = 1.0, grace: float = INCOMPLETE_AFTER,
         ) -> tuple[list[Voicemail], list[tuple[Path, str]]]:
    """The complete voicemails in *folder* of each user's box, oldest first.

    A message counts as complete once its text and audio files exist and
    neither changed in the last *settle* seconds. Unreadable messages, boxes
    that cannot be listed, and text files still without audio *grace* seconds
    after they were written are returned separately with the reason, so one
    bad file never stops the rest.
    """
    found: list[Voicemail] = []
    bad: list[tuple[Path, str]] = []
    now = time.time()
    for user in users:
        box = root / user.context / user.mailbox / folder
        _scan_folder(box, user, folder, now=now, settle=settle, grace=grace,
                     found=found, bad=bad)
    found.sort(key=_call_order)
    return found, bad


def scan_all(root: Path, users: list[VoicemailUser], settle: float = 1.0,
             grace: float = INCOMPLETE_AFTER,
             ) -> tuple[list[Voicemail], list[tuple[Path, str]]]:
    """Like :func:`scan`, over every folder of each box (INBOX, Old, Urgent…).

    Asterisk's working folders (``tmp``, ``temp``) and hidden ones are left
    out; a box without folders yet is simply empty.
    """
    found: list[Voicemail] = []
    bad: list[tuple[Path, str]] = []
    now = time.time()
    # One listing per context says which boxes exist: at thousands of users
    # most have no folder yet, and asking each one would cost a failed call.
    boxes: dict[str, set[str]] = {}
    for user in users:
        if user.context not in boxes:
            try:
                boxes[user.context] = set(os.listdir(root / user.context))
            except FileNotFoundError:
                boxes[user.context] = set()
            except OSError as exc:
                bad.append((root / user.context, str(exc)))
                boxes[user.context] = set()
        if user.mailbox not in boxes[user.context]:
            continue
        box = root / user.context / user.mailbox
        try:
            folders = sorted(entry.name for entry in box.iterdir()
                             if entry.is_dir() and not entry.name.startswith(".")
                             and entry.name.lower() not in _WORK_FOLDERS)
        except FileNotFoundError:
            continue
        except OSError as exc:
            bad.append((box, str(exc)))
            continue
        for folder in folders:
            _scan_folder(box / folder, user, folder, now=now, settle=settle,
                         grace=grace, found=found, bad=bad)
    found.sort(key=_call_order)
    return found, bad


def _call_order(vm: Voicemail) -> tuple[datetime, str, str, str, int]:
    return (vm.received, vm.context, vm.mailbox, vm.folder, vm.number)


def _scan_folder(box: Path, user: VoicemailUser, folder: str, *, now: float,
                 settle: float, grace: float, found: list[Voicemail],
                 bad: list[tuple[Path, str]]) -> None:
    """Add the complete voicemail of one folder to *found*, problems to *bad*."""
    try:
        entries = sorted(box.iterdir())
    except FileNotFoundError:
        return
    except OSError as exc:
        bad.append((box, str(exc)))
        return
    for txt in entries:
        match = _MSG_RE.match(txt.name)
        if not match:
            continue
        try:
            txt_time = txt.stat().st_mtime
        except FileNotFoundError:
            continue  # deleted by the PBX since the listing
        except OSError as exc:
            bad.append((txt, str(exc)))
            continue
        audio = _audio_of(txt)
        if audio is None:
            if now - txt_time >= grace:
                bad.append((txt, _missing_audio(txt, grace)))
            continue
        try:
            newest = max(txt_time, audio.stat().st_mtime)
            if now - newest < settle:
                continue
            fields = read_fields(txt)
        except (OSError, SpoolError) as exc:
            bad.append((txt, str(exc)))
            continue
        found.append(Voicemail(user.context, user.mailbox, folder,
                               int(match.group(1)), txt, audio, fields,
                               file_time=txt_time))


def _siblings(txt: Path) -> list[Path]:
    """Every file of the message *txt* belongs to, its text file last."""
    stem = txt.stem
    files = sorted(p for p in txt.parent.iterdir()
                   if p.stem == stem and p.name != txt.name)
    return [*files, txt]


def _free_number(box: Path) -> int:
    taken = {int(m.group(1)) for p in box.iterdir()
             if (m := re.match(r"^msg(\d{4,})\.", p.name))}
    return next(n for n in range(len(taken) + 1) if n not in taken)


def move_voicemail(vm: Voicemail, folder: str) -> Path:
    """Move *vm*'s files to *folder* of its box, as the PBX does when it is heard.

    The message takes the first free number there; its text file moves last,
    so a reader never sees it without its audio. Returns the new text file.
    """
    box = vm.txt_path.parent.parent / folder
    box.mkdir(exist_ok=True)
    number = _free_number(box)
    target = box / f"msg{number:04d}.txt"
    for path in _siblings(vm.txt_path):
        path.replace(target.with_suffix(path.suffix))
    log.debug("Voicemail %s moved to %s", vm.txt_path, target)
    return target


def remove_voicemail(vm: Voicemail) -> None:
    """Delete *vm*'s files, its text file first (audio alone is ignored)."""
    files = _siblings(vm.txt_path)
    for path in [files[-1], *files[:-1]]:
        path.unlink(missing_ok=True)
    log.debug("Voicemail %s deleted", vm.txt_path)


def _audio_of(txt: Path) -> Path | None:
    """The recording beside *txt*, if one exists (a dangling link does not)."""
    return next((p for s in AUDIO_SUFFIXES if (p := txt.with_suffix(s)).exists()),
                None)


def _missing_audio(txt: Path, grace: float) -> str:
    """Why *txt* is incomplete: which audio file is missing or dangling."""
    for suffix in AUDIO_SUFFIXES:
        link = txt.with_suffix(suffix)
        if link.is_symlink():
            return _("incomplete: its audio file {name} is a link to {target}, "
                     "which does not exist").format(
                name=link.name, target=_link_target(link))
    return _("incomplete: no audio file ({name}) beside it {s:g} s after it was "
             "written").format(name=txt.with_suffix(".wav").name, s=grace)


def _link_target(link: Path) -> str:
    try:
        return str(link.readlink())
    except OSError:
        return "?"


def _duration_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def to_email(vm: Voicemail, user: VoicemailUser, server_name: str = "") -> bytes:
    """The email that carries *vm* into *user*'s mailbox, audio attached.

    The ``X-Asterisk-VM-*`` headers follow Asterisk's IMAP voicemail storage so
    that tools which read such mailboxes recognise the message.
    """
    # FIXME: the email package spends about 2 ms of CPU per voicemail here,
    # the service's largest cost per message beside the server's own work.
    name, number = vm.caller
    who = (f"{name} ({number})" if name and number else name or number
           or _("an unknown caller"))
    received = vm.received
    msg = EmailMessage()
    msg["From"] = formataddr((name or number or _("Voicemail"),
                              "voicemail@umconnect.invalid"))
    msg["To"] = user.login
    subject = (_("Urgent voicemail from {who}, {length}") if vm.urgent
               else _("Voicemail from {who}, {length}"))
    msg["Subject"] = subject.format(who=who, length=_duration_text(vm.duration))
    msg["Date"] = format_datetime(received)
    msg["Message-ID"] = vm.message_id
    if vm.urgent:
        msg["Importance"] = "high"
        msg["X-Priority"] = "1 (Highest)"
    headers = {
        "Message-Num": str(vm.number),
        "Server-Name": server_name,
        "Context": vm.context,
        "Extension": vm.mailbox,
        "Priority": vm.fields.get("priority", ""),
        "Caller-channel": vm.fields.get("callerchan", ""),
        "Caller-ID-Num": number,
        "Caller-ID-Name": name,
        "Duration": str(vm.duration),
        "Category": vm.fields.get("category", ""),
        "Flag": vm.fields.get("flag", ""),
        "Message-ID": vm.fields.get("msg_id", ""),
        "Orig-date": vm.fields.get("origdate", ""),
        "Orig-time": vm.fields.get("origtime", ""),
    }
    for key, value in headers.items():
        msg[f"X-Asterisk-VM-{key}"] = value
    body = _("{who} left you a voicemail of {length} on {when}.\n\n"
             "The recording is attached ({name}); open it to listen.\n").format(
        who=who, length=_duration_text(vm.duration),
        when=received.strftime("%Y-%m-%d %H:%M UTC"), name=vm.audio_path.name)
    msg.set_content(body)
    maintype, subtype = _AUDIO_TYPES[vm.audio_path.suffix]
    msg.add_attachment(vm.audio_path.read_bytes(), maintype=maintype,
                       subtype=subtype, filename=vm.audio_path.name)
    return msg.as_bytes()


def tone_wav(seconds: float = 1.0, rate: int = 8000, hz: float = 440.0) -> bytes:
    """A short sine tone as 8 kHz mono WAV, like a PBX recording."""
    frames = bytearray()
    for i in range(int(seconds * rate)):
        value = int(12_000 * math.sin(2 * math.pi * hz * i / rate))
        frames += struct.pack("<h", value)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


def write_voicemail(root: Path, context: str, mailbox: str, *, audio: bytes,
                    callerid: str = '"Demo Caller" <5551234>',
                    duration: int = 1, origtime: int | None = None,
                    msg_id: str | None = None, folder: str = "INBOX") -> Path:
    """Leave a voicemail in the spool the way a PBX does; return its .txt path.

    The audio goes first and the metadata last, each renamed into place, so a
    reader never sees a half-written message.
    """
    box = root / context / mailbox / folder
    box.mkdir(parents=True, exist_ok=True)
    taken = {int(m.group(1)) for p in box.iterdir() if (m := _MSG_RE.match(p.name))}
    number = next(n for n in range(len(taken) + 1) if n not in taken)
    stem = box / f"msg{number:04d}"
    when = int(time.time()) if origtime is None else origtime
    ident = msg_id or f"{when}-{hashlib.sha256(audio).hexdigest()[:8]}-{number:04d}"
    metadata = (
        ";\n; Message Information file\n;\n[message]\n"
        f"origmailbox={mailbox}\ncontext={context}\nmacrocontext=\nexten={mailbox}\n"
        f"rdnis=unknown\npriority=2\ncallerchan=SIP/demo-00000001\n"
        f"callerid={callerid}\n"
        f"origdate={time.strftime('%a %b %d %I:%M:%S %p UTC %Y', time.gmtime(when))}\n"
        f"origtime={when}\ncategory=\nmsg_id={ident}\nflag=\nduration={duration}\n"
    )
    for path, data in ((stem.with_suffix(".wav"), audio),
                       (stem.with_suffix(".txt"), metadata.encode("utf-8"))):
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return stem.with_suffix(".txt")
