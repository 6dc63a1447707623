"""The About box: what this program is, its version, and what it runs on."""

from __future__ import annotations

import logging

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QWidget, QWizard

from ui.wizard import RESOURCES

log = logging.getLogger(__name__)


def about_text(parent: QWidget) -> str:
    """The box's rich text (plain facts; nothing secret)."""
    # Loaded here: the button is made before the first paint, the box later.
    import platform  # noqa: PLC0415

    from PySide6 import __version__ as pyside_version  # noqa: PLC0415

    from app import secrets  # noqa: PLC0415
    from app.version import version  # noqa: PLC0415

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
    # The button is made before the first paint, the box (and the types it
    # needs, Qt's namespace among them) only when asked for.
    qt = QtCore.Qt
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About umconnect"))
    box.setTextFormat(qt.TextFormat.RichText)
    box.setText(about_text(parent))
    box.setIconPixmap(QtGui.QPixmap(str(RESOURCES / "umconnect.png")).scaled(
        64, 64, qt.AspectRatioMode.KeepAspectRatio,
        qt.TransformationMode.SmoothTransformation))
    box.exec()


def add_about_button(wizard: QWizard) -> None:
    """An "About" button at the left of the wizard's button row.

    It is the second custom button: the first is the Details button, and the
    Help button ("What is this?") keeps its place beside it.
    """
    about = QWizard.WizardButton.CustomButton2
    wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
    # No Alt+letter: each letter of "About" is taken on some page (Tab reaches it).
    wizard.setButtonText(about, QCoreApplication.translate("About", "About"))
    wizard.button(about).setAccessibleName(
        QCoreApplication.translate("About", "About umconnect"))
    # The Details button (the first custom one) shows once it is installed
    # (details.install, after the first paint); Qt would show it empty before.
    wizard.button(QWizard.WizardButton.CustomButton1).hide()
    wizard.setButtonLayout([
        QWizard.WizardButton.HelpButton, about, QWizard.WizardButton.Stretch,
        QWizard.WizardButton.CustomButton1, QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])
    wizard.customButtonClicked.connect(
        lambda which: show_about(wizard) if which == about.value else None)
