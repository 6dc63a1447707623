"""The connector as a system service: systemd on Linux, and the way to it.

The wizard and ``umconnect apply`` start the connector as a background
process of the technician (:mod:`app.services`). A site wants more: a service
that starts at boot, restarts after a crash and runs under an account of its
own. :class:`SystemdService` sets that up on Linux:

* a unit (``/etc/systemd/system/umconnect.service``) with ``Type=notify``
  (the connector says READY through :func:`notify` once its configuration
  and secret are read), ``Restart=on-failure``, a dynamic user of its own
  (``DynamicUser=yes``, name ``umconnect``) and the sandboxing options
  listed in :func:`unit_text`;
* the secret hand-off: the technician's password is encrypted with
  ``systemd-creds encrypt --with-key=host`` (fed through a pipe) into
  ``/etc/umconnect/credentials/superuser-password.cred``, which only root can
  read and only this host can decrypt. ``LoadCredentialEncrypted=`` makes
  systemd decrypt it at each start into the service's private credentials
  folder (``$CREDENTIALS_DIRECTORY``, in memory, readable by the service
  only), where :func:`app.secrets.handed_over` reads it. No clear-text copy
  is ever written to disk;
* the configuration goes the same way as a plain credential
  (``LoadCredential=``) from ``/etc/umconnect/umconnect.toml`` (root only);
* journal, status and log live in ``/var/lib/umconnect`` (``StateDirectory=``).

Installing again upgrades in place: the unit, configuration and credential
are rewritten, systemd reloads them and a running service restarts.

Where systemd is not the init system (containers, CI, this kind of build
machine) nothing can be started: :meth:`SystemdService.install` still writes
the files, and every action says plainly that no service manager runs and
that ``umconnect service run`` runs the connector in the foreground.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shlex
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app import config
from app.connector import ServiceStatus
from app.i18n import _
from app.model import Deployment
from app.services import LOG_NAME, ServiceState, _tail, program_argv

log = logging.getLogger(__name__)

SERVICE_NAME = "umconnect"
UNIT_NAME = f"{SERVICE_NAME}.service"
#: Name of the password's credential, for systemd and for the service.
CREDENTIAL_NAME = "superuser-password"
#: Name of the configuration's credential.
CONFIG_CREDENTIAL = "umconnect.toml"
#: How long a systemctl or systemd-creds call may take.
COMMAND_TIMEOUT = 60.0

Runner = Callable[[Sequence[str], str | None], "subprocess.CompletedProcess[str]"]


class OsServiceError(RuntimeError):
    """A service action failed; the text says what and how to fix it."""


class NoServiceManager(OsServiceError):
    """No service manager runs here; the foreground runner is the way."""


def run_command(argv: Sequence[str], stdin: str | None = None,
                ) -> subprocess.CompletedProcess[str]:
    """Run *argv* with *stdin* piped in; never through a shell."""
    try:
        return subprocess.run(list(argv), input=stdin, capture_output=True, text=True,
                              timeout=COMMAND_TIMEOUT, check=False)
    except FileNotFoundError:
        raise OsServiceError(_("The program '{name}' is not installed on this "
                               "computer.").format(name=argv[0])) from None
    except subprocess.TimeoutExpired:
        raise OsServiceError(_("'{command}' did not finish within {n:.0f} s.").format(
            command=" ".join(argv[:2]), n=COMMAND_TIMEOUT)) from None


def notify(state: str) -> bool:
    """Tell systemd *state* (``READY=1``, ``STATUS=…``); False when not under it.

    The sd_notify protocol: one datagram to the AF_UNIX socket named by
    ``$NOTIFY_SOCKET`` (a leading ``@`` means Linux's abstract namespace).
    """
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(state.encode("utf-8"))
    except OSError as exc:
        log.warning("Could not notify the service manager: %s", exc)
        return False
    return True


def systemd_running(root: Path = Path("/")) -> bool:
    """Whether systemd is the init system (what sd_booted() checks)."""
    return (root / "run/systemd/system").is_dir()


def no_manager_message() -> str:
    """Why nothing can be started here, and what to do instead."""
    return _(
        "No service manager runs on this computer (systemd is not its init "
        "system, as in a container), so the connector cannot run as a system "
        "service here. Run it in the foreground with 'umconnect service run', or "
        "let the wizard start it in the background for this user.")


def service_program() -> list[str]:
    """The argv that starts ``umconnect`` for a service manager."""
    return program_argv()


def _quote(arg: str) -> str:
    """One word of an ExecStart= line (systemd's quoting is shell-like)."""
    return shlex.quote(arg).replace("%", "%%")


@dataclass(frozen=True)
class UnitOptions:
    """What the unit needs to know about this site."""

    program: tuple[str, ...]
    credential_file: Path
    config_file: Path
    #: Folders the service writes to besides its state folder (the spool).
    writable: tuple[str, ...] = ()
    #: Groups that give the service's own user access to the spool.
    groups: tuple[str, ...] = ()


def unit_text(options: UnitOptions) -> str:
    """The systemd unit for the connector service."""
    argv = [*options.program, "service", "run",
            "--config", f"${{CREDENTIALS_DIRECTORY}}/{CONFIG_CREDENTIAL}",
            "--state-dir", f"/var/lib/{SERVICE_NAME}", "--no-console"]
    # The ${…} word must reach systemd unquoted, so it expands it.
    exec_start = " ".join(a if "${" in a else _quote(a)
                          for a in argv)
    lines = [
        "# Written by umconnect; installing again rewrites it.",
        "[Unit]",
        "Description=umconnect: voicemail to mailbox connector",
        "After=network-online.target",
        "Wants=network-online.target",
        "StartLimitIntervalSec=300",
        "StartLimitBurst=10",
        "",
        "[Service]",
        "Type=notify",
        "NotifyAccess=main",
        f"ExecStart={exec_start}",
        "Restart=on-failure",
        "RestartSec=5s",
        "TimeoutStartSec=60s",
        "TimeoutStopSec=30s",
        # Its own user, made by systemd at start and owning nothing else.
        "DynamicUser=yes",
        f"User={SERVICE_NAME}",
        f"StateDirectory={SERVICE_NAME}",
        "StateDirectoryMode=0700",
        "UMask=0077",
        # Secrets and configuration: decrypted / copied by systemd into a
        # private in-memory folder for this service only.
        f"LoadCredentialEncrypted={CREDENTIAL_NAME}:{options.credential_file}",
        f"LoadCredential={CONFIG_CREDENTIAL}:{options.config_file}",
        # Sandboxing: a mail client needs the network and its spool, no more.
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=read-only",
        "PrivateTmp=yes",
        "PrivateDevices=yes",
        "ProtectKernelTunables=yes",
        "ProtectKernelModules=yes",
        "ProtectKernelLogs=yes",
        "ProtectControlGroups=yes",
        "ProtectClock=yes",
        "ProtectHostname=yes",
        "ProtectProc=invisible",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
        "RestrictNamespaces=yes",
        "RestrictRealtime=yes",
        "RestrictSUIDSGID=yes",
        "LockPersonality=yes",
        "SystemCallArchitectures=native",
        "SystemCallFilter=@system-service",
        "CapabilityBoundingSet=",
        "AmbientCapabilities=",
    ]
    if options.writable:
        lines.append("ReadWritePaths=" + " ".join(
            "-" + _quote(path) for path in options.writable))
    if options.groups:
        lines.append("SupplementaryGroups=" + " ".join(options.groups))
    lines += ["", "[Install]", "WantedBy=multi-user.target", ""]
    return "\n".join(lines)


def parse_show(text: str) -> dict[str, str]:
    """``systemctl show`` output (``Key=value`` lines) as a dict."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip()
    return values


def _spool_group(spool: str) -> tuple[str, ...]:
    """The group owning the spool folder, so the service may join it."""
    if not spool or sys.platform == "win32":
        return ()
    import grp  # noqa: PLC0415 - POSIX only

    try:
        gid = Path(spool).stat().st_gid
        name = grp.getgrgid(gid).gr_name
    except (OSError, KeyError):
        return ()
    return () if gid == 0 else (name,)


@dataclass(frozen=True)
class InstallResult:
    """What ``install`` wrote and whether the service now runs."""

    unit_file: Path
    config_file: Path
    credential_file: Path
    upgraded: bool
    started: bool
    message: str


class SystemdService:
    """The connector as a systemd system service; see the module docstring.

    *root* prefixes every path written (``/`` for real; a folder for images
    and tests); *runner* runs systemctl and systemd-creds.
    """

    name = "systemd"

    def __init__(self, root: Path = Path("/"), runner: Runner = run_command) -> None:
        self.root = root
        self.run = runner

    @property
    def unit_file(self) -> Path:
        """Where the unit is written."""
        return self.root / "etc/systemd/system" / UNIT_NAME

    @property
    def etc_dir(self) -> Path:
        """The folder of the system-wide configuration and credential."""
        return self.root / "etc" / SERVICE_NAME

    @property
    def config_file(self) -> Path:
        """The configuration the service is handed."""
        return self.etc_dir / config.CONFIG_NAME

    @property
    def credential_file(self) -> Path:
        """The host-encrypted superuser password."""
        return self.etc_dir / "credentials" / f"{CREDENTIAL_NAME}.cred"

    @property
    def state_dir(self) -> Path:
        """The service's journal, status and log."""
        return self.root / "var/lib" / SERVICE_NAME

    def installed(self) -> bool:
        """Whether the unit has been written."""
        return self.unit_file.exists()

    def manager_running(self) -> bool:
        """Whether systemd runs here and so can start the unit."""
        return systemd_running(self.root)

    def _need_root(self) -> None:
        if self.root == Path("/") and hasattr(os, "geteuid") and os.geteuid() != 0:
            raise OsServiceError(_(
                "Installing a system service needs administrator rights. Run "
                "'sudo umconnect service install' (or start the wizard with "
                "sudo)."))

    def encrypt(self, secret: str, dest: Path) -> None:
        """Encrypt *secret* for this host into *dest*; the secret goes by pipe."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(dest.parent, 0o700)
        tmp = dest.with_name(dest.name + ".new")
        done = self.run(["systemd-creds", "encrypt", "--with-key=host",
                         f"--name={CREDENTIAL_NAME}", "-", str(tmp)], secret)
        if done.returncode != 0:
            tmp.unlink(missing_ok=True)
            raise OsServiceError(_(
                "systemd-creds could not encrypt the password: {error}. It needs "
                "systemd 250 or newer and administrator rights.").format(
                error=done.stderr.strip() or done.returncode))
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)

    def install(self, dep: Deployment, password: str | None,
                program: Sequence[str] | None = None) -> InstallResult:
        """Write unit, configuration and credential; (re)start where possible.

        Without *password* an upgrade keeps the credential it has.
        """
        self._need_root()
        upgraded = self.installed()
        if password is None and not self.credential_file.exists():
            raise OsServiceError(_(
                "No password to hand to the service: keep it in the credential "
                "store first (wizard or 'umconnect apply') or set {env}.").format(
                env="UMCONNECT_SUPERUSER_PASSWORD"))
        spool = dep.service.spool
        options = UnitOptions(
            program=tuple(program or service_program()),
            credential_file=Path("/") / self.credential_file.relative_to(self.root),
            config_file=Path("/") / self.config_file.relative_to(self.root),
            writable=(spool,) if spool else (), groups=_spool_group(spool))
        self.etc_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.etc_dir, 0o700)
        config.save(dep, self.config_file)
        if password is not None:
            self.encrypt(password, self.credential_file)
        self.unit_file.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.unit_file, unit_text(options), 0o644)
        log.info("%s %s", "Upgraded" if upgraded else "Installed", self.unit_file)

        def result(started: bool, message: str) -> InstallResult:
            return InstallResult(self.unit_file, self.config_file,
                                 self.credential_file, upgraded, started, message)

        if not self.manager_running():
            return result(False, _("The service files are written, but nothing "
                                   "was started.") + " " + no_manager_message())
        self._systemctl("daemon-reload")
        self._systemctl("enable", UNIT_NAME)
        # A running service picks up the new files; a stopped one starts.
        self._systemctl("restart", UNIT_NAME)
        return result(True, _("The service {unit} is {how} and started; it starts "
                              "again at boot and after a failure.").format(
            unit=UNIT_NAME, how=_("upgraded") if upgraded else _("installed")))

    def _systemctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        if not self.manager_running():
            raise NoServiceManager(no_manager_message())
        done = self.run(["systemctl", *args], None)
        if done.returncode != 0:
            raise OsServiceError(_("'systemctl {command}' failed: {error}").format(
                command=" ".join(args), error=done.stderr.strip() or done.returncode))
        return done

    def _need_installed(self) -> None:
        if not self.installed():
            raise OsServiceError(_(
                "The system service is not installed. Install it with 'sudo "
                "umconnect service install'."))

    def start(self) -> None:
        """Start the installed service."""
        self._need_installed()
        self._systemctl("start", UNIT_NAME)

    def stop(self) -> None:
        """Stop the installed service."""
        self._need_installed()
        self._systemctl("stop", UNIT_NAME)

    def uninstall(self) -> None:
        """Stop and disable the service; remove unit, configuration and secret.

        The state folder (journal) stays, so a later install never delivers
        a voicemail twice.
        """
        self._need_root()
        if self.manager_running() and self.installed():
            self.run(["systemctl", "disable", "--now", UNIT_NAME], None)
        self.unit_file.unlink(missing_ok=True)
        self.credential_file.unlink(missing_ok=True)
        self.config_file.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.credential_file.parent.rmdir()
        if self.manager_running():
            self.run(["systemctl", "daemon-reload"], None)
        log.info("Uninstalled %s", UNIT_NAME)

    def properties(self) -> dict[str, str]:
        """systemd's view of the unit ({} where systemd does not run)."""
        if not self.manager_running():
            return {}
        done = self._systemctl("show", UNIT_NAME, "--property=LoadState,ActiveState,"
                               "SubState,MainPID,NRestarts,Result")
        return parse_show(done.stdout)

    def state(self, lines: int = 10) -> ServiceState:
        """Running or not (systemd's word), last status, last log lines."""
        props = self.properties()
        pid = int(props.get("MainPID", "0") or 0)
        running = props.get("ActiveState") in ("active", "reloading") and pid > 0
        state_dir = self.live_state_dir()
        return ServiceState(running=running, pid=pid or None,
                            status=ServiceStatus.load(state_dir),
                            log_tail=_tail(state_dir / LOG_NAME, lines))

    def live_state_dir(self) -> Path:
        """The state folder; with DynamicUser systemd keeps it under private/."""
        private = self.root / "var/lib/private" / SERVICE_NAME
        return private if private.is_dir() else self.state_dir

    def describe(self) -> str:
        """One line for the wizard and ``service status``."""
        if not self.installed():
            return _("The system service is not installed.")
        if not self.manager_running():
            return _("The system service is installed, but cannot run here.") + " " \
                + no_manager_message()
        props = self.properties()
        return _("System service {unit}: {active} ({sub}), restarted {n} "
                 "time(s).").format(unit=UNIT_NAME,
                                    active=props.get("ActiveState", "?"),
                                    sub=props.get("SubState", "?"),
                                    n=props.get("NRestarts", "0"))


def _write_atomic(path: Path, text: str, mode: int) -> None:
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def verify_unit(unit_file: Path) -> tuple[bool, str]:
    """Run ``systemd-analyze verify`` on *unit_file*: (passed, what it said)."""
    if shutil.which("systemd-analyze") is None:
        return False, _("systemd-analyze is not installed.")
    done = run_command(["systemd-analyze", "verify", str(unit_file)])
    return done.returncode == 0, (done.stdout + done.stderr).strip()


def system_service(root: Path = Path("/")) -> SystemdService:
    """This platform's service manager: systemd, or Windows' (same interface).

    *root* (systemd only) writes the files into a system image instead.
    """
    if sys.platform == "win32":
        from app.winservice import WindowsService  # noqa: PLC0415 - import cycle

        return WindowsService()  # type: ignore[return-value]
    return SystemdService(root)
