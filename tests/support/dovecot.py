"""A throw-away Dovecot IMAP server on 127.0.0.1 for the test suite.

The server is configured from scratch (nothing from /etc/dovecot is read) so
that the tests do not depend on how the machine's own Dovecot is set up. It
runs both as root (CI containers) and as an ordinary user (developer laptops).
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from app.certs import make_tls_material
from app.model import (
    Deployment,
    ImapServer,
    Impersonation,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)

HOST = "127.0.0.1"
USERS: dict[str, str] = {
    "alice": "alice-pw",
    "bob": "bob-pw",
    # Non-ASCII on purpose: the UM system's passwords may contain umlauts.
    "carol": "pässwörd-ü",
}
MASTER_USER = "npumadmin"
MASTER_PASSWORD = "master-pw"
MASTER_SEPARATOR = "*"
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0

# Unix socket paths are limited to 108 bytes; Dovecot's longest socket name
# below base_dir is about 30 bytes, so keep a comfortable margin.
_MAX_BASE_DIR = 70


class DovecotError(RuntimeError):
    """Dovecot is missing, misconfigured or did not come up."""


@dataclass(frozen=True)
class _Accounts:
    """Which system accounts the Dovecot processes run as."""

    login_user: str
    internal_user: str
    internal_group: str
    mail_uid: int
    mail_gid: int


def find_dovecot() -> str | None:
    """Return the path of the dovecot binary, or None if it is not installed."""
    # /usr/sbin is often missing from an ordinary user's PATH.
    return shutil.which("dovecot") or shutil.which(
        "dovecot", path="/usr/sbin:/usr/local/sbin:/sbin"
    )


def free_ports(count: int) -> list[int]:
    """Return *count* distinct TCP ports on 127.0.0.1 that are free right now."""
    # Hold every socket until all are bound, so the kernel cannot hand out
    # the same port twice.
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(
                socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            )
            sock.bind((HOST, 0))
            ports.append(int(sock.getsockname()[1]))
        return ports


def _existing_user(*names: str) -> pwd.struct_passwd:
    for name in names:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise DovecotError(f"none of the system users {names} exists")


def _choose_accounts() -> _Accounts:
    uid, gid = os.geteuid(), os.getegid()
    if uid != 0:
        # Unprivileged: every process runs as us, as Dovecot cannot switch users.
        user = pwd.getpwuid(uid).pw_name
        group = grp.getgrgid(gid).gr_name
        return _Accounts(user, user, group, uid, gid)
    # As root, keep Dovecot's usual split, but never let mail run as uid 0
    # (Dovecot refuses that, and it would hide permission bugs).
    login = _existing_user("dovenull", "nobody")
    internal = _existing_user("dovecot", "nobody")
    mail = _existing_user("nobody", "dovecot")
    return _Accounts(
        login_user=login.pw_name,
        internal_user=internal.pw_name,
        internal_group=grp.getgrgid(internal.pw_gid).gr_name,
        mail_uid=mail.pw_uid,
        mail_gid=mail.pw_gid,
    )


def _die_with_parent() -> Callable[[], None] | None:
    """Make the child get SIGTERM if we die without running atexit (Linux)."""
    # The signal fires when the *thread* that forked exits, so only arm it
    # for the main thread: a restart() from a worker thread must not die with
    # that thread.
    if (not sys.platform.startswith("linux")
            or threading.current_thread() is not threading.main_thread()):
        return None
    # Resolve prctl before forking: loading libraries in the child is unsafe.
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1

    def set_pdeathsig() -> None:
        prctl(pr_set_pdeathsig, signal.SIGTERM)

    return set_pdeathsig


def _tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"({path} not readable)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


class Dovecot:
    """One standalone Dovecot instance with fixed users, living in *folder*."""

    def __init__(self, folder: Path, *, binary: str | None = None,
                 oauth2_introspection: str = "",
                 oauth2_ca_file: Path | None = None,
                 extra_users: int = 0) -> None:
        """Write certificates, users and dovecot.conf; do not start yet.

        With *oauth2_introspection* (a token-introspection URL, ``%u`` for the
        user) the server also accepts XOAUTH2 and OAUTHBEARER, asking that
        endpoint (trusting *oauth2_ca_file*) whether a token opens a mailbox.
        *extra_users* adds that many users ``vm00001``, ``vm00002``… (password
        ``vm-pw``) beside the fixed ones, for tests and benchmarks at scale.
        """
        self._oauth2_url = oauth2_introspection
        self._oauth2_ca = oauth2_ca_file
        self._users = dict(USERS) | {f"vm{n:05d}": "vm-pw"
                                     for n in range(1, extra_users + 1)}
        found = binary or find_dovecot()
        if not found:
            raise DovecotError("dovecot is not installed (no 'dovecot' binary)")
        self._binary = found
        self.folder = folder.resolve()
        self._proc: subprocess.Popen[bytes] | None = None
        self._atexit_registered = False
        self._private_tree: Path | None = None
        # Seconds the last start() took until the first greeting (for reports).
        self.startup_seconds: float | None = None
        try:
            self._prepare()
        except BaseException:
            self.close()
            raise

    def _prepare(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._accounts = _choose_accounts()
        self._tree = self._choose_tree()
        self._tls = make_tls_material((HOST, "localhost"))
        self._cert, self._key, self._ca = self._tls.write(self.folder / "tls")
        self._tls_port, self._plain_port = free_ports(2)
        self._log_path = self.folder / "dovecot.log"
        self._stderr_path = self.folder / "dovecot.stderr"
        self.conf_path = self.folder / "dovecot.conf"
        self._write_tree()
        config = self._config()
        if self._oauth2_url:
            config = self._with_oauth2(config)
        self.conf_path.write_text(config, encoding="utf-8")

    def _with_oauth2(self, config: str) -> str:
        """*config* with oauth2 passdbs first, for XOAUTH2 and OAUTHBEARER.

        The introspection endpoint answers ``active``, the comma-framed list
        of ``mailboxes`` the token may open (``,alice,bob,``) and a
        ``reason``. Dovecot 2.3 cannot tell the endpoint which user logs in
        (a variable in introspection_url makes its auth process abort), so the
        token's username is not compared (a fixed username_format) and
        allow_nets turns a mailbox missing from the list into a refusal. A
        first passdb asks ``{url}/refuse`` and, for tokens it calls active,
        refuses the login with the endpoint's ``reason`` as the reply text.
        """
        ca = f"tls_ca_cert_file = {self._oauth2_ca}\n" if self._oauth2_ca else ""
        common = ("introspection_mode = post\nusername_attribute = username\n"
                  "active_attribute = active\nactive_value = true\n"
                  "username_format = mailbox\n" + ca)
        refuse = self._tree / "oauth2-refuse.conf.ext"
        refuse.write_text(
            f"introspection_url = {self._oauth2_url}/refuse\n" + common
            + "pass_attrs = nologin=y reason=%{oauth2:reason}\n", encoding="utf-8")
        grant = self._tree / "oauth2.conf.ext"
        grant.write_text(
            f"introspection_url = {self._oauth2_url}\n" + common
            + "pass_attrs = allow_nets=%{if;%{oauth2:mailboxes};*;*,%u,*;"
            "127.0.0.0/8;192.0.2.1/32}\n", encoding="utf-8")
        for path in (refuse, grant):
            path.chmod(0o644)
        passdbs = (
            f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {refuse}\n  result_failure = continue\n"
            f"  result_internalfail = continue\n}}\n"
            f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {grant}\n}}\n")
        # Hosted mail knows users by address: alice@example.com is alice here.
        config = config.replace("auth_mechanisms = plain login",
                                "auth_mechanisms = plain login xoauth2 oauthbearer"
                                "\nauth_username_format = %Ln")
        # The password files know no tokens: keep them to PLAIN and LOGIN.
        config = config.replace("passdb {\n  driver = passwd-file\n",
                                "passdb {\n  driver = passwd-file\n"
                                "  mechanisms = plain login\n")
        return config.replace("passdb {", passdbs + "passdb {", 1)

    # -- layout -------------------------------------------------------------

    def _choose_tree(self) -> Path:
        """Pick where sockets, users and mail live."""
        base_dir_len = len(str(self.folder / "run"))
        if os.geteuid() != 0 and base_dir_len <= _MAX_BASE_DIR:
            return self.folder
        # As root, Dovecot's helpers run as other users and must be able to walk
        # to their files, but pytest's tmp folders are 0700 root. A short private
        # folder below the temp dir also keeps socket paths within limits.
        self._private_tree = Path(tempfile.mkdtemp(prefix="umconnect-dovecot-"))
        self._private_tree.chmod(0o755)
        return self._private_tree

    @property
    def _base_dir(self) -> Path:
        return self._tree / "run"

    @property
    def _mail_root(self) -> Path:
        return self._tree / "mail"

    @property
    def _users_file(self) -> Path:
        return self._tree / "users.passwd"

    @property
    def _masters_file(self) -> Path:
        return self._tree / "masters.passwd"

    def home_dir(self, user: str) -> Path:
        """Return *user*'s home folder (Dovecot creates it on first login)."""
        if user not in self._users:
            raise KeyError(user)
        return self._mail_root / user

    def mail_dir(self, user: str) -> Path:
        """Return *user*'s Maildir (with cur/, new/, tmp/ once it exists)."""
        return self.home_dir(user) / "Maildir"

    def _write_tree(self) -> None:
        acc = self._accounts
        self._mail_root.mkdir(parents=True, exist_ok=True)
        (self._tree / "state").mkdir(exist_ok=True)
        # passwd-file lines: user:password:uid:gid:gecos:home:shell:extra
        users = "".join(
            f"{name}:{{PLAIN}}{password}:{acc.mail_uid}:{acc.mail_gid}::"
            f"{self.home_dir(name)}::\n"
            for name, password in self._users.items()
        )
        masters = f"{MASTER_USER}:{{PLAIN}}{MASTER_PASSWORD}::::::\n"
        self._users_file.write_text(users, encoding="utf-8")
        self._masters_file.write_text(masters, encoding="utf-8")
        for path in (self._users_file, self._masters_file):
            path.chmod(0o640)
        if os.geteuid() == 0:
            # The auth process reads the passwd files as the internal user, and
            # the imap process creates the users' homes as the mail user.
            internal_gid = grp.getgrnam(acc.internal_group).gr_gid
            for path in (self._users_file, self._masters_file):
                os.chown(path, 0, internal_gid)
            os.chown(self._mail_root, acc.mail_uid, acc.mail_gid)
        self._mail_root.chmod(0o700)

    def _config(self) -> str:
        acc = self._accounts
        unprivileged = os.geteuid() != 0
        # Chrooting needs root; unprivileged, every chrooted service must opt out.
        no_chroot = "  chroot =\n" if unprivileged else ""
        chrooted_services = "".join(
            f"service {name} {{\n{no_chroot}}}\n"
            for name in ("ipc", "old-stats", "aggregator",
                         "imap-urlauth-login")
        ) if unprivileged else ""
        # auth-worker defaults to root; an unprivileged master cannot do that.
        auth_worker = (
            f"service auth-worker {{\n  user = {acc.internal_user}\n}}\n"
            if unprivileged else ""
        )
        return f"""\
# Generated by tests/support/dovecot.py. Standalone on purpose: nothing from
# /etc/dovecot is included, so the machine's own setup cannot leak in.
instance_name = umconnect-test-{uuid.uuid4().hex[:8]}
base_dir = {self._base_dir}
state_dir = {self._tree / "state"}
log_path = {self._log_path}
protocols = imap
listen = {HOST}

default_login_user = {acc.login_user}
default_internal_user = {acc.internal_user}
default_internal_group = {acc.internal_group}
mail_uid = {acc.mail_uid}
mail_gid = {acc.mail_gid}
first_valid_uid = {acc.mail_uid}
last_valid_uid = {acc.mail_uid}
first_valid_gid = {acc.mail_gid}
last_valid_gid = {acc.mail_gid}

# Not "required": STARTTLS and, for some tests, plaintext LOGIN must work.
ssl = yes
ssl_cert = <{self._cert}
ssl_key = <{self._key}
disable_plaintext_auth = no

# Failed logins must fail fast, or the wrong-password tests crawl. Dovecot
# still batches failures on a 0.5 s timer, so a rejection takes up to 0.5 s.
auth_failure_delay = 0
auth_mechanisms = plain login
auth_verbose = yes
auth_master_user_separator = {MASTER_SEPARATOR}

passdb {{
  driver = passwd-file
  args = {self._masters_file}
  master = yes
  # Only let the master user in as users that really exist.
  result_success = continue
}}
passdb {{
  driver = passwd-file
  args = {self._users_file}
}}
userdb {{
  driver = passwd-file
  args = {self._users_file}
}}

mail_location = maildir:~/Maildir
# Test mail is disposable; skip fsync to keep the suite fast.
mail_fsync = never

# Dovecot delays auth replies from an IP after failures (up to 15 s, even for
# correct passwords); tests provoke failures on purpose, so switch that off.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{no_chroot}}}

# One process per session (and, with TLS, one login process proxying it);
# the default of 100 is too few for a connection pool plus the tests' logins.
service imap {{
  process_limit = 1000
}}

service imap-login {{
  process_limit = 1000
  inet_listener imap {{
    address = {HOST}
    port = {self._plain_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self._tls_port}
    ssl = yes
  }}
{no_chroot}}}
{chrooted_services}{auth_worker}"""

    # -- public facts --------------------------------------------------------

    @property
    def host(self) -> str:
        """Address both listeners are bound to."""
        return HOST

    @property
    def tls_port(self) -> int:
        """Port of the implicit-TLS (IMAPS) listener."""
        return self._tls_port

    @property
    def plain_port(self) -> int:
        """Port of the plain listener that offers STARTTLS."""
        return self._plain_port

    @property
    def ca_file(self) -> Path:
        """CA certificate that signed the server certificate."""
        return self._ca

    @property
    def fingerprint(self) -> str:
        """SHA-256 fingerprint of the server certificate (``AB:CD:…``)."""
        return self._tls.fingerprint

    @property
    def users(self) -> dict[str, str]:
        """Ordinary users, login -> password (a copy)."""
        return dict(self._users)

    @property
    def master_user(self) -> str:
        """The master user standing in for the UM system's NPUMAdmin."""
        return MASTER_USER

    @property
    def master_password(self) -> str:
        """Password of the master user."""
        return MASTER_PASSWORD

    @property
    def master_separator(self) -> str:
        """Separator for ``user*master`` style master logins."""
        return MASTER_SEPARATOR

    @property
    def log_path(self) -> Path:
        """Dovecot's log file."""
        return self._log_path

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def ssl_context(self) -> ssl.SSLContext:
        """Return a client context that trusts this server's CA."""
        return ssl.create_default_context(cafile=str(self._ca))

    def deployment(self, spool: str = "", **service: float) -> Deployment:
        """A deployment that reaches this server over TLS as the master user.

        UM user alice (box 1001) is the sample user; *service* sets
        ServiceOptions fields such as ``poll_seconds``.
        """
        return Deployment(
            server=ImapServer(host=self.host, port=self.tls_port,
                              security=Security.TLS, ca_file=str(self._ca)),
            superuser=Superuser(login=self.master_user,
                                impersonation=Impersonation.AUTHZID),
            users=[VoicemailUser(mailbox="1001", login="alice")],
            sample_user="alice",
            service=ServiceOptions(spool=spool, **service))  # type: ignore[arg-type]

    # -- life cycle ----------------------------------------------------------

    def start(self) -> None:
        """Start Dovecot and wait until it greets on the TLS port."""
        if self.running:
            return
        if not self._atexit_registered:
            atexit.register(self.close)
            self._atexit_registered = True
        started = time.monotonic()
        with self._stderr_path.open("ab") as stderr:
            self._proc = subprocess.Popen(
                [self._binary, "-F", "-c", str(self.conf_path)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                # Own process group: Ctrl-C in the terminal reaches pytest only,
                # and stop() can clean up the whole tree if the master hangs.
                start_new_session=True,
                preexec_fn=_die_with_parent(),  # noqa: PLW1509
            )
        try:
            self._wait_for_greeting(started + START_TIMEOUT)
        except DovecotError:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started

    def _wait_for_greeting(self, deadline: float) -> None:
        context = self.ssl_context()
        address = (HOST, self._tls_port)
        last_error = "no attempt made"
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                last_error = f"dovecot exited with status {self._proc.returncode}"
                break
            try:
                with socket.create_connection(address, timeout=1) as raw, \
                        context.wrap_socket(raw, server_hostname=HOST) as tls:
                    greeting = tls.recv(512)
                if greeting.startswith(b"* OK"):
                    return
                last_error = f"unexpected greeting {greeting!r}"
            except (OSError, ssl.SSLError) as exc:
                last_error = f"{type(exc).__name__}: {exc}"
            time.sleep(0.05)
        raise DovecotError(
            f"Dovecot did not greet on {HOST}:{self._tls_port} ({last_error}).\n"
            f"--- {self._log_path} ---\n{_tail(self._log_path)}\n"
            f"--- {self._stderr_path} ---\n{_tail(self._stderr_path)}"
        )

    def stop(self, *, drop_clients: bool = False) -> None:
        """Stop Dovecot and wait for it to exit; mail is kept.

        Open IMAP sessions outlive the master process; *drop_clients* ends
        them too (SIGTERM, as a service manager's restart does, so they let
        go of their mailbox locks; SIGKILL for any left after a grace time).
        """
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            # The master ignored SIGTERM; take its whole group down.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(STOP_TIMEOUT)
        if drop_clients:
            _end_group(proc.pid)

    def restart(self) -> None:
        """Stop and start again on the same ports, with the same mail."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop Dovecot and remove the private folder made as root, if any."""
        self.stop()
        if self._private_tree is not None:
            shutil.rmtree(self._private_tree, ignore_errors=True)
            self._private_tree = None
        if self._atexit_registered:
            atexit.unregister(self.close)
            self._atexit_registered = False

    def __enter__(self) -> Dovecot:
        """Start the server."""
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server and clean up."""
        self.close()

    # -- helpers for tests ---------------------------------------------------

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run doveadm against this instance and return its result."""
        doveadm = str(Path(self._binary).with_name("doveadm"))
        if not Path(doveadm).exists():
            doveadm = shutil.which("doveadm") or "doveadm"
        return subprocess.run(
            [doveadm, "-c", str(self.conf_path), *args],
            capture_output=True, text=True, timeout=30, check=False,
        )

    def reset_mailboxes(self) -> None:
        """Delete every user's mail, without restarting the server."""
        # Sessions a previous test left open would otherwise keep writing index
        # files into the folders we are about to delete.
        if self.running:
            self._kick_everyone()
        for user in self._users:
            shutil.rmtree(self.home_dir(user), ignore_errors=True)

    def _session_pids(self) -> set[int]:
        """Return the pids of logged-in IMAP sessions, as anvil knows them."""
        who = self.doveadm("who", "-1")
        pids: set[int] = set()
        # Lines are "user proto pid ip" after a header line.
        for line in who.stdout.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 3 and fields[2].isdigit():
                pids.add(int(fields[2]))
        return pids

    def _kick_everyone(self) -> None:
        pids = self._session_pids()
        if not pids:
            return
        # One call for everybody: doveadm kick takes one user mask, or an IP.
        self.doveadm("kick", HOST)
        deadline = time.monotonic() + 5
        while pids and time.monotonic() < deadline:
            time.sleep(0.02)
            pids = {pid for pid in pids if _alive(pid)}


def _end_group(pgid: int) -> None:
    """SIGTERM every process of group *pgid*; SIGKILL what is left after 5 s."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT / 2
        while time.monotonic() < deadline:
            os.killpg(pgid, 0)  # ProcessLookupError once all are gone
            time.sleep(0.02)
        os.killpg(pgid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
