"""Small local adapters: the system clock, secrets from the environment, log-based telemetry,
and no shared cache."""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger("madlibs")


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class EnvSecrets:
    """Provider keys from the environment; a signing key generated once into the data folder."""

    SIGNING_KEY = "MADLIBS_SIGNING_KEY"

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir

    def get(self, name: str) -> str | None:
        value = os.environ.get(name)
        if value:
            return value
        if name == self.SIGNING_KEY:
            return self._local_signing_key()
        return None

    def _local_signing_key(self) -> str:
        path = self._data_dir / "signing.key"
        if not path.exists():
            self._data_dir.mkdir(parents=True, exist_ok=True)
            fresh = secrets.token_urlsafe(32)
            # Create-exclusive so two processes starting at once agree on one key.
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return path.read_text().strip()
            with os.fdopen(fd, "w") as handle:
                handle.write(fresh)
            return fresh
        return path.read_text().strip()


class LogTelemetry:
    """Structured log lines; the AWS build swaps in Powertools metrics (EMF)."""

    def count(self, name: str, value: float = 1, **dimensions: str) -> None:
        logger.info("metric", extra={"metric": name, "value": value, **dimensions})

    def event(self, name: str, **fields: object) -> None:
        logger.info(name, extra={"event": name, **{k: _plain(v) for k, v in fields.items()}})


def _plain(value: object) -> object:
    try:
        json.dumps(value)
    except TypeError:
        return str(value)
    return value


class NoSharedCache:
    """On one machine nothing keeps the app's answers between it and the reader."""

    def invalidate(self, paths: Sequence[str]) -> None:
        return None
