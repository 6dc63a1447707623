"""The support bundle: what a helpdesk needs to see, in one zip, with no secret.

It holds the configuration (which never contains a password), the last
connection test report, the tail of the wizard's log and of the service's log,
and the versions of everything involved. Every text goes through the process's
:class:`~app.redact.Redactor` once more before it is written, so a secret that
slipped into a log line does not leave the machine.

:class:`LogRing` keeps the last log records in memory for the wizard's Details
window and for the bundle.
"""

from __future__ import annotations

import collections
import importlib.metadata
import json
import logging
import platform
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from app import __version__, config, logsetup
from app.model import Deployment
from app.probes import TestReport
from app.redact import Redactor

log = logging.getLogger(__name__)

#: The packages whose versions the bundle lists.
PACKAGES = ("PySide6-Essentials", "imapclient", "keyring", "platformdirs",
            "cryptography", "dnspython", "tomli-w")


class LogRing(logging.Handler):
    """The last *size* log lines, formatted and masked, for display and bundles.

    A listener set by :meth:`listen` is called with each new line, from the
    thread that logged it; one that fails (its window is gone) is dropped, so
    logging never fails because of it.
    """

    def __init__(self, size: int = 2000) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=size)
        self.listener: Callable[[str], None] | None = None
        self._owner: object = None
        self._lock_lines = threading.Lock()
        self.setFormatter(logging.Formatter(logsetup.FORMAT))
        self.addFilter(logsetup.RedactingFilter())

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record's line; tell the listener."""
        try:
            line = logsetup.REDACT(self.format(record))
        except Exception:  # a log handler must never raise
            self.handleError(record)
            return
        with self._lock_lines:
            self.lines.append(line)
        listener = self.listener
        if listener is not None:
            try:
                listener(line)
            except RuntimeError:  # e.g. its Qt object was deleted meanwhile
                self.listener = None

    def listen(self, callback: Callable[[str], None], owner: object) -> None:
        """Call *callback* with each new line until *owner* calls :meth:`forget`."""
        self.listener, self._owner = callback, owner

    def forget(self, owner: object) -> None:
        """Stop calling *owner*'s listener (another owner's stays)."""
        if self._owner is owner:
            self.listener, self._owner = None, None

    def tail(self, count: int = 500) -> list[str]:
        """The last *count* lines, oldest first."""
        with self._lock_lines:
            return list(self.lines)[-count:]


#: The wizard's ring, attached to the root logger by :func:`install_ring`.
RING = LogRing()


def install_ring() -> LogRing:
    """Attach :data:`RING` to the root logger (once)."""
    root = logging.getLogger()
    if RING not in root.handlers:
        root.addHandler(RING)
    return RING


def versions() -> dict[str, str]:
    """umconnect's, Python's, the operating system's and the packages' versions."""
    found = {"umconnect": __version__, "python": sys.version.split()[0],
             "platform": platform.platform()}
    for name in PACKAGES:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def write_bundle(path: Path, *, deployment: Deployment,
                 report: TestReport | None, wizard_log: Iterable[str],
                 service_log: Iterable[str], secrets: Iterable[str] = (),
                 extra_versions: dict[str, str] | None = None) -> Path:
    """Write the support bundle to *path* (a zip) and return it.

    *secrets* are masked besides every secret the process already knows.
    """
    also = Redactor(*secrets)

    def mask(text: str) -> str:
        return also(logsetup.REDACT(text))

    parts = {
        "README.txt": _readme(),
        "umconnect.toml": config.dumps(deployment),
        "test-report.txt": (report.to_text() if report is not None
                            else "No connection test has run.\n"),
        "wizard.log": "\n".join(wizard_log) + "\n",
        "service.log": "\n".join(service_log) + "\n",
        "versions.json": json.dumps({**versions(), **(extra_versions or {})},
                                    indent=2) + "\n",
    }
    if report is not None:
        parts["test-report.html"] = report.to_html()
    stamp = time.localtime()[:6]
    tmp = path.with_name(f".{path.name}.part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name, text in parts.items():
            bundle.writestr(zipfile.ZipInfo(name, stamp), mask(text))
    tmp.replace(path)
    log.info("Support bundle written to %s", path)
    return path


def _readme() -> str:
    return ("umconnect support bundle\n\n"
            "umconnect.toml    the configuration (it never holds a password)\n"
            "test-report.*     the last connection test\n"
            "wizard.log        the wizard's recent log lines\n"
            "service.log       the connector service's recent log lines\n"
            "versions.json     umconnect, Python, operating system, packages\n\n"
            "Known secrets are masked as ***** in every file.\n")
