"""Start-up: the first page shows before the other pages' back ends load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWizard

from ui import main as wizard_main
from ui import startup
from ui.pages import SitePage
from ui.welcome import WelcomePage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent


def test_the_program_loads_no_back_end_before_its_first_page() -> None:
    probe = ("import sys\nimport ui.main\n"
             "heavy = ['keyring', 'imapclient', 'dns.resolver', 'exchangelib', "
             "'cryptography', 'app.probes', 'app.rules', 'ui.pages']\n"
             "print(' '.join(m for m in heavy if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, text=True,
                          capture_output=True, timeout=60, check=True)
    assert done.stdout.strip() == ""


def test_the_first_paint_does_not_wait_for_qts_namespace(tmp_path: Path) -> None:
    # Creating the enum types of Qt's namespace takes longer than building the
    # welcome page; the first paint must not wait for it.
    probe = ("import os, sys\nimport PySide6.QtCore as core\nimport ui.startup\n"
             "def report():\n"
             "    print('Qt' in vars(core), flush=True)\n    os._exit(0)\n"
             "ui.startup._report_and_quit = report\n"
             "from ui.main import main\nmain([])\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "UMCONNECT_EXIT_AFTER_PAINT": "1",
           "UMCONNECT_CONFIG_DIR": str(tmp_path), "UMCONNECT_STATE_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, text=True,
                          capture_output=True, timeout=60, check=True, env=env)
    assert done.stdout.strip() == "False"


def test_no_arguments_mean_the_parsers_defaults() -> None:
    assert wizard_main.arguments([]) == wizard_main._parser().parse_args([])
    assert wizard_main.arguments(["--lang", "de"]).lang == "de"


def test_a_lazy_wizard_builds_the_rest_after_the_first_paint(qtbot: QtBot) -> None:
    wizard = SetupWizard(lazy=True)
    wizard.confirm_cancel = False
    qtbot.addWidget(wizard)
    startup.after_first_paint(wizard.pages[0], wizard.complete)
    assert [type(p) for p in wizard.pages] == [WelcomePage]
    wizard.show()
    # Next, not Finish, from the start: the welcome page leads on.
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.waitUntil(lambda: len(wizard.pages) == 13, timeout=10_000)
    # What the first paint did not wait for is done now: the welcome page's
    # notes are selectable and the keyboard is in its first control.
    welcome = wizard.pages[0]
    assert isinstance(welcome, WelcomePage)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert welcome.have_at_hand.textInteractionFlags() & selectable
    qtbot.waitUntil(welcome.load_button.hasFocus, timeout=5_000)
    wizard.next()
    assert isinstance(wizard.currentPage(), SitePage)
    wizard.shutdown()


def test_keys_pressed_before_the_rest_is_built_are_kept(qtbot: QtBot) -> None:
    wizard = SetupWizard(lazy=True)
    wizard.confirm_cancel = False
    qtbot.addWidget(wizard)
    welcome = wizard.pages[0]
    assert isinstance(welcome, WelcomePage)
    wizard.show()
    # The keyboard starts on the welcome page's one control, as soon as shown.
    qtbot.waitUntil(welcome.load_button.hasFocus, timeout=5_000)
    qtbot.keyClick(welcome.load_button, Qt.Key.Key_Tab)
    moved_to = QApplication.focusWidget()
    assert moved_to is not welcome.load_button

    wizard.complete()

    assert QApplication.focusWidget() is moved_to
    wizard.shutdown()


def test_translations_outlive_an_application_that_went(qtbot: QtBot) -> None:
    # A translator of an earlier QApplication (gone with it) is not touched.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    gone = QTranslator()
    wizard_main._INSTALLED.append(gone)
    shiboken6.delete(gone)
    try:
        wizard_main.install_translations(app, "de")
        assert QCoreApplication.translate("SetupWizard", "&Apply") == "&Anwenden"
    finally:
        wizard_main.install_translations(app, "en")


def test_next_before_the_rest_is_built_builds_it(qtbot: QtBot) -> None:
    wizard = SetupWizard(lazy=True)
    wizard.confirm_cancel = False
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert isinstance(wizard.currentPage(), SitePage)
    assert len(wizard.pages) == 13
    wizard.shutdown()
