"""The dialog that finds the mail server from an email address.

It runs :func:`app.autodetect.find_candidates` off the GUI thread (through
:func:`ui.worker.run_in_background`), lists the servers found with where each
came from and the places that gave nothing, and hands the chosen one back
through :attr:`AutodetectDialog.chosen`. It is optional: the Mail server page
can always be filled in by hand.
"""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable, Sequence
from typing import Any

import dns.resolver

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import autodetect
from app.autodetect import Candidate, Tried
from ui.wizard import set_level
from ui.worker import Task, run_in_background

log = logging.getLogger(__name__)

_ROLE = Qt.ItemDataRole.UserRole


class AutodetectDialog(QDialog):
    """Find the mail server from an email address; see the module docstring.

    Signals:
        chosen(object): the :class:`~app.autodetect.Candidate` picked with Use.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, email: str = "",
                 resolver: dns.resolver.Resolver | None = None,
                 autodiscover_urls: Sequence[str] | None = None,
                 ssl_context: ssl.SSLContext | None = None,
                 timeout: float = 5.0,
                 track: Callable[[Task], Task] | None = None) -> None:
        super().__init__(parent)
        #: Where the search looks (None: this computer's resolver, the real
        #: Autodiscover addresses and the system's authorities).
        self.resolver = resolver
        self.autodiscover_urls = autodiscover_urls
        self.ssl_context = ssl_context
        self.timeout = timeout
        self._track = track
        self.task: Task | None = None
        self.candidate: Candidate | None = None

        self.setWindowTitle(self.tr("Find the mail server from an email address"))
        self.setMinimumSize(620, 460)
        intro = QLabel(self.tr(
            "Enter the address of any mailbox on the mail server. The wizard "
            "looks at known providers, the domain's DNS records (SRV) and "
            "Exchange Autodiscover. Only the address is sent, to the domain's own "
            "servers; no password."))
        intro.setWordWrap(True)
        self.email = QLineEdit(email)
        self.email.setPlaceholderText(self.tr("e.g. alice@example.com"))
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.returnPressed.connect(self.start_search)
        email_label = QLabel(self.tr("&Email address:"))
        email_label.setBuddy(self.email)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setAccessibleName(self.tr("Find the mail server"))
        self.find_button.clicked.connect(self.start_search)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the search"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_search)

        self.status = QLabel()
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.hide()

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Servers found"))
        self.results.setAccessibleDescription(self.tr(
            "Each server with its port, its security and where it was found."))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(True)
        self.results.currentItemChanged.connect(self._selection_changed)
        self.results.itemDoubleClicked.connect(self._double_clicked)
        results_label = QLabel(self.tr("Se&rvers found:"))
        results_label.setBuddy(self.results)

        self.tried = QListWidget()
        self.tried.setAccessibleName(self.tr("Places looked at without result"))
        self.tried.setWordWrap(True)
        self.tried.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tried_label = QLabel(self.tr("&Looked at without result:"))
        tried_label.setBuddy(self.tried)

        manual = QLabel(self.tr(
            "You can always close this window and enter the server by hand."))
        manual.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton(
            self.tr("&Use"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setAccessibleName(self.tr("Use the chosen server"))
        self.use_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without choosing"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        email_row = QHBoxLayout()
        email_row.addWidget(email_label)
        email_row.addWidget(self.email, 1)
        email_row.addWidget(self.find_button)
        email_row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(email_row)
        layout.addWidget(self.status)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 3)
        layout.addWidget(tried_label)
        layout.addWidget(self.tried, 2)
        layout.addWidget(manual)
        layout.addWidget(self.buttons)
        self.find_button.setDefault(True)

    # -- the search

    def start_search(self) -> None:
        """Start the search for the address typed (no-op while one runs)."""
        if self.task is not None:
            return
        address = self.email.text().strip()
        try:
            autodetect.domain_of(address)
        except ValueError as exc:
            self._say("error", f"✘ {exc}")
            self.email.setFocus()
            return
        self.results.clear()
        self.tried.clear()
        self.use_button.setEnabled(False)
        self._say("info", self.tr("Searching…"))
        resolver, urls = self.resolver, self.autodiscover_urls
        context, timeout = self.ssl_context, self.timeout

        def job(emit: Callable[[object], None],
                cancel: threading.Event) -> tuple[list[Candidate], list[Tried], bool]:
            tried: list[Tried] = []
            found = autodetect.find_candidates(
                address, resolver=resolver, autodiscover_urls=urls,
                ssl_context=context, timeout=timeout, cancel=cancel, tried=tried,
                progress=emit)
            return found, tried, cancel.is_set()

        self.find_button.setEnabled(False)
        self.email.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.task = run_in_background(
            job, self, on_progress=self._progress, on_success=self._found,
            on_failure=self._failed, on_end=self._ended)
        if self._track is not None:
            self._track(self.task)

    def stop_search(self) -> None:
        """Stop the search; what was found until then is listed."""
        if self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self._say("info", self.tr("Stopping…"))

    @property
    def searching(self) -> bool:
        """True while a search runs."""
        return self.task is not None

    def _progress(self, source: Any) -> None:
        self._say("info", self.tr("Looking at {source}…").format(source=source))

    def _found(self, result: tuple[list[Candidate], list[Tried], bool]) -> None:
        candidates, tried, cancelled = result
        for candidate in candidates:
            self.results.addItem(self._item(candidate))
        for entry in tried:
            self.tried.addItem(self.tr("• {source}: {outcome}").format(
                source=entry.source, outcome=entry.outcome))
        if candidates:
            self.results.setCurrentRow(0)
            self.use_button.setDefault(True)
        if cancelled:
            self._say("info", self.tr("Search stopped. What was found until then "
                                      "is listed."))
        elif candidates:
            found = (self.tr("✔ Found one server.") if len(candidates) == 1
                     else self.tr("✔ Found {count} servers.").format(
                         count=len(candidates)))
            self._say("ok", found + " " + self.tr("Choose one and press Use."))
        else:
            self._say("error", self.tr(
                "✘ No server found. Close this window and enter the server by "
                "hand, or ask the mail administrator for its name."))

    def _failed(self, exc: Any) -> None:
        log.warning("Autodetect failed: %s", exc)
        self._say("error", self.tr("✘ The search failed: {error}").format(error=exc))

    def _ended(self) -> None:
        self.task = None
        self.find_button.setEnabled(True)
        self.email.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _item(self, candidate: Candidate) -> QListWidgetItem:
        head = self.tr("{address} — {security}").format(
            address=candidate.address, security=candidate.security.short)
        if candidate.kind is not None:
            head += f" — {candidate.kind.label}"
        sources = "\n".join(f"  • {source}" for source in candidate.sources)
        item = QListWidgetItem(self.tr("{server}\nfound by:\n{sources}").format(
            server=head, sources=sources))
        item.setData(_ROLE, candidate)
        item.setToolTip(item.text())
        return item

    def _say(self, level: str, text: str) -> None:
        set_level(self.status, level)
        self.status.setText(text)
        self.status.show()

    # -- choosing

    def selected(self) -> Candidate | None:
        """The candidate highlighted in the list, if any."""
        item = self.results.currentItem()
        data = item.data(_ROLE) if item is not None else None
        return data if isinstance(data, Candidate) else None

    def _selection_changed(self) -> None:
        self.use_button.setEnabled(self.selected() is not None)

    def _double_clicked(self, _item: QListWidgetItem) -> None:
        if self.selected() is not None:
            self.accept()

    def accept(self) -> None:
        """Use the highlighted candidate (ignored when none is)."""
        candidate = self.selected()
        if candidate is None:
            return
        self.candidate = candidate
        super().accept()
        self.chosen.emit(candidate)

    def done(self, result: int) -> None:
        """Closing in any way stops a running search."""
        if self.task is not None:
            self.task.cancel()
        super().done(result)

    def dispose(self) -> None:
        """Delete the dialog once its search (if any) has ended."""
        if self.task is None:
            self.deleteLater()
        else:
            self.task.ended.connect(self.deleteLater)
