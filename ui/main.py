"""``umconnect-wizard``: start the setup wizard, optionally against a demo server."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app import __version__, i18n, logsetup
from ui import startup
from ui.about import add_about_button
from ui.wizard import RESOURCES, SetupWizard

if TYPE_CHECKING:
    from app.model import Deployment

# Everything else is loaded where it is used: the first page is painted before
# the back ends of the others (keyring, IMAP, DNS, EWS) are imported.

log = logging.getLogger(__name__)


def demo_deployment(server: object, folder: Path) -> Deployment:
    """The answers that reach the demo server, with a spool under *folder*."""
    from app.demo import DemoServer  # noqa: PLC0415 - optional extra
    from app.model import (  # noqa: PLC0415
        Deployment,
        ImapServer,
        Impersonation,
        Security,
        ServiceOptions,
        Superuser,
        VoicemailUser,
    )

    assert isinstance(server, DemoServer)
    users = [VoicemailUser(mailbox="1001", login="alice", name="Alice Example"),
             VoicemailUser(mailbox="1002", login="bob", name="Bob Example")]
    spool = folder / "spool"
    for user in users:
        (spool / user.context / user.mailbox / "INBOX").mkdir(parents=True,
                                                              exist_ok=True)
    dep = Deployment(
        server=ImapServer(host=server.host, port=server.port,
                          security=Security.STARTTLS, ca_file=str(server.ca_file)),
        superuser=Superuser(login=server.superuser,
                            impersonation=Impersonation.AUTHZID),
        users=users, sample_user="alice",
        service=ServiceOptions(spool=str(spool)),
    )
    dep.site.um_users = 2
    return dep


class _Version(argparse.Action):
    """--version, with the version details looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from app.version import describe  # noqa: PLC0415

        print(describe())
        parser.exit()


#: What the wizard does when started with no arguments (a double-click).
DEFAULTS: dict[str, object] = {
    "demo": False, "answers": None, "config": None, "lang": None,
    "theme": "system", "version": None, "self_test": False}


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line's arguments (default: this process's).

    With none, the defaults come straight from :data:`DEFAULTS`: building the
    parser costs about 2 ms (gettext looks up a catalogue for each of its help
    texts), which a double-click should not wait for.
    """
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return argparse.Namespace(**DEFAULTS)
    return _parser().parse_args(argv)


# FIXME: the wizard's command-line help is in English only: it is printed before
# any translation catalogue is loaded.
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="umconnect-wizard",
        description="Set up the connection between voicemail and mail servers.")
    parser.add_argument("--demo", action="store_true",
                        help="start a demo mail server on 127.0.0.1 and fill the "
                             "wizard in for it")
    parser.add_argument("--answers", type=Path, help="fill the wizard from this "
                        "answer file")
    parser.add_argument("--config", type=Path, help="where to write the "
                        "configuration")
    parser.add_argument("--lang", choices=("en", *i18n.LANGUAGES),
                        help="language of the wizard (default: the system's)")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        default="system", help="colour scheme (default: the "
                        "system's)")
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen and exit")
    parser.set_defaults(**DEFAULTS)
    return parser


def build(args: argparse.Namespace, *, lazy: bool = False) -> SetupWizard:
    """Create the wizard (and the demo server) the arguments ask for.

    *lazy*: only the welcome page is built; call ``wizard.complete()`` (after
    the first paint) for the others. With --demo or --answers every page is
    built at once, since the answers fill them in.
    """
    demo = None
    deployment = None
    config_path = args.config
    state_dir = None
    if args.demo:
        import atexit  # noqa: PLC0415
        import shutil  # noqa: PLC0415
        import tempfile  # noqa: PLC0415

        from app import config, memkeyring  # noqa: PLC0415
        from app.demo import DemoServer  # noqa: PLC0415 - optional extra

        demo = DemoServer()
        demo.start()
        # A folder of this run's own: two demos side by side must not share a
        # service, and nothing of the demo should outlive it.
        folder = Path(tempfile.mkdtemp(prefix="umconnect-demo-state-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        deployment = demo_deployment(demo, folder)
        config_path = config_path or folder / config.CONFIG_NAME
        state_dir = folder / "state"
        # The demo's password is public and throw-away: it goes to a store in
        # memory, never into the technician's real credential store.
        memkeyring.install()
    elif args.answers:
        from app import config  # noqa: PLC0415

        try:
            deployment = config.load(args.answers)
        except config.ConfigError as exc:
            raise RuntimeError(str(exc)) from exc
    wizard = SetupWizard(deployment=deployment, config_path=config_path,
                         state_dir=state_dir, demo=demo,
                         lazy=lazy and deployment is None)
    add_about_button(wizard)
    if demo is not None:
        wizard.password = demo.superuser_password
        logsetup.REDACT.add(demo.superuser_password)
    return wizard


I18N = RESOURCES / "i18n"
#: The catalogues installed by install_translations, replaced when it runs again.
_INSTALLED: list[QTranslator] = []


def install_translations(app: QApplication, lang: str | None = None) -> QLocale:
    """Load the wizard's and Qt's own catalogues for *lang* (default: the system).

    English needs none; a language without a catalogue falls back to English.
    Returns the locale chosen, which also formats numbers from now on.
    """
    # Our own list: asking the application for its children creates Python
    # objects (and enum types) for each of them, slow before the first paint.
    while _INSTALLED:
        old = _INSTALLED.pop()
        if shiboken6.isValid(old):  # else it went with an earlier application
            app.removeTranslator(old)
            old.deleteLater()
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("umconnect", str(I18N)), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
            log.debug("Translations loaded: %s", translator.filePath())
        else:
            translator.deleteLater()
    i18n.install(lambda text: QCoreApplication.translate(i18n.CONTEXT, text))
    return locale


def _dark_palette() -> QPalette:
    """A dark palette for Qt's Fusion style, with readable disabled text."""
    from PySide6.QtGui import QColor  # noqa: PLC0415 - dark scheme only

    role = QPalette.ColorRole
    palette = QPalette()
    for which, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e8e8e8"),
        (role.Base, "#1f1f1f"), (role.AlternateBase, "#272727"),
        (role.Text, "#e8e8e8"), (role.Button, "#363636"),
        (role.ButtonText, "#e8e8e8"), (role.BrightText, "#ffffff"),
        (role.Highlight, "#3b6fd1"), (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#363636"), (role.ToolTipText, "#e8e8e8"),
        (role.PlaceholderText, "#9a9a9a"), (role.Link, "#8ab4f8"),
        (role.Light, "#4a4a4a"), (role.Midlight, "#404040"),
        (role.Mid, "#303030"), (role.Dark, "#1a1a1a"), (role.Shadow, "#000000"),
    ):
        palette.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, QColor("#808080"))
    return palette


def is_dark(app: QApplication) -> bool:
    """Whether the application is drawn light on dark."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Light, dark, or the system's scheme; the style sheet follows the palette.

    Qt follows the desktop's scheme where it can read it. Asked for dark (or
    light) explicitly, Qt's Fusion style draws it with our palette, since not
    every desktop (nor a virtual screen) offers a dark theme of its own.
    """
    if theme in ("dark", "light"):
        # The style sheet wraps the current style: drop it before the style goes.
        app.setStyleSheet("")
        app.setStyle("Fusion")
        schemes = QtCore.Qt.ColorScheme
        scheme = schemes.Dark if theme == "dark" else schemes.Light
        app.styleHints().setColorScheme(scheme)
        if (theme == "dark") != is_dark(app):
            app.setPalette(_dark_palette() if theme == "dark"
                           else app.style().standardPalette())
    sheets = [RESOURCES / "style.qss"]
    if is_dark(app):
        sheets.append(RESOURCES / "style-dark.qss")
    app.setStyleSheet("\n".join(p.read_text(encoding="utf-8") for p in sheets
                                if p.exists()))


def make_app(lang: str | None = None, theme: str = "system") -> QApplication:
    """The application object with our name, style sheet and translations."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("umconnect")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(RESOURCES / "umconnect.png")))
    install_translations(app, lang)
    apply_theme(app, theme)
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the wizard; the exit code is 0 unless it could not start."""
    args = arguments(argv)
    if args.self_test:
        from ui.selftest import run  # noqa: PLC0415 - only for this check

        return run()
    logsetup.setup(logging.INFO)
    app = make_app(args.lang, args.theme)
    try:
        wizard = build(args, lazy=True)
    except RuntimeError as exc:  # no demo server, or an unusable answer file
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        QMessageBox.critical(None, "umconnect", str(exc))
        return 2
    # The other pages are built once the first one is on screen. (Qt asks the
    # filter installed last first: the start-up timing, if wanted, goes last,
    # so that its report is queued ahead of the build.)
    startup.after_first_paint(wizard.pages[0], wizard.complete)
    if startup.wanted():
        startup.exit_after_first_paint(wizard.pages[0])
    wizard.show()
    if args.demo:
        from ui.finishpage import FinishPage  # noqa: PLC0415

        # The service the demo started would poll a server that is gone.
        finish = wizard.page(FinishPage)
        app.aboutToQuit.connect(lambda: finish.service().stop())
    QTimer.singleShot(0, wizard.raise_)
    code = app.exec()
    wizard.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
