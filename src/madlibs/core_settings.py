"""The few settings the store, the origin check and telemetry read, without importing pydantic.

Settings (settings.py) is the one definition of every setting. A Lambda function's cold start
pays for pydantic's import and for building that model before its first answer, so the
container reads these few plainly first: a value spelled the ordinary way (a listed choice, a
whole number in bounds, any text) is taken as it is; anything else is left to Settings, which
reads the whole environment and names what is wrong. Tests hold the two readings equal.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from madlibs.settings import Settings

ENV_PREFIX = "MADLIBS_"

# Settings read under the name their SDK or server already uses, not MADLIBS_<NAME>.
SDK_NAMES = {
    "openai_base_url": "OPENAI_BASE_URL",
    "aws_endpoint_url": "AWS_ENDPOINT_URL",
}

StoreKind = Literal["sqlite", "dynamodb"]
TelemetryKind = Literal["log", "powertools"]


def variable_of(name: str) -> str:
    """The environment variable a setting is read from (matched in any case)."""
    return SDK_NAMES.get(name, ENV_PREFIX + name.upper())


def environment_values(names: Iterable[str], environ: Mapping[str, str] | None) -> dict[str, str]:
    """The raw value of each setting in `names` that the environment (by default this
    process's) sets, the variable's name matched in any case."""
    found = {k.lower(): v for k, v in (os.environ if environ is None else environ).items()}
    values = {}
    for name in names:
        variable = variable_of(name).lower()
        if variable in found:
            values[name] = found[variable]
    return values


@dataclass(frozen=True, slots=True)
class CoreSettings:
    store: StoreKind = "sqlite"
    table: str = "madlibs"
    aws_endpoint_url: str | None = None
    telemetry: TelemetryKind = "log"
    secret_max_age: int = 300
    origin_secret_id: str = ""
    origin_secret_refresh: int = 30

    @classmethod
    def of(cls, settings: Settings) -> CoreSettings:
        return cls(**{field.name: getattr(settings, field.name) for field in fields(cls)})

    @classmethod
    def plainly(cls, environ: Mapping[str, str] | None = None) -> CoreSettings | None:
        """These settings as the environment spells them, or None if one is not spelled plainly
        (then Settings must read it)."""
        values: dict[str, Any] = {}
        for name, raw in environment_values(READERS, environ).items():
            value = READERS[name](raw)
            if value is None:
                return None
            values[name] = value
        return cls(**values)


def core_settings(environ: Mapping[str, str] | None = None) -> CoreSettings:
    """These settings from the environment: plainly when they can be, else through Settings."""
    plain = CoreSettings.plainly(environ)
    if plain is not None:
        return plain
    from madlibs.settings import Settings

    return CoreSettings.of(Settings.from_environment(environ))


def _choice(options: object) -> Callable[[str], str | None]:
    allowed = frozenset(get_args(options))
    return lambda raw: raw if raw in allowed else None


def _text(raw: str) -> str:
    return raw


def _whole(minimum: int) -> Callable[[str], int | None]:
    def read(raw: str) -> int | None:
        if not (raw.isascii() and raw.isdigit()):
            return None
        value = int(raw)
        return value if value >= minimum else None

    return read


READERS: dict[str, Callable[[str], Any]] = {
    "store": _choice(StoreKind),
    "table": _text,
    "aws_endpoint_url": _text,
    "telemetry": _choice(TelemetryKind),
    "secret_max_age": _whole(0),
    "origin_secret_id": _text,
    "origin_secret_refresh": _whole(1),
}
