"""Where packaging/build leaves the frozen bundle, and whether tests need it.

CI builds the bundle before the tests and sets ``UMCONNECT_BUNDLE=required``:
there a missing bundle fails the tests that use it; elsewhere they skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

BUNDLE = Path(__file__).resolve().parent.parent.parent / "dist" / "umconnect"


def bundle_or_skip() -> Path:
    """The bundle's folder; skip (or fail, in CI) when it was not built."""
    if not (BUNDLE / "umconnect").exists():
        if os.environ.get("UMCONNECT_BUNDLE") == "required":
            pytest.fail("no bundle in dist/umconnect: packaging/build failed?")
        pytest.skip("no bundle: run packaging/build")
    return BUNDLE
