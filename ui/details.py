"""The Details window: the wizard's live log and "Save support bundle…".

Log lines arrive from any thread through :class:`app.support.LogRing`; a
queued signal brings them to the GUI thread, where the view appends them.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from app import support
from app.services import BackgroundService

if TYPE_CHECKING:
    from ui.wizard import SetupWizard

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries log lines from any thread to the GUI thread.

    Signals:
        line(str): one formatted, masked log line.
    """

    line = Signal(str)


class DetailsDialog(QDialog):
    """The live log beside the wizard, and the support bundle."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.setWindowTitle(self.tr("umconnect — details"))
        self.resize(760, 420)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(2000)
        self.view.setFont(QFont("DejaVu Sans Mono", 8))
        self.view.setAccessibleName(self.tr("Live log"))
        self.view.setAccessibleDescription(self.tr(
            "What the wizard does, line by line, newest at the bottom. "
            "Passwords are masked."))
        title = QLabel(self.tr("&Log of this session:"))
        title.setBuddy(self.view)
        self.bundle_button = QPushButton(self.tr("Save support &bundle…"))
        self.bundle_button.setToolTip(self.tr(
            "One zip for the helpdesk: the configuration, the last test report, "
            "the log tails and the versions. Passwords are never in it."))
        self.bundle_button.setAccessibleDescription(self.bundle_button.toolTip())
        self.bundle_button.setAutoDefault(False)
        self.bundle_button.clicked.connect(self._save_bundle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.bundle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.ring = support.install_ring()
        self._relay = _Relay(self)
        self._relay.line.connect(self.view.appendPlainText,
                                 Qt.ConnectionType.QueuedConnection)
        self.view.setPlainText("\n".join(self.ring.tail()))
        relay, ring = self._relay, self.ring
        ring.listen(relay.line.emit, relay)
        # Not a method of this dialog: Qt drops those as the object dies.
        relay.destroyed.connect(lambda *_args: ring.forget(relay))

    def _save_bundle(self) -> None:
        name = time.strftime("umconnect-support-%Y%m%d-%H%M%S.zip")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save support bundle"), name, self.tr("Zip files (*.zip)"))
        if path:
            self.save_bundle(Path(path))

    def save_bundle(self, path: Path) -> Path | None:
        """Write the support bundle to *path*; say so if that fails."""
        wizard = self.wizard
        service = BackgroundService(wizard.config_path, wizard.state_dir)
        try:
            service_log = service.log_tail(300)
        except OSError:
            service_log = []
        try:
            return support.write_bundle(
                path, deployment=wizard.deployment, report=wizard.report,
                wizard_log=self.ring.tail(), service_log=service_log,
                secrets=[wizard.password], extra_versions=qt_versions())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Support bundle not saved"),
                                self.tr("{path} could not be written: {error}. "
                                        "Choose another folder.").format(
                                    path=path, error=exc.strerror or exc))
            return None


def qt_versions() -> dict[str, str]:
    """The Qt version the wizard runs on."""
    from PySide6 import __version__ as pyside  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    return {"Qt": qVersion(), "PySide6": pyside}


def show_details(wizard: SetupWizard) -> DetailsDialog:
    """Open (or raise) the wizard's one Details window."""
    dialog = wizard.findChild(DetailsDialog)
    if dialog is None:
        dialog = DetailsDialog(wizard)
    dialog.show()
    dialog.raise_()
    return dialog


def install(wizard: SetupWizard) -> None:
    """Give the wizard a Details button that opens the Details window."""
    support.install_ring()
    details = QWizard.WizardButton.CustomButton1
    wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
    wizard.setButtonText(details, QCoreApplication.translate("DetailsDialog",
                                                             "Details"))
    button = wizard.button(details)
    button.setToolTip(QCoreApplication.translate(
        "DetailsDialog", "The live log of this session, and a support bundle "
        "for the helpdesk."))
    button.setAccessibleDescription(button.toolTip())
    wizard.customButtonClicked.connect(
        lambda which: show_details(wizard) if which == details.value else None)
