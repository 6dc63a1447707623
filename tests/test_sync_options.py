"""The service's synchronisation tunables: defaults, checks, configuration file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config
from app.model import Deployment, ServiceOptions, check_service


def _problems(**options: object) -> dict[str, str]:
    settings = ServiceOptions(spool="/var/spool/asterisk/voicemail",
                              **options)  # type: ignore[arg-type]
    return {p.field: str(p) for p in check_service(settings)}


def test_the_defaults_pass() -> None:
    assert _problems() == {}


@pytest.mark.parametrize(("options", "field", "words"), [
    pytest.param({"delete_policy": "shred"}, "service.delete_policy",
                 "'shred' is not a policy. Use one of: expunge, trash, keep.",
                 id="policy"),
    pytest.param({"delete_policy": "trash", "trash_folder": " "},
                 "service.trash_folder", "Trash folder: is empty.", id="trash"),
    pytest.param({"max_connections": 0}, "service.max_connections",
                 "0 is out of range. Use a value between 1 and 500.", id="pool"),
    pytest.param({"mailbox_check_seconds": 0.01},
                 "service.mailbox_check_seconds",
                 "Use a value between 0.2 and 86400.", id="look"),
    pytest.param({"max_backoff_seconds": 7200.0}, "service.max_backoff_seconds",
                 "7200 is out of range.", id="backoff"),
])
def test_a_bad_tunable_names_its_field_and_the_fix(
    options: dict[str, object], field: str, words: str,
) -> None:
    problems = _problems(**options)

    assert list(problems) == [field]
    assert words in problems[field]


def test_tunables_survive_the_configuration_file(tmp_path: Path) -> None:
    dep = Deployment(service=ServiceOptions(
        spool="/s", max_connections=3, delete_policy="trash",
        trash_folder="Deleted Items", mailbox_check_seconds=30.0,
        max_backoff_seconds=5.0))
    config.save(dep, tmp_path / "umconnect.toml")

    loaded = config.load(tmp_path / "umconnect.toml").service

    assert loaded == dep.service


def test_a_mistyped_tunable_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "umconnect.toml"
    path.write_text('[service]\nspool = "/s"\nmax_connections = "many"\n')

    with pytest.raises(config.ConfigError,
                       match=r"service\.max_connections must be a whole number"):
        config.load(path)
