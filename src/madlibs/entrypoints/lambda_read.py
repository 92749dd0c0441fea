"""Lambda entry point of the read function: permalinks, galleries, sessions, health, OpenAPI.

The permalink read (GET /api/p/{slug}) is the hot path, and cold starts land on it when a
shared link goes around. It is answered here from the store, without the web framework; the
FastAPI app (the same routes, the one error mapping) is built on the first other request, or
during init when the instance is provisioned ahead of traffic.
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any
from urllib.parse import unquote

from madlibs.bootstrap import Container, build
from madlibs.domain.errors import DomainError
from madlibs.entrypoints.lambda_support import Event, Handler, Response, with_powertools

# The same headers as the app's read_permalink route (tests compare the two answers).
PERMALINK_CACHE = "public, max-age=60, stale-while-revalidate=300"
BASE_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
}
_PERMALINK = re.compile(r"/api/p/([^/]+)")


class ReadFunction:
    def __init__(self, container: Container, *, eager: bool) -> None:
        self.container = container
        self._app: Handler | None = None
        if eager:
            self._full_app()

    def __call__(self, event: Event, context: Any) -> Response:
        return self._permalink(event) or self._full_app()(event, context)

    def _full_app(self) -> Handler:
        if self._app is None:
            from madlibs.entrypoints.lambda_support import asgi_handler

            self._app = asgi_handler(self.container, ("read",))
        return self._app

    def _permalink(self, event: Event) -> Response | None:
        """The story as the app would answer it; None hands the event to the app (errors too)."""
        method = event.get("requestContext", {}).get("http", {}).get("method")
        match = _PERMALINK.fullmatch(event.get("rawPath", ""))
        if method != "GET" or match is None:
            return None
        from madlibs.api.schemas import SubmissionOut
        from madlibs.services.submissions import read_permalink

        try:
            submission = read_permalink(self.container.ports, unquote(match[1]))
        except DomainError:
            return None
        payload = SubmissionOut.from_domain(submission, None).model_dump_json().encode()
        etag = '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'
        headers = {**BASE_HEADERS, "etag": etag, "cache-control": PERMALINK_CACHE}
        sent = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
        if _matches(sent.get("if-none-match"), etag):
            return {"statusCode": 304, "headers": headers, "body": "", "isBase64Encoded": False}
        headers["content-type"] = "application/json"
        headers["content-length"] = str(len(payload))
        return {
            "statusCode": 200,
            "headers": headers,
            "body": payload.decode(),
            "isBase64Encoded": False,
        }


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in candidates or "*" in candidates


# Built once per execution environment, during Lambda's init phase. A provisioned instance
# has time to spare before its first request, so it builds the whole app then.
# No read route calls an AI engine: none is built (health still names the configured ones).
container = build(engines=False)
read_function = ReadFunction(
    container,
    eager=os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "provisioned-concurrency",
)
handler = with_powertools(read_function)
