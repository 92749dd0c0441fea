"""Pure ASGI middleware: body size limit, security headers and cached permalinks (cheap, on
every request)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from madlibs.api.errors import error_bytes
from madlibs.api.representation import (
    PERMALINK_PATH,
    SECURITY_HEADERS,
    Representation,
    RepresentationCache,
)

_TOO_LARGE = error_bytes("body_too_large", "the request body is too large", "body")

_SECURITY_HEADERS = [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]


class BodyLimit:
    """Refuses bodies over `max_bytes` with 413, whether or not Content-Length is honest.

    Bodies here are small JSON documents, so the whole body is read (up to the limit) before the
    app runs; the app then never sees a half-read body.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _send_413(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _send_413(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _send_413(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_TOO_LARGE)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _TOO_LARGE})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in _SECURITY_HEADERS if n not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


class CachedPermalinks:
    """Answers a permalink read the app answered moments ago straight from its cache, with the
    same bytes and headers; a miss, and every other request, goes on to the app.

    Matching the route and solving its parameters in the framework costs several times what
    the answer itself does, and a shared link brings the same read again and again.
    """

    def __init__(self, app: ASGIApp, cache: RepresentationCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            match = PERMALINK_PATH.fullmatch(scope["path"])
            representation = self.cache.get(match[1]) if match else None
            if representation is not None:
                await _send_representation(send, representation, _if_none_match(scope))
                return
        await self.app(scope, receive, send)


def _if_none_match(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            return str(value.decode("latin-1"))
    return None


async def _send_representation(
    send: Send, representation: Representation, if_none_match: str | None
) -> None:
    status, headers, body = representation.answer(if_none_match)
    raw_headers = [(name.encode(), value.encode()) for name, value in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})
