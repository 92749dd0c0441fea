"""The FastAPI app factory. Routers are grouped as the coarse Lambda functions are."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter, FastAPI

from madlibs import __version__
from madlibs.api import errors
from madlibs.api.middleware import BodyLimit, CachedPermalinks, SecurityHeaders
from madlibs.api.ratelimit import Limits, PlayerOf, RateLimit
from madlibs.api.representation import RepresentationCache
from madlibs.api.slow_work import slow_work_lifespan
from madlibs.bootstrap import Container
from madlibs.domain.errors import DomainError
from madlibs.ports import BlobStore
from madlibs.services.session import identify

# Read first: the permalink read is the hot path, and routes are matched in order.
ALL_ROUTERS = ("read", "templates", "text", "media", "cards", "rooms")


def _router(name: str) -> APIRouter:
    # Imported per group so a Lambda function loads only the routes it serves.
    if name == "text":
        from madlibs.api.routes_text import router
    elif name == "media":
        from madlibs.api.routes_media import router
    elif name == "cards":
        from madlibs.api.routes_cards import router
    elif name == "read":
        from madlibs.api.routes_read import router
    elif name == "templates":
        from madlibs.api.routes_templates import router
    elif name == "health":
        from madlibs.api.routes_health import router
    elif name == "rooms":
        from madlibs.api.routes_rooms import router
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
        docs_url=None,  # served by api/docs.py from this server, not from a CDN
        redoc_url=None,
        lifespan=slow_work_lifespan,
    )
    settings = container.settings
    app.state.container = container
    app.state.slow_work_threads = settings.slow_work_threads
    app.state.permalink_cache = RepresentationCache()
    errors.install(app)
    # Health in every group: a deployment checks each function's new version through it.
    for name in ("health", *routers):
        app.include_router(_router(name))
    from madlibs.api.docs import router as docs_router

    app.include_router(docs_router)
    if settings.media == "local":
        from madlibs.api.routes_files import router as files_router

        app.include_router(files_router)  # the local media files behind the signed URLs
    # The last added runs first: headers on every answer, limits before any body is read or
    # any cached permalink is answered.
    if "read" in routers:
        app.add_middleware(CachedPermalinks, cache=app.state.permalink_cache)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.rate_limits == "on":
        limits = Limits.from_settings(settings)
        app.add_middleware(RateLimit, limits=limits, player_of=_player_of(container))
    app.add_middleware(SecurityHeaders)
    if serve_web:
        _mount_web(app, container)  # last: its catch-all route must follow every other route
    return app


def _player_of(container: Container) -> PlayerOf:
    def player_of(token: str) -> str | None:
        try:
            return identify(container, token).player_id
        except DomainError:  # not valid, or the key cannot be read now: the route will say
            return None

    return player_of


def _mount_web(app: FastAPI, container: Container) -> None:
    from pathlib import Path

    from madlibs.api.link_preview import LinkPreview, story_preview
    from madlibs.api.spa import mount_spa

    def preview(slug: str) -> LinkPreview | None:
        try:
            return story_preview(container, slug)
        except DomainError:
            return None

    dist = container.settings.web_dir or Path(__file__).resolve().parent.parent / "web_dist"
    mount_spa(
        app,
        dist,
        preview,
        media_origins=media_origins(container.blobs),
        public_origin=container.settings.public_origin,
    )


def media_origins(blobs: BlobStore) -> tuple[str, ...]:
    """The origin the browser fetches media from when it is not this server's (S3, or a moto
    server for `make run-aws-local`): where a signed URL points."""
    from urllib.parse import urlsplit

    url = urlsplit(blobs.signed_url("origin/audio/probe.mp3", 60))
    return (f"{url.scheme}://{url.netloc}",) if url.scheme and url.netloc else ()
