"""``umconnect --self-test``: does this installation have everything it needs?

Meant for the frozen bundle, where a missing plug-in or package only shows
on a technician's laptop: it builds every wizard page offscreen (nothing is
applied, no server is contacted), loads the style sheet and icons, and
checks that keyring's backends made it into the program. Each check prints
one line; the exit code is 0 only if all passed.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from importlib import metadata

from app.i18n import _

log = logging.getLogger(__name__)

#: The credential store backend each platform needs, by entry-point name.
PLATFORM_BACKENDS = {"linux": "SecretService", "win32": "Windows",
                     "darwin": "macOS"}


def keyring_backends() -> list[str]:
    """The keyring backends this program can load (entry-point names)."""
    return sorted(point.name for point in
                  metadata.entry_points(group="keyring.backends"))


def check_keyring() -> str:
    """Raise unless this platform's credential store backend can be loaded."""
    import keyring  # noqa: PLC0415 - after the Qt set-up, as in the wizard

    names = keyring_backends()
    wanted = PLATFORM_BACKENDS.get(sys.platform)
    if wanted is not None and wanted not in names:
        raise RuntimeError(_(
            "keyring's backend '{name}' is missing (found: {found}); the bundle "
            "lost keyring's entry points").format(
            name=wanted, found=", ".join(names) or _("none")))
    for point in metadata.entry_points(group="keyring.backends"):
        if point.name == wanted:
            point.load()
    active = keyring.get_keyring()
    return _("backends {names}; in use here: {active}").format(
        names=", ".join(names),
        active=f"{type(active).__module__}.{type(active).__name__}")


def check_resources() -> str:
    """The style sheet and the icon load."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    from ui.wizard import RESOURCES  # noqa: PLC0415

    style = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    if not style.strip():
        raise RuntimeError(_("the style sheet is empty"))
    for name in ("umconnect.svg", "umconnect.png"):
        if QIcon(str(RESOURCES / name)).pixmap(32, 32).isNull():
            raise RuntimeError(_("{name} cannot be drawn (image plug-ins missing?)")
                               .format(name=name))
    return _("style sheet and icons from {path}").format(path=RESOURCES)


def check_pages() -> str:
    """Build the wizard and draw every page, offscreen."""
    from ui.main import make_app  # noqa: PLC0415
    from ui.wizard import SetupWizard  # noqa: PLC0415

    make_app()
    wizard = SetupWizard()
    wizard.confirm_cancel = False
    titles = []
    try:
        for page in wizard.pages:
            page.resize(780, 520)
            if page.grab().isNull():
                raise RuntimeError(_("{page} could not be drawn").format(
                    page=type(page).__name__))
            titles.append(type(page).__name__)
    finally:
        wizard.shutdown()
        wizard.deleteLater()
    return _("{n} pages: {names}").format(n=len(titles), names=", ".join(titles))


def run(out: Callable[[str], None] = print) -> int:
    """Run every check; 0 if all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A Windows console's code page has no ✔: never fail over a mark.
    if sys.stdout is not None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    from app.version import describe  # noqa: PLC0415

    out(describe())
    failed = 0
    for name, check in ((_("wizard pages"), check_pages),
                        (_("resources"), check_resources),
                        (_("credential store"), check_keyring)):
        try:
            out(f"✔ {name}: {check()}")
        except Exception as exc:  # a self-test reports every failure
            log.debug("Self-test %s failed", name, exc_info=True)
            out(f"✘ {name}: {exc}")
            failed += 1
    out(_("self-test passed") if not failed
        else _("self-test failed ({n})").format(n=failed))
    return 0 if not failed else 1
