"""The written configuration: TOML, atomic writes, a schema version.

The same format serves as the answer file that drives ``umconnect apply``;
neither ever contains a secret.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import tempfile
import tomllib
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import tomli_w
from platformdirs import PlatformDirs

from app import APP_NAME
from app.i18n import _
from app.model import Deployment

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
CONFIG_NAME = "umconnect.toml"


class ConfigError(ValueError):
    """A configuration or answer file that cannot be used, and why."""


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Folder of the written configuration (``UMCONNECT_CONFIG_DIR`` wins)."""
    override = os.environ.get("UMCONNECT_CONFIG_DIR")
    return Path(override) if override else Path(_dirs().user_config_dir)


def state_dir() -> Path:
    """Folder of the service's journal, status and log (``UMCONNECT_STATE_DIR``)."""
    override = os.environ.get("UMCONNECT_STATE_DIR")
    return Path(override) if override else Path(_dirs().user_state_dir)


def default_config_path() -> Path:
    """Where the wizard writes the configuration."""
    return config_dir() / CONFIG_NAME


def to_dict(dep: Deployment) -> dict[str, Any]:
    """The deployment as plain TOML-ready data, with the schema version."""
    def plain(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return {"schema_version": SCHEMA_VERSION, **plain(dataclasses.asdict(dep))}


def _coerce(tp: Any, value: Any, where: str) -> Any:
    """Turn TOML *value* into *tp*, naming *where* when it does not fit."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(_("{where} must be a table.").format(where=where))
        return _build(tp, value, where)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(_("{where} must be a list.").format(where=where))
        (item,) = typing.get_args(tp)
        return [_coerce(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            choices = ", ".join(str(m.value) for m in tp)
            raise ConfigError(_("{where} is '{value}'; use one of: {choices}.")
                              .format(where=where, value=value,
                                      choices=choices)) from None
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(tp, type) and (
            not isinstance(value, tp) or (tp is int and isinstance(value, bool))):
        raise ConfigError(_("{where} must be {kind}, not {value}.").format(
            where=where, kind=_kind_name(tp), value=_toml_text(value)))
    return value


def _kind_name(tp: type) -> str:
    """A TOML type as a technician would name it."""
    return {int: _("a whole number"), float: _("a number"), str: _("text in quotes"),
            bool: _("true or false")}.get(tp, tp.__name__)


def _toml_text(value: Any) -> str:
    """*value* written the way it appears in a TOML file."""
    try:
        return tomli_w.dumps({"v": value})[4:].strip()
    except TypeError:
        return repr(value)


def _build(cls: Any, data: dict[str, Any], where: str) -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(_("{where} has unknown setting(s): {names}. Check the "
                            "spelling against the documented format.").format(
            where=where or _("the file"), names=", ".join(unknown)))
    kwargs = {}
    for name, value in data.items():
        tp = hints[name]
        if isinstance(tp, types.UnionType):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        kwargs[name] = _coerce(tp, value, f"{where}.{name}" if where else name)
    return cls(**kwargs)


def from_dict(data: dict[str, Any]) -> Deployment:
    """Build a deployment from TOML data, checking every setting's type."""
    data = dict(data)
    version = data.pop("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise ConfigError(_("schema_version {found} is not supported; this "
                            "version of umconnect reads {ours}.").format(
            found=version, ours=SCHEMA_VERSION))
    return typing.cast(Deployment, _build(Deployment, data, ""))


def load(path: Path) -> Deployment:
    """Read a configuration or answer file."""
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except FileNotFoundError:
        raise ConfigError(_("{path} does not exist.").format(path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_("{path} is not valid TOML: {error}.").format(
            path=path, error=exc)) from None
    except UnicodeDecodeError:
        raise ConfigError(_("{path} is not UTF-8 text; save it as UTF-8.").format(
            path=path)) from None
    except OSError as exc:
        raise ConfigError(_("{path} cannot be read: {error}.").format(
            path=path, error=exc.strerror or exc)) from None
    try:
        return from_dict(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def dumps(dep: Deployment) -> str:
    """The deployment as TOML text."""
    return tomli_w.dumps(to_dict(dep))


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace *path* with *data* so readers see the old or the new file, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def save(dep: Deployment, path: Path) -> None:
    """Write the configuration atomically (readable by its owner only)."""
    atomic_write(path, dumps(dep).encode("utf-8"))
    log.info("Configuration written to %s", path)
