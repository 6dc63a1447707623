"""The program's version, one place for the CLI, the wizard, About and packaging.

An installed copy reports its package metadata; a frozen bundle or a source
checkout falls back to the version written in :mod:`app`.
"""

from __future__ import annotations

import logging
import platform
import sys
from importlib import metadata

from app import APP_NAME, __version__

log = logging.getLogger(__name__)


def version() -> str:
    """The version number, e.g. ``0.1.0``."""
    if getattr(sys, "frozen", False):
        return __version__
    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:
        return __version__


def describe() -> str:
    """One line for ``--version``: name, version, how it runs, Python."""
    kind = "bundle" if getattr(sys, "frozen", False) else "python"
    return (f"{APP_NAME} {version()} ({kind}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()})")
