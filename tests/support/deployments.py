"""Deployments the service tests share: one for the suite's Dovecot, one offline."""

from __future__ import annotations

from pathlib import Path

from app.model import (
    Deployment,
    ImapServer,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)
from tests.support.dovecot import Dovecot


def for_dovecot(dovecot: Dovecot, spool: Path) -> Deployment:
    """Alice's mailbox 1001 on the test Dovecot, polled fast, over TLS."""
    return Deployment(
        server=ImapServer(host="127.0.0.1", port=dovecot.tls_port,
                          security=Security.TLS, ca_file=str(dovecot.ca_file)),
        superuser=Superuser(login=dovecot.master_user),
        users=[VoicemailUser(mailbox="1001", login="alice")], sample_user="alice",
        service=ServiceOptions(spool=str(spool), poll_seconds=0.2, settle_seconds=0))


def offline(spool: Path) -> Deployment:
    """A valid deployment for a server nobody contacts (files only)."""
    return Deployment(
        server=ImapServer(host="mail.example.com", port=993, security=Security.TLS),
        superuser=Superuser(login="npumadmin"),
        users=[VoicemailUser(mailbox="1001", login="alice")],
        sample_user="alice", service=ServiceOptions(spool=str(spool)))
