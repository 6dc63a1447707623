"""Start-up: the first page shows before the other pages' back ends load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWizard

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
    wizard.next()
    assert isinstance(wizard.currentPage(), SitePage)
    wizard.shutdown()


def test_next_before_the_rest_is_built_builds_it(qtbot: QtBot) -> None:
    wizard = SetupWizard(lazy=True)
    wizard.confirm_cancel = False
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert isinstance(wizard.currentPage(), SitePage)
    assert len(wizard.pages) == 13
    wizard.shutdown()
