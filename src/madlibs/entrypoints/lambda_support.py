"""What the Lambda entry points share: Powertools around an API Gateway HTTP API handler, and
the FastAPI app behind Mangum. Heavy imports happen when a function builds its handler."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import Any

from madlibs.bootstrap import Container

Event = dict[str, Any]
Response = dict[str, Any]
Handler = Callable[[Event, Any], Response]


def with_powertools(handle: Handler) -> Handler:
    """JSON logs with the API request id as correlation id, EMF metrics, X-Ray traces.

    The service name and metrics namespace come from POWERTOOLS_SERVICE_NAME and
    POWERTOOLS_METRICS_NAMESPACE (set per function in infra/template.yaml).
    """
    from aws_lambda_powertools import Logger, Metrics, Tracer
    from aws_lambda_powertools.logging import correlation_paths

    logger = Logger()
    metrics = Metrics()
    tracer = Tracer()
    # Most requests add no custom metric; Powertools would warn on each of them.
    warnings.filterwarnings("ignore", message="No application metrics to publish")

    # Responses carry player stories: keep them out of traces and logs.
    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
    @tracer.capture_lambda_handler(capture_response=False)
    @metrics.log_metrics(capture_cold_start_metric=True)
    def handler(event: Event, context: Any) -> Response:
        return handle(event, context)

    wrapped: Handler = handler
    return wrapped


def asgi_handler(container: Container, routers: Iterable[str]) -> Handler:
    """The app with only `routers`, adapted to API Gateway events by Mangum."""
    from mangum import Mangum

    from madlibs.api.app import create_app

    adapter = Mangum(create_app(container, routers=tuple(routers)), lifespan="off")

    def handle(event: Event, context: Any) -> Response:
        response: Response = adapter(event, context)
        return response

    return handle
