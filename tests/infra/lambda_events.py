"""API Gateway HTTP API (payload 2.0) events and a Lambda context, as the service sends them."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any


class LambdaContext:
    function_name = "madlibs-test"
    function_version = "$LATEST"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:madlibs-test:live"
    log_group_name = "/aws/lambda/madlibs-test"
    log_stream_name = "2026/11/27/[1]abc"

    def __init__(self, remaining_ms: int = 6000) -> None:
        self.aws_request_id = str(uuid.uuid4())
        self._ends_at = time.monotonic() + remaining_ms / 1000

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._ends_at - time.monotonic()) * 1000))


def http_event(
    method: str,
    path: str,
    body: Any = None,
    *,
    token: str | None = None,
    headers: dict[str, str] | None = None,
    query: str = "",
    request_id: str | None = None,
) -> dict[str, Any]:
    sent = {"host": "abc123.execute-api.us-east-1.amazonaws.com", "user-agent": "pytest"}
    sent.update(headers or {})
    if token:
        sent["authorization"] = f"Bearer {token}"
    if body is not None:
        sent["content-type"] = "application/json"
    request_id = request_id or f"req-{uuid.uuid4().hex[:12]}"
    return {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": path,
        "rawQueryString": query,
        "headers": sent,
        "requestContext": {
            **_request_context(method, path, "$default", request_id),
            "domainName": "abc123.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "abc123",
            "time": "27/Nov/2026:06:00:00 +0000",
            "timeEpoch": 1795500000000,
        },
        "body": json.dumps(body) if body is not None else None,
        "isBase64Encoded": False,
    }


def authorizer_event(route_key: str, authorization: str | None) -> dict[str, Any]:
    """The REQUEST authorizer event (payload 2.0) for a route guarded by PlayerToken."""
    method, path = route_key.split(" ", 1)
    headers = {"authorization": authorization} if authorization is not None else {}
    return {
        "version": "2.0",
        "type": "REQUEST",
        "routeArn": f"arn:aws:execute-api:us-east-1:123456789012:abc123/$default/{method}{path}",
        "identitySource": [authorization] if authorization else [],
        "routeKey": route_key,
        "rawPath": path,
        "rawQueryString": "",
        "headers": headers,
        "requestContext": _request_context(method, path, route_key, f"req-{uuid.uuid4().hex[:12]}"),
    }


def _request_context(method: str, path: str, route_key: str, request_id: str) -> dict[str, Any]:
    """What API Gateway says of a request in every event it sends (payload 2.0)."""
    return {
        "accountId": "123456789012",
        "apiId": "abc123",
        "http": {
            "method": method,
            "path": path,
            "protocol": "HTTP/1.1",
            "sourceIp": "127.0.0.1",
            "userAgent": "pytest",
        },
        "requestId": request_id,
        "routeKey": route_key,
        "stage": "$default",
    }


def websocket_event(
    route: str,
    connection_id: str,
    body: Any = None,
    *,
    query: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A WebSocket API event: `$connect` (with its handshake's headers and query string),
    `$default` (a message; `body` a dict is sent as JSON) or `$disconnect`."""
    kinds = {"$connect": "CONNECT", "$disconnect": "DISCONNECT"}
    event: dict[str, Any] = {
        "requestContext": {
            "routeKey": route,
            "eventType": kinds.get(route, "MESSAGE"),
            "connectionId": connection_id,
            "requestId": f"req-{uuid.uuid4().hex[:12]}",
            "apiId": "live123",
            "domainName": "live123.execute-api.us-east-1.amazonaws.com",
            "stage": "rooms",
            "messageDirection": "IN",
            "connectedAt": 1795500000000,
            "requestTimeEpoch": 1795500000000,
            "identity": {"sourceIp": "127.0.0.1"},
        },
        "isBase64Encoded": False,
    }
    if route == "$connect":
        event["headers"] = {
            "Host": "live123.execute-api.us-east-1.amazonaws.com",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version": "13",
            **(headers or {}),
        }
        event["queryStringParameters"] = query
    elif route == "$default":
        event["body"] = body if isinstance(body, str) or body is None else json.dumps(body)
    return event
