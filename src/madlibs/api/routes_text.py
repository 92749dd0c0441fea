"""Text routes: write templates, read them, submit filled words."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from madlibs.api.caching import cached_json
from madlibs.api.deps import MaybePlayerDep, PlayerDep, PortsDep
from madlibs.api.representation import PRIVATE, TEMPLATE_CACHE
from madlibs.api.schemas import (
    ErrorOut,
    SubmissionIn,
    SubmissionOut,
    TemplateIn,
    TemplateOut,
    TemplatePage,
)
from madlibs.api.slow_work import run_slow
from madlibs.domain.errors import Unauthorized
from madlibs.domain.model import Visibility
from madlibs.services import submissions, templates

router = APIRouter(
    prefix="/api",
    tags=["text"],
    responses={
        400: {"model": ErrorOut},
        401: {"model": ErrorOut},
        404: {"model": ErrorOut},
        422: {"model": ErrorOut},
        429: {"model": ErrorOut},
        503: {"model": ErrorOut},
    },
)


@router.post("/templates", status_code=201, response_model=TemplateOut)
async def create_template(
    body: TemplateIn, player: PlayerDep, ports: PortsDep, request: Request, response: Response
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
    response.headers["Cache-Control"] = "no-store"
    return TemplateOut.from_domain(template)


@router.get("/templates/{template_id}", response_model=TemplateOut)
def read_template(template_id: str, request: Request, ports: PortsDep) -> Response:
    template = templates.get_template(ports, template_id)
    return cached_json(request, TemplateOut.from_domain(template), TEMPLATE_CACHE)


@router.get("/templates", response_model=TemplatePage)
def list_templates(
    ports: PortsDep,
    player: MaybePlayerDep,
    response: Response,
    view: Literal["recent", "mine"] = "recent",
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> TemplatePage:
    if view == "mine" and player is None:
        raise Unauthorized("view=mine needs a player token", field="authorization")
    page = templates.list_templates(ports, view, player, cursor, limit)
    response.headers["Cache-Control"] = PRIVATE if view == "mine" else "public, max-age=10"
    response.headers["Vary"] = "Authorization"
    return TemplatePage.from_domain(page)


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
    response.headers["Cache-Control"] = "no-store"
    response.headers["Location"] = f"/api/p/{submission.slug}"
    return SubmissionOut.from_domain(submission, player)
