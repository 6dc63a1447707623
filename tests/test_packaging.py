"""The installation checks itself: ``--self-test``, ``--version``, the bundle.

The source checkout is checked every run. The frozen bundle is checked when
packaging/build has made it (see tests/support/bundle.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QWidget

from app import osservice
from app.version import version
from tests.support.bundle import bundle_or_skip
from ui import selftest
from ui.about import about_text
from ui.wizard import SetupWizard

ROOT = Path(__file__).resolve().parent.parent
WAIT = 120.0


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UMCONNECT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], cwd=ROOT, env=_env(), text=True,
                          capture_output=True, timeout=WAIT, check=False)


def test_the_self_test_builds_every_page_and_passes(qtbot: QtBot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    names = [type(page).__name__ for page in wizard.pages]
    wizard.shutdown()

    done = _run(sys.executable, "-m", "ui.main", "--self-test")

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("umconnect ")
    assert f"✔ wizard pages: {len(names)} pages: {', '.join(names)}" in lines
    assert any(line.startswith("✔ credential store: backends") for line in lines)
    assert lines[-1] == "self-test passed"


def test_the_self_test_fails_and_names_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "style.qss").write_text("QWizard {}\n")
    monkeypatch.setattr("ui.wizard.RESOURCES", tmp_path)
    said: list[str] = []

    code = selftest.run(said.append)

    assert code == 1
    assert "✘ resources: umconnect.svg cannot be drawn" in "\n".join(said)
    assert said[-1] == "self-test failed (1)"


def test_version_is_the_same_for_the_wizard_and_the_command_line() -> None:
    wizard = _run(sys.executable, "-m", "ui.main", "--version")
    cli = _run(sys.executable, "-m", "app", "--version")

    assert wizard.returncode == cli.returncode == 0
    assert wizard.stdout == cli.stdout
    assert wizard.stdout.startswith("umconnect 0.")


@pytest.fixture
def bundle() -> Path:
    return bundle_or_skip()


def test_the_frozen_wizard_passes_its_self_test(bundle: Path) -> None:
    done = _run(bundle / "umconnect", "--self-test")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "(bundle, Python" in done.stdout
    assert "SecretService" in done.stdout


def test_the_frozen_cli_installs_a_unit_that_systemd_accepts(
    bundle: Path, tmp_path: Path,
) -> None:
    if os.geteuid() != 0:
        pytest.skip("systemd-creds encrypts with the host key as root only")
    answers = tmp_path / "site.toml"
    answers.write_text(
        'schema_version = 1\n[server]\nhost = "mail.example.com"\n'
        '[superuser]\nlogin = "npumadmin"\n[[users]]\nmailbox = "1001"\n'
        f'login = "alice"\n[service]\nspool = "{tmp_path}"\n')
    env = _env()
    env.update(UMCONNECT_SUPERUSER_PASSWORD="pw-frozen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    done = subprocess.run(
        [str(bundle / "umconnect-cli"), "service", "install", "--config",
         str(answers), "--root", str(tmp_path / "root")], env=env, text=True,
        capture_output=True, timeout=WAIT, check=False)

    assert done.returncode == 1, done.stdout + done.stderr
    assert "No service manager runs" in done.stdout
    unit = tmp_path / "root/etc/systemd/system/umconnect.service"
    assert f"ExecStart={bundle / 'umconnect-cli'} service run" in unit.read_text()
    passed, said = osservice.verify_unit(unit)
    assert passed, said


def test_the_wizard_can_report_its_first_paint_and_quit(tmp_path: Path) -> None:
    env = _env()
    env["UMCONNECT_EXIT_AFTER_PAINT"] = "1"
    env["UMCONNECT_CONFIG_DIR"] = env["UMCONNECT_STATE_DIR"] = str(tmp_path)

    done = subprocess.run([sys.executable, "-m", "ui.main"], cwd=ROOT, env=env,
                          text=True, capture_output=True, timeout=WAIT, check=False)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("painted ")


def test_the_about_box_names_version_qt_and_credential_store(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    text = about_text(widget)

    assert f"umconnect {version()}" in text
    assert f"Qt {qVersion()}" in text
    assert "Credential store: " in text
