"""Languages: every marked string has a German and a French translation.

The source of truth is the code: Qt's own lupdate collects what is marked
(``self.tr()`` in ui/, ``_()`` in app/) exactly as ``scripts/translations``
does, and each test names the strings that lack a translation, so they can be
filled in at once (edit resources/i18n/umconnect_LANG.ts, then run
scripts/translations).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QWizard

from app import i18n
from app.model import Deployment
from ui import main as wizard_main
from ui.pages import SitePage
from ui.wizard import SetupWizard

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
SOURCES = sorted(str(p) for folder in ("app", "ui")
                 for p in (ROOT / folder).rglob("*.py"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)s")

Catalogue = dict[tuple[str, str], str | None]


def read_ts(path: Path) -> Catalogue:
    """(context, source) → the finished translation, or None when unfinished."""
    found: Catalogue = {}
    # Our own catalogue, not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = (translation.get("type") not in ("unfinished", "vanished",
                                                    "obsolete")
                    and bool(translation.text))
            found[(name, message.findtext("source") or "")] = (
                translation.text if done else None)
    return found


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """Every string the code marks, collected by lupdate as the script does."""
    ts = tmp_path_factory.mktemp("lupdate") / "all.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *SOURCES, "-tr-function-alias",
                    "tr+=_", "-locations", "none", "-ts", str(ts)],
                   check=True, capture_output=True)
    return read_ts(ts)


def _describe(keys: list[tuple[str, str]]) -> str:
    return "\n".join(f"  [{ctx or 'app'}] {src!r}" for ctx, src in keys)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_marked_string_is_translated(marked: Catalogue, lang: str) -> None:
    """No marked string lacks a finished translation; the failure lists them."""
    shipped = read_ts(I18N / f"umconnect_{lang}.ts")

    lacking = [key for key in marked if not shipped.get(key)]

    assert len(marked) > 500  # lupdate really found the marked strings
    assert not lacking, (
        f"{len(lacking)} marked string(s) lack a {lang} translation; run "
        f"scripts/translations, then translate them in "
        f"resources/i18n/umconnect_{lang}.ts:\n{_describe(lacking)}")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(lang: str) -> None:
    """A translation fills the same {fields} and keeps a keyboard mnemonic."""
    wrong = []
    for (ctx, source), text in read_ts(I18N / f"umconnect_{lang}.ts").items():
        if text is None:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((ctx, f"{source!r} → {text!r} (placeholders differ)"))
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append((ctx, f"{source!r} → {text!r} (mnemonic lost or added)"))
    assert not wrong, "\n".join(f"[{c or 'app'}] {w}" for c, w in wrong)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_shipped_qm_is_compiled_from_the_catalogue(tmp_path: Path, lang: str) -> None:
    """The .qm the wizard loads matches its .ts (scripts/translations was run)."""
    fresh = tmp_path / f"{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent",
                    str(I18N / f"umconnect_{lang}.ts"), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == (I18N / f"umconnect_{lang}.qm").read_bytes(), (
        f"umconnect_{lang}.qm is stale: run scripts/translations")


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _core_hook(args: list[ast.expr]) -> bool:
    """The one call that routes the core's _() at run time: i18n.CONTEXT, text."""
    return bool(args) and isinstance(args[0], ast.Attribute) and (
        args[0].attr == "CONTEXT")


def _unextractable(tree: ast.AST) -> list[tuple[int, str]]:
    """Marking calls that lupdate cannot read or would file under a wrong context."""
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        args = node.args
        if isinstance(func, ast.Name) and func.id == "_":
            if not (args and _literal(args[0])):
                bad.append((node.lineno, "_() needs a string literal"))
        elif isinstance(func, ast.Name) and func.id == "tr":
            bad.append((node.lineno, "bare tr(): lupdate cannot tell its context"))
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                bad.append((node.lineno, "X.tr() outside the class: lupdate files "
                            "it under the variable's name, not the class"))
            elif not (args and _literal(args[0])):
                bad.append((node.lineno, "self.tr() needs a string literal"))
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and not _core_hook(args)
              and not (len(args) >= 2 and _literal(args[0]) and _literal(args[1]))):
            bad.append((node.lineno, "translate() needs a literal context and text"))
    return bad


def test_marked_strings_are_visible_to_lupdate() -> None:
    """Every marking call can be collected into the catalogue, in its context."""
    problems = []
    for name in SOURCES:
        tree = ast.parse(Path(name).read_text(encoding="utf-8"))
        problems += [f"{Path(name).relative_to(ROOT)}:{line}: {why}"
                     for line, why in _unextractable(tree)]
    assert not problems, "\n".join(problems)


def test_the_checker_sees_unextractable_calls() -> None:
    """The checker above really flags the forms lupdate misreads."""
    code = ("_(name)\ntr('x')\npage.tr('x')\nself.tr(text)\n"
            "QCoreApplication.translate(ctx, 'x')\nself.tr('fine')\n_('fine')\n")
    assert [line for line, _why in _unextractable(ast.parse(code))] == [1, 2, 3, 4, 5]


@pytest.mark.gui
@pytest.mark.parametrize(("lang", "title", "next_text", "adapter"), [
    ("de", "Der Standort des Kunden", "&Weiter >", "IMAP-Connector"),
    ("fr", "Le site du client", "&Suivant >", "Connecteur IMAP"),
    ("en", "The customer's site", "&Next >", "IMAP connector"),
])
def test_wizard_speaks_the_chosen_language(qtbot: QtBot, lang: str, title: str,
                                           next_text: str, adapter: str) -> None:
    """--lang reaches the pages, Qt's own buttons and the core's sentences."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard_main.install_translations(app, lang)
    try:
        wizard = SetupWizard(deployment=Deployment())
        wizard.confirm_cancel = False
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        site = wizard.page(SitePage)

        assert site.title() == title
        assert wizard.button(QWizard.WizardButton.NextButton).text() == next_text
        assert adapter in site.advice.text()  # a sentence of the core (_())
    finally:
        wizard_main.install_translations(app, "en")


@pytest.mark.parametrize(("lang_env", "expected"), [
    ("de_DE.UTF-8", "Der Standort des Kunden"),
    ("fr_FR.UTF-8", "Le site du client"),
    ("C.UTF-8", "The customer's site"),
])
def test_language_follows_the_system_locale(lang_env: str, expected: str) -> None:
    """Without --lang, the wizard speaks the language of the system's locale."""
    script = ("from ui.main import make_app\n"
              "from ui.wizard import SetupWizard\n"
              "from ui.pages import SitePage\n"
              "app = make_app()\n"
              "wizard = SetupWizard()\n"
              "print(wizard.page(SitePage).title())\n")
    env = {**os.environ, "LANG": lang_env, "LC_ALL": lang_env, "LANGUAGE": "",
           "QT_QPA_PLATFORM": "offscreen"}

    out = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=60)

    assert out.stdout.strip().splitlines()[-1] == expected
