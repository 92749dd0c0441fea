"""The health route. Every function serves it, so a deployment can call a new version's own
health before any player reaches it (the PreTraffic hook in infra/template.yaml)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from madlibs.api.deps import ContainerDep
from madlibs.api.errors import documented_errors
from madlibs.api.schemas import HealthOut

# The answers every read route documents (web/openapi.json holds the same document).
router = APIRouter(
    prefix="/api",
    tags=["read"],
    responses=documented_errors(400, 401, 403, 404, 422, 429, 503),
)


@router.get("/health", response_model=HealthOut)
def health(container: ContainerDep, response: Response) -> HealthOut:
    response.headers["Cache-Control"] = "no-store"
    try:
        container.store.ping()
    except Exception:  # health reports a broken store instead of failing
        return HealthOut(status="degraded", engines=container.engines)
    return HealthOut(status="ok", engines=container.engines)
