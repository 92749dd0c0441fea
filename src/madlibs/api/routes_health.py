"""The health route. Every function serves it, so a deployment can call a new version's own
health before any player reaches it (the PreTraffic hook in infra/template.yaml)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from madlibs.api.deps import ContainerDep
from madlibs.api.schemas import ErrorOut, HealthOut

# The answers every read route documents (web/openapi.json holds the same document).
router = APIRouter(
    prefix="/api",
    tags=["read"],
    responses={
        400: {"model": ErrorOut},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
        422: {"model": ErrorOut},
        429: {"model": ErrorOut},
        503: {"model": ErrorOut},
    },
)


@router.get("/health", response_model=HealthOut)
def health(container: ContainerDep, response: Response) -> HealthOut:
    response.headers["Cache-Control"] = "no-store"
    try:
        container.store.ping()
    except Exception:  # health reports a broken store instead of failing
        return HealthOut(status="degraded", engines=container.engines)
    return HealthOut(status="ok", engines=container.engines)
