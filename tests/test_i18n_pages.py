"""Texts built outside a page's own class reach the chosen language too.

The gateway's summary rows, the OAuth pages' shared parts and the About box
are translated under a fixed context (not a variable's class), so these check
that what lupdate collected is what the wizard looks up at run time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QCheckBox

from app.model import Deployment, ExchangeServer
from ui import main as wizard_main
from ui.about import about_text
from ui.gatewaypages import gateway_summary_rows
from ui.oauthpages import Office365Page
from ui.pages import SummaryPage
from ui.wizard import SetupWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[QApplication]:
    """The wizard's and Qt's catalogues in German, English again afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard_main.install_translations(app, "de")
    yield app
    wizard_main.install_translations(app, "en")


@pytest.mark.usefixtures("german")
def test_gateway_summary_rows_speak_german(qtbot: QtBot) -> None:
    """The summary's Exchange rows come out in German, values untouched."""
    dep = Deployment()
    dep.site.exchange_servers = [ExchangeServer(host="ex01.example.com",
                                                version="2016")]
    dep.superuser.login = "EXAMPLE\\NPUMAdmin"
    wizard = SetupWizard(deployment=dep)
    qtbot.addWidget(wizard)

    rows = dict(gateway_summary_rows(wizard.page(SummaryPage), dep))

    assert rows["Exchange-Server"] == (
        "ex01.example.com (Exchange 2016) — EWS-Adresse über Autodiscover")
    assert rows["Superuser"].startswith("EXAMPLE\\NPUMAdmin, Anmeldung: ")
    assert rows["Superuser"].endswith(", per Identitätswechsel")


@pytest.mark.usefixtures("german")
def test_oauth_and_about_texts_speak_german(qtbot: QtBot) -> None:
    """The secret's Show box and the About box use the German catalogue."""
    wizard = SetupWizard(deployment=Deployment())
    qtbot.addWidget(wizard)
    page = wizard.page(Office365Page)

    show = page.secret_row.findChildren(QCheckBox)

    assert [box.text() for box in show] == ["&Anzeigen"]
    assert [box.accessibleName() for box in show] == [
        "Den geheimen Schlüssel anzeigen"]
    assert "Anmeldedatenspeicher:" in about_text(wizard)
