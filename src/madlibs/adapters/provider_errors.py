"""What every provider adapter (OpenAI, ElevenLabs) agrees on about a failed HTTP call: which
statuses may succeed on retry, and how long the provider asked to wait."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

from madlibs.domain.errors import ProviderError

# Timeouts, conflicts, "too early", throttling and server errors may pass on another try.
RETRYABLE_STATUSES = frozenset({408, 409, 425, 429})


def is_retryable(status: int) -> bool:
    return status in RETRYABLE_STATUSES or status >= 500


def status_error(what: str, status: int, headers: Mapping[str, str]) -> ProviderError:
    """A non-success answer as the ProviderError Resilience understands."""
    retryable = is_retryable(status)
    return ProviderError(
        f"{what} answered HTTP {status}",
        retryable=retryable,
        retry_after=retry_after_seconds(headers) if retryable else None,
    )


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Retry-After as seconds: `retry-after-ms`, then seconds or an HTTP date in `retry-after`."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
