"""Help in the wizard: each page's "What is this?" text, shown by F1 or Help.

A page's longer explanation lives in its ``whatsThis``; the wizard's Help
button (and F1 anywhere) shows the current page's. The texts are kept here,
in one place, so they read as one voice and translators find them together.
The connection test also uses :func:`fix_page` to send the technician from a
failed step to the page where its setting is made.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWizard

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ui.wizard import SetupWizard

log = logging.getLogger(__name__)


def page_help(page_class: str) -> str:
    """The "What is this?" text of the page class named *page_class*, or ''."""
    # Written out call by call: lupdate reads only literal strings.
    texts = {
        "WelcomePage": QCoreApplication.translate(
            "PageHelp",
            "This wizard connects the voicemail system to the customer's mail "
            "server. It asks about the site, the server and the superuser, tests "
            "every step live, and only changes something when you press Apply. "
            "A prepared answer file (Load answers…) fills every page in; "
            "passwords are never part of it."),
        "SitePage": QCoreApplication.translate(
            "PageHelp",
            "The kind of mail server and the number of UM users decide which "
            "adapter the site needs: the IMAP connector (one mail server, up to "
            "500 users on Exchange) or the Exchange gateway on its own Windows "
            "computer. An error here keeps Next off and says why; a warning "
            "needs your tick after checking it with the customer."),
        "ComputerPage": QCoreApplication.translate(
            "PageHelp",
            "The Exchange gateway runs on a Windows computer of its own, in the "
            "same domain as the Exchange servers and never on the UM server. "
            "This page reads this computer's facts and checks them, and the "
            "names you enter, against those rules."),
        "ExchangeServersPage": QCoreApplication.translate(
            "PageHelp",
            "The gateway reaches each Exchange server through Exchange Web "
            "Services (EWS). Type a server's EWS address, or leave it empty and "
            "the test finds it by Autodiscover from the test mailbox's domain. "
            "A private certificate authority that signed Exchange's certificate "
            "is given here as a PEM file."),
        "GatewayAccountsPage": QCoreApplication.translate(
            "PageHelp",
            "The superuser (NPUMAdmin) opens every UM user's mailbox through "
            "EWS impersonation, so it needs the ApplicationImpersonation role. "
            "Give it as DOMAIN\\account or as its UPN; NTLM is the sign-in "
            "Exchange offers by default. The password goes to the credential "
            "store, never to a file."),
        "Office365Page": QCoreApplication.translate(
            "PageHelp",
            "Office 365 takes no passwords over IMAP: the connector signs in with "
            "OAuth 2.0 as an app registration. Copy the tenant and client IDs "
            "and the client secret's Value (or a certificate) from the Entra "
            "admin center; the tenant administrator then runs the commands shown "
            "once, which open only the UM users' mailboxes to the app."),
        "GooglePage": QCoreApplication.translate(
            "PageHelp",
            "Google Workspace takes no ordinary passwords over IMAP. A service "
            "account's JSON key, with domain-wide delegation granted once by the "
            "Workspace administrator, opens every UM user's mailbox with OAuth "
            "2.0. An app password works instead for one account that may open "
            "the others. The key goes to the credential store, never to a file."),
        "ServerPage": QCoreApplication.translate(
            "PageHelp",
            "The IMAP server the connector logs in to. Use the name on the "
            "server's certificate, port 993 with TLS or 143 with STARTTLS. A "
            "private certificate authority or one trusted certificate can be "
            "given here; the connection test offers the fingerprint when a "
            "certificate is refused."),
        "AccountsPage": QCoreApplication.translate(
            "PageHelp",
            "The superuser (NPUMAdmin) opens every UM user's mailbox on that "
            "user's behalf. Choose how the server lets it do so: a SASL "
            "authorization identity (Dovecot and most servers), a master user "
            "login, or Exchange's DOMAIN\\superuser\\alias form. The password "
            "goes to the credential store, never to a file."),
        "UsersPage": QCoreApplication.translate(
            "PageHelp",
            "The spool is the folder where the UM system keeps voicemail, one "
            "folder per context and box inside. Each row ties a voicemail box to "
            "the mail login of its owner. The connection test writes and removes "
            "one message in the test mailbox chosen here."),
        "ConnectionTestPage": QCoreApplication.translate(
            "PageHelp",
            "The test takes every step the connector will take, against the real "
            "server, and times each one. A failed step opens by itself and says "
            "what to do first; Go to the page takes you where the setting is "
            "made. The test leaves nothing behind in the mailbox."),
        "SummaryPage": QCoreApplication.translate(
            "PageHelp",
            "What Apply will write and start, for a last look. Nothing has been "
            "changed yet. Go Back to correct an answer; the connection test then "
            "runs again."),
        "FinishPage": QCoreApplication.translate(
            "PageHelp",
            "Apply keeps the password in the credential store, writes the "
            "configuration and starts the connector. The status below is live: "
            "whether the service runs, its last sync and its last log lines."),
    }
    return texts.get(page_class, "")


def fix_page(step_key: str) -> str:
    """The page class where the setting behind a failed test step is made."""
    return {
        "dns": "ServerPage", "tcp": "ServerPage", "tls": "ServerPage",
        "greeting": "ServerPage", "capabilities": "ServerPage",
        "login": "AccountsPage", "mailbox": "UsersPage",
    }.get(step_key, "")


def install(wizard: SetupWizard) -> None:
    """Give every page its help text and the wizard a Help button and F1."""
    for page in wizard.pages:
        if not page.whatsThis():
            page.setWhatsThis(page_help(type(page).__name__))
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
    wizard.setButtonText(QWizard.WizardButton.HelpButton,
                         QCoreApplication.translate("PageHelp", "What is this?"))
    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    help_button.setToolTip(QCoreApplication.translate(
        "PageHelp", "Explain this page (F1)"))
    wizard.helpRequested.connect(lambda: show(wizard))
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), wizard)
    shortcut.activated.connect(lambda: show(wizard))


def show(wizard: SetupWizard) -> QMessageBox | None:
    """Show the current page's help beside the wizard, without blocking it."""
    page = wizard.currentPage()
    if page is None or not page.whatsThis():
        return None
    # Reached when asked for: its type is slow to load before the first paint.
    kind = QtWidgets.QMessageBox
    box = kind(kind.Icon.Information, page.title(), page.whatsThis(),
               kind.StandardButton.Close, wizard)
    box.setObjectName("page-help")
    box.setAccessibleName(QCoreApplication.translate("PageHelp", "What is this?"))
    box.open()
    log.debug("Help shown for %s", type(page).__name__)
    return box
