"""The system service: the systemd unit, the encrypted secret, sd_notify.

Real parts: systemd's own ``systemd-analyze verify`` judges the unit, and
``systemd-creds`` encrypts and decrypts the credential with this host's key
(as root). systemd is not PID 1 on this machine, so nothing can be started:
the install writes into a folder standing in for the system's root, and the
test checks that the product says so. ``sd_notify`` is checked against a
real AF_UNIX datagram socket, the wire format systemd listens on, with the
real ``umconnect service run`` reading its secret and configuration from a
credentials folder laid out as systemd lays it out.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app import config, osservice, secrets
from app.services import command_line
from tests.support.bundle import bundle_or_skip
from tests.support.deployments import for_dovecot, offline
from tests.support.dovecot import Dovecot

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "s3cret-Ünïcode pass"
WAIT = 60.0

needs_analyze = pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                                   reason="systemd-analyze is not installed")
needs_creds = pytest.mark.skipif(
    shutil.which("systemd-creds") is None or os.geteuid() != 0,
    reason="systemd-creds encrypts with the host key as root only")



def _options(program: tuple[str, ...]) -> osservice.UnitOptions:
    return osservice.UnitOptions(
        program=program,
        credential_file=Path("/etc/umconnect/credentials/superuser-password.cred"),
        config_file=Path("/etc/umconnect/umconnect.toml"),
        writable=("/var/spool/asterisk/voicemail",), groups=("asterisk",))


@needs_analyze
def test_systemd_accepts_the_unit_without_a_single_warning(tmp_path: Path) -> None:
    unit = tmp_path / osservice.UNIT_NAME
    unit.write_text(osservice.unit_text(_options((sys.executable, "-m", "app"))))

    passed, said = osservice.verify_unit(unit)

    assert passed, said
    assert said == ""


@needs_analyze
def test_systemd_analyze_catches_a_unit_whose_program_is_missing(
    tmp_path: Path,
) -> None:
    unit = tmp_path / osservice.UNIT_NAME
    unit.write_text(osservice.unit_text(_options(("/nonexistent/umconnect-cli",))))

    passed, said = osservice.verify_unit(unit)

    assert not passed
    assert "/nonexistent/umconnect-cli" in said


def test_the_unit_asks_for_notify_restart_own_user_sandbox_and_credentials() -> None:
    text = osservice.unit_text(_options(("/opt/umconnect/umconnect-cli",)))
    lines = set(text.splitlines())

    for expected in (
            "Type=notify", "Restart=on-failure", "DynamicUser=yes",
            "User=umconnect", "StateDirectory=umconnect", "NoNewPrivileges=yes",
            "ProtectSystem=strict", "PrivateTmp=yes", "CapabilityBoundingSet=",
            "LoadCredentialEncrypted=superuser-password:"
            "/etc/umconnect/credentials/superuser-password.cred",
            "LoadCredential=umconnect.toml:/etc/umconnect/umconnect.toml",
            "ReadWritePaths=-/var/spool/asterisk/voicemail",
            "SupplementaryGroups=asterisk", "WantedBy=multi-user.target"):
        assert expected in lines, expected
    exec_start = next(line for line in lines if line.startswith("ExecStart="))
    assert exec_start == (
        "ExecStart=/opt/umconnect/umconnect-cli service run --config "
        "${CREDENTIALS_DIRECTORY}/umconnect.toml --state-dir /var/lib/umconnect "
        "--no-console")


def test_a_program_path_with_spaces_and_percent_is_quoted_for_systemd() -> None:
    text = osservice.unit_text(_options(("/opt/um connect/100%/umconnect-cli",)))

    assert "ExecStart='/opt/um connect/100%%/umconnect-cli' service run" in text


@needs_creds
@needs_analyze
def test_install_writes_an_encrypted_secret_that_only_this_host_can_read(
    tmp_path: Path,
) -> None:
    root = tmp_path / "root"
    manager = osservice.SystemdService(root)

    result = manager.install(offline(tmp_path / "spool"), PASSWORD,
                             program=[sys.executable, "-m", "app"])

    sealed = result.credential_file.read_bytes()
    assert PASSWORD.encode() not in sealed
    assert PASSWORD not in result.config_file.read_text()
    assert result.credential_file.stat().st_mode & 0o777 == 0o600
    assert result.credential_file.parent.stat().st_mode & 0o777 == 0o700
    assert manager.etc_dir.stat().st_mode & 0o777 == 0o700
    opened = subprocess.run(
        ["systemd-creds", "decrypt", f"--name={osservice.CREDENTIAL_NAME}",
         str(result.credential_file), "-"], capture_output=True, timeout=WAIT,
        check=True)
    assert opened.stdout.decode() == PASSWORD
    assert config.load(result.config_file).superuser.login == "npumadmin"
    passed, said = osservice.verify_unit(result.unit_file)
    assert passed, said


@needs_creds
def test_without_systemd_install_says_so_and_offers_the_foreground_runner(
    tmp_path: Path,
) -> None:
    manager = osservice.SystemdService(tmp_path / "root")

    first = manager.install(offline(tmp_path / "spool"), PASSWORD,
                            program=[sys.executable, "-m", "app"])
    second = manager.install(offline(tmp_path / "spool"), PASSWORD + "2",
                             program=[sys.executable, "-m", "app"])

    assert not first.started
    assert not first.upgraded
    assert second.upgraded
    assert "No service manager runs on this computer" in first.message
    assert "umconnect service run" in first.message
    with pytest.raises(osservice.NoServiceManager, match="service run"):
        manager.start()
    assert "cannot run here" in manager.describe()


@needs_creds
def test_uninstall_removes_unit_config_and_secret_but_keeps_the_journal(
    tmp_path: Path,
) -> None:
    manager = osservice.SystemdService(tmp_path / "root")
    manager.install(offline(tmp_path / "spool"), PASSWORD,
                    program=[sys.executable, "-m", "app"])
    manager.state_dir.mkdir(parents=True)
    (manager.state_dir / "journal.jsonl").write_text("{}\n")

    manager.uninstall()

    assert not manager.unit_file.exists()
    assert not manager.credential_file.exists()
    assert not manager.config_file.exists()
    assert (manager.state_dir / "journal.jsonl").exists()
    assert manager.describe() == "The system service is not installed."


def test_systemctl_show_output_is_read_into_properties() -> None:
    recorded = ("LoadState=loaded\nActiveState=active\nSubState=running\n"
                "MainPID=4242\nNRestarts=2\nResult=success\n")

    props = osservice.parse_show(recorded)

    assert props == {"LoadState": "loaded", "ActiveState": "active",
                     "SubState": "running", "MainPID": "4242", "NRestarts": "2",
                     "Result": "success"}


def test_the_cli_install_into_an_image_says_nothing_was_started(
    tmp_path: Path,
) -> None:
    if shutil.which("systemd-creds") is None or os.geteuid() != 0:
        pytest.skip("systemd-creds encrypts with the host key as root only")
    answers = tmp_path / "site.toml"
    config.save(offline(tmp_path / "spool"), answers)
    env = {k: v for k, v in os.environ.items() if not k.startswith("UMCONNECT_")}
    env["UMCONNECT_SUPERUSER_PASSWORD"] = PASSWORD
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    done = subprocess.run(
        [sys.executable, "-m", "app", "service", "install", "--config", str(answers),
         "--root", str(tmp_path / "root")], cwd=ROOT, env=env, text=True,
        capture_output=True, timeout=WAIT, check=False)

    assert done.returncode == 1, done.stderr
    assert "umconnect.service" in done.stdout
    assert "No service manager runs" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    assert (tmp_path / "root/etc/systemd/system/umconnect.service").exists()


# -- the secret the service is handed ------------------------------------------------


def test_a_handed_over_secret_wins_over_the_credential_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "superuser-password").write_text(PASSWORD + "\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    fetched = secrets.fetch(secrets.SecretRef("umconnect", "npumadmin@mail"))

    assert fetched == PASSWORD


def test_without_a_handed_over_secret_the_store_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))

    assert secrets.handed_over() is None


# -- sd_notify -----------------------------------------------------------------------


def test_notify_sends_one_datagram_to_an_abstract_socket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"umconnect-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind("\0" + name)
        listener.settimeout(WAIT)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)

        sent = osservice.notify("READY=1\nSTATUS=test")

        assert sent
        assert listener.recv(4096) == b"READY=1\nSTATUS=test"


def test_notify_outside_systemd_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)

    assert osservice.notify("READY=1") is False


@pytest.mark.dovecot
@pytest.mark.parametrize("frozen", [False, True], ids=["venv", "frozen"])
def test_the_service_run_by_systemd_reads_its_credentials_and_says_ready(
    clean_dovecot: Dovecot, tmp_path: Path, frozen: bool,
) -> None:
    program = ([str(bundle_or_skip() / "umconnect-cli")] if frozen
               else [sys.executable, "-m", "app"])
    creds = tmp_path / "credentials"
    creds.mkdir(mode=0o700)
    spool = tmp_path / "spool"
    spool.mkdir()
    dep = for_dovecot(clean_dovecot, spool)
    config.save(dep, creds / osservice.CONFIG_CREDENTIAL)
    (creds / osservice.CREDENTIAL_NAME).write_text(clean_dovecot.master_password)
    env = {k: v for k, v in os.environ.items() if not k.startswith("UMCONNECT_")}
    env.update(CREDENTIALS_DIRECTORY=str(creds), NOTIFY_SOCKET=str(tmp_path / "n"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    argv = [*program, "service", "run", "--config",
            str(creds / osservice.CONFIG_CREDENTIAL), "--state-dir",
            str(tmp_path / "state"), "--no-console"]

    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind(str(tmp_path / "n"))
        listener.settimeout(WAIT)
        child = subprocess.Popen(argv, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            ready = listener.recv(4096)
        finally:
            child.terminate()
            out, err = child.communicate(timeout=WAIT)
        stopping = listener.recv(4096)

    assert ready.startswith(b"READY=1\n"), err
    assert stopping == b"STOPPING=1"
    assert child.returncode == 0, err
    assert clean_dovecot.master_password.encode() not in out + err


def test_in_the_bundle_services_start_the_command_line_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = tmp_path / "umconnect"
    (tmp_path / "umconnect-cli").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(wizard))

    assert osservice.service_program() == [str(tmp_path / "umconnect-cli")]
    assert command_line(tmp_path / "c.toml", tmp_path)[:3] == [
        str(tmp_path / "umconnect-cli"), "service", "run"]


@needs_creds
def test_an_upgrade_without_a_password_keeps_the_handed_over_secret(
    tmp_path: Path,
) -> None:
    answers = tmp_path / "site.toml"
    config.save(offline(tmp_path / "spool"), answers)
    env = {k: v for k, v in os.environ.items() if not k.startswith("UMCONNECT_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    argv = [sys.executable, "-m", "app", "service", "install", "--config",
            str(answers), "--root", str(tmp_path / "root")]
    manager = osservice.SystemdService(tmp_path / "root")

    refused = subprocess.run(argv, cwd=ROOT, env=env, text=True, capture_output=True,
                             stdin=subprocess.DEVNULL, timeout=WAIT, check=False)
    first = subprocess.run(argv, cwd=ROOT, env={
        **env, "UMCONNECT_SUPERUSER_PASSWORD": PASSWORD}, text=True,
        capture_output=True, timeout=WAIT, check=False)
    sealed = manager.credential_file.read_bytes()
    upgrade = subprocess.run(argv, cwd=ROOT, env=env, text=True, capture_output=True,
                             stdin=subprocess.DEVNULL, timeout=WAIT, check=False)

    assert refused.returncode == 2
    assert "UMCONNECT_SUPERUSER_PASSWORD" in refused.stderr
    assert first.returncode == upgrade.returncode == 1, upgrade.stderr
    assert "No service manager runs" in upgrade.stdout
    assert manager.credential_file.read_bytes() == sealed


@needs_creds
def test_status_names_a_system_service_that_cannot_run_here(tmp_path: Path) -> None:
    manager = osservice.SystemdService(tmp_path / "root")
    manager.install(offline(tmp_path / "spool"), PASSWORD,
                    program=[sys.executable, "-m", "app"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("UMCONNECT_")}
    env["UMCONNECT_STATE_DIR"] = str(tmp_path / "state")

    done = subprocess.run(
        [sys.executable, "-m", "app", "service", "status", "--root",
         str(tmp_path / "root")], cwd=ROOT, env=env, text=True,
        capture_output=True, timeout=WAIT, check=False)

    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("The system service is installed, but cannot run "
                               "here.")
    assert lines[1] == "The service is not running."
