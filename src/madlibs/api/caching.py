"""HTTP answers for cacheable reads: strong ETag, Cache-Control (CloudFront honours the same
headers), 304 on revalidation."""

from __future__ import annotations

from fastapi import Request, Response
from pydantic import BaseModel

from madlibs.api.representation import Representation, RepresentationCache


def cached_json(request: Request, body: BaseModel, cache_control: str) -> Response:
    """200 with a strong ETag, or 304 when the client already holds this exact body."""
    return representation_response(request, Representation.of(body, cache_control))


def representation_response(request: Request, representation: Representation) -> Response:
    status, headers, body = representation.answer(request.headers.get("if-none-match"))
    return Response(body, status_code=status, headers=headers)


def permalink_cache(request: Request) -> RepresentationCache:
    cache: RepresentationCache = request.app.state.permalink_cache
    return cache
