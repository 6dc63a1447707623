"""``umconnect`` on the command line: test, apply, service run, and bad input.

Most commands run in-process through :func:`app.cli.main`; what depends on
the process itself (no terminal, no credential store, signals, the password
on standard input) runs as ``python -m app`` in a subprocess.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
import tomli_w
from imapclient import IMAPClient

from app import cli, config, logsetup, memkeyring, spool
from app.memkeyring import MemoryKeyring
from app.model import (
    Deployment,
    ImapServer,
    Security,
    ServiceOptions,
    Superuser,
    VoicemailUser,
)
from app.probes import planned_titles
from app.redact import Redactor
from tests.support import hostile
from tests.support.dovecot import Dovecot

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PASSWORD_ENV = cli.PASSWORD_ENV
#: Seconds a subprocess may take before the test calls it hung.
SUBPROCESS_TIMEOUT = 120
#: Keyring's own "no store" backend, what a headless machine ends up with.
NO_STORE = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Own config and state folders, no inherited password, logging restored."""
    monkeypatch.setenv("UMCONNECT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("UMCONNECT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr(logsetup, "REDACT", Redactor())
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    imapclient_level = logging.getLogger("imapclient").level
    yield
    # main() installs its own handlers on the captured stderr; drop them.
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.getLogger("imapclient").setLevel(imapclient_level)


@dataclass(frozen=True)
class Ran:
    """How an in-process ``umconnect`` call ended and what it printed."""

    code: int
    out: str
    err: str


Main = Callable[..., Ran]


@pytest.fixture
def umconnect_main(monkeypatch: pytest.MonkeyPatch,
                   capsys: pytest.CaptureFixture[str]) -> Main:
    """Call :func:`app.cli.main` with *argv*, the password in the environment."""
    def run(*argv: str, password: str | None = None) -> Ran:
        if password is not None:
            monkeypatch.setenv(PASSWORD_ENV, password)
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return Ran(code, out, err)
    return run


@pytest.fixture
def memory_store() -> Iterator[MemoryKeyring]:
    """This process's credential store, in memory, for the test only."""
    previous = keyring.get_keyring()
    store = memkeyring.install()
    try:
        yield store
    finally:
        keyring.set_keyring(previous)


def dovecot_deployment(dovecot: Dovecot, tmp_path: Path) -> Deployment:
    """Answers that reach the test Dovecot over TLS as the master user."""
    (tmp_path / "spool").mkdir(exist_ok=True)  # apply checks it is there
    return Deployment(
        server=ImapServer(host=HOST, port=dovecot.tls_port, security=Security.TLS,
                          ca_file=str(dovecot.ca_file)),
        superuser=Superuser(login=dovecot.master_user),
        users=[VoicemailUser(mailbox="1001", login="alice")],
        sample_user="alice",
        service=ServiceOptions(spool=str(tmp_path / "spool"), settle_seconds=0),
    )


def write_answers(tmp_path: Path, dep: Deployment, name: str = "answers.toml",
                  edit: Callable[[dict[str, Any]], None] | None = None) -> Path:
    """Write *dep* as an answer file, after *edit* changed its TOML data."""
    data = tomllib.loads(config.dumps(dep))
    if edit is not None:
        edit(data)
    path = tmp_path / name
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def subprocess_env(**extra: str) -> dict[str, str]:
    """This test's environment for a child, which never finds a real keyring."""
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    env["PYTHON_KEYRING_BACKEND"] = NO_STORE
    env.update(extra)
    return env


def umconnect(*args: str, env: dict[str, str], stdin: str | None = None,
              ) -> subprocess.CompletedProcess[str]:
    """Run ``python -m app ARGS``; standard input is *stdin* or nothing at all."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=env, text=True,
        input=stdin, stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True, timeout=SUBPROCESS_TIMEOUT, check=False)


def alice_inbox(dovecot: Dovecot) -> list[dict[str, str]]:
    """Subject and Message-ID of each message in alice's INBOX (master login)."""
    with IMAPClient(HOST, port=dovecot.tls_port, ssl=True,
                    ssl_context=dovecot.ssl_context(), timeout=10) as client:
        client.plain_login(dovecot.master_user, dovecot.master_password,
                           authorization_identity="alice")
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(client.search("ALL"), [
            "BODY.PEEK[HEADER.FIELDS (SUBJECT MESSAGE-ID)]"])
    messages = []
    for data in fetched.values():
        raw = data[b"BODY[HEADER.FIELDS (SUBJECT MESSAGE-ID)]"].decode()
        headers = dict(line.split(": ", 1) for line in raw.splitlines() if line)
        messages.append({k.lower(): v for k, v in headers.items()})
    return messages


# -- umconnect test ------------------------------------------------------------------


@pytest.mark.dovecot
def test_test_command_passes_and_prints_every_step(
    dovecot: Dovecot, tmp_path: Path, umconnect_main: Main,
) -> None:
    dep = dovecot_deployment(dovecot, tmp_path)
    answers = write_answers(tmp_path, dep)

    ran = umconnect_main("test", "--answers", str(answers),
                         password=dovecot.master_password)

    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    for _key, title in planned_titles(dep):
        assert any(line.startswith(f"✔ {title}: ") for line in lines), title
    assert lines[-1].endswith("ready to apply")
    assert dovecot.master_password not in ran.out + ran.err


@pytest.mark.dovecot
def test_test_command_with_a_wrong_password_exits_1_with_the_verdict(
    dovecot: Dovecot, tmp_path: Path, umconnect_main: Main,
) -> None:
    answers = write_answers(tmp_path, dovecot_deployment(dovecot, tmp_path))

    ran = umconnect_main("test", "--answers", str(answers),
                         password="not-the-master-pw")

    assert ran.code == 1
    assert "✘ Superuser login for alice: Login refused" in ran.out
    last = ran.out.splitlines()[-1]
    assert last.endswith("Superuser login for alice: Login refused")
    assert "password" in ran.out.split("Login refused", 1)[1]
    assert "not-the-master-pw" not in ran.out + ran.err


@pytest.mark.dovecot
@pytest.mark.parametrize(
    ("password", "code"),
    [
        pytest.param("master-pw", 0, id="passes"),
        pytest.param("not-the-master-pw", 1, id="fails"),
    ],
)
def test_test_command_json_prints_a_parseable_report(
    dovecot: Dovecot, tmp_path: Path, umconnect_main: Main, password: str,
    code: int,
) -> None:
    dep = dovecot_deployment(dovecot, tmp_path)
    answers = write_answers(tmp_path, dep)

    ran = umconnect_main("test", "--answers", str(answers), "--json",
                         password=password)

    assert ran.code == code
    report = json.loads(ran.out)
    assert report["passed"] is (code == 0)
    assert report["target"] == f"{HOST}:{dovecot.tls_port}"
    assert [s["key"] for s in report["steps"]] == [k for k, _ in planned_titles(dep)]
    assert "✔" not in ran.out + ran.err  # steps go to the JSON only
    assert password not in ran.out + ran.err


# -- bad input ---------------------------------------------------------------------


def _set(*path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        table = data
        for key in path[:-1]:
            table = table[key]
        table[path[-1]] = value
    return edit


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(_set("server", "port", value=0), "server.port", id="port-0"),
        pytest.param(_set("server", "port", value="993"),
                     "server.port must be a whole number", id="port-as-text"),
        pytest.param(_set("server", "prot", value=993),
                     "server has unknown setting(s): prot", id="unknown-key"),
        pytest.param(_set("server", "security", value="ssl"),
                     "server.security is 'ssl'", id="bad-enum"),
        pytest.param(_set("superuser", "impersonation", value="sudo"),
                     "superuser.impersonation is 'sudo'", id="bad-impersonation"),
        pytest.param(_set("server", "host", value="imap://mail"), "server.host",
                     id="bad-host"),
        pytest.param(_set("sample_user", value="mallory"), "sample_user",
                     id="sample-user-not-listed"),
        pytest.param(_set("schema_version", value=99), "schema_version 99",
                     id="future-schema"),
    ],
)
@pytest.mark.parametrize("command", ["test", "apply"])
def test_bad_answer_file_exits_2_naming_the_field(
    tmp_path: Path, umconnect_main: Main, command: str,
    edit: Callable[[dict[str, Any]], None], expected: str,
) -> None:
    with hostile.closed_port() as port:
        dep = Deployment(
            server=ImapServer(host=HOST, port=port),
            superuser=Superuser(login="npumadmin"),
            users=[VoicemailUser(mailbox="1001", login="alice")],
            sample_user="alice",
            service=ServiceOptions(spool=str(tmp_path / "spool")))
        answers = write_answers(tmp_path, dep, edit=edit)

        ran = umconnect_main(command, "--answers", str(answers),
                             password="some-password")

    assert ran.code == 2
    assert expected in ran.err
    assert ran.out == ""
    assert not (tmp_path / "config").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(None, "does not exist", id="missing"),
        pytest.param('[server\nhost = "x"\n', "is not valid TOML", id="invalid-toml"),
        pytest.param("[server]\nport = 993\nport = 994\n", "is not valid TOML",
                     id="duplicate-key"),
    ],
)
def test_unreadable_answer_file_exits_2_naming_the_file(
    tmp_path: Path, umconnect_main: Main, content: str | None, expected: str,
) -> None:
    answers = tmp_path / "answers.toml"
    if content is not None:
        answers.write_text(content, encoding="utf-8")

    ran = umconnect_main("test", "--answers", str(answers), password="some-password")

    assert ran.code == 2
    assert str(answers) in ran.err
    assert expected in ran.err


# Only `test`: `apply` looks for a credential store first, and this box has
# none (that refusal has its own test below).
@pytest.mark.parametrize("command", ["test"])
def test_no_password_and_no_terminal_exits_2_naming_the_variable(
    tmp_path: Path, command: str,
) -> None:
    with hostile.closed_port() as port:
        dep = Deployment(
            server=ImapServer(host=HOST, port=port),
            superuser=Superuser(login="npumadmin"),
            users=[VoicemailUser(mailbox="1001", login="alice")],
            sample_user="alice",
            service=ServiceOptions(spool=str(tmp_path / "spool")))
        answers = write_answers(tmp_path, dep)

        # stdin is /dev/null: no terminal to ask at.
        result = umconnect(command, "--answers", str(answers), env=subprocess_env())

    assert result.returncode == 2, result.stderr
    assert PASSWORD_ENV in result.stderr
    assert "npumadmin" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param([], "required: command", id="no-command"),
        pytest.param(["frobnicate"], "invalid choice: 'frobnicate'",
                     id="unknown-command"),
        pytest.param(["test"], "required: --answers", id="test-without-answers"),
        pytest.param(["apply"], "required: --answers", id="apply-without-answers"),
        pytest.param(["service"], "required: action", id="service-without-action"),
        pytest.param(["service", "restart"], "invalid choice: 'restart'",
                     id="unknown-service-action"),
        pytest.param(["test", "--answers", "a.toml", "--timeout", "soon"],
                     "'soon' is not a number of seconds", id="bad-timeout"),
        pytest.param(["test", "--answers", "a.toml", "--timeout", "0"],
                     "must be more than 0 seconds", id="zero-timeout"),
        pytest.param(["status", "--bogus"], "unrecognized arguments: --bogus",
                     id="unknown-option"),
    ],
)
def test_usage_errors_exit_2(umconnect_main: Main, argv: list[str],
                             expected: str) -> None:
    ran = umconnect_main(*argv)

    assert ran.code == 2
    assert expected in ran.err


@pytest.mark.parametrize("argv", [["--help"], ["test", "--help"], ["--version"]])
def test_help_and_version_exit_0(umconnect_main: Main, argv: list[str]) -> None:
    ran = umconnect_main(*argv)

    assert ran.code == 0
    assert "umconnect" in ran.out


def test_usage_error_exit_code_reaches_the_shell() -> None:
    result = umconnect("frobnicate", env=subprocess_env())

    assert result.returncode == 2
    assert "invalid choice" in result.stderr


# -- umconnect apply ---------------------------------------------------------------


@pytest.mark.dovecot
def test_apply_writes_the_config_atomically_without_the_secret(
    dovecot: Dovecot, tmp_path: Path, umconnect_main: Main,
    memory_store: MemoryKeyring,
) -> None:
    dep = dovecot_deployment(dovecot, tmp_path)
    answers = write_answers(tmp_path, dep)
    target = tmp_path / "etc" / "umconnect.toml"
    target.parent.mkdir()
    target.write_text("# the previous configuration\n", encoding="utf-8")
    previous_inode = target.stat().st_ino

    ran = umconnect_main("apply", "--answers", str(answers), "--no-start",
                         "--config", str(target), password=dovecot.master_password)

    assert ran.code == 0, ran.err
    written = target.read_bytes()
    assert dovecot.master_password.encode() not in written
    assert config.load(target) == dep
    # Replaced by rename, not rewritten in place, and no temporary file left.
    assert target.stat().st_ino != previous_inode
    assert sorted(p.name for p in target.parent.iterdir()) == ["umconnect.toml"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    ref = f"{dovecot.master_user}@{HOST}"
    assert memory_store.get_password("umconnect", ref) == dovecot.master_password
    assert str(target) in ran.out
    assert dovecot.master_password not in ran.out + ran.err
    assert not (tmp_path / "state" / "service.pid").exists()


@pytest.mark.dovecot
@pytest.mark.parametrize("backend", [NO_STORE, "keyring.backends.null.Keyring"])
def test_apply_without_a_credential_store_refuses_and_writes_nothing(
    dovecot: Dovecot, tmp_path: Path, backend: str,
) -> None:
    # The child has no credential store (as on this headless box, made
    # explicit so a developer's own keyring is never written to).
    answers = write_answers(tmp_path, dovecot_deployment(dovecot, tmp_path))
    target = tmp_path / "etc" / "umconnect.toml"
    env = subprocess_env(PYTHON_KEYRING_BACKEND=backend,
                         **{PASSWORD_ENV: dovecot.master_password})

    result = umconnect("apply", "--answers", str(answers), "--no-start",
                       "--config", str(target), env=env)

    assert result.returncode == 1, result.stderr
    assert "Apply failed at 'store'" in result.stderr
    assert "No credential store" in result.stderr
    assert not target.parent.exists()
    assert not (tmp_path / "config").exists()
    assert dovecot.master_password not in result.stderr + result.stdout


# -- umconnect service run ---------------------------------------------------------


def _service_run(config_path: Path, state_dir: Path, password: str,
                 ) -> subprocess.CompletedProcess[str]:
    return umconnect(
        "service", "run", "--once", "--secrets-stdin", "--config", str(config_path),
        "--state-dir", str(state_dir), env=subprocess_env(),
        stdin=json.dumps({"superuser_password": password}) + "\n")


@pytest.mark.dovecot
def test_service_run_once_delivers_each_voicemail_exactly_once(
    clean_dovecot: Dovecot, tmp_path: Path,
) -> None:
    dep = dovecot_deployment(clean_dovecot, tmp_path)
    config_path = tmp_path / "umconnect.toml"
    config.save(dep, config_path)
    state_dir = tmp_path / "service-state"
    spool_root = Path(dep.service.spool)
    spool.write_voicemail(spool_root, "default", "1001", audio=spool.tone_wav(0.5))

    first = _service_run(config_path, state_dir, clean_dovecot.master_password)
    after_first = alice_inbox(clean_dovecot)
    second = _service_run(config_path, state_dir, clean_dovecot.master_password)
    after_second = alice_inbox(clean_dovecot)

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert len(after_first) == 1
    assert after_first[0]["subject"].startswith("Voicemail from")
    assert after_first[0]["message-id"].endswith("@umconnect.invalid>")
    assert after_second == after_first
    assert clean_dovecot.master_password not in first.stderr + second.stderr


@pytest.mark.dovecot
def test_service_run_once_picks_up_a_later_voicemail(
    clean_dovecot: Dovecot, tmp_path: Path,
) -> None:
    dep = dovecot_deployment(clean_dovecot, tmp_path)
    config_path = tmp_path / "umconnect.toml"
    config.save(dep, config_path)
    state_dir = tmp_path / "service-state"
    spool_root = Path(dep.service.spool)
    spool.write_voicemail(spool_root, "default", "1001", audio=spool.tone_wav(0.5))
    _service_run(config_path, state_dir, clean_dovecot.master_password)
    spool.write_voicemail(spool_root, "default", "1001", audio=spool.tone_wav(0.7),
                          callerid='"Second Caller" <5559876>')

    result = _service_run(config_path, state_dir, clean_dovecot.master_password)

    assert result.returncode == 0, result.stderr
    messages = alice_inbox(clean_dovecot)
    assert len(messages) == 2
    assert len({m["message-id"] for m in messages}) == 2
    assert any("Second Caller" in m["subject"] for m in messages)


@pytest.mark.dovecot
def test_service_run_once_with_a_wrong_password_exits_1_without_a_traceback(
    clean_dovecot: Dovecot, tmp_path: Path,
) -> None:
    dep = dovecot_deployment(clean_dovecot, tmp_path)
    config_path = tmp_path / "umconnect.toml"
    config.save(dep, config_path)
    spool.write_voicemail(Path(dep.service.spool), "default", "1001",
                          audio=spool.tone_wav(0.5))

    result = _service_run(config_path, tmp_path / "service-state", "wrong-pw-123")

    assert result.returncode == 1
    assert "Login refused" in result.stderr
    assert "Traceback" not in result.stderr
    assert "wrong-pw-123" not in result.stderr
    assert alice_inbox(clean_dovecot) == []


@pytest.mark.parametrize(
    "stdin",
    [
        pytest.param("", id="nothing"),
        pytest.param("hunter2\n", id="not-json"),
        pytest.param('{"password": "hunter2"}\n', id="wrong-key"),
        pytest.param('["hunter2"]\n', id="not-an-object"),
    ],
)
def test_service_run_with_bad_secrets_on_stdin_exits_2(tmp_path: Path,
                                                       stdin: str) -> None:
    with hostile.closed_port() as port:
        dep = Deployment(
            server=ImapServer(host=HOST, port=port),
            superuser=Superuser(login="npumadmin"),
            users=[VoicemailUser(mailbox="1001", login="alice")],
            service=ServiceOptions(spool=str(tmp_path / "spool")))
        config_path = tmp_path / "umconnect.toml"
        config.save(dep, config_path)

        result = umconnect("service", "run", "--once", "--secrets-stdin",
                           "--config", str(config_path), "--state-dir",
                           str(tmp_path / "service-state"),
                           env=subprocess_env(), stdin=stdin)

    assert result.returncode == 2, result.stderr
    assert "--secrets-stdin" in result.stderr
    assert "hunter2" not in result.stderr
    assert "Traceback" not in result.stderr


def test_apply_refuses_a_spool_folder_that_is_not_there(
    tmp_path: Path, umconnect_main: Main,
) -> None:
    dep = Deployment(
        server=ImapServer(host=HOST, port=993), superuser=Superuser(login="su"),
        users=[VoicemailUser(mailbox="1001", login="alice")], sample_user="alice",
        service=ServiceOptions(spool=str(tmp_path / "no-such-spool")))
    answers = write_answers(tmp_path, dep)

    ran = umconnect_main("apply", "--answers", str(answers), "--skip-test",
                         password="x")

    assert ran.code == 2
    assert "service.spool" in ran.err and "does not exist" in ran.err
    assert not (tmp_path / "config" / "umconnect.toml").exists()
