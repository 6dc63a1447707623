"""The wizard's button row as the program builds it: Help, About and Details
each have a button of their own, and each opens only its own window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox, QWizard

from ui import main as wizard_main
from ui.details import DetailsDialog

pytestmark = pytest.mark.gui

Button = QWizard.WizardButton


def test_help_about_and_details_each_have_their_own_button(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UMCONNECT_STATE_DIR", str(tmp_path / "state"))
    args = wizard_main._parser().parse_args(["--config", str(tmp_path / "c.toml")])
    wizard = wizard_main.build(args)
    qtbot.addWidget(wizard)
    wizard.show()

    shown = {which: wizard.button(which) for which in
             (Button.HelpButton, Button.CustomButton1, Button.CustomButton2)}
    assert all(button.isVisible() for button in shown.values())
    assert [shown[b].text() for b in shown] == ["What is this?", "Details", "About"]
    assert len({id(button) for button in shown.values()}) == 3

    abouts: list[object] = []
    monkeypatch.setattr("ui.about.show_about", abouts.append)
    shown[Button.CustomButton1].click()
    assert wizard.findChild(DetailsDialog) is not None
    assert abouts == []
    wizard.findChild(DetailsDialog).close()
    shown[Button.CustomButton2].click()
    assert abouts == [wizard]
    assert not wizard.findChildren(QMessageBox)
    wizard.shutdown()
