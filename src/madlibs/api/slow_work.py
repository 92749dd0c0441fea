"""Slow work (model calls, rendering) runs in its own bounded thread pool.

FastAPI runs sync routes in one shared pool; fifty players waiting on a slow model would take
every thread and stall the permalink reads behind them. Slow routes are async and hand their work
to this smaller pool instead, so reads always find a free thread.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from anyio import CapacityLimiter, to_thread
from fastapi import Request

P = ParamSpec("P")
T = TypeVar("T")


async def run_slow(request: Request, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    limiter: CapacityLimiter | None = getattr(request.app.state, "slow_work_limiter", None)
    if limiter is None:
        # Created on first use: an anyio limiter belongs to the running event loop.
        limiter = CapacityLimiter(request.app.state.slow_work_threads)
        request.app.state.slow_work_limiter = limiter
    call: Callable[[], Any] = functools.partial(work, *args, **kwargs)
    result: T = await to_thread.run_sync(call, limiter=limiter)
    return result
