"""A local HTTPS SOAP responder standing in for Exchange Web Services (EWS).

No Exchange server can run here, so this answers on 127.0.0.1 with the
response shapes Exchange documents, for the real ``exchangelib`` client (and
our own Autodiscover and endpoint probes) to talk to:

* IIS-style authentication: ``401`` with one ``WWW-Authenticate`` header per
  offered scheme (``Negotiate``, ``NTLM``, ``Basic``); a real NTLM handshake
  (pyspnego's acceptor checks the client's NTLMv2 answer against the
  password) that authenticates the connection, as IIS does; Basic checked
  against the password.
* Every SOAP answer carries ``ServerVersionInfo`` in its header with the
  configured build (14.x = 2010, 15.0 = 2013, 15.1 = 2016, 15.2 = 2019).
* Operations: ConvertId (exchangelib's version probe), GetFolder, FindItem
  (with an ``IsEqualTo`` restriction on the Internet message id), GetItem,
  CreateItem, UpdateItem (read flag), DeleteItem and SyncFolderItems, all
  against per-mailbox inboxes held in memory.
* Faults as Exchange sends them: ``ErrorImpersonateUserDenied``,
  ``ErrorNonExistentMailbox``, ``ErrorAccessDenied`` per mailbox, and
  ``ErrorServerBusy`` with ``BackOffMilliseconds`` for the next N requests.
* Autodiscover: POX (``/autodiscover/autodiscover.xml``, Outlook response
  schema with ``EwsUrl``) and SOAP (``/autodiscover/autodiscover.svc``,
  GetUserSettings with ``InternalEwsUrl`` / ``ExternalEwsUrl``).

What it records (``created``, ``operations``) is what the tests count.
"""

from __future__ import annotations

import base64
import email
import email.policy
import http.server
import itertools
import os
import socket
import ssl
import tempfile
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from xml.sax.saxutils import escape, quoteattr

import spnego

from app.certs import TLSMaterial, make_tls_material

HOST = "127.0.0.1"
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
E = "http://schemas.microsoft.com/exchange/services/2006/errors"
POX_RESPONSE = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
POX_OUTLOOK = (
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")
AUTODISCOVER_SOAP = "http://schemas.microsoft.com/exchange/2010/Autodiscover"
EWS_PATH = "/EWS/Exchange.asmx"
POX_PATH = "/autodiscover/autodiscover.xml"
SOAP_AUTODISCOVER_PATH = "/autodiscover/autodiscover.svc"

#: Exchange builds by product, as ServerVersionInfo reports them.
BUILDS = {"2010": (14, 3, 513, 0), "2013": (15, 0, 1497, 2),
          "2016": (15, 1, 2507, 6), "2019": (15, 2, 1544, 4)}

#: The texts Exchange sends with each fault.
FAULT_TEXTS = {
    "ErrorImpersonateUserDenied": "The account does not have permission to "
                                  "impersonate the requested user.",
    "ErrorNonExistentMailbox": "No mailbox with such guid.",
    "ErrorAccessDenied": "Access is denied. Check credentials and try again.",
    "ErrorServerBusy": "The server cannot service this request right now. Try "
                       "again later.",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@dataclass
class Item:
    """One message in a mailbox's inbox."""

    id: str
    subject: str
    message_id: str
    mime: bytes
    is_read: bool = False
    change: int = 1

    @property
    def change_key(self) -> str:
        return f"CK{self.change}"


@dataclass
class Mailbox:
    """One user's inbox, with the change log SyncFolderItems reads."""

    address: str
    items: dict[str, Item] = field(default_factory=dict)
    #: (sequence, kind, item id): kind is create, update or delete.
    changes: list[tuple[int, str, str]] = field(default_factory=list)


@dataclass
class Created:
    """One CreateItem the responder accepted."""

    mailbox: str
    subject: str
    message_id: str


class EwsResponder:
    """HTTPS EWS on a free port of 127.0.0.1; see the module docstring."""

    def __init__(self, *, version: str = "2016", superuser: str = "EXAMPLE\\NPUMAdmin",
                 upn: str = "npumadmin@example.com",
                 password: str = "Secret-1",  # noqa: S107 - a test account
                 schemes: tuple[str, ...] = ("Negotiate", "NTLM", "Basic"),
                 mailboxes: tuple[str, ...] = ("alice@example.com",
                                               "bob@example.com"),
                 tls: TLSMaterial | None = None) -> None:
        self.build = BUILDS[version]
        self.superuser, self.upn, self.password = superuser, upn, password
        self.schemes = schemes
        self.mailboxes = {a.lower(): Mailbox(a) for a in mailboxes}
        #: Mailbox address → fault code for requests impersonating it.
        self.impersonation_faults: dict[str, str] = {}
        #: Fail the next N EWS requests (of operation ``busy_on``, if set) with
        #: ErrorServerBusy.
        self.busy_count = 0
        self.busy_on = ""
        self.busy_back_off_ms = 200
        self.created: list[Created] = []
        self.operations: list[str] = []
        self.autodiscover_hits: list[str] = []
        #: Answer POX Autodiscover with this status instead (0: answer normally).
        self.pox_status = 0
        self._sequence = itertools.count(1)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.tls = tls or make_tls_material(("127.0.0.1", "localhost"))
        self._folder = tempfile.TemporaryDirectory(prefix="ews-")
        folder = Path(self._folder.name)
        cert, key, self.ca_file = self.tls.write(folder)
        domain, user = superuser.split("\\", 1)
        self.ntlm_users = folder / "ntlm-users"
        self.ntlm_users.write_text(f"{domain}:{user}:{password}\n:{upn}:{password}\n",
                                   encoding="utf-8")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self._httpd = _HttpServer(self)
        self._httpd.socket = context.wrap_socket(
            self._httpd.socket, server_side=True, do_handshake_on_connect=False)
        self.port = int(self._httpd.server_address[1])
        self.base = f"https://{HOST}:{self.port}"
        self.ews_url = self.base + EWS_PATH
        self.pox_url = self.base + POX_PATH
        self.soap_autodiscover_url = self.base + SOAP_AUTODISCOVER_PATH
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="test-ews", daemon=True)
        self._old_ntlm_file: str | None = None

    # -- life cycle -------------------------------------------------------------

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        """Serve in a thread; pyspnego's NTLM acceptor reads NTLM_USER_FILE."""
        self._old_ntlm_file = os.environ.get("NTLM_USER_FILE")
        os.environ["NTLM_USER_FILE"] = str(self.ntlm_users)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and join the thread (idempotent)."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(5.0)
            if self._old_ntlm_file is None:
                os.environ.pop("NTLM_USER_FILE", None)
            else:
                os.environ["NTLM_USER_FILE"] = self._old_ntlm_file
        self._httpd.server_close()
        self._folder.cleanup()

    # -- what tests look at and change -------------------------------------------

    def inbox(self, address: str) -> Mailbox:
        """The mailbox of *address*."""
        return self.mailboxes[address.lower()]

    def add_item(self, address: str, subject: str, message_id: str = "",
                 mime: bytes = b"", is_read: bool = False) -> Item:
        """Put a message in *address*'s inbox as if mail had arrived."""
        with self._lock:
            return self._add(self.inbox(address), subject, message_id, mime, is_read)

    def mark_read(self, address: str, item_id: str, read: bool = True) -> None:
        """Change a message's read flag as a mail program would."""
        with self._lock:
            box = self.inbox(address)
            item = box.items[item_id]
            item.is_read = read
            item.change += 1
            box.changes.append((next(self._sequence), "read", item_id))

    def delete_item(self, address: str, item_id: str) -> None:
        """Delete a message as a mail program would."""
        with self._lock:
            box = self.inbox(address)
            del box.items[item_id]
            box.changes.append((next(self._sequence), "delete", item_id))

    def _add(self, box: Mailbox, subject: str, message_id: str, mime: bytes,
             is_read: bool) -> Item:
        item = Item(f"AAMk{next(self._ids):06d}", subject, message_id, mime, is_read)
        box.items[item.id] = item
        box.changes.append((next(self._sequence), "create", item.id))
        return item

    # -- SOAP ---------------------------------------------------------------------

    def envelope(self, body: str) -> bytes:
        """A SOAP answer with this server's ServerVersionInfo header."""
        major, minor, build, revision = self.build
        return (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<s:Envelope xmlns:s="{SOAP}"><s:Header>'
            f'<h:ServerVersionInfo MajorVersion="{major}" MinorVersion="{minor}" '
            f'MajorBuildNumber="{build}" MinorBuildNumber="{revision}" '
            f'Version="V2017_07_11" xmlns:h="{T}" xmlns="{T}"/></s:Header>'
            f'<s:Body xmlns:m="{M}" xmlns:t="{T}">{body}</s:Body></s:Envelope>'
        ).encode()

    def fault(self, code: str, back_off_ms: int = 0) -> bytes:
        """A SOAP fault as Exchange sends it (HTTP 500)."""
        text = FAULT_TEXTS.get(code, code)
        extra = ""
        if back_off_ms:
            extra = (f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">'
                     f"{back_off_ms}</t:Value></t:MessageXml>")
        return self.envelope(
            f"<s:Fault><faultcode xmlns:a=\"{T}\">a:{code}</faultcode>"
            f"<faultstring xml:lang=\"en-US\">{escape(text)}</faultstring>"
            f"<detail><e:ResponseCode xmlns:e=\"{E}\">{code}</e:ResponseCode>"
            f"<e:Message xmlns:e=\"{E}\">{escape(text)}</e:Message>{extra}"
            "</detail></s:Fault>")

    def answer_soap(self, request: bytes) -> tuple[int, bytes]:
        """Status and body for one EWS request."""
        root = ET.fromstring(request)  # noqa: S314 - our own client's XML
        header = root.find(f"{{{SOAP}}}Header")
        body = root.find(f"{{{SOAP}}}Body")
        assert body is not None and len(body)
        operation = body[0]
        name = _local(operation.tag)
        with self._lock:
            self.operations.append(name)
            if self.busy_count > 0 and self.busy_on in ("", name):
                self.busy_count -= 1
                return 500, self.fault("ErrorServerBusy", self.busy_back_off_ms)
        target = ""
        if header is not None:
            found = header.find(f".//{{{T}}}PrimarySmtpAddress")
            target = (found.text or "").strip().lower() if found is not None else ""
        if name == "ConvertId":
            return 200, self._message(
                "ConvertId", '<m:ConvertIdResponseMessage ResponseClass="Error">'
                "<m:MessageText>Id is malformed.</m:MessageText>"
                "<m:ResponseCode>ErrorInvalidIdMalformed</m:ResponseCode>"
                "<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
                "</m:ConvertIdResponseMessage>")
        if target:
            code = self.impersonation_faults.get(target)
            if code is None and target not in self.mailboxes:
                code = "ErrorNonExistentMailbox"
            if code is not None:
                return 500, self.fault(code)
        handler = getattr(self, "_op_" + name, None)
        if handler is None:
            return 500, self.fault("ErrorInvalidRequest")
        with self._lock:
            return 200, handler(operation, self.mailboxes.get(target))

    def _message(self, operation: str, messages: str) -> bytes:
        return self.envelope(f"<m:{operation}Response><m:ResponseMessages>{messages}"
                             f"</m:ResponseMessages></m:{operation}Response>")

    def _ok(self, operation: str, inner: str = "") -> str:
        return (f'<m:{operation}ResponseMessage ResponseClass="Success">'
                f"<m:ResponseCode>NoError</m:ResponseCode>{inner}"
                f"</m:{operation}ResponseMessage>")

    def _error(self, operation: str, code: str, text: str) -> str:
        return (f'<m:{operation}ResponseMessage ResponseClass="Error">'
                f"<m:MessageText>{escape(text)}</m:MessageText>"
                f"<m:ResponseCode>{code}</m:ResponseCode>"
                "<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
                f"</m:{operation}ResponseMessage>")

    @staticmethod
    def _folder_id(box: Mailbox) -> str:
        return "inbox-" + base64.b64encode(box.address.encode()).decode()

    def _folder_xml(self, box: Mailbox) -> str:
        unread = sum(not i.is_read for i in box.items.values())
        return (f'<t:Folder><t:FolderId Id="{self._folder_id(box)}" ChangeKey="AQ"/>'
                "<t:FolderClass>IPF.Note</t:FolderClass>"
                "<t:DisplayName>Inbox</t:DisplayName>"
                f"<t:TotalCount>{len(box.items)}</t:TotalCount>"
                "<t:ChildFolderCount>0</t:ChildFolderCount>"
                f"<t:UnreadCount>{unread}</t:UnreadCount></t:Folder>")

    @staticmethod
    def _item_xml(item: Item, full: bool = True) -> str:
        inner = f'<t:ItemId Id="{item.id}" ChangeKey="{item.change_key}"/>'
        if full:
            inner += (f"<t:Subject>{escape(item.subject)}</t:Subject>"
                      f"<t:IsRead>{'true' if item.is_read else 'false'}</t:IsRead>")
            if item.message_id:
                inner += (f"<t:InternetMessageId>{escape(item.message_id)}"
                          "</t:InternetMessageId>")
        return f"<t:Message>{inner}</t:Message>"

    def _op_GetFolder(self, op: ET.Element, box: Mailbox | None) -> bytes:  # noqa: N802
        if box is None:
            return self._message("GetFolder", self._error(
                "GetFolder", "ErrorAccessDenied", FAULT_TEXTS["ErrorAccessDenied"]))
        return self._message("GetFolder", self._ok(
            "GetFolder", f"<m:Folders>{self._folder_xml(box)}</m:Folders>"))

    def _op_FindItem(self, op: ET.Element, box: Mailbox | None) -> bytes:  # noqa: N802
        assert box is not None
        items = list(box.items.values())
        wanted = op.find(f".//{{{T}}}IsEqualTo")
        if wanted is not None:
            field_uri = wanted.find(f"{{{T}}}FieldURI")
            constant = wanted.find(f".//{{{T}}}Constant")
            if (field_uri is not None and constant is not None
                    and field_uri.get("FieldURI") == "message:InternetMessageId"):
                value = constant.get("Value", "")
                items = [i for i in items if i.message_id == value]
        shown = "".join(self._item_xml(i) for i in items)
        return self._message("FindItem", self._ok(
            "FindItem", f'<m:RootFolder IndexedPagingOffset="{len(items)}" '
            f'TotalItemsInView="{len(items)}" IncludesLastItemInRange="true">'
            f"<t:Items>{shown}</t:Items></m:RootFolder>"))

    def _op_GetItem(self, op: ET.Element, box: Mailbox | None) -> bytes:  # noqa: N802
        assert box is not None
        parts = []
        for ref in op.iter(f"{{{T}}}ItemId"):
            item = box.items.get(ref.get("Id", ""))
            parts.append(self._error("GetItem", "ErrorItemNotFound",
                                     "The specified object was not found in the "
                                     "store.") if item is None else self._ok(
                "GetItem", f"<m:Items>{self._item_xml(item)}</m:Items>"))
        return self._message("GetItem", "".join(parts))

    def _op_CreateItem(  # noqa: N802
            self, op: ET.Element, box: Mailbox | None) -> bytes:
        assert box is not None
        parts = []
        for message in op.iter(f"{{{T}}}Message"):
            mime_el = message.find(f"{{{T}}}MimeContent")
            mime = base64.b64decode(mime_el.text or "") if mime_el is not None else b""
            subject = message.findtext(f"{{{T}}}Subject") or _header(mime, "Subject")
            message_id = (message.findtext(f"{{{T}}}InternetMessageId")
                          or _header(mime, "Message-ID"))
            read = _boolean(message.findtext(f"{{{T}}}IsRead") or "false")
            item = self._add(box, subject, message_id, mime, read)
            self.created.append(Created(box.address, subject, message_id))
            shown = self._item_xml(item, full=False)
            parts.append(self._ok("CreateItem", f"<m:Items>{shown}</m:Items>"))
        return self._message("CreateItem", "".join(parts))

    def _op_UpdateItem(  # noqa: N802
            self, op: ET.Element, box: Mailbox | None) -> bytes:
        assert box is not None
        parts = []
        for change in op.iter(f"{{{T}}}ItemChange"):
            ref = change.find(f"{{{T}}}ItemId")
            item = box.items.get(ref.get("Id", "") if ref is not None else "")
            if item is None:
                parts.append(self._error("UpdateItem", "ErrorItemNotFound",
                                         "The specified object was not found in "
                                         "the store."))
                continue
            read = change.findtext(f".//{{{T}}}IsRead")
            if read is not None:
                item.is_read = _boolean(read)
            item.change += 1
            box.changes.append((next(self._sequence),
                                "read" if read is not None else "update", item.id))
            shown = self._item_xml(item, full=False)
            parts.append(self._ok("UpdateItem", f"<m:Items>{shown}</m:Items>"))
        return self._message("UpdateItem", "".join(parts))

    def _op_DeleteItem(  # noqa: N802
            self, op: ET.Element, box: Mailbox | None) -> bytes:
        assert box is not None
        parts = []
        for ref in op.iter(f"{{{T}}}ItemId"):
            item_id = ref.get("Id", "")
            if item_id in box.items:
                del box.items[item_id]
                box.changes.append((next(self._sequence), "delete", item_id))
                parts.append(self._ok("DeleteItem"))
            else:
                parts.append(self._error("DeleteItem", "ErrorItemNotFound",
                                         "The specified object was not found in "
                                         "the store."))
        return self._message("DeleteItem", "".join(parts))

    def _op_SyncFolderItems(self, op: ET.Element, box: Mailbox | None,  # noqa: N802
                            ) -> bytes:
        assert box is not None
        state = (op.findtext(f"{{{M}}}SyncState") or "").strip()
        since = int(state) if state.isdigit() else 0
        latest = box.changes[-1][0] if box.changes else 0
        # One change per item, as Exchange reports them: what it is now.
        kinds: dict[str, set[str]] = {}
        for number, kind, item_id in box.changes:
            if number > since:
                kinds.setdefault(item_id, set()).add(kind)
        parts = []
        for item_id, seen in kinds.items():
            item = box.items.get(item_id)
            if item is None:
                if "create" not in seen:
                    parts.append(f'<t:Delete><t:ItemId Id="{item_id}" '
                                 'ChangeKey="CK0"/></t:Delete>')
            elif "create" in seen:
                parts.append(f"<t:Create>{self._item_xml(item)}</t:Create>")
            elif seen == {"read"}:
                parts.append(f'<t:ReadFlagChange><t:ItemId Id="{item.id}" '
                             f'ChangeKey="{item.change_key}"/><t:IsRead>'
                             f"{'true' if item.is_read else 'false'}</t:IsRead>"
                             "</t:ReadFlagChange>")
            else:
                parts.append(f"<t:Update>{self._item_xml(item)}</t:Update>")
        return self._message("SyncFolderItems", self._ok(
            "SyncFolderItems", f"<m:SyncState>{latest}</m:SyncState>"
            "<m:IncludesLastItemInRange>true</m:IncludesLastItemInRange>"
            f"<m:Changes>{''.join(parts)}</m:Changes>"))

    # -- Autodiscover -------------------------------------------------------------

    def answer_pox(self, request: bytes) -> tuple[int, bytes]:
        """The POX Autodiscover answer for the address asked about."""
        root = ET.fromstring(request)  # noqa: S314 - our own client's XML
        address = next((e.text or "" for e in root.iter()
                        if _local(e.tag) == "EMailAddress"), "").strip()
        self.autodiscover_hits.append("pox:" + address)
        if address.lower() not in self.mailboxes:
            return 200, (
                f'<?xml version="1.0" encoding="utf-8"?><Autodiscover '
                f'xmlns="{POX_RESPONSE}"><Response><Error Time="12:00:00" '
                'Id="2477348574"><ErrorCode>500</ErrorCode><Message>The email '
                "address can't be found.</Message><DebugData/></Error></Response>"
                "</Autodiscover>").encode()
        return 200, (
            f'<?xml version="1.0" encoding="utf-8"?><Autodiscover '
            f'xmlns="{POX_RESPONSE}"><Response xmlns="{POX_OUTLOOK}">'
            f"<User><DisplayName>{escape(address)}</DisplayName>"
            f"<AutoDiscoverSMTPAddress>{escape(address)}</AutoDiscoverSMTPAddress>"
            "</User><Account><AccountType>email</AccountType><Action>settings"
            "</Action><Protocol><Type>EXCH</Type><Server>ex01.example.com</Server>"
            f"<ASUrl>{escape(self.ews_url)}</ASUrl><EwsUrl>{escape(self.ews_url)}"
            "</EwsUrl></Protocol><Protocol><Type>EXPR</Type>"
            f"<EwsUrl>{escape(self.ews_url)}</EwsUrl></Protocol></Account>"
            "</Response></Autodiscover>").encode()

    def answer_soap_autodiscover(self, request: bytes) -> tuple[int, bytes]:
        """GetUserSettings: the internal and external EWS URLs."""
        root = ET.fromstring(request)  # noqa: S314 - our own client's XML
        address = next((e.text or "" for e in root.iter()
                        if _local(e.tag) == "Mailbox"), "").strip()
        self.autodiscover_hits.append("soap:" + address)
        known = address.lower() in self.mailboxes
        settings = "".join(
            f"<UserSetting i:type=\"StringSetting\"><Name>{name}</Name>"
            f"<Value>{escape(self.ews_url)}</Value></UserSetting>"
            for name in ("InternalEwsUrl", "ExternalEwsUrl")) if known else ""
        code = "NoError" if known else "InvalidUser"
        return 200, (
            f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}" '
            'xmlns:a="http://www.w3.org/2005/08/addressing"><s:Body>'
            f'<GetUserSettingsResponseMessage xmlns="{AUTODISCOVER_SOAP}">'
            '<Response xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
            "<ErrorCode>NoError</ErrorCode><ErrorMessage/><UserResponses>"
            f"<UserResponse><ErrorCode>{code}</ErrorCode><ErrorMessage/>"
            f"<UserSettings>{settings}</UserSettings></UserResponse>"
            "</UserResponses></Response></GetUserSettingsResponseMessage>"
            "</s:Body></s:Envelope>").encode()


def _boolean(text: str) -> bool:
    """An xs:boolean: "true" or "1" (exchangelib sends the digit)."""
    return text.strip().lower() in ("true", "1")


def _header(mime: bytes, name: str) -> str:
    """One header of a MIME message ("" if absent)."""
    message = email.message_from_bytes(mime, policy=email.policy.default)
    return str(message.get(name, "")).strip()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _HttpServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.request.settimeout(10.0)
        # Headers and body go out in separate writes; without this, Nagle's
        # algorithm and delayed ACKs add ~40 ms to every exchange.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.request.do_handshake()
        super().setup()
        #: IIS authenticates an NTLM connection once, not each request.
        self.authenticated = False
        self.ntlm: Any = None

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        owner = self.server.owner
        path = self.path.split("?", 1)[0].lower()
        if path not in (EWS_PATH.lower(), POX_PATH, SOAP_AUTODISCOVER_PATH):
            self._send(404, b"Not found", "text/plain")
            return
        if not self._authenticate(owner):
            return
        if path == POX_PATH:
            status, answer = ((owner.pox_status, b"") if owner.pox_status
                              else owner.answer_pox(body))
        elif path == SOAP_AUTODISCOVER_PATH:
            status, answer = owner.answer_soap_autodiscover(body)
        else:
            status, answer = owner.answer_soap(body)
        self._send(status, answer)

    def _authenticate(self, owner: EwsResponder) -> bool:
        """Check the Authorization header; send the 401 and return False if not."""
        if self.authenticated:
            return True
        given = self.headers.get("Authorization", "")
        scheme, _sep, token = given.partition(" ")
        scheme = scheme.lower()
        offered = [s.lower() for s in owner.schemes]
        if scheme == "basic" and "basic" in offered:
            user, _sep, password = base64.b64decode(token).decode().partition(":")
            if (user.lower() in (owner.superuser.lower(), owner.upn.lower())
                    and password == owner.password):
                return True
        elif scheme in ("ntlm", "negotiate") and scheme in offered:
            return self._ntlm_step(scheme, token)
        self._unauthorized(owner)
        return False

    def _ntlm_step(self, scheme: str, token: str) -> bool:
        raw = base64.b64decode(token)
        if raw[8:9] == b"\x01" or self.ntlm is None:
            self.ntlm = spnego.server(protocol="ntlm")
        try:
            out = self.ntlm.step(raw)
        except spnego.exceptions.SpnegoError:
            self.ntlm = None
            self._unauthorized(self.server.owner)
            return False
        if not self.ntlm.complete:
            challenge = f"{scheme.upper() if scheme == 'ntlm' else 'Negotiate'} " \
                        + base64.b64encode(out or b"").decode()
            self._send(401, b"", "text/html", [("WWW-Authenticate", challenge)])
            return False
        self.authenticated = True
        return True

    def _unauthorized(self, owner: EwsResponder) -> None:
        headers = [("WWW-Authenticate", s if s != "Basic"
                    else f'Basic realm={quoteattr(HOST)}') for s in owner.schemes]
        self._send(401, b"401 - Unauthorized: Access is denied due to invalid "
                        b"credentials.", "text/html", headers)

    def _send(self, status: int, body: bytes, kind: str = "text/xml; charset=utf-8",
              headers: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Powered-By", "ASP.NET")
        for name, value in headers or []:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _HttpServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, owner: EwsResponder) -> None:
        self.owner = owner
        super().__init__((HOST, 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up (timeouts, refused certificates) are expected.
        pass
