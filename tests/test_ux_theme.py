"""Light and dark: the wizard's own colours stay readable in both schemes.

The contrast of every text colour against its box in the style sheets is
measured as WCAG 2 defines it (relative luminance), and the dark scheme is
checked to really switch the palette and the boxes' colours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.model import Deployment
from ui import main as wizard_main
from ui.pages import SitePage
from ui.wizard import SetupWizard

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
BLOCK = re.compile(r"([^{}]+)\{([^}]*)\}")


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def boxes(sheet: str) -> dict[str, dict[str, str]]:
    """Selector → its colour properties, from a style sheet."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found = {}
    for selectors, body in BLOCK.findall(sheet):
        props = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        found[" ".join(selectors.split())] = props
    return found


@pytest.mark.parametrize(("sheet", "text_default"), [
    ("style.qss", "#000000"), ("style-dark.qss", "#e8e8e8")])
def test_boxes_keep_their_text_readable(sheet: str, text_default: str) -> None:
    """Every coloured box has text at a contrast of at least 4.5 : 1."""
    poor = []
    found = boxes((RESOURCES / sheet).read_text(encoding="utf-8"))
    for selector, props in found.items():
        if "background" not in props:
            continue
        ratio = contrast(QColor(props.get("color", text_default)),
                         QColor(props["background"]))
        if ratio < 4.5:
            poor.append(f"{selector}: {ratio:.1f} : 1")
    assert len(found) >= 4
    assert not poor, poor


def test_dark_sheet_covers_every_coloured_box() -> None:
    """A box the light sheet colours is recoloured by the dark one."""
    light = {s for s, p in boxes((RESOURCES / "style.qss").read_text()).items()
             if "background" in p}
    dark = set(boxes((RESOURCES / "style-dark.qss").read_text()))
    assert light <= dark, light - dark


@pytest.fixture
def dark_app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    wizard_main.apply_theme(app, "dark")
    yield app
    app.setStyleSheet("")  # it wraps the style, which is about to be replaced
    app.setStyle(style)
    app.setPalette(palette)
    wizard_main.apply_theme(app, "system")


@pytest.mark.gui
def test_dark_scheme_draws_pages_light_on_dark(dark_app: QApplication,
                                               qtbot: QtBot) -> None:
    """Pages are drawn light on dark (dark_app first: the wizard goes before it)."""
    wizard = SetupWizard(deployment=Deployment())
    wizard.confirm_cancel = False
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    site = wizard.page(SitePage)

    window = site.palette().color(QPalette.ColorRole.Window)
    text = site.palette().color(QPalette.ColorRole.WindowText)
    assert wizard_main.is_dark(dark_app)
    assert window.lightness() < 80 < text.lightness()
    assert "#1d2a3d" in dark_app.styleSheet()  # the advice box, recoloured
    shot = site.advice.grab().toImage()
    middle = shot.pixelColor(shot.width() // 2, 3)
    assert middle.lightness() < 100, "the advice box is still drawn light"
