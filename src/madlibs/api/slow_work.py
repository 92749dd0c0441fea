"""Slow work (model calls, rendering) runs in its own bounded pool of threads.

FastAPI runs sync routes in one shared pool; fifty players waiting on a slow model would take
every thread and stall the permalink reads behind them. Slow routes are async and hand their work
to this smaller pool instead, so reads always find a free thread.

The pool's threads all start before the server takes requests and live as long as it does. A
pool that starts threads on demand starts them from the event loop, and `Thread.start` waits
there until the new thread first gets the GIL: during a burst, while busy workers hold it, that
stalled every read on the loop for tens of milliseconds per new thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import ParamSpec, TypeVar

from fastapi import FastAPI, Request

P = ParamSpec("P")
T = TypeVar("T")


class SlowWorkPool:
    """`size` threads, all started now, that run calls for an event loop."""

    def __init__(self, size: int) -> None:
        self._executor = ThreadPoolExecutor(max_workers=size, thread_name_prefix="slow-work")
        # An executor starts a thread per submit while none is idle: park one task on each
        # thread until all `size` exist, so none is ever started later from the event loop.
        all_started = threading.Barrier(size + 1)
        for _ in range(size):
            self._executor.submit(all_started.wait)
        all_started.wait()

    async def run(self, call: Callable[[], T]) -> T:
        """`call()` on a pool thread, in a copy of the caller's context (deadlines and such).

        Work whose caller went away before a thread was free is never started."""
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()
        return await loop.run_in_executor(self._executor, context.run, call)

    def close(self) -> None:
        """Let the threads finish the work already running and stop."""
        self._executor.shutdown(wait=False, cancel_futures=True)


@asynccontextmanager
async def slow_work_lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Starts the app's pool with the server (before any request) and stops it after."""
    pool = _pool(app)
    try:
        yield
    finally:
        pool.close()
        del app.state.slow_work_pool


def _pool(app: FastAPI) -> SlowWorkPool:
    pool: SlowWorkPool | None = getattr(app.state, "slow_work_pool", None)
    if pool is None:
        # Without a lifespan (Lambda runs one request at a time) the pool starts on first use.
        pool = SlowWorkPool(app.state.slow_work_threads)
        app.state.slow_work_pool = pool
    return pool


async def run_slow(request: Request, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    call: Callable[[], T] = functools.partial(work, *args, **kwargs)
    return await _pool(request.app).run(call)
