"""Sign-in pages for hosted mail: an Office 365 app registration, a Google
service account (or an app password instead).

Each page writes the OAuth 2.0 identity into ``Deployment.oauth`` as the
technician types and keeps the secret (client secret, certificate key or the
service account's key file) in memory only, in ``SetupWizard.password``, until
Apply hands it to the credential store. The tenant administrator's part is
shown as the exact commands to run, filled in with the IDs typed here.
"""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.keyfile import LARGEST, KeyFileError, PrivateKey, read_private_key
from app.model import (
    AppCredential,
    AuthMethod,
    FieldProblem,
    check_oauth,
    is_guid,
    normalise_thumbprint,
)
from ui.wizard import (
    Page,
    ProblemLabel,
    give_help,
    note,
    scroll_layout,
    show_store_note,
)

log = logging.getLogger(__name__)

# app.oauth (msal, google-auth) takes longer to load than the wizard takes to
# open, so it is imported where a page first needs it; these copy its values.
GOOGLE_SCOPE = "https://mail.google.com/"
IMAP_ROLE = "IMAP.AccessAsApp"


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 else 0)
    return row


def _commands_view() -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName("commands")
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setMinimumHeight(150)
    return view


def _secret_field(name: str) -> tuple[QLineEdit, QWidget]:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    show = QCheckBox(QCoreApplication.translate("OAuthPages", "S&how"))
    show.setAccessibleName(QCoreApplication.translate("OAuthPages",
                                                      "Show the secret"))
    give_help(show, QCoreApplication.translate(
        "OAuthPages", "Show the secret as typed, to check it; nothing else "
        "changes."))
    show.toggled.connect(lambda shown: edit.setEchoMode(
        QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
    return edit, _row(edit, show)


def _choose_file(edit: QLineEdit, title: str, filters: str) -> None:
    """Ask for a file to open; put its path into *edit*."""
    path, _filter = QFileDialog.getOpenFileName(edit, title, "", filters)
    if path:
        edit.setText(path)


def _read_text(path: str) -> str:
    """The file's text, or "" when it cannot be read (the page says so)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _store_note(label: QLabel, kind: str) -> None:
    show_store_note(label, lambda store: QCoreApplication.translate(
        "OAuthPages", "ℹ The {kind} will be kept in the credential store "
        "({store}), never in the configuration file.").format(
        kind=kind, store=store))


class Office365Page(Page):
    """The app registration that opens the UM users' Office 365 mailboxes."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Office 365 sign-in (OAuth 2.0)"))
        self.setSubTitle(self.tr(
            "Office 365 takes no passwords over IMAP. The connector signs in as "
            "an app registration that the tenant administrator allows to open "
            "the UM users' mailboxes."))
        self.tenant = QLineEdit()
        self.tenant.setPlaceholderText(self.tr("GUID, or contoso.onmicrosoft.com"))
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Application (client) ID, a GUID"))
        self.credential = QComboBox()
        self.credential.addItem(self.tr("Client secret"), AppCredential.SECRET)
        self.credential.addItem(self.tr("Certificate"), AppCredential.CERTIFICATE)
        self.secret, self.secret_row = _secret_field(self.tr("Client secret value"))
        self.secret.setPlaceholderText(self.tr("the secret's Value, not its ID"))
        self.thumbprint = QLineEdit()
        self.thumbprint.setPlaceholderText(self.tr("40 hexadecimal digits"))
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText(self.tr(".pfx or PEM file with the "
                                                 "private key"))
        self.key_password = QLineEdit()
        self.key_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_password.setPlaceholderText(self.tr("only for a .pfx or an "
                                                     "encrypted key"))
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Browse for the private key file"))
        browse.clicked.connect(self._browse_key)
        self.key_row = _row(self.key_file, browse)
        self.key_row.setFocusProxy(self.key_file)
        self.authority = QLineEdit()
        self.authority.setPlaceholderText("https://login.microsoftonline.com")
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("system authorities"))

        form = QFormLayout()
        form.addRow(self.tr("Directory (&tenant) ID:"), self.tenant)
        form.addRow(self.tr("Application (&client) ID:"), self.client)
        form.addRow(self.tr("C&redential:"), self.credential)
        self.secret_label = QLabel(self.tr("Client &secret value:"))
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret_row)
        self.thumbprint_label = QLabel(self.tr("Certificate thu&mbprint:"))
        self.thumbprint_label.setBuddy(self.thumbprint)
        form.addRow(self.thumbprint_label, self.thumbprint)
        self.key_label = QLabel(self.tr("Private &key file:"))
        self.key_label.setBuddy(self.key_file)
        form.addRow(self.key_label, self.key_row)
        self.key_password_label = QLabel(self.tr("Key fi&le password:"))
        self.key_password_label.setBuddy(self.key_password)
        form.addRow(self.key_password_label, self.key_password)
        advanced = QGroupBox(self.tr("Sign-in service (national clouds only)"))
        advanced_form = QFormLayout(advanced)
        advanced_form.addRow(self.tr("A&uthority:"), self.authority)
        advanced_form.addRow(self.tr("CA &file:"), self.ca_file)
        for widget, text in (
            (self.tenant, self.tr("Entra admin center, App registrations, your "
                                  "app, Overview: Directory (tenant) ID.")),
            (self.client, self.tr("Same page: Application (client) ID.")),
            (self.credential, self.tr("A client secret, or a certificate "
                                      "uploaded to the app registration "
                                      "(its private key stays here).")),
            (self.secret, self.tr("Certificates & secrets: the Value column, "
                                  "shown only when the secret is created.")),
            (self.thumbprint, self.tr("Certificates & secrets, Certificates: "
                                      "the Thumbprint column.")),
            (self.key_file, self.tr("The certificate's private key: the .pfx "
                                    "the certificate was exported to, or a PEM "
                                    "file (BEGIN PRIVATE KEY).")),
            (self.key_password, self.tr("The password the .pfx (or the "
                                        "encrypted PEM key) was exported with. "
                                        "It only opens the file here and is "
                                        "not kept.")),
            (self.authority, self.tr("Only for a national cloud: its sign-in "
                                     "address. Empty: the global Microsoft "
                                     "sign-in service.")),
            (self.ca_file, self.tr("Only if a proxy inspects TLS: the PEM file "
                                   "of its certificate authority.")),
        ):
            give_help(widget, text)
        for widget, name in (
            (self.tenant, self.tr("Directory (tenant) ID")),
            (self.client, self.tr("Application (client) ID")),
            (self.credential, self.tr("Credential")),
            (self.thumbprint, self.tr("Certificate thumbprint")),
            (self.key_file, self.tr("Private key file")),
            (self.key_password, self.tr("Key file password")),
            (self.authority, self.tr("Sign-in authority")),
            (self.ca_file, self.tr("Sign-in service certificate authority file")),
        ):
            widget.setAccessibleName(name)

        self.problems = ProblemLabel()
        self.store_note = note()
        admin = QGroupBox(self.tr("What the tenant administrator does once"))
        admin_layout = QVBoxLayout(admin)
        admin_layout.addWidget(note(self.tr(
            "In the Microsoft Entra admin center: App registrations, New "
            "registration; API permissions, Add a permission, APIs my "
            "organization uses, Office 365 Exchange Online, Application "
            "permissions, {role}; then Grant admin consent. Then in Exchange "
            "Online PowerShell:").format(role=IMAP_ROLE)))
        self.commands = _commands_view()
        self.commands.setAccessibleName(self.tr("PowerShell for the tenant "
                                                "administrator"))
        copy = QPushButton(self.tr("Co&py commands"))
        copy.setAccessibleName(self.tr("Copy the PowerShell commands"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            self.commands.toPlainText()))
        admin_layout.addWidget(self.commands)
        admin_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)

        layout = scroll_layout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.store_note)
        layout.addWidget(admin)
        layout.addWidget(advanced)
        layout.addStretch(1)
        self._loading = False
        # The key file last read: (path, its change time, password) and what
        # came of it. Reading a .pfx takes a while; the page asks per keystroke.
        self._key_read: tuple[tuple[str, int, str], PrivateKey | KeyFileError
                              | None] | None = None
        # The thumbprint this page filled in from a key file, if any.
        self._filled = ""
        for edit in (self.tenant, self.client, self.secret, self.thumbprint,
                     self.key_file, self.key_password, self.authority,
                     self.ca_file):
            edit.textChanged.connect(self._changed)
        self.credential.currentIndexChanged.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Show the app registration answers (the secret only from memory)."""
        oauth = self.dep.oauth
        self._loading = True
        self.tenant.setText(oauth.tenant_id)
        self.client.setText(oauth.client_id)
        self.credential.setCurrentIndex(self.credential.findData(oauth.credential))
        self.thumbprint.setText(oauth.certificate_thumbprint)
        self.authority.setText(oauth.authority)
        self.ca_file.setText(oauth.ca_file)
        if oauth.method is AuthMethod.OFFICE365 and (
                oauth.credential is AppCredential.SECRET):
            self.secret.setText(self.wizard_().password)
        self._loading = False
        self._changed()

    def _browse_key(self) -> None:
        _choose_file(self.key_file, self.tr("Private key of the certificate"),
                     self.tr("Certificate keys (*.pfx *.p12 *.pem *.key);;"
                             "All files (*)"))

    def _key_path(self) -> str:
        """The key file's path as typed ("Copy as path" adds quotes)."""
        return self.key_file.text().strip().strip('"')

    def _key(self) -> PrivateKey | KeyFileError | None:
        """The key file's key, why it cannot be used, or None (unreadable).

        Only regular files are read, and only their first megabyte: a named
        pipe or a device would hold the page (which asks on every keystroke).
        """
        path = self._key_path()
        try:
            info = Path(path).stat() if path else None
        except OSError:
            return None
        if info is None or not stat.S_ISREG(info.st_mode):
            return None
        wanted = (path, info.st_mtime_ns, self.key_password.text())
        if self._key_read is None or self._key_read[0] != wanted:
            try:
                with Path(path).open("rb") as file:
                    data = file.read(LARGEST + 1)
                found: PrivateKey | KeyFileError | None = read_private_key(
                    data, self.key_password.text())
            except KeyFileError as exc:
                found = exc
            except OSError:
                found = None
            self._key_read = (wanted, found)
        return self._key_read[1]

    def _secret(self) -> str:
        if self.credential.currentData() == AppCredential.CERTIFICATE:
            key = self._key() if self._key_path() else None
            return (key.pem if isinstance(key, PrivateKey) and key.algorithm == "RSA"
                    else "")
        return self.secret.text().strip()

    def _changed(self) -> None:
        if self._loading:
            return
        dep = self.dep
        oauth = dep.oauth
        oauth.method = AuthMethod.OFFICE365
        oauth.tenant_id = self.tenant.text().strip()
        oauth.client_id = self.client.text().strip()
        oauth.credential = AppCredential(self.credential.currentData())
        key = (self._key() if oauth.credential is AppCredential.CERTIFICATE
               and self._key_path() else None)
        typed = self.thumbprint.text().strip()
        if (isinstance(key, PrivateKey) and key.thumbprint
                and typed in ("", self._filled) and typed != key.thumbprint):
            # The .pfx names its certificate: no need to copy the thumbprint
            # (and one filled in from another file gives way).
            self._filled = key.thumbprint
            self.thumbprint.setText(key.thumbprint)
            return  # setText comes back here
        oauth.certificate_thumbprint = normalise_thumbprint(typed)
        oauth.authority = self.authority.text().strip()
        oauth.ca_file = self.ca_file.text().strip()
        # The application is the superuser: it opens every UM user's mailbox.
        dep.superuser.login = oauth.client_id
        self.wizard_().password = self._secret()
        certificate = oauth.credential is AppCredential.CERTIFICATE
        for widget in (self.thumbprint, self.thumbprint_label, self.key_row,
                       self.key_label, self.key_password,
                       self.key_password_label):
            widget.setVisible(certificate)
        for widget in (self.secret_row, self.secret_label):
            widget.setVisible(not certificate)
        self.problems.show_problems(self.problems_now())
        _store_note(self.store_note, secrets.secret_kind(dep))
        self.commands.setPlainText(self.powershell())
        self.completeChanged.emit()

    def problems_now(self) -> list[FieldProblem]:
        """The page's field problems, the secret's included."""
        problems = check_oauth(self.dep.oauth)
        oauth = self.dep.oauth
        if oauth.credential is AppCredential.CERTIFICATE:
            path = self._key_path()
            if not path:
                problems.append(FieldProblem(
                    "oauth.key", self.tr("Private key file"), self.tr("is empty."),
                    self.tr("Choose the .pfx the certificate was exported to, or "
                            "a PEM file with its private key.")))
            else:
                locked = self._key_problems(path)
                if (not self.thumbprint.text().strip()
                        and any(p.field == "oauth.key_password" for p in locked)):
                    # The file's certificate fills it in once the password
                    # opens the file: one problem at a time.
                    problems = [p for p in problems
                                if p.field != "oauth.certificate_thumbprint"]
                problems += locked
        elif not self.secret.text().strip():
            problems.append(FieldProblem(
                "oauth.secret", self.tr("Client secret"), self.tr("is empty."),
                self.tr("Enter the client secret's Value.")))
        elif is_guid(self.secret.text()):
            problems.append(FieldProblem(
                "oauth.secret", self.tr("Client secret"),
                self.tr("this is the secret's ID (a GUID), not its value."),
                self.tr("Enter the Value column of Certificates & secrets; if it "
                        "was not copied when created, create a new secret.")))
        return problems

    def _key_problems(self, path: str) -> list[FieldProblem]:
        """What keeps the key file from giving the certificate's key."""
        key = self._key()
        if key is None:
            return [FieldProblem(
                "oauth.key", self.tr("Private key file"),
                self.tr("'{path}' cannot be read.").format(path=path),
                self.tr("Check the path, and that this account may read the "
                        "file."))]
        if isinstance(key, KeyFileError) and key.reason == "password":
            said = (self.tr("does not open '{path}'.") if self.key_password.text()
                    else self.tr("is needed to open '{path}'."))
            return [FieldProblem(
                "oauth.key_password", self.tr("Key file password"),
                said.format(path=path),
                self.tr("Enter the password the certificate was exported "
                        "with."))]
        if isinstance(key, KeyFileError):
            return [FieldProblem(
                "oauth.key", self.tr("Private key file"),
                self.tr("'{path}' holds no private key.").format(path=path),
                self.tr("Choose the .pfx the certificate was exported to with "
                        "its private key, or a PEM file with BEGIN PRIVATE "
                        "KEY."))]
        if key.algorithm != "RSA":
            return [FieldProblem(
                "oauth.key", self.tr("Private key file"),
                self.tr("holds an {kind} key; Office 365 signs applications in "
                        "with RSA certificates only.").format(kind=key.algorithm),
                self.tr("Create the certificate with an RSA key (2048 bits or "
                        "more), upload it to the app registration and export it "
                        "with its key."))]
        typed = normalise_thumbprint(self.thumbprint.text())
        if key.thumbprint and typed and typed != key.thumbprint:
            return [FieldProblem(
                "oauth.certificate_thumbprint", self.tr("Certificate thumbprint"),
                self.tr("does not match the certificate in '{path}' "
                        "({thumbprint}).").format(path=path,
                                                  thumbprint=key.thumbprint),
                self.tr("Upload that certificate to the app registration and "
                        "use its thumbprint, or choose the key of the "
                        "certificate uploaded."))]
        return []

    def powershell(self) -> str:
        """The tenant administrator's commands, with the IDs typed so far."""
        oauth = self.dep.oauth
        tenant = oauth.tenant_id or "<tenant ID>"
        client = oauth.client_id or "<application (client) ID>"
        mailboxes = [u.login for u in self.dep.users if u.login] or [
            "<UM user's mailbox>"]
        lines = [
            "Install-Module -Name ExchangeOnlineManagement",
            f"Connect-ExchangeOnline -Organization {tenant}",
            self.tr("# The Object ID comes from Enterprise applications, not "
                    "from App registrations."),
            f"New-ServicePrincipal -AppId {client} "
            "-ObjectId <enterprise application Object ID>",
            f"$sp = Get-ServicePrincipal -Identity {client}",
            self.tr("# FullAccess on each UM user's mailbox, and on no other: "
                    "this scopes the application."),
        ]
        lines += [f"Add-MailboxPermission -Identity {box} -User $sp.Identity "
                  "-AccessRights FullAccess" for box in mailboxes]
        return "\n".join(lines)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next needs the IDs and the secret or key."""
        return not self.problems_now()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """On to the voicemail boxes: the password page is not needed."""
        from ui.pages import UsersPage  # noqa: PLC0415 - ui.pages imports us

        return self.wizard_().page_id(UsersPage)


class GooglePage(Page):
    """A Google service account with domain-wide delegation, or an app password."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Google Workspace sign-in (OAuth 2.0)"))
        self.setSubTitle(self.tr(
            "Google takes no ordinary passwords over IMAP. A service account "
            "with domain-wide delegation opens every user's mailbox; an app "
            "password works for one account that may open the others."))
        self.use_key = QRadioButton(self.tr(
            "&Service account with domain-wide delegation (recommended)"))
        self.use_password = QRadioButton(self.tr("&App password instead"))
        self.use_key.setChecked(True)
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText(self.tr("the service account's JSON key"))
        self.key_file.setAccessibleName(self.tr("Service account key file"))
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Browse for the service account key file"))
        browse.clicked.connect(self._browse_key)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("system authorities"))
        self.account = note()
        self.account.setAccessibleName(self.tr("Service account"))
        form = QFormLayout()
        key_row = _row(self.key_file, browse)
        key_row.setFocusProxy(self.key_file)
        key_label = QLabel(self.tr("&Key file:"))
        key_label.setBuddy(self.key_file)
        form.addRow(key_label, key_row)
        form.addRow(self.tr("Service account:"), self.account)
        form.addRow(self.tr("Token service CA &file:"), self.ca_file)
        self.ca_file.setAccessibleName(self.tr("Token service certificate "
                                               "authority file"))
        for widget, text in (
            (self.use_key, self.tr("One key opens every UM user's mailbox; the "
                                   "Workspace administrator allows it once.")),
            (self.use_password, self.tr("One account's app password; that account "
                                        "must be allowed to open the others.")),
            (self.key_file, self.tr("The JSON key downloaded when the service "
                                    "account's key was created (Google Cloud "
                                    "console, IAM, Service accounts, Keys).")),
            (self.ca_file, self.tr("Only if a proxy inspects TLS: the PEM file "
                                   "of its certificate authority.")),
        ):
            give_help(widget, text)
        self.key_box = QWidget()
        self.key_box.setLayout(form)
        self.problems = ProblemLabel()
        self.store_note = note()
        admin = QGroupBox(self.tr("What the Workspace administrator does once"))
        admin_layout = QVBoxLayout(admin)
        self.steps = _commands_view()
        # Directions, not commands: wrap them so none is cut off.
        self.steps.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.steps.setMinimumHeight(110)
        self.steps.setMaximumHeight(130)
        self.steps.setAccessibleName(self.tr("Steps for the Workspace "
                                             "administrator"))
        admin_layout.addWidget(self.steps)
        self.admin = admin
        # FIXME: with an app password the connector logs in as one account for
        # every UM user; a separate app password per user is not supported.
        self.password_note = note(self.tr(
            "Next asks for the account and its app password (Google Account, "
            "Security, 2-Step Verification, App passwords). That account must "
            "be allowed to open the other users' mailboxes."))

        layout = scroll_layout(self)
        layout.addWidget(self.use_key)
        layout.addWidget(self.key_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.store_note)
        layout.addWidget(admin)
        layout.addWidget(self.use_password)
        layout.addWidget(self.password_note)
        layout.addStretch(1)
        self._loading = False
        self._client_id = ""
        for edit in (self.key_file, self.ca_file):
            edit.textChanged.connect(self._changed)
        self.use_key.toggled.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Show the Google answers."""
        oauth = self.dep.oauth
        self._loading = True
        self.use_password.setChecked(oauth.method is AuthMethod.PASSWORD
                                     and bool(self.dep.superuser.login))
        self.use_key.setChecked(not self.use_password.isChecked())
        self.ca_file.setText(oauth.ca_file)
        self._loading = False
        self._changed()

    def _browse_key(self) -> None:
        _choose_file(self.key_file, self.tr("Service account key"),
                     self.tr("JSON key files (*.json);;All files (*)"))

    def _changed(self) -> None:
        if self._loading:
            return
        dep = self.dep
        keyed = self.use_key.isChecked()
        self.key_box.setEnabled(keyed)
        self.admin.setVisible(keyed)
        self.password_note.setVisible(not keyed)
        if not keyed:
            dep.oauth.method = AuthMethod.PASSWORD
            self.problems.show_problems([])
            self.store_note.hide()
            self.completeChanged.emit()
            return
        dep.oauth.method = AuthMethod.GOOGLE
        dep.oauth.ca_file = self.ca_file.text().strip()
        problems, text = self._read_key()
        self.wizard_().password = text if not problems else ""
        self.problems.show_problems([*problems, *check_oauth(dep.oauth)])
        self.store_note.show()
        _store_note(self.store_note, secrets.secret_kind(dep))
        self.steps.setPlainText(self.admin_steps())
        self.completeChanged.emit()

    def _read_key(self) -> tuple[list[FieldProblem], str]:
        """Load the key file into memory; its problems, or its text."""
        dep = self.dep
        path = self.key_file.text().strip()
        dep.oauth.service_account = ""
        self._client_id = ""
        self.account.setText("")
        if not path:
            return [], ""
        from app.oauth import OAuthError, parse_key_file  # noqa: PLC0415

        text = _read_text(path)
        try:
            info = parse_key_file(text)
        except OAuthError as exc:
            return [FieldProblem("oauth.service_account", self.tr("Key file"),
                                 exc.summary + ".", exc.remedy)], ""
        dep.oauth.service_account = str(info["client_email"])
        dep.superuser.login = dep.oauth.service_account
        self._client_id = str(info["client_id"])
        self.account.setText(self.tr("{email} (client ID {client})").format(
            email=dep.oauth.service_account, client=self._client_id))
        return [], text

    def admin_steps(self) -> str:
        """The Workspace administrator's steps, with this account's client ID."""
        client = self._client_id or self.tr("<the key file's client ID>")
        return "\n".join([
            self.tr("1. Admin console: Security > Access and data control > API "
                    "controls > Manage Domain Wide Delegation > Add new"),
            self.tr("   Client ID: {client}").format(client=client),
            self.tr("   OAuth scopes: {scope}").format(scope=GOOGLE_SCOPE),
            self.tr("2. Admin console: Apps > Google Workspace > Gmail > End User "
                    "Access > POP and IMAP access: enable IMAP for the UM users."),
        ])

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next needs a readable key file, or the app-password choice."""
        if self.use_password.isChecked():
            return True
        return bool(self.wizard_().password) and not check_oauth(self.dep.oauth)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        """The app password goes on the superuser page; a key needs none."""
        from ui.pages import AccountsPage, UsersPage  # noqa: PLC0415

        target = AccountsPage if self.use_password.isChecked() else UsersPage
        return self.wizard_().page_id(target)
