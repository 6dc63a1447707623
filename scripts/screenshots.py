"""Walk the demo wizard page by page in a real window and save a PNG of each.

Run through ``scripts/screenshots`` (it starts a virtual screen). The walk is
the newcomer's: demo server, every page, the live test, Apply, a voicemail
left in the demo spool and seen delivered, plus one failed test to show how a
failure reads; then the sign-in pages for Office 365 and Google; then
the Exchange gateway's pages against a stand-in for Exchange's web
services, with an impersonation failure and its remedy.

``--lang`` and ``--theme`` choose the language and colour scheme of one walk;
``--gallery`` makes every combination (English, German, French; light and
dark; 100 % and 200 % scale), each walk in a process of its own because the
scale is fixed when Qt starts, into ``FOLDER/LANG-THEME-SCALE/``.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWizard

from app import memkeyring
from app.hostfacts import HostFacts
from app.model import Deployment, Security, ServerKind
from app.osservice import SystemdService
from app.spool import tone_wav, write_voicemail
from ui import main as wizard_main
from ui.computerpage import ComputerPage
from ui.finishpage import FinishPage
from ui.gatewaypages import ExchangeServersPage, GatewayAccountsPage
from ui.oauthpages import GooglePage, Office365Page
from ui.pages import ServerPage, SitePage, UsersPage
from ui.testpage import ConnectionTestPage
from ui.wizard import SetupWizard


def pump(app: QApplication, seconds: float = 0.3,
         until: Callable[[], bool] | None = None) -> None:
    """Let the event loop run for a while, or until *until* holds."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.02)


def shoot(app: QApplication, wizard: SetupWizard, folder: Path, name: str) -> Path:
    """Save the wizard's window as it is on screen."""
    pump(app, 0.3)
    screen = wizard.screen()
    pixmap = screen.grabWindow(wizard.winId())
    path = folder / f"{name}.png"
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)
    return path


def walk(app: QApplication, folder: Path) -> None:
    """The demo walk; see the module docstring."""
    args = argparse.Namespace(demo=True, answers=None, config=None)
    wizard = wizard_main.build(args)
    wizard.confirm_cancel = False
    wizard.resize(820, 620)
    wizard.show()
    names = ["1-welcome", "2-site", "3-server", "4-accounts", "5-users"]
    for name in names:
        shoot(app, wizard, folder, name)
        wizard.next()
    test_page = wizard.currentPage()
    assert isinstance(test_page, ConnectionTestPage)
    shoot(app, wizard, folder, "6-test-before")
    test_page.start_test()
    pump(app, 30, until=lambda: not test_page.task_running)
    shoot(app, wizard, folder, "6-test-passed")
    wizard.next()
    shoot(app, wizard, folder, "7-summary")
    wizard.next()
    finish = wizard.currentPage()
    assert isinstance(finish, FinishPage)
    pump(app, 30, until=lambda: not finish.busy)
    spool = Path(wizard.deployment.service.spool)
    write_voicemail(spool, "default", "1001", audio=tone_wav(2.0), duration=2,
                    callerid='"Bob Example" <1002>')
    service = finish.service()
    pump(app, 15, until=lambda: _delivered(service.state().status) >= 1)
    pump(app, 1.5)  # the page refreshes its status once a second
    shoot(app, wizard, folder, "8-finish-running")
    # The system service, installed into a throw-away root: on a machine
    # without systemd as PID 1 the page says nothing could be started.
    finish.system = SystemdService(Path(tempfile.mkdtemp(prefix="umc-root-")))
    finish.install_system.show()
    finish.install_system.click()
    pump(app, 20, until=lambda: "written" in finish.system_status.text())
    # The demo hides them (its server ends with the window); shown as elsewhere.
    finish.install_system.show()
    finish.uninstall_system.show()
    shoot(app, wizard, folder, "8-finish-system-service")
    finish.service().stop()
    failures(app, wizard, folder)


def _delivered(status: object) -> int:
    """Voicemail the service has delivered so far, in any language."""
    return int(getattr(status, "delivered", 0) or 0)


def failures(app: QApplication, wizard: SetupWizard, folder: Path) -> None:
    """The test page failing as technicians meet it, from the demo's settings."""
    # The wrong password.
    wizard.password = "not-the-password"
    wizard.setStartId(wizard.page_id(ConnectionTestPage))
    wizard.restart()
    failing = wizard.currentPage()
    assert isinstance(failing, ConnectionTestPage)
    failing.start_test()
    pump(app, 30, until=lambda: not failing.task_running)
    shoot(app, wizard, folder, "6-test-failed")
    # The certificate as a technician meets it without the authority's file:
    # refused, with the offer to trust exactly this one.
    assert wizard.demo is not None
    wizard.password = wizard.demo.superuser_password
    wizard.deployment.server.ca_file = ""
    wizard.restart()
    failing.start_test()
    pump(app, 30, until=lambda: not failing.task_running)
    shoot(app, wizard, folder, "6-test-certificate-pin-offer")

    # A server that accepts connections and never says a word.
    with _Tarpit() as port:
        wizard.deployment.server.port = port
        wizard.deployment.server.pinned_fingerprint = ""
        wizard.deployment.server.security = Security.TLS
        wizard.deployment.service.timeout_seconds = 3.0
        wizard.restart()
        failing.start_test()
        pump(app, 30, until=lambda: not failing.task_running)
        shoot(app, wizard, folder, "6-test-tarpit-timeout")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    wizard.shutdown()


class _Tarpit:
    """A 127.0.0.1 port that accepts connections and never answers."""

    def __enter__(self) -> int:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        return int(self.server.getsockname()[1])

    def _accept(self) -> None:
        self.server.settimeout(0.1)
        while not self.stop.is_set():
            try:
                self.held.append(self.server.accept()[0])
            except TimeoutError:
                continue

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        for conn in self.held:
            conn.close()
        self.server.close()


def on_site_page(host: HostFacts, lookups: dict[str, tuple[str, ...]],
                 folder: Path | None = None) -> SetupWizard:
    """A shown wizard on the site page, with *host*'s facts and fixed lookups.

    With *folder*, Apply writes its configuration and state there.
    """
    wizard = SetupWizard(deployment=Deployment(), host_facts=host,
                         resolver=lambda name: lookups.get(name, ()),
                         config_path=folder / "umconnect.toml" if folder else None,
                         state_dir=folder / "state" if folder else None)
    wizard.confirm_cancel = False
    wizard.resize(820, 620)
    wizard.show()
    wizard.next()
    return wizard


def rules_gallery(app: QApplication, folder: Path) -> None:
    """The rules at work: a blocking error, acknowledged warnings, a gateway host.

    The gateway page uses recorded facts of a Windows 11 computer and made-up
    name lookups, so it shows what a technician sees on a gateway PC.
    """
    windows = HostFacts(family="windows", product="Windows 11 Pro",
                        edition="Professional", build=22631, bits=64,
                        computer_name="GW01", fqdn="gw01.corp.example",
                        domain="corp.example", netbios_domain="CORP",
                        addresses=("10.20.0.15",))
    lookups = {"um01.corp.example": ("10.20.0.10",),
               "ex01.corp.example": ("10.20.0.21",),
               "ex02.corp.example": ("10.20.0.22",)}
    wizard = on_site_page(windows, lookups)
    site = wizard.page(SitePage)
    site.kind.setCurrentIndex(site.kind.findData(ServerKind.OFFICE_365))
    site.users.setValue(600)
    shoot(app, wizard, folder, "2-site-blocked")

    site.kind.setCurrentIndex(site.kind.findData(ServerKind.EXCHANGE_2019))
    site.users.setValue(120)
    for box in site.findings.boxes.values():
        box.setChecked(True)
    shoot(app, wizard, folder, "2-site-warning-acknowledged")

    site.users.setValue(1200)
    site.servers.setValue(2)
    for box in site.findings.boxes.values():
        box.setChecked(True)
    wizard.next()
    computer = wizard.page(ComputerPage)
    computer.um_server.setText("um01.corp.example")
    for row, name in enumerate(("ex01.corp.example", "ex02.corp.example")):
        computer.servers.item(row, 0).setText(name)
        computer.servers.item(row, 1).setText("2019")
    pump(app, 5, until=lambda: bool(computer.findings.boxes))
    for box in computer.findings.boxes.values():
        box.setChecked(True)
    shoot(app, wizard, folder, "3-computer-gateway")
    wizard.shutdown()


def _to_signin_page(app: QApplication, wizard: SetupWizard, kind: ServerKind, *,
                    host: str, port: int, ca_file: str) -> None:
    """Site and mail server pages for a hosted *kind*, its preset edited."""
    wizard.resize(820, 760)
    wizard.show()
    wizard.next()
    site = wizard.page(SitePage)
    site.kind.setCurrentIndex(site.kind.findData(kind))
    site.users.setValue(40)
    wizard.next()
    server = wizard.page(ServerPage)
    server.edit_preset.click()
    server.host.setText(host)
    server.port.setValue(port)
    server.ca_file.setText(ca_file)
    wizard.next()
    pump(app, 0.3)


def oauth_gallery(app: QApplication, folder: Path) -> None:
    """The sign-in pages of Office 365 and Google, and a failure with its remedy.

    Neither service can be reached from here: the test suite's local identity
    provider and its Dovecot with an oauth2 passdb stand in for them, so the
    failure shown is a real one (the app lacks FullAccess on alice's mailbox
    but has it on bob's).
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.support.dovecot import Dovecot  # noqa: PLC0415 - test helpers
    from tests.support.oauthsite import (  # noqa: PLC0415
        address,
        google_site,
        office365_site,
    )
    from tests.support.tokenserver import TokenServer  # noqa: PLC0415

    memkeyring.install()
    with TokenServer() as idp, tempfile.TemporaryDirectory() as tmp:
        dovecot = Dovecot(Path(tmp) / "dovecot",
                          oauth2_introspection=idp.introspection_url,
                          oauth2_ca_file=idp.ca_file)
        dovecot.start()
        try:
            office = office365_site(idp, dovecot)
            office.app.mailboxes = {"bob"}
            wizard = SetupWizard(deployment=Deployment())
            wizard.confirm_cancel = False
            _to_signin_page(app, wizard, ServerKind.OFFICE_365, host=dovecot.host,
                            port=dovecot.tls_port, ca_file=str(dovecot.ca_file))
            page = wizard.page(Office365Page)
            page.tenant.setText(office.dep.oauth.tenant_id)
            page.client.setText(office.app.client_id)
            page.secret.setText(office.secret)
            page.authority.setText(idp.url)
            page.ca_file.setText(str(idp.ca_file))
            shoot(app, wizard, folder, "4-office365-signin")
            wizard.next()
            users = wizard.page(UsersPage)
            users.spool.setText(tmp)
            for row, (box, user) in enumerate((("1001", "alice"), ("1002", "bob"))):
                if row:
                    users._add_row()
                for column, text in enumerate((box, "default", address(user),
                                               user.title())):
                    users.table.item(row, column).setText(text)
            wizard.next()
            test_page = wizard.page(ConnectionTestPage)
            test_page.start_test()
            pump(app, 30, until=lambda: not test_page.task_running)
            shoot(app, wizard, folder, "6-test-office365-no-mailbox-permission")
            wizard.shutdown()

            google = google_site(idp, dovecot)
            key = Path(tmp) / "umconnect-service-account.json"
            key.write_text(google.key_file, encoding="utf-8")
            wizard = SetupWizard(deployment=Deployment())
            wizard.confirm_cancel = False
            _to_signin_page(app, wizard, ServerKind.GOOGLE, host=dovecot.host,
                            port=dovecot.tls_port, ca_file=str(dovecot.ca_file))
            signin = wizard.page(GooglePage)
            signin.key_file.setText(str(key))
            shoot(app, wizard, folder, "4-google-signin")
            wizard.shutdown()
        finally:
            dovecot.close()


def gateway_gallery(app: QApplication, folder: Path) -> None:
    """The Exchange gateway's path, and an impersonation failure with its remedy.

    No Exchange server runs here: the tests' local EWS responder stands in for
    one on 127.0.0.1 (Exchange's response shapes, its NTLM handshake and its
    faults), and the real exchangelib client talks to it. The computer's
    facts are those of a recorded Windows 10 gateway PC.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.support.ews_responder import EwsResponder  # noqa: PLC0415

    windows = HostFacts(family="windows", product="Windows 10 Pro",
                        edition="Professional", build=19045, bits=64,
                        computer_name="GW01", fqdn="gw01.example.com",
                        domain="example.com", netbios_domain="EXAMPLE",
                        addresses=("10.20.0.15",))
    lookups = {"um01.example.com": ("10.20.0.10",),
               "ex01.example.com": ("10.20.0.21",)}
    work = Path(tempfile.mkdtemp(prefix="umc-gateway-"))
    spool = work / "spool"
    spool.mkdir()
    with EwsResponder() as exchange:
        wizard = on_site_page(windows, lookups, work)
        site = wizard.page(SitePage)
        site.kind.setCurrentIndex(site.kind.findData(ServerKind.EXCHANGE_2016))
        site.users.setValue(800)
        wizard.next()
        computer = wizard.page(ComputerPage)
        computer.um_server.setText("um01.example.com")
        computer.servers.item(0, 0).setText("ex01.example.com")
        computer.servers.item(0, 1).setText("2016")
        pump(app, 5, until=computer.isComplete)
        wizard.next()
        servers = wizard.page(ExchangeServersPage)
        servers.set_ews_url(0, exchange.ews_url)
        servers.autodiscover.setText(exchange.pox_url)
        servers.ca_file.setText(str(exchange.ca_file))
        shoot(app, wizard, folder, "g1-exchange-web-services")
        wizard.next()
        accounts = wizard.page(GatewayAccountsPage)
        accounts.login.setText("EXAMPLE\\NPUMAdmin")
        accounts.password.setText(exchange.password)
        shoot(app, wizard, folder, "g2-gateway-superuser")
        wizard.next()
        users = wizard.page(UsersPage)
        users.spool.setText(str(spool))
        for column, text in enumerate(("1001", "default", "alice@example.com",
                                       "Alice Example")):
            users.table.item(0, column).setText(text)
        wizard.next()
        test_page = wizard.page(ConnectionTestPage)
        test_page.start_test()
        pump(app, 30, until=lambda: not test_page.task_running)
        shoot(app, wizard, folder, "g3-gateway-test-passed")
        wizard.next()
        shoot(app, wizard, folder, "g4-gateway-summary")
        gateway_running_and_refused(app, wizard, folder, exchange, spool)


def gateway_running_and_refused(app: QApplication, wizard: SetupWizard,
                                folder: Path, exchange: Any, spool: Path) -> None:
    """From the gateway's summary: Apply, a voicemail delivered, then refusal."""
    test_page = wizard.page(ConnectionTestPage)
    wizard.next()
    finish = wizard.page(FinishPage)
    pump(app, 30, until=lambda: not finish.busy)
    write_voicemail(spool, "default", "1001", audio=tone_wav(2.0), duration=2,
                    callerid='"Bob Example" <1002>')
    pump(app, 20, until=lambda: "1 voicemail" in finish.status.text())
    shoot(app, wizard, folder, "g5-gateway-finish-running")
    finish.service().stop()

    exchange.impersonation_faults["alice@example.com"] = \
        "ErrorImpersonateUserDenied"
    wizard.setStartId(wizard.page_id(ConnectionTestPage))
    wizard.restart()
    test_page.start_test()
    pump(app, 30, until=lambda: not test_page.task_running)
    shoot(app, wizard, folder, "g6-gateway-impersonation-denied")
    wizard.shutdown()


GALLERY = [(lang, theme, scale) for scale in (1, 2) for theme in ("light", "dark")
           for lang in ("en", "de", "fr")]


def gallery(folder: Path) -> int:
    """Every language, scheme and scale, one walk (one process) each."""
    failed = 0
    for lang, theme, scale in GALLERY:
        out = folder / f"{lang}-{theme}-{scale}x"
        env = {**os.environ, "QT_SCALE_FACTOR": str(scale)}
        print(f"== {out}", flush=True)
        done = subprocess.run([sys.executable, __file__, str(out), "--lang", lang,
                               "--theme", theme], env=env, check=False)
        failed += done.returncode != 0
    return 1 if failed else 0


def main() -> int:
    """Entry point: ``python scripts/screenshots.py [FOLDER] [options]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", default="en", help="en, de or fr")
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--gallery", action="store_true",
                        help="every language, scheme and scale into FOLDER/*/")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    # Keep the demo's files away from the technician's real configuration.
    os.environ.setdefault("UMCONNECT_STATE_DIR", tempfile.mkdtemp(prefix="umc-shots-"))
    if args.gallery:
        return gallery(args.folder)
    app = wizard_main.make_app(args.lang, args.theme)
    walk(app, args.folder)
    rules_gallery(app, args.folder)
    oauth_gallery(app, args.folder)
    gateway_gallery(app, args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
