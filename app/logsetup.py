"""Logging set-up shared by the wizard, the command line and the service.

Every handler passes through :class:`RedactingFilter`, so a secret that the
process knows never reaches a log file or the console.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from app.redact import Redactor

#: Secrets this process has seen; anything logged is scrubbed of them.
REDACT = Redactor()

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Render the record once and mask every known secret in it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = REDACT(message)
        if masked != message:
            record.msg, record.args = masked, None
        # A traceback is formatted after the filters ran; format it now, masked.
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = REDACT(record.exc_text)
        if record.stack_info:
            record.stack_info = REDACT(record.stack_info)
        return True


def setup(level: int = logging.INFO, log_file: Path | None = None, *,
          console: bool = True) -> None:
    """Log to stderr (unless not *console*) and, if given, to a rotating *log_file*."""
    handlers: list[logging.Handler] = [logging.StreamHandler()] if console else []
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        # Created private before the handler opens it: it names users and callers.
        os.close(os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600))
        if os.name == "posix":
            os.chmod(log_file, 0o600)  # also a log an older version left 0644
        from logging.handlers import (  # noqa: PLC0415 - slow; not always needed
            RotatingFileHandler,
        )

        handlers.append(RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "umconnect", False)]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.umconnect = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    # imapclient logs every command at DEBUG, including LOGIN arguments.
    logging.getLogger("imapclient").setLevel(max(level, logging.INFO))
