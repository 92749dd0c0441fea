"""The slow-work pool: every thread exists before the first call, calls see the caller's
context, and errors come back to the caller."""

import asyncio
import contextvars
import threading

import pytest

from madlibs.api.slow_work import SlowWorkPool

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def test_all_threads_start_with_the_pool():
    # Threads, not names: an earlier pool's threads (same names) may still be finishing.
    before = set(threading.enumerate())
    pool = SlowWorkPool(4)
    started = set(threading.enumerate()) - before
    assert len([t for t in started if t.name.startswith("slow-work")]) == 4
    pool.close()


def test_a_call_runs_off_the_loop_in_the_callers_context():
    pool = SlowWorkPool(2)

    async def caller() -> tuple[str, str]:
        request_id.set("req-7")
        return await pool.run(lambda: (request_id.get(), threading.current_thread().name))

    seen_id, thread_name = asyncio.run(caller())
    pool.close()
    assert seen_id == "req-7"
    assert thread_name.startswith("slow-work")


def test_an_error_reaches_the_caller():
    pool = SlowWorkPool(1)

    def fails() -> None:
        raise LookupError("no such story")

    with pytest.raises(LookupError, match="no such story"):
        asyncio.run(pool.run(fails))
    pool.close()
