"""The gateway's own pages: Exchange Web Services, and the superuser for it.

After "This computer" (names and versions of the Exchange servers), the
gateway path asks for each server's EWS address (or leaves it to
Autodiscover), then for the superuser as Windows knows it and how it signs
in. The voicemail boxes, the live test, the summary and Apply are shared
with the IMAP connector's path; the test runs over EWS for a gateway site.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.model import (
    Deployment,
    EwsAuth,
    FieldProblem,
    check_ews_addresses,
    check_gateway,
    name_gateway_server,
)
from ui.pages import UsersPage, _note
from ui.wizard import (
    Page,
    ProblemLabel,
    give_help,
    scroll_layout,
    set_level,
    show_store_note,
)
from ui.worker import run_in_background

log = logging.getLogger(__name__)


class ExchangeServersPage(Page):
    """Each Exchange server's EWS address; Autodiscover and trust settings."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Exchange Web Services"))
        self.setSubTitle(self.tr("The gateway reaches each Exchange server through "
                                 "its web services (EWS)."))
        self.why = _note(self.tr(
            "ℹ The Exchange gateway (MAPI gateway) talks to on-premises Exchange "
            "through Exchange Web Services, opening each UM user's mailbox as the "
            "superuser by impersonation. It is not offered for Office 365: "
            "Exchange Online has switched EWS and the impersonation role off, so "
            "Office 365 is reached through the IMAP connector with OAuth 2.0."))
        set_level(self.why, "info")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([
            self.tr("Exchange server"), self.tr("Version"), self.tr("EWS address")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("EWS addresses"))
        self.table.setAccessibleDescription(self.tr(
            "One row per Exchange server; type its EWS address, or leave it "
            "empty for Autodiscover to find it."))
        self.table.setTabKeyNavigation(False)
        self.table.setMaximumHeight(150)
        self.autodiscover = QLineEdit()
        self.autodiscover.setPlaceholderText(self.tr(
            "empty: the standard Autodiscover addresses of the test mailbox's domain"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("empty: the system's authorities"))
        self.autodiscover.setAccessibleName(self.tr("Autodiscover address"))
        self.ca_file.setAccessibleName(self.tr("Certificate authority file"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setAccessibleName(self.tr("Browse for the certificate authority "
                                         "file"))
        browse.clicked.connect(self._browse_ca)
        ca_row = QWidget()
        # The row label's mnemonic focuses the row; the row hands it to the field.
        ca_row.setFocusProxy(self.ca_file)
        row = QHBoxLayout(ca_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ca_file, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("A&utodiscover address:"), self.autodiscover)
        ca_label = QLabel(self.tr("Certificate &authority:"))
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        for widget, text in (
            (self.autodiscover, self.tr("Only if the standard addresses "
                                        "(autodiscover.<domain>) do not answer.")),
            (self.ca_file, self.tr("The PEM file of the authority that signed "
                                   "Exchange's certificate, if it is private.")),
        ):
            give_help(widget, text)
        self.problems = ProblemLabel()
        layout = scroll_layout(self)
        layout.addWidget(self.why)
        table_label = QLabel(self.tr("E&WS address of each server:"))
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table)
        layout.addWidget(_note(self.tr(
            "An empty address is found by Autodiscover during the test; "
            "usually it is https://<server>/EWS/Exchange.asmx.")))
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self._loading = False
        #: EWS addresses typed here, by server: "This computer" rebuilds the
        #: server list when revisited, and they must survive that.
        self._typed: dict[str, str] = {}
        self.table.itemChanged.connect(self._changed)
        self.autodiscover.textChanged.connect(self._changed)
        self.ca_file.textChanged.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802
        """One row per Exchange server named on the previous page."""
        self._warm_up()
        dep = self.dep
        self._loading = True
        self.table.setRowCount(0)
        for server in dep.site.exchange_servers:
            server.ews_url = server.ews_url or self._typed.get(server.host, "")
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((server.host, server.version or "?")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, 2, QTableWidgetItem(server.ews_url))
        self.autodiscover.setText(dep.gateway.autodiscover_url)
        self.ca_file.setText(dep.gateway.ca_file)
        self._loading = False
        self._changed()

    def _warm_up(self) -> None:
        """Import the EWS client (~0.3 s) off the GUI thread, before the test."""
        if "app.ews_probe" in sys.modules:
            return

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            return importlib.import_module("app.ews_probe")

        self.wizard_().track(run_in_background(job, self))

    def set_ews_url(self, row: int, url: str) -> None:
        """Type *url* as the EWS address of the server in *row*."""
        item = self.table.item(row, 2)
        assert item is not None
        item.setText(url)

    def _browse_ca(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _changed(self) -> None:
        if self._loading:
            return
        dep = self.dep
        for row, server in enumerate(dep.site.exchange_servers):
            item = self.table.item(row, 2)
            server.ews_url = item.text().strip() if item is not None else ""
            self._typed[server.host] = server.ews_url
        dep.gateway.autodiscover_url = self.autodiscover.text().strip()
        dep.gateway.ca_file = self.ca_file.text().strip()
        name_gateway_server(dep)
        self.problems.show_problems(check_ews_addresses(dep))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Next needs well-formed addresses (or none) and an existing CA file."""
        return not check_ews_addresses(self.dep)


class GatewayAccountsPage(Page):
    """The superuser as Windows knows it, its password and how it signs in."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Superuser account"))
        self.setSubTitle(self.tr("The account that opens every UM user's mailbox "
                                 "by impersonation (NPUMAdmin in the UM "
                                 "documentation)."))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("EXAMPLE\\NPUMAdmin or "
                                              "npumadmin@example.com"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Superuser password"))
        self.show_password = QCheckBox(self.tr("S&how"))
        self.show_password.setAccessibleName(self.tr("Show the password"))
        text = self.tr("Show the password as typed, to check it; nothing else "
                       "changes.")
        self.show_password.setToolTip(text)
        self.show_password.setAccessibleDescription(text)
        self.show_password.toggled.connect(
            lambda shown: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        self.auth = QComboBox()
        for method in EwsAuth:
            self.auth.addItem(method.label, method)
        password_row = QWidget()
        row = QHBoxLayout(password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        self.login.setAccessibleName(self.tr("Superuser login"))
        self.auth.setAccessibleName(self.tr("Sign-in method"))
        password_row.setFocusProxy(self.password)
        form = QFormLayout()
        form.addRow(self.tr("Superuser &login:"), self.login)
        password_label = QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_row)
        form.addRow(self.tr("&Sign-in:"), self.auth)
        for widget, text in (
            (self.login, self.tr("DOMAIN\\account (down-level name) or the "
                                 "account's UPN.")),
            (self.password, self.tr("Kept in the credential store, never in the "
                                    "configuration file.")),
            (self.auth, self.tr("NTLM is the Windows sign-in Exchange offers by "
                                "default; the test reads what the server offers "
                                "and says when NTLM is missing.")),
        ):
            give_help(widget, text)
        self.rights = _note(self.tr(
            "ℹ The superuser needs the ApplicationImpersonation role in Exchange "
            "(more than an ordinary administrator's rights). The connection test "
            "checks it and shows the PowerShell that grants it if it is missing."))
        set_level(self.rights, "info")
        self.store_note = _note(name="store")
        self.problems = ProblemLabel()
        layout = scroll_layout(self)
        layout.addLayout(form)
        layout.addWidget(self.rights)
        layout.addWidget(self.store_note)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self._loading = False
        self.login.textChanged.connect(self._changed)
        self.password.textChanged.connect(self._changed)
        self.auth.currentIndexChanged.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802
        """Show the answers and where the password will be kept."""
        self._loading = True
        self.login.setText(self.dep.superuser.login)
        self.password.setText(self.wizard_().password)
        self.auth.setCurrentIndex(self.auth.findData(self.dep.gateway.auth))
        self._loading = False
        show_store_note(self.store_note, lambda store: self.tr(
            "ℹ The password will be kept in the credential store: {store}.")
            .format(store=store))
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        dep = self.dep
        dep.superuser.login = self.login.text().strip()
        dep.gateway.auth = EwsAuth(self.auth.currentData())
        self.wizard_().password = self.password.text()
        self.problems.show_problems(self._problems())
        self.completeChanged.emit()

    def _problems(self) -> list[FieldProblem]:
        problems = [p for p in check_gateway(self.dep)
                    if p.field.startswith("superuser")]
        if not self.dep.superuser.login:
            problems.append(FieldProblem(
                "superuser.login", self.tr("Superuser account"), self.tr("is empty."),
                self.tr("Enter it as EXAMPLE\\NPUMAdmin or npumadmin@example.com.")))
        if not self.password.text():
            problems.append(FieldProblem(
                "password", self.tr("Password"), self.tr("is empty."),
                self.tr("Enter the superuser's password.")))
        return problems

    def isComplete(self) -> bool:  # noqa: N802
        """Next needs a well-formed login and a password."""
        return not self._problems()

    def nextId(self) -> int:  # noqa: N802
        """The voicemail boxes page, shared with the IMAP path."""
        return self.wizard_().page_id(UsersPage)


def gateway_summary_rows(page: Page, dep: Deployment) -> list[tuple[str, str]]:
    """The summary's rows about Exchange, for a gateway deployment."""
    # Written out call by call under the summary page's context: lupdate reads
    # only literal strings, and *page* is the summary page.
    by_autodiscover = QCoreApplication.translate("SummaryPage",
                                                 "EWS address by Autodiscover")
    servers = "; ".join(
        f"{s.host} ("
        + (QCoreApplication.translate("SummaryPage", "Exchange {v}")
           .format(v=s.version) if s.version else "?")
        + f") — {s.ews_url or by_autodiscover}"
        for s in dep.site.exchange_servers)
    superuser = QCoreApplication.translate(
        "SummaryPage", "{login}, sign-in: {auth}, by impersonation").format(
        login=dep.superuser.login, auth=dep.gateway.auth.label)
    return [
        (QCoreApplication.translate("SummaryPage", "Exchange servers"), servers),
        (QCoreApplication.translate("SummaryPage", "Superuser"), superuser),
    ]
