"""Starting, watching and stopping the connector service.

:class:`BackgroundService` runs ``umconnect service run`` as a detached
process of this user: what the wizard uses where no service manager is set
up. The password reaches the child through a pipe, never through its command
line, its environment or a file.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app.connector import ServiceStatus
from app.i18n import _

log = logging.getLogger(__name__)

PID_NAME = "service.pid"
LOG_NAME = "service.log"


class ServiceError(RuntimeError):
    """The service could not be started or stopped; the text says why."""


@dataclass(frozen=True)
class ServiceState:
    """A snapshot of the service for the wizard's last page and the CLI."""

    running: bool
    pid: int | None
    status: ServiceStatus | None
    log_tail: list[str]

    def describe(self) -> str:
        """One line: running or not, last sync, last error."""
        if not self.running:
            return _("The service is not running.")
        status = self.status
        if status is None or not status.last_sync:
            return _("The service is running (process {pid}), starting its first "
                     "sync.").format(pid=self.pid)
        line = _("The service is running (process {pid}); last sync {when}, "
                 "{n} voicemail(s) delivered.").format(
            pid=self.pid, when=status.last_sync[11:19] + " UTC", n=status.delivered)
        if status.state == "disconnected":
            line += " " + _("Mail server unreachable: {error}").format(
                error=status.last_error)
        return line


def command_line(config_path: Path, state_dir: Path) -> list[str]:
    """The argv that runs the service in the foreground."""
    program = ([sys.executable] if getattr(sys, "frozen", False)
               else [sys.executable, "-m", "app"])
    return [*program, "service", "run", "--config", str(config_path),
            "--state-dir", str(state_dir), "--secrets-stdin"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A finished child of ours stays a zombie until reaped; reap it here.
    try:
        done, _status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == 0


class BackgroundService:
    """The connector as a detached process; see the module docstring."""

    def __init__(self, config_path: Path, state_dir: Path) -> None:
        self.config_path = config_path
        self.state_dir = state_dir

    @property
    def log_path(self) -> Path:
        """Where the service writes its log."""
        return self.state_dir / LOG_NAME

    def pid(self) -> int | None:
        """The running service's process id, if it runs."""
        try:
            pid = int((self.state_dir / PID_NAME).read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _alive(pid) else None

    def start(self, password: str, wait: float = 10.0) -> int:
        """Start (or restart) the service and wait until it reports in."""
        self.stop()
        self.state_dir.mkdir(parents=True, exist_ok=True)
        (self.state_dir / "status.json").unlink(missing_ok=True)
        env = dict(os.environ)
        with self.log_path.open("ab") as log_file:
            child = subprocess.Popen(
                command_line(self.config_path, self.state_dir), stdin=subprocess.PIPE,
                stdout=log_file, stderr=subprocess.STDOUT, env=env,
                start_new_session=True, close_fds=True)
        assert child.stdin is not None
        try:
            child.stdin.write(json.dumps({"superuser_password": password}).encode())
            child.stdin.close()
        except BrokenPipeError:
            pass
        (self.state_dir / PID_NAME).write_text(f"{child.pid}\n")
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if child.poll() is not None:
                raise ServiceError(_(
                    "The service stopped right after starting (exit code "
                    "{code}). Its log says:\n{log}").format(
                    code=child.returncode, log="\n".join(self.log_tail(8))))
            status = ServiceStatus.load(self.state_dir)
            if status is not None and status.pid == child.pid:
                log.info("Service started as process %d", child.pid)
                return child.pid
            time.sleep(0.05)
        log.warning("Service process %d has not reported yet", child.pid)
        return child.pid

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop the service if it runs; True if one was stopped."""
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.05)
        if _alive(pid):
            log.warning("Service %d ignored SIGTERM; killing it", pid)
            os.kill(pid, signal.SIGKILL)
        (self.state_dir / PID_NAME).unlink(missing_ok=True)
        log.info("Service process %d stopped", pid)
        return True

    def log_tail(self, lines: int = 10) -> list[str]:
        """The last *lines* lines of the service log."""
        try:
            with self.log_path.open("rb") as stream:
                stream.seek(0, os.SEEK_END)
                stream.seek(max(0, stream.tell() - 16_384))
                text = stream.read().decode("utf-8", "replace")
        except OSError:
            return []
        return text.splitlines()[-lines:]

    def state(self) -> ServiceState:
        """Whether it runs, what it last reported, and its last log lines."""
        pid = self.pid()
        return ServiceState(running=pid is not None, pid=pid,
                            status=ServiceStatus.load(self.state_dir),
                            log_tail=self.log_tail())
