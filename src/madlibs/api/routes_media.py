"""Media routes: read a story aloud, draw it. Idempotent: a second call returns the same object.
Each is a paid provider call the first time, so, like every write, it needs a player token."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from madlibs.api.caching import permalink_cache
from madlibs.api.deps import PortsDep, container_of, required_player
from madlibs.api.errors import documented_errors
from madlibs.api.schemas import AudioOut, MediaOut
from madlibs.api.slow_work import run_slow
from madlibs.services import media

router = APIRouter(
    prefix="/api",
    tags=["media"],
    dependencies=[Depends(required_player)],
    responses=documented_errors(401, 404, 429, 503),
)


@router.post("/p/{slug}/audio", response_model=AudioOut)
async def read_aloud(slug: str, ports: PortsDep, request: Request, response: Response) -> AudioOut:
    ttl = container_of(request).settings.media_url_ttl
    audio = await run_slow(request, media.render_audio, ports, slug, ttl)
    permalink_cache(request).forget(slug)  # the permalink now lists the audio
    response.headers["Cache-Control"] = "no-store"
    return AudioOut.from_domain(audio.url, audio.content_type, audio.words)


@router.post("/p/{slug}/image", response_model=MediaOut)
async def draw_picture(
    slug: str, ports: PortsDep, request: Request, response: Response
) -> MediaOut:
    ttl = container_of(request).settings.media_url_ttl
    picture = await run_slow(request, media.render_image, ports, slug, ttl)
    permalink_cache(request).forget(slug)  # the permalink now lists the picture
    response.headers["Cache-Control"] = "no-store"
    return MediaOut(url=picture.url, content_type=picture.content_type)
