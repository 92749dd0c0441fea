"""Lambda entry point of the read function: permalinks, story pages, galleries, template reads,
sessions, health, OpenAPI, and a party room as its player sees it (polled when a live socket
drops).

The permalink read (GET /api/p/{slug}) is the hot path, and cold starts land on it when a
shared link goes around. It is answered here from the store, without the web framework or
pydantic (the same bytes and headers as the app's route; a test compares them); the FastAPI
app (the same routes, the one error mapping) is built on the first other request, or during
init when the instance is provisioned ahead of traffic.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import unquote

from madlibs.api.documents import json_bytes, submission_document
from madlibs.api.representation import (
    PERMALINK_PATH,
    SECURITY_HEADERS,
    Representation,
    permalink_cache_control,
)
from madlibs.bootstrap import Container
from madlibs.domain.errors import DomainError
from madlibs.entrypoints.lambda_http import http_handler
from madlibs.entrypoints.lambda_story_pages import StoryPages
from madlibs.entrypoints.lambda_support import (
    Event,
    Handler,
    Response,
    init_phase,
    lambda_container,
)
from madlibs.services.submissions import read_permalink


class ReadFunction:
    def __init__(self, container: Container, *, eager: bool) -> None:
        self.container = container
        self._app: Handler | None = None
        self._pages = StoryPages(container)
        if eager:
            self._full_app()
            self._pages.warm()

    def __call__(self, event: Event, context: Any) -> Response:
        return (
            self._permalink(event) or self._pages.answer(event) or self._full_app()(event, context)
        )

    def _full_app(self) -> Handler:
        if self._app is None:
            from madlibs.entrypoints.lambda_support import asgi_handler

            self._app = asgi_handler(self.container, ("read", "templates", "rooms"))
        return self._app

    def _permalink(self, event: Event) -> Response | None:
        """The story as the app would answer it; None hands the event to the app (errors too)."""
        method = event.get("requestContext", {}).get("http", {}).get("method")
        match = PERMALINK_PATH.fullmatch(event.get("rawPath", ""))
        if method != "GET" or match is None:
            return None
        try:
            submission = read_permalink(self.container, unquote(match[1]))
        except DomainError:
            return None
        representation = Representation.of_json(
            json_bytes(submission_document(submission, None)),
            permalink_cache_control(submission.visibility.value),
        )
        sent = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
        status, headers, body = representation.answer(sent.get("if-none-match"))
        return {
            "statusCode": status,
            "headers": {**SECURITY_HEADERS, **headers},
            "body": body.decode(),
            "isBase64Encoded": False,
        }


# Built once per execution environment, during Lambda's init phase: the origin check (it reads
# the origin secret) and the store, all a permalink read needs. The rest of the graph is built
# when a request first needs it: no read route calls an AI engine, and a permalink read needs
# neither the signing key nor the media bucket's client. A provisioned instance has time to
# spare before its first request, so it builds the whole app then.
with init_phase():
    container = lambda_container()
    provisioned = os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "provisioned-concurrency"
    read_function = ReadFunction(container, eager=provisioned)
    handler = http_handler(container, read_function)
    container.build("store")
    if provisioned:
        container.warm("tokens", "clock")
