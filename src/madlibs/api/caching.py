"""Strong ETags and Cache-Control for cacheable reads (CloudFront honours the same headers), and
a small in-process cache of permalink representations for the hot read path."""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass

from fastapi import Request, Response
from pydantic import BaseModel

PERMALINK_CACHE = "public, max-age=60, stale-while-revalidate=300"
TEMPLATE_CACHE = "public, max-age=300"
NO_STORE = "no-store"
PRIVATE = "private, no-cache"


@dataclass(frozen=True, slots=True)
class Representation:
    body: bytes
    etag: str

    @classmethod
    def of(cls, model: BaseModel) -> Representation:
        body = model.model_dump_json().encode()
        return cls(body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')


def cached_json(request: Request, body: BaseModel, cache_control: str) -> Response:
    """200 with a strong ETag, or 304 when the client already holds this exact body."""
    return representation_response(request, Representation.of(body), cache_control)


def representation_response(
    request: Request, representation: Representation, cache_control: str
) -> Response:
    headers = {"ETag": representation.etag, "Cache-Control": cache_control}
    if _matches(request.headers.get("if-none-match"), representation.etag):
        return Response(status_code=304, headers=headers)
    return Response(representation.body, media_type="application/json", headers=headers)


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in candidates or "*" in candidates


class RepresentationCache:
    """Recently served representations by key, for a few seconds.

    Writes in this process forget their key at once; another process's writes show within
    `ttl` seconds — well inside the minute shared caches may keep a permalink anyway.
    Used only from the event loop, so it needs no lock.
    """

    def __init__(self, ttl: float = 5.0, size: int = 2048) -> None:
        self._ttl = ttl
        self._size = size
        self._entries: OrderedDict[str, tuple[float, Representation]] = OrderedDict()

    def get(self, key: str) -> Representation | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, representation = entry
        if expires < time.monotonic():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return representation

    def put(self, key: str, representation: Representation) -> Representation:
        self._entries[key] = (time.monotonic() + self._ttl, representation)
        self._entries.move_to_end(key)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)
        return representation

    def forget(self, key: str) -> None:
        self._entries.pop(key, None)


def permalink_cache(request: Request) -> RepresentationCache:
    cache: RepresentationCache = request.app.state.permalink_cache
    return cache
