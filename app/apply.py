"""Apply a deployment: write the configuration, keep the secret, start the service.

The wizard's last page and ``umconnect apply`` run these same steps, in this
order, each reported through a callback as it starts and ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import config, secrets
from app.i18n import _
from app.model import Deployment
from app.rules import effective_adapter
from app.services import BackgroundService, ServiceState

log = logging.getLogger(__name__)


class ApplyError(RuntimeError):
    """One step of applying failed; ``step`` names it."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(message)
        self.step = step


@dataclass(frozen=True)
class ApplyResult:
    """Where things went and how the service is doing."""

    config_path: Path
    secret: secrets.SecretRef
    state: ServiceState | None


Progress = Callable[[str, str], None]


def apply(dep: Deployment, password: str, config_path: Path, state_dir: Path,
          *, start: bool = True, progress: Progress | None = None) -> ApplyResult:
    """Write, store, start; raise :class:`ApplyError` naming the failed step."""
    report = progress or (lambda step, text: None)
    ref = secrets.superuser_ref(dep)

    try:
        secrets.check_store()
        report("store", _("Keeping the superuser's {kind} in {store}…").format(
            kind=secrets.secret_kind(dep), store=secrets.backend_name()))
        secrets.store(ref, password)
    except secrets.CredentialStoreError as exc:
        raise ApplyError("store", str(exc)) from None

    report("write", _("Writing {path}…").format(path=config_path))
    try:
        config.save(dep, config_path)
    except OSError as exc:
        raise ApplyError("write", _(
            "The configuration could not be written to {path}: {error}. Check "
            "that the folder is writable.").format(
            path=config_path, error=exc.strerror or exc)) from None

    state = None
    if start:
        report("start", _("Starting the service of the {adapter}…").format(
            adapter=effective_adapter(dep.site).label))
        service = BackgroundService(config_path, state_dir)
        try:
            service.start(password)
        except (OSError, RuntimeError) as exc:
            raise ApplyError("start", str(exc)) from None
        state = service.state()
    report("done", _("Done."))
    return ApplyResult(config_path, ref, state)
