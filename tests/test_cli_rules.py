"""``umconnect rules`` and the rules that gate ``test`` and ``service run``."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli, config
from app.model import (
    AdapterChoice,
    Deployment,
    ImapServer,
    ServerKind,
    ServiceOptions,
    Site,
    Superuser,
    VoicemailUser,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _keep_logging() -> Iterator[None]:
    """main() installs log handlers on the captured stderr; drop them after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def answers(tmp_path: Path, site: Site, acknowledged: list[str] | None = None) -> Path:
    """An answer file for *site* with an otherwise valid IMAP set-up."""
    dep = Deployment(
        site=site,
        server=ImapServer(host="127.0.0.1", port=993),
        superuser=Superuser(login="npumadmin"),
        users=[VoicemailUser(mailbox="1001", login="alice")],
        sample_user="alice",
        service=ServiceOptions(spool=str(tmp_path / "spool")),
        acknowledged=acknowledged or [])
    path = tmp_path / "answers.toml"
    config.save(dep, path)
    return path


@pytest.mark.parametrize(("site", "acknowledged", "code", "said"), [
    pytest.param(Site(kind=ServerKind.EXCHANGE_2016, um_users=500), None, 0,
                 "IMAP connector", id="exchange-500-passes"),
    pytest.param(Site(kind=ServerKind.OFFICE_365, um_users=501), None, 1,
                 "✘ R4:", id="office365-501-blocks"),
    pytest.param(Site(kind=ServerKind.EXCHANGE_2016, um_users=501,
                      adapter=AdapterChoice.IMAP_CONNECTOR), None, 1, "✘ R4:",
                 id="forced-imap-over-limit-blocks"),
    pytest.param(Site(kind=ServerKind.EXCHANGE_2019, um_users=50), None, 1,
                 "R2:exchange2019", id="warning-not-acknowledged-blocks"),
    pytest.param(Site(kind=ServerKind.EXCHANGE_2019, um_users=50),
                 ["R2:exchange2019"], 0, "(acknowledged)",
                 id="warning-acknowledged-passes"),
])
def test_rules_exit_code_and_findings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], site: Site,
        acknowledged: list[str] | None, code: int, said: str) -> None:
    path = answers(tmp_path, site, acknowledged)

    result = cli.main(["rules", "--answers", str(path)])

    assert result == code
    assert said in capsys.readouterr().out


def test_rules_json_matches_the_documented_shape(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = answers(tmp_path, Site(kind=ServerKind.EXCHANGE_2019, um_users=50))

    code = cli.main(["rules", "--answers", str(path), "--json"])
    verdict = json.loads(capsys.readouterr().out)

    assert code == 1
    assert set(verdict) == {"adapter", "host", "findings", "errors",
                            "unacknowledged_warnings", "passed"}
    assert verdict["adapter"] == {
        "recommended": "imap", "chosen": "auto", "effective": "imap",
        "reason": verdict["adapter"]["reason"]}
    assert verdict["host"] is None
    (warning,) = [f for f in verdict["findings"] if f["level"] == "warning"]
    assert warning == {
        "rule": "R2", "level": "warning", "page": "site",
        "message": warning["message"], "remedy": warning["remedy"],
        "key": "R2:exchange2019", "acknowledged": False}
    assert (verdict["errors"], verdict["unacknowledged_warnings"],
            verdict["passed"]) == (0, 1, False)


def test_rules_json_reads_this_computer_for_the_gateway(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = Site(kind=ServerKind.EXCHANGE_2016, um_users=800, um_server="localhost")
    path = answers(tmp_path, site)

    code = cli.main(["rules", "--answers", str(path), "--json"])
    verdict = json.loads(capsys.readouterr().out)

    assert code == 1
    assert verdict["adapter"]["effective"] == "gateway"
    assert verdict["host"]["family"] == "linux"
    rules_hit = {f["rule"] for f in verdict["findings"] if f["level"] == "error"}
    assert "R8" in rules_hit


def test_test_command_refuses_before_connecting_when_rules_block(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = answers(tmp_path, Site(kind=ServerKind.OFFICE_365, um_users=900))

    code = cli.main(["test", "--answers", str(path)])

    assert code == 1
    out = capsys.readouterr().out
    assert "✘ R4:" in out
    assert "Look up" not in out, "no connection step may run"


def test_service_refuses_to_start_on_a_forbidden_configuration(
        tmp_path: Path) -> None:
    path = answers(tmp_path, Site(kind=ServerKind.GOOGLE, um_users=3_000))

    done = subprocess.run(
        [sys.executable, "-m", "app", "service", "run", "--once", "--config",
         str(path), "--state-dir", str(tmp_path / "state"), "--secrets-stdin"],
        input='{"superuser_password": "x"}', capture_output=True, text=True,
        cwd=ROOT, timeout=60, check=False)

    assert done.returncode == 1
    assert "Not starting" in done.stderr and "R4" in done.stderr
    assert not (tmp_path / "state" / "journal.jsonl").exists()
