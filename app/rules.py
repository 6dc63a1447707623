"""Which adapter a site needs, and the deployment rules that decide it.

Each rule is a row: its id from the product brief, the check, a level and a
sentence with its remedy. The wizard, the command line and the service ask
the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.i18n import _
from app.model import Adapter, ServerKind, Site

IMAP_LIMIT_EXCHANGE = 500
IMAP_LIMIT_GOOGLE = 2_500
GATEWAY_LIMIT = 2_500


class Level(StrEnum):
    """How much a finding matters: an error blocks, a warning needs a tick."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One rule's verdict about the site being configured."""

    rule: str
    level: Level
    message: str
    remedy: str = ""


@dataclass(frozen=True)
class Recommendation:
    """The adapter a site needs and the one sentence that says why."""

    adapter: Adapter
    reason: str


def recommend(site: Site) -> Recommendation:
    """Choose the adapter for *site* (rules R1, R2, R4, R5, R6)."""
    kind = site.kind
    if kind is ServerKind.GOOGLE:
        return Recommendation(Adapter.IMAP_CONNECTOR, _(
            "Google Workspace is always reached through the IMAP connector; "
            "the Exchange gateway does not support it."))
    if kind is ServerKind.OFFICE_365:
        return Recommendation(Adapter.IMAP_CONNECTOR, _(
            "Office 365 is reached through the IMAP connector: Exchange Online "
            "no longer offers the web services the gateway uses."))
    if site.mail_servers >= 2:
        return Recommendation(Adapter.EXCHANGE_GATEWAY, _(
            "{n} Exchange servers need the Exchange gateway: the IMAP connector "
            "serves exactly one mail server.").format(n=site.mail_servers))
    if site.um_users > IMAP_LIMIT_EXCHANGE:
        return Recommendation(Adapter.EXCHANGE_GATEWAY, _(
            "{n} UM users need the Exchange gateway: the IMAP connector serves "
            "at most 500 users on Exchange.").format(n=site.um_users))
    return Recommendation(Adapter.IMAP_CONNECTOR, _(
        "{n} UM users on one Exchange server fit the IMAP connector "
        "(up to 500), the default adapter.").format(n=site.um_users))


Check = Callable[[Site, Adapter], Finding | None]


def _office365_limit(site: Site, adapter: Adapter) -> Finding | None:
    if site.kind is ServerKind.OFFICE_365 and site.um_users > IMAP_LIMIT_EXCHANGE:
        return Finding("R4", Level.ERROR, _(
            "Office 365 with {n} UM users has no documented configuration: "
            "the IMAP connector stops at 500 and the gateway cannot reach "
            "Exchange Online.").format(n=site.um_users), _(
            "Split the users across UM systems of at most 500 users each, "
            "or ask the UM vendor for a supported design."))
    return None


def _google_limit(site: Site, adapter: Adapter) -> Finding | None:
    if site.kind is ServerKind.GOOGLE and site.um_users > IMAP_LIMIT_GOOGLE:
        return Finding("R4", Level.ERROR, _(
            "The IMAP connector serves at most 2,500 UM users with Google "
            "Workspace; this site has {n}.").format(n=site.um_users), _(
            "Reduce the number of UM users on this UM system to 2,500."))
    return None


def _google_servers(site: Site, adapter: Adapter) -> Finding | None:
    if site.kind is ServerKind.GOOGLE and site.mail_servers > 1:
        return Finding("R3", Level.ERROR, _(
            "The IMAP connector serves exactly one mail server, and Google "
            "Workspace has no gateway alternative."), _(
            "Enter 1: Google Workspace is one service, however many data "
            "centres it uses."))
    return None


def _gateway_limit(site: Site, adapter: Adapter) -> Finding | None:
    if adapter is Adapter.EXCHANGE_GATEWAY and site.um_users > GATEWAY_LIMIT:
        return Finding("R7", Level.ERROR, _(
            "The Exchange gateway serves at most 2,500 UM users; this site has "
            "{n}.").format(n=site.um_users), _(
            "Split the users across UM systems of at most 2,500 users each."))
    return None


# FIXME: the wizard cannot set up the Exchange gateway yet, so sites that need it
# are blocked here instead of being led through the gateway pages.
def _gateway_pending(site: Site, adapter: Adapter) -> Finding | None:
    if adapter is Adapter.EXCHANGE_GATEWAY:
        return Finding("R1", Level.ERROR, _(
            "This site needs the Exchange gateway, which this version of the "
            "wizard cannot set up yet."), _(
            "Install the gateway by hand as the UM system's manual describes, "
            "or reduce the site to one Exchange server and 500 users."))
    return None


def _hosted_delay(site: Site, adapter: Adapter) -> Finding | None:
    if site.kind in (ServerKind.GOOGLE, ServerKind.OFFICE_365):
        return Finding("R14", Level.INFO, _(
            "Hosted mail can deliver late: a voicemail's email may carry a "
            "later time than the call itself. That is expected."))
    return None


#: The rules in the order they are reported.
RULES: tuple[Check, ...] = (
    _office365_limit,
    _google_limit,
    _google_servers,
    _gateway_limit,
    _gateway_pending,
    _hosted_delay,
)


def findings(site: Site) -> list[Finding]:
    """Every rule's finding about *site*, errors first."""
    adapter = recommend(site).adapter
    found = [f for rule in RULES if (f := rule(site, adapter)) is not None]
    order = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}
    return sorted(found, key=lambda f: order[f.level])
