"""The wizard's input pages: welcome, site, mail server, accounts, users, summary."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import config, secrets
from app.autodetect import PROVIDERS
from app.model import (
    Adapter,
    AdapterChoice,
    AuthMethod,
    Deployment,
    FieldProblem,
    Impersonation,
    Security,
    ServerKind,
    VoicemailUser,
    check_accounts,
    check_server,
    check_service,
    check_site,
    check_spool_here,
)
from app.rules import (
    Context,
    Finding,
    blocking,
    effective_adapter,
    evaluate,
    recommend,
)
from app.rules import (
    Page as RulePage,
)
from ui.computerpage import ComputerPage
from ui.findings import FindingsView
from ui.wizard import (
    Page,
    ProblemLabel,
    give_help,
    note,
    scroll_layout,
    set_level,
    show_store_note,
)

log = logging.getLogger(__name__)

#: Known IMAP settings of hosted services, filled in and locked until "Edit".
PRESETS = PROVIDERS


_note = note


def _browse_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    # The row label's mnemonic focuses the row; the row hands focus to the field.
    row.setFocusProxy(edit)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def _buddy_to(form: QFormLayout, edit: QLineEdit) -> None:
    """Point the row label of *edit*'s browse row at *edit*, so Alt+letter
    lands in the field (a label's mnemonic skips a row that takes no focus)."""
    row = edit.parentWidget()
    label = form.labelForField(row) if row is not None else None
    if isinstance(label, QLabel):
        label.setBuddy(edit)


class SitePage(Page):
    """Server kind and site size; the adapter the site needs, live."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The customer's site"))
        self.setSubTitle(self.tr("Which mail server, and how many voicemail users?"))
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in ServerKind:
            self.kind.addItem(kind.label, kind)
        self.users = QSpinBox()
        self.users.setRange(1, 100_000)
        self.users.setGroupSeparatorShown(True)
        self.servers = QSpinBox()
        self.servers.setRange(1, 50)
        self.clustered = QCheckBox(self.tr("The UM system is a &cluster"))
        give_help(self.clustered, self.tr(
            "Tick when several UM servers share the voicemail; every member must "
            "then use the same Exchange version."))
        self.adapter = QComboBox()
        self.adapter.addItem(self.tr("Recommended"), AdapterChoice.AUTO)
        self.adapter.addItem(Adapter.IMAP_CONNECTOR.label, AdapterChoice.IMAP_CONNECTOR)
        self.adapter.addItem(Adapter.EXCHANGE_GATEWAY.label,
                             AdapterChoice.EXCHANGE_GATEWAY)
        for label, widget, help_text in (
            (self.tr("Mail &server:"), self.kind,
             self.tr("The product that holds the users' mailboxes.")),
            (self.tr("UM &users:"), self.users,
             self.tr("Users who have a voicemail box.")),
            (self.tr("Mail server c&ount:"), self.servers,
             self.tr("Servers that hold UM users' mailboxes.")),
            (self.tr("&Adapter:"), self.adapter,
             self.tr("Keep 'Recommended' unless the UM vendor told you otherwise.")),
        ):
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
            form.addRow(label, widget)
        form.insertRow(3, "", self.clustered)
        self.advice = _note(name="advice")
        self.advice.setAccessibleName(self.tr("Recommended adapter"))
        self.problems = ProblemLabel()
        self.findings = FindingsView()
        self.findings.acknowledged_changed.connect(self.completeChanged)
        layout = scroll_layout(self)
        layout.addLayout(form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.advice)
        layout.addWidget(self.problems)
        layout.addWidget(self.findings)
        layout.addStretch(1)
        for spin in (self.users, self.servers):
            spin.setMaximumWidth(160)
        # Tab follows the rows: the tick box sits between the counts and the adapter.
        self.setTabOrder(self.servers, self.clustered)
        self.setTabOrder(self.clustered, self.adapter)
        self._loading = False
        self.kind.currentIndexChanged.connect(self._changed)
        self.users.valueChanged.connect(self._changed)
        self.servers.valueChanged.connect(self._changed)
        self.clustered.toggled.connect(self._changed)
        self.adapter.currentIndexChanged.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802
        """Show the deployment's site answers."""
        site = self.dep.site
        self._loading = True
        self.kind.setCurrentIndex(self.kind.findData(site.kind))
        self.users.setValue(site.um_users)
        self.servers.setValue(site.mail_servers)
        self.clustered.setChecked(site.clustered)
        self.adapter.setCurrentIndex(self.adapter.findData(site.adapter))
        self._loading = False
        self._changed()

    def _found(self) -> list[Finding]:
        return evaluate(Context(self.dep), RulePage.SITE)

    def _changed(self) -> None:
        if self._loading:
            return
        site = self.dep.site
        site.kind = ServerKind(self.kind.currentData())
        site.um_users = self.users.value()
        site.mail_servers = self.servers.value()
        site.clustered = self.clustered.isChecked()
        site.adapter = AdapterChoice(self.adapter.currentData())
        advice = recommend(site)
        self.adapter.setItemText(0, self.tr("Recommended: {adapter}").format(
            adapter=advice.adapter.label))
        self.advice.setText(self.tr("Adapter: {adapter}\n{reason}").format(
            adapter=effective_adapter(site).label, reason=advice.reason))
        self.problems.show_problems(check_site(site))
        self.findings.show_findings(self._found(), self.dep.acknowledged)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """An error, or a warning not yet ticked, keeps Next off; the page says why."""
        return not check_site(self.dep.site) and not blocking(
            self._found(), self.dep.acknowledged)

    def nextId(self) -> int:  # noqa: N802
        """The gateway's path checks this computer first."""
        wizard = self.wizard_()
        target = (ComputerPage if effective_adapter(self.dep.site)
                  is Adapter.EXCHANGE_GATEWAY else ServerPage)
        return wizard.page_id(target)


class ServerPage(Page):
    """Where the IMAP server is and how the connection is secured."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Mail server"))
        self.setSubTitle(self.tr("The IMAP server the connector talks to."))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. mail.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setMaximumWidth(160)
        self.security = QComboBox()
        for sec in Security:
            self.security.addItem(sec.label, sec)
        self.plaintext = QCheckBox(self.tr(
            "I understand the password will cross the network &unencrypted"))
        give_help(self.plaintext, self.tr(
            "Needed only with no encryption: confirms that this network is "
            "trusted, since anyone on the way could read the password."))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("optional: PEM file of the "
                                                "authority that signed it"))
        self.ca_file.setAccessibleName(self.tr("Certificate authority file"))
        browse = QPushButton(self.tr("Br&owse…"))
        browse.setAccessibleName(self.tr("Browse for the certificate authority "
                                         "file"))
        browse.clicked.connect(self._browse_ca)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("optional: SHA-256 of one "
                                                    "certificate to trust"))
        self.preset_note = _note(name="preset")
        self.edit_preset = QPushButton(self.tr("&Edit"))
        self.edit_preset.setCheckable(True)
        self.edit_preset.toggled.connect(self._lock_preset)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("Se&curity:"), self.security)
        form.addRow("", self.plaintext)
        form.addRow(self.tr("Cer&tificate authority:"),
                    _browse_row(self.ca_file, browse))
        _buddy_to(form, self.ca_file)
        form.addRow(self.tr("Trusted &fingerprint:"), self.fingerprint)
        for widget, text in (
            (self.host, self.tr("Name or IP address of the IMAP server.")),
            (self.port, self.tr("993 for TLS, 143 for STARTTLS, unless told "
                                "otherwise.")),
            (self.security, self.tr("TLS from the start is the safest choice.")),
            (self.ca_file, self.tr("Only for servers whose certificate comes from "
                                   "a private authority.")),
            (self.fingerprint, self.tr("Trust exactly one certificate, e.g. a "
                                       "self-signed one; the test shows it.")),
        ):
            give_help(widget, text)
        self.problems = ProblemLabel()
        layout = QVBoxLayout(self)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_note, 1)
        preset_row.addWidget(self.edit_preset)
        layout.addLayout(preset_row)
        self.autodetect_button = QPushButton(
            self.tr("F&ind from an email address…"))
        self.autodetect_button.setToolTip(self.tr(
            "Look the server up from any mailbox address on it: known providers, "
            "DNS records and Exchange Autodiscover. Optional."))
        self.autodetect_button.setAccessibleDescription(
            self.autodetect_button.toolTip())
        self.autodetect_button.clicked.connect(self._find_from_email)
        find_row = QHBoxLayout()
        find_row.addWidget(self.autodetect_button)
        find_row.addStretch(1)
        layout.addLayout(find_row)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.host.textChanged.connect(self._changed)
        self.port.valueChanged.connect(self._changed)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.plaintext.toggled.connect(self._changed)
        self.ca_file.textChanged.connect(self._changed)
        self.fingerprint.textChanged.connect(self._changed)
        self._loading = False

    def initializePage(self) -> None:  # noqa: N802
        """Show the server answers, or the preset of a hosted service."""
        self._loading = True
        server = self.dep.server
        preset = PRESETS.get(self.dep.site.kind)
        if preset and not server.host:
            server.host, server.port, server.security = preset
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.security.setCurrentIndex(self.security.findData(server.security))
        self.plaintext.setChecked(server.plaintext_acknowledged)
        self.ca_file.setText(server.ca_file)
        self.fingerprint.setText(server.pinned_fingerprint)
        self._loading = False
        is_preset = preset is not None and (server.host, server.port) == preset[:2]
        self.preset_note.setVisible(is_preset)
        self.edit_preset.setVisible(is_preset)
        self.edit_preset.setChecked(False)
        self.preset_note.setText(self.tr(
            "{kind} uses known settings; they are filled in. Press Edit to "
            "change them.").format(kind=self.dep.site.kind.label))
        self._lock_preset(False)
        self._changed()

    def _lock_preset(self, editing: bool) -> None:
        # isVisibleTo: while the page is being set up it is not shown yet.
        locked = self.preset_note.isVisibleTo(self) and not editing
        for widget in (self.host, self.port, self.security):
            widget.setEnabled(not locked)

    def _browse_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def _security_changed(self) -> None:
        security = Security(self.security.currentData())
        if not self._loading and self.port.value() in (993, 143):
            self.port.setValue(security.default_port)
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        server = self.dep.server
        server.host = self.host.text().strip()
        server.port = self.port.value()
        server.security = Security(self.security.currentData())
        self.plaintext.setVisible(server.security is Security.PLAIN)
        server.plaintext_acknowledged = (server.security is Security.PLAIN
                                         and self.plaintext.isChecked())
        server.ca_file = self.ca_file.text().strip()
        server.pinned_fingerprint = self.fingerprint.text().strip()
        site_problems = [FieldProblem(
            "site.kind", self.tr("Mail server kind"),
            f"{f.rule}: {f.message}", f.remedy or self.tr("Go back to the site page."))
            for f in self._site_blocked()]
        self.problems.show_problems(check_server(server) + site_problems)
        self.completeChanged.emit()

    def _find_from_email(self) -> None:
        """Open the search by email address; the server chosen fills the form."""
        from app.autodetect import Candidate  # noqa: PLC0415 - optional dialog
        from ui.autodetect import AutodetectDialog  # noqa: PLC0415

        dialog = AutodetectDialog(
            self, email=next((u.login for u in self.dep.users if "@" in u.login), ""),
            track=self.wizard_().track)
        dialog.finished.connect(dialog.dispose)

        def use(candidate: Candidate) -> None:
            if not self.edit_preset.isHidden():
                self.edit_preset.setChecked(True)  # the preset is replaced
            if candidate.kind is not None and candidate.kind is not self.dep.site.kind:
                # The address belongs to a known service: the site is that
                # service, and its rules (e.g. OAuth) apply from now on.
                self.dep.site.kind = candidate.kind
            if candidate.host != self.dep.server.host:
                # Another server: trust settings of the old one do not carry over.
                self.ca_file.clear()
                self.fingerprint.clear()
            self.host.setText(candidate.host)
            # Security first: changing it moves a standard port to its default.
            self.security.setCurrentIndex(self.security.findData(candidate.security))
            self.port.setValue(candidate.port)

        dialog.chosen.connect(use)
        dialog.open()

    def isComplete(self) -> bool:  # noqa: N802
        """Next needs a valid server and a site the rules allow."""
        return not check_server(self.dep.server) and not self._site_blocked()

    def nextId(self) -> int:  # noqa: N802
        """Hosted mail signs in with OAuth 2.0 on a page of its own."""
        from ui.oauthpages import GooglePage, Office365Page  # noqa: PLC0415

        kind = self.dep.site.kind
        target: type[Page] = {ServerKind.OFFICE_365: Office365Page,
                              ServerKind.GOOGLE: GooglePage}.get(kind, AccountsPage)
        return self.wizard_().page_id(target)

    def _site_blocked(self) -> list[Finding]:
        """Site rule findings that block (the site can change from this page)."""
        return blocking(evaluate(Context(self.dep), RulePage.SITE),
                        self.dep.acknowledged)


class AccountsPage(Page):
    """The superuser and how it opens other users' mailboxes."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Superuser account"))
        self.setSubTitle(self.tr("The account that opens every UM user's mailbox "
                                 "(called NPUMAdmin in the UM documentation)."))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. npumadmin"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Superuser password"))
        self.show_password = QCheckBox(self.tr("S&how"))
        give_help(self.show_password, self.tr(
            "Show the password as typed, to check it; nothing else changes."))
        self.show_password.toggled.connect(
            lambda shown: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        self.form_kind = QComboBox()
        for form_kind in Impersonation:
            self.form_kind.addItem(form_kind.label, form_kind)
        self.domain = QLineEdit()
        self.domain.setPlaceholderText(self.tr("e.g. EXAMPLE"))
        self.store_note = _note(name="store")
        password_row = QWidget()
        row = QHBoxLayout(password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        form = QFormLayout()
        form.addRow(self.tr("Superuser &login:"), self.login)
        form.addRow(self.tr("Pass&word:"), password_row)
        _buddy_to(form, self.password)
        form.addRow(self.tr("Mailbox &access:"), self.form_kind)
        self.domain_label = QLabel(self.tr("Windows &domain:"))
        self.domain_label.setBuddy(self.domain)
        form.addRow(self.domain_label, self.domain)
        for widget, text in (
            (self.login, self.tr("Account name as the mail server knows it.")),
            (self.password, self.tr("Kept in the credential store, never in "
                                    "the configuration file.")),
            (self.form_kind, self.tr("Dovecot and most servers: SASL PLAIN. "
                                     "Exchange: DOMAIN\\superuser\\alias.")),
        ):
            give_help(widget, text)
        self.problems = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.store_note)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.login.textChanged.connect(self._changed)
        self.password.textChanged.connect(self._changed)
        self.form_kind.currentIndexChanged.connect(self._changed)
        self.domain.textChanged.connect(self._changed)
        self._loading = False

    def initializePage(self) -> None:  # noqa: N802
        """Show the superuser answers and where the password will be kept."""
        su = self.dep.superuser
        self._loading = True
        self.login.setText(su.login)
        self.password.setText(self.wizard_().password)
        self.form_kind.setCurrentIndex(self.form_kind.findData(su.impersonation))
        self.domain.setText(su.domain)
        self._loading = False
        show_store_note(self.store_note, lambda store: self.tr(
            "ℹ The password will be kept in the credential store: {store}.")
            .format(store=store))
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        su = self.dep.superuser
        self.dep.oauth.method = AuthMethod.PASSWORD  # this page is for passwords
        su.login = self.login.text().strip()
        su.impersonation = Impersonation(self.form_kind.currentData())
        su.domain = self.domain.text().strip()
        self.wizard_().password = self.password.text()
        exchange = su.impersonation is Impersonation.EXCHANGE
        self.domain.setVisible(exchange)
        self.domain_label.setVisible(exchange)
        problems = [p for p in check_accounts(self.dep)
                    if p.field.startswith("superuser")]
        if not self.password.text():
            problems.append(_password_problem(self))
        self.problems.show_problems(problems)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Next needs a login, a password and, for Exchange, the domain."""
        return bool(self.password.text()) and not any(
            p.field.startswith("superuser") for p in check_accounts(self.dep))

    def nextId(self) -> int:  # noqa: N802
        """The OAuth 2.0 pages that follow in the list are for other paths."""
        return self.wizard_().page_id(UsersPage)


def _password_problem(page: Page) -> FieldProblem:
    # In the page's own context, where the catalogue keeps these strings.
    del page
    return FieldProblem(
        "password", QCoreApplication.translate("AccountsPage", "Password"),
        QCoreApplication.translate("AccountsPage", "is empty."),
        QCoreApplication.translate("AccountsPage", "Enter the superuser's password."))


class UsersPage(Page):
    """The voicemail spool and the boxes to connect to mailboxes."""

    COLUMNS = ("mailbox", "context", "login", "name")

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Voicemail boxes"))
        self.setSubTitle(self.tr("Where the UM system keeps voicemail, and which "
                                 "box belongs to which mailbox."))
        self.spool = QLineEdit()
        self.spool.setPlaceholderText(self.tr("e.g. /var/spool/asterisk/voicemail"))
        browse = QPushButton(self.tr("B&rowse…"))
        self.spool.setAccessibleName(self.tr("Spool folder"))
        help_text = self.tr("The folder where the UM system keeps voicemail, one "
                            "folder per context inside.")
        self.spool.setToolTip(help_text)
        self.spool.setAccessibleDescription(help_text)
        browse.setAccessibleName(self.tr("Browse for the spool folder"))
        browse.clicked.connect(self._browse)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Voicemail box"), self.tr("Context"), self.tr("Mail login"),
            self.tr("Name")])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("UM users"))
        self.table.setAccessibleDescription(self.tr(
            "One row per voicemail box: its number, context, the mailbox login "
            "it is kept in step with, and the user's name."))
        self.table.setTabKeyNavigation(False)
        add = QPushButton(self.tr("A&dd box"))
        add.clicked.connect(self._add_row)
        remove = QPushButton(self.tr("Re&move box"))
        remove.clicked.connect(self._remove_row)
        self.sample = QComboBox()
        self.sample.setToolTip(self.tr("The connection test writes and removes one "
                                       "message in this mailbox."))
        self.sample.setAccessibleDescription(self.sample.toolTip())
        form = QFormLayout()
        form.addRow(self.tr("&Spool folder:"), _browse_row(self.spool, browse))
        _buddy_to(form, self.spool)
        form.addRow(self.tr("&Test with mailbox:"), self.sample)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.problems = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        table_label = QLabel(self.tr("&UM users:"))
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        self.spool.textChanged.connect(self._changed)
        self.table.itemChanged.connect(self._changed)
        self.sample.currentIndexChanged.connect(self._sample_changed)
        self._loading = False

    def initializePage(self) -> None:  # noqa: N802
        """Show the spool folder and one row per configured box."""
        self._loading = True
        self.spool.setText(self.dep.service.spool)
        self.table.setRowCount(0)
        for user in self.dep.users or [VoicemailUser(context="default")]:
            self._append(user)
        self._loading = False
        self._changed()

    def _append(self, user: VoicemailUser) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(user, key)))

    def _add_row(self) -> None:
        self._append(VoicemailUser(context="default"))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()
        self._changed()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Voicemail spool"))
        if path:
            self.spool.setText(path)

    def _rows(self) -> list[VoicemailUser]:
        users = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(len(self.COLUMNS))]
            values = [item.text().strip() if item is not None else ""
                      for item in items]
            if any(values):
                users.append(VoicemailUser(**dict(zip(self.COLUMNS, values,
                                                      strict=True))))
        return users

    def _changed(self) -> None:
        if self._loading:
            return
        dep = self.dep
        dep.service.spool = self.spool.text().strip()
        dep.users = self._rows()
        logins = [u.login for u in dep.users if u.login]
        self.sample.blockSignals(True)
        self.sample.clear()
        self.sample.addItems(logins)
        if dep.sample_user in logins:
            self.sample.setCurrentText(dep.sample_user)
        self.sample.blockSignals(False)
        self._sample_changed()

    def _sample_changed(self) -> None:
        self.dep.sample_user = self.sample.currentText()
        problems = [p for p in check_accounts(self.dep)
                    if not p.field.startswith("superuser")]
        problems += check_service(self.dep.service) + check_spool_here(self.dep.service)
        self.problems.show_problems(problems)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Next needs a spool folder and at least one complete row."""
        return not any(not p.field.startswith("superuser")
                       for p in check_accounts(self.dep)) and not check_service(
            self.dep.service) and not check_spool_here(self.dep.service)


def summary_html(page: Page, dep: Deployment, config_path: Path,
                 state_dir: Path) -> str:
    """What Apply will write and start, as a small HTML table; no secrets."""
    # The strings live in SummaryPage's context of the catalogue.
    translate = QCoreApplication.translate
    esc = html.escape
    ref = secrets.superuser_ref(dep)
    if effective_adapter(dep.site) is Adapter.EXCHANGE_GATEWAY:
        from ui.gatewaypages import gateway_summary_rows  # noqa: PLC0415 - cycle

        server_rows = gateway_summary_rows(page, dep)
    else:
        sign_in = (dep.oauth.method.label
                   if dep.oauth.method is not AuthMethod.PASSWORD
                   else dep.superuser.impersonation.label)
        server_rows = [
            (translate("SummaryPage", "Mail server"),
             translate("SummaryPage", "{host}, port {port}, {security}").format(
                 host=dep.server.host, port=dep.server.port,
                 security=dep.server.security.short)),
            (translate("SummaryPage", "Superuser"),
             f"{dep.superuser.login} — {sign_in}")]
    rows = [
        (translate("SummaryPage", "Adapter"), effective_adapter(dep.site).label),
        *server_rows,
        (translate("SummaryPage", "Voicemail boxes"),
         ", ".join(f"{u.mailbox} → {u.login}" for u in dep.users)),
        (translate("SummaryPage", "Spool folder"), dep.service.spool),
        (translate("SummaryPage", "Configuration file"), str(config_path)),
        (translate("SummaryPage", "{kind} kept in").format(
            kind=secrets.secret_kind(dep).capitalize()),
         f"{secrets.backend_name()} ({ref})"),
        (translate("SummaryPage", "Service"), translate(
            "SummaryPage", "the connector, started in the background as this "
            "user; its log and status are kept in {folder}").format(
            folder=state_dir)),
    ]
    body = "".join(f"<tr><th align='left' valign='top'>{esc(k)}</th>"
                   f"<td>{esc(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='6'>{body}</table>"


class SummaryPage(Page):
    """What Apply will do, for one last look; nothing secret is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Press Apply to write the configuration, keep the "
                                 "password and start the connector."))
        self.setCommitPage(True)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What will be set up"))
        self.store_problem = _note(name="store")
        set_level(self.store_problem, "error")
        self.save_answers_button = QPushButton(self.tr("Sa&ve answers…"))
        self.save_answers_button.setToolTip(self.tr(
            "Keep these answers as an answer file (TOML, no password) to fill "
            "the wizard in next time, or for 'umconnect apply' on another "
            "computer."))
        self.save_answers_button.setAccessibleDescription(
            self.save_answers_button.toolTip())
        self.save_answers_button.clicked.connect(self._save_answers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.store_problem)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.save_answers_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _save_answers(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save answers"), "umconnect-answers.toml",
            self.tr("Answer files (*.toml)"))
        if path:
            self.save_answers(Path(path))

    def save_answers(self, path: Path) -> bool:
        """Write the answers (never the password) to *path*; say so if it fails."""
        try:
            config.save(self.dep, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Answers not saved"), self.tr(
                "{path} could not be written: {error}. Choose another folder.")
                .format(path=path, error=exc.strerror or exc))
            return False
        log.info("Answers saved to %s", path)
        return True

    def initializePage(self) -> None:  # noqa: N802
        """Describe what Apply will do."""
        wizard = self.wizard_()
        self.text.setText(summary_html(self, self.dep, wizard.config_path,
                                       wizard.state_dir))
        try:
            secrets.check_store()
            self.store_problem.hide()
        except secrets.CredentialStoreError as exc:
            self.store_problem.setText("✘ " + str(exc))
            self.store_problem.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Apply needs a safe credential store."""
        try:
            secrets.check_store()
        except secrets.CredentialStoreError:
            return False
        return True
