"""The origin secret: a value CloudFront adds to every request it sends the API (a custom origin
header), so a request that comes straight to the API's own address, around the WAF, can be told
apart and refused.

The value lives in one Secrets Manager secret, a JSON object `{"current": ..., "previous": ...}`.
Both are accepted: a rotation puts a new `current` and keeps the old one as `previous`, so the
edge locations still sending the old value are served while CloudFront's new configuration
spreads. The values are read at cold start and kept `max_age` seconds; a header that matches
neither is checked again against a fresh read, at most once per `refresh_interval` seconds (so
a flood of forged headers cannot turn into a flood of Secrets Manager calls).
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from madlibs.domain.errors import Unavailable
from madlibs.ports import ORIGIN_HEADER

__all__ = ["ORIGIN_HEADER", "OriginSecret", "secrets_manager_values"]

if TYPE_CHECKING:
    from mypy_boto3_secretsmanager import SecretsManagerClient

# HTTP header names are case-insensitive; API Gateway hands them to Lambda in lower case.
FIELDS = ("current", "previous")

logger = logging.getLogger("madlibs.origin")


def secrets_manager_values(client: SecretsManagerClient, secret_id: str) -> Callable[[], list[str]]:
    """Reads the accepted values (current first) from the secret; [] if it holds none."""

    from botocore.exceptions import BotoCoreError, ClientError

    def read() -> list[str]:
        try:
            body = client.get_secret_value(SecretId=secret_id)["SecretString"]
            values = json.loads(body)
        except (BotoCoreError, ClientError, KeyError, ValueError) as exc:
            # The SDK's message may quote the secret's body: keep only the error's kind.
            logger.error("origin_secret_unreadable", extra={"error": type(exc).__name__})
            raise Unavailable("the origin secret cannot be read", retry_after=30.0) from None
        if not isinstance(values, dict):
            logger.error("origin_secret_unreadable", extra={"error": "not a JSON object"})
            raise Unavailable("the origin secret is not a JSON object", retry_after=30.0)
        return [v for v in (values.get(field) for field in FIELDS) if isinstance(v, str) and v]

    return read


class OriginSecret:
    def __init__(
        self,
        read: Callable[[], Sequence[str]],
        *,
        max_age: float,
        refresh_interval: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._read = read
        self._max_age = max_age
        self._refresh_interval = refresh_interval
        self._clock = clock
        self._lock = threading.Lock()
        self._values: tuple[bytes, ...] = ()
        self._read_at = 0.0
        self._load(clock())  # cold start: fail now, not on the first player's request

    def accepts(self, presented: str | None) -> bool:
        """Whether `presented` (the header's value, None if absent) is a current value."""
        if not presented:
            return False
        offered = presented.encode()
        now = self._clock()
        if now - self._read_at >= self._max_age:
            self._reload(now)
        if self._matches(offered):
            return True
        # Perhaps a rotation this instance has not seen yet.
        if now - self._read_at >= self._refresh_interval and self._reload(now):
            return self._matches(offered)
        return False

    def _matches(self, offered: bytes) -> bool:
        # Every value is compared, in constant time, so timing tells nothing about which is near.
        found = False
        for value in self._values:
            found |= hmac.compare_digest(offered, value)
        return found

    def _reload(self, now: float) -> bool:
        """A fresh read; on failure the known values stay (and are tried again later)."""
        try:
            self._load(now)
        except Unavailable:
            with self._lock:
                self._read_at = now
            return False
        return True

    def _load(self, now: float) -> None:
        values = tuple(value.encode() for value in self._read())
        with self._lock:
            self._values = values
            self._read_at = now
        if not values:
            logger.error("origin_secret_empty")
