"""``umconnect service run | service stop | status | demo`` as processes.

Everything here runs ``python -m app`` in subprocesses, as a technician or a
service manager would: one instance per state folder, what ``status`` says
and exits with, and clean ends on SIGTERM.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import config, spool
from app.connector import ServiceStatus
from app.model import (
    Deployment,
    ImapServer,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)
from app.services import PID_NAME
from tests.support.dovecot import Dovecot

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PASSWORD_ENV = "UMCONNECT_SUPERUSER_PASSWORD"
#: Generous bound for waiting loops and subprocesses; never a speed assertion.
WAIT = 60.0

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _env(state_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["UMCONNECT_STATE_DIR"] = str(state_dir)
    env["UMCONNECT_CONFIG_DIR"] = str(state_dir.parent / "config")
    env.update(extra)
    return env


def _umconnect(*args: str, env: dict[str, str], stdin: str | None = None,
               ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=env, text=True,
        input=stdin, stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True, timeout=WAIT * 2, check=False)


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.05)


def _status(state_dir: Path) -> ServiceStatus | None:
    return ServiceStatus.load(state_dir)


@pytest.fixture
def configured(clean_dovecot: Dovecot, tmp_path: Path) -> Path:
    """A configuration for the test Dovecot, with an existing spool."""
    dep = Deployment(
        server=ImapServer(host=HOST, port=clean_dovecot.tls_port,
                          security=Security.TLS, ca_file=str(clean_dovecot.ca_file)),
        superuser=Superuser(login=clean_dovecot.master_user),
        users=[VoicemailUser(mailbox="1001", login="alice")],
        sample_user="alice",
        service=ServiceOptions(spool=str(tmp_path / "spool"), poll_seconds=0.2,
                               settle_seconds=0))
    (tmp_path / "spool").mkdir()
    path = tmp_path / "umconnect.toml"
    config.save(dep, path)
    return path


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


Foreground = Callable[..., subprocess.Popen[str]]


@pytest.fixture
def foreground(configured: Path, state_dir: Path) -> Iterator[Foreground]:
    """Start ``service run`` in the foreground; stop what is left at the end."""
    started: list[subprocess.Popen[str]] = []

    def start(password: str, *extra: str) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-m", "app", "service", "run", "--secrets-stdin",
             "--config", str(configured), "--state-dir", str(state_dir), *extra],
            cwd=ROOT, env=_env(state_dir), text=True, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdin is not None
        child.stdin.write(json.dumps({"superuser_password": password}) + "\n")
        child.stdin.close()
        child.stdin = None  # so that communicate() does not flush it again
        started.append(child)
        return child

    yield start
    for child in started:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=WAIT)


def _reported(state_dir: Path, child: subprocess.Popen[str],
              predicate: Callable[[ServiceStatus], bool]) -> ServiceStatus:
    def ready() -> bool:
        if child.poll() is not None:
            pytest.fail(f"service ended early: {child.communicate()}")
        status = _status(state_dir)
        return status is not None and status.pid == child.pid and predicate(status)

    _wait_until(ready, "the service's status")
    status = _status(state_dir)
    assert status is not None
    return status


# -- one instance per state folder ---------------------------------------------------


@pytest.mark.dovecot
@posix_only
def test_a_second_instance_refuses_to_start_naming_the_first(
    clean_dovecot: Dovecot, configured: Path, state_dir: Path,
    foreground: Foreground,
) -> None:
    first = foreground(clean_dovecot.master_password)
    _reported(state_dir, first, lambda s: s.state == "running")
    spool.write_voicemail(configured.parent / "spool", "default", "1001",
                          audio=spool.tone_wav(0.2))

    second = _umconnect(
        "service", "run", "--once", "--secrets-stdin", "--config", str(configured),
        "--state-dir", str(state_dir), env=_env(state_dir),
        stdin=json.dumps({"superuser_password": clean_dovecot.master_password}))

    assert second.returncode == 1, second.stderr
    assert f"process {first.pid}" in second.stderr
    assert "already running" in second.stderr
    assert "Traceback" not in second.stderr
    assert first.poll() is None


@pytest.mark.dovecot
@posix_only
def test_status_and_stop_see_a_foreground_instance(
    clean_dovecot: Dovecot, state_dir: Path, foreground: Foreground,
) -> None:
    child = foreground(clean_dovecot.master_password)
    _reported(state_dir, child, lambda s: s.state == "running")

    shown = _umconnect("status", env=_env(state_dir))
    stopped = _umconnect("service", "stop", env=_env(state_dir))
    code = child.wait(WAIT)

    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert f"process {child.pid}" in shown.stdout
    assert stopped.returncode == 0
    assert "Service stopped." in stopped.stderr
    assert code == 0
    assert not (state_dir / PID_NAME).exists()
    final = _status(state_dir)
    assert final is not None
    assert final.state == "stopped"
    after = _umconnect("status", env=_env(state_dir))
    assert after.returncode == 1
    assert "not running" in after.stdout


@pytest.mark.dovecot
@posix_only
def test_the_service_writes_its_own_pid_file_readable_by_its_owner_only(
    clean_dovecot: Dovecot, state_dir: Path, foreground: Foreground,
) -> None:
    child = foreground(clean_dovecot.master_password)
    _reported(state_dir, child, lambda s: s.state == "running")

    pid_text = (state_dir / PID_NAME).read_text()

    assert pid_text.strip() == str(child.pid)
    assert (state_dir.stat().st_mode & 0o777) == 0o700
    for path in state_dir.iterdir():
        assert (path.stat().st_mode & 0o777) == 0o600, path.name


# -- what status says and exits with ---------------------------------------------------


@pytest.mark.dovecot
@posix_only
def test_status_of_a_service_with_a_wrong_password_exits_1_and_says_why(
    state_dir: Path, foreground: Foreground,
) -> None:
    child = foreground("not-the-master-pw")
    _reported(state_dir, child, lambda s: s.state == "error")

    shown = _umconnect("status", env=_env(state_dir))
    as_json = _umconnect("status", "--json", env=_env(state_dir))

    assert shown.returncode == 1
    assert f"process {child.pid}" in shown.stdout
    assert "Login refused" in shown.stdout
    assert "unreachable" not in shown.stdout.lower()
    assert "not-the-master-pw" not in shown.stdout + shown.stderr
    assert as_json.returncode == 1
    data = json.loads(as_json.stdout)
    assert (data["running"], data["healthy"]) == (True, False)
    assert data["status"]["state"] == "error"


@pytest.mark.dovecot
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc")
def test_status_does_not_count_a_killed_unreaped_service_as_running(
    clean_dovecot: Dovecot, state_dir: Path, foreground: Foreground,
) -> None:
    child = foreground(clean_dovecot.master_password)
    _reported(state_dir, child, lambda s: s.state == "running")
    # As the wizard (its parent) would have it written; the service does too.
    (state_dir / PID_NAME).write_text(f"{child.pid}\n")
    os.kill(child.pid, signal.SIGKILL)  # not reaped: we are its parent

    def zombie() -> bool:
        text = Path(f"/proc/{child.pid}/stat").read_text()
        return text.rpartition(")")[2].split()[0] == "Z"

    _wait_until(zombie, "the killed service to become a zombie")

    shown = _umconnect("status", env=_env(state_dir))

    assert zombie()  # still unreaped while status looked
    assert shown.returncode == 1
    assert "not running" in shown.stdout


# -- the demo -------------------------------------------------------------------------


@posix_only
def test_demo_cleans_up_on_sigterm(tmp_path: Path) -> None:
    pytest.importorskip("pymap")
    demo = subprocess.Popen(
        [sys.executable, "-m", "app", "demo"], cwd=ROOT, env=_env(tmp_path / "state"),
        text=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    try:
        assert demo.stdout is not None
        first = demo.stdout.readline()
        ca_file = Path(first.rsplit("CA file ", 1)[1].strip())
        folder = ca_file.parent
        assert folder.is_dir()
        assert any(folder.iterdir())

        demo.send_signal(signal.SIGTERM)
        code = demo.wait(WAIT)
    finally:
        if demo.poll() is None:
            demo.kill()
        demo.communicate(timeout=WAIT)

    assert code == 0
    assert not folder.exists()
