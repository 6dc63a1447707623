"""The connection test page: a live tree of steps, a verdict and a report."""

from __future__ import annotations

import hashlib
import html
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app import config
from app.imapconn import Timeouts
from app.probes import Status, StepResult, TestReport, planned_titles, run_imap_test
from ui import pagehelp
from ui.wizard import Page, set_level
from ui.worker import run_in_background

log = logging.getLogger(__name__)

_ICONS = {
    Status.PASS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Status.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Status.FAIL: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Status.SKIPPED: QStyle.StandardPixmap.SP_ArrowForward,
}


def _fingerprint(page: Page) -> str:
    """Identifies what was tested, so a later change invalidates the result."""
    wizard = page.wizard_()
    blob = config.dumps(wizard.deployment) + "\0" + wizard.password
    return hashlib.sha256(blob.encode()).hexdigest()


class ConnectionTestPage(Page):
    """Runs :func:`app.probes.run_imap_test` off the GUI thread, step by step."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Test the connection"))
        self.setSubTitle(self.tr("Every step the connector will take, tried live "
                                 "against the server. Nothing is left behind."))
        self.headline = QLabel(self.tr("Press Test connection to start."))
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Test verdict"))
        self.run_button = QPushButton(self.tr("&Test connection"))
        self.run_button.setDefault(False)
        self.cancel_button = QPushButton(self.tr("Cance&l test"))
        self.copy_button = QPushButton(self.tr("C&opy report"))
        self.save_button = QPushButton(self.tr("Sa&ve report…"))
        self.trust_button = QPushButton(self.tr("Trust this &certificate…"))
        self.trust_button.setToolTip(self.tr(
            "Trust exactly the certificate the server showed, after comparing "
            "its fingerprint with the server administrator."))
        self.trust_button.clicked.connect(self._trust_certificate)
        self.trust_button.hide()
        #: After a failure: back to the page where its setting is made.
        self.fix_button = QPushButton()
        self.fix_button.setAccessibleName(self.tr("Go to the page to fix it"))
        self.fix_button.setToolTip(self.tr(
            "Go back to the page where the setting behind the failed step is "
            "made; the answers on the pages between are kept."))
        self.fix_button.clicked.connect(self.go_to_fix)
        self.fix_button.hide()
        self._fix_page = ""
        self.run_button.clicked.connect(self.start_test)
        self.cancel_button.clicked.connect(self.cancel_test)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Status"), self.tr("Step"),
                                   self.tr("Result"), self.tr("Time")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Test steps"))
        self.tree.setAccessibleDescription(self.tr(
            "One row per step: its status in words, the step, the result in a "
            "few words and how long it took. Select a row for its details."))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_details)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Details of the selected step"))
        self.details.setAccessibleDescription(self.tr(
            "What to do first, then what happened and the protocol transcript."))
        self.details.setPlaceholderText(self.tr("Select a step to see its details."))
        self.acknowledge = QCheckBox(self.tr(
            "Continue &despite the warnings above"))
        self.acknowledge.setToolTip(self.tr(
            "The test passed with warnings; tick to go on once you have read "
            "them and they are acceptable at this site."))
        self.acknowledge.setAccessibleDescription(self.acknowledge.toolTip())
        self.acknowledge.toggled.connect(self.completeChanged)
        self.acknowledge.hide()

        buttons = QHBoxLayout()
        for button in (self.run_button, self.cancel_button, self.trust_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.copy_button, self.save_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 140])
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fix_button)
        fix_row.addStretch(1)
        layout.addLayout(fix_row)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.acknowledge)

        self.report: TestReport | None = None
        self.pin_offer = ""
        self.results: dict[str, StepResult] = {}
        self.task_running = False
        self._tested = ""
        self._task_cancel: Callable[[], None] | None = None
        self._running_item: QTreeWidgetItem | None = None
        self._running_since = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self._set_idle()

    # Page life cycle

    def initializePage(self) -> None:  # noqa: N802
        """Keep a result only if nothing changed since it was taken."""
        if self.report is not None and self._tested != _fingerprint(self):
            self.report = None
            self.wizard_().report = None
            self.headline.setText(self.tr("The settings changed since the last "
                                          "test. Press Test connection again."))
            set_level(self.headline, "info")
        if self.report is None:
            self._show_plan()
        self.run_button.setFocus()
        self._set_idle()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back cancels a test in progress."""
        self.cancel_test()

    def isComplete(self) -> bool:  # noqa: N802
        """Next only after a passing test (warnings need the tick)."""
        report = self.report
        if self.task_running or report is None or not report.passed:
            return False
        has_warnings = any(s.status is Status.WARNING for s in report.steps)
        return not has_warnings or self.acknowledge.isChecked()

    # Running

    def start_test(self) -> None:
        """Start the test in the background; steps appear as they finish."""
        if self.task_running:
            return
        wizard = self.wizard_()
        dep = wizard.deployment
        password = wizard.password
        self.report = None
        wizard.report = None
        self._tested = _fingerprint(self)
        self._show_plan()
        self.acknowledge.setChecked(False)
        self.acknowledge.hide()
        self.trust_button.hide()
        self.fix_button.hide()
        self.headline.setText(self.tr("Testing {host}…").format(host=dep.server.host))
        set_level(self.headline, "info")
        self._mark_running(0)
        self.task_running = True
        self._set_idle()

        timeouts = Timeouts.for_reads(dep.service.timeout_seconds)

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            return run_imap_test(dep, password, timeouts=timeouts, cancel=cancel,
                                 on_step=emit)

        task = run_in_background(job, self, on_progress=self._step_done,
                                 on_success=self._finished, on_failure=self._crashed,
                                 on_end=self._ended)
        wizard.track(task)
        self._task_cancel = task.cancel

    def _trust_certificate(self) -> None:
        """Pin the certificate the server showed, once the technician agrees."""
        fingerprint = self.pin_offer
        if not fingerprint:
            return
        answer = QMessageBox.question(
            self, self.tr("Trust this certificate?"),
            self.tr("Compare this SHA-256 fingerprint with the one the server's "
                    "administrator reads from the server:\n\n{fp}\n\nTrust "
                    "exactly this certificate from now on?").format(fp=fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.trust(fingerprint)

    def trust(self, fingerprint: str) -> None:
        """Pin *fingerprint* for the server and test again."""
        self.dep.server.pinned_fingerprint = fingerprint
        self.trust_button.hide()
        log.info("Certificate %s trusted by the technician", fingerprint)
        self.start_test()

    def cancel_test(self) -> None:
        """Ask a running test to stop; it ends within a fraction of a second."""
        if self._task_cancel is not None and self.task_running:
            self.headline.setText(self.tr("Cancelling…"))
            self._task_cancel()

    def _show_plan(self) -> None:
        self.tree.clear()
        self.results.clear()
        self.details.clear()
        for key, title in planned_titles(self.dep):
            item = QTreeWidgetItem(["", title, "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setText(0, self.tr("Waiting"))
            self.tree.addTopLevelItem(item)

    def _mark_running(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            item.setText(0, self.tr("Running…"))
            item.setIcon(0, self.style().standardIcon(
                QStyle.StandardPixmap.SP_BrowserReload))
            self._running_item = item
            self._running_since = time.monotonic()
            self._ticker.start()

    def _tick(self) -> None:
        """Show how long the running step has been waiting, in whole seconds."""
        item = self._running_item
        if item is None or not self.task_running:
            self._ticker.stop()
            return
        waited = time.monotonic() - self._running_since
        if waited >= 1:
            item.setText(3, self.tr("{s} s…").format(s=int(waited)))

    def _item(self, key: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def _step_done(self, result: object) -> None:
        assert isinstance(result, StepResult)
        self._running_item = None
        self.results[result.key] = result
        item = self._item(result.key)
        if item is None:
            return
        item.setText(0, result.status.word)
        item.setIcon(0, self._icon(result.status))
        item.setText(1, result.title)
        item.setText(2, result.summary)
        if result.status is not Status.SKIPPED:
            item.setText(3, self.tr("{ms} ms").format(
                ms=round(result.duration * 1000)))
        item.setToolTip(2, result.remedy or result.summary)
        done = len(self.results)
        total = self.tree.topLevelItemCount()
        if result.status is Status.FAIL:
            self.tree.setCurrentItem(item)
        elif result.status is not Status.SKIPPED and done < total:
            self._mark_running(self.tree.indexOfTopLevelItem(item) + 1)
            self.headline.setText(self.tr("Testing… {done} of {total} steps done")
                                  .format(done=done, total=total))

    def _icon(self, status: Status) -> QIcon:
        return self.style().standardIcon(_ICONS[status])

    def _finished(self, report: object) -> None:
        assert isinstance(report, TestReport)
        self.report = report
        self.wizard_().report = report
        self.headline.setText(report.headline())
        set_level(self.headline, "ok" if report.passed else "error")
        warnings = any(s.status is Status.WARNING for s in report.steps)
        self.acknowledge.setVisible(report.passed and warnings)
        failure = report.first_failure
        self.pin_offer = getattr(failure, "pin_offer", "") if failure else ""
        self.trust_button.setVisible(bool(self.pin_offer))
        if failure is not None:
            item = self._item(failure.key)
            if item is not None:
                self.tree.setCurrentItem(item)
        self._offer_fix(failure.key if failure is not None else "")
        self._show_details(self.tree.currentItem())
        log.info("Connection test: %s", report.headline())

    def _offer_fix(self, step_key: str) -> None:
        """Offer the way back to the page that holds the failed step's setting."""
        wizard = self.wizard_()
        self._fix_page = pagehelp.fix_page(step_key)
        target = next((p for p in wizard.pages
                       if type(p).__name__ == self._fix_page), None)
        self.fix_button.setVisible(target is not None)
        if target is not None:
            self.fix_button.setText(self.tr("&Go to the page to fix it: {page}")
                                    .format(page=target.title()))

    def go_to_fix(self) -> None:
        """Go back, page by page, to the page named by the last failure."""
        wizard = self.wizard_()
        while (wizard.currentPage() is not None
               and type(wizard.currentPage()).__name__ != self._fix_page
               and wizard.currentId() != wizard.startId()):
            wizard.back()

    def _crashed(self, error: object) -> None:
        self.headline.setText(self.tr("The test could not run: {error}").format(
            error=error))

    def _ended(self) -> None:
        self._ticker.stop()
        self._running_item = None
        self.task_running = False
        self._set_idle()
        self.completeChanged.emit()

    def _set_idle(self) -> None:
        running = self.task_running
        self.run_button.setEnabled(not running)
        self.run_button.setText(self.tr("Run &again") if self.report
                                else self.tr("&Test connection"))
        self.cancel_button.setEnabled(running)
        has_report = self.report is not None
        self.copy_button.setEnabled(has_report)
        self.save_button.setEnabled(has_report)

    # Details and report

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        result = self.results.get(item.data(0, Qt.ItemDataRole.UserRole))
        if result is None:
            self.details.setPlainText(self.tr("This step has not run yet."))
            return
        self.details.setHtml(step_html(result, self.tr))

    def _copy(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(self.report.to_text())
            self.headline.setText(self.report.headline() + "  " +
                                  self.tr("(report copied)"))

    def _save(self) -> None:
        if self.report is None:
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "umconnect-test-report.html",
            self.tr("Web page (*.html);;Text (*.txt)"))
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        """Write the report as HTML or text, chosen by the file's suffix."""
        assert self.report is not None
        text = (self.report.to_html() if path.suffix.lower() in (".html", ".htm")
                else self.report.to_text())
        config.atomic_write(path, text.encode("utf-8"), mode=0o644)


def step_html(result: StepResult, tr: Callable[[str], str]) -> str:
    """One step's remedy, detail and transcript as HTML for the details pane."""
    del tr  # the labels live in ConnectionTestPage's context of the catalogue
    esc = html.escape
    what_to_do = QCoreApplication.translate("ConnectionTestPage", "What to do:")
    transcript = QCoreApplication.translate(
        "ConnectionTestPage", "Protocol transcript (passwords hidden)")
    parts = [f"<p><b>{esc(result.title)}</b> — {esc(result.status.word)}, "
             f"{result.duration * 1000:.0f} ms</p>"]
    if result.remedy:
        parts.append(f"<p><b>{esc(what_to_do)}</b> {esc(result.remedy)}</p>")
    parts.append(f"<p>{esc(result.summary)}</p>")
    if result.detail:
        parts.append(f"<pre>{esc(result.detail)}</pre>")
    if result.transcript:
        parts.append(f"<p><b>{esc(transcript)}"
                     f"</b></p><pre>{esc(chr(10).join(result.transcript))}</pre>")
    return "".join(parts)

