"""Read routes: sessions, permalinks, galleries, and the owner's delete."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from madlibs.api.caching import permalink_cache, representation_response
from madlibs.api.deps import MaybePlayerDep, PlayerDep, PortsDep, ports_of
from madlibs.api.errors import documented_errors
from madlibs.api.representation import PRIVATE, Representation, permalink_cache_control
from madlibs.api.schemas import OwnershipOut, SessionOut, SubmissionOut, SubmissionPage
from madlibs.domain.errors import Unauthorized
from madlibs.services import session, submissions

router = APIRouter(
    prefix="/api", tags=["read"], responses=documented_errors(400, 401, 403, 404, 422, 429, 503)
)


@router.post("/session", status_code=201, response_model=SessionOut)
def start_session(ports: PortsDep, response: Response) -> SessionOut:
    token, claims = session.start_session(ports)
    response.headers["Cache-Control"] = "no-store"
    return SessionOut(token=token, player_id=claims.player_id, expires_at=claims.expires_at)


@router.get("/submissions", response_model=SubmissionPage)
def list_submissions(
    ports: PortsDep,
    player: MaybePlayerDep,
    response: Response,
    view: Literal["recent", "mine", "template"] = "recent",
    template_id: Annotated[str | None, Query(max_length=64)] = None,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SubmissionPage:
    if view == "mine" and player is None:
        raise Unauthorized("view=mine needs a player token", field="authorization")
    page = submissions.list_submissions(
        ports, view, player_id=player, template_id=template_id, cursor=cursor, limit=limit
    )
    response.headers["Cache-Control"] = PRIVATE if view == "mine" else "public, max-age=10"
    response.headers["Vary"] = "Authorization"
    return SubmissionPage.from_domain(page, player if view == "mine" else None)


@router.get("/p/{slug}", response_model=SubmissionOut)
async def read_permalink(slug: str, request: Request) -> Response:
    # The hot path. The same bytes for every viewer, so shared caches (CloudFront) may keep a
    # public story, and this process any story for a few seconds. No dependencies: a cache hit
    # needs none.
    cache = permalink_cache(request)
    representation = cache.get(slug)
    if representation is None:
        submission = await run_in_threadpool(submissions.read_permalink, ports_of(request), slug)
        story = SubmissionOut.from_domain(submission, None)
        representation = cache.put(
            slug, Representation.of(story, permalink_cache_control(story.visibility))
        )
    return representation_response(request, representation)


@router.get("/p/{slug}/owner", response_model=OwnershipOut)
async def owner_of(
    slug: str, player: MaybePlayerDep, ports: PortsDep, response: Response
) -> OwnershipOut:
    """Whether the caller owns the story (Delete, Change it); `owned` is false without a token.
    Never cached: the answer is the caller's own."""
    found = await run_in_threadpool(submissions.ownership, ports, player, slug)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Vary"] = "Authorization"
    return OwnershipOut(
        owned=found.owned, can_edit=found.can_edit, editable_until=found.editable_until
    )


@router.delete("/p/{slug}", status_code=204)
async def delete_permalink(
    slug: str, player: PlayerDep, ports: PortsDep, request: Request
) -> Response:
    await run_in_threadpool(submissions.delete_submission, ports, player, slug)
    permalink_cache(request).forget(slug)
    return Response(status_code=204, headers={"Cache-Control": "no-store"})
