"""The FastAPI app factory. Routers are grouped as the coarse Lambda functions are."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter, FastAPI

from madlibs import __version__
from madlibs.api import errors
from madlibs.api.middleware import BodyLimit, SecurityHeaders
from madlibs.bootstrap import Container

ALL_ROUTERS = ("text", "media", "read")


def _router(name: str) -> APIRouter:
    # Imported per group so a Lambda function loads only the routes it serves.
    if name == "text":
        from madlibs.api.routes_text import router
    elif name == "media":
        from madlibs.api.routes_media import router
    elif name == "read":
        from madlibs.api.routes_read import router
    else:
        raise ValueError(f"unknown router group {name!r}")
    return router


def create_app(
    container: Container, *, routers: Iterable[str] = ALL_ROUTERS, serve_web: bool = False
) -> FastAPI:
    app = FastAPI(
        title="madlibs",
        version=__version__,
        summary="LLM mad-libs: structured nonsense, lightly corrected.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.container = container
    errors.install(app)
    for name in routers:
        app.include_router(_router(name))
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=container.settings.max_body_bytes)
    return app
