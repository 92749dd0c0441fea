"""What every HTTP function does around the app: refuse a request that did not come through
CloudFront before any other work, and count the app's 5xx answers per function version.

FastAPI turns an exception into a handled 500, which Lambda's own `Errors` metric never sees;
`Http5xx` (EMF, dimensions service / alias / version) is what a canary deployment watches to
roll a bad version back (infra/template.yaml).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from madlibs.bootstrap import Container
from madlibs.entrypoints.lambda_support import Event, Handler, Response, with_powertools
from madlibs.ports import ORIGIN_HEADER, OriginCheck, Telemetry

SERVER_ERRORS = "Http5xx"

logger = logging.getLogger("madlibs.edge")

REFUSED: Response = {
    "statusCode": 403,
    "headers": {"content-type": "application/json", "cache-control": "no-store"},
    "body": json.dumps(
        {"error": {"code": "not_through_site", "message": "this API answers through the site"}}
    ),
    "isBase64Encoded": False,
}


def http_handler(container: Container, handle: Handler) -> Handler:
    """The Lambda handler of an HTTP function: Powertools, the origin check, the 5xx count."""
    return with_powertools(http_function(handle, container.origin_check, container.telemetry))


def http_function(handle: Handler, origin: OriginCheck | None, telemetry: Telemetry) -> Handler:
    counted = counting_server_errors(handle, telemetry)
    if origin is None:
        return counted

    def through_cloudfront_only(event: Event, context: Any) -> Response:
        if not origin.accepts(header(event, ORIGIN_HEADER)):
            http = event.get("requestContext", {}).get("http", {})
            logger.warning(
                "origin_refused",
                extra={"source_ip": http.get("sourceIp"), "path": event.get("rawPath")},
            )
            return dict(REFUSED)
        return counted(event, context)

    return through_cloudfront_only


def counting_server_errors(handle: Handler, telemetry: Telemetry) -> Handler:
    def counted(event: Event, context: Any) -> Response:
        try:
            response = handle(event, context)
        except Exception:
            # API Gateway answers 500 for a function that fails outright.
            _count(telemetry, context)
            raise
        if int(response.get("statusCode", 200)) >= 500:
            _count(telemetry, context)
        return response

    return counted


def _count(telemetry: Telemetry, context: Any) -> None:
    # Invoked through an alias, the ARN ends with it (":live"); the version is the one that ran.
    arn_parts = str(getattr(context, "invoked_function_arn", "")).split(":")
    alias = arn_parts[7] if len(arn_parts) > 7 else "$LATEST"
    version = str(getattr(context, "function_version", "$LATEST"))
    telemetry.count(SERVER_ERRORS, alias=alias, version=version)


def header(event: Event, name: str) -> str | None:
    """A request header's value (API Gateway sends the names in lower case; be sure anyway)."""
    headers = event.get("headers") or {}
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return value if isinstance(value, str) else None
