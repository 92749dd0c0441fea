"""Media routes: read a story aloud, draw it. Idempotent: a second call returns the same object.
Each is a paid provider call the first time, so, like every write, it needs a player token."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Depends, Request, Response

from madlibs.api.caching import permalink_cache
from madlibs.api.deps import ContainerDep, required_player
from madlibs.api.errors import documented_errors
from madlibs.api.schemas import MediaOut
from madlibs.api.slow_work import run_slow
from madlibs.bootstrap import Container
from madlibs.ports import Ports
from madlibs.services import media

router = APIRouter(
    prefix="/api",
    tags=["media"],
    dependencies=[Depends(required_player)],
    responses=documented_errors(401, 404, 429, 503),
)


@router.post("/p/{slug}/audio", response_model=MediaOut)
async def read_aloud(
    slug: str, container: ContainerDep, request: Request, response: Response
) -> MediaOut:
    return await _rendered(media.render_audio, slug, container, request, response)


@router.post("/p/{slug}/image", response_model=MediaOut)
async def draw_picture(
    slug: str, container: ContainerDep, request: Request, response: Response
) -> MediaOut:
    return await _rendered(media.render_image, slug, container, request, response)


async def _rendered(
    render: Callable[[Ports, str, int], tuple[str, str]],
    slug: str,
    container: Container,
    request: Request,
    response: Response,
) -> MediaOut:
    ttl = container.settings.media_url_ttl
    url, content_type = await run_slow(request, render, container, slug, ttl)
    permalink_cache(request).forget(slug)  # the permalink now lists the new media
    response.headers["Cache-Control"] = "no-store"
    return MediaOut(url=url, content_type=content_type)
