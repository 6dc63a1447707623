"""The About box: what this program is, its version, and what it runs on."""

from __future__ import annotations

import logging
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app import secrets
from app.version import version
from ui.wizard import RESOURCES

log = logging.getLogger(__name__)


def about_text(parent: QWidget) -> str:
    """The box's rich text (plain facts; nothing secret)."""
    try:
        store = secrets.backend_name()
    except Exception:  # the box must open even if keyring is broken
        log.warning("Credential store unknown", exc_info=True)
        store = "?"
    return QCoreApplication.translate(
        "About",
        "<h3>umconnect {version}</h3>"
        "<p>Connects a voicemail system to its mail server: a setup wizard and "
        "the connector service it installs.</p>"
        "<p>Python {python}, Qt {qt} (PySide6 {pyside})<br>"
        "Credential store: {store}</p>").format(
        version=version(), python=platform.python_version(), qt=qVersion(),
        pyside=pyside_version, store=store)


def show_about(parent: QWidget) -> None:
    """Open the About box over *parent*."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About umconnect"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(parent))
    box.setIconPixmap(QPixmap(str(RESOURCES / "umconnect.png")).scaled(
        64, 64, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation))
    box.exec()


def add_about_button(wizard: QWizard) -> None:
    """An "About" button in the wizard's button row, left of the others."""
    wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
    # FIXME: Alt+B also belongs to the Back button, so it only moves focus
    # between the two; every other letter is taken on some page.
    wizard.setButtonText(QWizard.WizardButton.CustomButton1,
                         QCoreApplication.translate("About", "A&bout"))
    wizard.setButtonLayout([
        QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton])
    wizard.customButtonClicked.connect(
        lambda which: show_about(wizard) if which == 1 else None)
