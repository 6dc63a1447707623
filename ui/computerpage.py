"""The gateway's "This computer" page: facts read here, checked against the rules."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app import rules
from app.hostfacts import HostFacts, read_facts
from app.model import ExchangeServer, check_gateway_site
from ui.findings import FindingsView
from ui.wizard import Page, ProblemLabel, scroll_layout
from ui.worker import Task, run_in_background

log = logging.getLogger(__name__)


class ComputerPage(Page):
    """Shows this computer's facts and the gateway rules' verdicts, live."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("This computer"))
        self.setSubTitle(self.tr("The gateway runs on its own Windows computer in "
                                 "the Exchange servers' domain."))
        self.os_label = QLabel()
        self.name_label = QLabel()
        self.domain_label = QLabel()
        self.address_label = QLabel()
        for label in (self.os_label, self.name_label, self.domain_label,
                      self.address_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.um_server = QLineEdit()
        self.um_server.setPlaceholderText("um01.example.com")
        self.um_server.setToolTip(self.tr("The computer the UM system runs on; the "
                                          "gateway must not run there."))
        self.servers = QTableWidget(0, 2)
        self.servers.setHorizontalHeaderLabels([self.tr("Exchange server"),
                                                self.tr("Version")])
        self.servers.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.servers.setAccessibleName(self.tr("Exchange servers"))
        self.servers.setAccessibleDescription(self.tr(
            "One row per Exchange server: its full name and its version "
            "(2010, 2013, 2016, 2019 or SE)."))
        self.servers.setTabKeyNavigation(False)
        self.servers.setMaximumHeight(140)
        add = QPushButton(self.tr("A&dd server"))
        add.clicked.connect(self._add_row)
        remove = QPushButton(self.tr("Re&move server"))
        remove.clicked.connect(self._remove_row)
        form = QFormLayout()
        form.addRow(self.tr("Operating system:"), self.os_label)
        form.addRow(self.tr("Computer name:"), self.name_label)
        form.addRow(self.tr("Domain:"), self.domain_label)
        form.addRow(self.tr("Addresses:"), self.address_label)
        form.addRow(self.tr("&UM server:"), self.um_server)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.state = QLabel()
        self.problems = ProblemLabel()
        self.findings = FindingsView()
        self.findings.acknowledged_changed.connect(self.completeChanged)
        layout = scroll_layout(self)
        layout.addLayout(form)
        table_label = QLabel(self.tr("E&xchange servers:"))
        table_label.setBuddy(self.servers)
        layout.addWidget(table_label)
        layout.addWidget(self.servers)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.problems)
        layout.addWidget(self.findings)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._check)
        self._found: list[rules.Finding] = []
        self._checking = False
        self._evaluated = False
        self._again = False
        self._loading = False
        self._task: Task | None = None
        self.um_server.textChanged.connect(self._edited)
        self.servers.itemChanged.connect(self._edited)

    def initializePage(self) -> None:  # noqa: N802
        """Show the answers, read this computer's facts and check them."""
        site = self.dep.site
        self._loading = True
        self.um_server.setText(site.um_server)
        self.servers.setRowCount(0)
        rows = site.exchange_servers or [
            ExchangeServer() for _ in range(max(1, site.mail_servers))]
        for server in rows:
            self._append(server)
        self._loading = False
        self._found = []
        self._evaluated = False
        self._show_facts(self.wizard_().host_facts)
        self._check()

    def _append(self, server: ExchangeServer) -> None:
        row = self.servers.rowCount()
        self.servers.insertRow(row)
        self.servers.setItem(row, 0, QTableWidgetItem(server.host))
        self.servers.setItem(row, 1, QTableWidgetItem(server.version))

    def _add_row(self) -> None:
        self._append(ExchangeServer())
        self.servers.setCurrentCell(self.servers.rowCount() - 1, 0)
        self.servers.setFocus()
        self._edited()

    def _remove_row(self) -> None:
        row = self.servers.currentRow()
        if row >= 0:
            self.servers.removeRow(row)
            self._edited()

    def _save(self) -> None:
        site = self.dep.site
        site.um_server = self.um_server.text().strip()
        servers = []
        for row in range(self.servers.rowCount()):
            cells = [self.servers.item(row, c) for c in (0, 1)]
            host, version = (c.text().strip() if c is not None else "" for c in cells)
            if host or version:
                servers.append(ExchangeServer(host=host, version=version.upper()
                                              if version.lower() == "se" else version))
        site.exchange_servers = servers

    def _edited(self) -> None:
        if self._loading:
            return
        self._evaluated = False  # the findings shown are for the old answers
        self._save()
        self.problems.show_problems(check_gateway_site(self.dep.site))
        self.completeChanged.emit()
        self._timer.start()

    def _show_facts(self, host: HostFacts | None) -> None:
        if host is None:
            for label in (self.os_label, self.name_label, self.domain_label,
                          self.address_label):
                label.setText(self.tr("reading…"))
            return
        self.os_label.setText(self.tr("{product} ({bits}-bit)").format(
            product=host.product, bits=host.bits))
        self.name_label.setText(host.fqdn or host.computer_name)
        self.domain_label.setText(host.domain or self.tr("not joined to a domain"))
        self.address_label.setText(", ".join(host.addresses) or self.tr("none found"))

    def _check(self) -> None:
        """Read facts and resolve names off the GUI thread, then evaluate."""
        if self._checking:
            self._again = True
            return
        self._save()
        self._checking = True
        self._evaluated = False
        self.completeChanged.emit()
        self.state.setText(self.tr("Checking this computer and the server names…"))
        wizard = self.wizard_()
        dep, known, resolver = wizard.deployment, wizard.host_facts, wizard.resolver

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            host = known if known is not None else read_facts()
            ctx = rules.gather(dep, host, resolver, cancel)
            return None if cancel.is_set() else ctx  # a part is not a verdict

        self._task = wizard.track(run_in_background(
            job, self, on_success=self._checked, on_failure=self._failed,
            on_end=self._ended))

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        """Back: the check under way is no longer wanted."""
        self._timer.stop()
        self._again = False
        if self._task is not None:
            self._task.cancel()
        super().cleanupPage()

    def _checked(self, ctx: object) -> None:
        if ctx is None or self._again:
            # Cancelled (Back, or the wizard closing), or the answers changed
            # while it ran: no verdict for what is on the page now.
            return
        assert isinstance(ctx, rules.Context)
        wizard = self.wizard_()
        wizard.host_facts = ctx.host
        self._show_facts(ctx.host)
        self._found = rules.evaluate(ctx, rules.Page.COMPUTER)
        self._evaluated = True
        self.problems.show_problems(check_gateway_site(self.dep.site))
        self.findings.show_findings(self._found, self.dep.acknowledged)
        self.state.setText(self.tr("Checked."))

    def _failed(self, error: object) -> None:
        # No verdict: what was shown before belongs to other answers.
        self._found = []
        self._evaluated = False
        self.findings.show_findings([], self.dep.acknowledged)
        self.state.setText(self.tr("The check could not finish: {error}. Change "
                                   "an answer to run it again.").format(error=error))

    def _ended(self) -> None:
        self._checking = False
        self._task = None
        again, self._again = self._again, False
        # Answers changed meanwhile: check again, unless the page was left or
        # the wizard is closing (nothing would cancel the new check).
        wizard = self.wizard_()
        if again and not wizard.closed and wizard.currentPage() is self:
            self._check()
            return
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Next needs the names, a finished check, no error, every warning ticked."""
        if (self._checking or self._timer.isActive() or not self._evaluated
                or check_gateway_site(self.dep.site)):
            return False
        return not rules.blocking(self._found, self.dep.acknowledged)
