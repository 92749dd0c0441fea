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
import queue
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, ParamSpec, TypeVar

from fastapi import FastAPI, Request

P = ParamSpec("P")
T = TypeVar("T")

_Job = tuple[
    asyncio.AbstractEventLoop, "asyncio.Future[Any]", contextvars.Context, Callable[[], Any]
]


class SlowWorkPool:
    """`size` threads, all started now, that run calls for an event loop."""

    def __init__(self, size: int) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"slow-work-{n}", daemon=True)
            for n in range(size)
        ]
        for thread in self._threads:
            thread.start()

    async def run(self, call: Callable[[], T]) -> T:
        """`call()` on a pool thread, in a copy of the caller's context (deadlines and such)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put((loop, future, contextvars.copy_context(), call))
        return await future

    def close(self) -> None:
        """Let the threads finish the work queued before this and stop."""
        for _ in self._threads:
            self._jobs.put(None)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            loop, future, context, call = job
            if future.cancelled():
                continue  # the player went away before a thread was free
            try:
                result = context.run(call)
            except Exception as exc:
                loop.call_soon_threadsafe(_settle, future, None, exc)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)


def _settle(future: asyncio.Future[Any], result: Any, error: Exception | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


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
