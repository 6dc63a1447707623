"""Looking into a test user's mailbox over a fresh IMAP login, as a mail client."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from imapclient import IMAPClient

from tests.support.dovecot import Dovecot


@contextmanager
def client_of(server: Dovecot, user: str, folder: str = "INBOX",
              readonly: bool = False) -> Iterator[IMAPClient]:
    """A logged-in client with *folder* of *user*'s mailbox selected."""
    with IMAPClient(server.host, port=server.tls_port, ssl=True,
                    ssl_context=server.ssl_context(), timeout=10) as client:
        client.plain_login(server.master_user, server.master_password,
                           authorization_identity=user)
        client.select_folder(folder, readonly=readonly)
        yield client


def messages(server: Dovecot, user: str, folder: str = "INBOX",
             ) -> list[tuple[int, EmailMessage, tuple[bytes, ...]]]:
    """(UID, message, flags) of every message in *folder*, oldest first."""
    with client_of(server, user, folder, readonly=True) as client:
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    found = []
    for uid in sorted(fetched):
        message = email.message_from_bytes(fetched[uid][b"BODY[]"],
                                           policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        found.append((uid, message, tuple(fetched[uid][b"FLAGS"])))
    return found
