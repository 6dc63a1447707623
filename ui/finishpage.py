"""The last page: apply, then watch the service run."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app import osservice, rules
from app.apply import ApplyError, ApplyResult, apply
from app.logsetup import REDACT
from app.services import BackgroundService, ServiceState
from app.spool import tone_wav, write_voicemail
from ui.wizard import Page, set_level
from ui.worker import run_in_background

log = logging.getLogger(__name__)

_STEPS = ("store", "write", "start")


class FinishPage(Page):
    """Applies the deployment off the GUI thread, then shows the live status."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Setting up the connector"))
        self.setSubTitle(self.tr("The connector keeps running after this window "
                                 "closes."))
        self.step_labels = {
            "store": QLabel(self.tr("Keep the password in the credential store")),
            "write": QLabel(self.tr("Write the configuration")),
            "start": QLabel(self.tr("Start the connector service")),
        }
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Service status"))
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setFont(QFont("DejaVu Sans Mono", 8))
        self.log_view.setAccessibleName(self.tr("Last lines of the service log"))
        self.retry = QPushButton(self.tr("Try a&gain"))
        self.retry.clicked.connect(self._start_apply)
        self.retry.hide()
        self.open_logs = QPushButton(self.tr("&Open log folder"))
        self.open_logs.clicked.connect(self._open_log_folder)
        self.leave_voicemail = QPushButton(self.tr("Leave a &voicemail for the "
                                                   "test mailbox"))
        self.leave_voicemail.setToolTip(self.tr(
            "Writes a short voicemail into the spool, as the UM system would; it "
            "shows up in the mailbox within seconds."))
        self.leave_voicemail.clicked.connect(self._leave_voicemail)
        self.leave_voicemail.hide()
        # The service controls: stop / start whichever service runs, and make
        # the connector a system service (systemd, Windows service).
        self.system = osservice.system_service()
        self.system_status = QLabel()
        self.system_status.setObjectName("systemStatus")
        self.system_status.setWordWrap(True)
        self.system_status.setAccessibleName(self.tr("System service"))
        self.install_system = QPushButton(self.tr("Install as a s&ystem service"))
        self.install_system.setToolTip(self.tr(
            "Starts the connector at boot under an account of its own; it is "
            "handed the password encrypted for this computer only."))
        self.install_system.clicked.connect(self._install_system)
        self.stop_start = QPushButton(self.tr("S&top the service"))
        self.stop_start.clicked.connect(self._stop_or_start)
        self.stop_start.hide()
        self.uninstall_system = QPushButton(self.tr("&Remove the system service"))
        self.uninstall_system.setToolTip(self.tr(
            "Stops it and removes its unit, configuration and password; its "
            "journal stays, so nothing is delivered twice later."))
        self.uninstall_system.clicked.connect(self._uninstall_system)
        self.install_system.hide()
        self.uninstall_system.hide()
        self.system_status.hide()
        self.system_busy = False
        layout = QVBoxLayout(self)
        for label in self.step_labels.values():
            layout.addWidget(label)
        layout.addWidget(self.status)
        layout.addWidget(self.system_status)
        system_row = QHBoxLayout()
        system_row.addWidget(self.install_system)
        system_row.addWidget(self.uninstall_system)
        system_row.addStretch(1)
        layout.addLayout(system_row)
        log_title = QLabel(self.tr("Service &log:"))
        log_title.setBuddy(self.log_view)
        layout.addWidget(log_title)
        layout.addWidget(self.log_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addWidget(self.leave_voicemail)
        row.addWidget(self.stop_start)
        row.addStretch(1)
        row.addWidget(self.open_logs)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.result: ApplyResult | None = None
        self.error: ApplyError | None = None
        self.busy = False

    def initializePage(self) -> None:  # noqa: N802
        """Apply as soon as the page shows."""
        demo = self.wizard_().demo is not None
        if demo:
            self.setSubTitle(self.tr("This is the demo: the connector and the demo "
                                     "mail server stop when this window closes."))
        self.leave_voicemail.setVisible(demo)
        self._start_apply()

    def isComplete(self) -> bool:  # noqa: N802
        """Close is offered once applying has ended, either way."""
        return not self.busy

    def service(self) -> BackgroundService:
        """The service this wizard started."""
        wizard = self.wizard_()
        return BackgroundService(wizard.config_path, wizard.state_dir)

    def _start_apply(self) -> None:
        wizard = self.wizard_()
        dep, password = wizard.deployment, wizard.password
        # Keep only acknowledgements of warnings that still apply.
        current = {f.key for f in rules.evaluate(rules.Context(dep, wizard.host_facts))}
        dep.acknowledged = [key for key in dep.acknowledged if key in current]
        REDACT.add(password)
        self.busy = True
        self.error = None
        self.retry.hide()
        self.status.setText(self.tr("Working…"))
        for key, label in self.step_labels.items():
            label.setText("… " + self._base_text(key))
        self.completeChanged.emit()

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            return apply(dep, password, wizard.config_path, wizard.state_dir,
                         progress=lambda step, text: emit((step, text)))

        wizard.track(run_in_background(
            job, self, on_progress=self._progress, on_success=self._applied,
            on_failure=self._failed, on_end=self._ended))

    def _base_text(self, key: str) -> str:
        text = self.step_labels[key].text()
        return text.split(" ", 1)[1] if text[:1] in "…✔✘▶" else text

    def _progress(self, update: object) -> None:
        assert isinstance(update, tuple)
        step = str(update[0])
        if step not in _STEPS:
            return
        index = _STEPS.index(step)
        for done in _STEPS[:index]:
            self.step_labels[done].setText("✔ " + self._base_text(done))
        self.step_labels[step].setText("▶ " + self._base_text(step))

    def _applied(self, result: object) -> None:
        assert isinstance(result, ApplyResult)
        self.result = result
        for key in _STEPS:
            self.step_labels[key].setText("✔ " + self._base_text(key))
        self.setTitle(self.tr("The connector is set up"))
        self.stop_start.show()
        # The demo's mail server ends with this window: no system service.
        installed = self.wizard_().demo is None and self.system.installed()
        self._system_buttons(installed)
        if self.wizard_().demo is None and not installed:
            line = self.tr("The connector runs in the background for this user "
                           "until it is installed as a system service.")
            if not self.system.manager_running():
                line += " " + osservice.no_manager_message()
            self._system_line(line)
        self.refresh()
        self.timer.start()

    def _failed(self, error: object) -> None:
        if isinstance(error, ApplyError):
            self.error = error
            label = self.step_labels.get(error.step)
            if label is not None:
                label.setText("✘ " + self._base_text(error.step))
        set_level(self.status, "error")
        self.status.setText(self.tr("Setup did not finish: {error}").format(
            error=error))
        self.retry.show()

    def _ended(self) -> None:
        self.busy = False
        self.completeChanged.emit()

    def _system_line(self, text: str) -> None:
        """Show what the system service is doing; hidden while there is nothing."""
        self.system_status.setText(text)
        self.system_status.setVisible(bool(text))

    def system_installed(self) -> bool:
        """Whether the system service (not the background one) is in charge."""
        return (self.wizard_().demo is None and self.system.manager_running()
                and self.system.installed())

    def refresh(self) -> None:
        """Show whether the service runs, its last sync and its last log lines."""
        if self.system_installed():
            # systemctl / sc.exe may be slow: ask them off the GUI thread.
            if not self.system_busy:
                self.system_busy = True
                self.wizard_().track(run_in_background(
                    lambda emit, cancel: (self.system.state(),
                                          self.system.describe()),
                    self, on_success=self._show_system, on_failure=self._show_error,
                    on_end=self._system_done))
            return
        self._show_state(self.service().state())

    def _show_system(self, result: object) -> None:
        assert isinstance(result, tuple)
        state, line = result
        assert isinstance(state, ServiceState)
        self._system_line(str(line))
        self._show_state(state)

    def _show_error(self, error: object) -> None:
        set_level(self.system_status, "error")
        self._system_line(str(error))

    def _system_done(self) -> None:
        self.system_busy = False

    def _show_state(self, state: ServiceState) -> None:
        self.stop_start.setText(self.tr("S&top the service") if state.running
                                else self.tr("&Start the service"))
        set_level(self.status, "ok" if state.healthy else "error")
        # Stopped after it had run (a crash, a kill): offer to start it again.
        stopped = self.result is not None and not state.running and not self.busy
        self.retry.setText(self.tr("Start a&gain") if stopped
                           else self.tr("Try a&gain"))
        self.retry.setVisible(stopped or self.error is not None)
        self.status.setText(state.describe())
        self.log_view.setPlainText("\n".join(state.log_tail))
        self.log_view.verticalScrollBar().setValue(
            self.log_view.verticalScrollBar().maximum())

    def _install_system(self) -> None:
        """Install (or upgrade) the system service, off the GUI thread."""
        wizard = self.wizard_()
        dep, password, system = wizard.deployment, wizard.password, self.system
        background = self.service()
        self.install_system.setEnabled(False)
        self._system_line(self.tr("Installing the system service…"))

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            result = system.install(dep, password)
            if result.started:
                # One service at a time: the system one takes over.
                background.stop()
            return result.message

        wizard.track(run_in_background(
            job, self, on_success=self._installed, on_failure=self._show_error,
            on_end=lambda: self.install_system.setEnabled(True)))

    def _installed(self, message: object) -> None:
        set_level(self.system_status, "info")
        self._system_line(str(message))
        self._system_buttons(True)
        self.refresh()

    def _system_buttons(self, installed: bool) -> None:
        """Install (or upgrade) and remove, as the system service stands."""
        demo = self.wizard_().demo is not None
        self.install_system.setText(
            self.tr("&Upgrade the system service") if installed
            else self.tr("Install as a s&ystem service"))
        self.install_system.setVisible(not demo)
        self.uninstall_system.setVisible(installed and not demo)

    def _uninstall_system(self) -> None:
        """Remove the system service, off the GUI thread."""
        system = self.system
        self.uninstall_system.setEnabled(False)

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            system.uninstall()
            return None

        self.wizard_().track(run_in_background(
            job, self, on_success=self._uninstalled, on_failure=self._show_error,
            on_end=lambda: self.uninstall_system.setEnabled(True)))

    def _uninstalled(self, result: object) -> None:
        set_level(self.system_status, "info")
        self._system_line(self.tr("The system service is removed; its journal "
                                  "stays in {path}.").format(
            path=self.system.live_state_dir()))
        self._system_buttons(False)
        self.refresh()

    def _stop_or_start(self) -> None:
        """Stop the running service, or start it again."""
        wizard = self.wizard_()
        running = self.stop_start.text() == self.tr("S&top the service")
        system = self.system if self.system_installed() else None
        background, password = self.service(), wizard.password

        def job(emit: Callable[[object], None], cancel: threading.Event) -> object:
            if system is not None:
                (system.stop if running else system.start)()
            elif running:
                background.stop()
            else:
                background.start(password)
            return None

        self.stop_start.setEnabled(False)
        wizard.track(run_in_background(
            job, self, on_failure=self._show_error,
            on_end=self._stop_start_done))

    def _stop_start_done(self) -> None:
        self.stop_start.setEnabled(True)
        self.refresh()

    def cleanupPage(self) -> None:  # noqa: N802
        """Stop refreshing when the page goes away."""
        self.timer.stop()

    def _open_log_folder(self) -> None:
        folder = self.wizard_().state_dir
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self, self.tr("Log folder"),
                self.tr("No file manager could be started. The log is in:\n{path}")
                .format(path=folder / "service.log"))

    def _leave_voicemail(self) -> None:
        """Drop a voicemail for the test mailbox into the spool (demo only)."""
        dep = self.dep
        user = dep.user(dep.sample_user) or (dep.users[0] if dep.users else None)
        if user is None:
            return
        write_voicemail(Path(dep.service.spool), user.context, user.mailbox,
                        audio=tone_wav(2.0), duration=2,
                        callerid='"umconnect demo" <5550100>')
        self.status.setText(self.tr("Voicemail left for {box}; watch it arrive…")
                            .format(box=user.mailbox))
