"""Cacheable representations: bytes, strong ETag, Cache-Control and the headers every answer
carries. Framework-free, so the read Lambda's fast path answers exactly as the app does without
importing the web framework."""

from __future__ import annotations

import hashlib
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

# The permalink read's path; group 1 is the slug.
PERMALINK_PATH = re.compile(r"/api/p/([^/]+)")
PERMALINK_CACHE = "public, max-age=60, stale-while-revalidate=300"
TEMPLATE_CACHE = "public, max-age=300"
PRIVATE = "private, no-cache"


def permalink_cache_control(visibility: str) -> str:
    """A public story may be kept by shared caches (CloudFront); an unlisted one only by the
    reader's browser, revalidated each time, so no cache serves it after its owner deletes it."""
    return PERMALINK_CACHE if visibility == "public" else PRIVATE


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
}


@dataclass(frozen=True, slots=True)
class Representation:
    body: bytes
    etag: str
    cache_control: str
    content_type: str = "application/json"

    @classmethod
    def of(cls, model: BaseModel, cache_control: str) -> Representation:
        return cls.of_json(model.model_dump_json().encode(), cache_control)

    @classmethod
    def of_json(cls, body: bytes, cache_control: str) -> Representation:
        return cls(body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"', cache_control)

    def is_fresh_for(self, if_none_match: str | None) -> bool:
        """Whether a client sending this If-None-Match already holds these exact bytes."""
        if not if_none_match:
            return False
        candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return self.etag in candidates or "*" in candidates

    def answer(self, if_none_match: str | None) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a client sending this If-None-Match: 304 when it
        already holds these bytes. Every server of a representation answers through this."""
        headers = {"etag": self.etag, "cache-control": self.cache_control}
        if self.is_fresh_for(if_none_match):
            return 304, headers, b""
        headers["content-type"] = self.content_type
        headers["content-length"] = str(len(self.body))
        return 200, headers, self.body


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
