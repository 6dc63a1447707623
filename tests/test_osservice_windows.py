"""The Windows service's logic, checked where it can be: on Linux.

pywin32 and the service control manager exist only on Windows; what is tested
here is everything that decides what they are told: the ``sc.exe`` commands
(delayed start, recovery, account), the folder rights, reading ``sc queryex``
(a recorded reply, in the layout Windows prints) and when the program hands
itself to the service dispatcher.
"""

from __future__ import annotations

import importlib
import sys

import pytest

from app import winservice

QUERYEX = """
SERVICE_NAME: umconnect
        TYPE               : 10  WIN32_OWN_PROCESS
        STATE              : 4  RUNNING
                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
        PID                : 5120
        FLAGS              :
"""


def test_the_module_imports_without_pywin32() -> None:
    module = importlib.reload(winservice)

    assert module.SERVICE_NAME == "umconnect"
    if sys.platform != "win32":
        assert module.handed_over() is None


@pytest.mark.parametrize(("argv", "frozen", "platform", "expected"), [
    (["umconnect-cli.exe"], True, "win32", True),
    (["umconnect-cli.exe", "status"], True, "win32", False),
    (["umconnect-cli.exe"], False, "win32", False),
    (["umconnect-cli"], True, "linux", False),
])
def test_only_a_frozen_windows_program_without_arguments_is_the_services(
    argv: list[str], frozen: bool, platform: str, expected: bool,
) -> None:
    assert winservice.wants_dispatcher(argv, frozen, platform) is expected


def test_the_service_starts_delayed_under_its_own_account_and_restarts() -> None:
    commands = winservice.sc_commands(r"C:\Program Files\umconnect\umconnect-cli.exe")
    create, failure = commands[0], commands[3]

    assert create[:3] == ["sc.exe", "create", "umconnect"]
    assert create[create.index("binPath=") + 1] == \
        r'"C:\Program Files\umconnect\umconnect-cli.exe"'
    assert create[create.index("start=") + 1] == "delayed-auto"
    assert create[create.index("obj=") + 1] == r"NT SERVICE\umconnect"
    assert failure == ["sc.exe", "failure", "umconnect", "reset=86400",
                       "actions=restart/5000/restart/30000/restart/60000"]
    assert ["sc.exe", "failureflag", "umconnect", "1"] in commands


def test_only_system_administrators_and_the_service_may_open_the_secrets() -> None:
    folder = winservice.program_data()
    icacls, state = winservice.icacls_commands(folder)

    assert icacls[1] == str(folder)
    assert "/inheritance:r" in icacls
    grants = icacls[icacls.index("/grant:r") + 1:]
    assert grants == ["*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F",
                      r"NT SERVICE\umconnect:(OI)(CI)RX"]
    assert state == ["icacls", str(folder / "state"), "/grant",
                     r"NT SERVICE\umconnect:(OI)(CI)M"]


def test_sc_queryex_is_read_into_state_and_process() -> None:
    values = winservice.parse_sc_query(QUERYEX)

    assert values["STATE"] == "RUNNING"
    assert values["PID"] == "5120"
    assert winservice.parse_sc_query(
        "[SC] EnumQueryServicesStatus:OpenService FAILED 1060:").get("STATE") is None


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows message")
def test_sealing_outside_windows_says_what_it_needs() -> None:
    with pytest.raises(RuntimeError, match="pywin32 and Windows"):
        winservice.seal("x")
