"""Tests for starting, watching and stopping the service (app.services)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import config, services
from app.connector import STATUS_NAME, ServiceStatus
from app.model import (
    Deployment,
    ImapServer,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)
from app.services import (
    LOCK_NAME,
    LOG_NAME,
    PID_NAME,
    AlreadyRunning,
    BackgroundService,
    InstanceLock,
    ServiceState,
    lock_held,
)
from tests.support.dovecot import Dovecot

PASSWORD_ENV = "UMCONNECT_SUPERUSER_PASSWORD"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc")


# -- the instance lock ----------------------------------------------------------------


def test_the_lock_admits_one_instance_and_names_it(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "state")
    first.acquire()
    try:
        with pytest.raises(AlreadyRunning) as refused:
            InstanceLock(tmp_path / "state").acquire(wait=0.2)
        held = lock_held(tmp_path / "state")
    finally:
        first.release()

    assert refused.value.pid == os.getpid()
    assert f"process {os.getpid()}" in str(refused.value)
    assert held is True
    assert lock_held(tmp_path / "state") is False


def test_the_lock_writes_and_removes_the_pid_file(tmp_path: Path) -> None:
    state = tmp_path / "state"

    with InstanceLock(state):
        pid_text = (state / PID_NAME).read_text()
        modes = {name: stat.S_IMODE((state / name).stat().st_mode)
                 for name in (PID_NAME, LOCK_NAME)}

    assert pid_text.strip() == str(os.getpid())
    assert not (state / PID_NAME).exists()
    if sys.platform != "win32":
        assert modes == {PID_NAME: 0o600, LOCK_NAME: 0o600}
        assert stat.S_IMODE(state.stat().st_mode) == 0o700


def test_a_stale_pid_file_without_the_lock_is_not_a_running_service(
    tmp_path: Path,
) -> None:
    # The service was killed; its pid may since belong to anything (here: us).
    state = tmp_path / "state"
    with InstanceLock(state):
        pass
    (state / PID_NAME).write_text(f"{os.getpid()}\n")

    service = BackgroundService(tmp_path / "umconnect.toml", state)

    assert service.pid() is None
    assert service.stop() is False  # and nothing was signalled


def test_no_state_folder_means_not_running(tmp_path: Path) -> None:
    service = BackgroundService(tmp_path / "umconnect.toml", tmp_path / "absent")

    state = service.state()

    assert (state.running, state.pid, state.healthy) == (False, None, False)
    assert not (tmp_path / "absent").exists()


# -- what the state says --------------------------------------------------------------


def _state(status: ServiceStatus | None, running: bool = True) -> ServiceState:
    return ServiceState(running=running, pid=4242 if running else None,
                        status=status, log_tail=[])


def test_a_login_failure_is_not_described_as_unreachable() -> None:
    status = ServiceStatus(state="error", last_error="[alice] Login refused: Check "
                           "the superuser's name and password.")

    state = _state(status)

    assert not state.healthy
    assert "Login refused" in state.describe()
    assert "unreachable" not in state.describe().lower()


def test_a_network_failure_is_described_as_unreachable() -> None:
    status = ServiceStatus(state="disconnected", last_sync="2024-01-01T10:00:00+00:00",
                           last_error="[alice] Connection refused on port 993")

    text = _state(status).describe()

    assert "unreachable" in text
    assert "Connection refused" in text
    assert not _state(status).healthy


def test_only_a_running_service_with_a_good_sync_is_healthy() -> None:
    good = ServiceStatus(state="running", last_sync="2024-01-01T10:00:00+00:00",
                         delivered=3)

    assert _state(good).healthy
    assert "3 voicemail(s) delivered" in _state(good).describe()
    assert not _state(good, running=False).healthy
    assert not _state(ServiceStatus(state="starting")).healthy
    assert not _state(None).healthy


def test_set_aside_voicemail_is_mentioned() -> None:
    status = ServiceStatus(state="running", last_sync="2024-01-01T10:00:00+00:00",
                           set_aside=[{"file": "/spool/msg0001.txt",
                                       "reason": "[Errno 21] Is a directory"}])

    assert "1 voicemail(s) set aside" in _state(status).describe()


# -- the background service -----------------------------------------------------------


@pytest.fixture
def service(clean_dovecot: Dovecot, tmp_path: Path) -> Iterator[BackgroundService]:
    dep = Deployment(
        server=ImapServer(host="127.0.0.1", port=clean_dovecot.tls_port,
                          security=Security.TLS, ca_file=str(clean_dovecot.ca_file)),
        superuser=Superuser(login=clean_dovecot.master_user),
        users=[VoicemailUser(mailbox="1001", login="alice")],
        sample_user="alice",
        service=ServiceOptions(spool=str(tmp_path / "spool"), poll_seconds=0.2,
                               settle_seconds=0))
    (tmp_path / "spool").mkdir()
    config_path = tmp_path / "umconnect.toml"
    config.save(dep, config_path)
    background = BackgroundService(config_path, tmp_path / "state")
    try:
        yield background
    finally:
        background.stop()


@pytest.mark.dovecot
@linux_only
def test_the_password_is_not_left_in_the_services_environment(
    clean_dovecot: Dovecot, service: BackgroundService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    password = clean_dovecot.master_password
    monkeypatch.setenv(PASSWORD_ENV, password)  # as `umconnect apply` may have it
    monkeypatch.setenv("SOME_OTHER_SETTING", "kept")

    pid = service.start(password)

    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    assert b"SOME_OTHER_SETTING=kept" in environ
    assert not any(entry.startswith(PASSWORD_ENV.encode()) for entry in environ)
    assert not any(password.encode() in entry for entry in environ)


@pytest.mark.dovecot
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_background_services_files_are_private(
    clean_dovecot: Dovecot, service: BackgroundService,
) -> None:
    state = service.state_dir
    state.mkdir(mode=0o700)
    (state / LOG_NAME).write_text("from an earlier version\n")
    os.chmod(state / LOG_NAME, 0o644)

    pid = service.start(clean_dovecot.master_password)
    running = service.state()

    assert running.running
    assert running.pid == pid
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    for name in (LOG_NAME, PID_NAME, LOCK_NAME, STATUS_NAME):
        assert stat.S_IMODE((state / name).stat().st_mode) == 0o600, name


@pytest.mark.dovecot
def test_start_then_stop(clean_dovecot: Dovecot, service: BackgroundService) -> None:
    pid = service.start(clean_dovecot.master_password)

    assert service.pid() == pid
    assert service.stop() is True
    assert service.pid() is None
    assert not (service.state_dir / PID_NAME).exists()
    status = ServiceStatus.load(service.state_dir)
    assert status is not None
    assert status.state == "stopped"


@linux_only
def test_a_killed_unreaped_process_is_not_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        child.kill()
        deadline = time.monotonic() + 60
        while not services._zombie(child.pid):
            assert time.monotonic() < deadline, "the child never became a zombie"
            time.sleep(0.05)
        still_zombie = services._zombie(child.pid)
    finally:
        child.wait(60)

    assert still_zombie
    assert not services._zombie(os.getpid())
