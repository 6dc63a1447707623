"""The welcome page: what will be set up and what to have at hand.

Apart from the other pages, and light to import: the program shows it before
the rest of the wizard (and every page's back end) is loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from ui.wizard import Page, make_selectable, note

log = logging.getLogger(__name__)


class WelcomePage(Page):
    """What will be set up and what to have at hand."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Connect voicemail to the mail server"))
        self.setSubTitle(self.tr("This wizard sets up the IMAP connector or the "
                                 "Exchange gateway, tests it live and starts it. "
                                 "It takes about five minutes."))
        layout = QVBoxLayout(self)
        # Selectable only after the first paint: see finish_after_paint().
        self.have_at_hand = note(selectable=False, text=self.tr(
            "Have at hand:\n"
            "  •  the mail server's name or address, and its IMAP port (for the "
            "gateway: the Exchange servers)\n"
            "  •  the superuser account (NPUMAdmin) that may open every UM "
            "user's mailbox, and its password (Office 365 and Google: the app "
            "registration or service account instead)\n"
            "  •  the voicemail boxes to connect, and one user's mailbox to "
            "test with\n\n"
            "Nothing is changed on this computer or the server until you press "
            "Apply on the summary page."))
        layout.addWidget(self.have_at_hand)
        self.demo_note = note(name="demo", selectable=False)
        layout.addWidget(self.demo_note)
        layout.addStretch(1)
        self.load_button = QPushButton(self.tr("&Load answers…"))
        self.load_button.setToolTip(self.tr("Fill the wizard from a prepared "
                                            "answer file (TOML, no passwords)."))
        self.load_button.clicked.connect(self._load_answers)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addStretch(1)
        layout.addLayout(row)

    def finish_after_paint(self) -> None:
        """Make the notes selectable, which the first paint did not wait for
        (the flag's type comes with Qt's namespace, slow to load)."""
        make_selectable(self.have_at_hand)
        make_selectable(self.demo_note)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Say when the built-in demo server is in use; the keyboard starts on
        the page's one control (the wizard's search for the first control of a
        page waits until after the first paint, see ui.wizard)."""
        self.load_button.setFocus()
        demo = self.wizard_().demo
        self.demo_note.setVisible(demo is not None)
        if demo is not None:
            self.demo_note.setText(self.tr(
                "Demo mode: a demo mail server runs on this computer "
                "(127.0.0.1, port {port}) with the superuser '{su}' (password "
                "'{pw}') and the users alice and bob. Everything is filled in; "
                "press Next to walk through. The demo server stops when the "
                "wizard closes.").format(port=demo.port, su=demo.superuser,
                                         pw=demo.superuser_password))

    def _load_answers(self) -> None:
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Load answers"), "", self.tr("Answer files (*.toml)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Fill the wizard from an answer file; say plainly if it is unusable."""
        from app import config  # noqa: PLC0415 - loaded after the first paint

        try:
            dep = config.load(path)
        except config.ConfigError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Answer file not loaded"),
                                          str(exc))
            return False
        self.wizard_().deployment = dep
        log.info("Answers loaded from %s", path)
        return True
