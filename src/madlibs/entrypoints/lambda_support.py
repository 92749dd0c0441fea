"""What the Lambda entry points share: Powertools around an API Gateway HTTP API handler, and
the FastAPI app behind Mangum. Heavy imports happen when a function builds its handler."""

from __future__ import annotations

import gc
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from madlibs.bootstrap import Container

if TYPE_CHECKING:
    from madlibs.domain.rooms import Room

Event = dict[str, Any]
Response = dict[str, Any]
Handler = Callable[[Event, Any], Response]


@contextmanager
def init_phase() -> Iterator[None]:
    """Lambda's init phase: what it builds (the AWS SDK's service models, clients, the app)
    lives as long as the execution environment. Python's cyclic garbage collector would walk
    all of it again and again while it grows, a good part of a cold start for almost nothing
    to free; so it pauses during init, and what init made is then kept out of its sight
    for good (gc.freeze). The few cycles init leaves unreachable (some hundred objects) stay."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def lambda_container() -> Container:
    """The graph of a Lambda function: settings from its environment, metrics through
    Powertools (EMF) unless MADLIBS_TELEMETRY says otherwise, room changes sent to screens as
    the API represents them."""
    environ = {"MADLIBS_TELEMETRY": "powertools", **os.environ}
    return Container(environ=environ, live_message=room_message)


def room_message(room: Room, viewer: str) -> str:
    # The API's models load with the first change sent, not on every function's cold start.
    from madlibs.api.schemas import room_message

    return room_message(room, viewer)


def with_powertools(handle: Handler) -> Handler:
    """JSON logs with the API request id as correlation id, EMF metrics, X-Ray traces.

    The service name and metrics namespace come from POWERTOOLS_SERVICE_NAME and
    POWERTOOLS_METRICS_NAMESPACE (set per function in infra/template.yaml). With
    POWERTOOLS_TRACE_DISABLED the X-Ray SDK is not even imported: its import builds a botocore
    session, the largest single piece of a cold start (the read function turns it off and keeps
    Lambda's own active tracing).
    """
    from aws_lambda_powertools import Logger, Metrics
    from aws_lambda_powertools.logging import correlation_paths

    logger = Logger()
    metrics = Metrics()
    # Most requests add no custom metric; Powertools would warn on each of them.
    warnings.filterwarnings("ignore", message="No application metrics to publish")

    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
    @metrics.log_metrics(capture_cold_start_metric=True)
    def handler(event: Event, context: Any) -> Response:
        return handle(event, context)

    wrapped: Handler = handler
    if not _tracing_disabled():
        from aws_lambda_powertools import Tracer

        # Responses carry player stories: keep them out of traces.
        wrapped = Tracer().capture_lambda_handler(capture_response=False)(handler)
    return wrapped


def _tracing_disabled() -> bool:
    return os.environ.get("POWERTOOLS_TRACE_DISABLED", "").lower() in ("1", "true")


def asgi_handler(container: Container, routers: Iterable[str]) -> Handler:
    """The app with only `routers`, adapted to API Gateway events by Mangum."""
    from mangum import Mangum

    from madlibs.api.app import create_app
    from madlibs.resilience import Deadline, request_deadline

    adapter = Mangum(create_app(container, routers=tuple(routers)), lifespan="off")

    def handle(event: Event, context: Any) -> Response:
        # Provider calls inside get the time this invocation has left, less a reserve to
        # answer (with a fallback) before Lambda cuts it off.
        with request_deadline(Deadline.from_lambda_context(context)):
            response: Response = adapter(event, context)
        if event.get("requestContext", {}).get("http", {}).get("method") == "HEAD":
            # The app's answer to HEAD is its GET's, whose body a web server would drop.
            response = {**response, "body": "", "isBase64Encoded": False}
        return response

    return handle
