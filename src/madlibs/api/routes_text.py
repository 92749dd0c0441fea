"""Text routes: write templates, submit filled words, change them (model calls)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from madlibs.api.caching import permalink_cache
from madlibs.api.deps import PlayerDep, PortsDep
from madlibs.api.errors import documented_errors
from madlibs.api.schemas import (
    SubmissionEditIn,
    SubmissionIn,
    SubmissionOut,
    TemplateIn,
    TemplateOut,
)
from madlibs.api.slow_work import run_slow
from madlibs.domain.model import Visibility
from madlibs.services import submissions, templates


def _not_kept(response: Response) -> None:
    # Every answer here is one player's fresh write: no cache may keep or replay it.
    response.headers["Cache-Control"] = "no-store"


router = APIRouter(
    prefix="/api",
    tags=["text"],
    responses=documented_errors(400, 401, 403, 404, 409, 422, 429, 503),
    dependencies=[Depends(_not_kept)],
)


@router.post("/templates", status_code=201, response_model=TemplateOut)
async def create_template(
    body: TemplateIn, player: PlayerDep, ports: PortsDep, request: Request
) -> TemplateOut:
    template = await run_slow(
        request,
        templates.generate_template,
        ports,
        player,
        body.theme,
        blanks=body.blanks,
        seed=body.seed,
    )
    return TemplateOut.from_domain(template)


@router.post("/submissions", status_code=201, response_model=SubmissionOut)
async def create_submission(
    body: SubmissionIn, player: PlayerDep, ports: PortsDep, request: Request, response: Response
) -> SubmissionOut:
    # Slow pool: with the openai engine a submission waits on the model's proposals.
    submission = await run_slow(
        request,
        submissions.submit,
        ports,
        player,
        body.template_id,
        body.fills,
        Visibility.PUBLIC if body.visibility == "public" else Visibility.UNLISTED,
    )
    response.headers["Location"] = f"/api/p/{submission.slug}"
    return SubmissionOut.from_domain(submission, player)


@router.patch("/p/{slug}", response_model=SubmissionOut)
async def change_words(
    slug: str,
    body: SubmissionEditIn,
    player: PlayerDep,
    ports: PortsDep,
    request: Request,
) -> SubmissionOut:
    """The owner's new words, within 15 minutes of making the story: the same story (same
    slug) re-corrected; its audio, picture and card are made again on demand."""
    submission = await run_slow(request, submissions.change_words, ports, player, slug, body.fills)
    permalink_cache(request).forget(slug)
    return SubmissionOut.from_domain(submission, player)
