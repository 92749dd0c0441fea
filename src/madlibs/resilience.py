"""Calling flaky providers safely: deadlines, jittered retries, a circuit breaker, a concurrency
cap. Shared by every provider adapter (text, speech, images).

A call either returns within its deadline or raises ProviderFailed; callers then fall back
(last-known-good, offline engine) instead of showing the player an error.
"""

from __future__ import annotations

import contextvars
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from madlibs.domain.errors import ProviderError, ProviderFailed
from madlibs.ports import Telemetry

T = TypeVar("T")
BreakerState = Literal["closed", "open", "half_open"]

# Below this many seconds left, another attempt cannot finish usefully.
MIN_ATTEMPT_SECONDS = 0.05


class _LambdaContext(Protocol):
    def get_remaining_time_in_millis(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point in monotonic time by which the whole request must be answered."""

    at: float

    @classmethod
    def from_seconds(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds)

    @classmethod
    def from_lambda_context(cls, context: _LambdaContext, reserve: float = 1.0) -> Deadline:
        """The Lambda's remaining time, less a reserve to answer (and fall back) in."""
        remaining = context.get_remaining_time_in_millis() / 1000 - reserve
        return cls.from_seconds(max(remaining, 0.0))

    def remaining(self) -> float:
        return max(0.0, self.at - time.monotonic())

    def sooner(self, other: Deadline | None) -> Deadline:
        return self if other is None or self.at <= other.at else other


# A request handler may set the request's deadline once; every provider call inside honours it.
current_deadline: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "current_deadline", default=None
)


@contextmanager
def request_deadline(deadline: Deadline) -> Iterator[None]:
    token = current_deadline.set(deadline)
    try:
        yield
    finally:
        current_deadline.reset(token)


@dataclass(frozen=True, slots=True)
class ResiliencePolicy:
    timeout: float = 20.0  # seconds for one whole call, retries included
    retries: int = 3  # extra attempts after the first
    breaker_failures: int = 5  # consecutive failed calls that open the breaker
    breaker_reset: float = 30.0  # seconds open before one half-open probe
    concurrency: int = 8  # calls in flight to this provider at once
    backoff_base: float = 0.2  # full jitter: sleep uniform(0, min(cap, base * 2**n))
    backoff_cap: float = 5.0


class CircuitBreaker:
    def __init__(
        self, failures: int, reset_after: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._failures_to_open = failures
        self._reset_after = reset_after
        self._clock = clock
        self._lock = threading.Lock()
        self._consecutive_failures = 0
        self._opened_at: float | None = None
        self._probe_in_flight = False

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._state_locked()

    def _state_locked(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self._reset_after:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        """Whether a call may go out now; in half-open state only one probe at a time."""
        with self._lock:
            state = self._state_locked()
            if state == "closed":
                return True
            if state == "half_open" and not self._probe_in_flight:
                self._probe_in_flight = True
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._consecutive_failures = 0
            self._opened_at = None
            self._probe_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            self._consecutive_failures += 1
            if self._probe_in_flight or self._consecutive_failures >= self._failures_to_open:
                self._opened_at = self._clock()
            self._probe_in_flight = False


class Resilience:
    """One per provider: every call to that provider goes through `call`."""

    def __init__(
        self,
        provider: str,
        policy: ResiliencePolicy,
        telemetry: Telemetry,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`clock` (monotonic seconds) times the breaker's reset, so tests need not wait."""
        self.provider = provider
        self.policy = policy
        self._telemetry = telemetry
        self._breaker = CircuitBreaker(policy.breaker_failures, policy.breaker_reset, clock)
        self._slots = threading.BoundedSemaphore(policy.concurrency)

    @property
    def state(self) -> BreakerState:
        return self._breaker.state

    def call(self, attempt: Callable[[float], T], *, deadline: Deadline | None = None) -> T:
        """Run `attempt(seconds_left)` with retries within the deadline, or raise ProviderFailed."""
        deadline = (
            Deadline.from_seconds(self.policy.timeout)
            .sooner(deadline)
            .sooner(current_deadline.get())
        )
        if not self._breaker.allow():
            self._telemetry.count("ProviderShortCircuited", provider=self.provider)
            raise ProviderFailed(
                f"{self.provider} is unavailable (circuit open)",
                retry_after=self.policy.breaker_reset,
            )
        if not self._slots.acquire(timeout=deadline.remaining()):
            self._breaker.record_failure()
            self._telemetry.count("ProviderSaturated", provider=self.provider)
            raise ProviderFailed(f"{self.provider} is busy")
        started = time.monotonic()
        try:
            result = self._with_retries(attempt, deadline)
        except ProviderError as exc:
            self._breaker.record_failure()
            self._record("ProviderFailures", started, reason=exc.code)
            raise ProviderFailed(f"{self.provider} failed: {exc.message}") from exc
        finally:
            self._slots.release()
        self._breaker.record_success()
        self._record("ProviderCalls", started)
        return result

    def _with_retries(self, attempt: Callable[[float], T], deadline: Deadline) -> T:
        attempts_made = 0

        def backoff(exc: Exception) -> bool | float:
            # stamina asks this after each failure: False stops, a float is the wait.
            if not isinstance(exc, ProviderError) or not exc.retryable:
                return False
            jitter = random.uniform(
                0, min(self.policy.backoff_cap, self.policy.backoff_base * 2**attempts_made)
            )
            wait = max(jitter, exc.provider_retry_after or 0.0)
            if wait + MIN_ATTEMPT_SECONDS >= deadline.remaining():
                return False
            self._telemetry.count("ProviderRetries", provider=self.provider)
            return wait

        import stamina  # here, so importing this module (for Deadline) stays cheap

        for retry in stamina.retry_context(
            on=backoff,
            attempts=self.policy.retries + 1,
            timeout=None,
        ):
            with retry:
                attempts_made += 1
                left = deadline.remaining()
                if left < MIN_ATTEMPT_SECONDS:
                    raise ProviderError("deadline reached", retryable=False)
                return attempt(left)
        raise AssertionError("unreachable: stamina re-raises the last error")

    def _record(self, metric: str, started: float, **dimensions: Any) -> None:
        self._telemetry.count(metric, provider=self.provider, **dimensions)
        self._telemetry.count(
            "ProviderLatencyMs", round((time.monotonic() - started) * 1000), provider=self.provider
        )
