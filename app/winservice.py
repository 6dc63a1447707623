"""The connector as a Windows service (pywin32), importable on any platform.

* The service ``umconnect`` runs ``umconnect-cli.exe`` from the installed
  bundle. Started with no arguments by the service control manager, that
  program hands itself to the service dispatcher (:func:`dispatch`); without
  that, Windows reports error 1053 after 30 s.
* Start type: automatic, delayed (it needs the network); recovery actions:
  restart after 5 s, 30 s, 60 s, failure counter reset after a day, also
  after a non-zero exit (:func:`sc_commands`).
* Account: the virtual account ``NT SERVICE\\umconnect``; no password to
  manage, and files can be granted to it by name.
* Event log: source ``umconnect`` in the Application log; start, stop and a
  fatal error are written there, everything else to the service log.
* Secret hand-off: the technician's Credential Manager is out of the
  service's reach, so the password is sealed with DPAPI in machine scope plus
  an entropy value of our own, into ``%ProgramData%\\umconnect\\credentials``,
  a folder only SYSTEM, Administrators and the service's account can open
  (:func:`icacls_commands`). Never clear text on disk; but any
  administrator of the machine can unseal it, as they could any service
  secret there.

pywin32 is imported lazily, so this module imports cleanly on Linux, where
its pure parts (commands, parsing, dispatch decision) are tested.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.i18n import _

log = logging.getLogger(__name__)

SERVICE_NAME = "umconnect"
DISPLAY_NAME = "umconnect voicemail connector"
DESCRIPTION = "Delivers voicemail to mailboxes and keeps both in step."
ACCOUNT = rf"NT SERVICE\{SERVICE_NAME}"
EVENT_SOURCE = SERVICE_NAME
CREDENTIAL_FILE = "superuser-password.dpapi"
#: Mixed into DPAPI so another program's machine-scope blob is never ours.
ENTROPY = b"umconnect superuser password v1"
#: (delay in ms) of each recovery action: restart, restart, restart.
RESTART_DELAYS_MS = (5_000, 30_000, 60_000)
RESET_SECONDS = 86_400
CRYPTPROTECT_LOCAL_MACHINE = 0x4
CRYPTPROTECT_UI_FORBIDDEN = 0x1


def program_data() -> Path:
    """``%ProgramData%\\umconnect``: configuration, credential, state."""
    # Windows' environment is case-insensitive.
    base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
    return Path(base) / SERVICE_NAME


def credential_path() -> Path:
    """Where the sealed password lives."""
    return program_data() / "credentials" / CREDENTIAL_FILE


def wants_dispatcher(argv: Sequence[str], frozen: bool, platform: str) -> bool:
    """Whether this start is the service control manager's (no arguments)."""
    return frozen and platform == "win32" and len(argv) <= 1


def sc_commands(program: str) -> list[list[str]]:
    """The ``sc.exe`` calls that create and configure the service."""
    actions = "/".join(f"restart/{ms}" for ms in RESTART_DELAYS_MS)
    return [
        ["sc.exe", "create", SERVICE_NAME, "binPath=", f'"{program}"',
         "start=", "delayed-auto", "obj=", ACCOUNT, "DisplayName=", DISPLAY_NAME],
        ["sc.exe", "description", SERVICE_NAME, DESCRIPTION],
        ["sc.exe", "sidtype", SERVICE_NAME, "unrestricted"],
        ["sc.exe", "failure", SERVICE_NAME, f"reset={RESET_SECONDS}",
         f"actions={actions}"],
        # Recovery also when the program exits with an error, not only a crash.
        ["sc.exe", "failureflag", SERVICE_NAME, "1"],
    ]


def icacls_commands(folder: Path) -> list[list[str]]:
    """Let only SYSTEM, Administrators and the service into *folder*.

    The service reads everything there and writes only its state folder.
    """
    return [["icacls", str(folder), "/inheritance:r", "/grant:r",
             "*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F",
             f"{ACCOUNT}:(OI)(CI)RX"],
            ["icacls", str(folder / "state"), "/grant", f"{ACCOUNT}:(OI)(CI)M"]]


def parse_sc_query(text: str) -> dict[str, str]:
    """``sc.exe queryex`` output as {"STATE": "RUNNING", "PID": "1234", …}."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        words = value.split()
        key = key.strip().upper()
        if key == "STATE" and len(words) >= 2:
            values[key] = words[1]
        elif words:
            values[key] = words[0]
    return values


def _win32crypt() -> Any:
    try:
        import win32crypt  # noqa: PLC0415
    except ImportError:
        raise RuntimeError(_("Sealing secrets for a Windows service needs pywin32 "
                             "and Windows.")) from None
    return win32crypt


def seal(secret: str) -> bytes:
    """Encrypt *secret* with DPAPI in machine scope (Windows only)."""
    return bytes(_win32crypt().CryptProtectData(
        secret.encode("utf-8"), SERVICE_NAME, ENTROPY, None, None,
        CRYPTPROTECT_LOCAL_MACHINE | CRYPTPROTECT_UI_FORBIDDEN))


def unseal(blob: bytes) -> str:
    """Decrypt what :func:`seal` made (Windows only)."""
    _description, data = _win32crypt().CryptUnprotectData(
        blob, ENTROPY, None, None, CRYPTPROTECT_UI_FORBIDDEN)
    return bytes(data).decode("utf-8")


def handed_over() -> str | None:
    """The sealed password for the service, if this is Windows and it exists."""
    if sys.platform != "win32":
        return None
    try:
        blob = credential_path().read_bytes()
    except FileNotFoundError:
        return None
    return unseal(blob)


def _service_class() -> Any:
    """The pywin32 service class (built only where pywin32 exists)."""
    import servicemanager  # noqa: PLC0415
    import win32service  # noqa: PLC0415
    import win32serviceutil  # noqa: PLC0415

    class ConnectorService(win32serviceutil.ServiceFramework):  # type: ignore[misc]
        _svc_name_ = SERVICE_NAME
        _svc_display_name_ = DISPLAY_NAME
        _svc_description_ = DESCRIPTION

        def __init__(self, args: Any) -> None:
            super().__init__(args)
            self.stop_event = threading.Event()

        def SvcStop(self) -> None:  # noqa: N802 - pywin32's name
            self.ReportServiceStatus(win32service.SERVICE_STOP_PENDING)
            self.stop_event.set()

        def SvcDoRun(self) -> None:  # noqa: N802 - pywin32's name
            servicemanager.LogInfoMsg(_("umconnect service starting"))
            try:
                run_connector(self.stop_event)
            except Exception as exc:
                servicemanager.LogErrorMsg(
                    _("umconnect service stopped: {error}").format(error=exc))
                raise
            servicemanager.LogInfoMsg(_("umconnect service stopped"))

    return ConnectorService


def run_connector(stop: threading.Event) -> None:
    """The service's work: the same loop as ``umconnect service run``."""
    from app import config, logsetup, secrets  # noqa: PLC0415
    from app.connector import Connector  # noqa: PLC0415
    from app.services import LOG_NAME, InstanceLock  # noqa: PLC0415

    state = program_data() / "state"
    with InstanceLock(state):
        dep = config.load(program_data() / config.CONFIG_NAME)
        # The sealed copy is the service's; the technician's store is not.
        password = handed_over() or secrets.fetch(secrets.superuser_ref(dep))
        logsetup.REDACT.add(password)
        logsetup.setup(logging.INFO, log_file=state / LOG_NAME, console=False)
        Connector(dep, password, state, stop).run()


def dispatch() -> int:
    """Hand this process to the service control manager (Windows, frozen)."""
    import servicemanager  # noqa: PLC0415

    servicemanager.Initialize()
    servicemanager.PrepareToHostSingle(_service_class())
    servicemanager.StartServiceCtrlDispatcher()
    return 0


def register_event_source(program: str) -> None:
    """Register the Application log source, with pywin32's message table."""
    import servicemanager  # noqa: PLC0415
    import win32evtlogutil  # noqa: PLC0415

    win32evtlogutil.AddSourceToRegistry(EVENT_SOURCE, servicemanager.__file__,
                                        "Application")
    log.info("Event log source %s registered for %s", EVENT_SOURCE, program)


class WindowsService:
    """Install, start, stop, status and uninstall through ``sc.exe``.

    The same interface as :class:`app.osservice.SystemdService`.
    """

    name = "windows"

    def __init__(self, runner: Any = None) -> None:
        from app.osservice import run_command  # noqa: PLC0415 - import cycle

        self.run = runner or run_command

    def _sc(self, *args: str, check: bool = True) -> str:
        from app.osservice import OsServiceError  # noqa: PLC0415

        done = self.run(["sc.exe", *args], None)
        if check and done.returncode != 0:
            raise OsServiceError(_("'sc.exe {command}' failed: {error}").format(
                command=" ".join(args[:1]),
                error=(done.stdout + done.stderr).strip() or done.returncode))
        return str(done.stdout)

    def installed(self) -> bool:
        """Whether the service control manager knows the service."""
        if sys.platform != "win32":
            return False
        return bool(parse_sc_query(self._sc("queryex", SERVICE_NAME, check=False))
                    .get("STATE"))

    def manager_running(self) -> bool:
        """The service control manager always runs on Windows."""
        return sys.platform == "win32"

    def live_state_dir(self) -> Path:
        """The service's journal, status and log."""
        return program_data() / "state"

    def install(self, dep: Any, password: str | None,
                program: Sequence[str] | None = None) -> Any:
        """Write configuration and sealed secret, create or update, start.

        Without *password* an upgrade keeps the sealed secret it has.
        """
        from app.osservice import OsServiceError  # noqa: PLC0415

        if password is None and not credential_path().exists():
            raise OsServiceError(_("No password to hand to the service: keep it "
                                   "in the credential store first."))
        from app import config  # noqa: PLC0415
        from app.osservice import InstallResult, service_program  # noqa: PLC0415

        exe = (program or service_program())[0]
        upgraded = self.installed()
        if upgraded:
            self._sc("stop", SERVICE_NAME, check=False)
        folder = program_data()
        credential_path().parent.mkdir(parents=True, exist_ok=True)
        (folder / "state").mkdir(exist_ok=True)
        for argv in icacls_commands(folder):
            done = self.run(argv, None)
            if done.returncode != 0:
                raise OsServiceError(_("The rights on {path} could not be set: "
                                       "{error}").format(path=argv[1],
                                                         error=done.stdout.strip()))
        config.save(dep, folder / config.CONFIG_NAME)
        if password is not None:
            tmp = credential_path().with_suffix(".new")
            tmp.write_bytes(seal(password))
            os.replace(tmp, credential_path())
        commands = sc_commands(exe)
        if upgraded:  # same settings, the program path may have moved
            commands[0] = ["sc.exe", "config", *commands[0][2:]]
        for argv in commands:
            self._sc(*argv[1:])
        register_event_source(exe)
        self._sc("start", SERVICE_NAME)
        return InstallResult(Path(exe), folder / config.CONFIG_NAME,
                             credential_path(), upgraded, True,
                             _("The Windows service {name} is installed and "
                               "started.").format(name=SERVICE_NAME))

    def start(self) -> None:
        """Start the service."""
        self._sc("start", SERVICE_NAME)

    def stop(self) -> None:
        """Stop the service."""
        self._sc("stop", SERVICE_NAME)

    def uninstall(self) -> None:
        """Stop and delete the service and its sealed secret (the state stays)."""
        self._sc("stop", SERVICE_NAME, check=False)
        self._sc("delete", SERVICE_NAME)
        credential_path().unlink(missing_ok=True)

    def state(self, lines: int = 10) -> Any:
        """Running or not, last status, last log lines."""
        from app.connector import ServiceStatus  # noqa: PLC0415
        from app.services import LOG_NAME, ServiceState, _tail  # noqa: PLC0415

        values = parse_sc_query(self._sc("queryex", SERVICE_NAME, check=False))
        pid = int(values.get("PID", "0") or 0)
        state = self.live_state_dir()
        return ServiceState(running=values.get("STATE") == "RUNNING",
                            pid=pid or None, status=ServiceStatus.load(state),
                            log_tail=_tail(state / LOG_NAME, lines))

    def describe(self) -> str:
        """One line for the wizard and ``service status``."""
        values = parse_sc_query(self._sc("queryex", SERVICE_NAME, check=False))
        if not values.get("STATE"):
            return _("The Windows service is not installed.")
        return _("Windows service {name}: {state}.").format(
            name=SERVICE_NAME, state=values["STATE"].lower())
