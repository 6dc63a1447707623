"""Tests for the deployment model and its field checks (app.model)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.model import (
    Deployment,
    FieldProblem,
    ImapServer,
    Impersonation,
    Security,
    ServiceOptions,
    Site,
    Superuser,
    VoicemailUser,
    check,
    is_host,
    normalise_fingerprint,
)

FINGERPRINT = ":".join(["AB"] * 32)


def _valid(ca_file: str = "") -> Deployment:
    return Deployment(
        site=Site(um_users=50, mail_servers=1),
        server=ImapServer(host="mail.example.com", port=993, security=Security.TLS,
                          ca_file=ca_file),
        superuser=Superuser(login="NPUMAdmin"),
        users=[VoicemailUser("1001", "alice@example.com"),
               VoicemailUser("1002", "bob@example.com")],
        sample_user="alice@example.com",
        service=ServiceOptions(spool="/var/spool/asterisk/voicemail"),
    )


def _problems_for(change: Callable[[Deployment], object]) -> list[FieldProblem]:
    dep = _valid()
    change(dep)
    return check(dep)


def test_a_complete_deployment_has_no_problems(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")

    assert check(_valid(ca_file=str(ca))) == []


def _set(path: str, value: object) -> Callable[[Deployment], None]:
    """A change that sets the dotted attribute *path* of a deployment."""
    def change(dep: Deployment) -> None:
        *parents, name = path.split(".")
        target: object = dep
        for parent in parents:
            target = getattr(target, parent)
        setattr(target, name, value)
    return change


def _plain_text(dep: Deployment) -> None:
    dep.server.security = Security.PLAIN
    dep.server.port = 143


def _exchange_without_domain(dep: Deployment) -> None:
    dep.superuser.impersonation = Impersonation.EXCHANGE
    dep.superuser.domain = "  "


def _duplicate_box(dep: Deployment) -> None:
    dep.users.append(VoicemailUser("1001", "carol@example.com"))


def _no_users(dep: Deployment) -> None:
    dep.users = []
    dep.sample_user = ""


def _empty_login(dep: Deployment) -> None:
    dep.users[1].login = " "


@pytest.mark.parametrize(
    ("change", "field"),
    [
        pytest.param(_set("server.host", ""), "server.host", id="empty-host"),
        pytest.param(_set("server.host", "   "), "server.host", id="blank-host"),
        pytest.param(_set("server.host", "imap://mail.example.com"), "server.host",
                     id="host-with-scheme"),
        pytest.param(_set("server.host", "mail.example.com/owa"), "server.host",
                     id="host-with-path"),
        pytest.param(_set("server.host", "mail example.com"), "server.host",
                     id="host-with-space"),
        pytest.param(_set("server.host", "mail.example.com:993"), "server.host",
                     id="name-with-port"),
        pytest.param(_set("server.host", "10.0.0.1:993"), "server.host",
                     id="ipv4-with-port"),
        pytest.param(_set("server.host", ":"), "server.host", id="lone-colon"),
        pytest.param(_set("server.host", "2001:db8::1::2"), "server.host",
                     id="ipv6-two-gaps"),
        pytest.param(_set("server.host", "-mail.example.com"), "server.host",
                     id="leading-hyphen"),
        pytest.param(_set("server.port", 0), "server.port", id="port-0"),
        pytest.param(_set("server.port", 65536), "server.port", id="port-65536"),
        pytest.param(_set("server.port", -993), "server.port", id="negative-port"),
        pytest.param(_plain_text, "server.plaintext_acknowledged",
                     id="plain-text-unacknowledged"),
        pytest.param(_set("server.pinned_fingerprint", "AB:CD"),
                     "server.pinned_fingerprint", id="short-fingerprint"),
        pytest.param(_set("server.pinned_fingerprint", "ZZ" * 32),
                     "server.pinned_fingerprint", id="non-hex-fingerprint"),
        pytest.param(_set("server.pinned_fingerprint", "AB" * 33),
                     "server.pinned_fingerprint", id="long-fingerprint"),
        pytest.param(_set("server.ca_file", "/nonexistent/ca.pem"),
                     "server.ca_file", id="missing-ca-file"),
        pytest.param(_set("superuser.login", ""), "superuser.login",
                     id="empty-superuser"),
        pytest.param(_exchange_without_domain, "superuser.domain",
                     id="exchange-without-domain"),
        pytest.param(_no_users, "users", id="no-users"),
        pytest.param(_duplicate_box, "users[2].mailbox", id="duplicate-box"),
        pytest.param(_set("users", [VoicemailUser("10 01", "alice@example.com")]),
                     "users[0].mailbox", id="box-with-space"),
        pytest.param(_set("users", [VoicemailUser("", "alice@example.com")]),
                     "users[0].mailbox", id="empty-box"),
        pytest.param(_empty_login, "users[1].login", id="empty-login"),
        pytest.param(_set("sample_user", "mallory@example.com"), "sample_user",
                     id="sample-user-not-listed"),
        pytest.param(_set("service.spool", ""), "service.spool", id="empty-spool"),
        pytest.param(_set("service.poll_seconds", 0.0), "service.poll_seconds",
                     id="poll-zero"),
        pytest.param(_set("site.um_users", 0), "site.um_users", id="no-um-users"),
        pytest.param(_set("site.mail_servers", 51), "site.mail_servers",
                     id="too-many-servers"),
    ],
)
def test_check_names_the_field_and_a_fix(
    change: Callable[[Deployment], object], field: str,
) -> None:
    problems = _problems_for(change)

    assert [p.field for p in problems] == [field]
    (problem,) = problems
    assert problem.label.strip()
    assert problem.message.strip()
    assert problem.fix.strip()
    assert str(problem) == f"{problem.label}: {problem.message} {problem.fix}"


@pytest.mark.parametrize(
    "host",
    [
        pytest.param("mail.example.com", id="name"),
        pytest.param("mail.example.com.", id="fully-qualified"),
        pytest.param("localhost", id="single-label"),
        pytest.param("exchange_01.corp.local", id="underscore"),
        pytest.param("192.0.2.10", id="ipv4"),
        pytest.param("::1", id="ipv6-loopback"),
        pytest.param("2001:db8::25", id="ipv6"),
        pytest.param("[2001:db8::25]", id="ipv6-in-brackets"),
        pytest.param("::ffff:192.0.2.10", id="ipv4-mapped-ipv6"),
        pytest.param("  mail.example.com  ", id="surrounding-spaces"),
    ],
)
def test_valid_hosts_pass(host: str) -> None:
    problems = _problems_for(_set("server.host", host))

    assert problems == []


def test_is_host_rejects_overlong_names() -> None:
    label = "a" * 63

    assert is_host(".".join([label] * 3))
    assert not is_host("a" * 64 + ".example.com")
    assert not is_host(".".join([label] * 5))


def test_plain_text_with_acknowledgement_is_accepted() -> None:
    def acknowledged(dep: Deployment) -> None:
        _plain_text(dep)
        dep.server.plaintext_acknowledged = True

    assert _problems_for(acknowledged) == []


def test_every_problem_is_reported_at_once() -> None:
    problems = check(Deployment(superuser=Superuser(
        impersonation=Impersonation.EXCHANGE)))

    fields = [p.field for p in problems]
    assert fields == ["server.host", "superuser.login", "superuser.domain",
                      "users", "service.spool"]
    assert all(p.fix for p in problems)


def test_problems_name_the_row_of_each_bad_user() -> None:
    def two_bad_rows(dep: Deployment) -> None:
        dep.users = [VoicemailUser("1001", "a"), VoicemailUser("x y", ""),
                     VoicemailUser("1003", "c"), VoicemailUser("1001", "d")]
        dep.sample_user = "a"

    fields = [p.field for p in _problems_for(two_bad_rows)]

    assert fields == ["users[1].mailbox", "users[1].login", "users[3].mailbox"]


def test_the_same_box_in_two_contexts_is_not_a_duplicate() -> None:
    def two_contexts(dep: Deployment) -> None:
        dep.users.append(VoicemailUser("1001", "carol@example.com", "sales"))

    assert _problems_for(two_contexts) == []


def test_a_good_fingerprint_in_any_notation_is_accepted() -> None:
    spaced = " ".join(["ab"] * 32)

    assert _problems_for(_set("server.pinned_fingerprint", spaced)) == []


# -- superuser logins ------------------------------------------------------------


@pytest.mark.parametrize(
    ("superuser", "expected"),
    [
        pytest.param(Superuser("NPUMAdmin", Impersonation.AUTHZID), "NPUMAdmin",
                     id="authzid"),
        pytest.param(Superuser("npumadmin", Impersonation.MASTER_SEPARATOR),
                     "alice*npumadmin", id="master-separator"),
        pytest.param(Superuser("NPUMAdmin", Impersonation.EXCHANGE, "EXAMPLE"),
                     "EXAMPLE\\NPUMAdmin\\alice", id="exchange"),
        pytest.param(Superuser("NPUMAdmin", Impersonation.EXCHANGE),
                     "NPUMAdmin\\alice", id="exchange-without-domain"),
    ],
)
def test_login_for_each_impersonation_form(
    superuser: Superuser, expected: str,
) -> None:
    assert superuser.login_for("alice") == expected


def test_deployment_user_finds_by_login() -> None:
    dep = _valid()

    assert dep.user("bob@example.com") is dep.users[1]
    assert dep.user("mallory@example.com") is None


# -- fingerprints ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("abcdef", "AB:CD:EF", id="lower-hex"),
        pytest.param("AB:CD:EF", "AB:CD:EF", id="colons"),
        pytest.param("ab cd ef", "AB:CD:EF", id="spaces"),
        pytest.param(" AB-cd-EF\n", "AB:CD:EF", id="dashes-and-padding"),
        pytest.param("", "", id="empty"),
    ],
)
def test_normalise_fingerprint(text: str, expected: str) -> None:
    assert normalise_fingerprint(text) == expected


_SEPARATORS = st.sampled_from(["", ":", " ", "-"])


@given(digest=st.binary(min_size=32, max_size=32), separator=_SEPARATORS,
       upper=st.booleans())
def test_any_notation_of_a_digest_normalises_to_the_canonical_one(
    digest: bytes, separator: str, upper: bool,
) -> None:
    pairs = [f"{byte:02x}" for byte in digest]
    written = separator.join(p.upper() if upper else p for p in pairs)

    canonical = normalise_fingerprint(written)

    assert canonical == ":".join(pairs).upper()
    assert re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", canonical)
    assert normalise_fingerprint(canonical) == canonical
