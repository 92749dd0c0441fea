"""Template reads: one template, and the recent / mine listings. Kept apart from the routes that
write templates, so the light read function serves them without the model-calling code."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from madlibs.api.caching import cached_json
from madlibs.api.deps import MaybePlayerDep, PortsDep
from madlibs.api.errors import documented_errors
from madlibs.api.representation import PRIVATE, TEMPLATE_CACHE
from madlibs.api.schemas import TemplateOut, TemplatePage
from madlibs.domain.errors import Unauthorized
from madlibs.services import templates

router = APIRouter(
    prefix="/api",
    tags=["text"],
    responses=documented_errors(400, 401, 404, 422, 429, 503),
)


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
