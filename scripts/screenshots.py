"""Walk the demo wizard page by page in a real window and save a PNG of each.

Run through ``scripts/screenshots`` (it starts a virtual screen). The walk is
the newcomer's: demo server, every page, the live test, Apply, a voicemail
left in the demo spool and seen delivered, plus one failed test to show how a
failure reads.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWizard

from app.spool import tone_wav, write_voicemail
from ui import main as wizard_main
from ui.finishpage import FinishPage
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
    pump(app, 15, until=lambda: "1 voicemail" in finish.status.text())
    shoot(app, wizard, folder, "8-finish-running")
    finish.service().stop()

    # A failure, as a technician would meet it: the wrong password.
    wizard.password = "not-the-password"
    wizard.setStartId(wizard.pageIds()[5])
    wizard.restart()
    failing = wizard.currentPage()
    assert isinstance(failing, ConnectionTestPage)
    failing.start_test()
    pump(app, 30, until=lambda: not failing.task_running)
    shoot(app, wizard, folder, "6-test-failed")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    wizard.shutdown()


def main() -> int:
    """Entry point: ``python scripts/screenshots.py OUTPUT_FOLDER``."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    # Keep the demo's files away from the technician's real configuration.
    os.environ.setdefault("UMCONNECT_STATE_DIR", tempfile.mkdtemp(prefix="umc-shots-"))
    walk(wizard_main.make_app(), folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
