"""``umconnect``: the wizard's jobs without a screen.

Exit codes: 0 success, 1 a check failed, 2 bad usage or input.
Secrets never come from the answer file: the superuser's password is read
from ``UMCONNECT_SUPERUSER_PASSWORD`` or asked for at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from app import config, logsetup, osservice, rules, secrets, version
from app.apply import ApplyError, apply
from app.connector import Connector
from app.hostfacts import read_facts
from app.i18n import _
from app.imapconn import SessionError, Timeouts
from app.model import (
    Adapter,
    Deployment,
    check,
    check_spool_here,
    name_gateway_server,
)
from app.probes import StepResult, run_imap_test
from app.services import LOG_NAME, BackgroundService, InstanceLock, ServiceError

if TYPE_CHECKING:
    from app.gateway import Gateway

log = logging.getLogger(__name__)

OK, CHECK_FAILED, BAD_INPUT = 0, 1, 2
PASSWORD_ENV = "UMCONNECT_SUPERUSER_PASSWORD"


class UsageError(Exception):
    """Bad input: the message names what and how to fix it (exit 2)."""


def _say(text: str) -> None:
    """A message about the run itself (errors, prompts): standard error."""
    print(text, file=sys.stderr)


def _out(text: str) -> None:
    """A result the user asked for (steps, findings): standard output."""
    print(text, flush=True)


def _positive(text: str) -> float:
    """argparse type: a number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a number of seconds").format(value=text)) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(
            _("must be more than 0 seconds, not {value}").format(value=text))
    return value


def _load_answers(path: Path) -> Deployment:
    try:
        dep = config.load(path)
    except config.ConfigError as exc:
        raise UsageError(str(exc)) from None
    gateway = rules.effective_adapter(dep.site) is Adapter.EXCHANGE_GATEWAY
    if gateway and not dep.server.host:
        name_gateway_server(dep)
    problems = check(dep, gateway=gateway)
    if problems:
        raise UsageError("\n".join(
            [_("{path} has {n} problem(s):").format(path=path, n=len(problems))]
            + [f"  {p.field}: {p}" for p in problems]))
    return dep


def _password(dep: Deployment) -> str:
    secret = os.environ.get(PASSWORD_ENV)
    if secret:
        return secret
    kind = secrets.secret_kind(dep)
    if sys.stdin.isatty():
        return getpass.getpass(_("The {kind} of {su} for {host}: ").format(
            kind=kind, su=dep.superuser.login, host=dep.server.host))
    raise UsageError(_("No {kind} for the superuser {su}. Set {env} or run this "
                       "command at a terminal to be asked.").format(
        kind=kind, su=dep.superuser.login, env=PASSWORD_ENV))


def _rule_context(dep: Deployment) -> rules.Context:
    """The rules' view of *dep*; this computer's facts matter for the gateway."""
    gateway = rules.effective_adapter(dep.site) is Adapter.EXCHANGE_GATEWAY
    return rules.gather(dep, read_facts() if gateway else None)


def _check_rules(dep: Deployment, emit: Callable[[str], None] = _out) -> bool:
    """Print the adapter and every finding; False if anything blocks."""
    ctx = _rule_context(dep)
    advice = rules.recommend(dep.site)
    emit(_("Adapter: {adapter} — {reason}").format(
        adapter=ctx.adapter.label, reason=advice.reason))
    found = rules.evaluate(ctx)
    for finding in found:
        acked = finding.key in dep.acknowledged
        emit(f"  {finding}" + (" " + _("(acknowledged)") if acked else ""))
    blocked = rules.blocking(found, dep.acknowledged)
    if any(f.level is rules.Level.WARNING for f in blocked):
        emit(_("Warnings must be acknowledged: add their keys to 'acknowledged' in "
               "the answer file ({keys}).").format(keys=", ".join(
            f.key for f in blocked if f.level is rules.Level.WARNING)))
    return not blocked


def cmd_rules(args: argparse.Namespace) -> int:
    """Check the deployment rules for an answer file (exit 1 if any blocks)."""
    dep = _load_answers(args.answers)
    if args.json:
        verdict = rules.report(_rule_context(dep))
        print(json.dumps(verdict, indent=2, ensure_ascii=False))
        return OK if verdict["passed"] else CHECK_FAILED
    return OK if _check_rules(dep) else CHECK_FAILED


def cmd_test(args: argparse.Namespace) -> int:
    """Run the live connection test from an answer file."""
    dep = _load_answers(args.answers)
    if not _check_rules(dep, _say if args.json else _out):
        return CHECK_FAILED
    password = _password(dep)
    logsetup.REDACT.add(password)

    def show(step: StepResult) -> None:
        if not args.json:
            _out(f"{step.status.symbol} {step.title}: {step.summary} "
                 f"({step.duration * 1000:.0f} ms)")
            if step.remedy:
                _out("    " + step.remedy)

    report = run_imap_test(dep, password, timeouts=Timeouts(total=args.timeout),
                           on_step=show)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        _out(report.headline())
    return OK if report.passed else CHECK_FAILED


def cmd_apply(args: argparse.Namespace) -> int:
    """Test, then write the configuration, store the secret, start the service."""
    dep = _load_answers(args.answers)
    if not _check_rules(dep):
        return CHECK_FAILED
    spool = check_spool_here(dep.service)
    if spool:
        raise UsageError("\n".join(f"{p.field}: {p}" for p in spool))
    try:
        # Before the test: a missing store would only be found after it.
        secrets.check_store()
    except secrets.CredentialStoreError as exc:
        _say(_("Apply failed at 'store': {error}").format(error=exc))
        return CHECK_FAILED
    password = _password(dep)
    logsetup.REDACT.add(password)
    if not args.skip_test:
        report = run_imap_test(dep, password)
        _out(report.headline())
        if not report.passed:
            _out(report.to_text())
            return CHECK_FAILED
    try:
        result = apply(dep, password, args.config, config.state_dir(),
                       start=not args.no_start,
                       progress=lambda step, text: _out(text))
    except ApplyError as exc:
        _say(_("Apply failed at '{step}': {error}").format(step=exc.step, error=exc))
        return CHECK_FAILED
    _out(_("Configuration: {path}").format(path=result.config_path))
    _out(_("Password kept in: {store} ({ref})").format(
        store=secrets.backend_name(), ref=result.secret))
    if result.state is not None:
        _out(result.state.describe())
    return OK


def _service_password(dep: Deployment, from_stdin: bool) -> str:
    if from_stdin:
        try:
            data = json.loads(sys.stdin.readline() or "{}")
            return str(data["superuser_password"])
        except (ValueError, KeyError, TypeError):
            raise UsageError(_("--secrets-stdin expects one JSON line with "
                               "superuser_password.")) from None
    try:
        return secrets.fetch(secrets.superuser_ref(dep))
    except secrets.CredentialStoreError as exc:
        raise UsageError(str(exc) + " " + _(
            "To run the service by hand without the store, pipe the password "
            "in with --secrets-stdin.")) from None


def cmd_service_run(args: argparse.Namespace) -> int:
    """Run the connector in the foreground until SIGTERM or Ctrl+C."""
    # First of all: one service per state folder, or voicemail goes out twice.
    lock = InstanceLock(args.state_dir)
    try:
        lock.acquire()
    except ServiceError as exc:
        _say(str(exc))
        return CHECK_FAILED
    try:
        dep = _load_answers(args.config)
        found = rules.evaluate(rules.Context(dep))
        errors = [f for f in found if f.level is rules.Level.ERROR]
        if errors:
            # The service refuses a configuration the rules forbid, whoever
            # wrote it.
            for finding in errors:
                log.error("Not starting: %s", finding)
            return CHECK_FAILED
        for finding in rules.blocking(found, dep.acknowledged):
            log.warning("Not acknowledged in the configuration: %s", finding)
        password = _service_password(dep, args.secrets_stdin)
        logsetup.REDACT.add(password)
        # The service keeps its own log, whoever started it, for `status`.
        logsetup.setup(logging.DEBUG if args.verbose else logging.INFO,
                       log_file=args.state_dir / LOG_NAME, console=not args.no_console)
        stop = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            log.info("Signal %d received, stopping after the current step", signum)
            stop.set()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        connector: Connector | Gateway
        failures: tuple[type[Exception], ...] = (SessionError,)
        if rules.effective_adapter(dep.site) is Adapter.EXCHANGE_GATEWAY:
            # exchangelib takes a while to import; only the gateway needs it.
            from app.ews import EwsProblem  # noqa: PLC0415
            from app.gateway import Gateway  # noqa: PLC0415

            connector = Gateway(dep, password, args.state_dir, stop)
            failures += (EwsProblem,)
        else:
            connector = Connector(dep, password, args.state_dir, stop)
        # Type=notify: systemd counts the service as started from here on.
        osservice.notify("READY=1\nSTATUS=" + _("Synchronising voicemail"))
        if args.once:
            try:
                connector.sync_once()
            except failures as exc:
                summary = getattr(exc, "summary", str(exc))
                _say(_("Sync failed: {error}").format(error=summary))
                return CHECK_FAILED
            finally:
                connector.close()
            return OK
        connector.run()
        osservice.notify("STOPPING=1")
        return OK
    finally:
        lock.release()


def cmd_service_install(args: argparse.Namespace) -> int:
    """Install (or upgrade in place) the system service and start it."""
    dep = _load_answers(args.config)
    manager = osservice.system_service(args.root)
    password: str | None = os.environ.get(PASSWORD_ENV) or None
    if password is None:
        try:
            password = secrets.fetch(secrets.superuser_ref(dep))
        except secrets.CredentialStoreError:
            # An upgrade keeps the secret the service already has.
            password = None if manager.installed() else _password(dep)
    if password is not None:
        logsetup.REDACT.add(password)
    try:
        result = manager.install(dep, password)
    except osservice.OsServiceError as exc:
        _say(str(exc))
        return CHECK_FAILED
    _out(_("Service definition: {path}").format(path=result.unit_file))
    _out(result.message)
    return OK if result.started else CHECK_FAILED


def _system_action(args: argparse.Namespace) -> int:
    """start | uninstall of the system service."""
    manager = osservice.system_service(args.root)
    try:
        if args.action == "start":
            manager.start()
            _say(_("Service started."))
        else:
            manager.uninstall()
            _say(_("Service uninstalled; its journal stays in {path}.").format(
                path=manager.live_state_dir()))
    except osservice.OsServiceError as exc:
        _say(str(exc))
        return CHECK_FAILED
    return OK


def cmd_service_stop(args: argparse.Namespace) -> int:
    """Stop the system service if it is in charge, else the background one."""
    manager = osservice.system_service(getattr(args, "root", Path("/")))
    if manager.installed() and manager.manager_running():
        try:
            manager.stop()
        except osservice.OsServiceError as exc:
            _say(str(exc))
            return CHECK_FAILED
        _say(_("Service stopped."))
        return OK
    stopped = BackgroundService(args.config, config.state_dir()).stop()
    _say(_("Service stopped.") if stopped else _("The service was not running."))
    return OK


def cmd_status(args: argparse.Namespace) -> int:
    """Show whether the service runs, its last sync and its last log lines."""
    manager = osservice.system_service(getattr(args, "root", Path("/")))
    try:
        installed = manager.installed()
        # Installed where nothing can run it: the background service counts.
        system = installed and manager.manager_running()
        state = (manager.state() if system
                 else BackgroundService(args.config, config.state_dir()).state())
    except osservice.OsServiceError as exc:
        _say(str(exc))
        return CHECK_FAILED
    if installed and not args.json:
        print(manager.describe())
    if args.json:
        status = state.status
        print(json.dumps({
            "running": state.running, "healthy": state.healthy, "pid": state.pid,
            "status": status.__dict__ if status else None,
            "log_tail": state.log_tail}, indent=2))
    else:
        print(state.describe())
        for line in state.log_tail:
            print("  " + line)
    # 0 only for a service that runs and works: scripts and monitors rely on it.
    return OK if state.healthy else CHECK_FAILED


def cmd_tts(args: argparse.Namespace) -> int:
    """Print a user's new emails as text to read aloud; with --wav, speak it."""
    from app import tts  # noqa: PLC0415 - only this command needs it

    dep = _load_answers(args.config)
    user = dep.user(args.user)
    if user is None:
        raise UsageError(_("--user: '{login}' is not a UM user in {path}. Use one "
                           "of: {logins}.").format(
            login=args.user, path=args.config,
            logins=", ".join(u.login for u in dep.users) or "-"))
    if os.environ.get(PASSWORD_ENV):
        password = _password(dep)
    else:
        try:
            password = secrets.fetch(secrets.superuser_ref(dep))
        except secrets.CredentialStoreError:
            password = _password(dep)
    logsetup.REDACT.add(password)
    try:
        text = tts.reading(tts.read_new(dep, password, user.login))
    except SessionError as exc:
        _say(_("Cannot read {user}'s mailbox: {error} {remedy}").format(
            user=user.login, error=exc.summary, remedy=exc.remedy))
        return CHECK_FAILED
    if args.wav is None:
        _out(text)
        return OK
    try:
        tts.speak(text, args.wav, args.voice)
    except tts.SpeechError as exc:
        _say(str(exc))
        return CHECK_FAILED
    _say(_("Speech written to {path}").format(path=args.wav))
    return OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the demo mail server until Ctrl+C or SIGTERM, printing how to reach it."""
    from app.demo import DemoServer, DemoUnavailable  # noqa: PLC0415 - optional extra

    try:
        server = DemoServer()
        server.start()
    except DemoUnavailable as exc:
        raise UsageError(str(exc)) from None
    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("Signal %d received, stopping the demo server", signum)
        done.set()

    # SIGTERM (a service manager, `kill`) must clean up like Ctrl+C: the
    # temporary folder holds the demo's TLS key.
    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        print(_("Demo IMAP server on {host}:{port} (STARTTLS), CA file {ca}").format(
            host=server.host, port=server.port, ca=server.ca_file), flush=True)
        print(_("Superuser {su} / {pw}; users: {users}").format(
            su=server.superuser, pw=server.superuser_password,
            users=", ".join(server.users)), flush=True)
        # Wait in slices: a signal handler runs only between them.
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    return OK


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``umconnect``."""
    top = argparse.ArgumentParser(
        prog="umconnect", description=_("Connect a voicemail system to its mail "
                                        "server, without the wizard."))
    top.add_argument("--version", action="version", version=version.describe())
    top.add_argument("-v", "--verbose", action="store_true",
                     help=_("log protocol details"))
    sub = top.add_subparsers(dest="command", required=True)
    default_config = config.default_config_path()

    test = sub.add_parser("test", help=_("run the live connection test"))
    test.add_argument("--answers", type=Path, required=True,
                      help=_("answer file (TOML)"))
    test.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    test.add_argument("--timeout", type=_positive, default=60.0,
                      help=_("limit for the whole test in seconds"))
    test.set_defaults(func=cmd_test)

    app_ = sub.add_parser("apply", help=_("test, configure and start the service"))
    app_.add_argument("--answers", type=Path, required=True,
                      help=_("answer file (TOML)"))
    app_.add_argument("--config", type=Path, default=default_config,
                      help=_("where to write the configuration (default: %(default)s)"))
    app_.add_argument("--skip-test", action="store_true",
                      help=_("do not run the connection test first"))
    app_.add_argument("--no-start", action="store_true",
                      help=_("write and store, but do not start the service"))
    app_.set_defaults(func=cmd_apply)

    service = sub.add_parser("service", help=_("run or control the service"))
    actions = service.add_subparsers(dest="action", required=True)
    run = actions.add_parser("run", help=_("run the connector in the foreground"))
    run.add_argument("--config", type=Path, default=default_config)
    run.add_argument("--state-dir", type=Path, default=config.state_dir(),
                     help=_("folder for the journal, status and log"))
    run.add_argument("--secrets-stdin", action="store_true",
                     help=_("read the password as JSON from standard input"))
    run.add_argument("--once", action="store_true", help=_("one sync, then exit"))
    run.add_argument("--no-console", action="store_true",
                     help=_("log only to the service log, not to the terminal"))
    run.set_defaults(func=cmd_service_run)
    for name, func, text in (
            ("install", cmd_service_install,
             _("install or upgrade the system service and start it")),
            ("start", _system_action, _("start the system service")),
            ("uninstall", _system_action, _("remove the system service")),
            ("stop", cmd_service_stop, _("stop the service")),
            ("status", cmd_status, _("show the service's status"))):
        action = actions.add_parser(name, help=text)
        action.add_argument("--config", type=Path, default=default_config,
                            help=_("the configuration (default: %(default)s)"))
        action.add_argument("--json", action="store_true",
                            help=_("print the status as JSON"))
        action.add_argument("--root", type=Path, default=Path("/"),
                            help=_("install into this system image instead of "
                                   "this computer (Linux)"))
        action.set_defaults(func=func)

    status = sub.add_parser("status", help=_("show the service's status"))
    status.add_argument("--config", type=Path, default=default_config,
                        help=_("the configuration (default: %(default)s)"))
    status.add_argument("--json", action="store_true",
                        help=_("print the status as JSON"))
    status.set_defaults(func=cmd_status)

    check = sub.add_parser("rules", help=_("check the deployment rules"))
    check.add_argument("--answers", type=Path, required=True,
                       help=_("answer file (TOML)"))
    check.add_argument("--json", action="store_true",
                       help=_("print the verdict as JSON"))
    check.set_defaults(func=cmd_rules)

    speech = sub.add_parser("tts", help=_("a user's new emails, to read aloud"))
    speech.add_argument("--user", required=True,
                        help=_("the UM user's mail login"))
    speech.add_argument("--wav", type=Path,
                        help=_("speak it into this WAV file (espeak-ng)"))
    speech.add_argument("--voice", default="",
                        help=_("espeak-ng voice, e.g. en-us or de"))
    speech.add_argument("--config", type=Path, default=default_config,
                        help=_("the configuration (default: %(default)s)"))
    speech.set_defaults(func=cmd_tts)

    demo = sub.add_parser("demo", help=_("run the demo mail server"))
    demo.set_defaults(func=cmd_demo)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and BAD_INPUT
    quiet = args.command in ("test", "apply", "rules", "status", "tts") or (
        args.command == "service" and args.action != "run")
    logsetup.setup(logging.DEBUG if args.verbose
                   else logging.WARNING if quiet else logging.INFO)
    try:
        return int(args.func(args))
    except UsageError as exc:
        _say(str(exc))
        return BAD_INPUT
    except KeyboardInterrupt:
        return CHECK_FAILED
