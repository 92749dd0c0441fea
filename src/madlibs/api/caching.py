"""HTTP answers for cacheable reads: strong ETag, Cache-Control (CloudFront honours the same
headers), 304 on revalidation."""

from __future__ import annotations

from fastapi import Request, Response
from pydantic import BaseModel

from madlibs.api.representation import Representation, RepresentationCache


def cached_json(request: Request, body: BaseModel, cache_control: str) -> Response:
    """200 with a strong ETag, or 304 when the client already holds this exact body."""
    return representation_response(request, Representation.of(body), cache_control)


def representation_response(
    request: Request, representation: Representation, cache_control: str
) -> Response:
    headers = {"ETag": representation.etag, "Cache-Control": cache_control}
    if representation.is_fresh_for(request.headers.get("if-none-match")):
        return Response(status_code=304, headers=headers)
    return Response(representation.body, media_type="application/json", headers=headers)


def permalink_cache(request: Request) -> RepresentationCache:
    cache: RepresentationCache = request.app.state.permalink_cache
    return cache
