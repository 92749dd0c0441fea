"""Strong ETags and Cache-Control for cacheable reads (CloudFront honours the same headers)."""

from __future__ import annotations

import hashlib

from fastapi import Request, Response
from pydantic import BaseModel

PERMALINK_CACHE = "public, max-age=60, stale-while-revalidate=300"
TEMPLATE_CACHE = "public, max-age=300"
NO_STORE = "no-store"
PRIVATE = "private, no-cache"


def cached_json(request: Request, body: BaseModel, cache_control: str) -> Response:
    """200 with a strong ETag, or 304 when the client already holds this exact body."""
    payload = body.model_dump_json().encode()
    etag = '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": cache_control}
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(payload, media_type="application/json", headers=headers)


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in candidates or "*" in candidates
