"""DynamoDB's error codes -> domain errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from madlibs.domain.errors import Conflict, DomainError, StoreBusy, Unavailable

# Throttling and transient server faults: botocore has already retried them (with jitter) by
# the time they reach us, so the caller is told to come back later.
BUSY_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
        "LimitExceededException",
        "InternalServerError",
        "ServiceUnavailable",
        "TransactionConflictException",
        "TransactionInProgressException",
    }
)
RETRY_AFTER_SECONDS = 2.0


def error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def translate(exc: Exception) -> DomainError | None:
    """The domain error for an SDK failure, or None when it is a bug to let surface."""
    if isinstance(exc, BotoCoreError):  # connection refused, read timeout, ...
        return StoreBusy("the store cannot be reached, try again", retry_after=RETRY_AFTER_SECONDS)
    if not isinstance(exc, ClientError):
        return None
    code = error_code(exc)
    if code in BUSY_CODES:
        return StoreBusy("the store is busy, try again", retry_after=RETRY_AFTER_SECONDS)
    if code == "ConditionalCheckFailedException":
        return Conflict("the item changed or exists")
    if code == "ResourceNotFoundException":
        return Unavailable("the store's table is missing", retry_after=30.0)
    if code in {"AccessDeniedException", "UnrecognizedClientException"}:
        return Unavailable("the store refused this service's credentials", retry_after=30.0)
    return None


def cancellation_codes(exc: ClientError) -> list[str]:
    """One code per action of a cancelled transaction ("None" for the ones that passed)."""
    reasons = exc.response.get("CancellationReasons") or []
    return [str(reason.get("Code", "None")) for reason in reasons]


def call(operation: Callable[..., Any], **request: Any) -> Any:
    """`operation(**request)`, its failures as domain errors (bugs surface unchanged)."""
    try:
        return operation(**request)
    except (ClientError, BotoCoreError) as exc:
        domain_error = translate(exc)
        if domain_error is None:
            raise
        raise domain_error from exc
