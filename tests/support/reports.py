"""Assertions about connection-test reports, shared by the probe tests."""

from __future__ import annotations

from app.probes import Status, StepResult
from app.probes import TestReport as Report  # not a pytest test class


def step(report: Report, key: str) -> StepResult:
    """The one step of *report* with *key*."""
    (found,) = [s for s in report.steps if s.key == key]
    return found


def assert_stopped_at(report: Report, key: str, summary: str, *,
                      warnings_before: bool = False) -> StepResult:
    """*key* failed with *summary*; all before passed; all after were skipped.

    With *warnings_before*, steps before the failure may also have warned.
    """
    keys = [s.key for s in report.steps]
    index = keys.index(key)
    failed = report.steps[index]
    assert failed.status is Status.FAIL, report.to_text()
    assert failed.summary == summary, report.to_text()
    assert failed.remedy, "a failure always says what to do"
    allowed = {Status.PASS, Status.WARNING} if warnings_before else {Status.PASS}
    assert all(s.status in allowed for s in report.steps[:index]), report.to_text()
    for skipped in report.steps[index + 1:]:
        assert skipped.status is Status.SKIPPED
        assert failed.title in skipped.summary
    assert not report.passed
    assert report.first_failure is failed
    return failed
