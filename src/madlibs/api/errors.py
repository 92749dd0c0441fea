"""The one place where errors become HTTP responses: `{"error": {"code", "message", "field"?}}`."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from madlibs.domain import errors as domain

logger = logging.getLogger("madlibs.api")

STATUS_BY_ERROR: list[tuple[type[domain.DomainError], int]] = [
    (domain.NotFound, 404),
    (domain.InvalidCursor, 400),
    (domain.InvalidInput, 422),
    (domain.Unauthorized, 401),
    (domain.Forbidden, 403),
    (domain.Conflict, 409),
    (domain.RateLimited, 429),
    (domain.Unavailable, 503),
]


def documented_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI `responses` of a router whose routes may answer these error statuses."""
    from madlibs.api.schemas import ErrorOut

    return {status: {"model": ErrorOut} for status in statuses}


def error_document(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    """The one shape of every error answer: `{"error": {"code", "message", "field"?}}`."""
    body: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    return {"error": body}


def error_bytes(code: str, message: str, field: str | None = None) -> bytes:
    """The same document as JSON bytes, for the ASGI layers that answer before the app."""
    return json.dumps(error_document(code, message, field)).encode()


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_document(code, message, field), status_code=status, headers=headers)


def status_of(exc: domain.DomainError) -> int:
    return next((status for kind, status in STATUS_BY_ERROR if isinstance(exc, kind)), 400)


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, domain.DomainError)
    headers = None
    if isinstance(exc, domain.RateLimited | domain.Unavailable):
        headers = {"Retry-After": str(max(1, math.ceil(exc.retry_after)))}
    return error_response(status_of(exc), exc.code, exc.message, exc.field, headers)


def _field_of(location: Sequence[Any]) -> str | None:
    parts = [str(p) for p in location if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or None


def _malformed_json() -> JSONResponse:
    return error_response(400, "malformed_json", "the body is not valid JSON", "body")


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    field = _field_of(first.get("loc", ()))
    kind = first.get("type", "")
    if kind == "json_invalid":
        return _malformed_json()
    message = str(first.get("msg", "invalid value"))
    if kind == "extra_forbidden":
        message = "unknown field"
    elif kind == "missing":
        message = "this field is required"
    elif kind == "string_pattern_mismatch":
        message = "only letters, numbers, spaces and simple punctuation"
    return error_response(
        422, "invalid_input", f"{field}: {message}" if field else message, field or None
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and isinstance(exc.__cause__, ValueError | RecursionError):
        # The framework reports only a JSON syntax error as such; a body that is not UTF-8
        # (UnicodeDecodeError) or nests deeper than the parser goes (RecursionError) reaches
        # here as a bare 400 carrying that cause.
        return _malformed_json()
    codes = {
        404: "not_found",
        405: "method_not_allowed",
        413: "body_too_large",
        415: "unsupported_media_type",
    }
    status, message = exc.status_code, str(exc.detail)
    headers = getattr(exc, "headers", None)
    if status in (404, 405):
        allowed = _allowed_methods(request)
        if allowed and request.method not in allowed:
            # The path exists for other methods (the SPA's catch-all may have answered 404).
            status, message, headers = 405, "Method Not Allowed", {"Allow": ", ".join(allowed)}
    return error_response(status, codes.get(status, "http_error"), message, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    """Every documented method on this path (Starlette names only the first matching route's)."""
    methods: set[str] = set()
    for path, operations in request.app.openapi()["paths"].items():
        if compile_path(path)[0].match(request.url.path):
            methods.update(method.upper() for method in operations)
    return sorted(methods)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error", extra={"path": request.url.path})
    return error_response(500, "internal", "something went wrong on our side")


def install(app: FastAPI) -> None:
    app.add_exception_handler(domain.DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
