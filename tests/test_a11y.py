"""Screen readers and keyboards: what assistive technology gets from each page.

Names and descriptions are read through Qt's accessibility interface, the
same one a screen reader queries (AT-SPI on Linux, UI Automation on Windows),
so a label that names a field only by sitting next to it does not count.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.model import Deployment
from tests.test_wizard_rules import WINDOWS_11 as WINDOWS
from ui import main as wizard_main
from ui.details import show_details
from ui.wizard import Page, SetupWizard

pytestmark = pytest.mark.gui


FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
          QPlainTextEdit, QTextEdit)
CONTROLS = (*FIELDS, QAbstractButton)


def controls(page: QWidget) -> Iterator[QWidget]:
    """The page's own controls, not the parts inside a spin box or combo box."""
    for widget in page.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and not _inner_part(widget, page):
            yield widget


def _inner_part(widget: QWidget, page: QWidget) -> bool:
    """A part of another control (a spin box's editor, a table's header, a
    combo box's list): the outer control carries the name."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return widget.window() is not page.window()  # e.g. a combo box's popup


def accessible(widget: QWidget, what: QAccessible.Text) -> str:
    """What a screen reader is told about *widget*."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return iface.text(what).strip()


def describe(page: Page, widget: QWidget) -> str:
    return f"{type(page).__name__}: {type(widget).__name__} {widget.objectName()!r}"


@pytest.fixture
def wizard(qtbot: QtBot) -> SetupWizard:
    """A wizard with every page built; the gateway path so no page is skipped."""
    wiz = SetupWizard(deployment=Deployment(), host_facts=WINDOWS,
                      resolver=lambda name: ())
    wiz.confirm_cancel = False
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_every_control_has_an_accessible_name(wizard: SetupWizard,
                                              lang: str) -> None:
    """Each control on every page is named for a screen reader, in each language."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard_main.install_translations(app, lang)
    try:
        wiz = SetupWizard(deployment=Deployment(), host_facts=WINDOWS,
                          resolver=lambda name: ())
        unnamed = [describe(page, w) for page in wiz.pages for w in controls(page)
                   if not accessible(w, QAccessible.Text.Name)]
        counted = sum(1 for page in wiz.pages for _w in controls(page))
        wiz.deleteLater()
    finally:
        wizard_main.install_translations(app, "en")

    assert counted > 40
    assert not unnamed, "\n".join(unnamed)


def _read_only(widget: QWidget) -> bool:
    """A view to read (a log), not a field to fill in."""
    return isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.isReadOnly()


def test_every_field_has_help_text(wizard: SetupWizard) -> None:
    """Each input field says what to enter (tooltip and accessible description)."""
    missing = [describe(page, w) for page in wizard.pages for w in controls(page)
               if isinstance(w, (*FIELDS, QCheckBox)) and not _read_only(w)
               and not accessible(w, QAccessible.Text.Description)]
    assert not missing, "\n".join(missing)


def test_every_page_explains_itself(wizard: SetupWizard) -> None:
    """Each page has a "What is this?" text: a subtitle and a longer help."""
    for page in wizard.pages:
        assert page.subTitle(), type(page).__name__
        assert len(page.whatsThis()) > 80, type(page).__name__


def mnemonic(text: str) -> str:
    """The letter after a single '&', lower case, or ''."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else ""


def shortcut_owners(page: Page, wiz: SetupWizard) -> dict[str, list[str]]:
    """Mnemonic letter → the texts that use it on *page* and its wizard buttons."""
    owners: dict[str, list[str]] = {}
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    buttons = [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
               QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
               QWizard.WizardButton.CancelButton]
    texts += [wiz.button(b).text() for b in buttons if wiz.button(b).isVisible()]
    for text in texts:
        if letter := mnemonic(text):
            owners.setdefault(letter, []).append(text)
    return owners


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_no_two_controls_share_a_mnemonic(qtbot: QtBot, lang: str) -> None:
    """Alt+letter reaches exactly one control on each page, in each language."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard_main.install_translations(app, lang)
    clashes = []
    try:
        wiz = SetupWizard(deployment=Deployment(), host_facts=WINDOWS,
                          resolver=lambda name: ())
        wiz.confirm_cancel = False
        qtbot.addWidget(wiz)
        wiz.show()
        for page in wiz.pages:
            wiz.setStartId(wiz.pages.index(page))
            wiz.restart()
            for letter, texts in shortcut_owners(page, wiz).items():
                if len(texts) > 1:
                    clashes.append(f"{type(page).__name__} Alt+{letter}: {texts}")
    finally:
        wizard_main.install_translations(app, "en")
    assert not clashes, "\n".join(clashes)


def test_mnemonic_reader() -> None:
    assert mnemonic("Se&curity:") == "c"
    assert mnemonic("Fish && chips") == ""
    assert QKeySequence.mnemonic("&Next >").toString() == "Alt+N"


def test_f1_explains_the_current_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    """F1 opens the page's "What is this?" text beside the wizard."""
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    wizard.next()
    focused = QApplication.focusWidget()
    assert focused is not None

    qtbot.keyClick(focused, Qt.Key.Key_F1)

    box = wizard.findChild(QMessageBox, "page-help")
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert box.windowTitle() == wizard.currentPage().title()
    assert box.text() == wizard.currentPage().whatsThis()
    box.close()


def test_details_window_controls_are_named(wizard: SetupWizard) -> None:
    """The Details window's log and buttons are named for a screen reader too."""
    dialog = show_details(wizard)
    found = list(controls(dialog))
    unnamed = [type(w).__name__ for w in found
               if not accessible(w, QAccessible.Text.Name)]
    assert len(found) >= 3
    assert not unnamed
    dialog.close()


def _position(widget: QWidget, page: QWidget) -> tuple[int, int]:
    """Where *widget* sits on *page*: row first (top), then column (left)."""
    point = widget.mapTo(page, widget.rect().topLeft())
    return point.y(), point.x()


def test_tab_visits_each_page_top_to_bottom(qtbot: QtBot,
                                            wizard: SetupWizard) -> None:
    """From a page's first control, Tab reaches every visible control on it,
    row by row from the top, before it leaves the page for the wizard's buttons."""
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    wrong = []
    for index, page in enumerate(wizard.pages):
        wizard.setStartId(index)
        wizard.restart()
        wanted = [w for w in controls(page) if w.isVisible() and w.isEnabled()
                  and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        first = page.nextInFocusChain()
        while first is not page and first not in wanted and not any(
                first is not None and w.isAncestorOf(first) for w in wanted):
            first = first.nextInFocusChain()
        if not wanted:
            continue
        visited: list[QWidget] = []
        widget: QWidget | None = first
        for _ in range(5000):  # the chain holds every widget, focusable or not
            assert widget is not None
            owner = next((w for w in wanted if w is widget or w.isAncestorOf(widget)),
                         None)
            if owner is not None and owner not in visited:
                visited.append(owner)
            widget = widget.nextInFocusChain()
            if widget is page:
                break
        name = type(page).__name__
        missed = [type(w).__name__ for w in wanted if w not in visited]
        if missed:
            wrong.append(f"{name}: Tab misses {missed}")
        for before, after in itertools.pairwise(visited):
            if (_position(after, page)[0] < _position(before, page)[0] - 4
                    and not before.isAncestorOf(after)):
                wrong.append(f"{name}: Tab goes up from {type(before).__name__} "
                             f"{before.text() if hasattr(before, 'text') else ''!r}"
                             f" to {type(after).__name__}")
    assert not wrong, "\n".join(wrong)
