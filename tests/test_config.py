"""Tests for the written configuration and answer files (app.config)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.config import (
    CONFIG_NAME,
    SCHEMA_VERSION,
    ConfigError,
    atomic_write,
    config_dir,
    default_config_path,
    dumps,
    load,
    save,
    state_dir,
)
from app.model import (
    Deployment,
    ImapServer,
    Impersonation,
    Security,
    ServerKind,
    ServiceOptions,
    Site,
    Superuser,
    VoicemailUser,
)


def _full_deployment() -> Deployment:
    return Deployment(
        site=Site(kind=ServerKind.OFFICE_365, um_users=120, mail_servers=3,
                  clustered=True),
        server=ImapServer(host="mail.example.com", port=1993,
                          security=Security.STARTTLS, ca_file="/etc/ssl/ca.pem",
                          pinned_fingerprint="AB:" * 31 + "CD",
                          plaintext_acknowledged=True),
        superuser=Superuser(login="NPUMAdmin", impersonation=Impersonation.EXCHANGE,
                            domain="EXAMPLE"),
        users=[VoicemailUser("1001", "alice@example.com", "default", "Alice"),
               VoicemailUser("1002", "bob@example.com", "sales", "Bøb")],
        sample_user="alice@example.com",
        service=ServiceOptions(spool="/var/spool/asterisk/voicemail",
                               poll_seconds=0.5, settle_seconds=2.5,
                               timeout_seconds=30.0),
    )


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "answers.toml"
    path.write_text(text, encoding="utf-8")
    return path


# -- round trips ---------------------------------------------------------------


def test_a_full_deployment_round_trips(tmp_path: Path) -> None:
    dep = _full_deployment()
    path = _write(tmp_path, dumps(dep))

    loaded = load(path)

    assert loaded == dep
    assert isinstance(loaded.server.security, Security)
    assert isinstance(loaded.users[1], VoicemailUser)


def test_dumps_states_the_schema_version() -> None:
    text = dumps(Deployment())

    assert f"schema_version = {SCHEMA_VERSION}" in text


def test_the_default_deployment_round_trips(tmp_path: Path) -> None:
    path = _write(tmp_path, dumps(Deployment()))

    assert load(path) == Deployment()


_TEXT = st.text(max_size=30)
_FLOATS = st.floats(allow_nan=False, width=64)
_INTS = st.integers(-(2**63), 2**63 - 1)

_DEPLOYMENTS = st.builds(
    Deployment,
    site=st.builds(Site, kind=st.sampled_from(ServerKind), um_users=_INTS,
                   mail_servers=_INTS, clustered=st.booleans()),
    server=st.builds(ImapServer, host=_TEXT, port=_INTS,
                     security=st.sampled_from(Security), ca_file=_TEXT,
                     pinned_fingerprint=_TEXT,
                     plaintext_acknowledged=st.booleans()),
    superuser=st.builds(Superuser, login=_TEXT,
                        impersonation=st.sampled_from(Impersonation),
                        domain=_TEXT),
    users=st.lists(st.builds(VoicemailUser, mailbox=_TEXT, login=_TEXT,
                             context=_TEXT, name=_TEXT), max_size=4),
    sample_user=_TEXT,
    service=st.builds(ServiceOptions, spool=_TEXT, poll_seconds=_FLOATS,
                      settle_seconds=_FLOATS, timeout_seconds=_FLOATS),
)


@settings(max_examples=150, deadline=None)
@given(dep=_DEPLOYMENTS)
def test_any_deployment_round_trips_through_toml(dep: Deployment) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / CONFIG_NAME

        save(dep, path)

        assert load(path) == dep


def test_a_hand_written_answer_file_with_user_tables_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
# Answer file for umconnect apply
schema_version = 1
sample_user = "alice@example.com"

[site]
kind = "exchange2013"
um_users = 20

[server]
host = "mail.example.com"
port = 993
security = "tls"

[superuser]
login = "NPUMAdmin"
impersonation = "master-separator"

[[users]]
mailbox = "1001"
login = "alice@example.com"
name = "Alice"

[[users]]
mailbox = "1002"
login = "bob@example.com"
context = "sales"

[service]
spool = "/var/spool/asterisk/voicemail"
poll_seconds = 5
""")

    dep = load(path)

    assert dep.site == Site(kind=ServerKind.EXCHANGE_2013, um_users=20)
    assert dep.server.security is Security.TLS
    assert dep.superuser.impersonation is Impersonation.MASTER_SEPARATOR
    assert dep.users == [
        VoicemailUser("1001", "alice@example.com", "default", "Alice"),
        VoicemailUser("1002", "bob@example.com", "sales", ""),
    ]
    assert dep.user("bob@example.com") is dep.users[1]
    assert dep.service.poll_seconds == 5.0
    assert isinstance(dep.service.poll_seconds, float)
    assert dep.service.settle_seconds == ServiceOptions().settle_seconds


def test_an_answer_file_without_schema_version_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, '[server]\nhost = "mail.example.com"\n')

    dep = load(path)

    assert dep.server.host == "mail.example.com"


# -- errors that name the field ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param('[server]\nport = "993"\n',
                     ["server.port", "a whole number", '"993"'],
                     id="string-for-port"),
        pytest.param("[site]\num_users = true\n",
                     ["site.um_users", "a whole number", "true"],
                     id="bool-for-int"),
        pytest.param("[site]\nclustered = 1\n", ["site.clustered", "true or false"],
                     id="int-for-bool"),
        pytest.param("[service]\npoll_seconds = true\n",
                     ["service.poll_seconds", "a number"], id="bool-for-float"),
        pytest.param('[service]\npoll_seconds = "2"\n',
                     ["service.poll_seconds"], id="string-for-float"),
        pytest.param("[server]\nhost = 10\n", ["server.host", "text in quotes"],
                     id="int-for-string"),
        pytest.param('[server]\nsecurity = "ssl"\n',
                     ["server.security", "ssl", "tls", "starttls", "plain"],
                     id="bad-security"),
        pytest.param('[site]\nkind = "exchange2003"\n', ["site.kind", "google"],
                     id="bad-kind"),
        pytest.param('[superuser]\nimpersonation = "sudo"\n',
                     ["superuser.impersonation", "authzid"],
                     id="bad-impersonation"),
        pytest.param('[server]\nhostname = "x"\n', ["server", "hostname"],
                     id="unknown-key"),
        pytest.param('colour = "blue"\n', ["colour"], id="unknown-top-level-key"),
        pytest.param('[[users]]\nmailbox = "1"\nextension = "1"\n',
                     ["users[0]", "extension"], id="unknown-user-key"),
        pytest.param("[[users]]\nmailbox = 1001\n", ["users[0].mailbox"],
                     id="int-for-mailbox"),
        pytest.param('users = "1001"\n', ["users", "list"], id="users-not-a-list"),
        pytest.param("users = [1]\n", ["users[0]", "table"],
                     id="user-not-a-table"),
        pytest.param('server = "mail.example.com"\n', ["server", "table"],
                     id="server-not-a-table"),
        pytest.param("schema_version = 2\n", ["schema_version", "2"],
                     id="future-schema"),
        pytest.param('schema_version = "1"\n', ["schema_version"],
                     id="string-schema"),
    ],
)
def test_bad_settings_raise_config_error_naming_the_field(
    tmp_path: Path, text: str, names: list[str],
) -> None:
    path = _write(tmp_path, text)

    with pytest.raises(ConfigError) as error:
        load(path)

    message = str(error.value)
    assert str(path) in message
    for name in names:
        assert name in message


def test_invalid_toml_raises_config_error(tmp_path: Path) -> None:
    path = _write(tmp_path, '[server\nhost = "x"\n')

    with pytest.raises(ConfigError, match="not valid TOML") as error:
        load(path)

    assert str(path) in str(error.value)


def test_a_missing_file_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"

    with pytest.raises(ConfigError, match="does not exist") as error:
        load(path)

    assert str(path) in str(error.value)


def test_a_file_that_is_not_utf8_raises_config_error(tmp_path: Path) -> None:
    # e.g. an answer file saved by an editor in the Windows code page.
    path = tmp_path / "answers.toml"
    path.write_bytes(b'[[users]]\nmailbox = "1001"\nname = "J\xfcrgen"\n')

    with pytest.raises(ConfigError) as error:
        load(path)

    assert str(path) in str(error.value)
    assert "UTF-8" in str(error.value)


def test_a_folder_instead_of_a_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load(tmp_path)

    assert str(tmp_path) in str(error.value)


# -- atomic writes -----------------------------------------------------------------


def test_atomic_write_replaces_the_content_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "conf" / CONFIG_NAME
    path.parent.mkdir()
    path.write_bytes(b"old")
    path.chmod(0o644)

    atomic_write(path, b"new content")

    assert path.read_bytes() == b"new content"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(path.parent) == [CONFIG_NAME]


def test_atomic_write_honours_the_mode_and_creates_the_folder(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new" / "folder" / "status.json"

    atomic_write(path, b"{}", mode=0o644)

    assert path.read_bytes() == b"{}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failed_atomic_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_bytes(b"old content")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(path, b"new content that never lands")

    assert path.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == [CONFIG_NAME]


def test_an_interrupted_atomic_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / CONFIG_NAME

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(path, b"data")

    assert os.listdir(tmp_path) == []


def test_save_writes_a_loadable_private_file(tmp_path: Path) -> None:
    dep = _full_deployment()
    path = tmp_path / CONFIG_NAME

    save(dep, path)

    assert load(path) == dep
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- where files go ----------------------------------------------------------------


def test_environment_overrides_the_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("UMCONNECT_CONFIG_DIR", str(tmp_path / "etc"))
    monkeypatch.setenv("UMCONNECT_STATE_DIR", str(tmp_path / "var"))

    assert config_dir() == tmp_path / "etc"
    assert state_dir() == tmp_path / "var"
    assert default_config_path() == tmp_path / "etc" / CONFIG_NAME


@pytest.mark.parametrize("value", [
    pytest.param(None, id="unset"),
    pytest.param("", id="empty"),
])
def test_without_an_override_the_platform_folders_are_used(
    monkeypatch: pytest.MonkeyPatch, value: str | None,
) -> None:
    for name in ("UMCONNECT_CONFIG_DIR", "UMCONNECT_STATE_DIR"):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)

    folders = (config_dir(), state_dir())

    assert all(folder.is_absolute() for folder in folders)
    assert all("umconnect" in folder.parts for folder in folders)
    assert folders[0] != folders[1]
