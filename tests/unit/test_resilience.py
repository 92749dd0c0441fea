"""Resilience: jittered retries with Retry-After, deadlines, the breaker, the concurrency cap."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import stamina.instrumentation

from madlibs.domain.errors import ProviderError, ProviderFailed
from madlibs.resilience import (
    CircuitBreaker,
    Deadline,
    Resilience,
    ResiliencePolicy,
    request_deadline,
)
from tests.fakes.ports import RecordingTelemetry


class Script:
    """An attempt that fails with the given errors in turn, then answers "ok"."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls: list[tuple[float, float]] = []  # (when, seconds left it was given)

    def __call__(self, seconds_left: float) -> str:
        self.calls.append((time.monotonic(), seconds_left))
        if self.failures:
            raise self.failures.pop(0)
        return "ok"

    def gaps(self) -> list[float]:
        times = [when for when, _ in self.calls]
        return [b - a for a, b in itertools.pairwise(times)]


def busy(retry_after: float | None = None) -> ProviderError:
    return ProviderError("busy", retryable=True, retry_after=retry_after)


class Seconds:
    """A monotonic clock whose seconds pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def resilience_with(clock: Callable[[], float] = time.monotonic, **policy: float) -> Resilience:
    settings = {
        "timeout": 5.0,
        "retries": 3,
        "breaker_failures": 3,
        "breaker_reset": 0.3,
        "concurrency": 4,
        "backoff_base": 0.02,
        "backoff_cap": 0.08,
        **policy,
    }
    return Resilience(
        "fake",
        ResiliencePolicy(**settings),  # type: ignore[arg-type]
        RecordingTelemetry(),
        clock=clock,
    )


def test_retryable_errors_are_retried_until_an_answer() -> None:
    attempt = Script(busy(), busy())

    assert resilience_with().call(attempt) == "ok"
    assert len(attempt.calls) == 3


def test_retries_stop_at_the_policy_limit() -> None:
    attempt = Script(*(busy() for _ in range(10)))

    with pytest.raises(ProviderFailed):
        resilience_with(retries=2).call(attempt)
    assert len(attempt.calls) == 3


def test_errors_that_will_not_go_away_are_not_retried() -> None:
    attempt = Script(ProviderError("bad request", retryable=False))

    with pytest.raises(ProviderFailed):
        resilience_with().call(attempt)
    assert len(attempt.calls) == 1


@pytest.fixture
def planned_waits() -> Iterator[list[tuple[int, float]]]:
    """The (retry number, wait) stamina schedules, straight from its instrumentation hooks."""
    waits: list[tuple[int, float]] = []
    before = stamina.instrumentation.get_on_retry_hooks()
    stamina.instrumentation.set_on_retry_hooks(
        [lambda details: waits.append((details.retry_num, details.wait_for))]
    )
    yield waits
    stamina.instrumentation.set_on_retry_hooks(before)


def test_waits_are_full_jitter_below_the_exponential_cap(planned_waits) -> None:
    for _ in range(10):
        resilience_with(backoff_base=0.01, backoff_cap=0.03).call(Script(busy(), busy(), busy()))

    for retry_num, wait in planned_waits:
        assert 0 <= wait <= min(0.03, 0.01 * 2**retry_num)
    assert len({wait for _, wait in planned_waits}) > 20, "full jitter spreads the waits"


def test_retry_after_is_honoured_over_a_shorter_jitter() -> None:
    attempt = Script(busy(retry_after=0.3))

    assert resilience_with().call(attempt) == "ok"
    assert attempt.gaps()[0] >= 0.3


def test_a_retry_after_beyond_the_deadline_gives_up_at_once() -> None:
    attempt = Script(busy(retry_after=30))
    started = time.monotonic()

    with pytest.raises(ProviderFailed):
        resilience_with(timeout=1.0).call(attempt)
    assert time.monotonic() - started < 0.5
    assert len(attempt.calls) == 1


def test_each_attempt_gets_the_seconds_left_of_one_shared_deadline() -> None:
    attempt = Script(busy(retry_after=0.2), busy(retry_after=0.2))

    resilience_with(timeout=2.0).call(attempt)

    lefts = [left for _, left in attempt.calls]
    assert lefts[0] <= 2.0
    assert lefts == sorted(lefts, reverse=True)
    assert lefts[0] - lefts[-1] >= 0.4


def test_the_request_deadline_wins_over_a_longer_policy_timeout() -> None:
    attempt = Script()

    with request_deadline(Deadline.from_seconds(0.5)):
        resilience_with(timeout=30.0).call(attempt)
    assert attempt.calls[0][1] <= 0.5


def test_a_spent_deadline_makes_no_call() -> None:
    attempt = Script()

    with pytest.raises(ProviderFailed):
        resilience_with().call(attempt, deadline=Deadline.from_seconds(0.0))
    assert attempt.calls == []


def test_the_lambda_context_sets_the_deadline_less_a_reserve() -> None:
    class Context:
        def get_remaining_time_in_millis(self) -> int:
            return 3000

    assert 1.9 < Deadline.from_lambda_context(Context(), reserve=1.0).remaining() <= 2.0


def test_the_breaker_opens_after_consecutive_failures_and_short_circuits() -> None:
    resilience = resilience_with(retries=0, breaker_failures=3, breaker_reset=60)
    for _ in range(3):
        with pytest.raises(ProviderFailed):
            resilience.call(Script(busy()))
    assert resilience.state == "open"

    untouched = Script()
    with pytest.raises(ProviderFailed):
        resilience.call(untouched)
    assert untouched.calls == []


def test_a_success_resets_the_failure_count() -> None:
    resilience = resilience_with(retries=0, breaker_failures=2)
    for _ in range(3):
        with pytest.raises(ProviderFailed):
            resilience.call(Script(busy()))
        resilience.call(Script())
    assert resilience.state == "closed"


def test_after_the_reset_time_one_probe_closes_the_breaker() -> None:
    clock = Seconds()
    resilience = resilience_with(clock, retries=0, breaker_failures=1, breaker_reset=30)
    with pytest.raises(ProviderFailed):
        resilience.call(Script(busy()))
    clock.now += 29.9
    assert resilience.state == "open"

    clock.now += 0.1
    assert resilience.state == "half_open"
    assert resilience.call(Script()) == "ok"
    assert resilience.state == "closed"


def test_a_failed_probe_opens_the_breaker_again() -> None:
    clock = Seconds()
    resilience = resilience_with(clock, retries=0, breaker_failures=5, breaker_reset=30)
    for _ in range(5):
        with pytest.raises(ProviderFailed):
            resilience.call(Script(busy()))
    clock.now += 30

    with pytest.raises(ProviderFailed):
        resilience.call(Script(busy()))
    assert resilience.state == "open"


def test_half_open_lets_only_one_probe_through() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failures=1, reset_after=10, clock=lambda: now[0])
    breaker.record_failure()
    assert not breaker.allow()

    now[0] = 10.0
    assert breaker.allow()
    assert not breaker.allow(), "a second caller waits for the probe's verdict"
    breaker.record_success()
    assert breaker.allow()


def run_together(count: int, call: Callable[[], object]) -> list[object]:
    results: list[object] = [None] * count

    def run(index: int) -> None:
        try:
            results[index] = call()
        except ProviderFailed as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return results


def test_concurrent_calls_are_capped() -> None:
    resilience = resilience_with(concurrency=2, timeout=5.0)
    lock = threading.Lock()
    in_flight, peak = [0], [0]
    two_at_once = threading.Event()

    def slow(seconds_left: float) -> str:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
            if in_flight[0] == 2:
                two_at_once.set()
        # Hold the slot until a second call is in too (however slowly threads start on a busy
        # machine), then a little longer so a third would have its chance to get in.
        two_at_once.wait(10)
        time.sleep(0.05)
        with lock:
            in_flight[0] -= 1
        return "ok"

    results = run_together(6, lambda: resilience.call(slow))

    assert results == ["ok"] * 6
    assert peak[0] == 2


def test_a_call_that_cannot_get_a_slot_before_its_deadline_fails() -> None:
    resilience = resilience_with(concurrency=1, timeout=0.3, breaker_failures=100)
    holding, release = threading.Event(), threading.Event()

    def stuck(seconds_left: float) -> str:
        # Holds the only slot until the test lets go, whatever its own deadline says,
        # so the second call's wait can only end by its deadline.
        holding.set()
        release.wait(10)
        return "ok"

    holder = threading.Thread(target=lambda: resilience.call(stuck))
    holder.start()
    assert holding.wait(10)
    started = time.monotonic()
    with pytest.raises(ProviderFailed):
        resilience.call(Script())
    assert time.monotonic() - started < 1.0
    release.set()
    holder.join()
