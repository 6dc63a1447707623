"""The bundle's entry point: the wizard, the command line or the Windows service.

One program, two executables in the same folder: ``umconnect`` opens the
wizard (``--self-test`` and ``--version`` work there too), ``umconnect-cli``
is the command line. Started by Windows' service control manager (frozen, no
arguments) ``umconnect-cli`` hands itself to the service dispatcher.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    """Pick the program by the executable's name."""
    if Path(sys.executable).stem.endswith("-cli"):
        from app import winservice  # noqa: PLC0415 - no Qt for the CLI

        if winservice.wants_dispatcher(sys.argv, getattr(sys, "frozen", False),
                                       sys.platform):
            return winservice.dispatch()
        from app.cli import main as cli_main  # noqa: PLC0415

        return cli_main(sys.argv[1:])
    from ui.main import main as wizard_main  # noqa: PLC0415

    return wizard_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
