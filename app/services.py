"""Starting, watching and stopping the connector service.

:class:`BackgroundService` runs ``umconnect service run`` as a detached
process of this user: what the wizard uses where no service manager is set
up. The password reaches the child through a pipe, never through its command
line, its environment or a file.

One service per state folder: ``service run`` holds :class:`InstanceLock`
(``service.lock``) for as long as it runs and writes its own ``service.pid``,
so a second instance refuses to start, and ``umconnect status`` and ``service
stop`` see a foreground instance as well as a background one. The lock, not
the pid file, says whether a service runs: the operating system releases it
when the process ends, however it ends, and a recycled process id never
looks like the service.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from app.connector import (
    DISCONNECTED,
    ERROR,
    STARTING,
    ServiceStatus,
    prepare_state_dir,
)
from app.i18n import _

log = logging.getLogger(__name__)

PID_NAME = "service.pid"
LOG_NAME = "service.log"
#: What the process prints before its log is set up (usage errors, crashes).
OUTPUT_NAME = "service.out"
LOCK_NAME = "service.lock"
#: Where ``umconnect`` takes the password from; never handed to the service.
PASSWORD_VARIABLES = ("UMCONNECT_SUPERUSER_PASSWORD",)
#: How long ``service run`` tries for the lock: long enough to outlast a
#: status probe holding it for a moment, short enough for a clear refusal.
LOCK_WAIT = 3.0


class ServiceError(RuntimeError):
    """The service could not be started or stopped; the text says why."""


class AlreadyRunning(ServiceError):
    """Another service holds this state folder; ``pid`` names it if known."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


def _try_lock(fd: int) -> bool:
    """Take the lock on *fd* without waiting; False if someone holds it."""
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415 - Windows only

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415 - Windows only

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl  # noqa: PLC0415 - POSIX only

        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(state_dir: Path) -> int | None:
    try:
        return int((state_dir / PID_NAME).read_text().strip())
    except (OSError, ValueError):
        return None


def lock_held(state_dir: Path) -> bool | None:
    """Whether a service holds *state_dir*'s lock (None: cannot tell)."""
    try:
        fd = os.open(state_dir / LOCK_NAME, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return None  # e.g. another user's state folder
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    except OSError:
        return None
    finally:
        os.close(fd)


class InstanceLock:
    """The one-service-per-state-folder lock; see the module docstring."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self._fd: int | None = None

    def acquire(self, wait: float = LOCK_WAIT) -> None:
        """Take the lock and write ``service.pid``, or raise why not."""
        try:
            prepare_state_dir(self.state_dir)
            fd = os.open(self.state_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise ServiceError(_("The state folder {path} cannot be used: "
                                 "{error}").format(path=self.state_dir,
                                                   error=exc.strerror or exc)) from exc
        deadline = time.monotonic() + wait
        while not self._try(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                pid = _read_pid(self.state_dir)
                who = (_("process {pid}").format(pid=pid) if pid is not None
                       else _("another process"))
                raise AlreadyRunning(_(
                    "The service for {path} is already running ({who}). Stop it "
                    "first with 'umconnect service stop', or use another state "
                    "folder.").format(path=self.state_dir, who=who), pid)
            time.sleep(0.05)
        self._fd = fd
        _write_private(self.state_dir / PID_NAME, f"{os.getpid()}\n")
        log.debug("Service lock %s taken by process %d",
                  self.state_dir / LOCK_NAME, os.getpid())

    def _try(self, fd: int) -> bool:
        try:
            return _try_lock(fd)
        except OSError as exc:
            # Not "held by another" but "cannot lock here" (e.g. a network
            # file system without locks): refuse rather than risk two services.
            os.close(fd)
            raise ServiceError(_("The state folder {path} cannot be locked: "
                                 "{error}. Use a local folder.").format(
                path=self.state_dir, error=exc.strerror or exc)) from exc

    def release(self) -> None:
        """Remove ``service.pid`` (if still ours) and let the lock go."""
        if self._fd is None:
            return
        if _read_pid(self.state_dir) == os.getpid():
            (self.state_dir / PID_NAME).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None,
                 exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(text)
    if sys.platform != "win32":
        os.chmod(path, 0o600)


@dataclass(frozen=True)
class ServiceState:
    """A snapshot of the service for the wizard's last page and the CLI."""

    running: bool
    pid: int | None
    status: ServiceStatus | None
    log_tail: list[str]

    @property
    def healthy(self) -> bool:
        """Running, and its last sync and server check went through."""
        return self.running and self.status is not None and self.status.healthy

    def describe(self) -> str:
        """One line: running or not, last sync, what is wrong."""
        status = self.status
        if not self.running:
            line = _("The service is not running.")
            if status is not None and status.last_error:
                line += " " + _("Its last problem: {error}").format(
                    error=status.last_error)
            return line
        if status is None or (status.state == STARTING and not status.last_error):
            return _("The service is running (process {pid}), starting its first "
                     "sync.").format(pid=self.pid)
        if status.last_sync:
            line = _("The service is running (process {pid}); last sync {when}, "
                     "{n} voicemail(s) delivered.").format(
                pid=self.pid, when=status.last_sync[11:19] + " UTC",
                n=status.delivered)
        else:
            line = _("The service is running (process {pid}) but has not "
                     "completed a sync yet.").format(pid=self.pid)
        if status.state == DISCONNECTED:
            line += " " + _("Mail server unreachable: {error}").format(
                error=status.last_error)
        elif status.state == ERROR:
            line += " " + _("It cannot deliver voicemail: {error}").format(
                error=status.last_error)
        if status.set_aside:
            line += " " + _("{n} voicemail(s) set aside, as their files cannot "
                            "be used; the log says why.").format(
                n=len(status.set_aside))
        return line


def program_argv() -> list[str]:
    """The argv of ``umconnect``; in the bundle, its command-line program."""
    if getattr(sys, "frozen", False):
        # The wizard's executable does not take commands; its sibling does.
        exe = Path(sys.executable)
        cli = exe.with_name("umconnect-cli" + exe.suffix)
        return [str(cli if cli.exists() else exe)]
    return [sys.executable, "-m", "app"]


def command_line(config_path: Path, state_dir: Path) -> list[str]:
    """The argv that runs the service in the foreground."""
    return [*program_argv(), "service", "run", "--config", str(config_path),
            "--state-dir", str(state_dir), "--secrets-stdin", "--no-console"]


def _zombie(pid: int) -> bool:
    """True for a process that ended but was not yet reaped (Linux)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    # "pid (name) S ...": the name may hold spaces and parentheses.
    fields = text.rpartition(")")[2].split()
    return bool(fields) and fields[0] == "Z"


def _alive(pid: int) -> bool:
    """Whether *pid* is a live process (a zombie is not)."""
    if sys.platform == "win32":
        # os.kill(pid, 0) would end the process there; the lock tells instead.
        return True
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
        done = 0
    return done == 0 and not _zombie(pid)


def _child_environment(password: str) -> dict[str, str]:
    """This process's environment without the password, in any variable."""
    return {key: value for key, value in os.environ.items()
            if key not in PASSWORD_VARIABLES and (not password or value != password)}


def _open_log(path: Path) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    if sys.platform != "win32":
        os.chmod(path, 0o600)
    return fd


def _tail(path: Path, lines: int) -> list[str]:
    """The last *lines* lines of a text file ([] if it cannot be read)."""
    try:
        with path.open("rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - 16_384))
            text = stream.read().decode("utf-8", "replace")
    except OSError:
        return []
    return text.splitlines()[-lines:]


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
        held = lock_held(self.state_dir)
        if held is False:
            return None
        pid = _read_pid(self.state_dir)
        return pid if pid is not None and _alive(pid) else None

    def start(self, password: str, wait: float = 10.0) -> int:
        """Start (or restart) the service and wait until it reports in."""
        self.stop()
        prepare_state_dir(self.state_dir)
        (self.state_dir / "status.json").unlink(missing_ok=True)
        log_fd = _open_log(self.state_dir / OUTPUT_NAME)
        try:
            child = subprocess.Popen(
                command_line(self.config_path, self.state_dir), stdin=subprocess.PIPE,
                stdout=log_fd, stderr=subprocess.STDOUT,
                env=_child_environment(password), start_new_session=True,
                close_fds=True)
        finally:
            os.close(log_fd)
        assert child.stdin is not None
        try:
            child.stdin.write(json.dumps({"superuser_password": password}).encode())
            child.stdin.close()
        except BrokenPipeError:
            pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if child.poll() is not None:
                said = _tail(self.state_dir / OUTPUT_NAME, 8) or self.log_tail(8)
                raise ServiceError(_(
                    "The service stopped right after starting (exit code "
                    "{code}). It said:\n{log}").format(
                    code=child.returncode, log="\n".join(said)))
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
        if not self._wait_gone(pid, timeout) and sys.platform != "win32":
            log.warning("Service %d ignored SIGTERM; killing it", pid)
            os.kill(pid, signal.SIGKILL)
            self._wait_gone(pid, timeout)
        if _read_pid(self.state_dir) == pid:
            (self.state_dir / PID_NAME).unlink(missing_ok=True)
        log.info("Service process %d stopped", pid)
        return True

    def _wait_gone(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if lock_held(self.state_dir) is False or not _alive(pid):
                return True
            time.sleep(0.05)
        return False

    def log_tail(self, lines: int = 10) -> list[str]:
        """The last *lines* lines of the service log."""
        return _tail(self.log_path, lines)

    def state(self) -> ServiceState:
        """Whether it runs, what it last reported, and its last log lines."""
        pid = self.pid()
        return ServiceState(running=pid is not None, pid=pid,
                            status=ServiceStatus.load(self.state_dir),
                            log_tail=self.log_tail())
