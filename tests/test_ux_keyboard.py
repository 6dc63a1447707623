"""A whole setup with the keyboard alone, against the real Dovecot.

Every key goes to whatever widget has the keyboard focus, as a technician's
keyboard would: Alt+letter mnemonics to reach fields, typing, arrows in the
users table, Enter for Next and Alt+A to apply. No widget is set from code
and no mouse event is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app import memkeyring
from app.model import Deployment
from app.services import BackgroundService
from tests.support.dovecot import Dovecot
from ui.finishpage import FinishPage
from ui.pages import AccountsPage, ServerPage, SitePage, SummaryPage, UsersPage
from ui.testpage import ConnectionTestPage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Keys sent to the focused widget of the wizard's window."""

    def __init__(self, qtbot: QtBot, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is self.window, \
            f"the keyboard focus left the wizard: {widget}"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier =
              Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.qtbot.wait(20)

    def alt(self, letter: str) -> QWidget:
        """Alt+letter; returns the widget the mnemonic put the focus in."""
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        return self.focused()

    def type(self, text: str) -> None:
        """Type *text* key by key, each into whatever holds the focus then."""
        for char in text:
            self.qtbot.keyClicks(self.focused(), char)

    def replace(self, text: str) -> None:
        """Select all in the focused field and type *text* over it."""
        self.press(Qt.Key.Key_A, CTRL)
        self.type(text)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


def holds(focused: QWidget, control: QWidget) -> bool:
    """The focus is in *control* (itself, or a part such as its editor)."""
    return focused is control or control.isAncestorOf(focused)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    wiz = SetupWizard(deployment=Deployment(),
                      config_path=tmp_path / "config" / "umconnect.toml",
                      state_dir=tmp_path / "state")
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    yield wiz
    wiz.shutdown()
    BackgroundService(wiz.config_path, wiz.state_dir).stop()


@pytest.mark.dovecot
def test_whole_setup_with_the_keyboard_alone(
        qtbot: QtBot, wizard: SetupWizard, clean_dovecot: Dovecot, tmp_path: Path,
        memory_store: memkeyring.MemoryKeyring) -> None:
    keys = Keyboard(qtbot, wizard)
    spool = tmp_path / "spool"
    spool.mkdir()

    keys.enter()                                     # Welcome: Enter is Next
    site = wizard.currentPage()
    assert isinstance(site, SitePage)
    assert keys.alt("u") is site.users
    keys.replace("120")
    assert wizard.deployment.site.um_users == 120
    keys.enter()

    server = wizard.currentPage()
    assert isinstance(server, ServerPage)
    assert keys.alt("a") is server.host
    keys.type("127.0.0.1")
    assert holds(keys.alt("p"), server.port)
    keys.replace(str(clean_dovecot.tls_port))
    assert keys.alt("t") is server.ca_file
    keys.type(str(clean_dovecot.ca_file))
    assert wizard.deployment.server.port == clean_dovecot.tls_port
    keys.enter()

    accounts = wizard.currentPage()
    assert isinstance(accounts, AccountsPage)
    assert keys.alt("l") is accounts.login
    keys.type(clean_dovecot.master_user)
    assert keys.alt("w") is accounts.password
    keys.type(clean_dovecot.master_password)
    keys.enter()

    users = wizard.currentPage()
    assert isinstance(users, UsersPage)
    assert keys.alt("s") is users.spool
    keys.type(str(spool))
    assert holds(keys.alt("u"), users.table)
    for text, moves in (("1001", 0), ("alice", 2), ("Alice", 1)):
        for _ in range(moves):
            keys.press(Qt.Key.Key_Right)
        keys.type(text)                              # typing opens the cell
        keys.enter()                                 # Enter closes it
    assert [(u.mailbox, u.context, u.login) for u in wizard.deployment.users] == \
        [("1001", "default", "alice")]
    assert wizard.deployment.sample_user == "alice"
    keys.enter()

    test = wizard.currentPage()
    assert isinstance(test, ConnectionTestPage)
    assert keys.focused() is test.run_button
    keys.press(Qt.Key.Key_Space)                     # run the test
    qtbot.waitUntil(lambda: not test.task_running and test.report is not None,
                    timeout=30_000)
    assert test.report is not None and test.report.passed, test.report.to_text()
    keys.enter()

    summary = wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    keys.enter()                                     # Enter never applies
    assert wizard.currentPage() is summary
    assert not wizard.config_path.exists()
    keys.alt("a")                                    # &Apply (clicks after 0.1 s)

    finish = wizard.page(FinishPage)
    qtbot.waitUntil(lambda: wizard.currentPage() is finish, timeout=5000)
    qtbot.waitUntil(lambda: not finish.busy, timeout=30_000)
    qtbot.waitUntil(lambda: "running" in finish.status.text(), timeout=15_000)
    written = wizard.config_path.read_text()
    assert "alice" in written and clean_dovecot.master_password not in written


def test_tab_reaches_every_field_in_reading_order(qtbot: QtBot,
                                                  wizard: SetupWizard) -> None:
    """Tab walks the Mail server page top to bottom and on to the buttons."""
    keys = Keyboard(qtbot, wizard)
    keys.enter()
    keys.enter()
    server = wizard.currentPage()
    assert isinstance(server, ServerPage)
    # Typing goes to the host name at once; the button above it, which only
    # fills it in, is one Shift+Tab away.
    assert holds(keys.focused(), server.host)
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert holds(keys.focused(), server.autodetect_button)

    seen: list[QWidget] = []
    for _ in range(12):
        seen.append(keys.focused())
        keys.press(Qt.Key.Key_Tab)

    order = [server.autodetect_button, server.host, server.port, server.security,
             server.ca_file, server.fingerprint]
    positions = [next(i for i, w in enumerate(seen) if holds(w, field))
                 for field in order]
    assert positions == sorted(positions), [type(w).__name__ for w in seen]


@pytest.mark.dovecot
def test_a_failed_step_leads_to_the_page_that_fixes_it(
        qtbot: QtBot, wizard: SetupWizard, dovecot: Dovecot, tmp_path: Path) -> None:
    """A refused login offers the way back to the superuser page, by Alt+G."""
    wizard.deployment = dovecot.deployment(spool=str(tmp_path))
    wizard.password = "not-the-password"
    wizard.restart()
    for _ in range(5):
        wizard.next()
    test = wizard.currentPage()
    assert isinstance(test, ConnectionTestPage)
    keys = Keyboard(qtbot, wizard)
    test.run_button.setFocus()
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not test.task_running and test.report is not None,
                    timeout=30_000)
    assert test.report is not None and not test.report.passed
    assert test.fix_button.isVisible()
    assert wizard.page(AccountsPage).title() in test.fix_button.text()

    keys.alt("g")

    qtbot.waitUntil(lambda: isinstance(wizard.currentPage(), AccountsPage),
                    timeout=5000)
    assert wizard.password == "not-the-password"  # the answers are kept
